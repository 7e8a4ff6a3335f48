/* texts.c - the names tlsedu gives (messages, stages, versions, alerts, key exchanges)
 * and small texts around them. The explanations are sentences (sentence_texts.c, chosen by
 * explain.c and explain_end.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "texts.h"

#include <stdio.h>
#include <string.h>

#include "tls_types.h"

/* tlsedu's own descriptive words among the names, in French (the RFC names stay as they
 * are in every language, as Wireshark shows them). */
static const char *const msg_names_fr[TLSEDU_MSG_COUNT] = {
    [TLSEDU_MSG_CLIENT_HELLO_AGAIN] = "ClientHello (second)",
    [TLSEDU_MSG_APP_DATA] = "Données applicatives",
    [TLSEDU_MSG_CLIENT_CERTIFICATE] = "Certificate (client)",
    [TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY] = "CertificateVerify (client)",
    [TLSEDU_MSG_COMPAT_CCS] = "ChangeCipherSpec (compatibilité)",
    [TLSEDU_MSG_ALERT] = "Alerte",
    [TLSEDU_MSG_ENCRYPTED_ALERT] = "Alerte (chiffrée)",
    [TLSEDU_MSG_SSL2_CLIENT_HELLO] = "ClientHello SSLv2",
    [TLSEDU_MSG_SSL2_SERVER_HELLO] = "ServerHello SSLv2",
    [TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY] = "ClientMasterKey SSLv2",
    [TLSEDU_MSG_INF_SERVER_FLIGHT] = "Négociation chiffrée",
    [TLSEDU_MSG_INF_SERVER_FLIGHT_PSK] = "Négociation chiffrée",
    [TLSEDU_MSG_INF_CLIENT_AUTH] = "Négociation chiffrée du client",
    [TLSEDU_MSG_INF_FINISHED] = "Finished chiffré",
    [TLSEDU_MSG_INF_APP_DATA] = "Données chiffrées",
    [TLSEDU_MSG_INF_EARLY_DATA] = "Données anticipées (0-RTT)",
    [TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE] = "Message de négociation chiffré",
    [TLSEDU_MSG_INF_END_OF_EARLY_DATA] = "EndOfEarlyData chiffré",
};

/* ... and in Russian (the RFC names are not declined). */
static const char *const msg_names_ru[TLSEDU_MSG_COUNT] = {
    [TLSEDU_MSG_CLIENT_HELLO_AGAIN] = "ClientHello (второй)",
    [TLSEDU_MSG_APP_DATA] = "Данные приложения",
    [TLSEDU_MSG_CLIENT_CERTIFICATE] = "Certificate (клиента)",
    [TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY] = "CertificateVerify (клиента)",
    [TLSEDU_MSG_COMPAT_CCS] = "ChangeCipherSpec (для совместимости)",
    [TLSEDU_MSG_ALERT] = "Оповещение",
    [TLSEDU_MSG_ENCRYPTED_ALERT] = "Оповещение (зашифровано)",
    [TLSEDU_MSG_SSL2_CLIENT_HELLO] = "ClientHello SSLv2",
    [TLSEDU_MSG_SSL2_SERVER_HELLO] = "ServerHello SSLv2",
    [TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY] = "ClientMasterKey SSLv2",
    [TLSEDU_MSG_INF_SERVER_FLIGHT] = "Зашифрованное рукопожатие",
    [TLSEDU_MSG_INF_SERVER_FLIGHT_PSK] = "Зашифрованное рукопожатие",
    [TLSEDU_MSG_INF_CLIENT_AUTH] = "Зашифрованное рукопожатие клиента",
    [TLSEDU_MSG_INF_FINISHED] = "Finished (зашифровано)",
    [TLSEDU_MSG_INF_APP_DATA] = "Зашифрованные данные",
    [TLSEDU_MSG_INF_EARLY_DATA] = "Ранние данные (0-RTT)",
    [TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE] = "Зашифрованное сообщение рукопожатия",
    [TLSEDU_MSG_INF_END_OF_EARLY_DATA] = "EndOfEarlyData (зашифровано)",
};

