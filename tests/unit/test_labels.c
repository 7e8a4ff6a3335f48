/* Unit tests of the tree's labels in every language: every field has a label in each,
 * the English ones are the registered ones, French never says "étape" nor Russian "шаг"
 * (but for the course's steps), and the words and dates the glue writes.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdint.h>
#include <string.h>

#include "core/labels.h"

#include "check.h"

/* The registrations of today (plugin/tlsedu.c, certificates.c, http_glue.c,
 * starttls_glue.c), copied by hand: a label changed on one side only fails here. */
static const struct {
    const char *abbrev;
    const char *english;
} registered[] = {
    { "tlsedu", "TLS Classroom" },
    { "tlsedu.service", "Service" },
    { "tlsedu.service.port", "Server port" },
    { "tlsedu.service.evidence", "Evidence" },
    { "tlsedu.service.explain", "About this service" },
    { "tlsedu.direction", "Direction" },
    { "tlsedu.security", "Security" },
    { "tlsedu.secure_alternative", "Secure alternative" },
    { "tlsedu.stage", "Stage" },
    { "tlsedu.message", "Message" },
    { "tlsedu.stage.inferred", "Inferred" },
    { "tlsedu.data.early", "Early data" },
    { "tlsedu.data.early_kind", "Early data kind" },
    { "tlsedu.explain", "Explanation" },
    { "tlsedu.handshake", "Handshake summary" },
    { "tlsedu.handshake.version", "Negotiated version" },
    { "tlsedu.handshake.cipher_suite", "Cipher suite" },
    { "tlsedu.handshake.kex", "Key exchange" },
    { "tlsedu.handshake.forward_secrecy", "Forward secrecy" },
    { "tlsedu.handshake.resumed", "Resumed" },
    { "tlsedu.handshake.complete", "Handshake completed" },
    { "tlsedu.explain.sentence", "Explanation sentence" },
    { "tlsedu.handshake.round_trips", "Round trips" },
    { "tlsedu.handshake.duration", "Duration" },
    { "tlsedu.handshake.client_hello_frame", "ClientHello in frame" },
    { "tlsedu.handshake.server_hello_frame", "ServerHello in frame" },
    { "tlsedu.handshake.finished_frame", "Handshake finished in frame" },
    { "tlsedu.cert", "Server certificate" },
    { "tlsedu.cert.subject", "Subject" },
    { "tlsedu.cert.issuer", "Issuer" },
    { "tlsedu.cert.not_before", "Valid from" },
    { "tlsedu.cert.not_after", "Valid until" },
    { "tlsedu.cert.self_signed", "Self-signed" },
    { "tlsedu.cert.san", "DNS name (subjectAltName)" },
    { "tlsedu.cert.chain_length", "Chain length" },
    { "tlsedu.cert.key", "Public key" },
    { "tlsedu.cert.signature_algorithm", "Certificate signature algorithm" },
    { "tlsedu.http.redirect_status", "Redirect to HTTPS" },
    { "tlsedu.http.redirect_permanent", "Permanent redirect" },
    { "tlsedu.http.hsts.max_age", "HSTS max-age" },
    { "tlsedu.http.hsts.include_subdomains", "HSTS includes subdomains" },
    { "tlsedu.http.hsts.obeyed", "HSTS obeyed" },
    { "tlsedu.http.explain", "Explanation" },
    { "tlsedu.starttls.step", "STARTTLS step" },
    { "tlsedu.starttls.protocol", "Protocol" },
    { "tlsedu.starttls.offer_frame", "Offered in frame" },
    { "tlsedu.starttls.request_frame", "Requested in frame" },
    { "tlsedu.starttls.response_frame", "Answered in frame" },
    { "tlsedu.starttls.tls_frame", "TLS started in frame" },
    { "tlsedu.starttls.explain", "Explanation" },
    { "tlsedu.handshake.group", "Key exchange group" },
    { "tlsedu.hello.versions_offered", "Versions offered" },
    { "tlsedu.hello.suites_offered", "Cipher suites offered" },
    { "tlsedu.hello.key_share", "Key shares sent" },
    { "tlsedu.hello.alpn", "ALPN" },
    { "tlsedu.hello.retry_group", "Group asked for" },
    { "tlsedu.signature_algorithm", "Signature algorithm" },
    { "tlsedu.course_step", "Course step" },
    { "tlsedu.course_note", "Course note" },
    { "tlsedu.course_note.sentence", "Course note (sentence)" },
    { "tlsedu.starttls.course_note", "Course note" },
    { "tlsedu.starttls.course_note.sentence", "Course note (sentence)" },
    { "tlsedu.ticket.lifetime", "Ticket lifetime (seconds)" },
    { "tlsedu.cert_request.cert_types", "Certificate types asked for" },
    { "tlsedu.cert_request.signature_algorithms", "Signature algorithms accepted" },
    { "tlsedu.cert_request.authorities", "Certificate authorities named" },
    { "tlsedu.data.wire_bytes", "Bytes on the wire" },
    { "tlsedu.data.protocol", "Protocol inside" },
    { "tlsedu.data.message", "Message inside" },
    { "tlsedu.security.short", "Security (short)" },
    { "tlsedu.stages", "Stages of the frame" },
    { "tlsedu.warnings", "Warnings" },
    { "tlsedu.info", "TLS Classroom in brief" },
};
#define N_REGISTERED (sizeof registered / sizeof registered[0])

