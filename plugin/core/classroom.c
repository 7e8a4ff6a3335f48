/* classroom.c - the classroom outputs' texts and decisions, English, French and Russian
 * side by side: the language preference, the Info column's stage phrases, the warning
 * texts.
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
    static const char *const codes[TLSEDU_LANG_COUNT] = { "en", "fr", "ru" };
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
    [TLSEDU_STAGE_CLIENT_HELLO] = { "client proposes", "le client propose", "клиент предлагает" },
    [TLSEDU_STAGE_SERVER_HELLO] = { "server chooses", "le serveur choisit", "сервер выбирает" },
    [TLSEDU_STAGE_SERVER_AUTH] = { "server proves its identity", "le serveur prouve son identité", "сервер доказывает свою подлинность" },
    [TLSEDU_STAGE_KEY_EXCHANGE] = { "key exchange", "échange de clés", "обмен ключами" },
    [TLSEDU_STAGE_FINISHED] = { "handshake finished", "négociation terminée", "рукопожатие завершено" },
    [TLSEDU_STAGE_APP_DATA] = { "application data", "données applicatives", "данные приложения" },
    /* the server's CertificateRequest and an empty client Certificate prove nothing:
     * RFC 5246 7.4.4, 7.4.6; RFC 8446 4.3.2, 4.4.2.4 */
    [TLSEDU_STAGE_CLIENT_AUTH] = { "client authentication", "authentification du client", "аутентификация клиента" },
    [TLSEDU_STAGE_AFTER_HANDSHAKE] = { "after the handshake", "après la négociation", "после рукопожатия" },
    [TLSEDU_STAGE_COMPAT_CCS] = { "compatibility record", "enregistrement de compatibilité", "запись для совместимости" },
    [TLSEDU_STAGE_ALERT] = { "alert", "alerte", "оповещение" },
};

static tlsedu_lang_t
safe_lang(tlsedu_lang_t lang)
{
    return (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
}

/* Wireshark keeps 239 bytes of an expert info and would cut inside a UTF-8 character; its
 * tree line "Expert Info (Warning/Security): <text>" shares those 239 bytes with a prefix
 * of up to 34: a warning stays within 205 bytes, cut between characters (the texts are
 * written to fit with realistic values; this only guards against unusual names). */
#define EXPERT_BYTES 205

static size_t
expert_len(size_t len)
{
    return len < EXPERT_BYTES + 1 ? len : EXPERT_BYTES + 1;
}

/* French puts a (non-breaking) space before ":" and ";", English and Russian do not */
static const char *const colon[TLSEDU_LANG_COUNT] = { ": ", "\xc2\xa0: ", ": " };
static const char *const semicolon[TLSEDU_LANG_COUNT] = { "; ", "\xc2\xa0; ", "; " };

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
tlsedu_info_stages(const uint8_t *stages, size_t n, tlsedu_data_view_t data, tlsedu_lang_t lang, char *buf,
                   size_t len)
{
    /* on the wire the records stay encrypted; Wireshark shows them decrypted (a key log, or
     * the server's RSA private key); under a NULL cipher nothing was encrypted */
    static const char *const data_phrases[][TLSEDU_LANG_COUNT] = {
        [TLSEDU_DATA_DECRYPTED] = { "application data, decrypted here by Wireshark",
                                    "données applicatives, déchiffrées ici par Wireshark",
                                    "данные приложения, здесь расшифрованы Wireshark" },
        [TLSEDU_DATA_CLEAR] = { "application data, readable: not encrypted (NULL or integrity-only suite)",
                                "données applicatives, lisibles : non chiffrées (suite NULL ou d'intégrité seule)",
                                "данные приложения, читаемы: не зашифрованы (набор NULL или только целостность)" },
    };
    /* "phase"/"фаза": "étape" and "шаг" are the course notes' words for their own steps */
    static const char *const one[TLSEDU_LANG_COUNT] = { "[stage ", "[phase ", "[фаза " };
    static const char *const many[TLSEDU_LANG_COUNT] = { "[stages ", "[phases ", "[фазы " };
    const tlsedu_lang_t l = safe_lang(lang);
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
    append(buf, len, &pos, count > 1 ? many[l] : one[l]);
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            append(buf, len, &pos, ", ");
        append_uint(buf, len, &pos, order[i]);
    }
    append(buf, len, &pos, colon[l]);
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            append(buf, len, &pos, ", ");
        append(buf, len, &pos, (data == TLSEDU_DATA_DECRYPTED || data == TLSEDU_DATA_CLEAR) &&
                                       order[i] == TLSEDU_STAGE_APP_DATA ? data_phrases[data][l]
                                                                         : tlsedu_stage_phrase((tlsedu_stage_t)order[i], lang));
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
        [TLSEDU_WORD_ON_PORT] = { "on port", "sur le port", "на порту" },
        [TLSEDU_WORD_STAGE] = { "stage", "phase", "фаза" },
        [TLSEDU_WORD_TO_SERVER] = { "client to server", "du client vers le serveur", "от клиента к серверу" },
        [TLSEDU_WORD_TO_CLIENT] = { "server to client", "du serveur vers le client", "от сервера к клиенту" },
    };
    return (unsigned)word < TLSEDU_WORD_COUNT ? words[word][safe_lang(lang)] : "";
}

