/* test_languages.c - English, French and Russian stay complete and in step (issue 16): every
 * text a student reads exists in every language, and the French and Russian ones are
 * translations, not the English left in place. The sentence tables do not compile without
 * a Russian column (sentences_table.h); this checks the other texts, through the core's
 * own functions, the way the glue reaches them.
 *
 * A text "is English left in place" when its Russian is byte for byte the English one
 * although the English holds a lower-case word of four letters or more (names, RFC terms
 * and numbers are the same in every language: "TLS 1.3", "HTTPS", "ClientHello"), or has
 * no Cyrillic letter then. French shares words with English ("client", "fatal"): the
 * integration test test_language_fr finds English left in French output.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "core/catalogue.h"
#include "core/classroom.h"
#include "core/course.h"
#include "core/labels.h"
#include "core/sentences.h"
#include "core/starttls.h"
#include "core/texts.h"

#include "check.h"

static int texts_seen;

/* A word of four letters or more that starts in lower case (not a CamelCase name such as
 * ClientHello, not an acronym): something to translate. */
static bool
has_words(const char *s)
{
    size_t run = 0;
    bool lower_start = false;

    for (const char *p = s; p != NULL && *p != '\0'; p++) {
        if (isalpha((unsigned char)*p)) {
            if (run == 0)
                lower_start = islower((unsigned char)*p) != 0;
            if (!islower((unsigned char)*p))
                lower_start = false;
            if (++run >= 4 && lower_start && !isalpha((unsigned char)p[1]))
                return true;
        } else {
            run = 0;
        }
    }
    return false;
}

static bool
has_cyrillic(const char *s)
{
    for (; s != NULL && s[0] != '\0' && s[1] != '\0'; s++)
        if (((unsigned char)s[0] == 0xd0 || (unsigned char)s[0] == 0xd1) && ((unsigned char)s[1] & 0xc0) == 0x80)
            return true;
    return false;
}

/* The three texts of one thing: present, and translated where the English has words. */
static void
check_three(const char *what, const char *en, const char *fr, const char *ru)
{
    texts_seen++;
    if (en == NULL || fr == NULL || ru == NULL || en[0] == '\0' || fr[0] == '\0' || ru[0] == '\0') {
        CHECK(!"a text is missing in a language");
        fprintf(stderr, "  missing: %s\n", what);
        return;
    }
    if (!has_words(en))
        return;
    if (strcmp(en, ru) == 0 || !has_cyrillic(ru)) {
        CHECK(!"a text is not translated");
        fprintf(stderr, "  not translated: %s: \"%s\"\n", what, en);
    }
}

#define THREE(what, call) check_three(what, call(TLSEDU_LANG_EN), call(TLSEDU_LANG_FR), call(TLSEDU_LANG_RU))

static void
test_catalogue(void)
{
    for (size_t i = 0; i < tlsedu_catalogue_len; i++) {
        const tlsedu_service_t *s = &tlsedu_catalogue[i];
        check_three(s->service, s->explain[TLSEDU_LANG_EN], s->explain[TLSEDU_LANG_FR], s->explain[TLSEDU_LANG_RU]);
        check_three(s->service, s->alternative[TLSEDU_LANG_EN], s->alternative[TLSEDU_LANG_FR],
                    s->alternative[TLSEDU_LANG_RU]);
    }
    for (int v = TLSEDU_SEC_CLEARTEXT; v <= TLSEDU_SEC_UPGRADED; v++)
#define SEC(l) tlsedu_security_name((tlsedu_security_t)v, l)
        THREE("security", SEC);
    for (int v = TLSEDU_EVIDENCE_PORT; v <= TLSEDU_EVIDENCE_MISMATCH; v++)
#define EV(l) tlsedu_evidence_name((tlsedu_evidence_t)v, l)
        THREE("evidence", EV);
}

static void
test_handshake_words(void)
{
    for (int v = TLSEDU_STAGE_CLIENT_HELLO; v <= TLSEDU_STAGE_ALERT; v++) {
#define STAGE(l) tlsedu_stage_name((tlsedu_stage_t)v, l)
#define PHRASE(l) tlsedu_stage_phrase((tlsedu_stage_t)v, l)
        THREE("stage", STAGE);
        THREE("stage phrase", PHRASE);
    }
    for (int v = 1; v < TLSEDU_MSG_COUNT; v++)
#define MSG(l) tlsedu_msg_name_lang((tlsedu_msg_t)v, l)
        THREE("message", MSG);
    for (int v = TLSEDU_KEX_RSA; v <= TLSEDU_KEX_HYBRID_PQ; v++)
#define KEX(l) tlsedu_kex_name_lang((tlsedu_kex_t)v, l)
        THREE("key exchange", KEX);
    for (int v = TLSEDU_EARLY_CLIENT_0RTT; v <= TLSEDU_EARLY_FALSE_START; v++)
#define EARLY(l) tlsedu_early_kind_name((tlsedu_early_kind_t)v, l)
        THREE("early data", EARLY);
    for (int v = 0; v < W_COUNT; v++)
#define WORD(l) tlsedu_sentence_word((tlsedu_word_id_t)v, l)
        THREE("word", WORD);
    for (uint8_t v = 1; v <= TLSEDU_COURSE_STEPS; v++)
#define STEP(l) tlsedu_course_step_name(v, l)
        THREE("course step", STEP);
    for (int v = TLSEDU_STARTTLS_OFFERED; v <= TLSEDU_STARTTLS_TLS_STARTED; v++)
#define UPG(l) tlsedu_starttls_step_name((tlsedu_starttls_step_t)v, l)
        THREE("STARTTLS step", UPG);
}

