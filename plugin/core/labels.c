/* labels.c - the labels of the tlsedu tree, English, French and Russian side by side (one
 * column per language: adding a language is adding a column), and the few words and dates
 * the glue writes into an item's text.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "labels.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *abbrev;                       /* the field's filter name */
    const char *label[TLSEDU_LANG_COUNT];     /* English: exactly the registered label */
} field_label_t;

/* Word choices in French:
 *  - tlsedu.stage is "Phase", never "Étape": the course notes number their own "Étape 1-6"
 *    (another sequence), and a student must not mix the two numberings. The Info column's
 *    bracket and the top line say "phase" too (classroom.c).
 *  - tlsedu.starttls.step is "Avancement STARTTLS" for the same reason, and because the
 *    STARTTLS steps (1 offered ... 5 TLS started) are a third numbering, neither the
 *    handshake's phases nor the course's steps: "avancement" says how far the upgrade went.
 *  - tlsedu.service.evidence is "Indices": its values say what the service was recognised
 *    by (the port only, port and content agree ...), "Preuve" would overstate it.
 *  - tlsedu.direction is "Sens", the usual word for the way traffic flows ("sens
 *    client vers serveur").
 *  - tlsedu.stage.inferred is "Phase déduite": the item says the phase above it was
 *    deduced from an encrypted record, a bare "Déduit" would not say what was.
 *  - tlsedu.data.early keeps the RFC's term beside the French one: "Données anticipées
 *    (early data)".
 *  - Message names (ClientHello, ServerHello) and protocol terms (HSTS, max-age, TLS,
 *    STARTTLS) stay as written in the RFCs.
 *
 * Word choices in Russian (the glossary the translators share), for the same three
 * numberings:
 *  - tlsedu.course_step is "Шаг курса": "шаг" belongs to the course's six steps only.
 *  - tlsedu.stage is "Фаза", never "Шаг" nor "Этап", and the Info column's bracket and the
 *    top line say "фаза" too (classroom.c).
 *  - tlsedu.starttls.step is "Ход STARTTLS": how far the upgrade went, a third numbering.
 *  - tlsedu.service.evidence is "Признаки": what the service was recognised by, not a
 *    proof. tlsedu.stage.inferred is "Фаза выведена": the phase above it was deduced from
 *    an encrypted record.
 *  - A frame is "кадр", as in Wireshark's Russian interface ("ClientHello в кадре").
 *  - RFC terms stay in Latin letters, not declined: "Отправленные key share", "Ранние
 *    данные (early data)", "Срок HSTS в секундах (max-age)". */