const char *
tlsedu_msg_name_lang(tlsedu_msg_t msg, tlsedu_lang_t lang)
{
    /* English: the names below; a NULL entry is a name that stays as the RFC gives it */
    static const char *const *const by_lang[TLSEDU_LANG_COUNT] = {
        [TLSEDU_LANG_FR] = msg_names_fr, [TLSEDU_LANG_RU] = msg_names_ru,
    };
    const char *const *names = (unsigned)lang < TLSEDU_LANG_COUNT ? by_lang[lang] : NULL;

    if (names != NULL && (unsigned)msg < TLSEDU_MSG_COUNT && names[msg] != NULL)
        return names[msg];
    return tlsedu_msg_name(msg);
}

/* What each stage item is about, as Wireshark names the message. */
static const char *const msg_names[TLSEDU_MSG_COUNT] = {
    [TLSEDU_MSG_CLIENT_HELLO] = "ClientHello",
    [TLSEDU_MSG_CLIENT_HELLO_AGAIN] = "ClientHello (second)",
    [TLSEDU_MSG_SERVER_HELLO] = "ServerHello",
    [TLSEDU_MSG_HELLO_RETRY_REQUEST] = "HelloRetryRequest",
    [TLSEDU_MSG_ENCRYPTED_EXTENSIONS] = "EncryptedExtensions",
    [TLSEDU_MSG_HELLO_VERIFY_REQUEST] = "HelloVerifyRequest",
    [TLSEDU_MSG_SERVER_CERTIFICATE] = "Certificate",
    [TLSEDU_MSG_CERTIFICATE_STATUS] = "CertificateStatus",
    [TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY] = "CertificateVerify",
    [TLSEDU_MSG_SERVER_KEY_EXCHANGE] = "ServerKeyExchange",
    [TLSEDU_MSG_SERVER_HELLO_DONE] = "ServerHelloDone",
    [TLSEDU_MSG_CLIENT_KEY_EXCHANGE] = "ClientKeyExchange",
    [TLSEDU_MSG_CHANGE_CIPHER_SPEC] = "ChangeCipherSpec",
    [TLSEDU_MSG_FINISHED] = "Finished",
    [TLSEDU_MSG_NEW_SESSION_TICKET_12] = "NewSessionTicket",
    [TLSEDU_MSG_END_OF_EARLY_DATA] = "EndOfEarlyData",
    [TLSEDU_MSG_APP_DATA] = "Application Data",
    [TLSEDU_MSG_CERTIFICATE_REQUEST] = "CertificateRequest",
    [TLSEDU_MSG_CLIENT_CERTIFICATE] = "Certificate (client)",
    [TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY] = "CertificateVerify (client)",
    [TLSEDU_MSG_NEW_SESSION_TICKET_13] = "NewSessionTicket",
    [TLSEDU_MSG_KEY_UPDATE] = "KeyUpdate",
    [TLSEDU_MSG_HELLO_REQUEST] = "HelloRequest",
    [TLSEDU_MSG_COMPAT_CCS] = "ChangeCipherSpec (compatibility)",
    [TLSEDU_MSG_ALERT] = "Alert",
    [TLSEDU_MSG_ENCRYPTED_ALERT] = "Alert (encrypted)",
    [TLSEDU_MSG_SSL2_CLIENT_HELLO] = "SSLv2 ClientHello",
    [TLSEDU_MSG_SSL2_SERVER_HELLO] = "SSLv2 ServerHello",
    [TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY] = "SSLv2 ClientMasterKey",
    [TLSEDU_MSG_INF_SERVER_FLIGHT] = "Encrypted handshake",
    [TLSEDU_MSG_INF_SERVER_FLIGHT_PSK] = "Encrypted handshake",
    [TLSEDU_MSG_INF_CLIENT_AUTH] = "Encrypted client handshake",
    [TLSEDU_MSG_INF_FINISHED] = "Encrypted Finished",
    [TLSEDU_MSG_INF_APP_DATA] = "Encrypted data",
    [TLSEDU_MSG_INF_EARLY_DATA] = "Early data (0-RTT)",
    [TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE] = "Encrypted handshake message",
    [TLSEDU_MSG_INF_END_OF_EARLY_DATA] = "Encrypted EndOfEarlyData",
};

