/* service.c - the service feature: registration of tlsedu.service and its neighbours, the
 * conversation's service decided once (catalogue, then content checks and hand-offs), and
 * the service's items.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "service/service.h"

#include <string.h>

#include <epan/expert.h>

#include "core/catalogue.h"
#include "core/classroom.h"
#include "core/content.h"
#include "core/signatures.h"
#include "core/texts.h"
#include "service/content.h"
#include "service/handoff.h"
#include "shared/ids.h"
#include "shared/tcp_segment.h"
#include "shared/tree.h"

static int hf_service = -1;
static int hf_service_port = -1;
static int hf_service_evidence = -1;
static int hf_service_explain = -1;
static int hf_service_explain_sentence = -1;
static int hf_direction = -1;
static int hf_security = -1;
static int hf_security_short = -1;
static int hf_secure_alternative = -1;
static gint ett_service = -1;
static expert_field ei_service_mismatch = EI_INIT;

/* value_strings, filled from the teaching core's names in the language of tlsedu.language
 * (one source; custom columns show them too). */
static value_string security_vals[TLSEDU_SEC_UPGRADED + 2];
static value_string security_short_vals[TLSEDU_SEC_UPGRADED + 2];
static value_string evidence_vals[TLSEDU_EVIDENCE_MISMATCH + 1];
static value_string direction_vals[3];

/* Per conversation (tlsedu_conv_t, file scope): the first payload of each side, by its
 * source port, TLS or not. Kept here, beside the only code that reads it. */
typedef struct {
    guint16 port[2];          /* the side's source port, 0: no payload yet */
    gboolean tls[2];          /* its first payload opened with a TLS record */
    gboolean hello[2];        /* ... a ClientHello record (SSLv2 or TLS) */
    guint32 tls_frame;        /* the first TLS frame after a cleartext first payload (0: none) */
    gboolean tunnel;          /* that TLS came through a SOCKS tunnel: no in-protocol upgrade */
} first_payloads_t;
static wmem_map_t *first_payloads;
static guint32 layer_socks;   /* SOCKS's bit in tlsedu_facts_t.layers */

static void
language(tlsedu_lang_t lang)
{
    guint n = 0;

    for (int v = TLSEDU_SEC_CLEARTEXT; v <= TLSEDU_SEC_UPGRADED; v++) {
        security_vals[n].value = (guint32)v;
        security_vals[n].strptr = tlsedu_security_name((tlsedu_security_t)v, lang);
        security_short_vals[n].value = (guint32)v;
        security_short_vals[n++].strptr = tlsedu_security_short((tlsedu_security_t)v, lang);
    }
    n = 0;
    for (int v = TLSEDU_EVIDENCE_PORT; v <= TLSEDU_EVIDENCE_MISMATCH; v++) {
        evidence_vals[n].value = (guint32)v;
        evidence_vals[n++].strptr = tlsedu_evidence_name((tlsedu_evidence_t)v, lang);
    }
    direction_vals[0].value = TLSEDU_DIR_TO_SERVER;
    direction_vals[0].strptr = tlsedu_word(TLSEDU_WORD_TO_SERVER, lang);
    direction_vals[1].value = TLSEDU_DIR_TO_CLIENT;
    direction_vals[1].strptr = tlsedu_word(TLSEDU_WORD_TO_CLIENT, lang);
}

