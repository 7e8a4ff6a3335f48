/* tls_types.h - the numbers of the TLS registries that tlsedu reads, by name: handshake
 * message types, extension types, protocol versions, alert levels and descriptions,
 * TLS 1.3 cipher suites and key exchange groups (IANA "TLS Parameters" and "TLS
 * ExtensionType Values"; RFC 5246 7.4, RFC 8446 4 and B.3, RFC 6347 4.3.2). The record
 * content types are in handshake.h (TLSEDU_CT_*).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_TLS_TYPES_H
#define TLSEDU_TLS_TYPES_H

#include <stdbool.h>
#include <stdint.h>

/* The longest record on the wire: 2^14 bytes of plaintext + 2048 of expansion
 * (TLSCiphertext, RFC 5246 6.2.3). */
#define TLSEDU_RECORD_MAX_LENGTH (16384 + 2048)

/* HandshakeType (RFC 8446 4, RFC 5246 7.4, RFC 6347 4.3.2) */
enum {
    TLSEDU_HS_HELLO_REQUEST = 0,
    TLSEDU_HS_CLIENT_HELLO = 1,
    TLSEDU_HS_SERVER_HELLO = 2,
    TLSEDU_HS_HELLO_VERIFY_REQUEST = 3,   /* DTLS */
    TLSEDU_HS_NEW_SESSION_TICKET = 4,
    TLSEDU_HS_END_OF_EARLY_DATA = 5,
    TLSEDU_HS_ENCRYPTED_EXTENSIONS = 8,
    TLSEDU_HS_CERTIFICATE = 11,
    TLSEDU_HS_SERVER_KEY_EXCHANGE = 12,
    TLSEDU_HS_CERTIFICATE_REQUEST = 13,
    TLSEDU_HS_SERVER_HELLO_DONE = 14,
    TLSEDU_HS_CERTIFICATE_VERIFY = 15,
    TLSEDU_HS_CLIENT_KEY_EXCHANGE = 16,
    TLSEDU_HS_FINISHED = 20,
    TLSEDU_HS_CERTIFICATE_STATUS = 22,
    TLSEDU_HS_KEY_UPDATE = 24,
    TLSEDU_HS_COMPRESSED_CERTIFICATE = 25, /* RFC 8879 */
};

/* SSL 2.0 message types (draft-hickman-netscape-ssl-00) */
enum {
    TLSEDU_SSL2_CLIENT_HELLO = 1,
    TLSEDU_SSL2_CLIENT_MASTER_KEY = 2,
    TLSEDU_SSL2_SERVER_HELLO = 4,
};

/* ExtensionType (IANA) */
enum {
    TLSEDU_EXT_SERVER_NAME = 0,
    TLSEDU_EXT_SUPPORTED_GROUPS = 10,
    TLSEDU_EXT_ALPN = 16,
    TLSEDU_EXT_SESSION_TICKET = 35,       /* RFC 5077 */
    TLSEDU_EXT_PRE_SHARED_KEY = 41,       /* RFC 8446 4.2.11 */
    TLSEDU_EXT_EARLY_DATA = 42,
    TLSEDU_EXT_SUPPORTED_VERSIONS = 43,
    TLSEDU_EXT_KEY_SHARE = 51,
    TLSEDU_EXT_ECH = 0xfe0d,              /* encrypted_client_hello (draft-ietf-tls-esni) */
    TLSEDU_EXT_ESNI = 0xffce,             /* encrypted_server_name, ECH's predecessor (esni-00 to -05) */
};

