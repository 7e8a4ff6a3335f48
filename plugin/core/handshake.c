/* handshake.c - stage classification of TLS handshake messages and records.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake.h"

#include <string.h>

#include "handshake_internal.h"
#include "tls_types.h"

void
tlsedu_tls_state_init(tlsedu_tls_state_t *st)
{
    memset(st, 0, sizeof *st);
    st->kex = TLSEDU_KEX_UNKNOWN;
    st->resumed = -1;
    st->round_trips = 255;
}

typedef tlsedu_out_t out_t;   /* the frame's items being written (handshake_internal.h) */

tlsedu_stage_item_t *
tlsedu_hs_add(out_t *out, tlsedu_stage_t stage, tlsedu_msg_t msg, bool inferred)
{
    if (out->n >= out->max)
        return NULL;
    tlsedu_stage_item_t *it = &out->items[out->n++];
    memset(it, 0, sizeof *it);
    it->stage = stage;
    it->msg = msg;
    it->inferred = inferred;
    it->from = (uint8_t)out->from;
    it->version = out->st->version;
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
    if (tlsedu_version_is_tls13(st->version)) {
        st->kex = tlsedu_kex_tls13(m->psk, m->key_share, m->key_share_group);
        st->group = m->key_share ? m->key_share_group : 0;   /* RFC 8446 4.2.8 */
        st->resumed = m->psk ? 1 : 0;
        st->round_trips = st->hello_retry_seen ? 2 : st->early_data_sent ? 0 : 1;
        if (st->hello_verify_seen)
            st->round_trips++;
    } else {
        st->kex = tlsedu_kex_from_suite_name(m->suite_name);
    }
    st->events |= TLSEDU_EV_SERVER_HELLO;
    if (tlsedu_version_is_weak(st->version))
        st->events |= TLSEDU_EV_WEAK_VERSION;
    if (st->kex != TLSEDU_KEX_UNKNOWN && !tlsedu_kex_forward_secret(st->kex))
        st->events |= TLSEDU_EV_NO_FS;
}

void
tlsedu_tls_connection_end(tlsedu_tls_state_t *st)
{
    st->events = 0;
    if (!st->complete && tlsedu_hs_can_fail(st, TLSEDU_FROM_UNKNOWN))
        tlsedu_hs_fail(st);
}

/* TLS <= 1.2: the server sent its certificate, key exchange or ServerHelloDone: a full
 * handshake (an abbreviated one goes from the ServerHello straight to ChangeCipherSpec). */
static void
full_handshake(tlsedu_tls_state_t *st)
{
    st->server_certificate_seen = true;
    if (!tlsedu_version_is_tls13(st->version) && st->resumed < 0) {
        st->resumed = 0;
        st->round_trips = st->hello_verify_seen ? 3 : 2;
    }
    tlsedu_hs_full(st);
}

static void
sslv2_message(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m, out_t *out)
{
    /* SSLv2 numbers its messages differently (2 is ClientMasterKey, 4 ServerHello): only
     * the three that match a stage are annotated, none is mislabelled. */
    switch (m->type) {
    case TLSEDU_SSL2_CLIENT_HELLO:
        if (st->client_hello_seen)
            new_handshake(st);
        st->client_hello_seen = true;
        st->events |= TLSEDU_EV_NEW_HANDSHAKE;
        tlsedu_hs_add(out, TLSEDU_STAGE_CLIENT_HELLO, TLSEDU_MSG_SSL2_CLIENT_HELLO, false);
        break;
    case TLSEDU_SSL2_SERVER_HELLO:
        /* SSL 2.0 itself: the master key travels RSA-encrypted (ClientMasterKey). Its own
         * end of handshake is encrypted, so it is never reported as complete or failed. */
        st->server_hello_seen = true;
        st->version = TLSEDU_VERSION_SSL2;
        st->kex = TLSEDU_KEX_RSA;
        st->failed = true;
        st->events |= TLSEDU_EV_SERVER_HELLO | TLSEDU_EV_WEAK_VERSION | TLSEDU_EV_NO_FS;
        tlsedu_hs_add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_SSL2_SERVER_HELLO, false);
        break;
    case TLSEDU_SSL2_CLIENT_MASTER_KEY:
        tlsedu_hs_add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY, false);
        break;
    default:
        break;
    }
}

/* A ClientHello: a new handshake, unless it answers a HelloRetryRequest (RFC 8446 4.1.2)
 * or a HelloVerifyRequest (RFC 6347 4.2.1) of the same handshake. */
