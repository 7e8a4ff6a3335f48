/* render.h - turn the core's annotations into tree items.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_RENDER_H
#define TLSEDU_RENDER_H

#include <epan/packet.h>

#include "core/catalogue.h"

/* What tlsedu says about one frame. */
typedef struct {
    const tlsedu_service_t *service;
    guint16 server_port;
    tlsedu_security_t security;
    tlsedu_evidence_t evidence;
    guint8 direction;           /* TLSEDU_DIR_*, 0 when unknown */
} tlsedu_annotation_t;

void tlsedu_render(proto_tree *tree, tvbuff_t *tvb, const tlsedu_annotation_t *a,
                   tlsedu_lang_t lang);

#endif /* TLSEDU_RENDER_H */