static const char *const stage_names[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_STAGE_CLIENT_HELLO] = { "Client Hello: the client proposes", "Client Hello\xc2\xa0: le client propose",
        "Client Hello: клиент предлагает" },
    [TLSEDU_STAGE_SERVER_HELLO] = { "Server Hello: the server chooses", "Server Hello\xc2\xa0: le serveur choisit",
        "Server Hello: сервер выбирает" },
    [TLSEDU_STAGE_SERVER_AUTH] = { "Server authentication: the server proves its identity", "Authentification du serveur\xc2\xa0: le serveur prouve son identité",
        "Аутентификация сервера: сервер доказывает свою подлинность" },
    [TLSEDU_STAGE_KEY_EXCHANGE] = { "Key exchange (TLS <= 1.2)", "Échange de clés (TLS <= 1.2)",
        "Обмен ключами (TLS <= 1.2)" },
    [TLSEDU_STAGE_FINISHED] = { "Handshake finished", "Fin de la négociation", "Рукопожатие завершено" },
    [TLSEDU_STAGE_APP_DATA] = { "Application data", "Données applicatives", "Данные приложения" },
    [TLSEDU_STAGE_CLIENT_AUTH] = { "Client authentication", "Authentification du client",
        "Аутентификация клиента" },
    [TLSEDU_STAGE_AFTER_HANDSHAKE] = { "After the handshake", "Après la négociation", "После рукопожатия" },
    [TLSEDU_STAGE_COMPAT_CCS] = { "Compatibility record (TLS 1.3)", "Enregistrement de compatibilité (TLS 1.3)",
        "Запись для совместимости (TLS 1.3)" },
    [TLSEDU_STAGE_ALERT] = { "Alert", "Alerte", "Оповещение" },
};