static void
test_alert_causes(void)
{
    char en[512], fr[512], ru[512];

    for (int d = 0; d < 256; d++) {
        const bool has = tlsedu_alert_cause_text((uint8_t)d, TLSEDU_FROM_SERVER, TLSEDU_LANG_EN, en, sizeof en) != NULL;
        CHECK(has == (tlsedu_alert_cause_text((uint8_t)d, TLSEDU_FROM_SERVER, TLSEDU_LANG_FR, fr, sizeof fr) != NULL));
        CHECK(has == (tlsedu_alert_cause_text((uint8_t)d, TLSEDU_FROM_SERVER, TLSEDU_LANG_RU, ru, sizeof ru) != NULL));
        if (has)
            check_three("alert cause", en, fr, ru);
    }
}

static void
test_labels(void)
{
    for (size_t i = 0; i < tlsedu_field_label_count(); i++) {
        const char *f = tlsedu_field_label_abbrev(i);
        check_three(f, tlsedu_field_label(f, TLSEDU_LANG_EN), tlsedu_field_label(f, TLSEDU_LANG_FR),
                    tlsedu_field_label(f, TLSEDU_LANG_RU));
    }
#define BOOL_T(l) tlsedu_bool_word(true, l)
    THREE("boolean", BOOL_T);
}

static void
test_durations_and_dates(void)
{
    char en[64], fr[64], ru[64];

    check_three("duration", tlsedu_duration_words(7200, TLSEDU_LANG_EN, en, sizeof en),
                tlsedu_duration_words(7200, TLSEDU_LANG_FR, fr, sizeof fr), tlsedu_duration_words(7200, TLSEDU_LANG_RU, ru, sizeof ru));
    CHECK_STR(en, "2 h");
    CHECK_STR(tlsedu_duration_words(604800, TLSEDU_LANG_EN, en, sizeof en), "7 days");
    CHECK_STR(tlsedu_duration_words(604800, TLSEDU_LANG_FR, fr, sizeof fr), "7 jours");
    CHECK_STR(tlsedu_duration_words(31536000, TLSEDU_LANG_FR, fr, sizeof fr), "1 an");
    CHECK_STR(tlsedu_duration_words(63072000, TLSEDU_LANG_RU, ru, sizeof ru), "2 года");
    CHECK_STR(tlsedu_duration_words(157680000, TLSEDU_LANG_RU, ru, sizeof ru), "5 лет");
    CHECK_STR(tlsedu_duration_words(300, TLSEDU_LANG_RU, ru, sizeof ru), "5 мин");
    CHECK_STR(tlsedu_duration_words(7201, TLSEDU_LANG_EN, en, sizeof en), "7201 s");
    check_three("date", tlsedu_format_utc(0, TLSEDU_LANG_EN, en, sizeof en), tlsedu_format_utc(0, TLSEDU_LANG_FR, fr, sizeof fr),
                tlsedu_format_utc(0, TLSEDU_LANG_RU, ru, sizeof ru));
    CHECK_STR(tlsedu_key_words("RSA 2048 bits", TLSEDU_LANG_RU, ru, sizeof ru), "RSA 2048 бит");
    CHECK_STR(tlsedu_key_words("EC P-256", TLSEDU_LANG_RU, ru, sizeof ru), "EC P-256");
}

static void
test_notes_and_warnings(void)
{
    char en[1024], fr[1024], ru[1024];

    check_three("upgrade note", tlsedu_course_upgrade_note("STARTTLS", "25", true, TLSEDU_LANG_EN, en, sizeof en),
                tlsedu_course_upgrade_note("STARTTLS", "25", true, TLSEDU_LANG_FR, fr, sizeof fr),
                tlsedu_course_upgrade_note("STARTTLS", "25", true, TLSEDU_LANG_RU, ru, sizeof ru));
    check_three("handshake failed", tlsedu_warn_handshake_failed("unknown_ca(48)", NULL, TLSEDU_LANG_EN, en, sizeof en),
                tlsedu_warn_handshake_failed("unknown_ca(48)", NULL, TLSEDU_LANG_FR, fr, sizeof fr),
                tlsedu_warn_handshake_failed("unknown_ca(48)", NULL, TLSEDU_LANG_RU, ru, sizeof ru));
}

int
main(void)
{
    test_catalogue();
    test_handshake_words();
    test_alert_causes();
    test_labels();
    test_durations_and_dates();
    test_notes_and_warnings();
    CHECK(texts_seen > 250);   /* the walk reached the texts (about 280) */
    return check_report("languages");
}