static void
client_hello(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m, out_t *out)
{
    tlsedu_stage_item_t *it;

    if ((st->hello_retry_seen || st->hello_verify_seen) && !st->server_hello_seen) {
        it = tlsedu_hs_add(out, TLSEDU_STAGE_CLIENT_HELLO,
                           st->hello_retry_seen ? TLSEDU_MSG_CLIENT_HELLO_AGAIN : TLSEDU_MSG_CLIENT_HELLO, false);
    } else {
        /* a second ClientHello with no server answer (and no HelloRetryRequest, RFC 8446
         * 4.1.2): remember whether the unanswered one offered TLS 1.3 */
        const bool earlier13 = st->client_hello_seen && !st->server_hello_seen &&
                               (st->client_offered_tls13 || st->earlier_hello_tls13);

        if (st->client_hello_seen)
            new_handshake(st);
        st->earlier_hello_tls13 = earlier13;
        st->events |= TLSEDU_EV_NEW_HANDSHAKE;
        it = tlsedu_hs_add(out, TLSEDU_STAGE_CLIENT_HELLO, TLSEDU_MSG_CLIENT_HELLO, false);
    }
    if (it != NULL)
        tlsedu_hs_message_facts(it, m);
    st->client_hello_seen = true;
    st->client_offered_tls13 = st->client_offered_tls13 || m->offers_tls13;
    st->client_offered_early_data = m->offers_early_data;   /* never after a HelloRetryRequest */
    tlsedu_hs_client_hello_facts(st, m);
}

static void
server_hello(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m, tlsedu_stage_item_t *it, out_t *out)
{
    st->server_hello_seen = true;
    st->version = m->selected_version;
    /* TLS 1.3 answers only a ClientHello that offered it (RFC 8446 4.2.1): an earlier one */
    if (tlsedu_version_is_tls13(st->version) && !st->client_offered_tls13 && st->earlier_hello_tls13) {
        st->events |= TLSEDU_EV_EARLIER_HELLO;
        st->client_offered_tls13 = true;
        if (it != NULL)
            it->answers_earlier_hello = true;
    }
    st->cipher_suite = m->cipher_suite;
    st->psk = m->psk;
    server_hello_summary(st, m);
    tlsedu_hs_server_hello_facts(st, m);
    if (it != NULL)
        out->server_hello_item = (size_t)(it - out->items);
}

/* The hellos and what comes with them (HelloRequest .. EncryptedExtensions, types 0-8). */
static void
hello_message(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m, out_t *out)
{
    tlsedu_stage_item_t *it;

    switch (m->type) {
    case TLSEDU_HS_HELLO_REQUEST:
        tlsedu_hs_add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_HELLO_REQUEST, false);
        break;
    case TLSEDU_HS_CLIENT_HELLO:
        client_hello(st, m, out);
        break;
    case TLSEDU_HS_SERVER_HELLO:
        it = tlsedu_hs_add(out, TLSEDU_STAGE_SERVER_HELLO,
                           m->hello_retry ? TLSEDU_MSG_HELLO_RETRY_REQUEST : TLSEDU_MSG_SERVER_HELLO, false);
        if (it != NULL)
            tlsedu_hs_message_facts(it, m);
        if (m->hello_retry) {
            st->hello_retry_seen = true;
            if (m->selected_version)
                st->version = m->selected_version;
            break;
        }
        server_hello(st, m, it, out);
        break;
    case TLSEDU_HS_HELLO_VERIFY_REQUEST:
        /* DTLS (RFC 6347 4.2.1): the client sends its ClientHello again with the cookie */
        st->hello_verify_seen = true;
        tlsedu_hs_add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_HELLO_VERIFY_REQUEST, false);
        break;
    case TLSEDU_HS_NEW_SESSION_TICKET:
        if (tlsedu_version_is_tls13(st->version))
            it = tlsedu_hs_add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_NEW_SESSION_TICKET_13, false);
        else
            it = tlsedu_hs_add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_NEW_SESSION_TICKET_12, false);
        if (it != NULL) {
            tlsedu_hs_message_facts(it, m);   /* its lifetime */
            it->before_client_finished = !st->client_finished;   /* RFC 8446 4.6.1 allows it */
        }
        break;
    case TLSEDU_HS_END_OF_EARLY_DATA:
        tlsedu_hs_add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_END_OF_EARLY_DATA, false);
        break;
    case TLSEDU_HS_ENCRYPTED_EXTENSIONS:
        if ((it = tlsedu_hs_add(out, TLSEDU_STAGE_SERVER_HELLO, TLSEDU_MSG_ENCRYPTED_EXTENSIONS, false)) != NULL)
            tlsedu_hs_message_facts(it, m);   /* the ALPN chosen */
        break;
    default:
        break;
    }
}

