/* stats_texts.c - the words of tlsedu's statistics in every language (stats_texts.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "stats_texts.h"

#include <string.h>

#include "starttls.h"

static tlsedu_lang_t
valid(tlsedu_lang_t lang)
{
    return (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
}

/* Each kind: its expert info's filter name (the plugin's registration) and its short name. */
static const struct {
    const char *filter;
    const char *name[TLSEDU_LANG_COUNT];
} kinds[TLSEDU_WK_COUNT] = {
    [TLSEDU_WK_HANDSHAKE_FAILED] = { "tlsedu.handshake_failed",
                                     { "handshake failed", "négociation échouée", "сбой рукопожатия" } },
    [TLSEDU_WK_WEAK_CIPHER] = { "tlsedu.weak_cipher", { "weak cipher suite", "suite faible", "слабый набор шифров" } },
    [TLSEDU_WK_WEAK_VERSION] = { "tlsedu.weak_version",
                                 { "old protocol version", "version ancienne", "устаревшая версия" } },
    [TLSEDU_WK_NO_FORWARD_SECRECY] = { "tlsedu.no_forward_secrecy",
                                       { "no forward secrecy", "sans confidentialité persistante", "нет прямой секретности" } },
    [TLSEDU_WK_CERT_EXPIRED] = { "tlsedu.cert.expired",
                                 { "certificate outside its dates", "certificat hors validité", "сертификат вне срока" } },
    [TLSEDU_WK_CERT_NAME_MISMATCH] = { "tlsedu.cert.name_mismatch",
                                       { "certificate name mismatch", "nom du certificat différent", "имя в сертификате не совпадает" } },
    [TLSEDU_WK_STARTTLS_REFUSED] = { "tlsedu.starttls.refused",
                                     { "STARTTLS refused", "STARTTLS refusé", "STARTTLS отклонён" } },
    [TLSEDU_WK_STARTTLS_NOT_USED] = { "tlsedu.starttls.not_used",
                                      { "STARTTLS offered, not used", "STARTTLS proposé, non utilisé", "STARTTLS предложен, но не использован" } },
    [TLSEDU_WK_STARTTLS_NOT_OFFERED] = { "tlsedu.starttls.not_offered",
                                         { "STARTTLS not offered", "STARTTLS non proposé", "STARTTLS не предложен" } },
    [TLSEDU_WK_TLS_AFTER_REFUSAL] = { "tlsedu.starttls.tls_after_refusal",
                                      { "TLS after a refusal", "TLS après un refus", "TLS после отказа" } },
    [TLSEDU_WK_STARTTLS_INJECTION] = { "tlsedu.starttls.injection",
                                       { "STARTTLS injection", "injection STARTTLS", "внедрение в STARTTLS" } },
    [TLSEDU_WK_NO_TLS_AFTER_STARTTLS] = { "tlsedu.starttls.no_tls",
                                          { "no TLS after STARTTLS", "pas de TLS après STARTTLS", "нет TLS после STARTTLS" } },
    [TLSEDU_WK_CLEARTEXT_CREDENTIALS] = { "tlsedu.cleartext_credentials",
                                          { "credentials in cleartext", "identifiants en clair", "учетные данные открытым текстом" } },
    [TLSEDU_WK_CHALLENGE_LOGIN] = { "tlsedu.cleartext_challenge_login",
                                    { "challenge login in cleartext", "connexion par défi en clair", "вход с вызовом открытым текстом" } },
    [TLSEDU_WK_SERVICE_MISMATCH] = { "tlsedu.service.mismatch",
                                     { "port and content disagree", "port et contenu en désaccord", "порт и содержимое расходятся" } },
    [TLSEDU_WK_HTTP_REDIRECT] = { "tlsedu.http.redirect_to_https",
                                  { "redirect to HTTPS", "redirection vers HTTPS", "перенаправление на HTTPS" } },
    [TLSEDU_WK_HSTS] = { "tlsedu.http.hsts", { "HSTS", "HSTS", "HSTS" } },
};

