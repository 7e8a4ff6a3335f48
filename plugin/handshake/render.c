/* render.c - the handshake feature's fields and items: one item per stage (message or
 * record) with its explanation, the handshake summary, and the handshake's warnings.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/stages.h"

#include <string.h>

#include <epan/expert.h>

#include "core/classroom.h"
#include "core/labels.h"
#include "core/names.h"
#include "core/texts.h"
#include "core/tls_types.h"
#include "handshake/carried.h"
#include "handshake/certificates.h"
#include "shared/tree.h"

#define EXPLAIN_MAX 3072

static int hf_stage = -1;
static int hf_stage_inferred = -1;
static int hf_stages = -1;
static int hf_data_early = -1;
static int hf_data_early_kind = -1;
static int hf_explain = -1;
static int hf_sentence = -1;
static int hf_complete = -1;
static int hf_message = -1;
static int hf_handshake = -1;
static int hf_version = -1;
static int hf_cipher_suite = -1;
static int hf_kex = -1;
static int hf_forward_secrecy = -1;
static int hf_resumed = -1;
static int hf_round_trips = -1;
static int hf_duration = -1;
static int hf_client_hello_frame = -1;
static int hf_server_hello_frame = -1;
static int hf_finished_frame = -1;
static gint ett_stage = -1;
static gint ett_handshake = -1;
static expert_field ei_handshake_failed = EI_INIT;
static expert_field ei_weak_version = EI_INIT;
static expert_field ei_no_forward_secrecy = EI_INIT;
static expert_field ei_weak_cipher = EI_INIT;

/* value_strings in the language of tlsedu.language (custom columns show them too) */
static value_string stage_vals[TLSEDU_STAGE_ALERT + 1];
static value_string kex_vals[TLSEDU_KEX_HYBRID_PQ + 2];
static value_string early_kind_vals[TLSEDU_EARLY_FALSE_START + 1];

void
tlsedu_handshake_language(tlsedu_lang_t lang)
{
    guint n = 0;

    for (int v = TLSEDU_KEX_OTHER; v <= TLSEDU_KEX_HYBRID_PQ; v++) {
        kex_vals[n].value = (guint32)v;
        kex_vals[n++].strptr = tlsedu_kex_name_lang((tlsedu_kex_t)v, lang);
    }
    n = 0;
    for (int v = TLSEDU_EARLY_CLIENT_0RTT; v <= TLSEDU_EARLY_FALSE_START; v++) {
        early_kind_vals[n].value = (guint32)v;
        early_kind_vals[n++].strptr = tlsedu_early_kind_name((tlsedu_early_kind_t)v, lang);
    }
    n = 0;
    for (int v = TLSEDU_STAGE_CLIENT_HELLO; v <= TLSEDU_STAGE_ALERT; v++) {
        stage_vals[n].value = (guint32)v;
        stage_vals[n++].strptr = tlsedu_stage_name((tlsedu_stage_t)v, lang);
    }
    tlsedu_course_language(lang);
}

