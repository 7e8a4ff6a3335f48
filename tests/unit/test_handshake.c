/* Unit tests of the TLS stage classifier and its texts, on small hand-built record lists.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <string.h>

#include "core/handshake.h"
#include "core/texts.h"

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

static tlsedu_tls_record_t
server_hello(uint16_t version, uint16_t suite, bool psk, bool retry)
{
    tlsedu_tls_record_t r = hs(2);
    r.messages[0].selected_version = version;
    r.messages[0].cipher_suite = suite;
    r.messages[0].psk = psk;
    r.messages[0].hello_retry = retry;
    return r;
}

/* Runs one frame and returns its stages as a string of digits ("23333"; alert = 'A'). */
static const char *
frame(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r, size_t n)
{
    static char out[64];
    tlsedu_stage_item_t items[32];
    size_t k = tlsedu_tls_frame(st, from, r, n, items, 32);
    for (size_t i = 0; i < k; i++)
        out[i] = "0123456789A"[items[i].stage <= TLSEDU_STAGE_ALERT ? items[i].stage : 0];
    out[k] = '\0';
    return out;
}

static void
test_tls13_without_keys(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t ch = hs(1);
    ch.messages[0].offers_tls13 = true;
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &ch, 1), "1");
    tlsedu_tls_record_t f2[] = { server_hello(0x0304, 0x1301, false, false), rec(20, 1), rec(0, 30),
                                 rec(0, 900), rec(0, 280), rec(0, 53) };
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, f2, 6), "293333");
    /* 53 bytes: 4 + 32 (SHA-256) + 1 + 16, the Finished of TLS_AES_128_GCM_SHA256 */
    tlsedu_tls_record_t f3[] = { rec(20, 1), rec(0, 800), rec(0, 300), rec(0, 53) };
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, f3, 4), "9775");
    tlsedu_tls_record_t data = rec(0, 100);
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, &data, 1), "6");
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &data, 1), "6");
    CHECK(tlsedu_tls13_finished_record_length(0x1302) == 69);
    CHECK(tlsedu_tls13_finished_record_length(0x1305) == 45);
    CHECK(tlsedu_tls13_finished_record_length(0xc02f) == 0);
}

static void
test_tls12_full_and_resumed(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t ch = hs(1);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &ch, 1), "1");
    tlsedu_tls_record_t f2[] = { server_hello(0x0303, 0xc02f, false, false), hs(11), hs(12), hs(13), hs(14) };
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, f2, 5), "23474");
    tlsedu_tls_record_t f3[] = { hs(11), hs(16), hs(15), rec(20, 1), rec(22, 40) };
    f3[4].n_messages = 0; /* encrypted Finished: no readable message */
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, f3, 5), "74755");
    tlsedu_tls_record_t f4[] = { hs(4), rec(20, 1), rec(22, 40) };
    f4[2].n_messages = 0;
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, f4, 3), "555");
    tlsedu_tls_record_t app = rec(23, 100);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &app, 1), "6");
    /* An encrypted handshake record after both Finished: a renegotiation, 8. */
    tlsedu_tls_record_t reneg = rec(22, 60);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &reneg, 1), "8");
    /* A fragment of a cleartext message (before any ChangeCipherSpec) gets no stage. */
    tlsedu_tls_state_init(&st);
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, &reneg, 1), "");
}

static void
test_tls12_psk_is_not_a_resumption(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t ch = hs(1);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    /* TLS_PSK_WITH_AES_128_CCM: no Certificate, but a ServerHelloDone: a full handshake */
    tlsedu_tls_record_t f2[] = { server_hello(0x0303, 0xc0a4, false, false), hs(14) };
    f2[0].messages[0].suite_name = "TLS_PSK_WITH_AES_128_CCM";
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, f2, 2), "24");
    CHECK(st.kex == TLSEDU_KEX_PSK && (st.events & TLSEDU_EV_NO_FS));
    tlsedu_tls_record_t f4[] = { rec(20, 1), rec(22, 40) };
    f4[1].n_messages = 0;
    frame(&st, TLSEDU_FROM_SERVER, f4, 2);
    CHECK(st.resumed == 0 && st.round_trips == 2 && st.kex == TLSEDU_KEX_PSK);
    /* and an abbreviated handshake is one */
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    tlsedu_tls_record_t ab[] = { server_hello(0x0303, 0xc02f, false, false), rec(20, 1), rec(22, 40) };
    ab[0].messages[0].suite_name = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
    ab[2].n_messages = 0;
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, ab, 3), "255");
    CHECK(st.resumed == 1 && st.round_trips == 1 && st.kex == TLSEDU_KEX_UNKNOWN);
}

