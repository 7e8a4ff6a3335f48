/* Unit tests of the facts the stage items carry (issue 15): resumption kind, empty client
 * certificate, signature algorithm and group, failed handshakes, uncertain inferences of
 * TLS 1.3 without keys, the DTLS cookie's round trip, TLS False Start. The records are
 * built as Wireshark's fields show them (tls_read.c): content types, record lengths,
 * handshake types and the values of the hellos.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <string.h>

#include "core/handshake.h"

#include "check.h"

static tlsedu_tls_record_t
rec(uint8_t ct, uint16_t len)
{
    tlsedu_tls_record_t r;
    memset(&r, 0, sizeof r);
    r.content_type = ct;
    r.length = len;
    return r;
}

static tlsedu_tls_record_t
hs(uint8_t type)
{
    tlsedu_tls_record_t r = rec(TLSEDU_CT_HANDSHAKE, 0);
    r.n_messages = 1;
    r.messages[0].type = type;
    return r;
}

/* An encrypted handshake record (TLS <= 1.2 without keys: no message readable). */
static tlsedu_tls_record_t
enc_hs(void)
{
    return rec(TLSEDU_CT_HANDSHAKE, 40);
}

static tlsedu_tls_record_t
alert(uint8_t level, uint8_t description)
{
    tlsedu_tls_record_t r = rec(TLSEDU_CT_ALERT, 2);
    r.alert_known = true;
    r.alert_level = level;
    r.alert_description = description;
    return r;
}

static const uint8_t sid_a[32] = { 0xaa, 0x08, 0x80, 0xfa, 0xb5, 0x5e, 0x4b, 0x84, 1, 2, 3, 4, 5, 6, 7, 8,
                                   9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24 };
static const uint8_t sid_b[32] = { 0xbb, 0x08, 0x80, 0xfa, 0xb5, 0x5e, 0x4b, 0x84, 1, 2, 3, 4, 5, 6, 7, 8,
                                   9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24 };

static tlsedu_tls_record_t
client_hello(const uint8_t *sid, bool ticket)
{
    tlsedu_tls_record_t r = hs(1);
    r.messages[0].session_id = sid;
    r.messages[0].session_id_length = sid != NULL ? 32 : 0;
    r.messages[0].offers_ticket = ticket;
    return r;
}

static tlsedu_tls_record_t
server_hello(uint16_t version, uint16_t suite, const uint8_t *sid)
{
    tlsedu_tls_record_t r = hs(2);
    r.messages[0].selected_version = version;
    r.messages[0].cipher_suite = suite;
    r.messages[0].suite_name = suite == 0xc02f ? "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" : NULL;
    r.messages[0].session_id = sid;
    r.messages[0].session_id_length = sid != NULL ? 32 : 0;
    return r;
}

/* One frame's items into it[] (a test's local array of 16); returns their number. */
#define RUN(st, from, r, n) tlsedu_tls_frame((st), (from), (r), (n), it, 16)
#define C TLSEDU_FROM_CLIENT
#define S TLSEDU_FROM_SERVER

/* A TLS 1.2 handshake up to the server's first flight: the ClientHello, then f2. */
static size_t
start12(tlsedu_tls_state_t *st, tlsedu_stage_item_t *it, tlsedu_tls_record_t ch, tlsedu_tls_record_t *f2, size_t n)
{
    tlsedu_tls_state_init(st);
    RUN(st, C, &ch, 1);
    return RUN(st, S, f2, n);
}

