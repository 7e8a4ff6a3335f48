/* Unit tests of the explanations: the sentence model (every sentence in every language,
 * within Wireshark's label limit, placeholders filled, French typography) and which
 * sentences a message gets for its version, its side and what the frame holds.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdbool.h>
#include <string.h>

#include "core/classroom.h"
#include "core/course.h"
#include "core/handshake.h"
#include "core/names.h"
#include "core/sentences.h"
#include "core/texts.h"
#include "core/tls_types.h"

#include "check.h"

/* A long argument (the longest names the frame gives are cut anyway). */
#define ARG40 "0123456789012345678901234567890123456789"

static size_t
count_placeholders(const char *t, char *which)
{
    size_t n = 0;
    for (const char *p = t; *p; p++)
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '3' && p[2] == '}') {
            which[p[1] - '1'] = 1;
            n++;
        }
    return n;
}

/* Every sentence exists in every language with the same placeholders, and fits one item
 * with 40-byte arguments; no template says what issue 15 removed. */
static void
test_every_sentence(void)
{
    static const char *const wrong[] = {
        "everything is encrypted", "tout est chiffré", "étape", "Étape", "proves its identity",
        "prouve son identité", "stays hidden", "454 (or another", "already secure",
        "The certificate proves",
    };
    for (int id = S_NONE + 1; id < S_COUNT; id++) {
        const tlsedu_sentence_t *s = tlsedu_sentence((tlsedu_sentence_id_t)id);
        char en[3] = { 0 }, fr[3] = { 0 }, ru[3] = { 0 };
        tlsedu_explanation_t e = { 0 };

        CHECK(s != NULL && s->text[TLSEDU_LANG_EN] != NULL && s->text[TLSEDU_LANG_FR] != NULL &&
              s->text[TLSEDU_LANG_RU] != NULL);
        if (s == NULL || s->text[0] == NULL || s->text[1] == NULL || s->text[2] == NULL)
            continue;
        count_placeholders(s->text[0], en);
        count_placeholders(s->text[1], fr);
        count_placeholders(s->text[2], ru);
        CHECK(memcmp(en, fr, 3) == 0 && memcmp(en, ru, 3) == 0);
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
            tlsedu_say(&e, (tlsedu_lang_t)l, s, ARG40, ARG40, ARG40);
            CHECK(strlen(e.s[e.n - 1]) <= 200 || strstr(s->text[l], "{") == NULL);
            CHECK(strlen(e.s[e.n - 1]) <= TLSEDU_SENTENCE_BYTES);
            CHECK(strstr(e.s[e.n - 1], "\xe2\x80\xa6") == NULL);     /* never cut */
            for (size_t w = 0; w < sizeof wrong / sizeof wrong[0]; w++)
                CHECK(strstr(s->text[l], wrong[w]) == NULL);
        }
    }
    CHECK(tlsedu_sentence(S_NONE) == NULL && tlsedu_sentence(S_COUNT) == NULL);
    /* the alert causes too, in every language */
    for (int d = 0; d < 256; d++) {
        const tlsedu_sentence_t *s = tlsedu_alert_cause_sentence((unsigned char)d);
        if (s == NULL)
            continue;
        CHECK(s->text[0] != NULL && s->text[1] != NULL && s->text[2] != NULL);
    }
}