static const field_label_t labels[] = {
    /* the protocol: a product name, the same in every language */
    { "tlsedu", { "TLS Classroom", "TLS Classroom", "TLS Classroom" } },

    /* tlsedu.c: the service and the handshake */
    { "tlsedu.service", { "Service", "Service", "Сервис" } },
    { "tlsedu.service.port", { "Server port", "Port du serveur", "Порт сервера" } },
    { "tlsedu.service.evidence", { "Evidence", "Indices", "Признаки" } },
    { "tlsedu.service.explain", { "About this service", "À propos de ce service", "Об этом сервисе" } },
    { "tlsedu.direction", { "Direction", "Sens", "Направление" } },
    { "tlsedu.security", { "Security", "Sécurité", "Безопасность" } },
    { "tlsedu.security.short", { "Security (short)", "Sécurité (en bref)", "Безопасность (кратко)" } },
    { "tlsedu.stages", { "Stages of the frame", "Phases de la trame", "Фазы кадра" } },
    { "tlsedu.warnings", { "Warnings", "Avertissements", "Предупреждения" } },
    { "tlsedu.info", { "TLS Classroom in brief", "TLS Classroom en bref", "TLS Classroom кратко" } },
    { "tlsedu.secure_alternative", { "Secure alternative", "Solution sécurisée", "Альтернатива" } },
    { "tlsedu.stage", { "Stage", "Phase", "Фаза" } },
    { "tlsedu.message", { "Message", "Message", "Сообщение" } },
    { "tlsedu.stage.inferred", { "Inferred", "Phase déduite", "Фаза выведена" } },
    { "tlsedu.data.early", { "Early data", "Données anticipées (early data)", "Ранние данные (early data)" } },
    { "tlsedu.data.early_kind", { "Early data kind", "Type de données anticipées", "Вид ранних данных" } },
    { "tlsedu.explain", { "Explanation", "Explication", "Объяснение" } },
    { "tlsedu.handshake", { "Handshake summary", "Bilan de la négociation", "Итоги рукопожатия" } },
    { "tlsedu.handshake.version", { "Negotiated version", "Version négociée", "Согласованная версия" } },
    { "tlsedu.handshake.cipher_suite", { "Cipher suite", "Suite de chiffrement", "Набор шифров" } },
    { "tlsedu.handshake.kex", { "Key exchange", "Échange de clés", "Обмен ключами" } },
    { "tlsedu.handshake.group", { "Key exchange group", "Groupe de l'échange de clés", "Группа обмена ключами" } },
    { "tlsedu.hello.versions_offered", { "Versions offered", "Versions proposées", "Предложенные версии" } },
    { "tlsedu.hello.suites_offered", { "Cipher suites offered", "Suites de chiffrement proposées", "Предложенные наборы шифров" } },
    { "tlsedu.hello.key_share", { "Key shares sent", "«\xc2\xa0Key shares\xc2\xa0» envoyés", "Отправленные key share" } },
    { "tlsedu.hello.alpn", { "ALPN", "ALPN", "ALPN" } },
    { "tlsedu.hello.retry_group", { "Group asked for", "Groupe demandé", "Запрошенная группа" } },
    { "tlsedu.signature_algorithm", { "Signature algorithm", "Algorithme de signature", "Алгоритм подписи" } },
    { "tlsedu.course_step", { "Course step", "Étape du cours", "Шаг курса" } },
    { "tlsedu.course_note", { "Course note", "Note sur le cours", "Примечание к курсу" } },
    { "tlsedu.course_note.sentence",
      { "Course note (sentence)", "Note sur le cours (phrase)", "Примечание к курсу (фраза)" } },
    { "tlsedu.starttls.course_note", { "Course note", "Note sur le cours", "Примечание к курсу" } },
    { "tlsedu.starttls.course_note.sentence",
      { "Course note (sentence)", "Note sur le cours (phrase)", "Примечание к курсу (фраза)" } },
    { "tlsedu.ticket.lifetime", { "Ticket lifetime (seconds)", "Durée de vie du ticket (secondes)", "Срок жизни билета (с)" } },
    { "tlsedu.cert_request.cert_types",
      { "Certificate types asked for", "Types de certificat demandés", "Число запрошенных типов сертификата" } },
    { "tlsedu.cert_request.signature_algorithms",
      { "Signature algorithms accepted", "Algorithmes de signature acceptés", "Число принимаемых алгоритмов подписи" } },
    { "tlsedu.cert_request.authorities",
      { "Certificate authorities named", "Autorités de certification nommées", "Число названных УЦ" } },
    { "tlsedu.data.wire_bytes", { "Bytes on the wire", "Octets sur le réseau", "Байт в сети" } },
    { "tlsedu.data.protocol", { "Protocol inside", "Protocole à l'intérieur", "Протокол внутри" } },
    { "tlsedu.data.message", { "Message inside", "Message à l'intérieur", "Сообщение внутри" } },
    { "tlsedu.handshake.forward_secrecy", { "Forward secrecy", "Confidentialité persistante", "Прямая секретность (forward secrecy)" } },
    { "tlsedu.handshake.resumed", { "Resumed", "Reprise de session", "Возобновление сеанса" } },
    { "tlsedu.handshake.complete", { "Handshake completed", "Négociation terminée", "Рукопожатие завершено" } },
    { "tlsedu.explain.sentence", { "Explanation sentence", "Phrase de l'explication", "Фраза объяснения" } },
    { "tlsedu.handshake.round_trips", { "Round trips", "Allers-retours", "Число обменов туда и обратно (RTT)" } },
    { "tlsedu.handshake.duration", { "Duration", "Durée", "Длительность" } },
    { "tlsedu.handshake.client_hello_frame", { "ClientHello in frame", "ClientHello dans la trame", "ClientHello в кадре" } },
    { "tlsedu.handshake.server_hello_frame", { "ServerHello in frame", "ServerHello dans la trame", "ServerHello в кадре" } },
    { "tlsedu.handshake.finished_frame",
      { "Handshake finished in frame", "Négociation terminée dans la trame", "Рукопожатие завершено в кадре" } },

    /* certificates.c */
    { "tlsedu.cert", { "Server certificate", "Certificat du serveur", "Сертификат сервера" } },
    { "tlsedu.cert.subject", { "Subject", "Sujet", "Субъект" } },
    { "tlsedu.cert.issuer", { "Issuer", "Émetteur", "Издатель" } },
    { "tlsedu.cert.not_before", { "Valid from", "Valide à partir du", "Действителен с" } },
    { "tlsedu.cert.not_after", { "Valid until", "Valide jusqu'au", "Действителен до" } },
    { "tlsedu.cert.self_signed", { "Self-signed", "Auto-signé", "Самоподписанный" } },
    { "tlsedu.cert.san", { "DNS name (subjectAltName)", "Nom DNS (subjectAltName)", "Имя DNS (subjectAltName)" } },
    { "tlsedu.cert.chain_length", { "Chain length", "Longueur de la chaîne", "Длина цепочки" } },
    { "tlsedu.cert.key", { "Public key", "Clé publique", "Открытый ключ" } },
    { "tlsedu.cert.signature_algorithm", { "Certificate signature algorithm", "Algorithme de signature du certificat", "Алгоритм подписи сертификата" } },

    /* http_glue.c */
    { "tlsedu.http.redirect_status", { "Redirect to HTTPS", "Redirection vers HTTPS", "Перенаправление на HTTPS" } },
    { "tlsedu.http.redirect_permanent", { "Permanent redirect", "Redirection permanente", "Постоянное перенаправление" } },
    { "tlsedu.http.hsts.max_age", { "HSTS max-age", "Durée HSTS en secondes (max-age)", "Срок HSTS в секундах (max-age)" } },
    { "tlsedu.http.hsts.include_subdomains",
      { "HSTS includes subdomains", "HSTS inclut les sous-domaines", "HSTS включает поддомены" } },
    { "tlsedu.http.hsts.obeyed", { "HSTS obeyed", "HSTS pris en compte", "HSTS соблюдается" } },
    { "tlsedu.http.explain", { "Explanation", "Explication", "Объяснение" } },

    /* starttls_glue.c */
    { "tlsedu.starttls.step", { "STARTTLS step", "Avancement STARTTLS", "Ход STARTTLS" } },
    { "tlsedu.starttls.protocol", { "Protocol", "Protocole", "Протокол" } },
    { "tlsedu.starttls.offer_frame", { "Offered in frame", "Proposé dans la trame", "Предложен в кадре" } },
    { "tlsedu.starttls.request_frame", { "Requested in frame", "Demandé dans la trame", "Запрошен в кадре" } },
    { "tlsedu.starttls.response_frame", { "Answered in frame", "Réponse dans la trame", "Ответ в кадре" } },
    { "tlsedu.starttls.tls_frame", { "TLS started in frame", "Début de TLS dans la trame", "TLS начат в кадре" } },
    { "tlsedu.starttls.explain", { "Explanation", "Explication", "Объяснение" } },
};

