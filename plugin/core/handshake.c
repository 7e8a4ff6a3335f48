/* handshake.c - stage classification of TLS handshake messages and records.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake.h"

#include <string.h>

/* RFC 8446 4.1.3: SHA-256("HelloRetryRequest"), the random of a HelloRetryRequest. */
static const uint8_t hello_retry_random[32] = {
    0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91,
    0xc2, 0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c
};

bool
tlsedu_is_hello_retry_random(const uint8_t *random, size_t len)
{
    return random != NULL && len == sizeof hello_retry_random &&
           memcmp(random, hello_retry_random, sizeof hello_retry_random) == 0;
}

unsigned
tlsedu_tls13_finished_record_length(uint16_t cipher_suite)
{
    /* handshake header (4) + verify_data (the suite's hash length) + the inner content
     * type (1) + the AEAD tag */
    switch (cipher_suite) {
    case 0x1301: return 4 + 32 + 1 + 16;  /* TLS_AES_128_GCM_SHA256 */
    case 0x1302: return 4 + 48 + 1 + 16;  /* TLS_AES_256_GCM_SHA384 */
    case 0x1303: return 4 + 32 + 1 + 16;  /* TLS_CHACHA20_POLY1305_SHA256 */
    case 0x1304: return 4 + 32 + 1 + 16;  /* TLS_AES_128_CCM_SHA256 */
    case 0x1305: return 4 + 32 + 1 + 8;   /* TLS_AES_128_CCM_8_SHA256 */
    default: return 0;
    }
}

static bool
has(const char *s, const char *part)
{
    return s != NULL && strstr(s, part) != NULL;
}

tlsedu_kex_t
tlsedu_kex_from_suite_name(const char *n)
{
    if (n == NULL || *n == '\0')
        return TLSEDU_KEX_UNKNOWN;
    if (has(n, "_anon_") || has(n, "SRP_") || has(n, "_RSA_PSK_") || has(n, "KRB5"))
        return TLSEDU_KEX_OTHER;
    if (has(n, "_ECDHE_PSK_") || has(n, "_DHE_PSK_"))
        return TLSEDU_KEX_PSK_DHE;
    if (has(n, "_PSK_WITH_") && !has(n, "DHE"))
        return TLSEDU_KEX_PSK;
    if (has(n, "_ECDHE_"))
        return TLSEDU_KEX_ECDHE;
    if (has(n, "_DHE_") || has(n, "_EDH_"))
        return TLSEDU_KEX_DHE;
    if (has(n, "_ECDH_") || has(n, "_DH_"))
        return TLSEDU_KEX_OTHER; /* static (EC)DH: no ephemeral key */
    if (has(n, "_RSA_WITH_") || has(n, "_RSA_EXPORT"))
        return TLSEDU_KEX_RSA;
    return TLSEDU_KEX_UNKNOWN;
}

tlsedu_kex_t
tlsedu_kex_tls13(bool psk, bool key_share, uint16_t group)
{
    if (psk)
        return key_share ? TLSEDU_KEX_PSK_DHE : TLSEDU_KEX_PSK;
    if (!key_share)
        return TLSEDU_KEX_UNKNOWN;
    if (group >= 0x0100 && group <= 0x01ff)
        return TLSEDU_KEX_DHE;          /* ffdhe2048 .. */
    switch (group) {
    case 0x6399: case 0x639a:           /* X25519Kyber768Draft00, SecP256r1Kyber768Draft00 */
    case 0x11eb: case 0x11ec: case 0x11ed: /* SecP256r1MLKEM768, X25519MLKEM768, SecP384r1MLKEM1024 */
        return TLSEDU_KEX_HYBRID_PQ;
    default:
        return TLSEDU_KEX_ECDHE;
    }
}

bool
tlsedu_kex_forward_secret(tlsedu_kex_t kex)
{
    return kex == TLSEDU_KEX_DHE || kex == TLSEDU_KEX_ECDHE || kex == TLSEDU_KEX_PSK_DHE ||
           kex == TLSEDU_KEX_HYBRID_PQ;
}

void
tlsedu_tls_state_init(tlsedu_tls_state_t *st)
{
    memset(st, 0, sizeof *st);
    st->kex = TLSEDU_KEX_UNKNOWN;
    st->resumed = -1;
    st->round_trips = 255;
}

static bool
is_tls13(const tlsedu_tls_state_t *st)
{
    return st->version == 0x0304 || st->version == 0xfefc || (st->version & 0xff00) == 0x7f00;
}

typedef struct {
    tlsedu_stage_item_t *items;
    size_t n, max;
} out_t;