static void
test_say(void)
{
    static const tlsedu_sentence_t t = { { "A {2} then {1}.", "Un {2} puis {1} : « {3} » ; fini ?" } };
    tlsedu_explanation_t e = { 0 };
    char joined[64], longarg[400];

    tlsedu_say(&e, TLSEDU_LANG_EN, &t, "x", "y", NULL);
    CHECK_STR(e.s[0], "A y then x.");
    tlsedu_say(&e, TLSEDU_LANG_FR, &t, "x", "y", "z");
    CHECK_STR(e.s[1], "Un y puis x\xc2\xa0: «\xc2\xa0z\xc2\xa0»\xc2\xa0; fini\xc2\xa0?");
    CHECK_STR(tlsedu_explanation_join(&e, joined, sizeof joined), "A y then x. Un y puis x\xc2\xa0: «\xc2\xa0z\xc2\xa0»\xc2\xa0; fini\xc2\xa0?");
    CHECK(strlen(tlsedu_explanation_join(&e, joined, 8)) == 7);
    /* a long argument: cut at a character boundary, an ellipsis, never past the limit */
    memset(longarg, 0, sizeof longarg);
    for (size_t i = 0; i + 2 < 390; i += 2) {
        longarg[i] = '\xc3';
        longarg[i + 1] = '\xa9';
    }
    tlsedu_say(&e, TLSEDU_LANG_EN, &t, longarg, "y", NULL);
    CHECK(strlen(e.s[2]) <= TLSEDU_SENTENCE_BYTES && strstr(e.s[2], "\xe2\x80\xa6") != NULL);
    CHECK(strlen(e.s[2]) >= TLSEDU_SENTENCE_BYTES - 4);
    /* a 200-byte distinguished name: the sentence is cut, never past the limit */
    {
        char dn[201];
        memset(dn, 'a', 200);
        dn[200] = '\0';
        tlsedu_explanation_t d = { 0 };
        tlsedu_say(&d, TLSEDU_LANG_FR, tlsedu_sentence(S_CERT_SUBJECT), dn, NULL, NULL);
        CHECK(strlen(d.s[0]) <= TLSEDU_SENTENCE_BYTES && strncmp(d.s[0], "Certificat du serveur", 21) == 0);
    }
    /* a full explanation takes no more */
    e.n = TLSEDU_SENTENCES_MAX;
    tlsedu_say(&e, TLSEDU_LANG_EN, &t, "x", "y", NULL);
    CHECK(e.n == TLSEDU_SENTENCES_MAX);
}

/* The explanation of one item, joined; ctx fields that matter here. */
static const char *
explain(tlsedu_stage_item_t *it, uint16_t version, tlsedu_kex_t kex, const char *suite, int lang)
{
    static char buf[4096];
    tlsedu_explain_ctx_t ctx;

    memset(&ctx, 0, sizeof ctx);
    ctx.version = version;
    ctx.kex = kex;
    ctx.suite_name = suite;
    ctx.server_name = "www.tlsedu.test";
    return tlsedu_stage_explain(it, &ctx, (tlsedu_lang_t)lang, buf, sizeof buf);
}

static tlsedu_stage_item_t
item(tlsedu_msg_t msg, uint16_t version, int from)
{
    tlsedu_stage_item_t it;
    memset(&it, 0, sizeof it);
    it.msg = msg;
    it.version = version;
    it.from = (uint8_t)from;
    return it;
}

static bool
has(const char *text, const char *part)
{
    return strstr(text, part) != NULL;
}

enum { C = TLSEDU_FROM_CLIENT, S = TLSEDU_FROM_SERVER };

/* Every message, version, side and language has an explanation, each sentence within the
 * limit. */
static void
test_every_message(void)
{
    static const uint16_t versions[] = { 0, 0x0300, 0x0303, 0x0304, 0xfefd };
    for (int m = 1; m < TLSEDU_MSG_COUNT; m++)
        for (size_t v = 0; v < sizeof versions / sizeof versions[0]; v++)
            for (int k = 0; k < 12; k++) {
                tlsedu_stage_item_t it = item((tlsedu_msg_t)m, versions[v], k % 3);
                tlsedu_explain_ctx_t ctx = { versions[v], "TLS_RSA_WITH_AES_128_GCM_SHA256",
                                             TLSEDU_KEX_RSA, "www.tlsedu.test", "x", "CN=a", "CN=b",
                                             (k & 4) != 0, (k & 8) ? "wrong.test" : NULL, "a.test, b.test",
                                             (unsigned)k % 3, "RSA 2048 bits", "sha256WithRSAEncryption",
                                             (unsigned)k % 4, (k & 1) != 0, (k & 2) != 0,
                                             (k & 2) ? "HTTP" : NULL, (k & 8) ? "GET /a-long-path" : NULL,
                                             (unsigned)k * 1000 };
                it.n_shares = (uint8_t)(k % 6);
                it.shares[0] = 0x001d;
                it.shares[1] = 0x11ec;
                it.shares[2] = 0x1234;
                tlsedu_explanation_t e;
                it.completes = (k / 3) & 1;
                it.alert_known = true;
                it.alert_description = (uint8_t)(k * 10);
                CHECK(tlsedu_stage_sentences(&it, &ctx, (tlsedu_lang_t)(k / 4), &e) >= 1);
                for (size_t i = 0; i < e.n; i++)
                    CHECK(strlen(e.s[i]) > 10 && strlen(e.s[i]) <= TLSEDU_SENTENCE_BYTES);
                CHECK(strcmp(tlsedu_msg_name((tlsedu_msg_t)m), "?") != 0);
            }
}

