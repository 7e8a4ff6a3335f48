/* catalogue.c - look-ups in the port catalogue and the server-side rule.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "catalogue.h"

#include <string.h>

#include "tls_types.h"

const tlsedu_service_t *
tlsedu_catalogue_lookup(uint16_t port, unsigned transport)
{
    if (port == 0)
        return NULL; /* the content-only rows have port 0 */
    for (size_t i = 0; i < tlsedu_catalogue_len; i++) {
        const tlsedu_service_t *s = &tlsedu_catalogue[i];
        if (s->port == port && (s->transports & transport))
            return s;
    }
    return NULL;
}

const tlsedu_service_t *
tlsedu_catalogue_by_name(const char *service, unsigned transport)
{
    if (service == NULL)
        return NULL;
    for (size_t i = 0; i < tlsedu_catalogue_len; i++) {
        const tlsedu_service_t *s = &tlsedu_catalogue[i];
        if ((s->transports & transport) && strcmp(s->service, service) == 0)
            return s;
    }
    return NULL;
}

bool
tlsedu_catalogue_choose(unsigned transport, uint16_t port_a, uint16_t port_b,
                        uint16_t handshake_server, uint16_t *server_port,
                        const tlsedu_service_t **service)
{
    const tlsedu_service_t *sa, *sb;
    uint16_t port;

    if (handshake_server != 0 && (handshake_server == port_a || handshake_server == port_b)) {
        /* The side that answered the SYN is the server, whatever the other port is. */
        port = handshake_server;
        sa = tlsedu_catalogue_lookup(port, transport);
        if (sa == NULL) {
            /* The side that sent the SYN: listed only where the server opens (FTP-DATA). */
            port = handshake_server == port_a ? port_b : port_a;
            sa = tlsedu_catalogue_lookup(port, transport);
            if (sa == NULL || !sa->server_opens)
                return false;
        }
        *server_port = port;
        *service = sa;
        return true;
    }
    sa = tlsedu_catalogue_lookup(port_a, transport);
    sb = tlsedu_catalogue_lookup(port_b, transport);
    if (sa == NULL && sb == NULL)
        return false;
    if (sa != NULL && (sb == NULL || port_a <= port_b)) {
        *server_port = port_a;
        *service = sa;
    } else {
        *server_port = port_b;
        *service = sb;
    }
    return true;
}

bool
tlsedu_service_is_snmp(const tlsedu_service_t *service)
{
    return strcmp(service->service, "SNMP") == 0 || strcmp(service->service, "SNMP-TRAP") == 0;
}

tlsedu_security_t
tlsedu_service_security(const tlsedu_service_t *service, bool has_snmp_version,
                        uint32_t snmp_version)
{
    if (has_snmp_version && tlsedu_service_is_snmp(service))
        return snmp_version == 3 ? TLSEDU_SEC_OWN_ENCRYPTION : TLSEDU_SEC_CLEARTEXT;
    return service->security;
}

tlsedu_security_t
tlsedu_security_content_tls(tlsedu_security_t catalogue, bool tls_from_first_payload)
{
    /* What the content shows wins over the port: TLS records from the first payload are
     * implicit TLS, whatever a cleartext or upgradable port stands for. */
    if (tls_from_first_payload && (catalogue == TLSEDU_SEC_CLEARTEXT || catalogue == TLSEDU_SEC_CAN_UPGRADE))
        return TLSEDU_SEC_IMPLICIT_TLS;
    return catalogue;
}

/* SNMPv3 msgFlags (RFC 3412 section 6.4): authFlag 0x01, privFlag 0x02. */
#define SNMP_FLAG_AUTH 0x01u
#define SNMP_FLAG_PRIV 0x02u

