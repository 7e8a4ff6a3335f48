/* hello.c - the facts of the hellos and of the signed messages as fields of their own
 * (tlsedu.hello.*, tlsedu.signature_algorithm, tlsedu.handshake.group): what this frame's
 * ClientHello offers and what the server chose, read by handshake/tls_read.c from
 * Wireshark's fields. Values are language-neutral (the RFCs' and IANA's names), so a
 * filter works in every language; only the labels are translated (core/labels.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/stages.h"

#include <stdio.h>

#include "core/names.h"
#include "core/tls_types.h"
#include "core/texts.h"
#include "shared/tree.h"

static int hf_versions_offered = -1;
static int hf_suites_offered = -1;
static int hf_key_share = -1;
static int hf_alpn = -1;
static int hf_retry_group = -1;
static int hf_signature_algorithm = -1;
static int hf_group = -1;
static int hf_ticket_lifetime = -1;
static int hf_request_types = -1;
static int hf_request_algorithms = -1;
static int hf_request_authorities = -1;

void
tlsedu_hello_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_versions_offered,
          { "Versions offered", "tlsedu.hello.versions_offered", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol versions a ClientHello offers, in its order: its supported_versions extension "
            "(RFC 8446 4.2.1, GREASE aside), else its version field, the highest version the client supports (RFC 5246 7.4.1.2, E.1)", HFILL } },
        { &hf_suites_offered,
          { "Cipher suites offered", "tlsedu.hello.suites_offered", FT_UINT16, BASE_DEC, NULL, 0x0,
            "How many cipher suites a ClientHello offers (GREASE values, RFC 8701, and the signalling values of RFC 5746 and RFC 7507 aside)", HFILL } },
        { &hf_key_share,
          { "Key shares sent", "tlsedu.hello.key_share", FT_STRING, BASE_NONE, NULL, 0x0,
            "The groups of the key shares a ClientHello sends, by IANA name (RFC 8446 4.2.8)", HFILL } },
        { &hf_alpn,
          { "ALPN", "tlsedu.hello.alpn", FT_STRING, BASE_NONE, NULL, 0x0,
            "Application protocols (RFC 7301): offered in a ClientHello, chosen in a ServerHello (TLS <= 1.2) "
            "or EncryptedExtensions (TLS 1.3)", HFILL } },
        { &hf_retry_group,
          { "Group asked for", "tlsedu.hello.retry_group", FT_STRING, BASE_NONE, NULL, 0x0,
            "The group in which a HelloRetryRequest asks the client to send its new key share (RFC 8446 4.1.4, 4.2.8)", HFILL } },
        { &hf_signature_algorithm,
          { "Signature algorithm", "tlsedu.signature_algorithm", FT_STRING, BASE_NONE, NULL, 0x0,
            "The algorithm of a ServerKeyExchange's or CertificateVerify's signature "
            "(RFC 8446 4.2.3 names; TLS 1.2 hash and signature pairs, RFC 5246 7.4.1.4.1)", HFILL } },
        { &hf_group,
          { "Key exchange group", "tlsedu.handshake.group", FT_STRING, BASE_NONE, NULL, 0x0,
            "The group of the key exchange: the TLS 1.3 ServerHello's key share, or the TLS 1.2 "
            "ServerKeyExchange's named curve (RFC 8446 4.2.8, RFC 8422 5.4)", HFILL } },
        { &hf_ticket_lifetime,
          { "Ticket lifetime (seconds)", "tlsedu.ticket.lifetime", FT_UINT32, BASE_DEC, NULL, 0x0,
            "How long a NewSessionTicket may be used, in seconds: TLS 1.3's ticket_lifetime, at most "
            "7 days (RFC 8446 4.6.1); TLS 1.2's lifetime hint, 0 when unspecified (RFC 5077 3.3)", HFILL } },
        { &hf_request_types,
          { "Certificate types asked for", "tlsedu.cert_request.cert_types", FT_UINT8, BASE_DEC, NULL, 0x0,
            "How many certificate types a TLS 1.2 CertificateRequest lists (RFC 5246 7.4.4)", HFILL } },
        { &hf_request_algorithms,
          { "Signature algorithms accepted", "tlsedu.cert_request.signature_algorithms", FT_UINT16, BASE_DEC, NULL, 0x0,
            "How many signature algorithms a CertificateRequest accepts for the client's signature "
            "(RFC 5246 7.4.4, RFC 8446 4.3.2)", HFILL } },
        { &hf_request_authorities,
          { "Certificate authorities named", "tlsedu.cert_request.authorities", FT_UINT16, BASE_DEC, NULL, 0x0,
            "How many certificate authorities a CertificateRequest names (0: the server names none, "
            "any certificate may do; RFC 5246 7.4.4, RFC 8446 4.2.4)", HFILL } },
    };

    proto_register_field_array(proto, hf, array_length(hf));
}

/* The IANA name of a group, else its number. */
static const char *
group_text(guint16 group, packet_info *pinfo)
{
    const char *name = tlsedu_group_name(group);

    return name != NULL ? name : wmem_strdup_printf(pinfo->pool, "0x%04x", group);
}

