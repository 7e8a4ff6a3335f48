/* tls_read.c - read the records and handshake messages of a frame from the fields of
 * Wireshark's TLS and DTLS dissectors (never from the bytes), by one walk of each TLS/DTLS
 * protocol item in document order (shared/fields.c): a record, then its content type and
 * its messages, whether the tree is displayed or not.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/tls_read.h"

#include <string.h>

#include "core/handshake.h"
#include "core/tls_types.h"
#include "shared/compat.h"
#include "shared/fields.h"
#include "handshake/tls_roles.h"

typedef struct {
    tlsedu_tls_frame_t *frame;
    tlsedu_tls_record_t *rec;
    tlsedu_tls_message_t *msg;
    guint32 ext_type;            /* the type of the extension being walked */
    const tlsedu_tls_message_t *certificate;   /* the Certificate message of the leaf */
} walk_t;

/* Keeps the bytes of an FT_BYTES field (the tree's, packet scope) unless already set. */
static void
keep_bytes(field_info *fi, const guint8 **bytes, gsize *len)
{
    gsize n = 0;
    const guint8 *b;

    if (*bytes != NULL)
        return;
    b = tlsedu_finfo_bytes(fi, &n);
    if (b != NULL && n > 0) {
        *bytes = b;
        *len = n;
    }
}

static guint32
uint_value(field_info *fi)
{
    gint64 v = 0;
    return tlsedu_finfo_int(fi, &v) && v >= 0 && v <= G_MAXUINT32 ? (guint32)v : 0;
}

static tlsedu_tls_record_t *
new_record(walk_t *w)
{
    tlsedu_tls_frame_t *f = w->frame;

    w->msg = NULL;
    if (f->n_records >= TLSEDU_MAX_RECORDS)
        return w->rec = NULL;
    w->rec = &f->records[f->n_records++];
    memset(w->rec, 0, sizeof *w->rec);
    return w->rec;
}

/* A handshake message starts (its type). */
static void
new_message(walk_t *w, int role, field_info *fi)
{
    tlsedu_tls_record_t *r = w->rec;

    if (r == NULL) {
        /* handshake messages without a record layer (QUIC CRYPTO frames) */
        if ((r = new_record(w)) == NULL)
            return;
        r->no_record_layer = true;
    }
    if (r->n_messages >= TLSEDU_MAX_MESSAGES) {
        w->msg = NULL;
        return;
    }
    w->msg = &r->messages[r->n_messages++];
    memset(w->msg, 0, sizeof *w->msg);
    w->msg->type = (uint8_t)uint_value(fi);
    w->msg->sslv2 = role == ROLE_HS_TYPE_SSL2;
    w->ext_type = G_MAXUINT32;
}

/* The record layer's fields: TRUE when role is one of them. */
static gboolean
record_field(walk_t *w, int role, field_info *fi)
{
    tlsedu_tls_record_t *r = w->rec;

    switch ((role_t)role) {
    case ROLE_ROOT:
        w->rec = NULL;   /* a new TLS/DTLS protocol item */
        w->msg = NULL;
        return TRUE;
    case ROLE_RECORD:
        new_record(w);
        return TRUE;
    case ROLE_CONTENT_TYPE:
        if (r)
            r->content_type = (uint8_t)uint_value(fi);
        return TRUE;
    case ROLE_OPAQUE_TYPE:
        if (r)
            r->decrypted = true; /* confirmed at the end only if an inner type follows */
        return TRUE;
    case ROLE_RECORD_LENGTH:
        if (r)
            r->length = (uint16_t)uint_value(fi);
        return TRUE;
    case ROLE_ALERT_LEVEL:
        if (r) {
            r->alert_level = (uint8_t)uint_value(fi);
            r->alert_known = true;
        }
        return TRUE;
    case ROLE_ALERT_DESC:
        if (r)
            r->alert_description = (uint8_t)uint_value(fi);
        return TRUE;
    case ROLE_HS_TYPE:
    case ROLE_HS_TYPE_SSL2:
        new_message(w, role, fi);
        return TRUE;
    default:
        return FALSE;
    }
}

/* RFC 8701: GREASE values (0x0a0a, 0x1a1a, ... 0xfafa) are not real offers. */
static gboolean
is_grease(guint16 v)
{
    return (v & 0x0f0f) == 0x0a0a && (v >> 8) == (v & 0xff);
}