static void
test_hellos(void)
{
    tlsedu_stage_item_t it = item(TLSEDU_MSG_CLIENT_HELLO, 0, C);

    /* a TLS-1.2-only ClientHello gets no TLS 1.3 sentence, no hedge */
    CHECK(!has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, false), "TLS 1.3"));
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, false), "by name (SNI), which anyone on the path can read: \"www.tlsedu.test\"."));
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, true), "«\xc2\xa0www.tlsedu.test\xc2\xa0»"));
    it.offers_tls13 = true;
    it.offers_early_data = true;
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, false), "It offers TLS 1.3"));
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, false), "early_data"));
    /* ServerHello: version, suite, the 1.3 group by name, resumption per kind */
    it = item(TLSEDU_MSG_SERVER_HELLO, 0x0304, S);
    it.group = 0x11ec;
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_HYBRID_PQ, "TLS_AES_128_GCM_SHA256", false), "Version chosen: TLS 1.3."));
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_HYBRID_PQ, "TLS_AES_128_GCM_SHA256", false), "Cipher suite chosen: TLS_AES_128_GCM_SHA256."));
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_HYBRID_PQ, NULL, false), "in the group X25519MLKEM768"));
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_HYBRID_PQ, NULL, false), "every handshake message after this one is encrypted"));
    it.resumption = TLSEDU_RESUME_PSK;
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_PSK_DHE, NULL, false), "pre-shared keys"));
    it = item(TLSEDU_MSG_SERVER_HELLO, 0x0303, S);
    CHECK(!has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "encrypted"));
    it.resumption = TLSEDU_RESUME_SESSION_ID;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "echoes the client's session ID") &&
          has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "master secret is reused"));
    it.resumption = TLSEDU_RESUME_TICKET;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "session ticket") &&
          has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "No certificate and no key exchange"));
    /* HelloRetryRequest names the group; HelloVerifyRequest costs a round trip */
    it = item(TLSEDU_MSG_HELLO_RETRY_REQUEST, 0x0304, S);
    it.group = 0x0017;
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_UNKNOWN, NULL, false), "key share in the group secp256r1"));
    it = item(TLSEDU_MSG_HELLO_VERIFY_REQUEST, 0xfefd, S);
    CHECK(has(explain(&it, 0xfefd, TLSEDU_KEX_UNKNOWN, NULL, false), "one more round trip"));
}

/* The certificate is public; the proof is a signature (or, RSA, the Finished). */
static void
test_authentication(void)
{
    tlsedu_stage_item_t it = item(TLSEDU_MSG_SERVER_CERTIFICATE, 0x0304, S);

    CHECK(!has(explain(&it, 0x0304, TLSEDU_KEX_ECDHE, NULL, false), "proves its identity"));
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_ECDHE, NULL, false), "by itself it proves nothing"));
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_ECDHE, NULL, false), "CertificateVerify"));
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_ECDHE, NULL, false), "travels encrypted"));
    it.version = 0x0303;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "the ServerKeyExchange, signed"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_RSA, NULL, false), "the server signs nothing"));
    CHECK(!has(explain(&it, 0x0303, TLSEDU_KEX_RSA, NULL, false), "travels encrypted"));
    /* ServerKeyExchange: 1.2 vocabulary (no key share), curve and algorithm by name */
    it = item(TLSEDU_MSG_SERVER_KEY_EXCHANGE, 0x0303, S);
    it.group = 0x001d;
    it.signature_scheme = 0x0804;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", false), "Curve: x25519."));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", false), "rsa_pss_rsae_sha256"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", false), "comes later, in its ClientKeyExchange"));
    CHECK(!has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", false), "key share"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", false), "This message is not signed"));
    CHECK(!has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", false), "rsa_pss"));
    /* client authentication: an empty Certificate declines */
    it = item(TLSEDU_MSG_CLIENT_CERTIFICATE, 0x0303, C);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "proof is the client's CertificateVerify"));
    it.empty_certificate = true;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "Certificate is empty") &&
          !has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "proves") &&
          has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "No CertificateVerify follows"));
}