static void
test_resume_session_id(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t cfin[] = { rec(20, 1), enc_hs() };

    /* RFC 5246 7.4.1.2, 7.3: the ServerHello echoes the client's session ID, then the
     * server's ChangeCipherSpec and Finished with no Certificate (tls12-resume-session-id f24) */
    tlsedu_tls_record_t ab[] = { server_hello(0x0303, 0xc02f, sid_a), rec(20, 1), enc_hs() };
    CHECK(start12(&st, it, client_hello(sid_a, false), ab, 3) == 3);
    CHECK(it[0].msg == TLSEDU_MSG_SERVER_HELLO && it[0].resumption == TLSEDU_RESUME_SESSION_ID);
    CHECK(it[2].msg == TLSEDU_MSG_INF_FINISHED && it[2].resumption == TLSEDU_RESUME_SESSION_ID);
    CHECK(it[1].resumption == TLSEDU_RESUME_NONE);   /* only the ServerHello and the Finished */
    CHECK(st.resumed == 1 && st.round_trips == 1 && st.resumption == TLSEDU_RESUME_SESSION_ID);
    CHECK(RUN(&st, C, cfin, 2) == 2 && it[1].completes && it[1].resumption == TLSEDU_RESUME_SESSION_ID);
    /* The echo alone tells it, when the ChangeCipherSpec comes in a later frame. */
    tlsedu_tls_record_t sh = server_hello(0x0303, 0xc02f, sid_a), sfin[] = { rec(20, 1), hs(20) };
    CHECK(start12(&st, it, client_hello(sid_a, false), &sh, 1) == 1 && it[0].resumption == TLSEDU_RESUME_SESSION_ID);
    CHECK(RUN(&st, S, sfin, 2) == 2 && it[1].msg == TLSEDU_MSG_FINISHED && it[1].resumption == TLSEDU_RESUME_SESSION_ID);
    /* A new session ID of the same length, then the Certificate: a full handshake. */
    tlsedu_tls_record_t full[] = { server_hello(0x0303, 0xc02f, sid_b), hs(11), hs(12), hs(14) };
    CHECK(start12(&st, it, client_hello(sid_a, false), full, 4) == 4 && it[0].resumption == TLSEDU_RESUME_NONE);
    CHECK(st.resumed == 0 && st.resumption == TLSEDU_RESUME_NONE);
    /* The server's session ID is the client's only if the client sent one. */
    tlsedu_tls_record_t sh_b = server_hello(0x0303, 0xc02f, sid_b);
    CHECK(start12(&st, it, client_hello(NULL, false), &sh_b, 1) == 1 && it[0].resumption == TLSEDU_RESUME_NONE);
}

static void
test_resume_ticket(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];

    /* RFC 5077 3.4: the client offers a ticket (and a session ID the server echoes when it
     * accepts the ticket): tls12-resume-ticket f22/f24 */
    tlsedu_tls_record_t ab[] = { server_hello(0x0303, 0xc02f, sid_a), rec(20, 1), enc_hs() };
    CHECK(start12(&st, it, client_hello(sid_a, true), ab, 3) == 3);
    CHECK(it[0].resumption == TLSEDU_RESUME_TICKET && it[2].resumption == TLSEDU_RESUME_TICKET);
    CHECK(st.resumed == 1 && st.round_trips == 1);
    /* A ticket with an empty session ID: the abbreviated handshake tells it, in its frame. */
    tlsedu_tls_record_t ab2[] = { server_hello(0x0303, 0xc02f, sid_b), hs(4), rec(20, 1), enc_hs() };
    CHECK(start12(&st, it, client_hello(NULL, true), ab2, 4) == 4);
    CHECK(it[0].resumption == TLSEDU_RESUME_TICKET && it[3].resumption == TLSEDU_RESUME_TICKET);
    /* The ticket refused: a full handshake (a new ticket may follow) */
    tlsedu_tls_record_t full[] = { server_hello(0x0303, 0xc02f, sid_b), hs(11), hs(12), hs(14) };
    CHECK(start12(&st, it, client_hello(sid_a, true), full, 4) == 4 && it[0].resumption == TLSEDU_RESUME_NONE);
    tlsedu_tls_record_t sfin[] = { hs(4), rec(20, 1), enc_hs() };
    CHECK(RUN(&st, S, sfin, 3) == 3 && it[2].resumption == TLSEDU_RESUME_NONE && st.resumed == 0);
    /* A ticket asked for, none offered (an empty extension): offers_ticket stays false in
     * tls_read.c, and the echoed session ID is the kind */
    CHECK(start12(&st, it, client_hello(sid_a, false), ab, 3) == 3 && it[0].resumption == TLSEDU_RESUME_SESSION_ID);
}