/* An ALPN protocol name (RFC 7301 3.1), kept while the tree lives. */
static void
keep_alpn(tlsedu_tls_message_t *m, field_info *fi)
{
    if (m->n_alpn < TLSEDU_MAX_ALPN)
        m->alpn[m->n_alpn++] = tlsedu_finfo_string(fi);
    else if (m->alpn_more < 255)
        m->alpn_more++;
}

/* The fields of a ServerHello (or HelloRetryRequest). */
static void
server_hello_field(walk_t *w, tlsedu_tls_message_t *m, int role, field_info *fi)
{
    gsize len = 0;
    const guint8 *bytes;

    switch ((role_t)role) {
    case ROLE_RANDOM:
        bytes = tlsedu_finfo_bytes(fi, &len);
        m->hello_retry = tlsedu_is_hello_retry_random(bytes, len);
        break;
    case ROLE_HS_VERSION:
        if (m->selected_version == 0)
            m->selected_version = (uint16_t)uint_value(fi);
        break;
    case ROLE_SUPPORTED_VERSION:
        m->selected_version = (uint16_t)uint_value(fi); /* supersedes the legacy field */
        break;
    case ROLE_CIPHERSUITE:
        m->cipher_suite = (uint16_t)uint_value(fi);
        if (fi->hfinfo->display & BASE_EXT_STRING)
            w->frame->suite_name = try_val_to_str_ext(m->cipher_suite, (value_string_ext *)fi->hfinfo->strings);
        m->suite_name = w->frame->suite_name;
        break;
    case ROLE_KEY_SHARE_GROUP:
        m->key_share = true;
        m->key_share_group = (uint16_t)uint_value(fi);
        break;
    case ROLE_EXT_TYPE:
        w->ext_type = uint_value(fi);
        if (w->ext_type == TLSEDU_EXT_PRE_SHARED_KEY)
            m->psk = true;
        break;
    case ROLE_SELECTED_GROUP:
        m->key_share_group = (uint16_t)uint_value(fi);
        break;
    case ROLE_ALPN:
        keep_alpn(m, fi);
        break;
    case ROLE_SESSION_ID:
        keep_bytes(fi, &w->frame->server_session_id, &w->frame->server_session_id_len);
        m->session_id = tlsedu_finfo_bytes(fi, &len);
        break;
    case ROLE_SESSION_ID_LENGTH:
        m->session_id_length = (uint8_t)MIN(uint_value(fi), G_MAXUINT8);
        break;
    default:
        break;
    }
}

/* The fields of a ClientHello. */
static void
client_hello_field(walk_t *w, tlsedu_tls_message_t *m, int role, field_info *fi)
{
    gsize len = 0;
    guint16 group;

    switch ((role_t)role) {
    case ROLE_KEY_SHARE_GROUP:   /* RFC 8446 4.2.8; GREASE values aside (RFC 8701) */
        group = (guint16)uint_value(fi);
        if (!is_grease(group) && m->n_shares < G_MAXUINT8) {
            if (m->n_shares < TLSEDU_MAX_SHARES)
                m->shares[m->n_shares] = group;
            m->n_shares++;
        }
        break;
    case ROLE_HS_VERSION:
        m->legacy_version = (uint16_t)uint_value(fi);
        break;
    case ROLE_SUPPORTED_VERSION:   /* RFC 8446 4.2.1, in the client's order of preference */
        group = (guint16)uint_value(fi);
        if (!is_grease(group) && m->n_versions < TLSEDU_MAX_VERSIONS)
            m->versions[m->n_versions++] = group;
        break;
    case ROLE_CIPHERSUITE:
        group = (guint16)uint_value(fi);
        /* GREASE (RFC 8701) and the signalling values (RFC 5746 3.3, RFC 7507 6) are no suites */
        if (is_grease(group) || group == TLSEDU_SCSV_RENEGOTIATION || group == TLSEDU_SCSV_FALLBACK) {
            m->suites_skipped = (guint8)MIN(m->suites_skipped + 1, G_MAXUINT8);
            break;
        }
        if (m->n_suites == G_MAXUINT16)
            break;
        if (m->n_suites < TLSEDU_MAX_SUITE_NAMES && (fi->hfinfo->display & BASE_EXT_STRING))
            m->suite_names[m->n_suites] = try_val_to_str_ext(group, (value_string_ext *)fi->hfinfo->strings);
        m->n_suites++;
        break;
    case ROLE_ALPN:
        keep_alpn(m, fi);
        break;
    case ROLE_SESSION_ID:
        m->session_id = tlsedu_finfo_bytes(fi, &len);
        break;
    case ROLE_SESSION_ID_LENGTH:
        m->session_id_length = (uint8_t)MIN(uint_value(fi), G_MAXUINT8);
        break;
    case ROLE_EXT_LEN:
        /* RFC 5077 3.2: an empty session_ticket extension asks for a ticket, a
         * non-empty one offers a ticket to resume with */
        if (w->ext_type == TLSEDU_EXT_SESSION_TICKET && uint_value(fi) > 0)
            m->offers_ticket = true;
        break;
    default:
        break;
    }
}