const char *
tlsedu_kex_name_lang(tlsedu_kex_t kex, tlsedu_lang_t lang)
{
    /* by kex value and language; English (NULL here) is tlsedu_kex_name's */
    static const char *const names[][TLSEDU_LANG_COUNT] = {
        [TLSEDU_KEX_OTHER] = { NULL, "autre (RSA_PSK, (EC)DH statique, SRP ou Kerberos)",
                                     "другой (RSA_PSK, статический (EC)DH, SRP или Kerberos)" },
        [TLSEDU_KEX_RSA] = { NULL, "transport de clé RSA", "транспорт ключа RSA" },
        [TLSEDU_KEX_DHE] = { NULL, "DHE (Diffie-Hellman éphémère sur corps fini)",
                                   "DHE (эфемерный Диффи — Хеллман в конечном поле)" },
        [TLSEDU_KEX_ECDHE] = { NULL, "ECDHE (Diffie-Hellman éphémère sur courbe elliptique)",
                                     "ECDHE (эфемерный Диффи — Хеллман на эллиптической кривой)" },
        [TLSEDU_KEX_PSK] = { NULL, "PSK seule, clé pré-partagée", "только PSK, заранее согласованный ключ" },
        [TLSEDU_KEX_PSK_DHE] = { NULL, "PSK avec (EC)DHE", "PSK с (EC)DHE" },
        [TLSEDU_KEX_HYBRID_PQ] = { NULL, "hybride post-quantique ((EC)DHE + ML-KEM/Kyber)",
                                         "гибридный постквантовый ((EC)DHE + ML-KEM/Kyber)" },
    };
    const tlsedu_lang_t l = safe_lang(lang);

    if (l == TLSEDU_LANG_EN)
        return tlsedu_kex_name(kex);
    if ((unsigned)kex >= sizeof names / sizeof names[0] || names[kex][l] == NULL)
        return "?";
    return names[kex][l];
}

char *
tlsedu_warn_handshake_failed(const char *alert, const char *cause, tlsedu_lang_t lang,
                             char *buf, size_t len)
{
    /* Wireshark keeps 239 bytes of an expert info: the Russian is as short as it can be */
    static const char *const ended[TLSEDU_LANG_COUNT] = {
        "The connection ended before both sides' Finished were seen: the handshake failed, or the capture missed some of its records",
        "La connexion s'est terminée avant que les Finished des deux côtés soient vus\xc2\xa0: la négociation a échoué, ou la capture a manqué certains de ses enregistrements",
        "Соединение закрыто, а Finished видны не у обеих сторон: рукопожатие не удалось или захват пропустил его записи",
    };
    static const char *const failed[TLSEDU_LANG_COUNT] = {
        "TLS handshake failed: fatal alert ",
        "Échec de la négociation TLS\xc2\xa0: alerte fatale ",
        "Сбой TLS: фатальное оповещение ",
    };
    const tlsedu_lang_t l = safe_lang(lang);
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    len = expert_len(len);
    buf[0] = '\0';
    if (alert == NULL) {   /* no alert: an inference from the end of the connection */
        append(buf, len, &pos, ended[l]);
        return buf;
    }
    append(buf, len, &pos, failed[l]);
    append(buf, len, &pos, alert);
    /* the cause only when it fits whole (the alert's own item always gives it) */
    if (cause != NULL && pos + strlen(colon[l]) + strlen(cause) < len) {
        append(buf, len, &pos, colon[l]);
        append(buf, len, &pos, cause);
    }
    return buf;
}

char *
tlsedu_warn_weak_version(const char *version, tlsedu_lang_t lang, char *buf, size_t len)
{
    /* before the version's name, or the whole subject without one: "version ... négociée"
     * (the participle agrees with "version"), "Согласована версия ..." */
    static const char *const head[TLSEDU_LANG_COUNT] = { "", "Version ", "Согласована версия " };
    static const char *const old[TLSEDU_LANG_COUNT] = {
        "An old version", "Une ancienne version", "Согласована старая версия"
    };
    static const char *const dtls[TLSEDU_LANG_COUNT] = {   /* RFC 8996 deprecates DTLS 1.0 too */
        " negotiated: deprecated (RFC 8996); use DTLS 1.2 or 1.3",
        " négociée\xc2\xa0: obsolète (RFC 8996)\xc2\xa0; utilisez DTLS 1.2 ou 1.3",
        ": устарела (RFC 8996); используйте DTLS 1.2 или 1.3",
    };
    static const char *const tls[TLSEDU_LANG_COUNT] = {
        " negotiated: SSL 2.0 and 3.0 are broken and prohibited (RFC 6176, RFC 7568), TLS 1.0 and 1.1 deprecated (RFC 8996); use TLS 1.2 or 1.3",
        " négociée\xc2\xa0: SSL 2.0 et 3.0 sont cassés et interdits (RFC 6176, RFC 7568), TLS 1.0 et 1.1 obsolètes (RFC 8996)\xc2\xa0; utilisez TLS 1.2 ou 1.3",
        ": SSL 2.0 и 3.0 взломаны и запрещены (RFC 6176, RFC 7568), TLS 1.0 и 1.1 устарели (RFC 8996); нужен TLS 1.2 или 1.3",
    };
    const tlsedu_lang_t l = safe_lang(lang);
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    len = expert_len(len);
    buf[0] = '\0';
    if (version != NULL) {
        append(buf, len, &pos, head[l]);
        append(buf, len, &pos, version);
    } else {
        append(buf, len, &pos, old[l]);
    }
    append(buf, len, &pos, version != NULL && strncmp(version, "DTLS", 4) == 0 ? dtls[l] : tls[l]);
    return buf;
}

