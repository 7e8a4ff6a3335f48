/* catalogue.h - the course's port list: which service a port means and how secure it is.
 *
 * Plain C11, no Wireshark include: the rows live in catalogue_table.c, the lookup and
 * the "which side is the server" rule in catalogue.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CATALOGUE_H
#define TLSEDU_CATALOGUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Values of the field tlsedu.security (a contract: do not renumber). */
typedef enum {
    TLSEDU_SEC_CLEARTEXT = 0,       /* everything readable on the wire */
    TLSEDU_SEC_CAN_UPGRADE = 1,     /* cleartext that can upgrade (STARTTLS and kin) */
    TLSEDU_SEC_IMPLICIT_TLS = 2,    /* TLS from the first byte */
    TLSEDU_SEC_OWN_ENCRYPTION = 3,  /* the protocol encrypts by itself, without TLS records
                                       (SSH, IKE, SNMPv3 authPriv; QUIC, keyed by TLS 1.3) */
    TLSEDU_SEC_NEGOTIATED = 4,      /* encryption negotiated inside the protocol (SMB, RDP) */
    TLSEDU_SEC_UPGRADED = 5         /* upgraded to TLS on the connection (STARTTLS and kin) */
} tlsedu_security_t;

/* Values of the field tlsedu.service.evidence (a contract: do not renumber). */
typedef enum {
    TLSEDU_EVIDENCE_PORT = 1,        /* port only */
    TLSEDU_EVIDENCE_AGREE = 2,       /* port and content agree */
    TLSEDU_EVIDENCE_NONSTANDARD = 3, /* content on a port outside the course's list */
    TLSEDU_EVIDENCE_MISMATCH = 4     /* port and content disagree */
} tlsedu_evidence_t;

/* Transports, as bit flags so that one row can serve TCP and UDP. */
enum {
    TLSEDU_TCP = 1u << 0,
    TLSEDU_UDP = 1u << 1
};

/* Languages of every text a student reads. */
typedef enum {
    TLSEDU_LANG_EN = 0,
    TLSEDU_LANG_FR = 1,
    TLSEDU_LANG_RU = 2,
    TLSEDU_LANG_COUNT
} tlsedu_lang_t;

/* One row of the catalogue. */
typedef struct {
    const char *service;          /* exact name, e.g. "SMTPS" (field tlsedu.service) */
    uint16_t port;                /* 0: no fixed port, recognised by content only (RTP) */
    unsigned transports;          /* TLSEDU_TCP | TLSEDU_UDP */
    tlsedu_security_t security;   /* security mode when only the port is known */
    const char *alternative[TLSEDU_LANG_COUNT]; /* the secure alternative */
    const char *explain[TLSEDU_LANG_COUNT];     /* one sentence a student can read */
    bool server_opens;            /* the service's port is the side that opens the TCP
                                     connection (active-mode FTP data, from port 20) */
} tlsedu_service_t;

/* The rows, in catalogue_table.c. */
extern const tlsedu_service_t tlsedu_catalogue[];
extern const size_t tlsedu_catalogue_len;

/* The row for a port on a transport (TLSEDU_TCP or TLSEDU_UDP), or NULL. */
const tlsedu_service_t *tlsedu_catalogue_lookup(uint16_t port, unsigned transport);

/* The row with this exact service name (and transport), or NULL. */
const tlsedu_service_t *tlsedu_catalogue_by_name(const char *service, unsigned transport);

/* Which side of a conversation is the service?
 *   port_a, port_b       the two ports of the conversation
 *   handshake_server     the port that answered the TCP SYN (as Wireshark's TCP
 *                        dissector saw it), or 0 when no SYN was seen or on UDP
 * Rule: with a known handshake, the server is the port that answered the SYN, and the
 * conversation is in the catalogue only if that port is; a client's ephemeral port that
 * happens to be in the table is never taken for the service. The one exception is a row
 * whose server opens the connection (FTP-DATA from port 20 in active mode): its port
 * counts on the side that sent the SYN. Without a handshake, the
 * port that is in the catalogue; when both are, the lower.
 * Returns true and fills *server_port and *service when the conversation is annotated. */
bool tlsedu_catalogue_choose(unsigned transport, uint16_t port_a, uint16_t port_b,
                             uint16_t handshake_server, uint16_t *server_port,
                             const tlsedu_service_t **service);

/* The security of one frame of a catalogue service, refined by what the frame shows:
 * an SNMP message's msgVersion (0 = v1, 1 = v2c, 3 = v3) on the SNMP services, where
 * SNMPv3 has its own security model (USM) and the community versions are cleartext.
 * Without such a fact, the row's security mode. */
tlsedu_security_t tlsedu_service_security(const tlsedu_service_t *service,
                                          bool has_snmp_version, uint32_t snmp_version);

/* What the frames of a conversation show, beyond the port: the facts that refine the
 * catalogue's security mode. */