/* The summaries, as registered in English (each feature's ei_register_info) and in the
 * other languages; the per-frame messages say more (the frame's facts). */
static const char *const summaries[TLSEDU_WK_COUNT][TLSEDU_LANG_COUNT] = {
    [TLSEDU_WK_HANDSHAKE_FAILED] = { "The TLS handshake failed (a fatal alert) or was not seen to finish (the connection ended, or records are missing)",
        "La négociation TLS a échoué (alerte fatale) ou sa fin n'a pas été vue (connexion terminée, ou enregistrements manquants)",
        "Рукопожатие TLS не удалось (фатальное оповещение) или его конец не виден (соединение закрыто, записи потеряны)" },
    [TLSEDU_WK_WEAK_CIPHER] = { "A weak cipher suite was chosen: NULL encryption, anonymous, export-grade, RC4, DES, 3DES, IDEA or an MD5 MAC",
        "Une suite de chiffrement faible a été choisie\xc2\xa0: chiffrement NULL, anonyme, export, RC4, DES, 3DES, IDEA ou MAC MD5",
        "Выбран слабый набор шифров: шифрование NULL, анонимный, экспортный, RC4, DES, 3DES, IDEA или MAC на MD5" },
    [TLSEDU_WK_WEAK_VERSION] = { "An obsolete protocol version was negotiated (SSL 2.0, SSL 3.0, TLS 1.0 or 1.1, DTLS 1.0)",
        "Une version obsolète du protocole a été négociée (SSL 2.0, SSL 3.0, TLS 1.0 ou 1.1, DTLS 1.0)",
        "Согласована устаревшая версия протокола (SSL 2.0, SSL 3.0, TLS 1.0 или 1.1, DTLS 1.0)" },
    [TLSEDU_WK_NO_FORWARD_SECRECY] = { "The key exchange gives no forward secrecy",
        "L'échange de clés n'offre pas de confidentialité persistante",
        "Обмен ключами не дает прямой секретности" },
    [TLSEDU_WK_CERT_EXPIRED] = { "The server's certificate was not valid at the capture's time (expired or not yet valid)",
        "Le certificat du serveur n'était pas valide au moment de la capture (expiré ou pas encore valide)",
        "Сертификат сервера был недействителен на момент захвата (истек или еще не действует)" },
    /* RFC 9525 6.3: the subjectAltName's names only, not the subject's CN */
    [TLSEDU_WK_CERT_NAME_MISMATCH] = { "The server name the client asked for (SNI) matches no name in the certificate's subjectAltName (its subject's CN does not count, RFC 9525)",
        "Le nom de serveur demandé par le client (SNI) ne correspond à aucun nom du subjectAltName du certificat (le CN du sujet ne compte pas, RFC 9525)",
        "Имя сервера из SNI клиента не совпадает ни с одним именем в subjectAltName сертификата (CN не учитывается, RFC 9525)" },
    /* RFC 3207 4, RFC 2595 3.1; RFC 6120 5.4.2.2: after <failure/> the XMPP server closes */
    [TLSEDU_WK_STARTTLS_REFUSED] = { "The server refused the STARTTLS upgrade: the session goes on in cleartext, or (XMPP) the server closes the connection",
        "Le serveur a refusé le passage à TLS (STARTTLS)\xc2\xa0: la session continue en clair, ou (XMPP) le serveur ferme la connexion",
        "Сервер отклонил STARTTLS: сеанс идет дальше открытым текстом или (XMPP) сервер закрывает соединение" },
    [TLSEDU_WK_STARTTLS_NOT_USED] = { "The server offered STARTTLS but the client went on in cleartext",
        "Le serveur a proposé STARTTLS mais le client a continué en clair",
        "Сервер предложил STARTTLS, но клиент продолжил открытым текстом" },
    [TLSEDU_WK_STARTTLS_NOT_OFFERED] = { "The client asks for STARTTLS although the server's capability list does not offer it",
        "Le client demande STARTTLS alors que la liste des capacités du serveur ne le propose pas",
        "Клиент запрашивает STARTTLS, хотя сервер не предлагает его в списке возможностей" },
    [TLSEDU_WK_TLS_AFTER_REFUSAL] = { "The client starts TLS although the server refused STARTTLS",
        "Le client démarre TLS alors que le serveur a refusé STARTTLS",
        "Клиент начинает TLS, хотя сервер отклонил STARTTLS" },
    [TLSEDU_WK_STARTTLS_INJECTION] = { "Cleartext bytes between the STARTTLS command or its acceptance and TLS (command or response injection)",
        "Des octets en clair entre la commande STARTTLS ou son acceptation et TLS (injection de commandes ou de réponses)",
        "Открытые байты между командой STARTTLS или ее принятием и TLS (внедрение команд или ответов)" },
    [TLSEDU_WK_NO_TLS_AFTER_STARTTLS] = { "The upgrade was accepted but what follows is not TLS",
        "Le passage à TLS a été accepté, mais la suite n'est pas du TLS",
        "Переход на TLS принят, но дальше идет не TLS" },
    [TLSEDU_WK_CLEARTEXT_CREDENTIALS] = { "Credentials sent on a connection that is not encrypted",
        "Des identifiants envoyés sur une connexion non chiffrée",
        "Учетные данные отправлены по незашифрованному соединению" },
    [TLSEDU_WK_CHALLENGE_LOGIN] = { "A login that sends no password (a challenge-response or Kerberos) on a connection that is not encrypted",
        "Une connexion sans envoi du mot de passe (défi-réponse ou Kerberos) sur une liaison non chiffrée",
        "Вход без передачи пароля (запрос-ответ или Kerberos) по незашифрованному соединению" },
    [TLSEDU_WK_SERVICE_MISMATCH] = { "The content shows another service than the port's",
        "Le contenu montre un autre service que celui du port",
        "Содержимое показывает другой сервис, чем порт" },
    [TLSEDU_WK_HTTP_REDIRECT] = { "A redirect from HTTP to HTTPS",
        "Une redirection de HTTP vers HTTPS",
        "Перенаправление с HTTP на HTTPS" },
    [TLSEDU_WK_HSTS] = { "An HSTS header (Strict-Transport-Security)",
        "Un en-tête HSTS (Strict-Transport-Security)",
        "Заголовок HSTS (Strict-Transport-Security)" },
};