/* RSA: pre-master -> master (both randoms) -> session keys; (EC)DHE: nothing secret sent. */
static void
test_key_exchange(void)
{
    tlsedu_stage_item_t it = item(TLSEDU_MSG_CLIENT_KEY_EXCHANGE, 0x0303, C);
    const char *t = explain(&it, 0x0303, TLSEDU_KEX_RSA, NULL, false);

    char note[512];

    CHECK(has(t, "48-byte pre-master secret") && has(t, "master secret from it and both random numbers") &&
          has(t, "session keys from the master secret") && !has(t, "is this pre-master secret"));
    /* the course's words are its note's, not said twice */
    CHECK(tlsedu_course_note(&it, false, TLSEDU_KEX_RSA, false, false, 0, note, 512) && has(note, "is this pre-master secret"));
    t = explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false);
    CHECK(has(t, "never travels") && !has(t, "is not sent here") && !has(t, "48-byte"));
    CHECK(tlsedu_course_note(&it, false, TLSEDU_KEX_ECDHE, false, false, 0, note, 512) && has(note, "no session key travels"));
}

static bool
says(tlsedu_msg_t msg, uint16_t version, int from, bool completes, int kind, int lang, const char *part)
{
    tlsedu_stage_item_t it = item(msg, version, from);
    it.completes = completes;
    it.early = kind != 255;
    it.early_kind = (uint8_t)(kind != 255 ? kind : 0);
    return has(explain(&it, version, TLSEDU_KEX_UNKNOWN, NULL, lang), part);
}

static void
test_finished(void)
{
    static const uint16_t versions[] = { 0, 0x0300, 0x0303, 0x0304, 0xfefd, 0xfefc };
    static const char *const wrong[] = { "everything is encrypted", "tout est chiffré", "first message protected by the new" };
    const tlsedu_msg_t fin = TLSEDU_MSG_FINISHED, inf = TLSEDU_MSG_INF_FINISHED;

    for (size_t v = 0; v < sizeof versions / sizeof versions[0]; v++)
        for (int k = 0; k < 24; k++)
            for (size_t w = 0; w < sizeof wrong / sizeof wrong[0]; w++)
                CHECK(!says(k & 1 ? inf : fin, versions[v], k / 8, k & 4, 255, (k & 2) != 0, wrong[w]));
    CHECK(says(fin, 0x0304, S, false, 255, false, "server's handshake traffic secret") &&
          says(fin, 0x0304, S, false, 255, false, "the server may already send application data"));
    CHECK(says(fin, 0x0304, C, true, 255, false, "It ends the handshake: the client now sends with its application traffic keys"));
    CHECK(says(fin, 0xfefc, C, true, 255, true, "Finished (client, TLS 1.3)\xc2\xa0: "));
    CHECK(says(inf, 0x0304, C, true, 255, false, "same handshake keys as its Certificate and CertificateVerify") &&
          !says(inf, 0x0304, C, true, 255, false, "first"));
    CHECK(says(fin, 0x0303, C, false, 255, false, "The server's ChangeCipherSpec and Finished are still to come."));
    CHECK(says(inf, 0xfefd, C, false, 255, false, "The server's ChangeCipherSpec and Finished are still to come."));
    CHECK(says(fin, 0x0303, S, true, 255, false, "complete in both directions"));
    CHECK(says(inf, 0x0300, S, true, 255, true, "terminée dans les deux sens"));
    CHECK(says(fin, 0x0303, S, false, 255, false, "the client's ChangeCipherSpec and Finished are still to come"));
    CHECK(says(fin, 0x0303, C, true, 255, false, "the server finished first"));
    CHECK(says(fin, 0, C, false, 255, false, "nobody tampered") && says(fin, 0x0303, 0, false, 255, false, "nobody tampered"));
    /* an uncertain inference says so */
    tlsedu_stage_item_t it = item(inf, 0x0304, C);
    it.uncertain = true;
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_ECDHE, NULL, false), "This inference is uncertain"));
}