/* Labels that are the same words in French (and correct French). */
static const char *const same_in_french[] = { "tlsedu", "tlsedu.service", "tlsedu.message", "tlsedu.hello.alpn" };

static bool
is_same_in_french(const char *abbrev)
{
    for (size_t i = 0; i < sizeof same_in_french / sizeof same_in_french[0]; i++)
        if (strcmp(same_in_french[i], abbrev) == 0)
            return true;
    return false;
}

/* Whether text is well-formed UTF-8 (no character cut). */
static bool
valid_utf8(const char *text)
{
    const unsigned char *c = (const unsigned char *)text;

    while (*c) {
        size_t n = *c < 0x80 ? 1 : (*c & 0xe0) == 0xc0 ? 2 : (*c & 0xf0) == 0xe0 ? 3 : (*c & 0xf8) == 0xf0 ? 4 : 0;
        if (n == 0)
            return false;
        for (size_t k = 1; k < n; k++)
            if ((c[k] & 0xc0) != 0x80)
                return false;
        c += n;
    }
    return true;
}

static void
test_labels(void)
{
    CHECK(72 + 1 == N_REGISTERED);                  /* 72 fields and the protocol */
    CHECK(tlsedu_field_label_count() == N_REGISTERED);
    for (size_t i = 0; i < N_REGISTERED; i++) {
        const char *abbrev = registered[i].abbrev;
        CHECK_STR(tlsedu_field_label(abbrev, TLSEDU_LANG_EN), registered[i].english);
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
            const char *label = tlsedu_field_label(abbrev, (tlsedu_lang_t)l);
            CHECK(label != NULL && label[0] != '\0' && valid_utf8(label));
            /* the glue adds the separator (": " or " : "), never the table */
            CHECK(label != NULL && strchr(label, ':') == NULL);
        }
        const char *fr = tlsedu_field_label(abbrev, TLSEDU_LANG_FR);
        if (fr == NULL)
            continue;
        /* "étape" numbers the course's own steps: only their field's label says it */
        if (strcmp(abbrev, "tlsedu.course_step") == 0)
            CHECK(strstr(fr, "Étape") != NULL);
        else
            CHECK(strstr(fr, "étape") == NULL && strstr(fr, "Étape") == NULL &&
                  strstr(fr, "etape") == NULL && strstr(fr, "Etape") == NULL);
        if (is_same_in_french(abbrev))
            CHECK_STR(fr, registered[i].english);
        else
            CHECK(strcmp(fr, registered[i].english) != 0);     /* translated */
        /* Russian: "шаг" is the course's steps' word only; names stay Latin */
        const char *ru = tlsedu_field_label(abbrev, TLSEDU_LANG_RU);
        if (strcmp(abbrev, "tlsedu.course_step") == 0)
            CHECK(strstr(ru, "Шаг") != NULL);
        else
            CHECK(strstr(ru, "шаг") == NULL && strstr(ru, "Шаг") == NULL && strstr(ru, "Этап") == NULL &&
                  strstr(ru, "этап") == NULL);
        if (strcmp(abbrev, "tlsedu") == 0 || strcmp(abbrev, "tlsedu.hello.alpn") == 0)
            CHECK_STR(ru, registered[i].english);
        else
            CHECK(strcmp(ru, registered[i].english) != 0 && strcmp(ru, fr) != 0);
    }
    /* every row of the table is a registered field */
    for (size_t i = 0; i < tlsedu_field_label_count(); i++) {
        const char *abbrev = tlsedu_field_label_abbrev(i);
        bool found = false;
        for (size_t j = 0; abbrev != NULL && j < N_REGISTERED; j++)
            found = found || strcmp(registered[j].abbrev, abbrev) == 0;
        CHECK(found);
    }
    CHECK(tlsedu_field_label_abbrev(tlsedu_field_label_count()) == NULL);

    CHECK_STR(tlsedu_field_label("tlsedu", TLSEDU_LANG_FR), "TLS Classroom");
    CHECK_STR(tlsedu_field_label("tlsedu.stage", TLSEDU_LANG_FR), "Phase");
    CHECK_STR(tlsedu_field_label("tlsedu.service.port", TLSEDU_LANG_FR), "Port du serveur");
    CHECK_STR(tlsedu_field_label("tlsedu.cert.not_after", TLSEDU_LANG_FR), "Valide jusqu'au");
    CHECK_STR(tlsedu_field_label("tlsedu", TLSEDU_LANG_RU), "TLS Classroom");
    CHECK_STR(tlsedu_field_label("tlsedu.stage", TLSEDU_LANG_RU), "Фаза");
    CHECK_STR(tlsedu_field_label("tlsedu.starttls.step", TLSEDU_LANG_RU), "Ход STARTTLS");
    CHECK_STR(tlsedu_field_label("tlsedu.service.port", TLSEDU_LANG_RU), "Порт сервера");
    CHECK(tlsedu_field_label("tlsedu.nope", TLSEDU_LANG_EN) == NULL);
    CHECK(tlsedu_field_label("tls.handshake", TLSEDU_LANG_FR) == NULL);
    CHECK(tlsedu_field_label("", TLSEDU_LANG_EN) == NULL);
    CHECK(tlsedu_field_label(NULL, TLSEDU_LANG_EN) == NULL);
    /* an unknown language is English */
    CHECK_STR(tlsedu_field_label("tlsedu.security", (tlsedu_lang_t)99), "Security");
}