static tlsedu_stage_item_t *
add(out_t *out, tlsedu_stage_t stage, tlsedu_msg_t msg, bool inferred)
{
    if (out->n >= out->max)
        return NULL;
    tlsedu_stage_item_t *it = &out->items[out->n++];
    memset(it, 0, sizeof *it);
    it->stage = stage;
    it->msg = msg;
    it->inferred = inferred;
    return it;
}

/* A new handshake starts on this connection (renegotiation, or a second session). */
static void
new_handshake(tlsedu_tls_state_t *st)
{
    uint32_t events = st->events;
    tlsedu_tls_state_init(st);
    st->events = events;
}

static bool
weak_version(uint16_t v)
{
    return v == 0x0002 || v == 0x0300 || v == 0x0301 || v == 0x0302 || v == 0xfeff || v == 0x0100;
}

/* Both sides finished: the handshake is complete (reported once). */
static void
check_complete(tlsedu_tls_state_t *st)
{
    if (st->client_finished && st->server_finished && st->client_hello_seen && !st->complete) {
        st->complete = true;
        st->events |= TLSEDU_EV_COMPLETE;
    }
}

static void
server_hello_summary(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m)
{
    if (is_tls13(st)) {
        st->kex = tlsedu_kex_tls13(m->psk, m->key_share, m->key_share_group);
        st->resumed = m->psk ? 1 : 0;
        st->round_trips = st->hello_retry_seen ? 2 : st->early_data_sent ? 0 : 1;
    } else {
        st->kex = tlsedu_kex_from_suite_name(m->suite_name);
    }
    st->events |= TLSEDU_EV_SERVER_HELLO;
    if (weak_version(st->version))
        st->events |= TLSEDU_EV_WEAK_VERSION;
    if (st->kex != TLSEDU_KEX_UNKNOWN && !tlsedu_kex_forward_secret(st->kex))
        st->events |= TLSEDU_EV_NO_FS;
}

void
tlsedu_tls_connection_end(tlsedu_tls_state_t *st)
{
    st->events = 0;
    if (st->client_hello_seen && !st->complete && !st->failed) {
        st->failed = true;
        st->events |= TLSEDU_EV_FAILED;
    }
}

/* TLS <= 1.2: the server sent its certificate, key exchange or ServerHelloDone: a full
 * handshake (an abbreviated one goes from the ServerHello straight to ChangeCipherSpec). */
static void
full_handshake(tlsedu_tls_state_t *st)
{
    st->server_certificate_seen = true;
    if (!is_tls13(st) && st->resumed < 0) {
        st->resumed = 0;
        st->round_trips = 2;
    }
}

static void
sslv2_message(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m, out_t *out)
{
    /* SSLv2 numbers its messages differently (2 is ClientMasterKey, 4 ServerHello): only
     * the three that match a stage are annotated, none is mislabelled. */
    switch (m->type) {
    case 1:
        if (st->client_hello_seen)
            new_handshake(st);
        st->client_hello_seen = true;
        st->events |= TLSEDU_EV_NEW_HANDSHAKE;
        add(out, TLSEDU_STAGE_CLIENT_HELLO, TLSEDU_MSG_SSL2_CLIENT_HELLO, false);
        break;
    case 4:
        /* SSL 2.0 itself: the master key travels RSA-encrypted (ClientMasterKey). Its own
         * end of handshake is encrypted, so it is never reported as complete or failed. */
        st->server_hello_seen = true;
        st->version = 0x0002;
        st->kex = TLSEDU_KEX_RSA;
        st->failed = true;
        st->events |= TLSEDU_EV_SERVER_HELLO | TLSEDU_EV_WEAK_VERSION | TLSEDU_EV_NO_FS;
        add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_SSL2_SERVER_HELLO, false);
        break;
    case 2:
        add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY, false);
        break;
    default:
        break;
    }
}