static void
test_data(void)
{
    static const int kinds[] = { TLSEDU_EARLY_NONE, TLSEDU_EARLY_SERVER_05RTT, TLSEDU_EARLY_FALSE_START, 255 };
    const tlsedu_msg_t app = TLSEDU_MSG_APP_DATA;
    tlsedu_stage_item_t it;

    static const char *const replay[TLSEDU_LANG_COUNT] = { "can replay it", "rejouer", "повторить (replay)" };
    static const char *const no_fs[TLSEDU_LANG_COUNT] = { "No forward secrecy", "Pas de confidentialité", "Нет прямой секретности" };
    static const char *const half[TLSEDU_LANG_COUNT] = { "client's Finished (0.5-RTT)", "Finished du client (0,5-RTT)", "Finished клиента (0,5-RTT)" };

    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        CHECK(says(app, 0x0304, C, false, TLSEDU_EARLY_CLIENT_0RTT, l, replay[l]));
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
            CHECK(!says(app, 0x0304, S, false, kinds[k], l, replay[l]));
            CHECK(!says(app, 0x0304, S, false, kinds[k], l, no_fs[l]));
        }
        CHECK(says(app, 0x0304, S, false, TLSEDU_EARLY_SERVER_05RTT, l, half[l]));
        CHECK(says(app, 0x0303, C, false, TLSEDU_EARLY_FALSE_START, l, "RFC 7918"));
    }
    /* TLS 1.3 without keys: application data or a post-handshake message */
    it = item(TLSEDU_MSG_INF_APP_DATA, 0x0304, S);
    CHECK(has(explain(&it, 0x0304, TLSEDU_KEX_ECDHE, NULL, false), "application data or a post-handshake message (NewSessionTicket, KeyUpdate), or an alert"));
    /* NULL encryption is never called encrypted */
    it = item(app, 0x0303, C);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_RSA, "TLS_RSA_WITH_NULL_SHA256", false), "NOT encrypted") &&
          !has(explain(&it, 0x0303, TLSEDU_KEX_RSA, "TLS_RSA_WITH_NULL_SHA256", false), "encrypted and"));
}

/* Alerts name who sent them; unknown_ca follows the sender; protocol_version is about versions. */
static void
test_alerts(void)
{
    tlsedu_stage_item_t it = item(TLSEDU_MSG_ALERT, 0x0303, S);
    char buf[256];

    it.alert_known = true;
    it.alert_level = 2;
    it.alert_description = TLSEDU_ALERT_UNKNOWN_CA;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "Alert sent by the server: unknown_ca(48), level fatal."));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "the server does not trust the issuer of the client's certificate"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, TLSEDU_LANG_RU), "Оповещение от сервера: unknown_ca(48), уровень: фатальное.") &&
          has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, TLSEDU_LANG_RU), "сервер не доверяет издателю сертификата клиента"));
    it.from = C;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, true), "le client ne fait pas confiance à l'émetteur du certificat du serveur"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, TLSEDU_LANG_RU), "клиент не доверяет издателю сертификата сервера"));
    it.alert_description = TLSEDU_ALERT_PROTOCOL_VERSION;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "does not support the protocol version"));
    it.alert_description = TLSEDU_ALERT_HANDSHAKE_FAILURE;
    CHECK(!has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "version"));
    it.handshake_failed = true;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "The handshake fails here"));
    it.alert_description = TLSEDU_ALERT_CLOSE_NOTIFY;
    it.alert_level = 1;
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "not an error") &&
          !has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "fails"));
    CHECK_STR(tlsedu_alert_cause_text(TLSEDU_ALERT_CERTIFICATE_EXPIRED, TLSEDU_FROM_CLIENT, TLSEDU_LANG_EN, buf, sizeof buf),
              "the server's certificate has expired or is not yet valid");
    CHECK_STR(tlsedu_alert_cause_text(TLSEDU_ALERT_CERTIFICATE_EXPIRED, TLSEDU_FROM_SERVER, TLSEDU_LANG_RU, buf, sizeof buf),
              "срок действия сертификата клиента истек или еще не начался");
    CHECK(tlsedu_alert_cause_text(TLSEDU_ALERT_CLOSE_NOTIFY, TLSEDU_FROM_CLIENT, TLSEDU_LANG_EN, buf, sizeof buf) == NULL);
}

