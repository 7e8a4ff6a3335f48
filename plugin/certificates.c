/* certificates.c - epan glue of the certificate module (core/cert.c): registration, the
 * per-frame cache (p_add_proto_data key 1) and the tree items.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "certificates.h"

#include <epan/expert.h>
#include <epan/proto_data.h>

#include "tlsedu.h"

#define CERT_PROTO_DATA_KEY 1

static int proto_cert_owner = -1;   /* proto_tlsedu, for p_add_proto_data */

static int hf_tlsedu_cert = -1;
static int hf_tlsedu_cert_subject = -1;
static int hf_tlsedu_cert_issuer = -1;
static int hf_tlsedu_cert_not_before = -1;
static int hf_tlsedu_cert_not_after = -1;
static int hf_tlsedu_cert_self_signed = -1;

static gint ett_tlsedu_cert = -1;

static expert_field ei_tlsedu_cert_expired = EI_INIT;
static expert_field ei_tlsedu_cert_name_mismatch = EI_INIT;

void
tlsedu_register_certificates(int proto)
{
    static hf_register_info hf[] = {
        { &hf_tlsedu_cert,
          { "Server certificate", "tlsedu.cert", FT_NONE, BASE_NONE, NULL, 0x0,
            "The server's own certificate (the first of its chain), as read by GnuTLS", HFILL } },
        { &hf_tlsedu_cert_subject,
          { "Subject", "tlsedu.cert.subject", FT_STRING, BASE_NONE, NULL, 0x0,
            "Who the certificate names (RFC 4514 distinguished name)", HFILL } },
        { &hf_tlsedu_cert_issuer,
          { "Issuer", "tlsedu.cert.issuer", FT_STRING, BASE_NONE, NULL, 0x0,
            "Who signed the certificate, vouching for it (RFC 4514 distinguished name)", HFILL } },
        { &hf_tlsedu_cert_not_before,
          { "Valid from", "tlsedu.cert.not_before", FT_ABSOLUTE_TIME, ABSOLUTE_TIME_UTC, NULL, 0x0,
            "The start of the certificate's validity (notBefore)", HFILL } },
        { &hf_tlsedu_cert_not_after,
          { "Valid until", "tlsedu.cert.not_after", FT_ABSOLUTE_TIME, ABSOLUTE_TIME_UTC, NULL, 0x0,
            "The end of the certificate's validity (notAfter)", HFILL } },
        { &hf_tlsedu_cert_self_signed,
          { "Self-signed", "tlsedu.cert.self_signed", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "The certificate is signed by its own key (subject = issuer): nobody else vouches for it", HFILL } },
    };
    static gint *ett[] = { &ett_tlsedu_cert };
    static ei_register_info ei[] = {
        { &ei_tlsedu_cert_expired,
          { "tlsedu.cert.expired", PI_SECURITY, PI_WARN,
            "The server's certificate was not valid at the capture's time (expired or not yet valid)", EXPFILL } },
        { &ei_tlsedu_cert_name_mismatch,
          { "tlsedu.cert.name_mismatch", PI_SECURITY, PI_WARN,
            "The server name the client asked for (SNI) matches none of the certificate's DNS names", EXPFILL } },
    };
    expert_module_t *expert = expert_register_protocol(proto);

    proto_cert_owner = proto;
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert, ei, array_length(ei));
}

void
tlsedu_certificate_frame(packet_info *pinfo, const tlsedu_tls_frame_t *tf,
                         const tlsedu_stage_item_t *items, size_t n, const char *sni)
{
    tlsedu_cert_t *cert;
    gboolean server_certificate = FALSE;

    if (tf == NULL || tf->leaf_certificate == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        if (items[i].msg == TLSEDU_MSG_SERVER_CERTIFICATE)
            server_certificate = TRUE;
    if (!server_certificate)
        return; /* a client's certificate (mutual TLS): not the server's identity */
    cert = wmem_new(wmem_file_scope(), tlsedu_cert_t);
    if (!tlsedu_cert_parse(tf->leaf_certificate, tf->leaf_certificate_len, (int64_t)pinfo->abs_ts.secs,
                           sni, sni != NULL ? 255 : 0, cert)) {
        wmem_free(wmem_file_scope(), cert);
        return; /* not a certificate GnuTLS reads: Wireshark's own tree says what is wrong */
    }
    p_add_proto_data(wmem_file_scope(), pinfo, proto_cert_owner, CERT_PROTO_DATA_KEY, cert);
}

const tlsedu_cert_t *
tlsedu_certificate_of_frame(packet_info *pinfo)
{
    if (proto_cert_owner < 0)
        return NULL;
    return (const tlsedu_cert_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_cert_owner, CERT_PROTO_DATA_KEY);
}

static proto_item *
generated(proto_item *pi)
{
    proto_item_set_generated(pi);
    return pi;
}

void
tlsedu_certificate_render(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo, tlsedu_lang_t lang)
{
    const tlsedu_cert_t *c = tlsedu_certificate_of_frame(pinfo);
    proto_item *pi;
    proto_tree *ct;
    char *text;

    if (c == NULL || tree == NULL)
        return;
    pi = generated(proto_tree_add_item(tree, hf_tlsedu_cert, tvb, 0, 0, ENC_NA));
    proto_item_append_text(pi, ": %s", c->subject);
    ct = proto_item_add_subtree(pi, ett_tlsedu_cert);
    generated(proto_tree_add_string(ct, hf_tlsedu_cert_subject, tvb, 0, 0, c->subject));
    generated(proto_tree_add_string(ct, hf_tlsedu_cert_issuer, tvb, 0, 0, c->issuer));
    if (c->dates_known) {
        nstime_t t;
        t.secs = (time_t)c->not_before;
        t.nsecs = 0;
        generated(proto_tree_add_time(ct, hf_tlsedu_cert_not_before, tvb, 0, 0, &t));
        t.secs = (time_t)c->not_after;
        generated(proto_tree_add_time(ct, hf_tlsedu_cert_not_after, tvb, 0, 0, &t));
    }
    generated(proto_tree_add_boolean(ct, hf_tlsedu_cert_self_signed, tvb, 0, 0, c->self_signed));
    text = (char *)wmem_alloc(pinfo->pool, TLSEDU_CERT_TEXT_LEN);
    if (c->expired)
        expert_add_info_format(pinfo, pi, &ei_tlsedu_cert_expired, "%s",
                               tlsedu_cert_expired_text(c, lang, text, TLSEDU_CERT_TEXT_LEN));
    if (c->name_mismatch)
        expert_add_info_format(pinfo, pi, &ei_tlsedu_cert_name_mismatch, "%s",
                               tlsedu_cert_mismatch_text(c, lang, text, TLSEDU_CERT_TEXT_LEN));
}