tlsedu_security_t
tlsedu_frame_security(const tlsedu_service_t *service, const tlsedu_seen_t *seen)
{
    tlsedu_security_t sec = tlsedu_service_security(service, seen->has_snmp_version, seen->snmp_version);

    /* Only authPriv encrypts (RFC 3411 section 3.4.3): a noAuthNoPriv discovery or report,
     * or an authNoPriv message, is readable on the wire. */
    if (sec == TLSEDU_SEC_OWN_ENCRYPTION && tlsedu_service_is_snmp(service) && seen->has_snmp_flags &&
        (seen->snmp_flags & (SNMP_FLAG_AUTH | SNMP_FLAG_PRIV)) != (SNMP_FLAG_AUTH | SNMP_FLAG_PRIV))
        sec = TLSEDU_SEC_CLEARTEXT;
    sec = tlsedu_security_content_tls(sec, seen->tls_from_first_payload);
    /* TLS records after a cleartext start: an upgrade inside the protocol, as STARTTLS
     * (RFC 3207 section 4) or PostgreSQL's SSLRequest do; not TLS from the first byte */
    if (seen->tls_after_cleartext && sec == TLSEDU_SEC_IMPLICIT_TLS)
        sec = seen->before_tls ? TLSEDU_SEC_CAN_UPGRADE : TLSEDU_SEC_UPGRADED;
    return sec;
}

/* The texts of a cleartext or upgradable service whose conversation carries TLS from the
 * first payload: FTP data after PROT P (RFC 4217 section 9), or any other. */
static const char *const ftp_data_tls_explain[TLSEDU_LANG_COUNT] = {
    "FTP data connection inside TLS (protection level P, RFC 4217): the files and listings are encrypted; only the ports, sizes and timing show.",
    "Connexion de données FTP dans TLS (niveau de protection P, RFC 4217)\xc2\xa0: fichiers et listes sont chiffrés\xc2\xa0; seuls les ports, les tailles et le rythme se voient.",
    "Соединение данных FTP внутри TLS (уровень защиты P, RFC 4217): файлы и списки зашифрованы; видны лишь порты, размеры и время отправки.",
};
static const char *const ftp_data_tls_alternative[TLSEDU_LANG_COUNT] = {
    "already protected: TLS on the data connection (PROT P)",
    "déjà protégé\xc2\xa0: TLS sur la connexion de données (PROT P)",
    "уже защищено: TLS на соединении данных (PROT P)",
};
static const char *const tls_content_explain[TLSEDU_LANG_COUNT] = {
    "The port stands for a cleartext service, but this conversation carries TLS records from its first payload: what the content shows wins, the data is inside TLS.",
    "Le port désigne un service en clair, mais cette conversation transporte des enregistrements TLS dès sa première charge utile\xc2\xa0: le contenu l'emporte, les données sont dans TLS.",
    "Порт означает сервис с открытым текстом, но здесь записи TLS идут с первых же данных: решает содержимое, данные внутри TLS.",
};
static const char *const tls_content_alternative[TLSEDU_LANG_COUNT] = {
    "already TLS: check the negotiated version, the certificate and the key exchange",
    "déjà TLS\xc2\xa0: vérifier la version négociée, le certificat et l'échange de clés",
    "уже TLS: проверить согласованную версию, сертификат и обмен ключами",
};

static bool
tls_overrides(const tlsedu_service_t *service, bool tls_from_first_payload)
{
    return tlsedu_security_content_tls(service->security, tls_from_first_payload) != service->security;
}

static tlsedu_lang_t valid_lang(tlsedu_lang_t lang);

const char *
tlsedu_service_explain(const tlsedu_service_t *service, bool tls_from_first_payload, tlsedu_lang_t lang)
{
    lang = valid_lang(lang);
    if (!tls_overrides(service, tls_from_first_payload))
        return service->explain[lang];
    return strcmp(service->service, "FTP-DATA") == 0 ? ftp_data_tls_explain[lang] : tls_content_explain[lang];
}

const char *
tlsedu_service_alternative(const tlsedu_service_t *service, bool tls_from_first_payload, tlsedu_lang_t lang)
{
    lang = valid_lang(lang);
    if (!tls_overrides(service, tls_from_first_payload))
        return service->alternative[lang];
    return strcmp(service->service, "FTP-DATA") == 0 ? ftp_data_tls_alternative[lang]
                                                      : tls_content_alternative[lang];
}