static void
test_resume_psk_13(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t ch = client_hello(sid_a, false);

    /* RFC 8446 2.2: pre_shared_key in the ServerHello (tls13-resume-psk f26), with keys */
    tlsedu_tls_state_init(&st);
    ch.messages[0].offers_tls13 = true;
    CHECK(RUN(&st, C, &ch, 1) == 1 && it[0].offers_tls13 && !it[0].offers_early_data);
    tlsedu_tls_record_t f[] = { server_hello(0x0304, 0x1302, sid_a), rec(20, 1), hs(8), hs(20) };
    f[0].messages[0].psk = f[0].messages[0].key_share = true;
    f[0].messages[0].key_share_group = 0x001d;
    CHECK(RUN(&st, S, f, 4) == 4 && it[0].resumption == TLSEDU_RESUME_PSK && it[0].group == 0x001d);
    CHECK(it[3].msg == TLSEDU_MSG_FINISHED && it[3].resumption == TLSEDU_RESUME_PSK);
    CHECK(it[2].resumption == TLSEDU_RESUME_NONE);
    /* a 1.3 ServerHello echoes the session ID always (4.1.3): not a 1.2 resumption */
    tlsedu_tls_record_t g[] = { server_hello(0x0304, 0x1302, sid_a), rec(20, 1), rec(0, 30), rec(0, 900), rec(0, 280), rec(0, 69) };
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    CHECK(RUN(&st, S, g, 6) == 6 && it[0].resumption == TLSEDU_RESUME_NONE && it[5].resumption == TLSEDU_RESUME_NONE);
    /* without keys: the PSK's inferred server flight carries it too */
    g[0].messages[0].psk = true;
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    CHECK(RUN(&st, S, g, 4) == 4 && it[0].resumption == TLSEDU_RESUME_PSK &&
          it[2].msg == TLSEDU_MSG_INF_SERVER_FLIGHT_PSK && it[2].resumption == TLSEDU_RESUME_PSK);
    tlsedu_tls_record_t cfin[] = { rec(20, 1), rec(0, 69) };
    CHECK(RUN(&st, C, cfin, 2) == 2 && it[1].msg == TLSEDU_MSG_INF_FINISHED && it[1].resumption == TLSEDU_RESUME_PSK);
}

static void
test_message_facts(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];

    /* ServerKeyExchange: the named curve and the signature algorithm (tls.handshake.
     * server_named_curve 0x001d, sig_hash_alg 0x0804); the 1.2 ServerHello has no group */
    tlsedu_tls_record_t f2[] = { server_hello(0x0303, 0xc02f, NULL), hs(11), hs(12), hs(13), hs(14) };
    f2[2].messages[0].ske_group = 0x001d;
    f2[2].messages[0].signature_scheme = 0x0804;
    CHECK(start12(&st, it, client_hello(NULL, false), f2, 5) == 5);
    CHECK(it[2].msg == TLSEDU_MSG_SERVER_KEY_EXCHANGE && it[2].group == 0x001d && it[2].signature_scheme == 0x0804);
    CHECK(it[0].group == 0 && it[0].signature_scheme == 0 && it[1].signature_scheme == 0);
    /* The client's Certificate empty (certificates_length 0): it declined; its
     * CertificateVerify (when it has one) carries the algorithm */
    tlsedu_tls_record_t f3[] = { hs(11), hs(16), rec(20, 1), enc_hs() };
    f3[0].messages[0].empty_certificate = true;
    CHECK(RUN(&st, C, f3, 4) == 4 && it[0].msg == TLSEDU_MSG_CLIENT_CERTIFICATE && it[0].empty_certificate);
    tlsedu_tls_record_t f3b[] = { hs(11), hs(16), hs(15) };
    f3b[2].messages[0].signature_scheme = 0x0403;
    CHECK(start12(&st, it, client_hello(NULL, false), f2, 5) == 5);
    CHECK(RUN(&st, C, f3b, 3) == 3 && !it[0].empty_certificate &&
          it[2].msg == TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY && it[2].signature_scheme == 0x0403);
    /* a server Certificate is never "declined" */
    tlsedu_tls_record_t srv[] = { server_hello(0x0303, 0xc02f, NULL), hs(11) };
    srv[1].messages[0].empty_certificate = true;
    CHECK(start12(&st, it, client_hello(NULL, false), srv, 2) == 2 && !it[1].empty_certificate);
    /* TLS 1.3 with keys: the server's CertificateVerify; the HelloRetryRequest's group */
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t ch = hs(1), hrr = server_hello(0x0304, 0x1301, NULL);
    ch.messages[0].offers_tls13 = ch.messages[0].offers_early_data = true;
    CHECK(RUN(&st, C, &ch, 1) == 1 && it[0].offers_tls13 && it[0].offers_early_data);
    hrr.messages[0].hello_retry = true;
    hrr.messages[0].key_share_group = 0x0017;   /* extensions_key_share_selected_group */
    CHECK(RUN(&st, S, &hrr, 1) == 1 && it[0].msg == TLSEDU_MSG_HELLO_RETRY_REQUEST && it[0].group == 0x0017);
    CHECK(RUN(&st, C, &ch, 1) == 1 && it[0].msg == TLSEDU_MSG_CLIENT_HELLO_AGAIN);
    tlsedu_tls_record_t f13[] = { server_hello(0x0304, 0x1301, NULL), hs(8), hs(11), hs(15), hs(20) };
    f13[0].messages[0].key_share = true;
    f13[0].messages[0].key_share_group = 0x0017;
    f13[3].messages[0].signature_scheme = 0x0804;
    CHECK(RUN(&st, S, f13, 5) == 5 && it[0].group == 0x0017 && it[3].signature_scheme == 0x0804 &&
          it[3].msg == TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY);
    CHECK(st.round_trips == 2);
}

