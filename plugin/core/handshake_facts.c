/* handshake_facts.c - the facts a stage item carries besides its stage: how a handshake
 * resumed, whether it failed, the group and signature algorithm chosen, an empty client
 * certificate; and what the state machine needs to tell them.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include "handshake.h"
#include "handshake_internal.h"
#include "tls_types.h"

void
tlsedu_hs_client_hello_facts(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m)
{
    const size_t len = m->session_id != NULL ? m->session_id_length : 0;

    /* legacy_session_id is at most 32 bytes (RFC 5246 7.4.1.2, RFC 8446 4.1.2) */
    st->client_session_id_len = len <= sizeof st->client_session_id ? (uint8_t)len : 0;
    if (st->client_session_id_len > 0)
        memcpy(st->client_session_id, m->session_id, st->client_session_id_len);
    st->client_offered_ticket = m->offers_ticket;
}

/* The kind of a TLS <= 1.2 resumption: a ticket when the client offered one (the server
 * then echoes the client's session ID, RFC 5077 3.4), else the session ID. */
static uint8_t
resumption_kind_12(const tlsedu_tls_state_t *st)
{
    if (st->client_offered_ticket)
        return TLSEDU_RESUME_TICKET;
    return st->session_id_echoed ? TLSEDU_RESUME_SESSION_ID : TLSEDU_RESUME_NONE;
}

void
tlsedu_hs_server_hello_facts(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m)
{
    if (tlsedu_version_is_tls13(st->version)) {
        /* RFC 8446 2.2, 4.2.11: the server chose one of the client's pre-shared keys */
        st->resumption = m->psk ? TLSEDU_RESUME_PSK : TLSEDU_RESUME_NONE;
        return;
    }
    if (st->version == TLSEDU_VERSION_SSL2)
        return;
    /* RFC 5246 7.4.1.2: the same session ID as the client's means the server resumes
     * that session; a new or empty one starts a full handshake. */
    st->session_id_echoed = st->client_session_id_len > 0 && m->session_id != NULL &&
                            m->session_id_length == st->client_session_id_len &&
                            memcmp(m->session_id, st->client_session_id, st->client_session_id_len) == 0;
    st->resumption = st->session_id_echoed ? resumption_kind_12(st) : TLSEDU_RESUME_NONE;
}

void
tlsedu_hs_abbreviated(tlsedu_tls_state_t *st)
{
    /* RFC 5246 7.3: ServerHello then ChangeCipherSpec, no Certificate: the session was
     * resumed, by the ticket the client offered or by its echoed session ID */
    if (!tlsedu_version_is_tls13(st->version))
        st->resumption = resumption_kind_12(st);
}

void
tlsedu_hs_full(tlsedu_tls_state_t *st)
{
    if (!tlsedu_version_is_tls13(st->version))
        st->resumption = TLSEDU_RESUME_NONE;
}

/* The ALPN names of a message, joined ("h2, http/1.1"); the names not kept or that do not
 * fit whole are counted at the end ("h2, h2-16, h2-15, h2-14, … (+3)"), not left out silently. */
static void
join_alpn(tlsedu_stage_item_t *it, const tlsedu_tls_message_t *m)
{
    size_t used = 0;
    unsigned left = m->alpn_more, i;
    const size_t room = sizeof it->alpn - 16;   /* for ", … (+255)" */

    it->alpn[0] = '\0';
    for (i = 0; i < m->n_alpn && i < TLSEDU_MAX_ALPN && m->alpn[i] != NULL; i++) {
        int n = snprintf(it->alpn + used, room - used, "%s%s", i ? ", " : "", m->alpn[i]);
        if (n < 0 || (size_t)n >= room - used) {
            it->alpn[used] = '\0';
            break;
        }
        used += (size_t)n;
    }
    for (; i < m->n_alpn && i < TLSEDU_MAX_ALPN; i++)
        left++;
    if (left > 0 && used > 0)
        snprintf(it->alpn + used, sizeof it->alpn - used, ", \xe2\x80\xa6 (+%u)", left);
}

/* What a ClientHello offers: versions, suites, resumption, ALPN (RFC 8446 4.1.2, 5246 7.4.1.2). */
static void
client_hello_offer(tlsedu_stage_item_t *it, const tlsedu_tls_message_t *m)
{
    it->n_versions = m->n_versions;
    memcpy(it->versions, m->versions, sizeof it->versions);
    if (m->n_versions == 0 && m->legacy_version != 0) {   /* RFC 5246 E.1: the highest it supports */
        it->n_versions = 1;
        it->versions[0] = m->legacy_version;
        it->versions_legacy = true;
    }
    it->n_suites = m->n_suites;
    it->suites_skipped = m->suites_skipped;
    memcpy(it->suite_names, m->suite_names, sizeof it->suite_names);
    it->session_id_length = m->session_id_length;
    it->offers_ticket = m->offers_ticket;
    it->offers_psk = m->offers_psk;
    join_alpn(it, m);
}