static tlsedu_lang_t
safe_lang(tlsedu_lang_t lang)
{
    return (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
}

const char *
tlsedu_field_label(const char *abbrev, tlsedu_lang_t lang)
{
    if (abbrev == NULL)
        return NULL;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        if (strcmp(labels[i].abbrev, abbrev) == 0)
            return labels[i].label[safe_lang(lang)];
    }
    return NULL;
}

size_t
tlsedu_field_label_count(void)
{
    return sizeof labels / sizeof labels[0];
}

const char *
tlsedu_field_label_abbrev(size_t i)
{
    return i < sizeof labels / sizeof labels[0] ? labels[i].abbrev : NULL;
}

const char *
tlsedu_bool_word(bool value, tlsedu_lang_t lang)
{
    static const char *const words[2][TLSEDU_LANG_COUNT] = {
        { "False", "Non", "Нет" },
        { "True", "Oui", "Да" },
    };
    return words[value ? 1 : 0][safe_lang(lang)];
}

const char *
tlsedu_seconds_word(tlsedu_lang_t lang)
{
    static const char *const words[TLSEDU_LANG_COUNT] = { "seconds", "secondes", "с" };
    return words[safe_lang(lang)];
}

/* Year, month (1-12) and day (1-31) of a day count from 1970-01-01, proleptic Gregorian
 * (H. Hinnant's civil_from_days). */
static void
civil_from_days(int64_t z, int64_t *year, unsigned *month, unsigned *day)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);                         /* [0, 146096] */
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  /* [0, 399] */
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              /* [0, 365] */
    const unsigned mp = (5 * doy + 2) / 153;                                   /* [0, 11] */
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = (int64_t)yoe + era * 400 + (*month <= 2);
}

/* Copies text into buf, whole UTF-8 characters only, always terminated. */
static void
copy_utf8(char *buf, size_t len, const char *text)
{
    const unsigned char *c = (const unsigned char *)text;
    size_t pos = 0;

    while (*c) {
        size_t n = *c < 0x80 ? 1 : *c >= 0xf0 ? 4 : *c >= 0xe0 ? 3 : *c >= 0xc0 ? 2 : 1;
        size_t k = 0;
        if (pos + n >= len)
            break;
        for (; k < n && c[k]; k++)
            buf[pos++] = (char)c[k];
        c += k;
    }
    buf[pos] = '\0';
}

