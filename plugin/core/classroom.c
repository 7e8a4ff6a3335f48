/* classroom.c - the classroom outputs' texts and decisions, English and French side by
 * side: the language preference, the Info column's stage phrases, the warning texts.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "classroom.h"

#include <string.h>

#include "ascii.h"
#include "texts.h"

bool
tlsedu_lang_parse(const char *value, tlsedu_lang_t *lang)
{
    static const char *const codes[TLSEDU_LANG_COUNT] = { "en", "fr" };
    size_t start = 0, end;

    *lang = TLSEDU_LANG_EN;
    if (value == NULL)
        return true;
    end = strlen(value);
    while (start < end && (value[start] == ' ' || value[start] == '\t'))
        start++;
    while (end > start && (value[end - 1] == ' ' || value[end - 1] == '\t'))
        end--;
    if (end == start)
        return true;
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        if (end - start == 2 && tlsedu_ascii_equal_n_ci(value + start, codes[l], 2)) {
            *lang = (tlsedu_lang_t)l;
            return true;
        }
    }
    return false;
}

static const char *const stage_phrases[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_STAGE_CLIENT_HELLO] = { "client proposes", "le client propose" },
    [TLSEDU_STAGE_SERVER_HELLO] = { "server chooses", "le serveur choisit" },
    [TLSEDU_STAGE_SERVER_AUTH] = { "server proves its identity", "le serveur prouve son identité" },
    [TLSEDU_STAGE_KEY_EXCHANGE] = { "key exchange", "échange de clés" },
    [TLSEDU_STAGE_FINISHED] = { "handshake finished", "négociation terminée" },
    [TLSEDU_STAGE_APP_DATA] = { "application data", "données applicatives" },
    /* the server's CertificateRequest and an empty client Certificate prove nothing:
     * RFC 5246 7.4.4, 7.4.6; RFC 8446 4.3.2, 4.4.2.4 */
    [TLSEDU_STAGE_CLIENT_AUTH] = { "client authentication", "authentification du client" },
    [TLSEDU_STAGE_AFTER_HANDSHAKE] = { "after the handshake", "après la négociation" },
    [TLSEDU_STAGE_COMPAT_CCS] = { "compatibility record", "enregistrement de compatibilité" },
    [TLSEDU_STAGE_ALERT] = { "alert", "alerte" },
};

static tlsedu_lang_t
safe_lang(tlsedu_lang_t lang)
{
    return (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
}

const char *
tlsedu_stage_phrase(tlsedu_stage_t stage, tlsedu_lang_t lang)
{
    if (stage < TLSEDU_STAGE_CLIENT_HELLO || stage > TLSEDU_STAGE_ALERT)
        return NULL;
    return stage_phrases[stage][safe_lang(lang)];
}

/* Appends text to buf at *pos, whole UTF-8 characters only, never past len. */
static void
append(char *buf, size_t len, size_t *pos, const char *text)
{
    const unsigned char *c = (const unsigned char *)text;

    while (c != NULL && *c) {
        size_t n = *c < 0x80 ? 1 : *c >= 0xf0 ? 4 : *c >= 0xe0 ? 3 : *c >= 0xc0 ? 2 : 1;
        size_t k = 0;
        if (*pos + n >= len)
            break;
        for (; k < n && c[k]; k++)
            buf[(*pos)++] = (char)c[k];
        c += k;
    }
    buf[*pos] = '\0';
}

static void
append_uint(char *buf, size_t len, size_t *pos, unsigned v)
{
    char digits[12];
    size_t n = 0;

    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0 && n < sizeof digits - 1);
    while (n > 0) {
        char one[2] = { digits[--n], '\0' };
        append(buf, len, pos, one);
    }
}

