/* handshake_infer.c - what encrypted records are, without keys: TLS <= 1.2's encrypted
 * Finished after a ChangeCipherSpec, and TLS 1.3's opaque records (outer type 23, the
 * inner type hidden, RFC 8446 5.2) by their sender, order and length.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <string.h>

#include "handshake.h"
#include "handshake_internal.h"
#include "tls_types.h"

/* The AEAD tag of a TLS 1.3 suite (0 when unknown). */
static unsigned
tls13_tag_length(uint16_t cipher_suite)
{
    switch (cipher_suite) {
    case TLSEDU_SUITE_AES_128_GCM_SHA256:
    case TLSEDU_SUITE_AES_256_GCM_SHA384:
    case TLSEDU_SUITE_CHACHA20_POLY1305_SHA256:
    case TLSEDU_SUITE_AES_128_CCM_SHA256:
        return 16;
    case TLSEDU_SUITE_AES_128_CCM_8_SHA256:
        return 8;
    default:
        return 0;
    }
}

unsigned
tlsedu_tls13_finished_record_length(uint16_t cipher_suite)
{
    /* handshake header (4) + verify_data (the suite's hash length) + the inner content
     * type (1) + the AEAD tag */
    const unsigned tag = tls13_tag_length(cipher_suite);

    if (tag == 0)
        return 0;
    return 4 + (cipher_suite == TLSEDU_SUITE_AES_256_GCM_SHA384 ? 48 : 32) + 1 + tag;
}

/* The record of an empty client Certificate in the handshake (RFC 8446 4.4.2: an empty
 * certificate_request_context, 4.3.2, and an empty certificate_list): header (4), context
 * length (1), list length (3), inner type (1), tag. 0 when unknown. */
static unsigned
tls13_empty_certificate_record_length(uint16_t cipher_suite)
{
    const unsigned tag = tls13_tag_length(cipher_suite);
    return tag != 0 ? 4 + 1 + 3 + 1 + tag : 0;
}

void
tlsedu_hs_encrypted_handshake(tlsedu_tls_state_t *st, tlsedu_from_t from, tlsedu_out_t *out)
{
    const bool ccs = from == TLSEDU_FROM_SERVER ? st->server_ccs : st->client_ccs;
    const bool fin = from == TLSEDU_FROM_SERVER ? st->server_finished : st->client_finished;

    if (from == TLSEDU_FROM_UNKNOWN)
        return;
    if (ccs && !fin) {
        /* The first encrypted handshake message after a ChangeCipherSpec is Finished. */
        tlsedu_hs_finished(st, from, TLSEDU_MSG_INF_FINISHED, true, out);
    } else if (fin) {
        tlsedu_hs_add(out, TLSEDU_STAGE_AFTER_HANDSHAKE, TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE, true);
    }
    /* else: a fragment of a cleartext message, staged where Wireshark reassembles it */
}

/* Whether one of records[from..n) is an opaque record of exactly len bytes. */
static bool
opaque_of_length(const tlsedu_tls_record_t *records, size_t n, size_t from, unsigned len)
{
    for (size_t i = from; i < n; i++)
        if (records[i].content_type == TLSEDU_CT_OPAQUE && !records[i].no_record_layer &&
            records[i].length == len)
            return true;
    return false;
}

/* Whether records[i] is the last opaque record of the frame. */
static bool
last_opaque(const tlsedu_tls_record_t *records, size_t n, size_t i)
{
    for (size_t k = i + 1; k < n; k++)
        if (records[k].content_type == TLSEDU_CT_OPAQUE && !records[k].no_record_layer)
            return false;
    return true;
}

/* TLS 1.3: the client's encrypted records after the server's flight, before its Finished
 * is known. The Finished is the record of exactly its size (RFC 8446 4.4.4); records
 * before it are the client's Certificate and CertificateVerify (4.4.2, 4.4.3) or, after a
 * PSK, its EndOfEarlyData (4.5). When no record of the frame has that size, the client
 * put several messages in one record (EncryptedExtensions for ALPS, or Certificate,
 * CertificateVerify and Finished together, 5.1): the frame's first record then holds its
 * Finished, not surely (uncertain). With early data offered, that record may still be
 * 0-RTT data: the rule then waits for the server's answer (tlsedu_hs_record_done). */
static void
client_flight(tlsedu_tls_state_t *st, const tlsedu_tls_record_t *records, size_t n, size_t i,
              tlsedu_out_t *out)
{
    const tlsedu_tls_record_t *r = &records[i];
    const unsigned fin_len = tlsedu_tls13_finished_record_length(st->cipher_suite);
    tlsedu_stage_item_t *it;
    bool is_finished, uncertain;

    st->client_encrypted_seen = true;
    if (fin_len != 0 && r->length != 0) {
        is_finished = r->length == fin_len;
        uncertain = !is_finished && !st->client_offered_early_data && !opaque_of_length(records, n, i + 1, fin_len);
    } else {
        is_finished = uncertain = last_opaque(records, n, i);   /* the size unknown: the last record */
    }
    if (is_finished || uncertain) {
        it = tlsedu_hs_finished(st, TLSEDU_FROM_CLIENT, TLSEDU_MSG_INF_FINISHED, true, out);
        st->client_finished_uncertain = uncertain;
        if (it != NULL)
            it->uncertain = uncertain;
    } else if (st->psk) {
        /* A server that accepted a PSK does not ask for a client certificate (RFC 8446
         * 4.3.2): before the Finished the client can only send EndOfEarlyData. */
        tlsedu_hs_add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_INF_END_OF_EARLY_DATA, true);
    } else {
        it = tlsedu_hs_add(out, TLSEDU_STAGE_CLIENT_AUTH, TLSEDU_MSG_INF_CLIENT_AUTH, true);
        if (it != NULL && r->length != 0 && r->length == tls13_empty_certificate_record_length(st->cipher_suite))
            it->empty_certificate = true;   /* the client declined to authenticate */
    }
}