static const char *const security_names[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_SEC_CLEARTEXT] = { "cleartext", "en clair", "открытый текст" },
    [TLSEDU_SEC_CAN_UPGRADE] = { "cleartext, can upgrade to TLS", "en clair, peut passer en TLS",
                                 "открытый текст, возможен переход на TLS" },
    [TLSEDU_SEC_IMPLICIT_TLS] = { "implicit TLS (TLS from the first byte)", "TLS implicite (TLS dès le premier octet)",
                                  "неявный TLS (TLS с первого байта)" },
    /* not "not TLS": QUIC's keys come from a TLS 1.3 handshake (RFC 9001 sections 4-5); what
     * SSH, IKE, SNMPv3 authPriv and QUIC share is encryption without TLS records */
    [TLSEDU_SEC_OWN_ENCRYPTION] = { "own encryption (no TLS records)", "chiffrement propre (sans enregistrements TLS)",
                                    "собственное шифрование (без записей TLS)" },
    [TLSEDU_SEC_NEGOTIATED] = { "security negotiated inside the protocol", "sécurité négociée dans le protocole",
                                "защита согласуется внутри протокола" },
    /* STARTTLS (RFC 3207 section 4) and its kin on the same connection: PostgreSQL's
     * SSLRequest, MySQL's SSL request */
    [TLSEDU_SEC_UPGRADED] = { "upgraded to TLS on the connection (STARTTLS or the like)",
                              "passé en TLS sur la connexion (STARTTLS ou équivalent)",
                              "переход на TLS в том же соединении (STARTTLS или аналог)" },
};

/* TLS started after cleartext, on a port outside the list (PostgreSQL SSLRequest, MySQL's
 * SSL request, any protocol Wireshark's TLS dissector takes over mid-stream): as with
 * STARTTLS (RFC 3207 section 4), what goes before the first TLS record is cleartext, and
 * application data is protected once the handshake is done (RFC 8446 section 2). */
static const char *const upgraded_explain[TLSEDU_LANG_COUNT] = {
    "TLS starts inside the protocol after a cleartext start (as STARTTLS does), on a port outside the course's list: frames before the first TLS record are readable, and data is encrypted after the handshake.",
    "TLS démarre dans le protocole après un début en clair (comme STARTTLS), hors des ports du cours\xc2\xa0: les trames se lisent jusqu'au premier enregistrement TLS, les données sont chiffrées après la négociation.",
    "TLS запущен внутри протокола после начала открытым текстом (как при STARTTLS), на порту вне списка курса. Кадры до первой записи TLS читаемы, а данные после рукопожатия зашифрованы.",
};
/* The same upgrade whose handshake chose a NULL cipher (RFC 5246 6.2.3.1, RFC 4785, RFC
 * 9150): after the handshake the data is still readable */
static const char *const upgraded_null_explain[TLSEDU_LANG_COUNT] = {
    "TLS starts inside the protocol after a cleartext start (as STARTTLS does), on a port outside the course's list; but its suite does not encrypt (NULL or integrity-only): the data travels in cleartext.",
    "TLS démarre dans le protocole après un début en clair (comme STARTTLS), hors des ports du cours\xc2\xa0; mais sa suite ne chiffre pas (NULL ou d'intégrité seule)\xc2\xa0: les données circulent en clair.",
    "TLS запущен внутри протокола после начала открытым текстом (как при STARTTLS), на порту вне списка курса, но набор без шифрования (NULL или только целостность): данные идут открыто.",
};
/* RFC 9325 section 3.2 (strict TLS: a client that requires TLS does not go on in
 * cleartext) and RFC 9525 section 6 (the client checks the server's identity) */
static const char *const upgraded_alternative[TLSEDU_LANG_COUNT] = {
    "require the upgrade on the client, so that it never goes on in cleartext, and check the server's certificate",
    "exiger le passage à TLS côté client, pour qu'il ne continue jamais en clair, et vérifier le certificat du serveur",
    "требовать TLS на клиенте, чтобы он не продолжал открытым текстом, и проверять сертификат сервера",
};
/* Both Finished messages not seen (RFC 8446 section 4.4.4; RFC 5246 section 7.4.9 for 1.2):
 * a fatal alert (RFC 8446 section 6.2), the end of the connection, or records the capture
 * missed (application data after them shows they were sent). The annotation does not tell
 * a fatal alert from the rest (shared/frame.h: tls_failed only), so one hedged text. */
