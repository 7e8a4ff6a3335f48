/* http_glue.h - HTTP redirects to HTTPS and HSTS headers, read from Wireshark's HTTP
 * fields and explained in the tlsedu tree.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_HTTP_GLUE_H
#define TLSEDU_HTTP_GLUE_H

#include <epan/packet.h>

#include "core/web.h"

/* At registration: the fields and expert infos of this part. */
void tlsedu_http_register(int proto);

/* At hand-off: adds the HTTP fields read here to wanted. */
void tlsedu_http_glue_init(GArray *wanted);

/* What this frame's HTTP responses say (first pass: from the fields, kept per frame;
 * later passes: the kept result), or NULL. */
/* over_tls: the frame went through TLS (an HSTS header is then obeyed). */
const tlsedu_web_t *tlsedu_http_frame(proto_tree *tree, packet_info *pinfo, gboolean over_tls);

/* Adds the items and expert infos under tlsedu's tree. */
void tlsedu_http_render(proto_tree *top_tree, proto_item *top, tvbuff_t *tvb, packet_info *pinfo,
                        const tlsedu_web_t *w, tlsedu_lang_t lang);

#endif /* TLSEDU_HTTP_GLUE_H */