/* TLS 1.3 without keys, up to the server's flight (suite 0x1301: a Finished is 53 bytes). */
static void
start13(tlsedu_tls_state_t *st, bool psk, bool early)
{
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t ch = hs(1);
    tlsedu_tls_record_t f[] = { server_hello(0x0304, 0x1301, NULL), rec(20, 1), rec(0, 30), rec(0, 900),
                                rec(0, 280), rec(0, 53) };

    ch.messages[0].offers_tls13 = true;
    ch.messages[0].offers_early_data = early;
    f[0].messages[0].psk = psk;
    tlsedu_tls_state_init(st);
    RUN(st, C, &ch, 1);
    RUN(st, S, f, psk ? 4 : 6);
}

static void
test_tls13_uncertain_client_flight(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t data = rec(0, 100);

    /* ALPS (chrome-1250-tls-x25519-kyber f12): the client's EncryptedExtensions and
     * Finished in one record of 63 bytes, not 53: the Finished, uncertain */
    start13(&st, false, false);
    tlsedu_tls_record_t alps[] = { rec(20, 1), rec(0, 63) };
    CHECK(RUN(&st, C, alps, 2) == 2 && it[1].msg == TLSEDU_MSG_INF_FINISHED && it[1].uncertain && it[1].completes);
    CHECK(st.complete && (st.events & TLSEDU_EV_COMPLETE));
    tlsedu_tls_record_t answer[] = { rec(0, 891), rec(0, 57) };
    CHECK(RUN(&st, S, answer, 2) == 2 && it[0].stage == TLSEDU_STAGE_APP_DATA && it[1].stage == TLSEDU_STAGE_APP_DATA);
    CHECK(RUN(&st, C, &data, 1) == 1 && it[0].msg == TLSEDU_MSG_INF_APP_DATA);   /* data, not client auth */
    tlsedu_tls_connection_end(&st);
    CHECK(!(st.events & TLSEDU_EV_FAILED) && !st.handshake_failed);
    /* Several messages in one record, and data in the same frame: the first record */
    start13(&st, false, false);
    tlsedu_tls_record_t packed[] = { rec(20, 1), rec(0, 2100), rec(0, 120), rec(0, 300) };
    CHECK(RUN(&st, C, packed, 4) == 4 && it[1].msg == TLSEDU_MSG_INF_FINISHED && it[1].uncertain &&
          it[2].msg == TLSEDU_MSG_INF_APP_DATA && it[3].msg == TLSEDU_MSG_INF_APP_DATA);
    /* The exact size still wins, and is sure: Certificate, CertificateVerify, Finished */
    start13(&st, false, false);
    tlsedu_tls_record_t exact[] = { rec(20, 1), rec(0, 800), rec(0, 300), rec(0, 53), rec(0, 90) };
    CHECK(RUN(&st, C, exact, 5) == 5 && it[1].msg == TLSEDU_MSG_INF_CLIENT_AUTH && !it[1].uncertain &&
          it[3].msg == TLSEDU_MSG_INF_FINISHED && !it[3].uncertain && it[4].msg == TLSEDU_MSG_INF_APP_DATA);
    CHECK(!it[1].empty_certificate);
    /* An empty client Certificate has its own size: 4 + 1 + 3 + 1 + 16 = 25 (zeek's
     * ftp-auth-tls f26, mysql tls-13-amazon-rds f14) */
    start13(&st, false, false);
    tlsedu_tls_record_t declined[] = { rec(20, 1), rec(0, 25), rec(0, 53) };
    CHECK(RUN(&st, C, declined, 3) == 3 && it[1].msg == TLSEDU_MSG_INF_CLIENT_AUTH && it[1].empty_certificate &&
          it[2].msg == TLSEDU_MSG_INF_FINISHED);
    /* A suite of unknown Finished size: the frame's last record, uncertain */
    start13(&st, false, false);
    st.cipher_suite = 0x13ff;
    CHECK(RUN(&st, C, exact, 4) == 4 && it[3].msg == TLSEDU_MSG_INF_FINISHED && it[3].uncertain &&
          it[2].msg == TLSEDU_MSG_INF_CLIENT_AUTH);
}

