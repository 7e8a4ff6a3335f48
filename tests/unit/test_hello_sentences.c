/* Unit tests of the ClientHello's and the server's hello explanations naming what the frame
 * holds: the versions offered (RFC 8446 4.2.1), the suites and the first by name (RFC 5246
 * 7.4.1.2), the client random's purpose (RFC 5246 8.1), resumption offered (RFC 5246
 * 7.4.1.2, RFC 5077 3.1, RFC 8446 4.2.11, D.4) and ALPN (RFC 7301 3.1), in English, French
 * and Russian.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdbool.h>
#include <string.h>

#include "core/sentences.h"
#include "core/texts.h"

#include "check.h"

static const char *
explain(const tlsedu_stage_item_t *it, tlsedu_lang_t lang)
{
    static char buf[4096];
    tlsedu_explain_ctx_t ctx;

    memset(&ctx, 0, sizeof ctx);
    return tlsedu_stage_explain(it, &ctx, lang, buf, sizeof buf);
}

static bool
has(const char *text, const char *part)
{
    return strstr(text, part) != NULL;
}

static void
test_client_hello(void)
{
    tlsedu_stage_item_t it;

    memset(&it, 0, sizeof it);
    it.msg = TLSEDU_MSG_CLIENT_HELLO;
    it.from = TLSEDU_FROM_CLIENT;
    it.n_versions = 1;
    it.versions[0] = 0x0303;
    it.n_suites = 1;
    it.suite_names[0] = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "Versions offered: TLS 1.2."));
    CHECK(!has(explain(&it, TLSEDU_LANG_EN), "TLS 1.3"));   /* a 1.2-only ClientHello: no 1.3 hedge */
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "It offers a single cipher suite: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256."));
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "enters the key computation with the server's"));
    CHECK(!has(explain(&it, TLSEDU_LANG_EN), "session ID"));
    it.session_id_length = 32;
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "session ID of an earlier session, asking to resume it"));
    it.offers_ticket = true;
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "session ticket from an earlier connection") &&
          !has(explain(&it, TLSEDU_LANG_EN), "session ID of an earlier"));
    /* TLS 1.3 offered: the session ID may be only for middlebox compatibility */
    it.offers_ticket = false;
    it.offers_tls13 = true;
    it.n_versions = 2;
    it.versions[0] = 0x0304;
    it.versions[1] = 0x7f1c;
    it.n_suites = 31;
    it.suite_names[0] = "TLS_AES_256_GCM_SHA384";
    it.suite_names[1] = "TLS_CHACHA20_POLY1305_SHA256";
    it.suite_names[2] = "TLS_AES_128_GCM_SHA256";
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "Versions offered: TLS 1.3, TLS 1.3 (draft 28)."));
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "It offers 31 cipher suites, in its order of preference, starting with "
                                            "TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256, TLS_AES_128_GCM_SHA256."));
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "middlebox compatibility (RFC 8446, D.4)"));
    it.offers_psk = true;
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "It offers a pre-shared key"));
    strcpy(it.alpn, "h2, http/1.1");
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "Application protocols offered (ALPN), readable by anyone on the path: h2, http/1.1."));
    CHECK(has(explain(&it, TLSEDU_LANG_FR), "Protocoles applicatifs proposés (ALPN), lisibles par quiconque sur le chemin\xc2\xa0: h2, http/1.1."));
    CHECK(has(explain(&it, TLSEDU_LANG_FR), "Il propose 31 suites de chiffrement, par ordre de préférence, en commençant par"));
    CHECK(has(explain(&it, TLSEDU_LANG_RU), "Предложенные протоколы приложения (ALPN), их может прочесть любой на пути: h2, http/1.1."));
    CHECK(has(explain(&it, TLSEDU_LANG_RU), "Наборы шифров (31) в порядке предпочтения; первые: TLS_AES_256_GCM_SHA384, "));
    it.n_versions = 1;
    it.versions[0] = 0x1234;   /* unknown: its number */
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "Versions offered: 0x1234."));
}

static void
test_server_alpn(void)
{
    tlsedu_stage_item_t it;

    memset(&it, 0, sizeof it);
    it.msg = TLSEDU_MSG_ENCRYPTED_EXTENSIONS;
    it.from = TLSEDU_FROM_SERVER;
    it.version = 0x0304;
    CHECK(!has(explain(&it, TLSEDU_LANG_EN), "chosen (ALPN)"));
    strcpy(it.alpn, "h2");
    CHECK(has(explain(&it, TLSEDU_LANG_EN), "Application protocol chosen (ALPN): h2."));
    it.msg = TLSEDU_MSG_SERVER_HELLO;
    it.version = 0x0303;
    CHECK(has(explain(&it, TLSEDU_LANG_FR), "Protocole applicatif choisi (ALPN)\xc2\xa0: h2."));
    CHECK(has(explain(&it, TLSEDU_LANG_RU), "Выбранный протокол приложения (ALPN): h2."));
}