void
tlsedu_handshake_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_stage,
          { "Stage", "tlsedu.stage", FT_UINT8, BASE_DEC, VALS(stage_vals), 0x0,
            "The stage of the TLS handshake this message or record belongs to, one item per "
            "message or record: 1 Client Hello, 2 Server Hello, 3 server authentication, "
            "4 key exchange (TLS <= 1.2), 5 handshake finished, 6 application data, "
            "7 client authentication, 8 after the handshake, 9 TLS 1.3 compatibility record, 10 alert", HFILL } },
        { &hf_message,
          { "Message", "tlsedu.message", FT_STRING, BASE_NONE, NULL, 0x0,
            "The handshake message or record this stage item is about (ClientHello, Finished ...)", HFILL } },
        { &hf_stages,
          { "Stages of the frame", "tlsedu.stages", FT_STRING, BASE_NONE, NULL, 0x0,
            "The frame's stages, each once, in the order seen (\"2, 3, 4\"): one value per frame, for a column "
            "(hidden in the tree)", HFILL } },
        { &hf_stage_inferred,
          { "Inferred", "tlsedu.stage.inferred", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "The stage is inferred from a protected record Wireshark could not parse (usually: no key log): only its outer type, size and place are visible", HFILL } },
        { &hf_data_early,
          { "Early data", "tlsedu.data.early", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "Application data sent before the handshake finished (the client's 0-RTT or False Start data, "
            "the server's 0.5-RTT data: tlsedu.data.early_kind tells which)", HFILL } },
        { &hf_data_early_kind,
          { "Early data kind", "tlsedu.data.early_kind", FT_UINT8, BASE_DEC, VALS(early_kind_vals), 0x0,
            "Who sent the early data, before which Finished, and so which caveat applies: 1 client 0-RTT data "
            "(TLS 1.3, replayable, RFC 8446 2.3), 2 server 0.5-RTT data (before the client's Finished, RFC 8446 "
            "4.4.4), 3 client False Start data (TLS <= 1.2, before the server's Finished, RFC 7918)", HFILL } },
        { &hf_explain,
          { "Explanation", "tlsedu.explain", FT_STRING, BASE_NONE, NULL, 0x0,
            "What this step of the TLS handshake does, in words a student can read: the whole explanation "
            "(hidden in the tree, where each sentence is an item of its own; -T fields prints it whole)", HFILL } },
        { &hf_sentence,
          { "Explanation sentence", "tlsedu.explain.sentence", FT_STRING, BASE_NONE, NULL, 0x0,
            "One sentence of the explanation, one fact about this frame (each fits in one line of the tree)", HFILL } },
        { &hf_complete,
          { "Handshake completed", "tlsedu.handshake.complete", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "Whether both sides' Finished messages were seen (False: the handshake failed, or the capture missed some of "
            "its records; absent while it is still going on)", HFILL } },
        { &hf_handshake,
          { "Handshake summary", "tlsedu.handshake", FT_NONE, BASE_NONE, NULL, 0x0,
            "What this TLS handshake negotiated, as far as known at this frame (all of it on a second pass)", HFILL } },
        { &hf_version,
          { "Negotiated version", "tlsedu.handshake.version", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol version the server chose (SSL 2.0 to TLS 1.3), from the frame where it is known", HFILL } },
        { &hf_cipher_suite,
          { "Cipher suite", "tlsedu.handshake.cipher_suite", FT_STRING, BASE_NONE, NULL, 0x0,
            "The name of the cipher suite the server chose, from the frame where it is known", HFILL } },
        { &hf_kex,
          { "Key exchange", "tlsedu.handshake.kex", FT_UINT8, BASE_DEC, VALS(kex_vals), 0x0,
            "How the keys were agreed: 0 other (RSA_PSK, static (EC)DH, SRP or Kerberos), 1 RSA key transport, "
            "2 DHE, 3 ECDHE, 4 PSK only, 5 PSK with (EC)DHE, 6 hybrid post-quantum", HFILL } },
        { &hf_forward_secrecy,
          { "Forward secrecy", "tlsedu.handshake.forward_secrecy", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "Whether a stolen long-term key still cannot decrypt this recorded session (an ephemeral key exchange)", HFILL } },
        { &hf_resumed,
          { "Resumed", "tlsedu.handshake.resumed", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "Whether this handshake resumed an earlier session (TLS <= 1.2: no Certificate or key exchange, the server's "
            "ChangeCipherSpec follows its ServerHello (and a renewed NewSessionTicket, if any), an abbreviated handshake, "
            "RFC 5246 7.3, RFC 5077 3.1; TLS 1.3: a pre-shared key was accepted, usually one set up by an earlier session and "
            "named by its ticket, an external one looking the same, RFC 8446 2.2)", HFILL } },
        { &hf_round_trips,
          { "Round trips", "tlsedu.handshake.round_trips", FT_UINT8, BASE_DEC, NULL, 0x0,
            "Round trips from the ClientHello until the client may send application data (nominal for this kind of handshake)", HFILL } },
        { &hf_duration,
          { "Duration", "tlsedu.handshake.duration", FT_RELATIVE_TIME, BASE_NONE, NULL, 0x0,
            "Time from the ClientHello to the last Finished of this handshake", HFILL } },
        { &hf_client_hello_frame,
          { "ClientHello in frame", "tlsedu.handshake.client_hello_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The frame of this handshake's ClientHello", HFILL } },
        { &hf_server_hello_frame,
          { "ServerHello in frame", "tlsedu.handshake.server_hello_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The frame of this handshake's ServerHello", HFILL } },
        { &hf_finished_frame,
          { "Handshake finished in frame", "tlsedu.handshake.finished_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The frame of this handshake's last Finished", HFILL } },
    };
    static gint *ett[] = { &ett_stage, &ett_handshake };
    static ei_register_info ei[] = {
        { &ei_handshake_failed,
          { "tlsedu.handshake_failed", PI_SECURITY, PI_WARN,
            "The TLS handshake failed (a fatal alert) or was not seen to finish (the connection ended, or records are "
            "missing from the capture)", EXPFILL } },
        { &ei_weak_version,
          { "tlsedu.weak_version", PI_SECURITY, PI_WARN,
            "An obsolete protocol version was negotiated (SSL 2.0, SSL 3.0, TLS 1.0 or 1.1, DTLS 1.0)", EXPFILL } },
        { &ei_no_forward_secrecy,
          { "tlsedu.no_forward_secrecy", PI_SECURITY, PI_WARN,
            "The key exchange gives no forward secrecy", EXPFILL } },
        { &ei_weak_cipher,
          { "tlsedu.weak_cipher", PI_SECURITY, PI_WARN,
            "A weak cipher suite was chosen: NULL encryption, anonymous, export-grade, RC4, DES, 3DES, IDEA or an MD5 MAC", EXPFILL } },
    };

    tlsedu_handshake_language(TLSEDU_LANG_EN);
    proto_register_field_array(proto, hf, array_length(hf));
    tlsedu_hello_register(proto);
    tlsedu_course_register(proto);
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
    tlsedu_register_certificates(proto);
}