void
tlsedu_hs_message_facts(tlsedu_stage_item_t *it, const tlsedu_tls_message_t *m)
{
    if (m->sslv2)
        return;
    switch (m->type) {
    case TLSEDU_HS_CLIENT_HELLO:
        it->offers_tls13 = m->offers_tls13;
        it->offers_early_data = m->offers_early_data;
        it->offers_ech = m->offers_ech;
        it->offers_esni = m->offers_esni;
        it->n_shares = m->n_shares;
        memcpy(it->shares, m->shares, sizeof it->shares);
        client_hello_offer(it, m);
        break;
    case TLSEDU_HS_ENCRYPTED_EXTENSIONS:
        join_alpn(it, m);   /* RFC 7301 3.1, RFC 8446 4.3.1: TLS 1.3 answers ALPN here */
        break;
    case TLSEDU_HS_SERVER_HELLO:
        /* the HelloRetryRequest's selected group (RFC 8446 4.2.8), the 1.3 key_share's */
        if (m->hello_retry || tlsedu_version_is_tls13(m->selected_version))
            it->group = m->key_share_group;
        join_alpn(it, m);   /* TLS <= 1.2: the protocol chosen (RFC 7301 3.1) */
        break;
    case TLSEDU_HS_SERVER_KEY_EXCHANGE:
        it->group = m->ske_group;                 /* RFC 8422 5.4: ECDHE's named curve */
        it->signature_scheme = m->signature_scheme;   /* RFC 5246 7.4.3 */
        break;
    case TLSEDU_HS_CERTIFICATE_VERIFY:
        it->signature_scheme = m->signature_scheme;   /* RFC 8446 4.4.3, RFC 5246 7.4.8 */
        break;
    case TLSEDU_HS_NEW_SESSION_TICKET:
        it->ticket_lifetime_known = m->ticket_lifetime_known;   /* RFC 5077 3.3, RFC 8446 4.6.1 */
        it->ticket_lifetime = m->ticket_lifetime;
        break;
    case TLSEDU_HS_CERTIFICATE_REQUEST:
        it->n_cert_types = m->n_cert_types;   /* RFC 5246 7.4.4 */
        it->n_sig_algs = m->n_sig_algs;       /* RFC 5246 7.4.4, RFC 8446 4.3.2 */
        it->n_ca_names = m->n_ca_names;       /* certificate_authorities, RFC 8446 4.2.4 */
        break;
    case TLSEDU_HS_CERTIFICATE:
        /* RFC 5246 7.4.6, RFC 8446 4.4.2.4: the client has no certificate to send */
        it->empty_certificate = it->msg == TLSEDU_MSG_CLIENT_CERTIFICATE && m->empty_certificate;
        break;
    default:
        break;
    }
}

bool
tlsedu_hs_can_fail(const tlsedu_tls_state_t *st, tlsedu_from_t from)
{
    if (!st->client_hello_seen || st->failed)
        return false;
    /* only the client's side captured, and its Finished says it accepted the server's
     * (RFC 8446 4.4.4): the server's records are missing, not refused */
    if (st->lone_client)
        return false;
    /* application data went both ways after the handshake: it did complete */
    if (st->client_data_seen && st->server_data_seen)
        return false;
    if (!st->complete)
        return true;
    /* TLS 1.3: the client's Finished ends its flight, but the server may still refuse it
     * (an empty or bad client certificate, RFC 8446 4.4.2.4) before it answers anything */
    return from == TLSEDU_FROM_SERVER && tlsedu_version_is_tls13(st->version) && !st->server_answered;
}

void
tlsedu_hs_fail(tlsedu_tls_state_t *st)
{
    st->failed = true;
    st->handshake_failed = true;
    st->events |= TLSEDU_EV_FAILED;
}

/* Whether the items from first on hold application data that is not early. */
static bool
data_items(const tlsedu_out_t *out, size_t first)
{
    for (size_t k = first; k < out->n; k++)
        if (out->items[k].stage == TLSEDU_STAGE_APP_DATA && !out->items[k].early)
            return true;
    return false;
}

void
tlsedu_hs_record_done(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r,
                      const tlsedu_out_t *out, size_t first)
{
    if (from != TLSEDU_FROM_SERVER && from != TLSEDU_FROM_CLIENT)
        return;
    if (st->server_hello_seen && data_items(out, first))
        *(from == TLSEDU_FROM_SERVER ? &st->server_data_seen : &st->client_data_seen) = true;
    if (from != TLSEDU_FROM_SERVER || r->content_type == TLSEDU_CT_ALERT ||
        r->content_type == TLSEDU_CT_CHANGE_CIPHER_SPEC)
        return;
    /* TLS 1.3 without keys: the server answers the client's encrypted flight, whose
     * Finished no record showed (early data offered): the client did finish */
    if (r->content_type == TLSEDU_CT_OPAQUE && st->client_encrypted_seen && !st->client_finished &&
        tlsedu_version_is_tls13(st->version))
        st->client_finished = st->client_finished_uncertain = true;
    if (st->client_finished && first < out->n)
        st->server_answered = true;
}

void
tlsedu_hs_frame_done(const tlsedu_tls_state_t *st, tlsedu_out_t *out)
{
    /* the ServerHello learns in its own frame whether the ChangeCipherSpec came without a
     * certificate (an abbreviated handshake, RFC 5246 7.3) */
    if (out->server_hello_item < out->n &&
        out->items[out->server_hello_item].msg == TLSEDU_MSG_SERVER_HELLO)
        out->items[out->server_hello_item].resumption = st->resumption;
    if (st->events & TLSEDU_EV_FAILED)
        for (size_t k = 0; k < out->n; k++)
            out->items[k].handshake_failed = true;
}

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
