/* Unit tests of the classroom texts: the language preference, the Info column's stage
 * phrases, the warning texts in English, French and Russian.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <string.h>

#include "core/classroom.h"
#include "core/names.h"

#include "check.h"

static void
test_lang_parse(void)
{
    tlsedu_lang_t l = TLSEDU_LANG_FR;

    CHECK(tlsedu_lang_parse("en", &l) && l == TLSEDU_LANG_EN);
    CHECK(tlsedu_lang_parse("fr", &l) && l == TLSEDU_LANG_FR);
    CHECK(tlsedu_lang_parse(" FR ", &l) && l == TLSEDU_LANG_FR);
    CHECK(tlsedu_lang_parse("ru", &l) && l == TLSEDU_LANG_RU);
    CHECK(tlsedu_lang_parse("\tRU ", &l) && l == TLSEDU_LANG_RU);
    CHECK(tlsedu_lang_parse("", &l) && l == TLSEDU_LANG_EN);
    CHECK(tlsedu_lang_parse(NULL, &l) && l == TLSEDU_LANG_EN);
    l = TLSEDU_LANG_FR;
    CHECK(!tlsedu_lang_parse("de", &l) && l == TLSEDU_LANG_EN);
    CHECK(!tlsedu_lang_parse("fre", &l) && l == TLSEDU_LANG_EN);
    CHECK(!tlsedu_lang_parse("f", &l));
    CHECK(!tlsedu_lang_parse("français", &l));
}

static void
test_info_stages(void)
{
    char buf[256];
    const uint8_t one[] = { 1 };
    const uint8_t many[] = { 2, 3, 3, 4, 2 };
    const uint8_t junk[] = { 0, 11, 200 };

    CHECK_STR(tlsedu_info_stages(one, 1, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_EN, buf, sizeof buf), "[stage 1: client proposes]");
    CHECK_STR(tlsedu_info_stages(one, 1, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_FR, buf, sizeof buf), "[phase 1\xc2\xa0: le client propose]");
    CHECK_STR(tlsedu_info_stages(many, 5, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_EN, buf, sizeof buf),
              "[stages 2, 3, 4: server chooses, server proves its identity, key exchange]");
    CHECK_STR(tlsedu_info_stages(many, 5, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_FR, buf, sizeof buf),
              "[phases 2, 3, 4\xc2\xa0: le serveur choisit, le serveur prouve son identité, échange de clés]");
    CHECK_STR(tlsedu_info_stages(one, 1, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_RU, buf, sizeof buf), "[фаза 1: клиент предлагает]");
    CHECK_STR(tlsedu_info_stages(many, 5, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_RU, buf, sizeof buf),
              "[фазы 2, 3, 4: сервер выбирает, сервер доказывает свою подлинность, обмен ключами]");
    CHECK_STR(tlsedu_info_stages(junk, 3, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_EN, buf, sizeof buf), "");
    CHECK_STR(tlsedu_info_stages(NULL, 0, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_EN, buf, sizeof buf), "");
    {   /* decrypted application data says so; other stages do not change */
        const uint8_t data[] = { 6 };
        CHECK_STR(tlsedu_info_stages(data, 1, TLSEDU_DATA_DECRYPTED, TLSEDU_LANG_EN, buf, sizeof buf),
                  "[stage 6: application data, decrypted here by Wireshark]");
        CHECK_STR(tlsedu_info_stages(data, 1, TLSEDU_DATA_ENCRYPTED, TLSEDU_LANG_EN, buf, sizeof buf),
                  "[stage 6: application data]");
        CHECK_STR(tlsedu_info_stages(data, 1, TLSEDU_DATA_DECRYPTED, TLSEDU_LANG_FR, buf, sizeof buf),
                  "[phase 6\xc2\xa0: données applicatives, déchiffrées ici par Wireshark]");
        CHECK_STR(tlsedu_info_stages(data, 1, TLSEDU_DATA_CLEAR, TLSEDU_LANG_EN, buf, sizeof buf),
                  "[stage 6: application data, readable: not encrypted (NULL or integrity-only suite)]");
        CHECK_STR(tlsedu_info_stages(one, 1, TLSEDU_DATA_DECRYPTED, TLSEDU_LANG_EN, buf, sizeof buf),
                  "[stage 1: client proposes]");
    }
    /* every stage has a phrase in every language */
    for (int s = TLSEDU_STAGE_CLIENT_HELLO; s <= TLSEDU_STAGE_ALERT; s++)
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
            CHECK(tlsedu_stage_phrase((tlsedu_stage_t)s, (tlsedu_lang_t)l) != NULL);
    /* a short buffer still closes the bracket, and never cuts a UTF-8 character */
    for (int l = TLSEDU_LANG_FR; l < TLSEDU_LANG_COUNT; l++)
        for (size_t len = 1; len < 40; len++) {
            char small[40];
            tlsedu_info_stages(many, 5, TLSEDU_DATA_ENCRYPTED, (tlsedu_lang_t)l, small, len);
            size_t n = strlen(small);
            CHECK(n < len);
            if (n > 0)
                CHECK(small[n - 1] == ']');
            for (size_t i = 0; i < n; i++)
                if ((unsigned char)small[i] >= 0xc0) {
                    size_t need = (unsigned char)small[i] >= 0xe0 ? 3 : 2;
                    CHECK(i + need <= n);
                }
        }
}