static void
test_tls13_server_answer(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t odd = rec(0, 63), data = rec(0, 100);

    /* Early data offered: a record not of the Finished's size may be 0-RTT data, so no
     * Finished is inferred from it; the server's answer tells the client finished, and
     * the client's later records are data */
    start13(&st, true, true);
    CHECK(RUN(&st, C, &odd, 1) == 1 && it[0].msg == TLSEDU_MSG_INF_END_OF_EARLY_DATA && !st.client_finished);
    CHECK(RUN(&st, S, &data, 1) == 1 && it[0].msg == TLSEDU_MSG_INF_APP_DATA);
    CHECK(st.complete && st.client_finished_uncertain && (st.events & TLSEDU_EV_COMPLETE));
    CHECK(RUN(&st, C, &data, 1) == 1 && it[0].msg == TLSEDU_MSG_INF_APP_DATA);
    tlsedu_tls_connection_end(&st);
    CHECK(!st.handshake_failed);
    /* Without an answer, the end of the connection is a failure */
    start13(&st, false, true);
    CHECK(RUN(&st, C, &odd, 1) == 1 && it[0].msg == TLSEDU_MSG_INF_CLIENT_AUTH);
    tlsedu_tls_connection_end(&st);
    CHECK(st.handshake_failed && (st.events & TLSEDU_EV_FAILED));
}

static void
test_failures(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t ch = hs(1), a70 = alert(2, 70);

    /* RFC 8446 6.2: a fatal alert before both Finished (tls-alert-protocol-version f6) */
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    CHECK(RUN(&st, S, &a70, 1) == 1 && it[0].handshake_failed && st.handshake_failed);
    /* every item of the failing frame says so, none of the earlier frames */
    tlsedu_tls_record_t f2[] = { server_hello(0x0303, 0xc02f, NULL), hs(11), hs(12), hs(13), hs(14) };
    CHECK(start12(&st, it, client_hello(NULL, false), f2, 5) == 5 && !it[0].handshake_failed);
    tlsedu_tls_record_t f3[] = { hs(11), hs(16), hs(15), rec(20, 1), enc_hs() }, a48 = alert(2, 48);
    CHECK(RUN(&st, C, f3, 5) == 5 && !it[4].handshake_failed);
    CHECK(RUN(&st, S, &a48, 1) == 1 && it[0].handshake_failed && (st.events & TLSEDU_EV_FAILED));
    tlsedu_tls_connection_end(&st);
    CHECK(!(st.events & TLSEDU_EV_FAILED));   /* reported once */
    /* a warning alert is no failure; the end of the connection before the Finished is */
    CHECK(start12(&st, it, client_hello(NULL, false), f2, 5) == 5);
    tlsedu_tls_record_t warn = alert(1, 0);
    CHECK(RUN(&st, C, &warn, 1) == 1 && !it[0].handshake_failed && !st.handshake_failed);
    tlsedu_tls_connection_end(&st);
    CHECK(st.handshake_failed && (st.events & TLSEDU_EV_FAILED));
    /* after a complete handshake, neither a fatal alert nor the end fail it */
    tlsedu_tls_record_t sfin[] = { hs(4), rec(20, 1), enc_hs() }, a10 = alert(2, 10);
    CHECK(start12(&st, it, client_hello(NULL, false), f2, 5) == 5);
    RUN(&st, C, f3, 5);
    RUN(&st, S, sfin, 3);
    CHECK(st.complete && RUN(&st, S, &a10, 1) == 1 && !it[0].handshake_failed);
    tlsedu_tls_connection_end(&st);
    CHECK(!st.handshake_failed);
}

