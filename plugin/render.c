/* render.c - tree items for what tlsedu says about a frame.
 *
 * Every item is generated (it explains, it is not in the packet bytes) and spans no
 * bytes, so clicking it highlights nothing in the hex pane.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "render.h"

#include <epan/expert.h>

#include "core/classroom.h"
#include "prefs.h"
#include "certificates.h"
#include "tlsedu.h"

#define EXPLAIN_MAX 1024

gboolean
tlsedu_items_wanted(proto_tree *tree)
{
    /* proto_field_is_referenced: TRUE in a displayed tree, for a protocol whose items are
     * not faked, and for a protocol one of whose fields (tlsedu.*, its expert infos
     * included) a filter, column or -e asked for. The check costs a few instructions;
     * the items it spares, about 1,000 a packet in plain reading (issue 8). */
    return tree != NULL && proto_field_is_referenced(tree, proto_tlsedu);
}

/* Whether this frame's content decided that the port lies (the service.mismatch warning). */
static gboolean
mismatch_here(const tlsedu_annotation_t *a)
{
    return a->service != NULL && a->evidence == TLSEDU_EVIDENCE_MISMATCH && a->port_service != NULL &&
           a->content_here;
}

/* Whether tlsedu_render adds an expert info to this frame (the frame then gets all its
 * items, looked at or not). */
static gboolean
frame_warns(packet_info *pinfo, const tlsedu_annotation_t *a, const tlsedu_stages_t *st)
{
    const tlsedu_cert_t *c;

    if (mismatch_here(a))
        return TRUE;
    if (st != NULL && (st->events & TLSEDU_EV_WARNINGS))
        return TRUE;
    if (st != NULL && (c = tlsedu_certificate_of_frame(pinfo)) != NULL && (c->expired || c->name_mismatch))
        return TRUE;
    return tlsedu_prefs_note_pending();
}

proto_item *
tlsedu_top_item(proto_tree *tree, tvbuff_t *tvb, proto_item *top)
{
    return top != NULL ? top : proto_tree_add_item(tree, proto_tlsedu, tvb, 0, 0, ENC_NA);
}

static proto_item *
add_generated(proto_item *pi)
{
    proto_item_set_generated(pi);
    return pi;
}

/* Under -V every visible item is a printed line, and most frames of a conversation have
 * nothing new to say about its service. On such frames (a->brief) the same items are
 * added hidden: the top line still names the service, port and security, and filters,
 * columns, -T fields / ek / json / pdml still find tlsedu.service, .service.port,
 * .security ... on every frame of the conversation, but -V and the GUI's details show the
 * service's subtree only where it teaches something (postdissector.c decides). A hidden
 * item's label is never built either. */
static proto_item *
add_shown(proto_item *pi, gboolean hidden)
{
    proto_item_set_generated(pi);
    if (hidden)
        proto_item_set_hidden(pi);
    return pi;
}

static void
render_service(proto_tree *top_tree, tvbuff_t *tvb, packet_info *pinfo, const tlsedu_annotation_t *a,
               tlsedu_lang_t lang)
{
    const tlsedu_service_t *s = a->service;
    const gboolean h = a->brief;
    proto_item *svc_item = add_shown(proto_tree_add_string(top_tree, hf_tlsedu_service, tvb, 0, 0, s->service), h);
    proto_tree *svc_tree = proto_item_add_subtree(svc_item, ett_tlsedu_service);

    add_shown(proto_tree_add_uint(svc_tree, hf_tlsedu_service_port, tvb, 0, 0, a->server_port), h);
    add_shown(proto_tree_add_uint(svc_tree, hf_tlsedu_service_evidence, tvb, 0, 0, a->evidence), h);
    add_shown(proto_tree_add_string(svc_tree, hf_tlsedu_service_explain, tvb, 0, 0, s->explain[lang]), h);
    if (mismatch_here(a)) {
        char text[256];
        tlsedu_mismatch_text(a->server_port, a->port_service->service, s->service, lang, text, sizeof text);
        expert_add_info_format(pinfo, svc_item, &ei_tlsedu_service_mismatch, "%s", text);
    }
    if (a->direction != 0)
        add_shown(proto_tree_add_uint(top_tree, hf_tlsedu_direction, tvb, 0, 0, a->direction), h);
    add_shown(proto_tree_add_uint(top_tree, hf_tlsedu_security, tvb, 0, 0, a->security), h);
    add_shown(proto_tree_add_string(top_tree, hf_tlsedu_secure_alternative, tvb, 0, 0,
                                    s->alternative[lang]), h);
}