/* A Finished from this side: the handshake is complete when the other side's came first
 * (the client's last in a full TLS 1.2 handshake and in TLS 1.3, the server's last in a
 * TLS 1.2 abbreviated one, RFC 5246 7.3). */
tlsedu_stage_item_t *
tlsedu_hs_finished(tlsedu_tls_state_t *st, tlsedu_from_t from, tlsedu_msg_t msg, bool inferred, out_t *out)
{
    bool *mine = from == TLSEDU_FROM_SERVER ? &st->server_finished
               : from == TLSEDU_FROM_CLIENT ? &st->client_finished : NULL;
    tlsedu_stage_item_t *it = tlsedu_hs_add(out, TLSEDU_STAGE_FINISHED, msg, inferred);

    if (it != NULL && mine != NULL)
        it->completes = mine == &st->server_finished ? st->client_finished : st->server_finished;
    if (it != NULL)
        it->resumption = st->resumption;
    if (mine != NULL)
        *mine = true;
    return it;
}

/* Authentication, key exchange, Finished and what follows the handshake (types 11-25). */
static tlsedu_stage_item_t *
later_message(tlsedu_tls_state_t *st, tlsedu_from_t from, uint8_t type, out_t *out)
{
    const bool server = from == TLSEDU_FROM_SERVER;
    const bool client = from == TLSEDU_FROM_CLIENT;
    tlsedu_stage_item_t *it = NULL;

    switch (type) {
    case TLSEDU_HS_CERTIFICATE:
    case TLSEDU_HS_COMPRESSED_CERTIFICATE:
        /* side unknown (EAP-TLS has no ports): after the server's Certificate, only the
         * client sends one (RFC 5246 7.4.6, RFC 8446 4.4.2; RFC 5216 2.1) */
        if (client || (!server && st->server_certificate_seen)) {
            it = tlsedu_hs_add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_CLIENT_CERTIFICATE, false);
        } else {
            full_handshake(st);
            it = tlsedu_hs_add(out, TLSEDU_STAGE_SERVER_AUTH, TLSEDU_MSG_SERVER_CERTIFICATE, false);
        }
        break;
    case TLSEDU_HS_SERVER_KEY_EXCHANGE:
        full_handshake(st);
        it = tlsedu_hs_add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_SERVER_KEY_EXCHANGE, false);
        break;
    case TLSEDU_HS_CERTIFICATE_REQUEST:
        it = tlsedu_hs_add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_CERTIFICATE_REQUEST, false);
        break;
    case TLSEDU_HS_SERVER_HELLO_DONE:
        full_handshake(st); /* a PSK suite sends no certificate, but this ends a full flight */
        it = tlsedu_hs_add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_SERVER_HELLO_DONE, false);
        break;
    case TLSEDU_HS_CERTIFICATE_VERIFY:
        if (server)
            it = tlsedu_hs_add(out, TLSEDU_STAGE_SERVER_AUTH, TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY, false);
        else
            it = tlsedu_hs_add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY, false);
        break;
    case TLSEDU_HS_CLIENT_KEY_EXCHANGE:
        it = tlsedu_hs_add(out, TLSEDU_STAGE_KEY_EXCHANGE, TLSEDU_MSG_CLIENT_KEY_EXCHANGE, false);
        break;
    case TLSEDU_HS_FINISHED:
        it = tlsedu_hs_finished(st, from, TLSEDU_MSG_FINISHED, false, out);
        break;
    case TLSEDU_HS_CERTIFICATE_STATUS:
        it = tlsedu_hs_add(out, TLSEDU_STAGE_SERVER_AUTH, TLSEDU_MSG_CERTIFICATE_STATUS, false);
        break;
    case TLSEDU_HS_KEY_UPDATE:
        it = tlsedu_hs_add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_KEY_UPDATE, false);
        break;
    default:
        break; /* a type tlsedu does not teach: no stage rather than a wrong one */
    }
    return it;
}