static const char *const failed_alternative[TLSEDU_LANG_COUNT] = {
    "check the full capture before relying on this TLS: at least one of the two Finished messages was not seen (the handshake failed, or the capture missed records), so it is not confirmed as secure",
    "vérifier la capture complète avant de se fier à ce TLS\xc2\xa0: au moins un des deux Finished manque (négociation échouée, ou enregistrements absents de la capture)\xc2\xa0; sécurité non confirmée",
    "проверить весь захват: не видно одного или обоих Finished (сбой рукопожатия или неполный захват); защита не подтверждена",
};
/* RFC 6176 (SSL 2.0 prohibited), RFC 7568 (SSL 3.0 prohibited); RFC 9325 section 3.1.1
 * (TLS 1.2 or 1.3) */
static const char *const ssl_alternative[TLSEDU_LANG_COUNT] = {
    "require TLS 1.3, or TLS 1.2 with forward secrecy: SSL 2.0 and 3.0 are broken and prohibited (RFC 6176, RFC 7568)",
    "exiger TLS 1.3, ou TLS 1.2 avec confidentialité persistante\xc2\xa0: SSL 2.0 et 3.0 sont cassés et interdits (RFC 6176, RFC 7568)",
    "требовать TLS 1.3 или TLS 1.2 с прямой секретностью: SSL 2.0 и 3.0 взломаны и запрещены (RFC 6176, RFC 7568)",
};
/* RFC 8996 section 1: TLS 1.0, TLS 1.1 and DTLS 1.0 deprecated, MUST NOT be negotiated */
static const char *const deprecated_alternative[TLSEDU_LANG_COUNT] = {
    "require TLS 1.3, or TLS 1.2 with forward secrecy: TLS 1.0 and 1.1 (and DTLS 1.0) are deprecated and must not be negotiated (RFC 8996)",
    "exiger TLS 1.3, ou TLS 1.2 avec confidentialité persistante\xc2\xa0: TLS 1.0 et 1.1 (et DTLS 1.0) sont obsolètes et ne doivent plus être négociés (RFC 8996)",
    "требовать TLS 1.3 или TLS 1.2 с прямой секретностью: TLS 1.0 и 1.1 (и DTLS 1.0) устарели, их нельзя согласовывать (RFC 8996)",
};
/* RFC 8996 1: DTLS 1.0 deprecated; DTLS 1.2 (RFC 6347) or 1.3 (RFC 9147) instead */
static const char *const dtls_deprecated_alternative[TLSEDU_LANG_COUNT] = {
    "require DTLS 1.3, or DTLS 1.2 with forward secrecy: DTLS 1.0 is deprecated and must not be negotiated (RFC 8996)",
    "exiger DTLS 1.3, ou DTLS 1.2 avec confidentialité persistante\xc2\xa0: DTLS 1.0 est obsolète et ne doit plus être négocié (RFC 8996)",
    "требовать DTLS 1.3 или DTLS 1.2 с прямой секретностью: DTLS 1.0 устарел, его нельзя согласовывать (RFC 8996)",
};
/* Before a handshake that succeeded: TLS protects nothing until both Finished messages
 * (RFC 8446 section 4.4.4; RFC 5246 section 7.4.9); RFC 9325 section 3.1.1 (TLS 1.2 or
 * 1.3), RFC 9525 section 6 (the certificate) */
static const char *const pending_alternative[TLSEDU_LANG_COUNT] = {
    "check the version (TLS 1.2 or 1.3), the certificate and the key exchange: TLS from the first byte is secure only once its handshake succeeds, not seen up to here",
    "vérifier la version (TLS 1.2 ou 1.3), le certificat et l'échange de clés\xc2\xa0: le TLS dès le premier octet n'est sûr qu'après une négociation réussie, pas encore vue ici",
    "проверить версию (1.2/1.3), сертификат, обмен ключами: неявный TLS надёжен лишь после удачного рукопожатия, а его не видно",
};
/* After a handshake that succeeded, what "already secure" would hide: a certificate a
 * checking client refuses (RFC 9525 section 6, RFC 5280 section 6), a weak suite (RFC
 * 9325 section 4.1, RFC 7465, RFC 8996), no forward secrecy (RFC 9325 section 4.1; RFC
 * 8446 section 1.2 removed static RSA). */