static void
register_fields(int proto)
{
    static hf_register_info hf[] = {
        { &hf_service,
          { "Service", "tlsedu.service", FT_STRING, BASE_NONE, NULL, 0x0,
            "The service of the course's port list this conversation belongs to (e.g. SMTP, HTTPS, IMAPS)", HFILL } },
        { &hf_service_port,
          { "Server port", "tlsedu.service.port", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The server's port of this conversation: the side that answered the TCP SYN, "
            "else the port found in the port list (the lower one when both are)", HFILL } },
        { &hf_service_evidence,
          { "Evidence", "tlsedu.service.evidence", FT_UINT8, BASE_DEC, VALS(evidence_vals), 0x0,
            "How the service was recognised: 1 port only, 2 port and content agree, "
            "3 content on a port outside the course's list, 4 port and content disagree", HFILL } },
        { &hf_service_explain,
          { "About this service", "tlsedu.service.explain", FT_STRING, BASE_NONE, NULL, 0x0,
            "The service and how it protects (or does not protect) its traffic (whole; hidden in the tree, where each "
            "sentence is an item of its own)", HFILL } },
        { &hf_service_explain_sentence,
          { "About this service (sentence)", "tlsedu.service.explain.sentence", FT_STRING, BASE_NONE, NULL, 0x0,
            "One sentence about the service, one item each (within Wireshark's label limit)", HFILL } },
        { &hf_direction,
          { "Direction", "tlsedu.direction", FT_UINT8, BASE_DEC, VALS(direction_vals), 0x0,
            "Whether this frame goes from the client to the server or back (1 client to server, 2 server to client)", HFILL } },
        { &hf_security,
          { "Security", "tlsedu.security", FT_UINT8, BASE_DEC, VALS(security_vals), 0x0,
            "How this traffic is protected: 0 cleartext, 1 cleartext that can upgrade to TLS, "
            "2 implicit TLS (TLS from the first byte), 3 the protocol's own encryption, "
            "4 security negotiated inside the protocol, 5 upgraded to TLS on the connection (STARTTLS, "
            "PostgreSQL SSLRequest and the like)", HFILL } },
        { &hf_security_short,
          { "Security (short)", "tlsedu.security.short", FT_UINT8, BASE_DEC, VALS(security_short_vals), 0x0,
            "tlsedu.security in a word or two, for a column (hidden in the tree)", HFILL } },
        { &hf_secure_alternative,
          { "Secure alternative", "tlsedu.secure_alternative", FT_STRING, BASE_NONE, NULL, 0x0,
            "What to use instead, or how this service is already protected", HFILL } },
    };
    static gint *ett[] = { &ett_service };
    static ei_register_info ei[] = {
        { &ei_service_mismatch,
          { "tlsedu.service.mismatch", PI_SECURITY, PI_WARN,
            "The content shows another service than the port's", EXPFILL } },
    };

    language(TLSEDU_LANG_EN);
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

static void
want(GArray *wanted)
{
    if (first_payloads == NULL)
        first_payloads = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
    tlsedu_content_want(wanted);
    tlsedu_handoff_register();
    layer_socks = tlsedu_facts_watch("socks");
}

/* The conversation's service, decided once, on the first frame tlsedu sees of it. */
static void
decide_once(tlsedu_frame_t *f)
{
    tlsedu_conv_t *cd = f->conv;
    const tlsedu_facts_t *facts = &f->facts;

    if (cd->decided)
        return;
    cd->decided = TRUE;
    if (tlsedu_catalogue_choose(facts->transport, facts->src_port, facts->dst_port,
                                facts->handshake_server, &cd->server_port, &cd->service))
        cd->evidence = TLSEDU_EVIDENCE_PORT;
    tlsedu_content_first_frame(cd, f->pinfo, facts);
}

/* The msgVersion of the SNMP message in this frame, and an SNMPv3 message's msgFlags,
 * from its first bytes. */
static void
snmp_facts(tvbuff_t *tvb, const tlsedu_facts_t *facts, tlsedu_seen_t *seen)
{
    guint offset, len;
    const guint8 *p;

    if (!tlsedu_udp_payload(tvb, facts, &offset, &len) || len == 0)
        return;
    p = tvb_get_ptr(tvb, offset, len);
    seen->has_snmp_version = tlsedu_sig_snmp_version(p, len, &seen->snmp_version);
    seen->has_snmp_flags = tlsedu_snmp_v3_flags(p, len, &seen->snmp_flags);
}

/* First pass: the first payload of each side, TLS or not. TLS when Wireshark's TLS or DTLS
 * dissector took the frame, or when the bytes open with a TLS record although another
 * dissector took them (Wireshark 4.0's FTP-DATA keeps the PROT P data connections). */
static void
note_first_payload(tlsedu_frame_t *f)
{
    first_payloads_t *fp;
    const guint8 *p = NULL;
    guint len = 0, off, side;
    tlsedu_tcp_segment_t seg;

    if (first_payloads == NULL)
        return;
    fp = (first_payloads_t *)wmem_map_lookup(first_payloads, f->conv);
    if (fp != NULL && (fp->port[0] == f->facts.src_port || fp->port[1] == f->facts.src_port || fp->port[1] != 0))
        return;   /* this side's first payload seen already, or both sides' */
    if (f->facts.transport == TLSEDU_TCP && f->tree != NULL && tlsedu_tcp_segment(f->tree, &seg)) {
        p = seg.payload;
        len = seg.payload_len;
    } else if (f->facts.transport == TLSEDU_UDP && tlsedu_udp_payload(f->tvb, &f->facts, &off, &len) && len > 0) {
        p = tvb_get_ptr(f->tvb, off, len);
    }
    if (p == NULL || len == 0)
        return;
    if (fp == NULL) {
        fp = wmem_new0(wmem_file_scope(), first_payloads_t);
        wmem_map_insert(first_payloads, f->conv, fp);
    }
    side = fp->port[0] == 0 ? 0 : 1;
    fp->port[side] = f->facts.src_port;
    fp->hello[side] = tlsedu_sig_tls(p, len, TLSEDU_SIDE_CLIENT);
    fp->tls[side] = f->facts.has_tls || fp->hello[side] || tlsedu_sig_tls(p, len, TLSEDU_SIDE_SERVER);
}

/* First pass: the first frame Wireshark's TLS or DTLS dissector took part in, when a side's
 * first payload was cleartext (the upgrade of PostgreSQL's SSLRequest, MySQL's SSL request,
 * any protocol the TLS dissector takes over mid-stream). */
static void
note_tls_after_cleartext(const tlsedu_frame_t *f)
{
    first_payloads_t *fp;

    if (!f->facts.has_tls || first_payloads == NULL ||
        (fp = (first_payloads_t *)wmem_map_lookup(first_payloads, f->conv)) == NULL || fp->tls_frame != 0)
        return;
    if ((fp->port[0] != 0 && !fp->tls[0]) || (fp->port[1] != 0 && !fp->tls[1]))
        fp->tls_frame = f->pinfo->num;
    /* TLS carried by a SOCKS tunnel (RFC 1928 section 6) starts with the tunnelled stream's
     * first byte: not an upgrade of the protocol that went before */
    fp->tunnel = (f->facts.layers & layer_socks) != 0;
}

/* A conversation named by its TLS records (the rows without a port: TLS, DTLS) whose TLS
 * came after cleartext: *before is whether this frame comes before the first TLS frame. */
static gboolean
tls_after_cleartext(const tlsedu_frame_t *f, gboolean *before)
{
    const first_payloads_t *fp = first_payloads != NULL ? (const first_payloads_t *)wmem_map_lookup(first_payloads, f->conv)
                                                        : NULL;
    const tlsedu_service_t *s = f->conv->service;

    if (fp == NULL || fp->tls_frame == 0 || fp->tunnel || s == NULL || s->port != 0 || s->security != TLSEDU_SEC_IMPLICIT_TLS)
        return FALSE;
    *before = f->pinfo->num < fp->tls_frame;
    return TRUE;
}

/* TLS from the first payload: both sides opened with a TLS record. One side is not enough:
 * a ClientHello answered by a cleartext banner is no TLS conversation (a service is what
 * its server speaks), and a cleartext upload may happen to start with such bytes.
 * The exception is FTP data, where the control connection decides (PROT P, RFC 4217
 * section 9) and the data connection's first payload is the ClientHello: a ClientHello
 * not yet answered counts, so that its frame is not called cleartext (as known at that
 * frame: a cleartext answer would undo it on the frames after). */
static gboolean
tls_from_first_payload(const tlsedu_frame_t *f)
{
    const first_payloads_t *fp = first_payloads != NULL ? (const first_payloads_t *)wmem_map_lookup(first_payloads, f->conv)
                                                        : NULL;
    const tlsedu_service_t *s = f->conv != NULL ? f->conv->service : NULL;

    if (fp == NULL || !fp->tls[0])
        return FALSE;
    if (fp->port[1] != 0)
        return fp->tls[1];
    return fp->hello[0] && s != NULL && strcmp(s->service, "FTP-DATA") == 0;
}

static void
decide(tlsedu_frame_t *f)
{
    tlsedu_conv_t *cd = f->conv;
    tlsedu_annotation_t *a = &f->a;
    tlsedu_seen_t seen;
    gboolean before = FALSE;

    if (cd == NULL)
        return;
    memset(&seen, 0, sizeof seen);
    decide_once(f);
    if (f->first_pass) {
        note_first_payload(f);
        note_tls_after_cleartext(f);
        tlsedu_content_frame(cd, f->tree, f->tvb, f->pinfo, &f->facts);
        tlsedu_content_tls_seen(cd, f->pinfo, &f->facts);
    }
    if (cd->service == NULL)
        return;
    if (tlsedu_service_is_snmp(cd->service))
        snmp_facts(f->tvb, &f->facts, &seen);
    seen.tls_from_first_payload = tls_from_first_payload(f);
    seen.tls_after_cleartext = tls_after_cleartext(f, &before);
    seen.before_tls = before;
    a->service = cd->service;
    a->server_port = cd->server_port;
    a->evidence = (tlsedu_evidence_t)cd->evidence;
    a->security = tlsedu_frame_security(cd->service, &seen);
    a->direction = tlsedu_direction(&f->facts, cd->server_port);
    a->port_service = cd->port_service;
    a->content_here = cd->content_frame == f->pinfo->num;
    if (cd->first_frame == 0 && f->first_pass)
        cd->first_frame = f->pinfo->num;
    /* the frame whose content shows that the port lies carries the service.mismatch warning */
    if (a->evidence == TLSEDU_EVIDENCE_MISMATCH && a->port_service != NULL && a->content_here)
        a->warns = TRUE;
}

static void
mismatch_warning(tlsedu_frame_t *f, proto_item *item)
{
    const tlsedu_annotation_t *a = &f->a;
    char text[256];

    if (a->evidence != TLSEDU_EVIDENCE_MISMATCH || a->port_service == NULL || !a->content_here)
        return;
    tlsedu_mismatch_text(a->server_port, a->port_service->service, a->service->service, f->lang, text, sizeof text);
    expert_add_info_format(f->pinfo, item, &ei_service_mismatch, "%s", text);
    f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_SERVICE_MISMATCH);
}