const char *
tlsedu_warning_kind_summary(tlsedu_warning_kind_t kind, tlsedu_lang_t lang)
{
    return (unsigned)kind < TLSEDU_WK_COUNT ? summaries[kind][valid(lang)] : "?";
}

const char *
tlsedu_warning_kind_name(tlsedu_warning_kind_t kind, tlsedu_lang_t lang)
{
    return (unsigned)kind < TLSEDU_WK_COUNT ? kinds[kind].name[valid(lang)] : "?";
}

const char *
tlsedu_warning_kind_filter(tlsedu_warning_kind_t kind)
{
    return (unsigned)kind < TLSEDU_WK_COUNT ? kinds[kind].filter : NULL;
}

char *
tlsedu_warning_kinds_words(uint32_t mask, tlsedu_lang_t lang, char *buf, size_t len)
{
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    for (unsigned k = 0; k < TLSEDU_WK_COUNT; k++) {
        const char *name = kinds[k].name[valid(lang)];
        const size_t need = strlen(name) + (pos > 0 ? 2 : 0);

        if (!(mask & TLSEDU_WK_BIT(k)))
            continue;
        if (pos + need + 1 > len)
            break;                          /* the names that fit, whole */
        if (pos > 0) {
            memcpy(buf + pos, ", ", 2);
            pos += 2;
        }
        memcpy(buf + pos, name, strlen(name) + 1);
        pos += strlen(name);
    }
    return buf;
}