const char *
tlsedu_early_kind_name(tlsedu_early_kind_t kind, tlsedu_lang_t lang)
{
    static const char *const names[][TLSEDU_LANG_COUNT] = {
        [TLSEDU_EARLY_CLIENT_0RTT] = { "client 0-RTT data", "données 0-RTT du client", "данные 0-RTT клиента" },
        [TLSEDU_EARLY_SERVER_05RTT] = { "server 0.5-RTT data", "données 0,5-RTT du serveur", "данные 0,5-RTT сервера" },
        [TLSEDU_EARLY_FALSE_START] = { "client False Start data", "données False Start du client",
                                       "данные False Start клиента" },
    };

    if (kind < TLSEDU_EARLY_CLIENT_0RTT || kind > TLSEDU_EARLY_FALSE_START)
        return "?";
    return names[kind][(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
}

const char *
tlsedu_stage_name(tlsedu_stage_t stage, tlsedu_lang_t lang)
{
    if (stage < TLSEDU_STAGE_CLIENT_HELLO || stage > TLSEDU_STAGE_ALERT)
        return "?";
    return stage_names[stage][(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
}

const char *
tlsedu_msg_name(tlsedu_msg_t msg)
{
    if ((unsigned)msg >= TLSEDU_MSG_COUNT || msg_names[msg] == NULL)
        return "?";
    return msg_names[msg];
}

const char *
tlsedu_version_name(uint16_t version)
{
    switch (version) {
    case TLSEDU_VERSION_SSL2: return "SSL 2.0";
    case TLSEDU_VERSION_SSL3: return "SSL 3.0";
    case TLSEDU_VERSION_TLS10: return "TLS 1.0";
    case TLSEDU_VERSION_TLS11: return "TLS 1.1";
    case TLSEDU_VERSION_TLS12: return "TLS 1.2";
    case TLSEDU_VERSION_TLS13: return "TLS 1.3";
    case TLSEDU_VERSION_DTLS10: return "DTLS 1.0";
    case TLSEDU_VERSION_DTLS12: return "DTLS 1.2";
    case TLSEDU_VERSION_DTLS13: return "DTLS 1.3";
    case TLSEDU_VERSION_DTLS10_OPENSSL: return "DTLS 1.0 (OpenSSL pre-RFC)";
    default: return tlsedu_version_is_tls13_draft(version) ? "TLS 1.3 (draft)" : NULL;
    }
}

const char *
tlsedu_alert_name(uint8_t description)
{
    /* RFC 8446 6 and RFC 5246 7.2, with the IANA registry's later additions. */
    switch (description) {
    case TLSEDU_ALERT_CLOSE_NOTIFY: return "close_notify(0)";
    case TLSEDU_ALERT_UNEXPECTED_MESSAGE: return "unexpected_message(10)";
    case TLSEDU_ALERT_BAD_RECORD_MAC: return "bad_record_mac(20)";
    case TLSEDU_ALERT_DECRYPTION_FAILED: return "decryption_failed(21)";
    case TLSEDU_ALERT_RECORD_OVERFLOW: return "record_overflow(22)";
    case TLSEDU_ALERT_DECOMPRESSION_FAILURE: return "decompression_failure(30)";
    case TLSEDU_ALERT_HANDSHAKE_FAILURE: return "handshake_failure(40)";
    case TLSEDU_ALERT_NO_CERTIFICATE: return "no_certificate(41)";
    case TLSEDU_ALERT_BAD_CERTIFICATE: return "bad_certificate(42)";
    case TLSEDU_ALERT_UNSUPPORTED_CERTIFICATE: return "unsupported_certificate(43)";
    case TLSEDU_ALERT_CERTIFICATE_REVOKED: return "certificate_revoked(44)";
    case TLSEDU_ALERT_CERTIFICATE_EXPIRED: return "certificate_expired(45)";
    case TLSEDU_ALERT_CERTIFICATE_UNKNOWN: return "certificate_unknown(46)";
    case TLSEDU_ALERT_ILLEGAL_PARAMETER: return "illegal_parameter(47)";
    case TLSEDU_ALERT_UNKNOWN_CA: return "unknown_ca(48)";
    case TLSEDU_ALERT_ACCESS_DENIED: return "access_denied(49)";
    case TLSEDU_ALERT_DECODE_ERROR: return "decode_error(50)";
    case TLSEDU_ALERT_DECRYPT_ERROR: return "decrypt_error(51)";
    case TLSEDU_ALERT_EXPORT_RESTRICTION: return "export_restriction(60)";
    case TLSEDU_ALERT_PROTOCOL_VERSION: return "protocol_version(70)";
    case TLSEDU_ALERT_INSUFFICIENT_SECURITY: return "insufficient_security(71)";
    case TLSEDU_ALERT_INTERNAL_ERROR: return "internal_error(80)";
    case TLSEDU_ALERT_INAPPROPRIATE_FALLBACK: return "inappropriate_fallback(86)";
    case TLSEDU_ALERT_USER_CANCELED: return "user_canceled(90)";
    case TLSEDU_ALERT_NO_RENEGOTIATION: return "no_renegotiation(100)";
    case TLSEDU_ALERT_MISSING_EXTENSION: return "missing_extension(109)";
    case TLSEDU_ALERT_UNSUPPORTED_EXTENSION: return "unsupported_extension(110)";
    case TLSEDU_ALERT_CERTIFICATE_UNOBTAINABLE: return "certificate_unobtainable(111)";
    case TLSEDU_ALERT_UNRECOGNIZED_NAME: return "unrecognized_name(112)";
    case TLSEDU_ALERT_BAD_CERTIFICATE_STATUS_RESPONSE: return "bad_certificate_status_response(113)";
    case TLSEDU_ALERT_BAD_CERTIFICATE_HASH_VALUE: return "bad_certificate_hash_value(114)";
    case TLSEDU_ALERT_UNKNOWN_PSK_IDENTITY: return "unknown_psk_identity(115)";
    case TLSEDU_ALERT_CERTIFICATE_REQUIRED: return "certificate_required(116)";
    case TLSEDU_ALERT_NO_APPLICATION_PROTOCOL: return "no_application_protocol(120)";
    default: return NULL;
    }
}

const char *
tlsedu_kex_name(tlsedu_kex_t kex)
{
    switch (kex) {
    case TLSEDU_KEX_OTHER: return "other (RSA_PSK, static (EC)DH, SRP or Kerberos)";
    case TLSEDU_KEX_RSA: return "RSA key transport";
    case TLSEDU_KEX_DHE: return "DHE (ephemeral finite-field Diffie-Hellman)";
    case TLSEDU_KEX_ECDHE: return "ECDHE (ephemeral elliptic-curve Diffie-Hellman)";
    case TLSEDU_KEX_PSK: return "PSK only, pre-shared key";
    case TLSEDU_KEX_PSK_DHE: return "PSK with (EC)DHE";
    case TLSEDU_KEX_HYBRID_PQ: return "hybrid post-quantum ((EC)DHE + ML-KEM/Kyber)";
    default: return "?";
    }
}

char *
tlsedu_escape(const char *src, size_t max_src, char *dst, size_t dst_len)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;

    if (dst == NULL || dst_len == 0)
        return dst;
    for (size_t i = 0; src != NULL && i < max_src && src[i] != '\0'; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c >= 0x20 && c < 0x7f && c != '\\') {
            if (o + 1 >= dst_len)
                break;
            dst[o++] = (char)c;
        } else {
            if (o + 4 >= dst_len)
                break;
            dst[o++] = '\\';
            dst[o++] = 'x';
            dst[o++] = hex[c >> 4];
            dst[o++] = hex[c & 0xf];
        }
    }
    dst[o] = '\0';
    return dst;
}

char *
tlsedu_mismatch_text(uint16_t port, const char *port_service, const char *content_service,
                     tlsedu_lang_t lang, char *buf, size_t len)
{
    if (buf == NULL || len == 0)
        return buf;
    if (port_service == NULL)
        port_service = "?";
    if (content_service == NULL)
        content_service = "?";
    switch (lang) {
    case TLSEDU_LANG_FR:
        snprintf(buf, len, "Le port %u (%s) transporte %s\xc2\xa0: le port n'est qu'une convention, le contenu montre ce qui circule vraiment",
                 (unsigned)port, port_service, content_service);
        break;
    case TLSEDU_LANG_RU:
        snprintf(buf, len, "Через порт %u (%s) идет %s: порт — лишь соглашение, а что передается на самом деле, показывает содержимое",
                 (unsigned)port, port_service, content_service);
        break;
    default:
        snprintf(buf, len, "Port %u (%s) carries %s: the port is only a convention; the content shows what really runs",
                 (unsigned)port, port_service, content_service);
        break;
    }
    return buf;
}

bool
tlsedu_is_ip_literal(const char *name)
{
    size_t dots = 0, digits = 0;

    if (name == NULL || name[0] == '\0')
        return false;
    if (strchr(name, ':') != NULL)
        return true;                       /* IPv6 (a host name has no colon) */
    for (const char *p = name; *p != '\0'; p++) {
        if (*p == '.' && digits > 0 && digits <= 3) {
            dots++;
            digits = 0;
        } else if (*p >= '0' && *p <= '9') {
            digits++;
        } else {
            return false;
        }
    }
    return dots == 3 && digits > 0 && digits <= 3;   /* dotted IPv4 */
}

/* RFC 9150 1, 9: under an integrity-only TLS 1.3 suite an inferred record is protected (an
 * HMAC tag) but not encrypted; these names replace the "Encrypted ..." ones. */
static const char *
clear13_name(tlsedu_msg_t msg, int lang)
{
    static const struct {
        tlsedu_msg_t msg;
        const char *name[TLSEDU_LANG_COUNT];
    } names[] = {
        { TLSEDU_MSG_INF_SERVER_FLIGHT, { "Protected handshake", "Négociation protégée", "Защищенное рукопожатие" } },
        { TLSEDU_MSG_INF_SERVER_FLIGHT_PSK, { "Protected handshake", "Négociation protégée", "Защищенное рукопожатие" } },
        { TLSEDU_MSG_INF_CLIENT_AUTH, { "Protected client handshake", "Négociation protégée du client",
                                        "Защищенное рукопожатие клиента" } },
        { TLSEDU_MSG_INF_FINISHED, { "Protected Finished", "Finished protégé", "Finished (защищено)" } },
        { TLSEDU_MSG_INF_APP_DATA, { "Protected record", "Enregistrement protégé", "Защищенная запись" } },
        { TLSEDU_MSG_INF_END_OF_EARLY_DATA, { "Protected EndOfEarlyData", "EndOfEarlyData protégé",
                                              "EndOfEarlyData (защищено)" } },
        { TLSEDU_MSG_ENCRYPTED_ALERT, { "Alert (protected)", "Alerte (protégée)", "Оповещение (защищено)" } },
    };

    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].msg == msg)
            return names[i].name[lang >= 0 && lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
    return NULL;
}

const char *
tlsedu_item_msg_name(tlsedu_msg_t msg, bool tls13, bool clear13, int lang)
{
    static const char *const record13[TLSEDU_LANG_COUNT] = {
        "Encrypted record", "Enregistrement chiffré", "Зашифрованная запись",
    };
    const char *protected_name = tls13 && clear13 ? clear13_name(msg, lang) : NULL;

    if (protected_name != NULL)
        return protected_name;
    if (msg == TLSEDU_MSG_INF_APP_DATA && tls13)
        return record13[lang >= 0 && lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
    return lang >= 0 && lang < TLSEDU_LANG_COUNT ? tlsedu_msg_name_lang(msg, (tlsedu_lang_t)lang) : tlsedu_msg_name(msg);
}