char *
tlsedu_format_utc(int64_t secs, tlsedu_lang_t lang, char *buf, size_t len)
{
    /* Wireshark's abs_time_to_str: the C locale's "%b" abbreviations */
    static const char *const mon_en[12] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    static const char *const mon_fr[12] = {
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre"
    };
    /* Russian: the genitive, "7 декабря 2026 г." */
    static const char *const mon_ru[12] = {
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря"
    };
    char text[96];
    int64_t days = secs / 86400, rem = secs % 86400, year;
    unsigned month, day, hh, mm, ss;

    if (buf == NULL || len == 0)
        return buf;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    civil_from_days(days, &year, &month, &day);
    hh = (unsigned)(rem / 3600);
    mm = (unsigned)(rem / 60 % 60);
    ss = (unsigned)(rem % 60);
    if (safe_lang(lang) == TLSEDU_LANG_RU) {
        snprintf(text, sizeof text, "%u %s %" PRId64 " г., %02u:%02u:%02u UTC",
                 day, mon_ru[month - 1], year, hh, mm, ss);
    } else if (safe_lang(lang) == TLSEDU_LANG_FR) {
        /* French writes the first day of a month as an ordinal: "1er janvier" */
        snprintf(text, sizeof text, "%u%s %s %" PRId64 " à %02u:%02u:%02u UTC",
                 day, day == 1 ? "er" : "", mon_fr[month - 1], year, hh, mm, ss);
    } else {
        snprintf(text, sizeof text, "%s %2u, %" PRId64 " %02u:%02u:%02u.000000000 UTC",
                 mon_en[month - 1], day, year, hh, mm, ss);
    }
    copy_utf8(buf, len, text);
    return buf;
}

/* Russian year after a number: 1 год, 2-4 года, 5-20 лет (21 год ...) */
static const char *
russian_years(uint32_t n)
{
    if (n % 10 == 1 && n % 100 != 11)
        return "\xd0\xb3\xd0\xbe\xd0\xb4";                        /* год */
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14))
        return "\xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0";                /* года */
    return "\xd0\xbb\xd0\xb5\xd1\x82";                            /* лет */
}

char *
tlsedu_duration_words(uint32_t secs, tlsedu_lang_t lang, char *buf, size_t len)
{
    /* units, largest first; in each language singular, plural */
    static const struct {
        uint32_t secs;
        const char *word[TLSEDU_LANG_COUNT][2];
    } units[] = {
        { 31536000u, { { "year", "years" }, { "an", "ans" }, { NULL, NULL } } },
        { 86400u, { { "day", "days" }, { "jour", "jours" }, { "\xd0\xb4\xd0\xbd.", "\xd0\xb4\xd0\xbd." } } },   /* дн. */
        { 3600u, { { "h", "h" }, { "h", "h" }, { "\xd1\x87", "\xd1\x87" } } },                                 /* ч */
        { 60u, { { "min", "min" }, { "min", "min" }, { "\xd0\xbc\xd0\xb8\xd0\xbd", "\xd0\xbc\xd0\xb8\xd0\xbd" } } },   /* мин */
        { 1u, { { "s", "s" }, { "s", "s" }, { "\xd1\x81", "\xd1\x81" } } },                                    /* с */
    };
    const tlsedu_lang_t l = safe_lang(lang);
    size_t u = 0;
    uint32_t n;
    const char *word;
    char text[48];

    if (buf == NULL || len == 0)
        return buf;
    while (u + 1 < sizeof units / sizeof units[0] && (secs < units[u].secs || secs % units[u].secs != 0))
        u++;
    n = secs / units[u].secs;
    word = units[u].word[l][n > 1];
    if (u == 0 && l == TLSEDU_LANG_RU)
        word = russian_years(n);
    snprintf(text, sizeof text, "%" PRIu32 " %s", n, word);
    copy_utf8(buf, len, text);
    return buf;
}

char *
tlsedu_key_words(const char *key, tlsedu_lang_t lang, char *buf, size_t len)
{
    static const char bits[] = " bits";
    const size_t n = key != NULL ? strlen(key) : 0;

    if (buf == NULL || len == 0)
        return buf;
    if (safe_lang(lang) == TLSEDU_LANG_RU && n > sizeof bits - 1 && strcmp(key + n - (sizeof bits - 1), bits) == 0)
        snprintf(buf, len, "%.*s \xd0\xb1\xd0\xb8\xd1\x82", (int)(n - (sizeof bits - 1)), key);   /* бит */
    else
        copy_utf8(buf, len, key != NULL ? key : "");
    return buf;
}