/* ProtocolVersion */
enum {
    TLSEDU_VERSION_SSL2 = 0x0002,
    TLSEDU_VERSION_SSL2_ALT = 0x0100,     /* = TLSEDU_VERSION_DTLS10_OPENSSL: no SSL 2.0 version */
    TLSEDU_VERSION_DTLS10_OPENSSL = 0x0100, /* DTLS 1.0 as OpenSSL before 0.9.8f wrote it (DTLS1_BAD_VER) */
    TLSEDU_VERSION_SSL3 = 0x0300,
    TLSEDU_VERSION_TLS10 = 0x0301,
    TLSEDU_VERSION_TLS11 = 0x0302,
    TLSEDU_VERSION_TLS12 = 0x0303,
    TLSEDU_VERSION_TLS13 = 0x0304,
    TLSEDU_VERSION_DTLS10 = 0xfeff,
    TLSEDU_VERSION_DTLS12 = 0xfefd,
    TLSEDU_VERSION_DTLS13 = 0xfefc,
    TLSEDU_VERSION_TLS13_DRAFT_MASK = 0x7f00, /* (v & 0xff00) == 0x7f00: a TLS 1.3 draft */
};

/* A TLS 1.3 draft version (0x7fnn, draft nn). */
static inline bool
tlsedu_version_is_tls13_draft(uint16_t version)
{
    return (version & 0xff00) == TLSEDU_VERSION_TLS13_DRAFT_MASK;
}

/* TLS 1.3, DTLS 1.3 or a TLS 1.3 draft. */
static inline bool
tlsedu_version_is_tls13(uint16_t version)
{
    return version == TLSEDU_VERSION_TLS13 || version == TLSEDU_VERSION_DTLS13 ||
           tlsedu_version_is_tls13_draft(version);
}

/* SSL 2.0, SSL 3.0, TLS 1.0, TLS 1.1, DTLS 1.0 (also OpenSSL's early one): broken or
 * deprecated (RFC 6176, RFC 7568, RFC 8996). */
static inline bool
tlsedu_version_is_weak(uint16_t v)
{
    return v == TLSEDU_VERSION_SSL2 || v == TLSEDU_VERSION_SSL3 || v == TLSEDU_VERSION_TLS10 ||
           v == TLSEDU_VERSION_TLS11 || v == TLSEDU_VERSION_DTLS10 ||
           v == TLSEDU_VERSION_DTLS10_OPENSSL;
}

/* Signalling cipher suite values, not suites (RFC 5746 3.3, RFC 7507 6) */
enum {
    TLSEDU_SCSV_RENEGOTIATION = 0x00ff,   /* TLS_EMPTY_RENEGOTIATION_INFO_SCSV */
    TLSEDU_SCSV_FALLBACK = 0x5600,        /* TLS_FALLBACK_SCSV */
};

/* AlertLevel (RFC 5246 7.2) */
enum {
    TLSEDU_ALERT_WARNING = 1,
    TLSEDU_ALERT_FATAL = 2,
};