typedef struct {
    bool has_snmp_version;        /* an SNMP message's msgVersion was read (0 v1, 1 v2c, 3 v3) */
    uint32_t snmp_version;
    bool has_snmp_flags;          /* SNMPv3: its msgFlags byte was read (RFC 3412 section 6.4) */
    uint8_t snmp_flags;           /* bit 0 authFlag, bit 1 privFlag, bit 2 reportableFlag */
    bool tls_from_first_payload;  /* the conversation's first payload was a TLS record */
    bool tls_after_cleartext;     /* a conversation named by its TLS records ("TLS", "DTLS")
                                     whose first payloads were cleartext: TLS started inside
                                     the protocol (PostgreSQL SSLRequest, MySQL SSL request) */
    bool before_tls;              /* with tls_after_cleartext: this frame comes before the
                                     conversation's first TLS record */
} tlsedu_seen_t;

/* The catalogue's security mode corrected by what the content shows: a conversation whose
 * first payload is a TLS record is implicit TLS (2), whatever a cleartext (0) or
 * upgradable (1) port says (FTP data after PROT P, RFC 4217 section 9). Other modes stay. */
tlsedu_security_t tlsedu_security_content_tls(tlsedu_security_t catalogue, bool tls_from_first_payload);

/* The security of one frame: tlsedu_service_security, then SNMPv3's msgFlags (only
 * authPriv, auth and priv both set, is encrypted; noAuthNoPriv discovery and reports and
 * authNoPriv are readable: cleartext, RFC 3411 section 3.4.3), then TLS seen from the first
 * payload (tlsedu_security_content_tls), then TLS started after cleartext: the frames
 * before the first TLS record are cleartext that can upgrade (1), those from it on are
 * upgraded (5), never "TLS from the first byte". */
tlsedu_security_t tlsedu_frame_security(const tlsedu_service_t *service, const tlsedu_seen_t *seen);

/* The explanation and secure alternative a student reads for a service: the row's own,
 * except where the content shows TLS from the first payload on a cleartext or upgradable
 * row (the row's texts would then say cleartext). */
const char *tlsedu_service_explain(const tlsedu_service_t *service, bool tls_from_first_payload,
                                   tlsedu_lang_t lang);
const char *tlsedu_service_alternative(const tlsedu_service_t *service, bool tls_from_first_payload,
                                       tlsedu_lang_t lang);

/* What the conversation showed that changes a service's texts. */
typedef struct {
    bool tls_from_first_payload;  /* both sides opened with a TLS record */
    bool tls_after_cleartext;     /* TLS started after cleartext (tlsedu_seen_t) */
    bool handshake_failed;        /* both Finished not seen: a fatal alert, the end of the connection,
                                     or records the capture missed (the texts hedge) */
    bool handshake_succeeded;     /* both sides' Finished seen, no failure (as known at this frame) */
    uint16_t version;             /* the negotiated (D)TLS version, 0 when not known (on FTP data:
                                     no ServerHello dissected, the TLS not dissected there) */
    bool certificate_rejected;    /* the server certificate fails a client's checks: its names or dates */
    bool weak_suite;              /* the suite chosen is weak (NULL, anonymous, export, RC4, DES ...) */
    bool null_cipher;             /* ... and encrypts nothing (NULL cipher, integrity only) */
    bool no_forward_secrecy;      /* RSA key transport or another key exchange without forward secrecy */
    bool psk_keys;                /* an RSA_PSK suite: a pre-shared key goes into the keys (RFC 4279 4) */
} tlsedu_text_seen_t;

/* The same texts, told by what the conversation showed: TLS after cleartext has its own;
 * on TLS from the first byte (the row's or the content's), SSL 2.0/3.0, a failed
 * handshake, or TLS 1.0/1.1 or DTLS 1.0 (in that order) replace the alternative; after a
 * handshake that succeeded, a rejected certificate, a weak suite or no forward secrecy
 * (in that order) replace "already secure"; before a handshake that succeeded, a listed row's "already secure" (and FTP data's "already
 * protected" under PROT P) says it is secure only once the handshake succeeds; on FTP data
 * with no version known, that Wireshark does not dissect the TLS there. */
const char *tlsedu_service_explain_seen(const tlsedu_service_t *service, const tlsedu_text_seen_t *seen,
                                        tlsedu_lang_t lang);
const char *tlsedu_service_alternative_seen(const tlsedu_service_t *service, const tlsedu_text_seen_t *seen,
                                            tlsedu_lang_t lang);

/* Whether frames of this service are refined by an SNMP msgVersion. */
bool tlsedu_service_is_snmp(const tlsedu_service_t *service);

/* Readable names of the values above, for value_strings and texts. */
const char *tlsedu_security_name(tlsedu_security_t security, tlsedu_lang_t lang);
/* A security level in a short word or two that fits a column ("upgraded to TLS"); the
 * catalogue's tlsedu_security_name is the whole phrase. "?" past the end. */
const char *tlsedu_security_short(tlsedu_security_t security, tlsedu_lang_t lang);

const char *tlsedu_evidence_name(tlsedu_evidence_t evidence, tlsedu_lang_t lang);

#endif /* TLSEDU_CATALOGUE_H */