char *
tlsedu_info_stages(const uint8_t *stages, size_t n, tlsedu_lang_t lang, char *buf, size_t len)
{
    const bool fr = safe_lang(lang) == TLSEDU_LANG_FR;
    uint8_t seen[TLSEDU_STAGE_ALERT + 1];
    uint8_t order[TLSEDU_STAGE_ALERT + 1];
    size_t count = 0, pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    memset(seen, 0, sizeof seen);
    for (size_t i = 0; stages != NULL && i < n; i++) {
        uint8_t s = stages[i];
        if (tlsedu_stage_phrase((tlsedu_stage_t)s, lang) == NULL || seen[s])
            continue;
        seen[s] = 1;
        order[count++] = s;
    }
    if (count == 0)
        return buf;
    append(buf, len, &pos, fr ? (count > 1 ? "[phases " : "[phase ") : (count > 1 ? "[stages " : "[stage "));
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            append(buf, len, &pos, ", ");
        append_uint(buf, len, &pos, order[i]);
    }
    append(buf, len, &pos, fr ? "\xc2\xa0: " : ": ");
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            append(buf, len, &pos, ", ");
        append(buf, len, &pos, tlsedu_stage_phrase((tlsedu_stage_t)order[i], lang));
    }
    /* the closing bracket always fits: drop characters before it if needed */
    if (pos + 1 >= len) {
        while (pos > 0 && ((unsigned char)buf[pos - 1] & 0xc0) == 0x80)
            pos--;
        if (pos > 0)
            pos--;
        buf[pos] = '\0';
    }
    append(buf, len, &pos, "]");
    return buf;
}

const char *
tlsedu_word(tlsedu_word_t word, tlsedu_lang_t lang)
{
    static const char *const words[TLSEDU_WORD_COUNT][TLSEDU_LANG_COUNT] = {
        [TLSEDU_WORD_ON_PORT] = { "on port", "sur le port" },
        [TLSEDU_WORD_STAGE] = { "stage", "phase" },
        [TLSEDU_WORD_TO_SERVER] = { "client to server", "du client vers le serveur" },
        [TLSEDU_WORD_TO_CLIENT] = { "server to client", "du serveur vers le client" },
    };
    return (unsigned)word < TLSEDU_WORD_COUNT ? words[word][safe_lang(lang)] : "";
}

const char *
tlsedu_kex_name_lang(tlsedu_kex_t kex, tlsedu_lang_t lang)
{
    if (safe_lang(lang) == TLSEDU_LANG_EN)
        return tlsedu_kex_name(kex);
    switch (kex) {
    case TLSEDU_KEX_OTHER: return "autre (RSA_PSK, (EC)DH statique, SRP ou Kerberos)";
    case TLSEDU_KEX_RSA: return "transport de clé RSA";
    case TLSEDU_KEX_DHE: return "DHE (Diffie-Hellman éphémère sur corps fini)";
    case TLSEDU_KEX_ECDHE: return "ECDHE (Diffie-Hellman éphémère sur courbe elliptique)";
    case TLSEDU_KEX_PSK: return "PSK seule, clé pré-partagée";
    case TLSEDU_KEX_PSK_DHE: return "PSK avec (EC)DHE";
    case TLSEDU_KEX_HYBRID_PQ: return "hybride post-quantique ((EC)DHE + ML-KEM/Kyber)";
    default: return "?";
    }
}

char *
tlsedu_warn_handshake_failed(const char *alert, const char *cause, tlsedu_lang_t lang,
                             char *buf, size_t len)
{
    const bool fr = safe_lang(lang) == TLSEDU_LANG_FR;
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    if (alert == NULL) {   /* no alert: an inference from the end of the connection */
        append(buf, len, &pos, fr
            ? "La connexion s'est terminée avant que les Finished des deux côtés soient vus\xc2\xa0: la négociation a échoué, ou la capture a manqué certains de ses enregistrements"
            : "The connection ended before both sides' Finished were seen: the handshake failed, or the capture missed some of its records");
        return buf;
    }
    append(buf, len, &pos, fr ? "Échec de la négociation TLS\xc2\xa0: alerte fatale " : "TLS handshake failed: fatal alert ");
    append(buf, len, &pos, alert);
    if (cause != NULL) {
        append(buf, len, &pos, fr ? "\xc2\xa0: " : ": ");
        append(buf, len, &pos, cause);
    }
    return buf;
}

char *
tlsedu_warn_weak_version(const char *version, tlsedu_lang_t lang, char *buf, size_t len)
{
    const bool fr = safe_lang(lang) == TLSEDU_LANG_FR;
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    if (fr)   /* "version ... négociée": the participle agrees with "version" */
        append(buf, len, &pos, version != NULL ? "Version " : "Une ancienne version");
    append(buf, len, &pos, version != NULL ? version : (fr ? "" : "An old version"));
    if (version != NULL && strncmp(version, "DTLS", 4) == 0)   /* RFC 8996 deprecates DTLS 1.0 too */
        append(buf, len, &pos, fr ? " négociée\xc2\xa0: obsolète (RFC 8996)\xc2\xa0; utilisez DTLS 1.2 ou 1.3"
                                  : " negotiated: deprecated (RFC 8996); use DTLS 1.2 or 1.3");
    else
        append(buf, len, &pos, fr
            ? " négociée\xc2\xa0: SSL 2.0 et 3.0 sont cassés et interdits (RFC 6176, RFC 7568), TLS 1.0 et 1.1 obsolètes (RFC 8996)\xc2\xa0; utilisez TLS 1.2 ou 1.3"
            : " negotiated: SSL 2.0 and 3.0 are broken and prohibited (RFC 6176, RFC 7568), TLS 1.0 and 1.1 deprecated (RFC 8996); use TLS 1.2 or 1.3");
    return buf;
}

