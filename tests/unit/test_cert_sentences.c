/* Unit tests of the server Certificate's explanation naming the certificate's facts: its
 * chain length (RFC 8446 4.4.2, RFC 5246 7.4.2), public key (RFC 5280 4.1.2.7), the
 * issuer's signature algorithm (RFC 5280 4.1.1.2) and its DNS names (RFC 5280 4.2.1.6),
 * in English, French and Russian, each sentence within one tree item.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdbool.h>
#include <string.h>

#include "core/texts.h"

#include "check.h"

/* The explanation of a TLS 1.2 server Certificate with ctx. */
static const char *
explain_cert(const tlsedu_explain_ctx_t *ctx, tlsedu_lang_t lang)
{
    static char buf[4096];
    tlsedu_stage_item_t it;

    memset(&it, 0, sizeof it);
    it.msg = TLSEDU_MSG_SERVER_CERTIFICATE;
    it.version = 0x0303;
    it.from = TLSEDU_FROM_SERVER;
    return tlsedu_stage_explain(&it, ctx, lang, buf, sizeof buf);
}

static void
test_sentences(void)
{
    tlsedu_explain_ctx_t ctx;

    memset(&ctx, 0, sizeof ctx);
    ctx.version = 0x0303;
    ctx.kex = TLSEDU_KEX_ECDHE;
    ctx.cert_subject = "CN=localhost";
    ctx.cert_issuer = "CN=tlsedu TEST-ONLY Root CA";
    ctx.cert_names = "localhost, www.tlsedu.test";
    ctx.cert_n_names = 2;
    ctx.cert_key = "RSA 2048 bits";
    ctx.cert_signature = "sha256WithRSAEncryption";
    ctx.cert_chain_length = 2;
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN),
                 "Chain of 2 certificates: the server's first, then the authorities'") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN),
                 "Its public key: RSA 2048 bits; the issuer signed the certificate with sha256WithRSAEncryption.") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN),
                 "DNS names it is valid for (subjectAltName): localhost, www.tlsedu.test.") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_FR), "Chaîne de 2 certificats\xc2\xa0: celui du serveur") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_FR),
                 "Sa clé publique\xc2\xa0: RSA 2048 bits\xc2\xa0; l'émetteur a signé le certificat avec sha256WithRSAEncryption.") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_FR),
                 "Noms DNS pour lesquels il est valable (subjectAltName)\xc2\xa0: localhost, www.tlsedu.test.") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_RU), "Цепочка (2): сервер, затем УЦ") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_RU),
                 "Его открытый ключ: RSA 2048 bits; издатель подписал сертификат алгоритмом sha256WithRSAEncryption.") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_RU),
                 "Он действителен для имен DNS (subjectAltName): localhost, www.tlsedu.test.") != NULL);
    ctx.cert_chain_length = 1;
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN), "Chain of 1 certificate, the server's own: the client must") != NULL);
    ctx.cert_self_signed = true;
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN), "self-signed: there is no authority above it.") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN), "the certificate is signed with sha256WithRSAEncryption, by that same key.") != NULL);
    ctx.cert_n_names = 0;
    ctx.cert_names = "";
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN), "It lists no DNS name in a subjectAltName extension.") != NULL);
}

/* A long list: the first names, "…", and how many there are; a list cut by cert.c too;
 * every sentence within one item with the longest values. */
static void
test_long_values(void)
{
    tlsedu_explain_ctx_t ctx;
    tlsedu_explanation_t e;
    tlsedu_stage_item_t it;
    char many[2048] = "";

    memset(&ctx, 0, sizeof ctx);
    ctx.version = 0x0303;
    ctx.kex = TLSEDU_KEX_ECDHE;
    ctx.cert_subject = "CN=localhost";
    ctx.cert_issuer = "CN=tlsedu TEST-ONLY Root CA";
    for (int i = 0; i < 60; i++)
        snprintf(many + strlen(many), sizeof many - strlen(many), "%sname%02d.example.com", i ? ", " : "", i);
    ctx.cert_names = many;
    ctx.cert_n_names = 60;
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN),
                 "It is valid for 60 DNS names (subjectAltName), including: name00.example.com, name01.example.com, ") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_FR), "Il est valable pour 60 noms DNS (subjectAltName), dont\xc2\xa0: name00") != NULL);
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_RU), "(subjectAltName): name00.example.com, ") != NULL &&
          strstr(explain_cert(&ctx, TLSEDU_LANG_RU), "\xe2\x80\xa6 (всего 60).") != NULL);
    ctx.cert_names = "a.test, b.test, ...";
    ctx.cert_n_names = 3;
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN), "including: a.test, b.test, \xe2\x80\xa6 A certificate") != NULL);
    memset(many, 'x', 1000);
    many[1000] = '\0';
    ctx.cert_names = many;   /* one name longer than a sentence: its start and "…" */
    ctx.cert_n_names = 1;
    ctx.cert_key = ctx.cert_signature = "1.2.840.113549.1.1.1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.2";
    ctx.cert_chain_length = 255;
    ctx.cert_mismatch = "wrong.tlsedu.test";
    memset(&it, 0, sizeof it);
    it.msg = TLSEDU_MSG_SERVER_CERTIFICATE;
    it.version = 0x0304;
    it.from = TLSEDU_FROM_SERVER;
    CHECK(strstr(explain_cert(&ctx, TLSEDU_LANG_EN), "(subjectAltName): xxxxxxxxxx") != NULL);
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        CHECK(tlsedu_stage_sentences(&it, &ctx, (tlsedu_lang_t)l, &e) == 11);
        for (size_t i = 0; i < e.n; i++)
            CHECK(strlen(e.s[i]) <= TLSEDU_SENTENCE_BYTES);
    }
}

int
main(void)
{
    test_sentences();
    test_long_values();
    return check_report("cert_sentences");
}