/* The weakness of the suite this frame's ServerHello chose (0: none, or no ServerHello). */
static unsigned
weak_suite_chosen(const tlsedu_stages_t *st)
{
    if (st->summary == NULL || st->summary->suite_name == NULL)
        return 0;
    for (guint i = 0; i < st->n_items; i++)
        if (st->items[i].msg == TLSEDU_MSG_SERVER_HELLO)
            return tlsedu_suite_weakness(st->summary->suite_name);
    return 0;
}

gboolean
tlsedu_handshake_warns(const tlsedu_stages_t *st, packet_info *pinfo)
{
    const tlsedu_cert_t *c;

    if (st->events & TLSEDU_EV_WARNINGS)
        return TRUE;
    if (weak_suite_chosen(st) != 0)
        return TRUE;
    return (c = tlsedu_certificate_of_frame(pinfo)) != NULL && (c->expired || c->name_mismatch);
}

/* SRP (RFC 5054) counts as "other" but its values are ephemeral: claim nothing about
 * forward secrecy either way. */
gboolean
tlsedu_summary_srp(const tlsedu_summary_t *sum)
{
    return sum->suite_name != NULL && strstr(sum->suite_name, "_SRP_") != NULL;
}

static void
render_summary(tlsedu_frame_t *f, const tlsedu_summary_t *sum)
{
    const char *version = tlsedu_version_name(sum->version);
    const gboolean h = f->a.brief;
    const tlsedu_lang_t lang = f->lang;
    tvbuff_t *tvb = f->tvb;
    proto_item *pi = tlsedu_item_shown(proto_tree_add_item(f->top_tree, hf_handshake, tvb, 0, 0, ENC_NA), h, lang);
    proto_tree *t = proto_item_add_subtree(pi, ett_handshake);

    if (version != NULL) {
        proto_item_append_text(pi, "%s%s", tlsedu_colon(lang), version);
        tlsedu_item_shown(proto_tree_add_string(t, hf_version, tvb, 0, 0, version), h, lang);
    }
    if (sum->suite_name != NULL)
        tlsedu_item_shown(proto_tree_add_string(t, hf_cipher_suite, tvb, 0, 0, sum->suite_name), h, lang);
    if (sum->kex != TLSEDU_KEX_UNKNOWN)
        tlsedu_item_shown(proto_tree_add_uint(t, hf_kex, tvb, 0, 0, sum->kex), h, lang);
    tlsedu_hello_group(f, t, sum->group, h);
    /* a failed handshake protects nothing: no forward secrecy or round trips to claim */
    if (sum->kex != TLSEDU_KEX_UNKNOWN && !sum->failed && !tlsedu_summary_srp(sum))
        tlsedu_item_shown(proto_tree_add_boolean(t, hf_forward_secrecy, tvb, 0, 0, tlsedu_kex_forward_secret(sum->kex)),
                          h, lang);
    if (sum->failed || sum->finished_frame != 0)
        tlsedu_item_shown(proto_tree_add_boolean(t, hf_complete, tvb, 0, 0, !sum->failed), h, lang);
    if (sum->resumed >= 0)
        tlsedu_item_shown(proto_tree_add_boolean(t, hf_resumed, tvb, 0, 0, sum->resumed), h, lang);
    if (sum->round_trips != 255 && !sum->failed)
        tlsedu_item_shown(proto_tree_add_uint(t, hf_round_trips, tvb, 0, 0, sum->round_trips), h, lang);
    if (sum->finished_frame != 0 && sum->client_hello_frame != 0) {
        nstime_t d;
        nstime_delta(&d, &sum->finished_time, &sum->client_hello_time);
        tlsedu_item_seconds(t, hf_duration, tvb, &d, h, lang);
    }
    if (sum->client_hello_frame != 0)
        tlsedu_item_shown(proto_tree_add_uint(t, hf_client_hello_frame, tvb, 0, 0, sum->client_hello_frame), h, lang);
    if (sum->server_hello_frame != 0)
        tlsedu_item_shown(proto_tree_add_uint(t, hf_server_hello_frame, tvb, 0, 0, sum->server_hello_frame), h, lang);
    if (sum->finished_frame != 0)
        tlsedu_item_shown(proto_tree_add_uint(t, hf_finished_frame, tvb, 0, 0, sum->finished_frame), h, lang);
}