static void
test_warnings(void)
{
    char buf[512];

    CHECK_STR(tlsedu_warn_handshake_failed("unknown_ca(48)", "x", TLSEDU_LANG_EN, buf, sizeof buf),
              "TLS handshake failed: fatal alert unknown_ca(48): x");
    CHECK_STR(tlsedu_warn_handshake_failed("unknown_ca(48)", NULL, TLSEDU_LANG_FR, buf, sizeof buf),
              "Échec de la négociation TLS\xc2\xa0: alerte fatale unknown_ca(48)");
    CHECK(strstr(tlsedu_warn_handshake_failed(NULL, NULL, TLSEDU_LANG_EN, buf, sizeof buf),
                 "The connection ended before both sides' Finished were seen: the handshake failed, or the capture missed") != NULL);
    CHECK(strncmp(tlsedu_warn_weak_version("TLS 1.0", TLSEDU_LANG_FR, buf, sizeof buf),
                  "Version TLS 1.0 négociée", strlen("Version TLS 1.0 négociée")) == 0);
    CHECK(strncmp(tlsedu_warn_weak_version("TLS 1.0", TLSEDU_LANG_EN, buf, sizeof buf),
                  "TLS 1.0 negotiated", strlen("TLS 1.0 negotiated")) == 0);
    CHECK(strstr(tlsedu_warn_no_forward_secrecy(TLSEDU_KEX_RSA, NULL, TLSEDU_LANG_FR, buf, sizeof buf),
                 "Pas de confidentialité persistante (transport de clé RSA)") != NULL);
    CHECK(strstr(tlsedu_warn_no_forward_secrecy(TLSEDU_KEX_RSA, NULL, TLSEDU_LANG_EN, buf, sizeof buf),
                 "No forward secrecy (RSA key transport)") != NULL);
    CHECK_STR(tlsedu_warn_handshake_failed("unknown_ca(48)", "x", TLSEDU_LANG_RU, buf, sizeof buf),
              "Сбой TLS: фатальное оповещение unknown_ca(48): x");
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)      /* within the 239 bytes of an expert info */
        CHECK(strlen(tlsedu_warn_handshake_failed(NULL, NULL, (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    CHECK(strncmp(buf, "Соединение закрыто, а Finished", strlen("Соединение закрыто, а Finished")) == 0);
    CHECK(strncmp(tlsedu_warn_weak_version("TLS 1.0", TLSEDU_LANG_RU, buf, sizeof buf),
                  "Согласована версия TLS 1.0: SSL 2.0", strlen("Согласована версия TLS 1.0: SSL 2.0")) == 0);
    CHECK(strncmp(tlsedu_warn_weak_version("DTLS 1.0", TLSEDU_LANG_RU, buf, sizeof buf),
                  "Согласована версия DTLS 1.0: устарела", strlen("Согласована версия DTLS 1.0: устарела")) == 0);
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
        CHECK(strlen(tlsedu_warn_weak_version("SSL 3.0", (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    CHECK(strncmp(tlsedu_warn_weak_version(NULL, TLSEDU_LANG_RU, buf, sizeof buf),
                  "Согласована старая версия: ", strlen("Согласована старая версия: ")) == 0);
    CHECK(strstr(tlsedu_warn_no_forward_secrecy(TLSEDU_KEX_RSA, NULL, TLSEDU_LANG_RU, buf, sizeof buf),
                 "Нет прямой секретности (транспорт ключа RSA): ") != NULL);
    CHECK(strstr(tlsedu_warn_no_forward_secrecy(TLSEDU_KEX_OTHER, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA", TLSEDU_LANG_RU,
                                                buf, sizeof buf), "(RSA_PSK): ") != NULL);
    /* the longest name (PSK) fits the 239 bytes of an expert info in every language */
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
        CHECK(strlen(tlsedu_warn_no_forward_secrecy(TLSEDU_KEX_PSK, "TLS_PSK_WITH_AES_128_CBC_SHA", (tlsedu_lang_t)l,
                                                    buf, sizeof buf)) <= 239);
    CHECK_STR(tlsedu_warn_weak_cipher("TLS_RSA_WITH_RC4_128_MD5", (1u << 3) | (1u << 6), TLSEDU_LANG_RU, buf, sizeof buf),
              "Слабый набор шифров TLS_RSA_WITH_RC4_128_MD5: RC4, запрещен (RFC 7465); MAC на MD5");
    /* the suite with the most reasons fits the 239 bytes of an expert info in every language */
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
        CHECK(strlen(tlsedu_warn_weak_cipher("TLS_DH_anon_EXPORT_WITH_RC4_40_MD5",
                                             tlsedu_suite_weakness("TLS_DH_anon_EXPORT_WITH_RC4_40_MD5"),
                                             (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    /* an unusually long cause: cut at 239 bytes, between UTF-8 characters */
    tlsedu_warn_handshake_failed("handshake_failure(40)", "сервер не нашел подходящего в предложенном (набор шифров, "
                                 "группа, подпись) и закрыл соединение, не продолжив рукопожатие TLS", TLSEDU_LANG_RU,
                                 buf, sizeof buf);
    CHECK(strlen(buf) <= 239 && ((unsigned char)buf[strlen(buf) - 1] & 0xc0) != 0xc0);
    CHECK(strncmp(buf, "Сбой TLS", strlen("Сбой TLS")) == 0);
    CHECK(strstr(tlsedu_note_unknown_language("de", buf, sizeof buf), "\"de\"") != NULL);
    /* every language at once, within the 239 bytes Wireshark keeps of an expert info */
    CHECK(strstr(buf, "используется английский") != NULL && strstr(buf, "l'anglais") != NULL &&
          strstr(buf, "(en, fr, ru)") != NULL);
    CHECK(strlen(tlsedu_note_unknown_language("deutsch-schweiz", buf, sizeof buf)) <= 239);
    for (int k = TLSEDU_KEX_OTHER; k <= TLSEDU_KEX_HYBRID_PQ; k++)
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
            CHECK(strcmp(tlsedu_kex_name_lang((tlsedu_kex_t)k, (tlsedu_lang_t)l), "?") != 0);
    CHECK_STR(tlsedu_kex_name_lang(TLSEDU_KEX_UNKNOWN, TLSEDU_LANG_RU), "?");
    CHECK_STR(tlsedu_word(TLSEDU_WORD_ON_PORT, TLSEDU_LANG_FR), "sur le port");
    CHECK_STR(tlsedu_word(TLSEDU_WORD_TO_SERVER, TLSEDU_LANG_EN), "client to server");
    CHECK_STR(tlsedu_word(TLSEDU_WORD_TO_CLIENT, TLSEDU_LANG_FR), "du serveur vers le client");
    CHECK_STR(tlsedu_word(TLSEDU_WORD_ON_PORT, TLSEDU_LANG_RU), "на порту");
    CHECK_STR(tlsedu_word(TLSEDU_WORD_STAGE, TLSEDU_LANG_RU), "фаза");
    CHECK_STR(tlsedu_word(TLSEDU_WORD_TO_SERVER, TLSEDU_LANG_RU), "от клиента к серверу");
    /* a tiny buffer is always terminated */
    CHECK(strlen(tlsedu_warn_no_forward_secrecy(TLSEDU_KEX_RSA, NULL, TLSEDU_LANG_FR, buf, 5)) < 5);
    CHECK(strlen(tlsedu_warn_no_forward_secrecy(TLSEDU_KEX_RSA, NULL, TLSEDU_LANG_RU, buf, 6)) < 6);
}

int
main(void)
{
    test_lang_parse();
    test_info_stages();
    test_warnings();
    return check_report("classroom");
}