static void
test_hello_retry_and_compat(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t items[8];
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t ch = hs(1);
    ch.messages[0].offers_tls13 = true;
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    tlsedu_tls_record_t hrr[] = { server_hello(0x0304, 0x1301, false, true), rec(20, 1) };
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_SERVER, hrr, 2, items, 8) == 2);
    CHECK(items[0].msg == TLSEDU_MSG_HELLO_RETRY_REQUEST && items[1].stage == TLSEDU_STAGE_COMPAT_CCS);
    tlsedu_tls_record_t again[] = { rec(20, 1), hs(1) };
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_CLIENT, again, 2, items, 8) == 2);
    CHECK(items[0].stage == TLSEDU_STAGE_COMPAT_CCS && items[1].msg == TLSEDU_MSG_CLIENT_HELLO_AGAIN);
    static const uint8_t hrr_random[32] = {
        0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91,
        0xc2, 0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c };
    CHECK(tlsedu_is_hello_retry_random(hrr_random, 32));
    CHECK(!tlsedu_is_hello_retry_random(hrr_random, 31));
    CHECK(!tlsedu_is_hello_retry_random(NULL, 32));
}

static void
test_psk_0rtt_without_keys(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t items[8];
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t ch = hs(1);
    ch.messages[0].offers_tls13 = ch.messages[0].offers_early_data = true;
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    tlsedu_tls_record_t early[] = { rec(20, 1), rec(0, 50) };
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_CLIENT, early, 2, items, 8) == 2);
    CHECK(items[0].stage == TLSEDU_STAGE_COMPAT_CCS && items[1].stage == TLSEDU_STAGE_APP_DATA);
    CHECK(items[1].early && items[1].inferred && items[1].msg == TLSEDU_MSG_INF_EARLY_DATA);
    tlsedu_tls_record_t sh[] = { server_hello(0x0304, 0x1301, true, false), rec(0, 60), rec(0, 53) };
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, sh, 3), "255");
    tlsedu_tls_record_t fin[] = { rec(0, 21), rec(0, 53) };
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_CLIENT, fin, 2, items, 8) == 2);
    CHECK(items[0].msg == TLSEDU_MSG_INF_END_OF_EARLY_DATA && items[1].msg == TLSEDU_MSG_INF_FINISHED);
}

/* QUIC: the TLS messages ride in CRYPTO frames, without records (no_record_layer). */
static tlsedu_tls_record_t
crypto(const uint8_t *types, size_t n)
{
    tlsedu_tls_record_t r;
    memset(&r, 0, sizeof r);
    r.no_record_layer = true;
    r.content_type = TLSEDU_CT_HANDSHAKE;   /* what tls_facts leaves there: must not matter */
    r.n_messages = n;
    for (size_t i = 0; i < n; i++)
        r.messages[i].type = types[i];
    return r;
}