char *
tlsedu_warn_weak_cipher(const char *suite, unsigned weak, tlsedu_lang_t lang, char *buf, size_t len)
{
    /* the reasons, in the order of the bits (names.h, with their RFCs) */
    static const char *const why[][TLSEDU_LANG_COUNT] = {
        { "no encryption, the data travels in cleartext", "aucun chiffrement, les données circulent en clair" },
        { "anonymous, nobody authenticated", "anonyme, personne n'est authentifié" },
        { "export-grade (40/56-bit keys)", "qualité export (clés de 40/56 bits)" },
        { "RC4, prohibited (RFC 7465)", "RC4, interdit (RFC 7465)" },
        { "single DES, a 56-bit key", "DES simple, une clé de 56 bits" },
        { "3DES, 64-bit blocks (Sweet32)", "3DES, blocs de 64 bits (Sweet32)" },
        { "an MD5 MAC", "un MAC MD5" },
        { "no integrity either", "pas de contrôle d'intégrité non plus" },
        { "IDEA, obsolete, 64-bit blocks (Sweet32)", "IDEA, obsolète, blocs de 64 bits (Sweet32)" },
    };
    const tlsedu_lang_t l = safe_lang(lang);
    size_t pos = 0;
    bool first = true;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    append(buf, len, &pos, l == TLSEDU_LANG_FR ? "Suite de chiffrement faible " : "Weak cipher suite ");
    append(buf, len, &pos, suite != NULL ? suite : "?");
    for (size_t i = 0; i < sizeof why / sizeof why[0]; i++) {
        if (!(weak & (1u << i)))
            continue;
        append(buf, len, &pos, first ? (l == TLSEDU_LANG_FR ? "\xc2\xa0: " : ": ")
                                     : (l == TLSEDU_LANG_FR ? "\xc2\xa0; " : "; "));
        append(buf, len, &pos, why[i][l]);
        first = false;
    }
    return buf;
}

/* The key-exchange part of a TLS <= 1.2 suite's name ("RSA_PSK" of TLS_RSA_PSK_WITH_...). */
static bool
suite_family(const char *suite, char *out, size_t len)
{
    const char *with = suite != NULL ? strstr(suite, "_WITH_") : NULL;

    if (with == NULL || strncmp(suite, "TLS_", 4) != 0 || (size_t)(with - suite - 4) >= len || with - suite <= 4)
        return false;
    memcpy(out, suite + 4, (size_t)(with - suite - 4));
    out[with - suite - 4] = '\0';
    return true;
}

char *
tlsedu_warn_no_forward_secrecy(tlsedu_kex_t kex, const char *suite, tlsedu_lang_t lang, char *buf, size_t len)
{
    const bool fr = safe_lang(lang) == TLSEDU_LANG_FR;
    char family[32];
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    append(buf, len, &pos, fr ? "Pas de confidentialité persistante (" : "No forward secrecy (");
    /* "other": name the family this suite uses rather than the list (RSA_PSK, ECDH_RSA ...) */
    append(buf, len, &pos, kex == TLSEDU_KEX_OTHER && suite_family(suite, family, sizeof family)
                               ? family : tlsedu_kex_name_lang(kex, lang));
    append(buf, len, &pos, fr
        ? ")\xc2\xa0: qui obtient plus tard la clé à long terme peut déchiffrer cette session enregistrée"
        : "): whoever later obtains the long-term key can decrypt this recorded session");
    return buf;
}

char *
tlsedu_note_unknown_language(const char *value, char *buf, size_t len)
{
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    append(buf, len, &pos, "Unknown tlsedu.language \"");
    append(buf, len, &pos, value != NULL ? value : "");
    append(buf, len, &pos, "\": English is used (en or fr) / Valeur inconnue de tlsedu.language\xc2\xa0: l'anglais est utilisé (en ou fr)");
    return buf;
}