static void
test_tls13_refused_after_client_finished(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t ch = hs(1), a116 = alert(2, 116), nst = hs(4), a10 = alert(2, 10);
    tlsedu_tls_record_t f[] = { server_hello(0x0304, 0x1301, NULL), hs(8), hs(13), hs(11), hs(15), hs(20) };
    tlsedu_tls_record_t cfin[] = { rec(20, 1), hs(11), hs(20) };

    /* RFC 8446 4.4.2.4: an empty client Certificate, then certificate_required from the
     * server (decrypted with keys): the handshake failed after the client's Finished */
    ch.messages[0].offers_tls13 = true;
    a116.decrypted = true;
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    RUN(&st, S, f, 6);
    cfin[1].messages[0].empty_certificate = true;
    CHECK(RUN(&st, C, cfin, 3) == 3 && it[1].empty_certificate && st.complete);
    CHECK(RUN(&st, S, &a116, 1) == 1 && it[0].msg == TLSEDU_MSG_ENCRYPTED_ALERT && it[0].handshake_failed);
    CHECK(st.handshake_failed);
    /* the server answered first (its NewSessionTicket): a later alert is no failure */
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    RUN(&st, S, f, 6);
    RUN(&st, C, cfin, 3);
    CHECK(RUN(&st, S, &nst, 1) == 1 && it[0].stage == TLSEDU_STAGE_AFTER_HANDSHAKE);
    CHECK(RUN(&st, S, &a10, 1) == 1 && !it[0].handshake_failed && !st.handshake_failed);
    /* the client's own alert after its Finished is not the server's refusal */
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    RUN(&st, S, f, 6);
    RUN(&st, C, cfin, 3);
    CHECK(RUN(&st, C, &a10, 1) == 1 && !st.handshake_failed);
}

static void
test_data_both_ways(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t ch = hs(1), app = rec(TLSEDU_CT_APPLICATION_DATA, 100), a40 = alert(2, 40);
    tlsedu_tls_record_t f[] = { server_hello(0x0304, 0x1301, NULL), hs(8), hs(11), hs(15) };
    tlsedu_tls_record_t cfin = hs(20);

    /* TLS 1.3 with keys, the server's Finished lost from the capture: once application
     * data (not early) went both ways the handshake did complete, so neither a later fatal
     * alert nor the end of the connection is called a failed handshake */
    ch.messages[0].offers_tls13 = true;
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    RUN(&st, S, f, 4);
    RUN(&st, C, &cfin, 1);
    CHECK(RUN(&st, S, &app, 1) == 1 && !it[0].early);
    CHECK(RUN(&st, C, &app, 1) == 1 && !it[0].early && !st.complete);
    CHECK(RUN(&st, S, &a40, 1) == 1 && !it[0].handshake_failed && !st.handshake_failed);
    tlsedu_tls_connection_end(&st);
    CHECK(!st.handshake_failed && !(st.events & TLSEDU_EV_FAILED));
    /* data one way only: still a failure */
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    RUN(&st, S, f, 4);
    RUN(&st, C, &cfin, 1);
    RUN(&st, S, &app, 1);
    CHECK(RUN(&st, S, &a40, 1) == 1 && it[0].handshake_failed && st.handshake_failed);
}