static void
test_quic_crypto_frames(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t items[8];
    tlsedu_tls_state_init(&st);

    /* Without keys: the Initial packets' ClientHello and ServerHello, nothing more. */
    static const uint8_t t_ch[] = { 1 }, t_sh[] = { 2 }, t_hs[] = { 8, 11, 15, 20 },
                         t_fin[] = { 20 }, t_nst[] = { 4, 4 };
    tlsedu_tls_record_t ch = crypto(t_ch, 1);
    ch.messages[0].offers_tls13 = true;
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &ch, 1), "1");
    CHECK(st.events & TLSEDU_EV_NEW_HANDSHAKE);
    /* Initial (ServerHello) and Handshake (EncryptedExtensions..Finished) coalesced in one
     * datagram: two CRYPTO runs in one frame. */
    tlsedu_tls_record_t f2[] = { crypto(t_sh, 1), crypto(t_hs, 4) };
    f2[0].messages[0].selected_version = 0x0304;
    f2[0].messages[0].cipher_suite = 0x1301;
    f2[0].messages[0].key_share = true;
    f2[0].messages[0].key_share_group = 0x001d;   /* x25519 */
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_SERVER, f2, 2, items, 8) == 5);
    for (size_t i = 0; i < 5; i++)
        CHECK(!items[i].inferred && !items[i].early);
    CHECK(items[0].stage == 2 && items[1].stage == 2 && items[1].msg == TLSEDU_MSG_ENCRYPTED_EXTENSIONS);
    CHECK(items[2].msg == TLSEDU_MSG_SERVER_CERTIFICATE && items[3].msg == TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY);
    CHECK(items[2].stage == 3 && items[3].stage == 3 && items[4].stage == 5);
    CHECK(st.version == 0x0304 && st.kex == TLSEDU_KEX_ECDHE && st.round_trips == 1 && st.resumed == 0);
    CHECK(!(st.events & TLSEDU_EV_COMPLETE));
    /* The client's Finished completes the handshake, as over TCP. */
    tlsedu_tls_record_t f4 = crypto(t_fin, 1);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &f4, 1), "5");
    CHECK(st.events & TLSEDU_EV_COMPLETE);
    CHECK(st.complete);
    /* After it: NewSessionTickets in 1-RTT CRYPTO frames, stage 8. */
    tlsedu_tls_record_t f13 = crypto(t_nst, 2);
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, &f13, 1), "88");
    CHECK(!(st.events & TLSEDU_EV_COMPLETE));   /* reported once */

    /* Without keys, nothing is inferred after the ServerHello: QUIC packets give no TLS
     * records, and the messages seen are staged by their type only. */
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    tlsedu_tls_record_t sh = crypto(t_sh, 1);
    sh.messages[0].selected_version = 0x0304;
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_SERVER, &sh, 1, items, 8) == 1);
    CHECK(items[0].stage == 2 && !items[0].inferred);
    CHECK(!st.server_finished && !st.client_finished && !st.complete);

    /* 0-RTT: the client's ClientHello (with a PSK) and a 0-RTT packet in one datagram. The
     * data packet is client 0-RTT data (RFC 9001 4.6.1); the summary says 0 round trips,
     * PSK with ECDHE, resumed. */
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t f17[] = { ch, crypto(t_ch, 0) };
    f17[1].quic_0rtt = true;
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_CLIENT, f17, 2, items, 8) == 2);
    CHECK(items[0].stage == 1 && items[1].stage == 6);
    CHECK(items[1].early && items[1].early_kind == TLSEDU_EARLY_CLIENT_0RTT);
    tlsedu_tls_record_t f20[] = { crypto(t_sh, 1), crypto(t_hs, 1), crypto(t_fin, 1) };
    f20[0].messages[0].selected_version = 0x0304;
    f20[0].messages[0].psk = true;
    f20[0].messages[0].key_share = true;
    f20[0].messages[0].key_share_group = 0x001d;
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, f20, 3), "225");
    CHECK(st.round_trips == 0 && st.kex == TLSEDU_KEX_PSK_DHE && st.resumed == 1);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &f4, 1), "5");
    CHECK(st.complete);
    /* A 0-RTT packet after the ServerHello is still 0-RTT data but does not make the
     * handshake one of 0 round trips; from the server, it is nothing. */
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    frame(&st, TLSEDU_FROM_SERVER, &f2[0], 1);
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, &f17[1], 1), "");
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_CLIENT, &f17[1], 1, items, 8) == 1);
    CHECK(items[0].stage == 6 && items[0].early_kind == TLSEDU_EARLY_CLIENT_0RTT);
    CHECK(st.round_trips == 1 && !st.early_data_sent);
}

static void
test_sslv2_and_limits(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_state_init(&st);
    tlsedu_tls_record_t r = hs(1);
    r.messages[0].sslv2 = true;
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &r, 1), "1");
    r.messages[0].type = 4;    /* SSLv2 ServerHello, not a NewSessionTicket */
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, &r, 1), "2");
    r.messages[0].type = 2;    /* SSLv2 ClientMasterKey, not a ServerHello */
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &r, 1), "4");
    r.messages[0].type = 3;    /* SSLv2 ClientFinished and the like: no stage */
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &r, 1), "");
    tlsedu_tls_record_t enc = rec(0, 30);
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, &enc, 1), "");
    /* More items than room: truncated, never overflowing. */
    tlsedu_stage_item_t items[2];
    tlsedu_tls_record_t many[4] = { hs(1), hs(1), hs(1), hs(1) };
    tlsedu_tls_state_init(&st);
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_CLIENT, many, 4, items, 2) == 2);
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_CLIENT, many, 0, items, 2) == 0);
    /* An unknown handshake type gets no stage rather than a wrong one. */
    tlsedu_tls_record_t odd = hs(99);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &odd, 1), "");
}