static void
test_weak_suites(void)
{
    char buf[512];
    tlsedu_stage_item_t it;

    CHECK(tlsedu_suite_weakness("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256") == 0);
    CHECK(tlsedu_suite_weakness("TLS_AES_128_GCM_SHA256") == 0);
    CHECK(tlsedu_suite_weakness("TLS_RSA_WITH_NULL_SHA256") == TLSEDU_WEAK_NULL);
    CHECK(tlsedu_suite_weakness("TLS_NULL_WITH_NULL_NULL") & TLSEDU_WEAK_NULL);
    CHECK(tlsedu_suite_weakness("TLS_ECDH_anon_WITH_AES_128_CBC_SHA") == TLSEDU_WEAK_ANON);
    CHECK(tlsedu_suite_weakness("TLS_DH_anon_WITH_AES_128_GCM_SHA256") == TLSEDU_WEAK_ANON);
    CHECK(tlsedu_suite_weakness("TLS_RSA_EXPORT_WITH_RC4_40_MD5") == (TLSEDU_WEAK_EXPORT | TLSEDU_WEAK_RC4 | TLSEDU_WEAK_MD5));
    CHECK(tlsedu_suite_weakness("TLS_RSA_WITH_DES_CBC_SHA") == TLSEDU_WEAK_DES);
    CHECK(tlsedu_suite_weakness("TLS_RSA_WITH_3DES_EDE_CBC_SHA") == TLSEDU_WEAK_3DES);
    CHECK(tlsedu_suite_weakness("TLS_RSA_WITH_RC4_128_SHA") == TLSEDU_WEAK_RC4);
    CHECK(tlsedu_suite_weakness("TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA") == (TLSEDU_WEAK_EXPORT | TLSEDU_WEAK_DES));
    CHECK(tlsedu_suite_weakness(NULL) == 0);
    CHECK(tlsedu_suite_weakness("TLS_RSA_EXPORT_WITH_DES40_CBC_SHA") == TLSEDU_WEAK_EXPORT);
    CHECK(tlsedu_suite_weakness("TLS_RSA_WITH_IDEA_CBC_SHA") == TLSEDU_WEAK_IDEA);
    CHECK(tlsedu_suite_weakness("TLS_SHA256_SHA256") == TLSEDU_WEAK_NULL);
    CHECK(tlsedu_suite_weakness("TLS_NULL_WITH_NULL_NULL") == (TLSEDU_WEAK_NULL | TLSEDU_WEAK_NO_MAC));
    it = item(TLSEDU_MSG_APP_DATA, 0x0303, C);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_OTHER, "TLS_NULL_WITH_NULL_NULL", false), "neither encryption nor integrity"));
    it = item(TLSEDU_MSG_SERVER_HELLO, 0x0303, S);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_OTHER, "TLS_NULL_WITH_NULL_NULL", false), "No encryption and no integrity") &&
          !has(explain(&it, 0x0303, TLSEDU_KEX_OTHER, "TLS_NULL_WITH_NULL_NULL", false), "integrity only"));
    /* PSK and RSA_EXPORT key exchanges: no false signature claims */
    it = item(TLSEDU_MSG_SERVER_KEY_EXCHANGE, 0x0303, S);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_PSK_DHE, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", false), "(PSK suite): not signed") &&
          !has(explain(&it, 0x0303, TLSEDU_KEX_PSK_DHE, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", false), "certificate's private key"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_RSA, "TLS_RSA_EXPORT_WITH_RC4_40_MD5", false), "temporary 512-bit RSA key"));
    it = item(TLSEDU_MSG_CLIENT_KEY_EXCHANGE, 0x0303, C);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", false), "nothing was signed") &&
          !has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", false), "only signed"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_PSK_DHE, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", false), "combines the (EC)DH result with the pre-shared key"));
    CHECK(tlsedu_kex_from_suite_name("TLS_PSK_DHE_WITH_AES_128_CCM_8") == TLSEDU_KEX_PSK_DHE);
    CHECK_STR(tlsedu_signature_scheme_name_v(0x0403, 0), "ecdsa_sha256");
    CHECK_STR(tlsedu_signature_scheme_name_v(0x0403, 1), "ecdsa_secp256r1_sha256");
    it = item(TLSEDU_MSG_SERVER_HELLO, 0x0303, S);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", false), "nobody is authenticated"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_RSA, "TLS_RSA_WITH_NULL_SHA256", false), "in cleartext, with integrity only"));
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_RSA, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", true), "Sweet32"));
    /* the warning names the suite and why, within the label limit in both languages */
    CHECK_STR(tlsedu_warn_weak_cipher("TLS_RSA_EXPORT_WITH_RC4_40_MD5", tlsedu_suite_weakness("TLS_RSA_EXPORT_WITH_RC4_40_MD5"),
                                      TLSEDU_LANG_EN, buf, sizeof buf),
              "Weak cipher suite TLS_RSA_EXPORT_WITH_RC4_40_MD5: export-grade (40/56-bit keys); RC4, prohibited (RFC 7465); an MD5 MAC");
    {
        static const char *const worst[] = {
            "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA", "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5",
            "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", "TLS_KRB5_EXPORT_WITH_RC4_40_MD5", "TLS_ECDH_anon_WITH_RC4_128_SHA",
            "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", "TLS_NULL_WITH_NULL_NULL", "TLS_ECDH_anon_WITH_NULL_SHA", "TLS_RSA_WITH_IDEA_CBC_SHA",
        };
        for (size_t i = 0; i < sizeof worst / sizeof worst[0]; i++)
            for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
                CHECK(strlen(tlsedu_warn_weak_cipher(worst[i], tlsedu_suite_weakness(worst[i]), (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    }
    CHECK_STR(tlsedu_group_name(0x11ec), "X25519MLKEM768");
    CHECK(tlsedu_group_name(0x1234) == NULL);
    CHECK_STR(tlsedu_signature_scheme_name(0x0403), "ecdsa_secp256r1_sha256");
}

/* What the independent review found (second round): facts the frame knows, said so. */
static void
test_frame_facts(void)
{
    tlsedu_stage_item_t it = item(TLSEDU_MSG_CLIENT_HELLO, 0, C);
    tlsedu_explain_ctx_t ctx;
    char buf[4096];

    /* RFC 8446 4.2.8: the key shares by name; none: a HelloRetryRequest must ask */
    it.offers_tls13 = true;
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, false), "sends no key share"));
    it.n_shares = 1;
    it.shares[0] = 0x11ec;
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, false), "already sends a key share for X25519MLKEM768."));
    it.n_shares = 6;
    it.shares[1] = 0x001d;
    it.shares[2] = 0x0017;
    it.shares[3] = 0x7777;
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, false),
              "key shares for X25519MLKEM768, x25519, secp256r1, \xe2\x80\xa6."));
    CHECK(has(explain(&it, 0, TLSEDU_KEX_UNKNOWN, NULL, true), "des «\xc2\xa0key shares\xc2\xa0» pour X25519MLKEM768"));
    /* RFC 5280 3.2: a self-signed certificate names no authority; RFC 6125 6: must check */
    it = item(TLSEDU_MSG_SERVER_CERTIFICATE, 0x0303, S);
    memset(&ctx, 0, sizeof ctx);
    ctx.version = 0x0303;
    ctx.kex = TLSEDU_KEX_ECDHE;
    ctx.cert_subject = ctx.cert_issuer = "CN=localhost";
    ctx.cert_self_signed = true;
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "signed with its own key (self-signed)") && !has(buf, "signed by a certificate authority") &&
          !has(buf, "Issued by"));
    CHECK(has(buf, "a client accepts it only if it already trusts this very certificate") && !has(buf, "Here the certificate"));
    ctx.cert_self_signed = false;
    ctx.cert_mismatch = "wrong.tlsedu.test";
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "signed by a certificate authority") && has(buf, "(\"wrong.tlsedu.test\"): a client that checks must refuse it."));
    /* the inferred 1.3 server flight is told once per frame */
    it = item(TLSEDU_MSG_INF_SERVER_FLIGHT, 0x0304, S);
    it.inferred = true;
    memset(&ctx, 0, sizeof ctx);
    ctx.repeat = true;
    CHECK_STR(tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf),
              "Another encrypted record of the server's handshake messages (inferred).");
    /* an encrypted 1.2 alert: its sender is known, its description is not */
    it = item(TLSEDU_MSG_ALERT, 0x0303, C);
    CHECK(has(explain(&it, 0x0303, TLSEDU_KEX_ECDHE, NULL, false), "Encrypted alert sent by the client"));
    /* a HelloRetryRequest without a group only returns a cookie */
    it = item(TLSEDU_MSG_HELLO_RETRY_REQUEST, 0xfefc, S);
    CHECK(has(explain(&it, 0xfefc, TLSEDU_KEX_UNKNOWN, NULL, false), "only returns a cookie") &&
          !has(explain(&it, 0xfefc, TLSEDU_KEX_UNKNOWN, NULL, false), "another group,"));
}

int
main(void)
{
    test_every_sentence();
    test_say();
    test_every_message();
    test_hellos();
    test_authentication();
    test_key_exchange();
    test_finished();
    test_data();
    test_alerts();
    test_weak_suites();
    test_frame_facts();
    return check_report("explain");
}
