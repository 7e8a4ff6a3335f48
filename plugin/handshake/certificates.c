/* certificates.c - epan glue of the certificate module (core/cert.c): registration, the
 * per-frame cache (p_add_proto_data, TLSEDU_KEY_CERTIFICATE) and the tree items.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/certificates.h"

#include <epan/expert.h>
#include <epan/proto_data.h>

#include <string.h>

#include "core/labels.h"
#include "shared/ids.h"
#include "shared/tree.h"

static int proto_cert_owner = -1;   /* proto_tlsedu, for p_add_proto_data */

static int hf_tlsedu_cert = -1;
static int hf_tlsedu_cert_subject = -1;
static int hf_tlsedu_cert_issuer = -1;
static int hf_tlsedu_cert_not_before = -1;
static int hf_tlsedu_cert_not_after = -1;
static int hf_tlsedu_cert_self_signed = -1;
static int hf_tlsedu_cert_san = -1;
static int hf_tlsedu_cert_chain_length = -1;
static int hf_tlsedu_cert_key = -1;
static int hf_tlsedu_cert_signature_algorithm = -1;

static gint ett_tlsedu_cert = -1;

static expert_field ei_tlsedu_cert_expired = EI_INIT;
static expert_field ei_tlsedu_cert_name_mismatch = EI_INIT;

/* Parsed certificates of this capture file, by DER bytes and SNI: a server sends the
 * same leaf certificate in every handshake, and GnuTLS's parse (with the self-signature
 * check, a public-key verification) is the dearest thing tlsedu does per handshake. One
 * tlsedu_cert_t (about 6 kB) is kept per distinct certificate and server name, shared by
 * the frames that carry it, instead of one per frame. Only the capture time differs
 * between those frames, and it shows only in an expired certificate's warning: a frame
 * whose validity differs from the shared entry's gets its own copy. Reset per file by
 * Wireshark (wmem_map_new_autoreset). */
typedef struct {
    const guint8 *der;
    gsize der_len;
    const char *sni;   /* "" when none */
} cert_key_t;

static wmem_map_t *parsed_certs;

/* What a frame keeps (TLSEDU_KEY_CERTIFICATE): the shared parse and this frame's chain. */
typedef struct {
    const tlsedu_cert_t *cert;
    guint8 chain_length;   /* certificates in the server's Certificate message */
} frame_cert_t;

static guint
cert_key_hash(gconstpointer k)
{
    const cert_key_t *key = (const cert_key_t *)k;
    guint h = 2166136261u;   /* FNV-1a */

    for (gsize i = 0; i < key->der_len; i++)
        h = (h ^ key->der[i]) * 16777619u;
    for (const char *c = key->sni; *c; c++)
        h = (h ^ (guint8)*c) * 16777619u;
    return h;
}

static gboolean
cert_key_equal(gconstpointer a, gconstpointer b)
{
    const cert_key_t *x = (const cert_key_t *)a, *y = (const cert_key_t *)b;

    return x->der_len == y->der_len && memcmp(x->der, y->der, x->der_len) == 0 && strcmp(x->sni, y->sni) == 0;
}

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
          { "Self-signed", "tlsedu.cert.self_signed", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "The certificate is signed by its own key (subject = issuer): nobody else vouches for it", HFILL } },
        { &hf_tlsedu_cert_san,
          { "DNS name (subjectAltName)", "tlsedu.cert.san", FT_STRING, BASE_NONE, NULL, 0x0,
            "One DNS name the certificate is valid for, one item per name of its subjectAltName (RFC 5280 4.2.1.6)", HFILL } },
        { &hf_tlsedu_cert_chain_length,
          { "Chain length", "tlsedu.cert.chain_length", FT_UINT8, BASE_DEC, NULL, 0x0,
            "How many certificates the server's Certificate message carries: its own first, then those of the "
            "authorities that vouch for it (RFC 5246 7.4.2, RFC 8446 4.4.2)", HFILL } },
        { &hf_tlsedu_cert_key,
          { "Public key", "tlsedu.cert.key", FT_STRING, BASE_NONE, NULL, 0x0,
            "The certificate's public key: its algorithm and size or curve, e.g. RSA 2048 bits, EC P-256, "
            "Ed25519 (subjectPublicKeyInfo, RFC 5280 4.1.2.7)", HFILL } },
        { &hf_tlsedu_cert_signature_algorithm,
          { "Certificate signature algorithm", "tlsedu.cert.signature_algorithm", FT_STRING, BASE_NONE, NULL, 0x0,
            "The algorithm the issuer signed the certificate with, by its RFC name, e.g. sha256WithRSAEncryption "
            "(signatureAlgorithm, RFC 5280 4.1.1.2)", HFILL } },
    };
    static gint *ett[] = { &ett_tlsedu_cert };
    static ei_register_info ei[] = {
        { &ei_tlsedu_cert_expired,
          { "tlsedu.cert.expired", PI_SECURITY, PI_WARN,
            "The server's certificate was not valid at the capture's time (expired or not yet valid)", EXPFILL } },
        { &ei_tlsedu_cert_name_mismatch,
          { "tlsedu.cert.name_mismatch", PI_SECURITY, PI_WARN,
            "The server name the client asked for (SNI) matches no name in the certificate's subjectAltName (its subject's CN does not count, RFC 9525)", EXPFILL } },
    };
    expert_module_t *expert = expert_register_protocol(proto);

    proto_cert_owner = proto;
    parsed_certs = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), cert_key_hash, cert_key_equal);
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert, ei, array_length(ei));
}