/* AlertDescription (RFC 8446 6, RFC 5246 7.2, and the IANA registry's later additions) */
enum {
    TLSEDU_ALERT_CLOSE_NOTIFY = 0,
    TLSEDU_ALERT_UNEXPECTED_MESSAGE = 10,
    TLSEDU_ALERT_BAD_RECORD_MAC = 20,
    TLSEDU_ALERT_DECRYPTION_FAILED = 21,
    TLSEDU_ALERT_RECORD_OVERFLOW = 22,
    TLSEDU_ALERT_DECOMPRESSION_FAILURE = 30,
    TLSEDU_ALERT_HANDSHAKE_FAILURE = 40,
    TLSEDU_ALERT_NO_CERTIFICATE = 41,
    TLSEDU_ALERT_BAD_CERTIFICATE = 42,
    TLSEDU_ALERT_UNSUPPORTED_CERTIFICATE = 43,
    TLSEDU_ALERT_CERTIFICATE_REVOKED = 44,
    TLSEDU_ALERT_CERTIFICATE_EXPIRED = 45,
    TLSEDU_ALERT_CERTIFICATE_UNKNOWN = 46,
    TLSEDU_ALERT_ILLEGAL_PARAMETER = 47,
    TLSEDU_ALERT_UNKNOWN_CA = 48,
    TLSEDU_ALERT_ACCESS_DENIED = 49,
    TLSEDU_ALERT_DECODE_ERROR = 50,
    TLSEDU_ALERT_DECRYPT_ERROR = 51,
    TLSEDU_ALERT_EXPORT_RESTRICTION = 60,
    TLSEDU_ALERT_PROTOCOL_VERSION = 70,
    TLSEDU_ALERT_INSUFFICIENT_SECURITY = 71,
    TLSEDU_ALERT_INTERNAL_ERROR = 80,
    TLSEDU_ALERT_INAPPROPRIATE_FALLBACK = 86,
    TLSEDU_ALERT_USER_CANCELED = 90,
    TLSEDU_ALERT_NO_RENEGOTIATION = 100,
    TLSEDU_ALERT_MISSING_EXTENSION = 109,
    TLSEDU_ALERT_UNSUPPORTED_EXTENSION = 110,
    TLSEDU_ALERT_CERTIFICATE_UNOBTAINABLE = 111,
    TLSEDU_ALERT_UNRECOGNIZED_NAME = 112,
    TLSEDU_ALERT_BAD_CERTIFICATE_STATUS_RESPONSE = 113,
    TLSEDU_ALERT_BAD_CERTIFICATE_HASH_VALUE = 114,
    TLSEDU_ALERT_UNKNOWN_PSK_IDENTITY = 115,
    TLSEDU_ALERT_CERTIFICATE_REQUIRED = 116,
    TLSEDU_ALERT_NO_APPLICATION_PROTOCOL = 120,
};

/* TLS 1.3 cipher suites (RFC 8446 B.4) */
enum {
    TLSEDU_SUITE_AES_128_GCM_SHA256 = 0x1301,
    TLSEDU_SUITE_AES_256_GCM_SHA384 = 0x1302,
    TLSEDU_SUITE_CHACHA20_POLY1305_SHA256 = 0x1303,
    TLSEDU_SUITE_AES_128_CCM_SHA256 = 0x1304,
    TLSEDU_SUITE_AES_128_CCM_8_SHA256 = 0x1305,
};

/* NamedGroup (RFC 8446 4.2.7, RFC 7919, IANA): the finite-field range and the hybrid
 * post-quantum groups; every other group is an elliptic curve */
enum {
    TLSEDU_GROUP_FFDHE_FIRST = 0x0100,     /* ffdhe2048 */
    TLSEDU_GROUP_FFDHE_LAST = 0x01ff,      /* the end of the FFDHE range */
    TLSEDU_GROUP_SECP256R1_MLKEM768 = 0x11eb,
    TLSEDU_GROUP_X25519_MLKEM768 = 0x11ec,
    TLSEDU_GROUP_SECP384R1_MLKEM1024 = 0x11ed,
    TLSEDU_GROUP_X25519_KYBER768_DRAFT00 = 0x6399,
    TLSEDU_GROUP_SECP256R1_KYBER768_DRAFT00 = 0x639a,
};

/* A finite-field Diffie-Hellman group (ffdhe2048 ..). */
static inline bool
tlsedu_group_is_ffdhe(uint16_t group)
{
    return group >= TLSEDU_GROUP_FFDHE_FIRST && group <= TLSEDU_GROUP_FFDHE_LAST;
}

/* A hybrid of an elliptic curve and a post-quantum KEM (ML-KEM, or Kyber's drafts). */
static inline bool
tlsedu_group_is_hybrid_pq(uint16_t group)
{
    return group == TLSEDU_GROUP_X25519_KYBER768_DRAFT00 ||
           group == TLSEDU_GROUP_SECP256R1_KYBER768_DRAFT00 ||
           group == TLSEDU_GROUP_SECP256R1_MLKEM768 || group == TLSEDU_GROUP_X25519_MLKEM768 ||
           group == TLSEDU_GROUP_SECP384R1_MLKEM1024;
}

#endif /* TLSEDU_TLS_TYPES_H */