/* The client's TLS 1.3 Finished when the server's side is not in the capture: after its
 * compatibility ChangeCipherSpec, with no early data offered, a protected record of a
 * Finished's size (4 bytes of header, a SHA-256 or SHA-384 verify_data, the real type and a
 * 16-byte tag: 53 or 69) is its Finished (RFC 8446 D.4, 4.4.4; a TLS 1.2 Finished would be a
 * handshake record, type 22). Adds it and returns true, else false. */
bool
tlsedu_hs_lone_client_finished(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r,
                               tlsedu_out_t *out)
{
    tlsedu_stage_item_t *it;

    if (from != TLSEDU_FROM_CLIENT || st->server_hello_seen || st->hello_retry_seen || !st->client_offered_tls13 ||
        !st->client_compat_ccs ||
        st->client_offered_early_data || st->client_finished || (r->length != 53 && r->length != 69))
        return false;
    it = tlsedu_hs_add(out, TLSEDU_STAGE_FINISHED, TLSEDU_MSG_INF_FINISHED, true);
    if (it != NULL) {
        it->version = TLSEDU_VERSION_TLS13;
        it->uncertain = true;
        it->server_unseen = true;
    }
    st->client_finished = true;
    st->lone_client = true;
    return true;
}

/* A TLS 1.3 server record too short to hold a handshake message (a 4-byte header, RFC 8446
 * 4, plus the real type and the tag, 5.2) is not part of its flight; at exactly an alert's
 * size (2 bytes, 6) it is taken as an alert of hidden level and description. Adds it and
 * returns true, else false. */
static bool
too_short(const tlsedu_tls_state_t *st, const tlsedu_tls_record_t *r, tlsedu_out_t *out)
{
    const unsigned tag = tls13_tag_length(st->cipher_suite);
    tlsedu_stage_item_t *it;

    if (tag == 0 || r->length == 0 || r->length >= 4 + 1 + tag)
        return false;
    if (r->length != 2 + 1 + tag) {
        tlsedu_hs_add(out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_INF_APP_DATA, true);
        return true;
    }
    it = tlsedu_hs_add(out, TLSEDU_STAGE_ALERT, TLSEDU_MSG_ALERT, true);
    if (it != NULL)
        it->alert_by_size = true;
    return true;
}

void
tlsedu_hs_opaque_record(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *records,
                        size_t n, size_t i, tlsedu_out_t *out)
{
    if (st->version == TLSEDU_VERSION_SSL2)
        return; /* SSLv2's encrypted records hold its own handshake end: not staged */
    if (tlsedu_hs_lone_client_finished(st, from, &records[i], out))
        return;   /* only the client's side captured */
    if (!st->server_hello_seen || !tlsedu_version_is_tls13(st->version)) {
        bool early = !st->server_hello_seen && tlsedu_hs_early_kind(st, from) == TLSEDU_EARLY_CLIENT_0RTT;
        tlsedu_stage_item_t *it = tlsedu_hs_add(out, TLSEDU_STAGE_APP_DATA,
                                                early ? TLSEDU_MSG_INF_EARLY_DATA : TLSEDU_MSG_INF_APP_DATA, true);
        if (it && early) {
            it->early = true;
            it->early_kind = TLSEDU_EARLY_CLIENT_0RTT;
        }
        if (early)
            st->early_data_sent = true;
        return;
    }
    if (from == TLSEDU_FROM_SERVER && !st->client_encrypted_seen && too_short(st, &records[i], out))
        return;
    if (from == TLSEDU_FROM_SERVER && !st->client_encrypted_seen && st->psk_flight_done) {
        /* the PSK flight (EncryptedExtensions, Finished: RFC 8446 2.2) came in an earlier
         * frame, sent at once: this is a NewSessionTicket or data, not more of it */
        tlsedu_stage_item_t *it = tlsedu_hs_add(out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_INF_APP_DATA, true);
        if (it != NULL)
            it->after_server_flight = true;
        return;
    }
    if (from == TLSEDU_FROM_SERVER && !st->client_encrypted_seen) {
        tlsedu_stage_item_t *it = tlsedu_hs_add(out, st->psk ? TLSEDU_STAGE_FINISHED : TLSEDU_STAGE_SERVER_AUTH,
                                                st->psk ? TLSEDU_MSG_INF_SERVER_FLIGHT_PSK : TLSEDU_MSG_INF_SERVER_FLIGHT,
                                                true);
        if (it != NULL)
            it->resumption = st->resumption;
        st->server_finished = true;
        return;
    }
    if (from == TLSEDU_FROM_CLIENT && !st->client_finished) {
        client_flight(st, records, n, i, out);
        return;
    }
    tlsedu_hs_add(out, TLSEDU_STAGE_APP_DATA, TLSEDU_MSG_INF_APP_DATA, true);
}