/* RFC 9150: a TLS 1.3 integrity-only suite encrypts nothing, the handshake included */
static void
test_integrity_only_suite(void)
{
    static char buf[4096];
    tlsedu_stage_item_t it;
    tlsedu_explain_ctx_t ctx;

    memset(&it, 0, sizeof it);
    memset(&ctx, 0, sizeof ctx);
    it.msg = TLSEDU_MSG_SERVER_HELLO;
    it.from = TLSEDU_FROM_SERVER;
    it.version = 0x0304;
    ctx.version = 0x0304;
    ctx.suite_name = "TLS_AES_128_GCM_SHA256";
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "every handshake message after this one is encrypted") && !has(buf, "integrity-only"));
    ctx.suite_name = "TLS_SHA256_SHA256";
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "integrity-only suite (RFC 9150)") && !has(buf, "is encrypted"));
    it.msg = TLSEDU_MSG_ENCRYPTED_EXTENSIONS;
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "not encrypted, despite its name") && !has(buf, "first encrypted message"));
    it.msg = TLSEDU_MSG_INF_SERVER_FLIGHT;
    it.inferred = true;
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(!has(buf, "hides the server's certificate") && has(buf, "nothing here is encrypted"));
    it.msg = TLSEDU_MSG_INF_APP_DATA;
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "RFC 9150") && !has(buf, "cannot be told apart") && has(buf, "Protected record"));
}

/* Every inferred TLS 1.3 item under an integrity-only suite, first record and repeat, in
 * every language: named and said "protected", never "encrypted" beside "nothing is". */
static void
test_integrity_only_inferred(void)
{
    static const tlsedu_msg_t inferred[] = {
        TLSEDU_MSG_INF_SERVER_FLIGHT, TLSEDU_MSG_INF_SERVER_FLIGHT_PSK, TLSEDU_MSG_INF_CLIENT_AUTH,
        TLSEDU_MSG_INF_FINISHED, TLSEDU_MSG_INF_APP_DATA, TLSEDU_MSG_INF_EARLY_DATA,
        TLSEDU_MSG_INF_END_OF_EARLY_DATA,
    };
    static const char *const encrypted[TLSEDU_LANG_COUNT] = { "ncrypted ", "chiffr", "ашифр" };
    tlsedu_stage_item_t it;
    tlsedu_explain_ctx_t ctx;

    memset(&ctx, 0, sizeof ctx);
    ctx.version = 0x0304;
    ctx.suite_name = "TLS_SHA384_SHA384";
    for (size_t m = 0; m < sizeof inferred / sizeof inferred[0]; m++)
        for (int repeat = 0; repeat < 2; repeat++)
            for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
                tlsedu_explanation_t e;
                size_t clear = 0;

                memset(&it, 0, sizeof it);
                it.msg = inferred[m];
                it.inferred = true;
                it.from = m < 2 ? TLSEDU_FROM_SERVER : TLSEDU_FROM_CLIENT;
                it.early = it.msg == TLSEDU_MSG_INF_EARLY_DATA;
                it.early_kind = it.early ? TLSEDU_EARLY_CLIENT_0RTT : TLSEDU_EARLY_NONE;
                ctx.repeat = repeat != 0;
                tlsedu_stage_sentences(&it, &ctx, (tlsedu_lang_t)l, &e);
                for (size_t i = 0; i < e.n; i++) {
                    if (has(e.s[i], "RFC 9150"))
                        clear++;            /* S_INF_CLEAR13: "nothing here is encrypted" */
                    else
                        CHECK(!has(e.s[i], encrypted[l]));
                }
                CHECK(clear == 1);
                CHECK(!has(tlsedu_item_msg_name(it.msg, true, true, l), encrypted[l]));
            }
    CHECK(strcmp(tlsedu_item_msg_name(TLSEDU_MSG_INF_FINISHED, true, true, TLSEDU_LANG_COUNT), "Protected Finished") == 0);
    CHECK(strcmp(tlsedu_item_msg_name(TLSEDU_MSG_INF_FINISHED, true, false, TLSEDU_LANG_COUNT), "Encrypted Finished") == 0);
    CHECK(strcmp(tlsedu_item_msg_name(TLSEDU_MSG_INF_APP_DATA, true, false, TLSEDU_LANG_FR), "Enregistrement chiffré") == 0);
}

/* SRP's ServerKeyExchange (RFC 5054 2.5.3): N, g, salt, B; signed only in the certificate suites */
static void
test_srp_server_key_exchange(void)
{
    static char buf[4096];
    tlsedu_stage_item_t it;
    tlsedu_explain_ctx_t ctx;

    memset(&it, 0, sizeof it);
    memset(&ctx, 0, sizeof ctx);
    it.msg = TLSEDU_MSG_SERVER_KEY_EXCHANGE;
    it.from = TLSEDU_FROM_SERVER;
    it.version = ctx.version = 0x0303;
    ctx.kex = TLSEDU_KEX_OTHER;
    ctx.suite_name = "TLS_SRP_SHA_WITH_AES_128_CBC_SHA";
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "(N, g)") && !has(buf, "(EC)DH") && !has(buf, "signed with the certificate"));
    ctx.suite_name = "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA";
    tlsedu_stage_explain(&it, &ctx, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(has(buf, "(N, g)") && has(buf, "signed with the certificate"));
}

int
main(void)
{
    test_integrity_only_suite();
    test_integrity_only_inferred();
    test_srp_server_key_exchange();
    test_client_hello();
    test_server_alpn();
    return check_report("hello sentences");
}