/* On a frame with nothing new about its service (a->brief) the same items are added
 * hidden: filters, columns and -T fields still find tlsedu.service, .security ... on
 * every frame of the conversation, but -V and the GUI's details show the service's
 * subtree only where it teaches something (frame.c decides). */
static void
render(tlsedu_frame_t *f)
{
    const tlsedu_annotation_t *a = &f->a;
    const tlsedu_service_t *s = a->service;
    const gboolean h = a->brief;
    proto_tree *t = f->top_tree;
    proto_item *svc_item;
    proto_tree *svc_tree;
    tlsedu_text_seen_t seen;
    gboolean before;

    if (s == NULL)
        return;
    /* the texts told by what the conversation showed, the handshake's outcome included */
    seen.tls_from_first_payload = tls_from_first_payload(f);
    seen.tls_after_cleartext = f->conv != NULL && tls_after_cleartext(f, &before);
    seen.handshake_failed = a->tls_failed;
    seen.handshake_succeeded = a->tls_succeeded;
    seen.certificate_rejected = a->tls_cert_rejected;
    seen.weak_suite = a->tls_weak_suite;
    seen.null_cipher = a->tls_null_cipher;
    seen.no_forward_secrecy = a->tls_no_fs;
    seen.psk_keys = a->tls_suite != NULL && strstr(a->tls_suite, "_RSA_PSK_") != NULL;
    seen.version = a->tls_version;
    if (t == NULL) {
        mismatch_warning(f, f->top);   /* no tree, or a bare item: the warning all the same */
        return;
    }
    svc_item = tlsedu_item_shown(proto_tree_add_string(t, hf_service, f->tvb, 0, 0, s->service), h, f->lang);
    svc_tree = proto_item_add_subtree(svc_item, ett_service);
    tlsedu_item_shown(proto_tree_add_uint(svc_tree, hf_service_port, f->tvb, 0, 0, a->server_port), h, f->lang);
    tlsedu_item_shown(proto_tree_add_uint(svc_tree, hf_service_evidence, f->tvb, 0, 0, a->evidence), h, f->lang);
    tlsedu_item_sentences(svc_tree, hf_service_explain, hf_service_explain_sentence, f->tvb,
                          tlsedu_service_explain_seen(s, &seen, f->lang), h, f->lang);
    mismatch_warning(f, svc_item);
    if (a->direction != 0)
        tlsedu_item_shown(proto_tree_add_uint(t, hf_direction, f->tvb, 0, 0, a->direction), h, f->lang);
    tlsedu_item_shown(proto_tree_add_uint(t, hf_security, f->tvb, 0, 0, a->security), h, f->lang);
    proto_item_set_hidden(proto_tree_add_uint(t, hf_security_short, f->tvb, 0, 0, a->security));
    tlsedu_item_shown(proto_tree_add_string(t, hf_secure_alternative, f->tvb, 0, 0,
                                            tlsedu_service_alternative_seen(s, &seen, f->lang)), h, f->lang);
}

const tlsedu_feature_t tlsedu_service_feature = {
    register_fields, want, language, decide, render,
};
