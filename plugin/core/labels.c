/* labels.c - the labels of the tlsedu tree, English and French side by side (one column
 * per language: adding a language is adding a column), and the few words and dates the
 * glue writes into an item's text.
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
 *    STARTTLS) stay as written in the RFCs. */
static const field_label_t labels[] = {
    /* the protocol: a product name, the same in every language */
    { "tlsedu", { "TLS Classroom", "TLS Classroom" } },

    /* tlsedu.c: the service and the handshake */
    { "tlsedu.service", { "Service", "Service" } },
    { "tlsedu.service.port", { "Server port", "Port du serveur" } },
    { "tlsedu.service.evidence", { "Evidence", "Indices" } },
    { "tlsedu.service.explain", { "About this service", "À propos de ce service" } },
    { "tlsedu.direction", { "Direction", "Sens" } },
    { "tlsedu.security", { "Security", "Sécurité" } },
    { "tlsedu.secure_alternative", { "Secure alternative", "Solution sécurisée" } },
    { "tlsedu.stage", { "Stage", "Phase" } },
    { "tlsedu.message", { "Message", "Message" } },
    { "tlsedu.stage.inferred", { "Inferred", "Phase déduite" } },
    { "tlsedu.data.early", { "Early data", "Données anticipées (early data)" } },
    { "tlsedu.data.early_kind", { "Early data kind", "Type de données anticipées" } },
    { "tlsedu.explain", { "Explanation", "Explication" } },
    { "tlsedu.handshake", { "Handshake summary", "Bilan de la négociation" } },
    { "tlsedu.handshake.version", { "Negotiated version", "Version négociée" } },
    { "tlsedu.handshake.cipher_suite", { "Cipher suite", "Suite de chiffrement" } },
    { "tlsedu.handshake.kex", { "Key exchange", "Échange de clés" } },
    { "tlsedu.handshake.group", { "Key exchange group", "Groupe de l'échange de clés" } },
    { "tlsedu.hello.versions_offered", { "Versions offered", "Versions proposées" } },
    { "tlsedu.hello.suites_offered", { "Cipher suites offered", "Suites de chiffrement proposées" } },
    { "tlsedu.hello.key_share", { "Key shares sent", "«\xc2\xa0Key shares\xc2\xa0» envoyés" } },
    { "tlsedu.hello.alpn", { "ALPN", "ALPN" } },
    { "tlsedu.hello.retry_group", { "Group asked for", "Groupe demandé" } },
    { "tlsedu.signature_algorithm", { "Signature algorithm", "Algorithme de signature" } },
    { "tlsedu.course_step", { "Course step", "Étape du cours" } },
    { "tlsedu.course_note", { "Course note", "Note sur le cours" } },
    { "tlsedu.handshake.forward_secrecy", { "Forward secrecy", "Confidentialité persistante" } },
    { "tlsedu.handshake.resumed", { "Resumed", "Reprise de session" } },
    { "tlsedu.handshake.complete", { "Handshake completed", "Négociation terminée" } },
    { "tlsedu.explain.sentence", { "Explanation sentence", "Phrase de l'explication" } },
    { "tlsedu.handshake.round_trips", { "Round trips", "Allers-retours" } },
    { "tlsedu.handshake.duration", { "Duration", "Durée" } },
    { "tlsedu.handshake.client_hello_frame", { "ClientHello in frame", "ClientHello dans la trame" } },
    { "tlsedu.handshake.server_hello_frame", { "ServerHello in frame", "ServerHello dans la trame" } },
    { "tlsedu.handshake.finished_frame",
      { "Handshake finished in frame", "Négociation terminée dans la trame" } },

    /* certificates.c */
    { "tlsedu.cert", { "Server certificate", "Certificat du serveur" } },
    { "tlsedu.cert.subject", { "Subject", "Sujet" } },
    { "tlsedu.cert.issuer", { "Issuer", "Émetteur" } },
    { "tlsedu.cert.not_before", { "Valid from", "Valide à partir du" } },
    { "tlsedu.cert.not_after", { "Valid until", "Valide jusqu'au" } },
    { "tlsedu.cert.self_signed", { "Self-signed", "Auto-signé" } },
    { "tlsedu.cert.san", { "DNS name (subjectAltName)", "Nom DNS (subjectAltName)" } },
    { "tlsedu.cert.chain_length", { "Chain length", "Longueur de la chaîne" } },
    { "tlsedu.cert.key", { "Public key", "Clé publique" } },
    { "tlsedu.cert.signature_algorithm", { "Certificate signature algorithm", "Algorithme de signature du certificat" } },

    /* http_glue.c */
    { "tlsedu.http.redirect_status", { "Redirect to HTTPS", "Redirection vers HTTPS" } },
    { "tlsedu.http.redirect_permanent", { "Permanent redirect", "Redirection permanente" } },
    { "tlsedu.http.hsts.max_age", { "HSTS max-age", "Durée HSTS en secondes (max-age)" } },
    { "tlsedu.http.hsts.include_subdomains",
      { "HSTS includes subdomains", "HSTS inclut les sous-domaines" } },
    { "tlsedu.http.hsts.obeyed", { "HSTS obeyed", "HSTS pris en compte" } },
    { "tlsedu.http.explain", { "Explanation", "Explication" } },

    /* starttls_glue.c */
    { "tlsedu.starttls.step", { "STARTTLS step", "Avancement STARTTLS" } },
    { "tlsedu.starttls.protocol", { "Protocol", "Protocole" } },
    { "tlsedu.starttls.offer_frame", { "Offered in frame", "Proposé dans la trame" } },
    { "tlsedu.starttls.request_frame", { "Requested in frame", "Demandé dans la trame" } },
    { "tlsedu.starttls.response_frame", { "Answered in frame", "Réponse dans la trame" } },
    { "tlsedu.starttls.tls_frame", { "TLS started in frame", "Début de TLS dans la trame" } },
    { "tlsedu.starttls.explain", { "Explanation", "Explication" } },
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
        { "False", "Non" },
        { "True", "Oui" },
    };
    return words[value ? 1 : 0][safe_lang(lang)];
}

const char *
tlsedu_seconds_word(tlsedu_lang_t lang)
{
    static const char *const words[TLSEDU_LANG_COUNT] = { "seconds", "secondes" };
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
    if (safe_lang(lang) == TLSEDU_LANG_FR) {
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