static void
test_false_start(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t app = rec(TLSEDU_CT_APPLICATION_DATA, 100), a20 = alert(2, 20);
    tlsedu_tls_record_t f2[] = { server_hello(0x0303, 0xc02f, NULL), hs(11), hs(12), hs(14) };

    /* RFC 7918 (zeek tls-early-alert f12/f13): with keys, the client's Finished (type 20)
     * then application data (23) before the server's ChangeCipherSpec: early kind 3 */
    tlsedu_tls_record_t f12[] = { hs(16), rec(20, 1), hs(20) };
    CHECK(start12(&st, it, client_hello(NULL, false), f2, 4) == 4);
    CHECK(RUN(&st, C, f12, 3) == 3 && it[2].msg == TLSEDU_MSG_FINISHED && !it[2].completes);
    CHECK(RUN(&st, C, &app, 1) == 1 && it[0].early && it[0].early_kind == TLSEDU_EARLY_FALSE_START);
    /* the server refuses (bad_record_mac): the handshake failed, the early data notwithstanding */
    CHECK(RUN(&st, S, &a20, 1) == 1 && it[0].handshake_failed && st.handshake_failed);
    /* without keys: the encrypted Finished (22, no message) then the data; the server's
     * ChangeCipherSpec and Finished after it, then the client's data is no longer early */
    tlsedu_tls_record_t f12n[] = { hs(16), rec(20, 1), enc_hs(), app }, f14[] = { rec(20, 1), enc_hs() };
    CHECK(start12(&st, it, client_hello(NULL, false), f2, 4) == 4);
    CHECK(RUN(&st, C, f12n, 4) == 4 && it[2].msg == TLSEDU_MSG_INF_FINISHED && it[3].early_kind == TLSEDU_EARLY_FALSE_START);
    CHECK(RUN(&st, S, f14, 2) == 2 && it[1].completes && st.complete);
    CHECK(RUN(&st, C, &app, 1) == 1 && !it[0].early && it[0].early_kind == TLSEDU_EARLY_NONE);
    /* TLS 1.3 never says False Start: the client's data after its Finished is not early */
    tlsedu_tls_state_t s13;
    start13(&s13, false, false);
    tlsedu_tls_record_t c13[] = { rec(20, 1), hs(20) };
    c13[1].decrypted = true;
    RUN(&s13, C, c13, 2);
    CHECK(RUN(&s13, C, &app, 1) == 1 && it[0].early_kind == TLSEDU_EARLY_NONE);
}

static void
test_dtls_cookie(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t ch = hs(1), hvr = hs(3);
    tlsedu_tls_record_t f4[] = { server_hello(0xfefd, 0xc02f, NULL), hs(11), hs(12), hs(14) };

    /* RFC 6347 4.2.1 (dtls12-cookie f1-f4): ClientHello, HelloVerifyRequest, ClientHello
     * with the cookie: one handshake, one more round trip */
    tlsedu_tls_state_init(&st);
    CHECK(RUN(&st, C, &ch, 1) == 1 && (st.events & TLSEDU_EV_NEW_HANDSHAKE));
    CHECK(RUN(&st, S, &hvr, 1) == 1 && it[0].msg == TLSEDU_MSG_HELLO_VERIFY_REQUEST);
    CHECK(RUN(&st, C, &ch, 1) == 1 && it[0].msg == TLSEDU_MSG_CLIENT_HELLO && !(st.events & TLSEDU_EV_NEW_HANDSHAKE));
    CHECK(RUN(&st, C, &ch, 1) == 1 && !(st.events & TLSEDU_EV_NEW_HANDSHAKE));   /* a retransmission */
    CHECK(RUN(&st, S, f4, 4) == 4 && st.round_trips == 3 && st.resumed == 0);
    /* abbreviated: 1 + 1 */
    tlsedu_tls_record_t ab[] = { server_hello(0xfefd, 0xc02f, NULL), rec(20, 1), enc_hs() };
    tlsedu_tls_state_init(&st);
    RUN(&st, C, &ch, 1);
    RUN(&st, S, &hvr, 1);
    RUN(&st, C, &ch, 1);
    CHECK(RUN(&st, S, ab, 3) == 3 && st.round_trips == 2 && st.resumed == 1);
    /* without a cookie: 2, and a ClientHello after the ServerHello starts a new handshake */
    CHECK(start12(&st, it, ch, f4, 4) == 4 && st.round_trips == 2);
    RUN(&st, S, &hvr, 1);
    CHECK(RUN(&st, C, &ch, 1) == 1 && (st.events & TLSEDU_EV_NEW_HANDSHAKE));
}

int
main(void)
{
    test_resume_session_id();
    test_resume_ticket();
    test_resume_psk_13();
    test_message_facts();
    test_tls13_uncertain_client_flight();
    test_tls13_server_answer();
    test_failures();
    test_tls13_refused_after_client_finished();
    test_data_both_ways();
    test_false_start();
    test_dtls_cookie();
    return check_report("handshake_facts");
}