static void
message(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_message_t *m, out_t *out)
{
    const bool server = from == TLSEDU_FROM_SERVER;
    const bool client = from == TLSEDU_FROM_CLIENT;

    if (m->sslv2) {
        sslv2_message(st, m, out);
        return;
    }
    switch (m->type) {
    case 0:
        add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_HELLO_REQUEST, false);
        break;
    case 1:
        if (st->hello_retry_seen && !st->server_hello_seen) {
            add(out, TLSEDU_STAGE_CLIENT_HELLO, TLSEDU_MSG_CLIENT_HELLO_AGAIN, false);
        } else {
            if (st->client_hello_seen)
                new_handshake(st);
            st->events |= TLSEDU_EV_NEW_HANDSHAKE;
            add(out, TLSEDU_STAGE_CLIENT_HELLO, TLSEDU_MSG_CLIENT_HELLO, false);
        }
        st->client_hello_seen = true;
        st->client_offered_tls13 = st->client_offered_tls13 || m->offers_tls13;
        break;
    case 2:
        if (m->hello_retry) {
            st->hello_retry_seen = true;
            if (m->selected_version)
                st->version = m->selected_version;
            add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_HELLO_RETRY_REQUEST, false);
            break;
        }
        st->server_hello_seen = true;
        st->version = m->selected_version;
        st->cipher_suite = m->cipher_suite;
        st->psk = m->psk;
        server_hello_summary(st, m);
        add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_SERVER_HELLO, false);
        break;
    case 3:
        add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_HELLO_VERIFY_REQUEST, false);
        break;
    case 4:
        if (is_tls13(st))
            add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_NEW_SESSION_TICKET_13, false);
        else
            add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_NEW_SESSION_TICKET_12, false);
        break;
    case 5:
        add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_END_OF_EARLY_DATA, false);
        break;
    case 8:
        add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_ENCRYPTED_EXTENSIONS, false);
        break;
    case 11:
    case 25: /* CompressedCertificate */
        if (client) {
            add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_CLIENT_CERTIFICATE, false);
        } else {
            full_handshake(st);
            add(out, TLSEDU_STAGE_SERVER_AUTH, TLSEDU_MSG_SERVER_CERTIFICATE, false);
        }
        break;
    case 12:
        full_handshake(st);
        add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_SERVER_KEY_EXCHANGE, false);
        break;
    case 13:
        add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_CERTIFICATE_REQUEST, false);
        break;
    case 14:
        full_handshake(st); /* a PSK suite sends no certificate, but this ends a full flight */
        add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_SERVER_HELLO_DONE, false);
        break;
    case 15:
        if (server)
            add(out, TLSEDU_STAGE_SERVER_AUTH, TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY, false);
        else
            add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY, false);
        break;
    case 16:
        add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_CLIENT_KEY_EXCHANGE, false);
        break;
    case 20:
        if (server)
            st->server_finished = true;
        else if (client)
            st->client_finished = true;
        add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_FINISHED, false);
        break;
    case 22:
        add(out, TLSEDU_STAGE_SERVER_AUTH, TLSEDU_MSG_CERTIFICATE_STATUS, false);
        break;
    case 24:
        add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_KEY_UPDATE, false);
        break;
    default:
        break; /* a type tlsedu does not teach: no stage rather than a wrong one */
    }
}

/* A handshake record with no complete message in it: either encrypted (TLS <= 1.2
 * without keys) or a fragment of a message that Wireshark shows where it is reassembled. */
static void
encrypted_handshake(tlsedu_tls_state_t *st, tlsedu_from_t from, out_t *out)
{
    bool *ccs = from == TLSEDU_FROM_SERVER ? &st->server_ccs : &st->client_ccs;
    bool *fin = from == TLSEDU_FROM_SERVER ? &st->server_finished : &st->client_finished;

    if (from == TLSEDU_FROM_UNKNOWN)
        return;
    if (*ccs && !*fin) {
        /* The first encrypted handshake message after a ChangeCipherSpec is Finished. */
        *fin = true;
        add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_INF_FINISHED, true);
    } else if (*fin) {
        add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE, true);
    }
    /* else: a fragment of a cleartext message, staged where Wireshark reassembles it */
}

/* Application data whose inner type is unknown: TLS 1.3 without keys. */
static void
opaque_record(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r,
              bool last_client_record_of_frame, out_t *out)
{
    tlsedu_stage_item_t *it;

    if (st->version == 0x0002)
        return; /* SSLv2's encrypted records hold its own handshake end: not staged */
    if (!st->server_hello_seen || !is_tls13(st)) {
        bool early = st->client_hello_seen && !st->server_hello_seen && from == TLSEDU_FROM_CLIENT;
        it = add(out, TLSEDU_STAGE_APP_DATA, early ? TLSEDU_MSG_INF_EARLY_DATA : TLSEDU_MSG_INF_APP_DATA, true);
        if (it)
            it->early = early;
        if (early)
            st->early_data_sent = true;
        return;
    }
    if (from == TLSEDU_FROM_SERVER) {
        if (!st->client_encrypted_seen) {
            add(out, st->psk ? TLSEDU_STAGE_FINISHED : TLSEDU_STAGE_SERVER_AUTH,
                st->psk ? TLSEDU_MSG_INF_SERVER_FLIGHT_PSK : TLSEDU_MSG_INF_SERVER_FLIGHT, true);
            st->server_finished = true;
        } else {
            add(out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_INF_APP_DATA, true);
        }
        return;
    }
    if (from == TLSEDU_FROM_CLIENT && !st->client_finished) {
        unsigned fin_len = tlsedu_tls13_finished_record_length(st->cipher_suite);
        bool is_finished = fin_len != 0 && r->length != 0 ? r->length == fin_len
                                                          : last_client_record_of_frame;
        st->client_encrypted_seen = true;
        if (is_finished) {
            st->client_finished = true;
            add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_INF_FINISHED, true);
        } else if (st->psk) {
            /* A server that accepted a PSK does not ask for a client certificate (RFC 8446
             * 4.3.2): before the Finished the client can only send EndOfEarlyData. */
            add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_INF_END_OF_EARLY_DATA, true);
        } else {
            add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_INF_CLIENT_AUTH, true);
        }
        return;
    }
    add(out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_INF_APP_DATA, true);
}