static void
test_kex_names(void)
{
    /* The texts themselves: test_explain.c. */
    /* Key exchange from suite names. */
    CHECK(tlsedu_kex_from_suite_name("TLS_RSA_WITH_AES_128_GCM_SHA256") == TLSEDU_KEX_RSA);
    CHECK(tlsedu_kex_from_suite_name("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256") == TLSEDU_KEX_ECDHE);
    CHECK(tlsedu_kex_from_suite_name("TLS_DHE_RSA_WITH_AES_256_GCM_SHA384") == TLSEDU_KEX_DHE);
    CHECK(tlsedu_kex_from_suite_name("TLS_PSK_WITH_AES_128_CCM") == TLSEDU_KEX_PSK);
    CHECK(tlsedu_kex_from_suite_name("TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256") == TLSEDU_KEX_PSK_DHE);
    CHECK(tlsedu_kex_from_suite_name("TLS_RSA_PSK_WITH_AES_128_GCM_SHA256") == TLSEDU_KEX_OTHER);
    CHECK(tlsedu_kex_from_suite_name("TLS_ECDH_RSA_WITH_AES_128_CBC_SHA") == TLSEDU_KEX_OTHER);
    CHECK(tlsedu_kex_from_suite_name("TLS_DH_anon_WITH_AES_128_CBC_SHA") == TLSEDU_KEX_DHE);
    CHECK(tlsedu_kex_from_suite_name("TLS_ECDH_anon_WITH_AES_128_CBC_SHA") == TLSEDU_KEX_ECDHE);
    CHECK(tlsedu_kex_from_suite_name(NULL) == TLSEDU_KEX_UNKNOWN);
    CHECK_STR(tlsedu_alert_name(48), "unknown_ca(48)");
    CHECK(tlsedu_alert_name(255) == NULL);
    CHECK_STR(tlsedu_version_name(0x0304), "TLS 1.3");
    CHECK_STR(tlsedu_stage_name(TLSEDU_STAGE_COMPAT_CCS, TLSEDU_LANG_EN), "Compatibility record (TLS 1.3)");
}

/* One frame's stage items into it[] (a test's local array of 16); returns their number. */
#define RUN(st, from, r, n) tlsedu_tls_frame((st), (from), (r), (n), it, 16)
#define IS_EARLY(item, kind) ((item).early && (item).early_kind == (kind))
#define IS_FIN(item, m, side, done) ((item).msg == (m) && (item).from == (side) && (item).completes == (done))

static void
test_early_data_tls13(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t app = rec(TLSEDU_CT_APPLICATION_DATA, 100), ch = hs(1);

    /* TLS 1.3 with keys (tls13-rfc8446.pcap): 0-RTT, then the server's 0.5-RTT data. */
    tlsedu_tls_state_init(&st);
    ch.messages[0].offers_tls13 = ch.messages[0].offers_early_data = true;
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    tlsedu_tls_record_t zero[] = { rec(20, 1), app }, cfin[] = { hs(5), hs(20) };
    CHECK(RUN(&st, TLSEDU_FROM_CLIENT, zero, 2) == 2 && IS_EARLY(it[1], TLSEDU_EARLY_CLIENT_0RTT));
    tlsedu_tls_record_t flight[] = { server_hello(0x0304, 0x1301, true, false), rec(20, 1), hs(8), hs(20) };
    CHECK(RUN(&st, TLSEDU_FROM_SERVER, flight, 4) == 4 && it[3].version == 0x0304 &&
          IS_FIN(it[3], TLSEDU_MSG_FINISHED, TLSEDU_FROM_SERVER, false));
    CHECK(RUN(&st, TLSEDU_FROM_SERVER, &app, 1) == 1 && IS_EARLY(it[0], TLSEDU_EARLY_SERVER_05RTT));
    CHECK(RUN(&st, TLSEDU_FROM_CLIENT, cfin, 2) == 2 && IS_FIN(it[1], TLSEDU_MSG_FINISHED, TLSEDU_FROM_CLIENT, true));
    CHECK(RUN(&st, TLSEDU_FROM_CLIENT, &app, 1) == 1 && !it[0].early && it[0].early_kind == TLSEDU_EARLY_NONE);
    CHECK(RUN(&st, TLSEDU_FROM_SERVER, &app, 1) == 1 && !it[0].early && it[0].early_kind == TLSEDU_EARLY_NONE);
    /* The sender unknown (no conversation): early, of no known kind. */
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_UNKNOWN, &ch, 1);
    CHECK(RUN(&st, TLSEDU_FROM_UNKNOWN, &app, 1) == 1 && IS_EARLY(it[0], TLSEDU_EARLY_NONE));
}