char *
tlsedu_warn_weak_cipher(const char *suite, unsigned weak, tlsedu_lang_t lang, char *buf, size_t len)
{
    /* the reasons, in the order of the bits (names.h, with their RFCs); short, since
     * Wireshark keeps 239 bytes of an expert info (TLS_DH_anon_EXPORT_WITH_RC4_40_MD5
     * has four reasons) */
    static const char *const why[][TLSEDU_LANG_COUNT] = {
        { "no encryption, the data travels in cleartext", "aucun chiffrement, les données circulent en clair", "нет шифрования, данные идут открытым текстом" },
        { "anonymous, nobody authenticated", "anonyme, personne n'est authentifié", "анонимный, без аутентификации" },
        { "export-grade (40/56-bit keys)", "qualité export (clés de 40/56 bits)", "экспортный (ключи 40/56 бит)" },
        { "RC4, prohibited (RFC 7465)", "RC4, interdit (RFC 7465)", "RC4, запрещен (RFC 7465)" },
        { "single DES, a 56-bit key", "DES simple, une clé de 56 bits", "одинарный DES, ключ 56 бит" },
        { "3DES, 64-bit blocks (Sweet32)", "3DES, blocs de 64 bits (Sweet32)", "3DES, блоки по 64 бита (Sweet32)" },
        { "an MD5 MAC", "un MAC MD5", "MAC на MD5" },
        { "no integrity either", "pas de contrôle d'intégrité non plus", "целостность тоже не защищена" },
        { "IDEA, obsolete, 64-bit blocks (Sweet32)", "IDEA, obsolète, blocs de 64 bits (Sweet32)", "IDEA, устарел, блоки по 64 бита (Sweet32)" },
    };
    static const char *const head[TLSEDU_LANG_COUNT] = {
        "Weak cipher suite ", "Suite de chiffrement faible ", "Слабый набор шифров "
    };
    const tlsedu_lang_t l = safe_lang(lang);
    size_t pos = 0;
    bool first = true;

    if (buf == NULL || len == 0)
        return buf;
    len = expert_len(len);
    buf[0] = '\0';
    append(buf, len, &pos, head[l]);
    append(buf, len, &pos, suite != NULL ? suite : "?");
    for (size_t i = 0; i < sizeof why / sizeof why[0]; i++) {
        if (!(weak & (1u << i)))
            continue;
        append(buf, len, &pos, first ? colon[l] : semicolon[l]);
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
    /* around the key exchange's name; the Russian is short, since Wireshark keeps 239
     * bytes of an expert info and a PSK's name is long */
    static const char *const before[TLSEDU_LANG_COUNT] = {
        "No forward secrecy (", "Pas de confidentialité persistante (", "Нет прямой секретности ("
    };
    static const char *const after[TLSEDU_LANG_COUNT] = {
        "): whoever later obtains the long-term key can decrypt this recorded session",
        ")\xc2\xa0: qui obtient plus tard la clé à long terme peut déchiffrer cette session enregistrée",
        "): кто позже добудет ключ, расшифрует запись сеанса"
    };
    const tlsedu_lang_t l = safe_lang(lang);
    char family[32];
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    len = expert_len(len);
    buf[0] = '\0';
    append(buf, len, &pos, before[l]);
    /* "other": name the family this suite uses rather than the list (RSA_PSK, ECDH_RSA ...) */
    append(buf, len, &pos, kex == TLSEDU_KEX_OTHER && suite_family(suite, family, sizeof family)
                               ? family : tlsedu_kex_name_lang(kex, lang));
    append(buf, len, &pos, after[l]);
    return buf;
}

char *
tlsedu_note_unknown_language(const char *value, char *buf, size_t len)
{
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    len = expert_len(len);
    buf[0] = '\0';
    append(buf, len, &pos, "Unknown tlsedu.language \"");
    append(buf, len, &pos, value != NULL ? value : "");
    /* every language at once, and short: Wireshark cuts an expert info at 239 bytes */
    append(buf, len, &pos, "\": English is used (en, fr, ru) / Valeur inconnue\xc2\xa0: l'anglais est utilisé / Неизвестное значение: используется английский");
    return buf;
}