/* Who sent the fatal alert behind this frame's failure. */
static const tlsedu_stage_item_t *
alert_item(const tlsedu_stages_t *st)
{
    for (guint i = 0; i < st->n_items; i++)
        if (st->items[i].alert_known && st->items[i].alert_description == st->alert_description)
            return &st->items[i];
    return NULL;
}

/* The handshake's warnings, on tlsedu's item (NULL on a pass without a tree). */
static void
render_warnings(tlsedu_frame_t *f, const tlsedu_stages_t *st)
{
    const tlsedu_summary_t *sum = st->summary;
    const tlsedu_cert_t *cert = tlsedu_certificate_of_frame(f->pinfo);   /* its warnings: certificates.c */
    char *text = (char *)wmem_alloc(f->pinfo->pool, EXPLAIN_MAX);

    unsigned weak;

    if (cert != NULL && cert->expired)
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_CERT_EXPIRED);
    if (cert != NULL && cert->name_mismatch)
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_CERT_NAME_MISMATCH);
    if (st->events & TLSEDU_EV_FAILED) {
        const char *alert = st->alert_known ? tlsedu_alert_name(st->alert_description) : NULL;
        char *cause = (char *)wmem_alloc(f->pinfo->pool, EXPLAIN_MAX);
        if (!st->alert_known || tlsedu_alert_item_cause(alert_item(st), f->lang, cause, EXPLAIN_MAX) == NULL)
            cause = NULL;
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_HANDSHAKE_FAILED);
        expert_add_info_format(f->pinfo, f->top, &ei_handshake_failed, "%s",
                               tlsedu_warn_handshake_failed(alert, cause, f->lang, text, EXPLAIN_MAX));
    }
    if (sum != NULL && (weak = weak_suite_chosen(st)) != 0) {
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_WEAK_CIPHER);
        expert_add_info_format(f->pinfo, f->top, &ei_weak_cipher, "%s",
                               tlsedu_warn_weak_cipher(sum->suite_name, weak, f->lang, text, EXPLAIN_MAX));
    }
    if (sum != NULL && (st->events & TLSEDU_EV_WEAK_VERSION)) {
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_WEAK_VERSION);
        expert_add_info_format(f->pinfo, f->top, &ei_weak_version, "%s",
                               tlsedu_warn_weak_version(tlsedu_version_name(sum->version), f->lang, text, EXPLAIN_MAX));
    }
    if (sum != NULL && (st->events & TLSEDU_EV_NO_FS) && sum->kex != TLSEDU_KEX_UNKNOWN && !tlsedu_summary_srp(sum)) {
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_NO_FORWARD_SECRECY);
        expert_add_info_format(f->pinfo, f->top, &ei_no_forward_secrecy, "%s",
                               tlsedu_warn_no_forward_secrecy(sum->kex, sum->suite_name, f->lang, text, EXPLAIN_MAX));
    }
}