static void
test_early_data_tls12(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t it[16];
    tlsedu_tls_record_t app = rec(TLSEDU_CT_APPLICATION_DATA, 100), ch = hs(1);

    /* False Start (no Debian package makes one: the records Wireshark would show): the
     * client's data after its ChangeCipherSpec and Finished, before the server's. */
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    tlsedu_tls_record_t f2[] = { server_hello(0x0303, 0xc02f, false, false), hs(11), hs(12), hs(14) };
    frame(&st, TLSEDU_FROM_SERVER, f2, 4);
    tlsedu_tls_record_t f3[] = { hs(16), rec(20, 1), rec(22, 40), app }, f4[] = { rec(20, 1), rec(22, 40) };
    f3[2].n_messages = f4[1].n_messages = 0;
    CHECK(RUN(&st, TLSEDU_FROM_CLIENT, f3, 4) == 4 && IS_FIN(it[2], TLSEDU_MSG_INF_FINISHED, TLSEDU_FROM_CLIENT, false) &&
          IS_EARLY(it[3], TLSEDU_EARLY_FALSE_START));
    CHECK(RUN(&st, TLSEDU_FROM_SERVER, f4, 2) == 2 && IS_FIN(it[1], TLSEDU_MSG_INF_FINISHED, TLSEDU_FROM_SERVER, true));
    CHECK(RUN(&st, TLSEDU_FROM_CLIENT, &app, 1) == 1 && !it[0].early && it[0].early_kind == TLSEDU_EARLY_NONE);
    /* Abbreviated: the server finishes first; its data before the client's Finished is
     * 0.5-RTT data, and the client's Finished completes the handshake. */
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    tlsedu_tls_record_t ab[] = { server_hello(0x0303, 0xc02f, false, false), rec(20, 1), hs(20) }, cab[] = { rec(20, 1), hs(20) };
    CHECK(RUN(&st, TLSEDU_FROM_SERVER, ab, 3) == 3 && IS_FIN(it[2], TLSEDU_MSG_FINISHED, TLSEDU_FROM_SERVER, false));
    CHECK(RUN(&st, TLSEDU_FROM_SERVER, &app, 1) == 1 && IS_EARLY(it[0], TLSEDU_EARLY_SERVER_05RTT));
    CHECK(RUN(&st, TLSEDU_FROM_CLIENT, cab, 2) == 2 && IS_FIN(it[1], TLSEDU_MSG_FINISHED, TLSEDU_FROM_CLIENT, true) && st.complete);
}

static void
test_escape(void)
{
    char out[32];
    CHECK_STR(tlsedu_escape("www.tlsedu.test", 255, out, sizeof out), "www.tlsedu.test");
    CHECK_STR(tlsedu_escape("a\nb\\c\x01", 255, out, sizeof out), "a\\x0ab\\x5cc\\x01");
    CHECK_STR(tlsedu_escape("\xc3\xa9t\xc3\xa9", 255, out, sizeof out), "\\xc3\\xa9t\\xc3\\xa9");
    CHECK_STR(tlsedu_escape("abcdef", 3, out, sizeof out), "abc");          /* unterminated input */
    char tiny[6];
    CHECK_STR(tlsedu_escape("ab\x01" "cd", 255, tiny, sizeof tiny), "ab");      /* no half escape */
    CHECK_STR(tlsedu_escape(NULL, 10, out, sizeof out), "");
}

/* EAP-TLS has no ports: the side is unknown. The client's flight (Certificate,
 * ClientKeyExchange, CertificateVerify) still puts its Certificate under client
 * authentication (RFC 5246 7.3, RFC 5216 2.1); the server's flight keeps its own. */
static void
test_unknown_side_client_certificate(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_record_t server[] = { server_hello(0x0303, 0xc02f, false, false), hs(11), hs(12), hs(13), hs(14) };
    tlsedu_tls_record_t client[] = { hs(11), hs(16), hs(15) };

    tlsedu_tls_state_init(&st);
    CHECK_STR(frame(&st, TLSEDU_FROM_UNKNOWN, (tlsedu_tls_record_t[]){ hs(1) }, 1), "1");
    CHECK_STR(frame(&st, TLSEDU_FROM_UNKNOWN, server, 5), "23474");
    CHECK_STR(frame(&st, TLSEDU_FROM_UNKNOWN, client, 3), "747");
}

