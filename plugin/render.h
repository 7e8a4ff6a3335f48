/* render.h - turn the core's annotations into tree items.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_RENDER_H
#define TLSEDU_RENDER_H

#include <epan/packet.h>

#include "core/catalogue.h"
#include "core/handshake.h"
#include "core/texts.h"

/* What tlsedu says about the service of a frame's conversation. */
typedef struct {
    const tlsedu_service_t *service;   /* NULL: not a service of the port list */
    guint16 server_port;
    tlsedu_security_t security;
    tlsedu_evidence_t evidence;
    guint8 direction;                  /* TLSEDU_DIR_*, 0 when unknown */
} tlsedu_annotation_t;

/* What tlsedu says about the TLS records of one frame (kept per frame, file scope). */
typedef struct {
    guint n_items;
    tlsedu_stage_item_t *items;
    guint16 version;                   /* negotiated so far, 0 when unknown */
    const char *suite_name;            /* chosen so far, NULL when unknown */
    const char *server_name;           /* SNI of this frame's ClientHello */
    tlsedu_kex_t kex;
} tlsedu_stages_t;

void tlsedu_render(proto_tree *tree, tvbuff_t *tvb, const tlsedu_annotation_t *a,
                   const tlsedu_stages_t *stages, tlsedu_lang_t lang);

#endif /* TLSEDU_RENDER_H */
