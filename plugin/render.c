/* render.c - tree items for what tlsedu says about a frame.
 *
 * Every item is generated (it explains, it is not in the packet bytes) and spans no
 * bytes, so clicking it highlights nothing in the hex pane.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "render.h"

#include "tlsedu.h"

static proto_item *
add_generated(proto_item *pi)
{
    proto_item_set_generated(pi);
    return pi;
}

void
tlsedu_render(proto_tree *tree, tvbuff_t *tvb, const tlsedu_annotation_t *a, tlsedu_lang_t lang)
{
    proto_item *top, *svc_item;
    proto_tree *top_tree, *svc_tree;
    const tlsedu_service_t *s = a->service;

    if (tree == NULL || s == NULL)
        return;

    top = proto_tree_add_item(tree, proto_tlsedu, tvb, 0, 0, ENC_NA);
    proto_item_append_text(top, ": %s on port %u, %s", s->service, a->server_port,
                           tlsedu_security_name(a->security, lang));
    top_tree = proto_item_add_subtree(top, ett_tlsedu);

    svc_item = add_generated(proto_tree_add_string(top_tree, hf_tlsedu_service, tvb, 0, 0, s->service));
    svc_tree = proto_item_add_subtree(svc_item, ett_tlsedu_service);
    add_generated(proto_tree_add_uint(svc_tree, hf_tlsedu_service_port, tvb, 0, 0, a->server_port));
    add_generated(proto_tree_add_uint(svc_tree, hf_tlsedu_service_evidence, tvb, 0, 0, a->evidence));
    add_generated(proto_tree_add_string(svc_tree, hf_tlsedu_service_explain, tvb, 0, 0, s->explain[lang]));
    if (a->direction != 0)
        add_generated(proto_tree_add_uint(top_tree, hf_tlsedu_direction, tvb, 0, 0, a->direction));
    add_generated(proto_tree_add_uint(top_tree, hf_tlsedu_security, tvb, 0, 0, a->security));
    add_generated(proto_tree_add_string(top_tree, hf_tlsedu_secure_alternative, tvb, 0, 0,
                                        s->alternative[lang]));
}