static void
message(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_message_t *m, out_t *out)
{
    tlsedu_stage_item_t *it = NULL;

    if (m->sslv2)
        sslv2_message(st, m, out);
    else if (m->type <= TLSEDU_HS_ENCRYPTED_EXTENSIONS)
        hello_message(st, m, out);
    else if ((it = later_message(st, from, m->type, out)) != NULL)
        tlsedu_hs_message_facts(it, m);
    if (it != NULL && it->empty_certificate)
        st->client_declined = true;
    if (!m->sslv2 && m->type == TLSEDU_HS_SERVER_KEY_EXCHANGE && m->ske_group != 0)
        st->group = m->ske_group;   /* RFC 8422 5.4: ECDHE's named curve */
}

/* Which early data this is, if any: who sent it before which Finished. */
tlsedu_early_kind_t
tlsedu_hs_early_kind(const tlsedu_tls_state_t *st, tlsedu_from_t from)
{
    if (!st->client_hello_seen)
        return TLSEDU_EARLY_NONE;
    if (from == TLSEDU_FROM_CLIENT) {
        /* RFC 8446 2.3, 4.2.10: after a ClientHello with early_data, the client's data before
         * the ServerHello or its 1.3 Finished is 0-RTT (else the capture missed the ServerHello) */
        if (!st->server_hello_seen || (tlsedu_version_is_tls13(st->version) && !st->client_finished))
            return st->client_offered_early_data ? TLSEDU_EARLY_CLIENT_0RTT : TLSEDU_EARLY_NONE;
        /* RFC 7918: TLS <= 1.2, the client's data after its Finished, before the server's. */
        if (!tlsedu_version_is_tls13(st->version) && st->client_finished && !st->server_finished)
            return TLSEDU_EARLY_FALSE_START;
    } else if (from == TLSEDU_FROM_SERVER && st->server_hello_seen && !st->client_finished) {
        return TLSEDU_EARLY_SERVER_05RTT;   /* RFC 8446 4.4.4: before the client's Finished */
    }
    return TLSEDU_EARLY_NONE;
}

/* QUIC CRYPTO frames: messages by their type, no record-based inference (QUIC has no
 * records, no ChangeCipherSpec, no application data records); both Finished messages
 * still complete the handshake. */
static void
quic_crypto(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r, out_t *out)
{
    for (size_t k = 0; k < r->n_messages && k < TLSEDU_MAX_MESSAGES; k++)
        message(st, from, &r->messages[k], out);
    /* A client's 0-RTT packet (RFC 9001 4.6.1): application data protected with the
     * early keys, before the handshake completes, replayable (RFC 8446 8). */
    if (r->quic_0rtt && from == TLSEDU_FROM_CLIENT && st->client_hello_seen) {
        tlsedu_stage_item_t *it = tlsedu_hs_add(out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_APP_DATA, false);
        if (it != NULL) {
            it->early = true;
            it->early_kind = (uint8_t)TLSEDU_EARLY_CLIENT_0RTT;
        }
        if (!st->server_hello_seen)
            st->early_data_sent = true;   /* the request before the handshake: 0 round trips */
    }
}

static void
change_cipher_spec(tlsedu_tls_state_t *st, tlsedu_from_t from, out_t *out)
{
    /* TLS 1.3's compatibility record; before the ServerHello only a client that
     * offered TLS 1.3 sends one (with 0-RTT data, RFC 8446 D.4). */
    if (tlsedu_version_is_tls13(st->version) || (!st->server_hello_seen && st->client_offered_tls13)) {
        tlsedu_hs_add(out, TLSEDU_STAGE_COMPAT_CCS, TLSEDU_MSG_COMPAT_CCS, false);
        if (from == TLSEDU_FROM_CLIENT)
            st->client_compat_ccs = true;   /* its second flight follows (RFC 8446 D.4) */
        return;
    }
    if (from == TLSEDU_FROM_SERVER) {
        st->server_ccs = true;
        /* RFC 5246 7.3: ServerHello, (NewSessionTicket,) ChangeCipherSpec with
         * no Certificate in between is an abbreviated, resumed handshake. The
         * key exchange was the original session's, not visible here. */
        if (st->server_hello_seen && st->resumed < 0 && !st->server_certificate_seen) {
            st->resumed = 1;
            st->round_trips = st->hello_verify_seen ? 2 : 1;
            st->kex = TLSEDU_KEX_UNKNOWN;
            st->events &= ~(uint32_t)TLSEDU_EV_NO_FS;
            tlsedu_hs_abbreviated(st);
        }
    } else if (from == TLSEDU_FROM_CLIENT) {
        st->client_ccs = true;
    }
    tlsedu_hs_add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_CHANGE_CIPHER_SPEC, false);
}