static const char *const rejected_alternative[TLSEDU_LANG_COUNT] = {
    "not secure as it stands: the handshake finished although the certificate fails a client's checks (name or dates), so a man in the middle could have answered; a client must refuse it",
    "pas sûr en l'état\xc2\xa0: la négociation a abouti alors que le certificat échoue aux vérifications d'un client (nom ou dates)\xc2\xa0; un attaquant au milieu aurait pu répondre\xc2\xa0; un client doit le refuser",
    "небезопасно: рукопожатие прошло, но сертификат не прошел проверку (имя, сроки): мог ответить атакующий; нужен отказ",
};
/* RFC 4279 4: with RSA_PSK the pre-shared key is part of the premaster secret, so an
 * attacker without it could not have completed the handshake */
static const char *const rejected_psk_alternative[TLSEDU_LANG_COUNT] = {
    "not secure as it stands: the certificate fails a client's checks (name or dates), so a checking client refuses it; only the pre-shared key, if kept secret, kept a man in the middle out (RSA_PSK)",
    "pas sûr en l'état\xc2\xa0: le certificat échoue aux vérifications d'un client (nom ou dates), qui doit le refuser\xc2\xa0; seule la clé pré-partagée, si elle est restée secrète, écartait un attaquant au milieu (RSA_PSK)",
    "небезопасно: сертификат не прошел проверку (имя, сроки), нужен отказ; атакующего остановил лишь PSK, если он секретен (RSA_PSK)",
};
static const char *const weak_alternative[TLSEDU_LANG_COUNT] = {
    "encrypted with a weak cipher suite (see its warning): prefer TLS 1.3, or TLS 1.2 with ECDHE and an AEAD suite",
    "chiffré avec une suite faible (voir son avertissement)\xc2\xa0: préférer TLS 1.3, ou TLS 1.2 avec ECDHE et une suite AEAD",
    "зашифровано слабым набором шифров (см. предупреждение): лучше TLS 1.3 или TLS 1.2 с ECDHE и набором AEAD",
};
/* RFC 5246 6.2.3.1 and appendix A.5, RFC 4785, RFC 9150: a NULL cipher protects integrity
 * at most (TLS_NULL_WITH_NULL_NULL not even that) */
static const char *const null_alternative[TLSEDU_LANG_COUNT] = {
    "not encrypted: this suite's NULL cipher sends the data in cleartext, protected at most in integrity; require a suite that encrypts (AEAD), in TLS 1.3 or TLS 1.2 with ECDHE",
    "non chiffré\xc2\xa0: le chiffrement NULL de cette suite envoie les données en clair, au mieux protégées en intégrité\xc2\xa0; exiger une suite qui chiffre (AEAD), en TLS 1.3 ou TLS 1.2 avec ECDHE",
    "не зашифровано: шифр NULL шлет данные открытым текстом, в лучшем случае с контролем целостности; нужен AEAD (TLS 1.3, 1.2 с ECDHE)",
};
/* TLS 1.3 with a pre-shared key alone (psk_ke, RFC 8446 2.2, 4.2.9): psk_dhe_ke adds (EC)DHE */
static const char *const no_fs13_alternative[TLSEDU_LANG_COUNT] = {
    "encrypted, but without forward secrecy (a pre-shared key alone, psk_ke): require psk_dhe_ke, which adds a fresh (EC)DHE exchange",
    "chiffré, mais sans confidentialité persistante (clé pré-partagée seule, psk_ke)\xc2\xa0: exiger psk_dhe_ke, qui ajoute un nouvel échange (EC)DHE",
    "зашифровано, но без прямой секретности (только PSK, psk_ke): требовать psk_dhe_ke с новым обменом (EC)DHE",
};
static const char *const no_fs_alternative[TLSEDU_LANG_COUNT] = {
    "encrypted, but without forward secrecy (see its warning): prefer TLS 1.3, or TLS 1.2 with ECDHE",
    "chiffré, mais sans confidentialité persistante (voir son avertissement)\xc2\xa0: préférer TLS 1.3, ou TLS 1.2 avec ECDHE",
    "зашифровано, но без прямой секретности (см. предупреждение): лучше TLS 1.3 или TLS 1.2 с ECDHE",
};
/* FTP data under PROT P (RFC 4217 section 9), before its handshake succeeded (RFC 8446
 * section 4.4.4). With no negotiated version known, no ServerHello was dissected: the
 * FTP-DATA dissector keeps these bytes (Wireshark 4.0 shows them as "FTP Data"), so the
 * outcome is not shown even when the capture holds it. */
