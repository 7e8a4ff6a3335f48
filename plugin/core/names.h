/* names.h - IANA names of what a handshake chose (groups, signature schemes) and what makes
 * a cipher suite weak: language-neutral values for fields, filters and texts.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_NAMES_H
#define TLSEDU_NAMES_H

#include <stdint.h>

/* The IANA name of a supported group ("x25519", "X25519MLKEM768"), or NULL. Wireshark 4.0
 * does not name the newest groups, so the table is kept here (IANA TLS Parameters,
 * "TLS Supported Groups"). */
const char *tlsedu_group_name(uint16_t group);

/* The IANA name of a signature scheme ("rsa_pss_rsae_sha256", RFC 8446 4.2.3; TLS 1.2's
 * hash/signature pairs use the same code points, RFC 5246 7.4.1.4.1), or NULL. */
const char *tlsedu_signature_scheme_name(uint16_t scheme);

/* The same for a message of this version: in TLS <= 1.2 the ECDSA code points do not fix
 * the curve (RFC 8446 4.2.3), so 0x0403 is "ecdsa_sha256" there. */
const char *tlsedu_signature_scheme_name_v(uint16_t scheme, int tls13);

/* Why a cipher suite is weak, from its IANA name (bits; 0: none of these). */
enum {
    TLSEDU_WEAK_NULL = 1u << 0,    /* _WITH_NULL_: no encryption, integrity only (RFC 5246 A.5) */
    TLSEDU_WEAK_ANON = 1u << 1,    /* _anon_: nobody authenticated (RFC 5246 A.5, RFC 8422 2.3) */
    TLSEDU_WEAK_EXPORT = 1u << 2,  /* _EXPORT: 40/56-bit export keys (RFC 4346 A.5 forbids them) */
    TLSEDU_WEAK_RC4 = 1u << 3,     /* RC4: prohibited (RFC 7465) */
    TLSEDU_WEAK_DES = 1u << 4,     /* single DES: 56-bit key (RFC 5469) */
    TLSEDU_WEAK_3DES = 1u << 5,    /* 3DES: 64-bit blocks, Sweet32 (RFC 9325 4.1) */
    TLSEDU_WEAK_MD5 = 1u << 6,     /* HMAC-MD5 record MAC (RFC 9325 4.1, RFC 6151) */
    TLSEDU_WEAK_NO_MAC = 1u << 7,  /* TLS_NULL_WITH_NULL_NULL: no integrity either (RFC 5246 A.5) */
    TLSEDU_WEAK_IDEA = 1u << 8     /* IDEA: deprecated (RFC 5469), 64-bit blocks (RFC 9325 4.1) */
};
unsigned tlsedu_suite_weakness(const char *suite_name);

#endif /* TLSEDU_NAMES_H */
