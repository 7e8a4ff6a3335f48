/* catalogue.c - look-ups in the port catalogue and the server-side rule.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "catalogue.h"

#include <string.h>

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
    return tlsedu_security_content_tls(sec, seen->tls_from_first_payload);
}

/* The texts of a cleartext or upgradable service whose conversation carries TLS from the
 * first payload: FTP data after PROT P (RFC 4217 section 9), or any other. */
static const char *const ftp_data_tls_explain[TLSEDU_LANG_COUNT] = {
    "FTP data connection inside TLS (protection level P, RFC 4217): the files and listings are encrypted; only the ports, sizes and timing show.",
    "Connexion de données FTP dans TLS (niveau de protection P, RFC 4217) : fichiers et listes sont chiffrés ; seuls les ports, les tailles et le rythme se voient.",
};
static const char *const ftp_data_tls_alternative[TLSEDU_LANG_COUNT] = {
    "already protected: TLS on the data connection (PROT P)",
    "déjà protégé : TLS sur la connexion de données (PROT P)",
};
static const char *const tls_content_explain[TLSEDU_LANG_COUNT] = {
    "The port stands for a cleartext service, but this conversation carries TLS records from its first payload: what the content shows wins, the data is inside TLS.",
    "Le port désigne un service en clair, mais cette conversation transporte des enregistrements TLS dès sa première charge utile : le contenu l'emporte, les données sont dans TLS.",
};
static const char *const tls_content_alternative[TLSEDU_LANG_COUNT] = {
    "already TLS: check the negotiated version, the certificate and the key exchange",
    "déjà TLS : vérifier la version négociée, le certificat et l'échange de clés",
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
    [TLSEDU_SEC_CLEARTEXT] = { "cleartext", "en clair" },
    [TLSEDU_SEC_CAN_UPGRADE] = { "cleartext, can upgrade to TLS", "en clair, peut passer en TLS" },
    [TLSEDU_SEC_IMPLICIT_TLS] = { "implicit TLS (TLS from the first byte)", "TLS implicite (TLS dès le premier octet)" },
    /* not "not TLS": QUIC's keys come from a TLS 1.3 handshake (RFC 9001 sections 4-5); what
     * SSH, IKE, SNMPv3 authPriv and QUIC share is encryption without TLS records */
    [TLSEDU_SEC_OWN_ENCRYPTION] = { "own encryption (no TLS records)", "chiffrement propre (sans enregistrements TLS)" },
    [TLSEDU_SEC_NEGOTIATED] = { "security negotiated inside the protocol", "sécurité négociée dans le protocole" },
    [TLSEDU_SEC_UPGRADED] = { "upgraded to TLS by STARTTLS", "passé en TLS par STARTTLS" },
};

static const char *const evidence_names[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_EVIDENCE_PORT] = { "port only", "port seulement" },
    [TLSEDU_EVIDENCE_AGREE] = { "port and content agree", "port et contenu concordent" },
    [TLSEDU_EVIDENCE_NONSTANDARD] = { "content on a non-standard port", "contenu sur un port non standard" },
    [TLSEDU_EVIDENCE_MISMATCH] = { "port and content disagree", "port et contenu en désaccord" },
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

const char *
tlsedu_evidence_name(tlsedu_evidence_t evidence, tlsedu_lang_t lang)
{
    if (evidence < TLSEDU_EVIDENCE_PORT || evidence > TLSEDU_EVIDENCE_MISMATCH)
        return "?";
    return evidence_names[evidence][valid_lang(lang)];
}
