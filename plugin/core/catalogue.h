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
    TLSEDU_SEC_OWN_ENCRYPTION = 3,  /* the protocol encrypts by itself (SSH, IKE, SNMPv3) */
    TLSEDU_SEC_NEGOTIATED = 4,      /* encryption negotiated inside the protocol (SMB, RDP) */
    TLSEDU_SEC_UPGRADED = 5         /* upgraded to TLS by STARTTLS */
} tlsedu_security_t;

/* Values of the field tlsedu.service.evidence (a contract: do not renumber). */
typedef enum {
    TLSEDU_EVIDENCE_PORT = 1,        /* port only */
    TLSEDU_EVIDENCE_AGREE = 2,       /* port and content agree */
    TLSEDU_EVIDENCE_NONSTANDARD = 3, /* content on a non-standard port */
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

/* Whether frames of this service are refined by an SNMP msgVersion. */
bool tlsedu_service_is_snmp(const tlsedu_service_t *service);

/* Readable names of the values above, for value_strings and texts. */
const char *tlsedu_security_name(tlsedu_security_t security, tlsedu_lang_t lang);
const char *tlsedu_evidence_name(tlsedu_evidence_t evidence, tlsedu_lang_t lang);

#endif /* TLSEDU_CATALOGUE_H */