/* The facts of Certificate, ServerKeyExchange and CertificateVerify messages. */
static void
auth_field(tlsedu_tls_message_t *m, int role, field_info *fi)
{
    switch ((role_t)role) {
    case ROLE_CERTIFICATES_LENGTH:
        if (m->type == TLSEDU_HS_CERTIFICATE)
            m->empty_certificate = uint_value(fi) == 0;
        break;
    case ROLE_SIG_HASH_ALG:
        if (m->type == TLSEDU_HS_CERTIFICATE_REQUEST && m->n_sig_algs < G_MAXUINT16)
            m->n_sig_algs++;
        if ((m->type == TLSEDU_HS_SERVER_KEY_EXCHANGE || m->type == TLSEDU_HS_CERTIFICATE_VERIFY) &&
            m->signature_scheme == 0)
            m->signature_scheme = (uint16_t)uint_value(fi);
        break;
    case ROLE_NAMED_CURVE:
        if (m->type == TLSEDU_HS_SERVER_KEY_EXCHANGE)
            m->ske_group = (uint16_t)uint_value(fi);
        break;
    case ROLE_TICKET_LIFETIME:
        if (m->type == TLSEDU_HS_NEW_SESSION_TICKET) {
            m->ticket_lifetime = uint_value(fi);
            m->ticket_lifetime_known = true;
        }
        break;
    case ROLE_CERT_TYPES_COUNT:
        if (m->type == TLSEDU_HS_CERTIFICATE_REQUEST)
            m->n_cert_types = (uint8_t)uint_value(fi);
        break;
    case ROLE_DNAME:
        if (m->type == TLSEDU_HS_CERTIFICATE_REQUEST && m->n_ca_names < G_MAXUINT16)
            m->n_ca_names++;
        break;
    default:
        break;
    }
}

/* The fields of the other messages (m may be NULL: a field outside a message). */
static void
message_field(walk_t *w, tlsedu_tls_message_t *m, int role, field_info *fi)
{
    const guint8 type = m != NULL && !m->sslv2 ? m->type : 0xff;

    switch ((role_t)role) {
    case ROLE_SUPPORTED_VERSION:
        if (type == TLSEDU_HS_CLIENT_HELLO) {
            guint32 v = uint_value(fi);
            if (v == TLSEDU_VERSION_TLS13 || v == TLSEDU_VERSION_DTLS13 ||
                (v & 0xff00) == TLSEDU_VERSION_TLS13_DRAFT_MASK)
                m->offers_tls13 = true;
        }
        break;
    case ROLE_EXT_TYPE:
        w->ext_type = uint_value(fi);
        if (type == TLSEDU_HS_CLIENT_HELLO && w->ext_type == TLSEDU_EXT_EARLY_DATA)
            m->offers_early_data = true;
        if (type == TLSEDU_HS_CLIENT_HELLO && w->ext_type == TLSEDU_EXT_PRE_SHARED_KEY)
            m->offers_psk = true;
        if (type == TLSEDU_HS_CLIENT_HELLO && w->ext_type == TLSEDU_EXT_ECH)
            m->offers_ech = true;
        if (type == TLSEDU_HS_CLIENT_HELLO && w->ext_type == TLSEDU_EXT_ESNI)
            m->offers_esni = true;
        break;
    case ROLE_ALPN:
        if (type == TLSEDU_HS_ENCRYPTED_EXTENSIONS)
            keep_alpn(m, fi);
        break;
    case ROLE_CERTIFICATE:
        /* the first certificate of a Certificate message is the sender's own (the leaf),
         * the others its chain (RFC 5246 7.4.2, RFC 8446 4.4.2) */
        if (type != TLSEDU_HS_CERTIFICATE)
            break;
        if (w->certificate == NULL)
            w->certificate = m;
        keep_bytes(fi, &w->frame->leaf_certificate, &w->frame->leaf_certificate_len);
        if (m == w->certificate && w->frame->n_certificates < G_MAXUINT8)
            w->frame->n_certificates++;
        break;
    case ROLE_SESSION_TICKET:
        if (type == TLSEDU_HS_NEW_SESSION_TICKET)
            keep_bytes(fi, &w->frame->new_ticket, &w->frame->new_ticket_len);
        break;
    case ROLE_EXT_DATA:
        if (type == TLSEDU_HS_CLIENT_HELLO && w->ext_type == TLSEDU_EXT_SESSION_TICKET)
            keep_bytes(fi, &w->frame->offered_ticket, &w->frame->offered_ticket_len);
        break;
    case ROLE_SERVER_NAME:
        if (type == TLSEDU_HS_CLIENT_HELLO)
            w->frame->server_name = tlsedu_finfo_string(fi);
        break;
    default:
        break;
    }
}