static const tlsedu_cert_t *
parse_cached(const guint8 *der, gsize der_len, gint64 when, const char *sni)
{
    char host[256];
    cert_key_t key, *kept;
    tlsedu_cert_t *cert;

    /* the SNI as tlsedu_cert_parse reads it: at most 255 bytes, up to a NUL */
    const char *end = sni != NULL ? (const char *)memchr(sni, '\0', sizeof host - 1) : NULL;
    gsize host_len = sni == NULL ? 0 : end != NULL ? (gsize)(end - sni) : sizeof host - 1;
    memcpy(host, sni != NULL ? sni : "", host_len);
    host[host_len] = '\0';
    key.der = der;
    key.der_len = der_len;
    key.sni = host;
    cert = (tlsedu_cert_t *)wmem_map_lookup(parsed_certs, &key);
    if (cert == NULL) {
        cert = wmem_new(wmem_file_scope(), tlsedu_cert_t);
        if (!tlsedu_cert_parse(der, der_len, (int64_t)when, host[0] ? host : NULL, host[0] ? 255 : 0, cert))
            cert->capture_time = INT64_MIN;   /* not readable: remembered as such */
        kept = wmem_new(wmem_file_scope(), cert_key_t);
        kept->der = (const guint8 *)wmem_memdup(wmem_file_scope(), der, der_len);
        kept->der_len = der_len;
        kept->sni = wmem_strdup(wmem_file_scope(), host);
        wmem_map_insert(parsed_certs, kept, cert);
    }
    if (cert->capture_time == INT64_MIN)
        return NULL;   /* not a certificate GnuTLS reads */
    if (cert->dates_known && cert->capture_time != (int64_t)when) {
        const bool not_yet_valid = (int64_t)when < cert->not_before;
        const bool expired = not_yet_valid || (int64_t)when > cert->not_after;
        if (expired || cert->expired || not_yet_valid != cert->not_yet_valid) {
            tlsedu_cert_t *own = (tlsedu_cert_t *)wmem_memdup(wmem_file_scope(), cert, sizeof *cert);
            own->capture_time = (int64_t)when;
            own->not_yet_valid = not_yet_valid;
            own->expired = expired;
            return own;
        }
    }
    return cert;
}