static const char *const ftp_data_pending_alternative[TLSEDU_LANG_COUNT] = {
    "TLS on the data connection (PROT P); Wireshark does not dissect TLS here, so whether its handshake succeeded is not shown",
    "TLS sur la connexion de données (PROT P)\xc2\xa0; Wireshark n'analyse pas ce TLS, la réussite de la négociation n'est donc pas visible",
    "TLS на соединении данных (PROT P); Wireshark не разбирает здесь TLS, поэтому успех рукопожатия не виден",
};
/* ... the same once a ServerHello was dissected: the handshake is under way */
static const char *const ftp_data_started_alternative[TLSEDU_LANG_COUNT] = {
    "TLS on the data connection (PROT P), protected only once its handshake succeeds, not seen up to here",
    "TLS sur la connexion de données (PROT P), protégée seulement après une négociation réussie, pas encore vue ici",
    "TLS на соединении данных (PROT P): защищено лишь после успешного рукопожатия, которого пока не видно",
};

/* TLS whose handshake chose a NULL cipher (RFC 5246 6.2.3.1, RFC 4785, RFC 9150): the row's
 * "encrypted" would be false */
static const char *const null_explain[TLSEDU_LANG_COUNT] = {
    "TLS, but its ServerHello chose a suite that does not encrypt (NULL or integrity-only): the data travels in cleartext, readable by anyone on the path.",
    "TLS, mais son ServerHello a choisi une suite qui ne chiffre pas (NULL ou d'intégrité seule)\xc2\xa0: les données circulent en clair, lisibles par quiconque sur le chemin.",
    "TLS, но в ServerHello выбран набор без шифрования (NULL или только целостность): данные идут открытым текстом, их прочтет любой на пути.",
};

const char *
tlsedu_service_explain_seen(const tlsedu_service_t *service, const tlsedu_text_seen_t *seen, tlsedu_lang_t lang)
{
    if (seen->tls_after_cleartext && service->security == TLSEDU_SEC_IMPLICIT_TLS && service->port == 0)
        return (seen->null_cipher ? upgraded_null_explain : upgraded_explain)[valid_lang(lang)];
    /* null_cipher: a ServerHello chose the suite, whether or not the handshake ends */
    if (seen->null_cipher &&
        tlsedu_security_content_tls(service->security, seen->tls_from_first_payload) == TLSEDU_SEC_IMPLICIT_TLS)
        return null_explain[valid_lang(lang)];
    return tlsedu_service_explain(service, seen->tls_from_first_payload, lang);
}

/* TLS from the first byte before (or without) a handshake that succeeded: a listed row's
 * "already secure" and FTP data's "already protected" wait for it; "already TLS: check
 * ..." (the TLS rows, TLS on another cleartext port) stays true. NULL: the usual text. */
static const char *
pending(const tlsedu_service_t *service, const tlsedu_text_seen_t *seen, tlsedu_lang_t lang)
{
    if (service->security == TLSEDU_SEC_IMPLICIT_TLS)
        return service->port != 0 ? pending_alternative[lang] : NULL;
    if (tls_overrides(service, seen->tls_from_first_payload) && strcmp(service->service, "FTP-DATA") == 0)
        return seen->version == 0 ? ftp_data_pending_alternative[lang] : ftp_data_started_alternative[lang];
    return NULL;
}