static void
on_field(void *state, int role, field_info *fi)
{
    walk_t *w = (walk_t *)state;
    tlsedu_tls_message_t *m = w->msg;

    if (record_field(w, role, fi))
        return;
    if (m != NULL && !m->sslv2 && m->type == TLSEDU_HS_SERVER_HELLO) {
        server_hello_field(w, m, role, fi);
        return;
    }
    if (m != NULL && !m->sslv2 && m->type == TLSEDU_HS_CLIENT_HELLO)
        client_hello_field(w, m, role, fi);
    else if (m != NULL && !m->sslv2)
        auth_field(m, role, fi);
    message_field(w, m, role, fi);
}

/* TRUE when the field hf has the value v somewhere in the tree. */
static gboolean
has_value(proto_tree *tree, int hf, gint64 v)
{
    GPtrArray *items = hf > 0 ? proto_get_finfo_ptr_array(tree, hf) : NULL;

    for (guint i = 0; items != NULL && i < items->len; i++) {
        gint64 x = 0;
        if (tlsedu_finfo_int((field_info *)g_ptr_array_index(items, i), &x) && x == v)
            return TRUE;
    }
    return FALSE;
}

gboolean
tlsedu_tls_read(proto_tree *tree, gboolean nested, tlsedu_tls_frame_t *frame)
{
    walk_t w = { frame, NULL, NULL, G_MAXUINT32, NULL };

    memset(frame, 0, offsetof(tlsedu_tls_frame_t, records));
    frame->server_name = NULL;
    frame->suite_name = NULL;
    frame->leaf_certificate = frame->server_session_id = frame->new_ticket = frame->offered_ticket = NULL;
    frame->leaf_certificate_len = frame->server_session_id_len = frame->new_ticket_len = frame->offered_ticket_len = 0;
    frame->n_certificates = 0;
    if (tree == NULL || tlsedu_tls_fields == NULL)
        return FALSE;
    /* TLS and DTLS over TCP/UDP add their protocol item at the top of the tree; TLS
     * carried inside another protocol (EAP-TLS) hangs deeper (nested). */
    tlsedu_fields_walk(tlsedu_tls_fields, tree, nested, on_field, &w);
    /* QUIC: a 0-RTT packet (v1 type 1, v2 type 2) in this datagram, after its messages */
    if (frame->n_records > 0 && (has_value(tree, tlsedu_hf_quic_lpt, 1) || has_value(tree, tlsedu_hf_quic_lpt_v2, 2)) &&
        new_record(&w) != NULL) {
        w.rec->no_record_layer = true;
        w.rec->quic_0rtt = true;
    }
    for (size_t i = 0; i < frame->n_records; i++) {
        tlsedu_tls_record_t *r = &frame->records[i];
        if (r->content_type == 0 && r->n_messages > 0)
            r->content_type = TLSEDU_CT_HANDSHAKE;   /* SSLv2 records have no content type */
        if (r->content_type == 0)
            r->decrypted = false;                    /* opaque: encrypted, not decrypted */
    }
    return frame->n_records > 0;
}
