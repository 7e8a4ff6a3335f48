/* tls_roles.h - the fields of Wireshark's TLS and DTLS dissectors that tls_read.c walks,
 * each with its role (private to handshake/tls_read*.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_TLS_ROLES_H
#define TLSEDU_TLS_ROLES_H

#include "shared/fields.h"

typedef enum {
    ROLE_NONE = 0,
    ROLE_ROOT,        /* the tls or dtls protocol item */
    ROLE_RECORD,
    ROLE_CONTENT_TYPE,
    ROLE_OPAQUE_TYPE,
    ROLE_RECORD_LENGTH,
    ROLE_HS_TYPE,
    ROLE_HS_TYPE_SSL2,
    ROLE_RANDOM,
    ROLE_HS_VERSION,
    ROLE_SUPPORTED_VERSION,
    ROLE_CIPHERSUITE,
    ROLE_EXT_TYPE,
    ROLE_SERVER_NAME,
    ROLE_ALERT_LEVEL,
    ROLE_ALERT_DESC,
    ROLE_KEY_SHARE_GROUP,
    ROLE_CERTIFICATE,
    ROLE_SESSION_ID,
    ROLE_SESSION_TICKET,
    ROLE_EXT_DATA,
    ROLE_SESSION_ID_LENGTH,
    ROLE_EXT_LEN,
    ROLE_CERTIFICATES_LENGTH,
    ROLE_SIG_HASH_ALG,
    ROLE_NAMED_CURVE,
    ROLE_SELECTED_GROUP,
    ROLE_ALPN,
    ROLE_TICKET_LIFETIME,
    ROLE_CERT_TYPES_COUNT,
    ROLE_DNAME
} role_t;

/* The fields, by hf id (registration data: filled at hand-off by tlsedu_tls_read_want). */
extern tlsedu_fields_t *tlsedu_tls_fields;

/* QUIC's long header packet type, v1 and v2 (a client's 0-RTT packet means early data). */
extern int tlsedu_hf_quic_lpt, tlsedu_hf_quic_lpt_v2;

#endif /* TLSEDU_TLS_ROLES_H */