/* names of n values, joined with ", " (packet scope). */
static const char *
versions_text(const tlsedu_stage_item_t *it, packet_info *pinfo)
{
    wmem_strbuf_t *s = wmem_strbuf_new(pinfo->pool, "");

    for (unsigned i = 0; i < it->n_versions && i < TLSEDU_MAX_VERSIONS; i++) {
        const char *name = tlsedu_version_name(it->versions[i]);
        if (i > 0)
            wmem_strbuf_append(s, ", ");
        if (tlsedu_version_is_tls13_draft(it->versions[i]))   /* as Wireshark writes it */
            wmem_strbuf_append_printf(s, "TLS 1.3 (draft %u)", it->versions[i] & 0xffu);
        else if (name != NULL)
            wmem_strbuf_append(s, name);
        else
            wmem_strbuf_append_printf(s, "0x%04x", it->versions[i]);
    }
    return wmem_strbuf_get_str(s);
}

static const char *
shares_text(const tlsedu_stage_item_t *it, packet_info *pinfo)
{
    wmem_strbuf_t *s = wmem_strbuf_new(pinfo->pool, "");

    for (unsigned i = 0; i < it->n_shares && i < TLSEDU_MAX_SHARES; i++)
        wmem_strbuf_append_printf(s, "%s%s", i ? ", " : "", group_text(it->shares[i], pinfo));
    if (it->n_shares > TLSEDU_MAX_SHARES)
        wmem_strbuf_append(s, ", \xe2\x80\xa6");
    return wmem_strbuf_get_str(s);
}

static void
client_hello(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it)
{
    if (it->n_versions > 0)
        tlsedu_item(proto_tree_add_string(t, hf_versions_offered, f->tvb, 0, 0, versions_text(it, f->pinfo)), f->lang);
    if (it->n_suites > 0)
        tlsedu_item(proto_tree_add_uint(t, hf_suites_offered, f->tvb, 0, 0, it->n_suites), f->lang);
    if (it->n_shares > 0)
        tlsedu_item(proto_tree_add_string(t, hf_key_share, f->tvb, 0, 0, shares_text(it, f->pinfo)), f->lang);
}

/* What a CertificateRequest asks for (RFC 5246 7.4.4, RFC 8446 4.3.2). */
static void
certificate_request(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it)
{
    if (it->n_cert_types > 0)
        tlsedu_item(proto_tree_add_uint(t, hf_request_types, f->tvb, 0, 0, it->n_cert_types), f->lang);
    if (it->n_sig_algs > 0)
        tlsedu_item(proto_tree_add_uint(t, hf_request_algorithms, f->tvb, 0, 0, it->n_sig_algs), f->lang);
    if (it->n_sig_algs > 0 || it->n_cert_types > 0)
        tlsedu_item(proto_tree_add_uint(t, hf_request_authorities, f->tvb, 0, 0, it->n_ca_names), f->lang);
}

void
tlsedu_hello_render(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it)
{
    switch (it->msg) {
    case TLSEDU_MSG_CLIENT_HELLO:
    case TLSEDU_MSG_CLIENT_HELLO_AGAIN:
        client_hello(f, t, it);
        break;
    case TLSEDU_MSG_NEW_SESSION_TICKET_12:
    case TLSEDU_MSG_NEW_SESSION_TICKET_13:
        if (it->ticket_lifetime_known)
            tlsedu_item(proto_tree_add_uint(t, hf_ticket_lifetime, f->tvb, 0, 0, it->ticket_lifetime), f->lang);
        break;
    case TLSEDU_MSG_CERTIFICATE_REQUEST:
        certificate_request(f, t, it);
        break;
    case TLSEDU_MSG_HELLO_RETRY_REQUEST:
        if (it->group != 0)
            tlsedu_item(proto_tree_add_string(t, hf_retry_group, f->tvb, 0, 0, group_text(it->group, f->pinfo)), f->lang);
        break;
    case TLSEDU_MSG_SERVER_KEY_EXCHANGE:
    case TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY:
    case TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY:
        if (it->signature_scheme != 0) {
            const char *name = tlsedu_signature_scheme_name_v(it->signature_scheme, tlsedu_version_is_tls13(it->version));
            tlsedu_item(proto_tree_add_string(t, hf_signature_algorithm, f->tvb, 0, 0,
                                              name != NULL ? name : wmem_strdup_printf(f->pinfo->pool, "0x%04x",
                                                                                         it->signature_scheme)),
                        f->lang);
        }
        break;
    default:
        break;
    }
    if (it->alpn[0] != '\0')
        tlsedu_item(proto_tree_add_string(t, hf_alpn, f->tvb, 0, 0, it->alpn), f->lang);
}

void
tlsedu_hello_group(tlsedu_frame_t *f, proto_tree *t, guint16 group, gboolean hidden)
{
    if (group != 0)
        tlsedu_item_shown(proto_tree_add_string(t, hf_group, f->tvb, 0, 0, group_text(group, f->pinfo)), hidden, f->lang);
}