static const char *const columns[TLSEDU_COL_COUNT][TLSEDU_LANG_COUNT] = {
    [TLSEDU_COL_CLIENT] = { "Client", "Client", "Клиент" },
    [TLSEDU_COL_SERVER] = { "Server", "Serveur", "Сервер" },
    [TLSEDU_COL_SERVICE] = { "Service", "Service", "Сервис" },
    [TLSEDU_COL_SECURITY] = { "Security", "Sécurité", "Безопасность" },
    [TLSEDU_COL_EVIDENCE] = { "Evidence", "Indices", "Признаки" },
    [TLSEDU_COL_STARTTLS] = { "STARTTLS", "STARTTLS", "STARTTLS" },
    [TLSEDU_COL_VERSION] = { "TLS version", "Version TLS", "Версия TLS" },
    [TLSEDU_COL_SUITE] = { "Cipher suite", "Suite de chiffrement", "Набор шифров" },
    [TLSEDU_COL_KEX] = { "Key exchange", "Échange de clés", "Обмен ключами" },
    [TLSEDU_COL_FORWARD_SECRECY] = { "Forward secrecy", "Confidentialité persistante", "Прямая секретность" },
    [TLSEDU_COL_RESUMED] = { "Resumed", "Reprise", "Возобновление" },
    [TLSEDU_COL_ROUND_TRIPS] = { "Round trips", "Allers-retours", "Обмены (RTT)" },
    [TLSEDU_COL_WARNINGS] = { "Warnings", "Avertissements", "Предупреждения" },
};

const char *
tlsedu_stats_column_name(tlsedu_stats_column_t col, tlsedu_lang_t lang)
{
    return (unsigned)col < TLSEDU_COL_COUNT ? columns[col][valid(lang)] : "?";
}

static const char *const words[TLSEDU_SW_COUNT][TLSEDU_LANG_COUNT] = {
    [TLSEDU_SW_TABLE_TITLE] = { "TLS Classroom: conversations", "TLS Classroom : conversations",
                                "TLS Classroom: соединения" },
    [TLSEDU_SW_TREE_TITLE] = { "TLS Classroom: totals", "TLS Classroom : totaux", "TLS Classroom: итоги" },
    [TLSEDU_SW_BY_SECURITY] = { "Conversations by security", "Conversations par sécurité",
                                "Соединения по безопасности" },
    [TLSEDU_SW_BY_VERSION] = { "Conversations by TLS version", "Conversations par version TLS",
                               "Соединения по версии TLS" },
    [TLSEDU_SW_BY_WARNING] = { "Warnings by kind (frames)", "Avertissements par type (trames)",
                               "Предупреждения по видам (кадры)" },
    /* "seen": FTP data under PROT P is TLS that Wireshark 4.0's FTP-DATA keeps (service.c) */
    [TLSEDU_SW_NO_TLS] = { "no TLS handshake dissected", "pas de négociation TLS analysée", "рукопожатие TLS не разобрано" },
    [TLSEDU_SW_UNKNOWN] = { "unknown", "inconnue", "неизвестно" },   /* a version: "la version" */
    [TLSEDU_SW_YES] = { "yes", "oui", "да" },
    [TLSEDU_SW_NO] = { "no", "non", "нет" },
    [TLSEDU_SW_FAILED] = { "handshake failed", "négociation échouée", "сбой рукопожатия" },
    [TLSEDU_SW_NOT_OFFERED] = { "not offered", "non proposé", "не предложен" },
};

const char *
tlsedu_stats_word(tlsedu_stats_word_t word, tlsedu_lang_t lang)
{
    return (unsigned)word < TLSEDU_SW_COUNT ? words[word][valid(lang)] : "?";
}

/* How far each STARTTLS step goes: an accepted retry after a refusal counts as accepted. */
static unsigned
rank(uint8_t step)
{
    switch (step) {
    case TLSEDU_STARTTLS_OFFERED: return 1;
    case TLSEDU_STARTTLS_REQUESTED: return 2;
    case TLSEDU_STARTTLS_REFUSED: return 3;
    case TLSEDU_STARTTLS_ACCEPTED: return 4;
    case TLSEDU_STARTTLS_TLS_STARTED: return 5;
    default: return 0;
    }
}

uint8_t
tlsedu_starttls_outcome_merge(uint8_t outcome, uint8_t step)
{
    return rank(step) > rank(outcome) ? step : outcome;
}