size_t
tlsedu_tls_frame(tlsedu_tls_state_t *st, tlsedu_from_t from,
                 const tlsedu_tls_record_t *records, size_t n_records,
                 tlsedu_stage_item_t *items, size_t max)
{
    out_t out = { items, 0, max };
    size_t last_opaque = n_records;

    st->events = 0;

    for (size_t i = 0; i < n_records; i++)
        if (records[i].content_type == 0 && !records[i].no_record_layer)
            last_opaque = i;

    for (size_t i = 0; i < n_records; i++) {
        const tlsedu_tls_record_t *r = &records[i];
        tlsedu_stage_item_t *it;

        if (r->no_record_layer) {
            /* QUIC CRYPTO frames: messages by their type, no record-based inference
             * (QUIC has no records, no ChangeCipherSpec, no application data records);
             * both Finished messages still complete the handshake. */
            for (size_t k = 0; k < r->n_messages && k < TLSEDU_MAX_MESSAGES; k++)
                message(st, from, &r->messages[k], &out);
            /* A client's 0-RTT packet before the ServerHello: it sends data before the
             * handshake (round trips 0). QUIC's own packet, not a TLS record: no item. */
            if (r->quic_0rtt && from == TLSEDU_FROM_CLIENT && st->client_hello_seen &&
                !st->server_hello_seen)
                st->early_data_sent = true;
            check_complete(st);
            continue;
        }
        switch (r->content_type) {
        case 0:
            opaque_record(st, from, r, i == last_opaque, &out);
            break;
        case TLSEDU_CT_CHANGE_CIPHER_SPEC:
            /* TLS 1.3's compatibility record; before the ServerHello only a client that
             * offered TLS 1.3 sends one (with 0-RTT data, RFC 8446 D.4). */
            if (is_tls13(st) || (!st->server_hello_seen && st->client_offered_tls13)) {
                add(&out, TLSEDU_STAGE_COMPAT_CCS, TLSEDU_MSG_COMPAT_CCS, false);
            } else {
                if (from == TLSEDU_FROM_SERVER) {
                    st->server_ccs = true;
                    /* RFC 5246 7.3: ServerHello, (NewSessionTicket,) ChangeCipherSpec with
                     * no Certificate in between is an abbreviated, resumed handshake. The
                     * key exchange was the original session's, not visible here. */
                    if (st->server_hello_seen && st->resumed < 0 && !st->server_certificate_seen) {
                        st->resumed = 1;
                        st->round_trips = 1;
                        st->kex = TLSEDU_KEX_UNKNOWN;
                        st->events &= ~(uint32_t)TLSEDU_EV_NO_FS;
                    }
                } else if (from == TLSEDU_FROM_CLIENT) {
                    st->client_ccs = true;
                }
                add(&out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_CHANGE_CIPHER_SPEC, false);
            }
            break;
        case TLSEDU_CT_ALERT:
            if (r->alert_known && r->alert_level == 2 && st->client_hello_seen && !st->complete &&
                !st->failed) {
                st->failed = true;
                st->events |= TLSEDU_EV_FAILED;
            }
            it = add(&out, TLSEDU_STAGE_ALERT,
                     r->decrypted ? TLSEDU_MSG_ENCRYPTED_ALERT : TLSEDU_MSG_ALERT, false);
            if (it) {
                it->alert_known = r->alert_known;
                it->alert_level = r->alert_level;
                it->alert_description = r->alert_description;
            }
            break;
        case TLSEDU_CT_HANDSHAKE:
            if (r->n_messages == 0)
                encrypted_handshake(st, from, &out);
            for (size_t k = 0; k < r->n_messages && k < TLSEDU_MAX_MESSAGES; k++)
                message(st, from, &r->messages[k], &out);
            break;
        case TLSEDU_CT_APPLICATION_DATA:
            it = add(&out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_APP_DATA, false);
            if (it)
                it->early = st->client_hello_seen && !st->client_finished;
            if (from == TLSEDU_FROM_CLIENT && st->client_hello_seen && !st->server_hello_seen)
                st->early_data_sent = true;
            break;
        default:
            break;
        }
        check_complete(st);
    }
    return out.n;
}