void
tlsedu_certificate_frame(packet_info *pinfo, const tlsedu_tls_frame_t *tf,
                         const tlsedu_stage_item_t *items, size_t n, const char *sni)
{
    const tlsedu_cert_t *cert;
    frame_cert_t *kept;
    gboolean server_certificate = FALSE;

    if (tf == NULL || tf->leaf_certificate == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        if (items[i].msg == TLSEDU_MSG_SERVER_CERTIFICATE)
            server_certificate = TRUE;
    if (!server_certificate)
        return; /* a client's certificate (mutual TLS): not the server's identity */
    cert = parse_cached(tf->leaf_certificate, tf->leaf_certificate_len, (gint64)pinfo->abs_ts.secs, sni);
    if (cert == NULL)
        return; /* not a certificate GnuTLS reads: Wireshark's own tree says what is wrong */
    kept = wmem_new(wmem_file_scope(), frame_cert_t);
    kept->cert = cert;
    kept->chain_length = tf->n_certificates;
    p_add_proto_data(wmem_file_scope(), pinfo, proto_cert_owner, TLSEDU_KEY_CERTIFICATE, kept);
}

static const frame_cert_t *
frame_cert(packet_info *pinfo)
{
    if (proto_cert_owner < 0)
        return NULL;
    return (const frame_cert_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_cert_owner, TLSEDU_KEY_CERTIFICATE);
}

const tlsedu_cert_t *
tlsedu_certificate_of_frame(packet_info *pinfo)
{
    const frame_cert_t *fc = frame_cert(pinfo);

    return fc != NULL ? fc->cert : NULL;
}

guint
tlsedu_certificate_chain_length(packet_info *pinfo)
{
    const frame_cert_t *fc = frame_cert(pinfo);

    return fc != NULL ? fc->chain_length : 0;
}

/* The certificate's warnings, on item (NULL on a pass without a tree). */
static void
add_warnings(const tlsedu_cert_t *c, packet_info *pinfo, proto_item *item, tlsedu_lang_t lang)
{
    char *text = (char *)wmem_alloc(pinfo->pool, TLSEDU_CERT_TEXT_LEN);

    if (c->expired)
        expert_add_info_format(pinfo, item, &ei_tlsedu_cert_expired, "%s",
                               tlsedu_cert_expired_text(c, lang, text, TLSEDU_CERT_TEXT_LEN));
    if (c->name_mismatch)
        expert_add_info_format(pinfo, item, &ei_tlsedu_cert_name_mismatch, "%s",
                               tlsedu_cert_mismatch_text(c, lang, text, TLSEDU_CERT_TEXT_LEN));
}

void
tlsedu_certificate_warnings(packet_info *pinfo, proto_item *item, tlsedu_lang_t lang)
{
    const tlsedu_cert_t *c = tlsedu_certificate_of_frame(pinfo);

    if (c != NULL)
        add_warnings(c, pinfo, item, lang);
}

/* A distinguished name as a label shows it: whole when it fits well within Wireshark's
 * label, else its CN and O (core/cert.c). */
#define SHORT_DN_MAX 160

const char *
tlsedu_short_dn(const char *dn, packet_info *pinfo)
{
    char *buf;

    if (dn == NULL || strlen(dn) <= SHORT_DN_MAX)
        return dn;
    buf = (char *)wmem_alloc(pinfo->pool, TLSEDU_CERT_DN_LEN);
    return tlsedu_dn_short(dn, buf, TLSEDU_CERT_DN_LEN);
}

/* A value as a label shows it: whole up to SHORT_VALUE_MAX bytes, else cut with "…"
 * (Wireshark cuts labels at 240 bytes; the field keeps the whole value). */
#define SHORT_VALUE_MAX 180

static const char *
short_value(const char *value, packet_info *pinfo)
{
    if (strlen(value) <= SHORT_VALUE_MAX)
        return value;
    return wmem_strdup_printf(pinfo->pool, "%.*s\xe2\x80\xa6", SHORT_VALUE_MAX, value);
}

/* One tlsedu.cert.san item per DNS name of the subjectAltName. */
static void
render_names(proto_tree *ct, tvbuff_t *tvb, packet_info *pinfo, const tlsedu_cert_t *c, tlsedu_lang_t lang)
{
    char *name = (char *)wmem_alloc(pinfo->pool, TLSEDU_CERT_NAMES_LEN);
    size_t pos = 0;

    while (tlsedu_cert_next_name(c, &pos, name, TLSEDU_CERT_NAMES_LEN))
        tlsedu_item_as(proto_tree_add_string(ct, hf_tlsedu_cert_san, tvb, 0, 0, name), short_value(name, pinfo), lang);
}

void
tlsedu_certificate_render(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo, tlsedu_lang_t lang)
{
    const tlsedu_cert_t *c = tlsedu_certificate_of_frame(pinfo);
    const guint chain = tlsedu_certificate_chain_length(pinfo);
    proto_item *pi;
    proto_tree *ct;
    char key[64];

    if (c == NULL || tree == NULL)
        return;
    pi = tlsedu_item(proto_tree_add_item(tree, hf_tlsedu_cert, tvb, 0, 0, ENC_NA), lang);
    /* labels show the CN and O of a long name (the fields keep it whole, -T fields prints it) */
    proto_item_append_text(pi, "%s%s", tlsedu_colon(lang), tlsedu_short_dn(c->subject, pinfo));
    ct = proto_item_add_subtree(pi, ett_tlsedu_cert);
    tlsedu_item_as(proto_tree_add_string(ct, hf_tlsedu_cert_subject, tvb, 0, 0, c->subject),
                   tlsedu_short_dn(c->subject, pinfo), lang);
    tlsedu_item_as(proto_tree_add_string(ct, hf_tlsedu_cert_issuer, tvb, 0, 0, c->issuer),
                   tlsedu_short_dn(c->issuer, pinfo), lang);
    render_names(ct, tvb, pinfo, c, lang);
    if (c->dates_known) {
        tlsedu_item_utc(ct, hf_tlsedu_cert_not_before, tvb, c->not_before, lang);
        tlsedu_item_utc(ct, hf_tlsedu_cert_not_after, tvb, c->not_after, lang);
    }
    if (c->key[0] != '\0')
        tlsedu_item_as(proto_tree_add_string(ct, hf_tlsedu_cert_key, tvb, 0, 0, c->key),
                       tlsedu_key_words(c->key, lang, key, sizeof key), lang);
    if (c->signature_algorithm[0] != '\0')
        tlsedu_item(proto_tree_add_string(ct, hf_tlsedu_cert_signature_algorithm, tvb, 0, 0, c->signature_algorithm),
                    lang);
    tlsedu_item(proto_tree_add_boolean(ct, hf_tlsedu_cert_self_signed, tvb, 0, 0, c->self_signed), lang);
    if (chain > 0)
        tlsedu_item(proto_tree_add_uint(ct, hf_tlsedu_cert_chain_length, tvb, 0, 0, chain), lang);
    add_warnings(c, pinfo, pi, lang);
}