/* tlsedu.data.early_kind: who sent the early data (and so its caveat). */
static void
render_early_kind(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it)
{
    tlsedu_item(proto_tree_add_uint(t, hf_data_early_kind, f->tvb, 0, 0, it->early_kind), f->lang);
}

/* The explanation: one item per sentence (each within Wireshark's label limit), and the
 * whole text as one hidden field for filters and -T fields. */
static void
render_sentences(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it,
                 const tlsedu_explain_ctx_t *ctx, char *text)
{
    tlsedu_explanation_t *e = wmem_new(f->pinfo->pool, tlsedu_explanation_t);

    tlsedu_stage_sentences(it, ctx, f->lang, e);
    tlsedu_explanation_join(e, text, EXPLAIN_MAX);
    proto_item_set_hidden(tlsedu_item(proto_tree_add_string(t, hf_explain, f->tvb, 0, 0, text), f->lang));
    for (size_t i = 0; i < e->n; i++)
        proto_item_set_generated(proto_tree_add_string_format(t, hf_sentence, f->tvb, 0, 0, e->s[i], "%s", e->s[i]));
}

/* One stage item, its message, and its explanation (formatted only when it is shown or
 * asked for: in plain reading the tree is not displayed and the item would be dropped). */
static proto_tree *
render_item(tlsedu_frame_t *f, const tlsedu_stage_item_t *it, tlsedu_explain_ctx_t *ctx, char *text)
{
    tvbuff_t *tvb = f->tvb;
    proto_item *pi = tlsedu_item(proto_tree_add_uint(f->top_tree, hf_stage, tvb, 0, 0, it->stage), f->lang);
    proto_tree *t = proto_item_add_subtree(pi, ett_stage);
    const bool tls13 = tlsedu_version_is_tls13(it->version != 0 ? it->version : ctx->version);
    const bool clear13 = tlsedu_item_clear13(it, ctx);

    proto_item_append_text(pi, " (%s)", tlsedu_item_msg_name(it->msg, tls13, clear13, f->lang));
    tlsedu_item_as(proto_tree_add_string(t, hf_message, tvb, 0, 0,
                                         tlsedu_item_msg_name(it->msg, tls13, clear13, TLSEDU_LANG_COUNT)),
                   tlsedu_item_msg_name(it->msg, tls13, clear13, f->lang), f->lang);
    if (it->inferred)
        tlsedu_item(proto_tree_add_boolean(t, hf_stage_inferred, tvb, 0, 0, TRUE), f->lang);
    if (it->stage == TLSEDU_STAGE_APP_DATA)
        tlsedu_item(proto_tree_add_boolean(t, hf_data_early, tvb, 0, 0, it->early), f->lang);
    if (it->stage == TLSEDU_STAGE_APP_DATA && it->early && it->early_kind != TLSEDU_EARLY_NONE)
        render_early_kind(f, t, it);
    tlsedu_hello_render(f, t, it);
    tlsedu_course_render(f, t, it, f->a.stages->summary, ctx->repeat);
    ctx->alert_name = it->alert_known ? tlsedu_alert_name(it->alert_description) : NULL;
    if (proto_field_is_referenced(t, hf_explain) || proto_field_is_referenced(t, hf_sentence))
        render_sentences(f, t, it, ctx, text);
    return t;
}