const char *
tlsedu_service_alternative_seen(const tlsedu_service_t *service, const tlsedu_text_seen_t *seen, tlsedu_lang_t lang)
{
    const char *text;

    lang = valid_lang(lang);
    if (seen->tls_after_cleartext && service->security == TLSEDU_SEC_IMPLICIT_TLS && service->port == 0)
        return seen->handshake_succeeded && seen->null_cipher ? null_alternative[lang] : upgraded_alternative[lang];
    if (tlsedu_security_content_tls(service->security, seen->tls_from_first_payload) != TLSEDU_SEC_IMPLICIT_TLS)
        return tlsedu_service_alternative(service, seen->tls_from_first_payload, lang);
    if (seen->version == TLSEDU_VERSION_SSL2 || seen->version == TLSEDU_VERSION_SSL3)
        return ssl_alternative[lang];
    if (seen->handshake_failed)
        return failed_alternative[lang];
    if (seen->version != 0 && tlsedu_version_is_weak(seen->version))
        return (seen->version == TLSEDU_VERSION_DTLS10 ? dtls_deprecated_alternative : deprecated_alternative)[lang];
    if (!seen->handshake_succeeded && (text = pending(service, seen, lang)) != NULL)
        return text;
    if (seen->handshake_succeeded && seen->certificate_rejected)
        return (seen->psk_keys ? rejected_psk_alternative : rejected_alternative)[lang];
    if (seen->handshake_succeeded && seen->null_cipher)
        return null_alternative[lang];
    if (seen->handshake_succeeded && seen->weak_suite)
        return weak_alternative[lang];
    if (seen->handshake_succeeded && seen->no_forward_secrecy)
        return tlsedu_version_is_tls13(seen->version) ? no_fs13_alternative[lang] : no_fs_alternative[lang];
    return tlsedu_service_alternative(service, seen->tls_from_first_payload, lang);
}

static const char *const evidence_names[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_EVIDENCE_PORT] = { "port only", "port seulement", "только порт" },
    [TLSEDU_EVIDENCE_AGREE] = { "port and content agree", "port et contenu concordent", "порт и содержимое совпадают" },
    /* a port outside the course's list may well be the protocol's registered one
     * (PostgreSQL 5432, MySQL 3306): "non-standard" would be false */
    [TLSEDU_EVIDENCE_NONSTANDARD] = { "content on a port outside the course's list", "contenu sur un port hors de la liste du cours",
                                      "содержимое на порту вне списка курса" },
    [TLSEDU_EVIDENCE_MISMATCH] = { "port and content disagree", "port et contenu en désaccord", "порт и содержимое расходятся" },
};

static tlsedu_lang_t
valid_lang(tlsedu_lang_t lang)
{
    return (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
}

const char *
tlsedu_security_name(tlsedu_security_t security, tlsedu_lang_t lang)
{
    if ((unsigned)security > TLSEDU_SEC_UPGRADED)
        return "?";
    return security_names[security][valid_lang(lang)];
}

/* The same in a word or two, for a column (the tlsedu profile's, the statistics' table) */
static const char *const security_short[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_SEC_CLEARTEXT] = { "cleartext", "en clair", "открыто" },
    [TLSEDU_SEC_CAN_UPGRADE] = { "can upgrade", "peut passer en TLS", "возможен TLS" },
    [TLSEDU_SEC_IMPLICIT_TLS] = { "implicit TLS", "TLS implicite", "неявный TLS" },
    [TLSEDU_SEC_OWN_ENCRYPTION] = { "own encryption", "chiffrement propre", "свое шифрование" },
    [TLSEDU_SEC_NEGOTIATED] = { "negotiated", "sécurité négociée", "согласуется" },
    [TLSEDU_SEC_UPGRADED] = { "upgraded to TLS", "passage en TLS", "переход на TLS" },
};

const char *
tlsedu_security_short(tlsedu_security_t security, tlsedu_lang_t lang)
{
    return (unsigned)security <= TLSEDU_SEC_UPGRADED ? security_short[security][valid_lang(lang)] : "?";
}

const char *
tlsedu_evidence_name(tlsedu_evidence_t evidence, tlsedu_lang_t lang)
{
    if (evidence < TLSEDU_EVIDENCE_PORT || evidence > TLSEDU_EVIDENCE_MISMATCH)
        return "?";
    return evidence_names[evidence][valid_lang(lang)];
}