static void
test_words(void)
{
    CHECK_STR(tlsedu_bool_word(true, TLSEDU_LANG_EN), "True");
    CHECK_STR(tlsedu_bool_word(false, TLSEDU_LANG_EN), "False");
    CHECK_STR(tlsedu_bool_word(true, TLSEDU_LANG_FR), "Oui");
    CHECK_STR(tlsedu_bool_word(false, TLSEDU_LANG_FR), "Non");
    CHECK_STR(tlsedu_seconds_word(TLSEDU_LANG_EN), "seconds");
    CHECK_STR(tlsedu_seconds_word(TLSEDU_LANG_FR), "secondes");
    CHECK_STR(tlsedu_bool_word(true, TLSEDU_LANG_RU), "Да");
    CHECK_STR(tlsedu_bool_word(false, TLSEDU_LANG_RU), "Нет");
    CHECK_STR(tlsedu_seconds_word(TLSEDU_LANG_RU), "с");
    CHECK_STR(tlsedu_bool_word(true, (tlsedu_lang_t)-1), "True");
    CHECK_STR(tlsedu_seconds_word((tlsedu_lang_t)7), "seconds");
}

static void
test_dates(void)
{
    char buf[96];

    CHECK_STR(tlsedu_format_utc(0, TLSEDU_LANG_EN, buf, sizeof buf), "Jan  1, 1970 00:00:00.000000000 UTC");
    CHECK_STR(tlsedu_format_utc(0, TLSEDU_LANG_FR, buf, sizeof buf), "1er janvier 1970 à 00:00:00 UTC");
    CHECK_STR(tlsedu_format_utc(2082758400, TLSEDU_LANG_EN, buf, sizeof buf), "Jan  1, 2036 00:00:00.000000000 UTC");
    CHECK_STR(tlsedu_format_utc(2082758400, TLSEDU_LANG_FR, buf, sizeof buf), "1er janvier 2036 à 00:00:00 UTC");
    /* a leap day */
    CHECK_STR(tlsedu_format_utc(951782400, TLSEDU_LANG_EN, buf, sizeof buf), "Feb 29, 2000 00:00:00.000000000 UTC");
    CHECK_STR(tlsedu_format_utc(951782400, TLSEDU_LANG_FR, buf, sizeof buf), "29 février 2000 à 00:00:00 UTC");
    CHECK_STR(tlsedu_format_utc(951782400 + 86400, TLSEDU_LANG_FR, buf, sizeof buf), "1er mars 2000 à 00:00:00 UTC");
    /* the last second of a day, every month name once */
    CHECK_STR(tlsedu_format_utc(1704067199, TLSEDU_LANG_EN, buf, sizeof buf), "Dec 31, 2023 23:59:59.000000000 UTC");
    CHECK_STR(tlsedu_format_utc(1704067199, TLSEDU_LANG_FR, buf, sizeof buf), "31 décembre 2023 à 23:59:59 UTC");
    CHECK_STR(tlsedu_format_utc(1691020509, TLSEDU_LANG_FR, buf, sizeof buf), "2 août 2023 à 23:55:09 UTC");
    CHECK_STR(tlsedu_format_utc(1691020509, TLSEDU_LANG_EN, buf, sizeof buf), "Aug  2, 2023 23:55:09.000000000 UTC");
    CHECK_STR(tlsedu_format_utc(0, TLSEDU_LANG_RU, buf, sizeof buf), "1 января 1970 г., 00:00:00 UTC");
    CHECK_STR(tlsedu_format_utc(1796652300, TLSEDU_LANG_RU, buf, sizeof buf), "7 декабря 2026 г., 14:05:00 UTC");
    CHECK_STR(tlsedu_format_utc(951782400, TLSEDU_LANG_RU, buf, sizeof buf), "29 февраля 2000 г., 00:00:00 UTC");
    CHECK_STR(tlsedu_format_utc(-1, TLSEDU_LANG_RU, buf, sizeof buf), "31 декабря 1969 г., 23:59:59 UTC");
    {
        static const char *const en[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        static const char *const fr[12] = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                            "août", "septembre", "octobre", "novembre", "décembre" };
        static const char *const ru[12] = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                                            "августа", "сентября", "октября", "ноября", "декабря" };
        /* the 15th of each month of 2021 (not a leap year) */
        static const int64_t mid[12] = { 1610668800, 1613347200, 1615766400, 1618444800, 1621036800, 1623715200,
                                         1626307200, 1628985600, 1631664000, 1634256000, 1636934400, 1639526400 };
        for (int m = 0; m < 12; m++) {
            char want[64];
            snprintf(want, sizeof want, "%s 15, 2021 00:00:00.000000000 UTC", en[m]);
            CHECK_STR(tlsedu_format_utc(mid[m], TLSEDU_LANG_EN, buf, sizeof buf), want);
            snprintf(want, sizeof want, "15 %s 2021 à 00:00:00 UTC", fr[m]);
            CHECK_STR(tlsedu_format_utc(mid[m], TLSEDU_LANG_FR, buf, sizeof buf), want);
            snprintf(want, sizeof want, "15 %s 2021 г., 00:00:00 UTC", ru[m]);
            CHECK_STR(tlsedu_format_utc(mid[m], TLSEDU_LANG_RU, buf, sizeof buf), want);
        }
    }
    /* before 1970, and a century that is not a leap year */
    CHECK_STR(tlsedu_format_utc(-1, TLSEDU_LANG_EN, buf, sizeof buf), "Dec 31, 1969 23:59:59.000000000 UTC");
    CHECK_STR(tlsedu_format_utc(-1, TLSEDU_LANG_FR, buf, sizeof buf), "31 décembre 1969 à 23:59:59 UTC");
    CHECK_STR(tlsedu_format_utc(4107542400, TLSEDU_LANG_EN, buf, sizeof buf), "Mar  1, 2100 00:00:00.000000000 UTC");
    CHECK_STR(tlsedu_format_utc(4107542400 - 1, TLSEDU_LANG_FR, buf, sizeof buf), "28 février 2100 à 23:59:59 UTC");
    /* extremes stay terminated and readable */
    tlsedu_format_utc(INT64_MAX, TLSEDU_LANG_FR, buf, sizeof buf);
    CHECK(strlen(buf) < sizeof buf && valid_utf8(buf));
    tlsedu_format_utc(INT64_MAX, TLSEDU_LANG_RU, buf, sizeof buf);
    CHECK(strlen(buf) < sizeof buf && valid_utf8(buf));
    tlsedu_format_utc(INT64_MIN, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strlen(buf) < sizeof buf && valid_utf8(buf));

    /* a short buffer: terminated, a prefix of the full text, never a cut character */
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        char full[96];
        tlsedu_format_utc(951782400, (tlsedu_lang_t)l, full, sizeof full);
        for (size_t len = 1; len <= strlen(full) + 1; len++) {
            char small[96];
            memset(small, 'x', sizeof small);
            CHECK(tlsedu_format_utc(951782400, (tlsedu_lang_t)l, small, len) == small);
            size_t n = strlen(small);
            CHECK(n < len);
            CHECK(strncmp(small, full, n) == 0);
            CHECK(valid_utf8(small));
            CHECK(small[len] == 'x');                 /* nothing written past len */
        }
    }
    CHECK(tlsedu_format_utc(0, TLSEDU_LANG_EN, NULL, 10) == NULL);
    buf[0] = 'x';
    CHECK(tlsedu_format_utc(0, TLSEDU_LANG_EN, buf, 0) == buf && buf[0] == 'x');
}

int
main(void)
{
    test_labels();
    test_words();
    test_dates();
    return check_report("labels");
}