/* Only the client's side captured (RFC 8446 D.4, 4.4.4): after its compatibility CCS, a
 * 53-byte protected record with no early data offered is its Finished, not data. */
static void
test_lone_client_finished(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_record_t ch = hs(1);
    tlsedu_tls_record_t flight[] = { rec(TLSEDU_CT_CHANGE_CIPHER_SPEC, 1), rec(TLSEDU_CT_APPLICATION_DATA, 53) };
    tlsedu_tls_record_t data = rec(TLSEDU_CT_APPLICATION_DATA, 229);

    ch.messages[0].offers_tls13 = true;
    tlsedu_tls_state_init(&st);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &ch, 1), "1");
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, flight, 2), "95");
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, &data, 1), "6");
    /* with early data offered the same record may be 0-RTT data: not said a Finished */
    ch.messages[0].offers_early_data = true;
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    CHECK(strchr(frame(&st, TLSEDU_FROM_CLIENT, flight, 2), '5') == NULL);
}

/* Review 15s: a server record of an alert's size; records after a PSK flight; a TLS 1.3
 * ServerHello after a second ClientHello offering only TLS 1.2; a lone client never fails. */
static void
test_sizes_and_sides(void)
{
    tlsedu_tls_state_t st;
    tlsedu_stage_item_t items[8];
    tlsedu_tls_record_t ch = hs(1), ch12 = hs(1), fin = rec(0, 53), tiny = rec(0, 19), later = rec(0, 553);
    tlsedu_tls_record_t full[] = { server_hello(0x0304, 0x1301, false, false), rec(20, 1), rec(0, 23), rec(0, 595), rec(0, 53) };
    tlsedu_tls_record_t psk[] = { server_hello(0x0304, 0x1301, true, false), rec(20, 1), rec(0, 74) };

    ch.messages[0].offers_tls13 = true;
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, full, 5), "29333");
    /* 19 = 2 + 1 + 16: an alert, not more of the flight */
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_SERVER, &tiny, 1, items, 8) == 1 && items[0].stage == TLSEDU_STAGE_ALERT &&
          items[0].alert_by_size && items[0].inferred);
    /* only the server's side: its PSK flight, then a later frame's records are not the flight */
    tlsedu_tls_state_init(&st);
    CHECK_STR(frame(&st, TLSEDU_FROM_SERVER, psk, 3), "295");
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_SERVER, &later, 1, items, 8) == 1 && items[0].stage == TLSEDU_STAGE_APP_DATA &&
          items[0].after_server_flight);
    /* a second ClientHello offering only TLS 1.2, then a TLS 1.3 ServerHello: it answers the first */
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    frame(&st, TLSEDU_FROM_CLIENT, &ch12, 1);
    CHECK(tlsedu_tls_frame(&st, TLSEDU_FROM_SERVER, full, 1, items, 8) == 1 && items[0].answers_earlier_hello &&
          (st.events & TLSEDU_EV_EARLIER_HELLO));
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch12, 1);
    tlsedu_tls_frame(&st, TLSEDU_FROM_SERVER, full, 1, items, 8);
    CHECK(!items[0].answers_earlier_hello);
    /* the client's side alone: its Finished inferred, the end of the connection is no failure */
    tlsedu_tls_record_t flight[] = { rec(TLSEDU_CT_CHANGE_CIPHER_SPEC, 1), fin };
    tlsedu_tls_state_init(&st);
    frame(&st, TLSEDU_FROM_CLIENT, &ch, 1);
    CHECK_STR(frame(&st, TLSEDU_FROM_CLIENT, flight, 2), "95");
    tlsedu_tls_connection_end(&st);
    CHECK(!st.handshake_failed && !(st.events & TLSEDU_EV_FAILED));
}

int
main(void)
{
    test_escape();
    test_tls13_without_keys();
    test_tls12_full_and_resumed();
    test_hello_retry_and_compat();
    test_tls12_psk_is_not_a_resumption();
    test_psk_0rtt_without_keys();
    test_quic_crypto_frames();
    test_sslv2_and_limits();
    test_kex_names();
    test_early_data_tls13();
    test_early_data_tls12();
    test_unknown_side_client_certificate();
    test_lone_client_finished();
    test_sizes_and_sides();
    return check_report("handshake");
}