static void
render_summary(proto_tree *top_tree, tvbuff_t *tvb, const tlsedu_summary_t *sum, gboolean h)
{
    const char *version = tlsedu_version_name(sum->version);
    proto_item *pi;
    proto_tree *hs_tree;

    pi = add_shown(proto_tree_add_item(top_tree, hf_tlsedu_handshake, tvb, 0, 0, ENC_NA), h);
    hs_tree = proto_item_add_subtree(pi, ett_tlsedu_handshake);
    if (version != NULL) {
        proto_item_append_text(pi, ": %s", version);
        add_shown(proto_tree_add_string(hs_tree, hf_tlsedu_handshake_version, tvb, 0, 0, version), h);
    }
    if (sum->suite_name != NULL)
        add_shown(proto_tree_add_string(hs_tree, hf_tlsedu_handshake_cipher_suite, tvb, 0, 0, sum->suite_name), h);
    if (sum->kex != TLSEDU_KEX_UNKNOWN) {
        add_shown(proto_tree_add_uint(hs_tree, hf_tlsedu_handshake_kex, tvb, 0, 0, sum->kex), h);
        add_shown(proto_tree_add_boolean(hs_tree, hf_tlsedu_handshake_forward_secrecy, tvb, 0, 0,
                                             tlsedu_kex_forward_secret(sum->kex)), h);
    }
    if (sum->resumed >= 0)
        add_shown(proto_tree_add_boolean(hs_tree, hf_tlsedu_handshake_resumed, tvb, 0, 0, sum->resumed), h);
    if (sum->round_trips != 255)
        add_shown(proto_tree_add_uint(hs_tree, hf_tlsedu_handshake_round_trips, tvb, 0, 0, sum->round_trips), h);
    if (sum->finished_frame != 0 && sum->client_hello_frame != 0) {
        nstime_t d;
        nstime_delta(&d, &sum->finished_time, &sum->client_hello_time);
        add_shown(proto_tree_add_time(hs_tree, hf_tlsedu_handshake_duration, tvb, 0, 0, &d), h);
    }
    if (sum->client_hello_frame != 0)
        add_shown(proto_tree_add_uint(hs_tree, hf_tlsedu_handshake_client_hello_frame, tvb, 0, 0, sum->client_hello_frame), h);
    if (sum->server_hello_frame != 0)
        add_shown(proto_tree_add_uint(hs_tree, hf_tlsedu_handshake_server_hello_frame, tvb, 0, 0, sum->server_hello_frame), h);
    if (sum->finished_frame != 0)
        add_shown(proto_tree_add_uint(hs_tree, hf_tlsedu_handshake_finished_frame, tvb, 0, 0, sum->finished_frame), h);
}

static void
render_warnings(proto_item *top, packet_info *pinfo, const tlsedu_stages_t *st, tlsedu_lang_t lang)
{
    const tlsedu_summary_t *sum = st->summary;
    char *text = (char *)wmem_alloc(pinfo->pool, EXPLAIN_MAX);

    if (st->events & TLSEDU_EV_FAILED) {
        const char *alert = st->alert_known ? tlsedu_alert_name(st->alert_description) : NULL;
        const char *cause = st->alert_known ? tlsedu_alert_cause(st->alert_description, lang) : NULL;
        expert_add_info_format(pinfo, top, &ei_tlsedu_handshake_failed, "%s",
                               tlsedu_warn_handshake_failed(alert, cause, lang, text, EXPLAIN_MAX));
    }
    if (sum != NULL && (st->events & TLSEDU_EV_WEAK_VERSION))
        expert_add_info_format(pinfo, top, &ei_tlsedu_weak_version, "%s",
                               tlsedu_warn_weak_version(tlsedu_version_name(sum->version), lang, text, EXPLAIN_MAX));
    if (sum != NULL && (st->events & TLSEDU_EV_NO_FS) && sum->kex != TLSEDU_KEX_UNKNOWN)
        expert_add_info_format(pinfo, top, &ei_tlsedu_no_forward_secrecy, "%s",
                               tlsedu_warn_no_forward_secrecy(sum->kex, lang, text, EXPLAIN_MAX));
}