static void
alert(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r, out_t *out)
{
    if (r->alert_known && r->alert_level == TLSEDU_ALERT_FATAL && tlsedu_hs_can_fail(st, from))
        tlsedu_hs_fail(st);
    tlsedu_stage_item_t *it = tlsedu_hs_add(out, TLSEDU_STAGE_ALERT,
                                  r->decrypted ? TLSEDU_MSG_ENCRYPTED_ALERT : TLSEDU_MSG_ALERT, false);
    if (it) {
        it->alert_known = r->alert_known;
        it->alert_level = r->alert_level;
        it->alert_description = r->alert_description;
        it->after_declined = st->client_declined && from == TLSEDU_FROM_SERVER;
    }
}

/* An application data record whose type Wireshark shows (in cleartext, or decrypted). */
static void
application_data(tlsedu_tls_state_t *st, tlsedu_from_t from, out_t *out)
{
    const tlsedu_early_kind_t kind = tlsedu_hs_early_kind(st, from);
    tlsedu_stage_item_t *it = tlsedu_hs_add(out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_APP_DATA, false);

    if (it != NULL) {   /* from an unknown sender: any data before the client's Finished */
        it->early_kind = (uint8_t)kind;
        it->early = kind != TLSEDU_EARLY_NONE ||
                    (from == TLSEDU_FROM_UNKNOWN && st->client_hello_seen && !st->client_finished);
    }
    if (kind == TLSEDU_EARLY_CLIENT_0RTT && !st->server_hello_seen)
        st->early_data_sent = true;
}

/* Side unknown (EAP-TLS has no ports): a Certificate beside the client's ClientKeyExchange
 * or CertificateVerify is the client's (its second flight: RFC 5246 7.3; RFC 5216 2.1). */
static void
client_flight(out_t *out)
{
    bool client = false;

    for (size_t i = 0; i < out->n; i++)
        client = client || out->items[i].msg == TLSEDU_MSG_CLIENT_KEY_EXCHANGE ||
                 out->items[i].msg == TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY;
    for (size_t i = 0; client && i < out->n; i++)
        if (out->items[i].msg == TLSEDU_MSG_SERVER_CERTIFICATE) {
            out->items[i].msg = TLSEDU_MSG_CLIENT_CERTIFICATE;
            out->items[i].stage = TLSEDU_STAGE_CLIENT_AUTH;
        }
}

size_t
tlsedu_tls_frame(tlsedu_tls_state_t *st, tlsedu_from_t from,
                 const tlsedu_tls_record_t *records, size_t n_records,
                 tlsedu_stage_item_t *items, size_t max)
{
    out_t out = { items, 0, max, st, from, TLSEDU_NO_ITEM };

    st->events = 0;
    st->psk_flight_done = st->psk && st->server_finished;
    for (size_t i = 0; i < n_records; i++) {
        const tlsedu_tls_record_t *r = &records[i];
        const size_t first = out.n;
        if (r->no_record_layer) {
            quic_crypto(st, from, r, &out);
            tlsedu_hs_record_done(st, from, r, &out, first);
            check_complete(st);
            continue;
        }
        switch (r->content_type) {
        case TLSEDU_CT_OPAQUE:
            tlsedu_hs_opaque_record(st, from, records, n_records, i, &out);
            break;
        case TLSEDU_CT_CHANGE_CIPHER_SPEC:
            change_cipher_spec(st, from, &out);
            break;
        case TLSEDU_CT_ALERT:
            alert(st, from, r, &out);
            break;
        case TLSEDU_CT_HANDSHAKE:
            if (r->n_messages == 0)
                tlsedu_hs_encrypted_handshake(st, from, &out);
            for (size_t k = 0; k < r->n_messages && k < TLSEDU_MAX_MESSAGES; k++)
                message(st, from, &r->messages[k], &out);
            break;
        case TLSEDU_CT_APPLICATION_DATA:
            if (!tlsedu_hs_lone_client_finished(st, from, r, &out))
                application_data(st, from, &out);
            break;
        default:
            break;
        }
        tlsedu_hs_record_done(st, from, r, &out, first);
        check_complete(st);
    }
    if (from == TLSEDU_FROM_UNKNOWN)
        client_flight(&out);
    tlsedu_hs_frame_done(st, &out);
    return out.n;
}
