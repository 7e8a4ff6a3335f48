/* test_stats_texts.c - the statistics' words (core/stats_texts.c) and the short security
 * words (core/catalogue.c): every one in every language, distinct, and the kinds of
 * warnings matching the plugin's expert infos.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdbool.h>
#include <string.h>

#include "core/catalogue.h"
#include "core/starttls.h"
#include "core/stats_texts.h"
#include "check.h"

static void
test_kinds(void)
{
    char buf[512];

    for (int k = 0; k < TLSEDU_WK_COUNT; k++) {
        const char *filter = tlsedu_warning_kind_filter((tlsedu_warning_kind_t)k);
        CHECK(filter != NULL && strncmp(filter, "tlsedu.", 7) == 0);
        for (int j = 0; filter != NULL && j < k; j++) {
            const char *other = tlsedu_warning_kind_filter((tlsedu_warning_kind_t)j);
            CHECK(other != NULL && strcmp(filter, other) != 0);
        }
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
            const char *summary = tlsedu_warning_kind_summary((tlsedu_warning_kind_t)k, (tlsedu_lang_t)l);
            CHECK(tlsedu_warning_kind_name((tlsedu_warning_kind_t)k, (tlsedu_lang_t)l)[0] != '\0');
            CHECK((unsigned char)summary[0] >= 'A' && strlen(summary) <= 200);   /* a letter (Cyrillic too) */
        }
        CHECK(strcmp(tlsedu_warning_kind_summary((tlsedu_warning_kind_t)k, TLSEDU_LANG_EN),
                     tlsedu_warning_kind_summary((tlsedu_warning_kind_t)k, TLSEDU_LANG_FR)) != 0);
        /* translated, except HSTS (a name) */
        if (k != TLSEDU_WK_HSTS)
            CHECK(strcmp(tlsedu_warning_kind_name((tlsedu_warning_kind_t)k, TLSEDU_LANG_EN),
                         tlsedu_warning_kind_name((tlsedu_warning_kind_t)k, TLSEDU_LANG_RU)) != 0);
    }
    CHECK(tlsedu_warning_kind_filter(TLSEDU_WK_COUNT) == NULL);
    CHECK_STR(tlsedu_warning_kind_name(TLSEDU_WK_COUNT, TLSEDU_LANG_EN), "?");
    /* warnings and errors only: a note and good practice are not warnings */
    CHECK(TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(TLSEDU_WK_NO_FORWARD_SECRECY));
    CHECK(TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(TLSEDU_WK_STARTTLS_INJECTION));
    CHECK(!(TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(TLSEDU_WK_STARTTLS_NOT_OFFERED)));
    CHECK(!(TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(TLSEDU_WK_HSTS)));
    CHECK(!(TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(TLSEDU_WK_HTTP_REDIRECT)));
    CHECK(!(TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(TLSEDU_WK_CHALLENGE_LOGIN)));
    CHECK(!(TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(TLSEDU_WK_COUNT)));
    CHECK_STR(tlsedu_warning_kinds_words(TLSEDU_WK_BIT(TLSEDU_WK_HANDSHAKE_FAILED) |
                                         TLSEDU_WK_BIT(TLSEDU_WK_CERT_EXPIRED), TLSEDU_LANG_EN, buf, sizeof buf),
              "handshake failed, certificate outside its dates");
    CHECK_STR(tlsedu_warning_kinds_words(0, TLSEDU_LANG_EN, buf, sizeof buf), "");
    /* only whole names that fit */
    CHECK_STR(tlsedu_warning_kinds_words(TLSEDU_WK_BIT(TLSEDU_WK_HANDSHAKE_FAILED) |
                                         TLSEDU_WK_BIT(TLSEDU_WK_CERT_EXPIRED), TLSEDU_LANG_EN, buf, 20),
              "handshake failed");
}

/* UTF-8 characters, not bytes */
static size_t
chars(const char *s)
{
    size_t n = 0;

    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

static void
test_words(void)
{
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        for (int c = 0; c < TLSEDU_COL_COUNT; c++) {
            CHECK(tlsedu_stats_column_name((tlsedu_stats_column_t)c, (tlsedu_lang_t)l)[0] != '\0');
            for (int d = 0; d < c; d++)
                CHECK(strcmp(tlsedu_stats_column_name((tlsedu_stats_column_t)c, (tlsedu_lang_t)l),
                             tlsedu_stats_column_name((tlsedu_stats_column_t)d, (tlsedu_lang_t)l)) != 0);
        }
        for (int w = 0; w < TLSEDU_SW_COUNT; w++)
            CHECK(tlsedu_stats_word((tlsedu_stats_word_t)w, (tlsedu_lang_t)l)[0] != '\0');
        for (int s = TLSEDU_SEC_CLEARTEXT; s <= TLSEDU_SEC_UPGRADED; s++) {
            const char *word = tlsedu_security_short((tlsedu_security_t)s, (tlsedu_lang_t)l);
            CHECK(word[0] != '\0' && chars(word) <= 20);    /* fits a column */
            for (int t = TLSEDU_SEC_CLEARTEXT; t < s; t++)
                CHECK(strcmp(word, tlsedu_security_short((tlsedu_security_t)t, (tlsedu_lang_t)l)) != 0);
        }
    }
    CHECK_STR(tlsedu_stats_column_name(TLSEDU_COL_SERVER, TLSEDU_LANG_FR), "Serveur");
    CHECK_STR(tlsedu_security_short(TLSEDU_SEC_UPGRADED, TLSEDU_LANG_EN), "upgraded to TLS");
    CHECK_STR(tlsedu_security_short((tlsedu_security_t)9, TLSEDU_LANG_EN), "?");
    CHECK_STR(tlsedu_stats_word(TLSEDU_SW_COUNT, TLSEDU_LANG_EN), "?");
}

static void
test_starttls_outcome(void)
{
    uint8_t o = TLSEDU_STARTTLS_NONE;

    o = tlsedu_starttls_outcome_merge(o, TLSEDU_STARTTLS_OFFERED);
    CHECK(o == TLSEDU_STARTTLS_OFFERED);
    o = tlsedu_starttls_outcome_merge(o, TLSEDU_STARTTLS_NONE);
    CHECK(o == TLSEDU_STARTTLS_OFFERED);
    o = tlsedu_starttls_outcome_merge(o, TLSEDU_STARTTLS_REFUSED);
    CHECK(o == TLSEDU_STARTTLS_REFUSED);
    o = tlsedu_starttls_outcome_merge(o, TLSEDU_STARTTLS_REQUESTED);   /* a retry ... */
    CHECK(o == TLSEDU_STARTTLS_REFUSED);
    o = tlsedu_starttls_outcome_merge(o, TLSEDU_STARTTLS_ACCEPTED);    /* ... accepted */
    CHECK(o == TLSEDU_STARTTLS_ACCEPTED);
    o = tlsedu_starttls_outcome_merge(o, TLSEDU_STARTTLS_TLS_STARTED);
    CHECK(o == TLSEDU_STARTTLS_TLS_STARTED);
}

int
main(void)
{
    test_kinds();
    test_words();
    test_starttls_outcome();
    return check_report("stats texts");
}