static void
render_stages(proto_tree *top_tree, tvbuff_t *tvb, packet_info *pinfo, const tlsedu_stages_t *st, tlsedu_lang_t lang,
              gboolean brief)
{
    const tlsedu_summary_t *sum = st->summary;
    tlsedu_explain_ctx_t ctx = { sum ? sum->version : 0, sum ? sum->suite_name : NULL,
                                 sum ? sum->kex : TLSEDU_KEX_UNKNOWN, st->server_name, NULL, NULL, NULL };
    char *text = (char *)wmem_alloc(pinfo->pool, EXPLAIN_MAX);
    const tlsedu_cert_t *cert = tlsedu_certificate_of_frame(pinfo);
    gboolean cert_shown = FALSE;

    ctx.cert_subject = cert ? cert->subject : NULL;
    ctx.cert_issuer = cert ? cert->issuer : NULL;

    for (guint i = 0; i < st->n_items; i++) {
        const tlsedu_stage_item_t *it = &st->items[i];
        proto_item *pi = add_generated(proto_tree_add_uint(top_tree, hf_tlsedu_stage, tvb, 0, 0, it->stage));
        proto_tree *stage_tree = proto_item_add_subtree(pi, ett_tlsedu_stage);

        proto_item_append_text(pi, " (%s)", tlsedu_msg_name(it->msg));
        add_generated(proto_tree_add_string(stage_tree, hf_tlsedu_message, tvb, 0, 0, tlsedu_msg_name(it->msg)));
        if (it->inferred)
            add_generated(proto_tree_add_boolean(stage_tree, hf_tlsedu_stage_inferred, tvb, 0, 0, TRUE));
        if (it->stage == TLSEDU_STAGE_APP_DATA)
            add_generated(proto_tree_add_boolean(stage_tree, hf_tlsedu_data_early, tvb, 0, 0, it->early));
        ctx.alert_name = it->alert_known ? tlsedu_alert_name(it->alert_description) : NULL;
        /* The explanation is formatted only when it is shown or asked for (a filter, a
         * column, -T fields): in plain reading the tree is not displayed and the item
         * would be dropped right away. */
        if (proto_field_is_referenced(stage_tree, hf_tlsedu_explain)) {
            tlsedu_stage_explain(it, &ctx, lang, text, EXPLAIN_MAX);
            add_generated(proto_tree_add_string(stage_tree, hf_tlsedu_explain, tvb, 0, 0, text));
        }
        if (it->msg == TLSEDU_MSG_SERVER_CERTIFICATE && !cert_shown) {
            tlsedu_certificate_render(stage_tree, tvb, pinfo, lang);
            cert_shown = TRUE;
        }
    }
    if (sum != NULL)
        render_summary(top_tree, tvb, sum, brief);
}

proto_item *
tlsedu_render(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo, const tlsedu_annotation_t *a,
              const tlsedu_stages_t *stages, tlsedu_lang_t lang)
{
    proto_item *top;
    proto_tree *top_tree;

    if (tree == NULL || (a->service == NULL && stages == NULL))
        return NULL;
    top = tlsedu_top_item(tree, tvb, NULL);
    if (!tlsedu_items_wanted(tree) && !frame_warns(pinfo, a, stages))
        return top;
    if (a->service != NULL)
        proto_item_append_text(top, ": %s %s %u, %s", a->service->service,
                               tlsedu_word(TLSEDU_WORD_ON_PORT, lang), a->server_port,
                               tlsedu_security_name(a->security, lang));
    if (stages != NULL && stages->n_items > 0) {
        proto_item_append_text(top, "%s %s %u", a->service != NULL ? "," : ":",
                               tlsedu_word(TLSEDU_WORD_STAGE, lang), stages->items[0].stage);
        for (guint i = 1; i < stages->n_items && i < 6; i++)
            proto_item_append_text(top, "+%u", stages->items[i].stage);
    }
    top_tree = proto_item_add_subtree(top, ett_tlsedu);
    tlsedu_prefs_note(top, pinfo);
    if (a->service != NULL)
        render_service(top_tree, tvb, pinfo, a, lang);
    if (stages != NULL) {
        render_stages(top_tree, tvb, pinfo, stages, lang, a->brief);
        render_warnings(top, pinfo, stages, lang);
    }
    return top;
}