/* tlsedu.stages: the frame's stages once each ("2, 3, 4"), for the profile's column. */
static void
render_stage_list(tlsedu_frame_t *f)
{
    char list[64] = "";
    size_t pos = 0;

    for (guint i = 0; i < f->a.n_stages_seen && pos + 8 < sizeof list; i++)
        pos += (size_t)g_snprintf(list + pos, sizeof list - pos, i > 0 ? ", %u" : "%u", f->a.stages_seen[i]);
    if (pos > 0)
        proto_item_set_hidden(proto_tree_add_string(f->top_tree, hf_stages, f->tvb, 0, 0, list));
}

/* What the explanation may say of the server certificate in this frame. */
static void
cert_context(tlsedu_explain_ctx_t *ctx, const tlsedu_cert_t *cert, packet_info *pinfo, tlsedu_lang_t lang)
{
    ctx->cert_subject = tlsedu_short_dn(cert->subject, pinfo);
    ctx->cert_issuer = tlsedu_short_dn(cert->issuer, pinfo);
    ctx->cert_self_signed = cert->self_signed;
    ctx->cert_mismatch = cert->name_checked && cert->name_mismatch ? cert->sni : NULL;
    ctx->cert_names = cert->dns_names;
    ctx->cert_n_names = cert->n_dns_names;
    ctx->cert_key = tlsedu_key_words(cert->key, lang, (char *)wmem_alloc(pinfo->pool, 64), 64);
    ctx->cert_signature = cert->signature_algorithm;
    ctx->cert_chain_length = tlsedu_certificate_chain_length(pinfo);
}

void
tlsedu_handshake_render(tlsedu_frame_t *f)
{
    const tlsedu_stages_t *st = f->a.stages;
    const tlsedu_summary_t *sum;
    const tlsedu_cert_t *cert;
    tlsedu_explain_ctx_t ctx;
    gboolean cert_shown = FALSE;
    const tlsedu_carried_t *carried;
    char *text;

    if (st == NULL)
        return;
    if (f->top_tree != NULL) {
        sum = st->summary;
        cert = tlsedu_certificate_of_frame(f->pinfo);
        text = (char *)wmem_alloc(f->pinfo->pool, EXPLAIN_MAX);
        memset(&ctx, 0, sizeof ctx);
        ctx.version = sum ? sum->version : 0;
        ctx.suite_name = sum ? sum->suite_name : NULL;
        ctx.kex = sum ? sum->kex : TLSEDU_KEX_UNKNOWN;
        ctx.server_name = st->server_name;
        if (cert != NULL)
            cert_context(&ctx, cert, f->pinfo, f->lang);
        carried = tlsedu_carried_of(f->pinfo);
        if (carried != NULL) {
            ctx.data_protocol = carried->protocol;
            ctx.data_message = carried->message;
            ctx.data_bytes = carried->wire_bytes;
            ctx.data_decrypted = true;
        }
        for (guint i = 0; i < st->n_items; i++) {
            proto_tree *t;
            ctx.repeat = i > 0 && st->items[i].inferred && st->items[i].msg == st->items[i - 1].msg;
            t = render_item(f, &st->items[i], &ctx, text);
            if (st->items[i].msg == TLSEDU_MSG_APP_DATA && !st->items[i].early && carried != NULL) {
                tlsedu_carried_render(t, f->tvb, carried, f->lang);
                carried = NULL;   /* once a frame */
            }
            if (st->items[i].msg == TLSEDU_MSG_SERVER_CERTIFICATE && !cert_shown) {
                tlsedu_certificate_render(t, f->tvb, f->pinfo, f->lang);
                cert_shown = TRUE;
            }
        }
        if (sum != NULL)
            render_summary(f, sum);
        render_stage_list(f);
    } else {
        tlsedu_certificate_warnings(f->pinfo, f->top, f->lang);   /* no tree: the warnings only */
    }
    render_warnings(f, st);
}
