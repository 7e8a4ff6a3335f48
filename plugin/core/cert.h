/* cert.h - what the server's certificate says, for a student: who it names, who vouches
 * for it, when it is valid, whether it signs itself, whether it names the server the
 * client asked for.
 *
 * Plain C11, no Wireshark include. The X.509 parsing is GnuTLS's (never by hand); the
 * host name matching (RFC 6125 / RFC 9525) is this module's own, so that it is
 * unit-tested. Every string in the result is bounded and escaped (tlsedu_escape).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CERT_H
#define TLSEDU_CERT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"

#define TLSEDU_CERT_DN_LEN 512      /* an escaped distinguished name, terminated */
#define TLSEDU_CERT_NAMES_LEN 4096  /* the escaped subjectAltName DNS names, terminated */
#define TLSEDU_CERT_SNI_LEN 256     /* the escaped SNI, terminated */
#define TLSEDU_CERT_TEXT_LEN 1024   /* a warning text, terminated */
#define TLSEDU_CERT_ALG_LEN 80      /* a key or signature algorithm's name, terminated */

typedef struct {
    char subject[TLSEDU_CERT_DN_LEN];   /* RFC 4514 string (GnuTLS), escaped */
    char issuer[TLSEDU_CERT_DN_LEN];
    bool dates_known;                   /* GnuTLS could read both dates */
    int64_t not_before, not_after;      /* seconds since 1970 (UTC) */
    bool self_signed;                   /* subject == issuer and its own key verifies it */
    bool expired;                       /* the capture time lies outside [not_before, not_after] */
    bool not_yet_valid;                 /* ... before not_before */
    int64_t capture_time;
    bool name_checked;                  /* an SNI was given */
    bool name_mismatch;                 /* the SNI matches none of the DNS names */
    char sni[TLSEDU_CERT_SNI_LEN];      /* the SNI checked, escaped */
    /* "a.example, *.b.example": the DNS names of the first 128 subjectAltName entries, escaped
     * (a ',' in a name too, as \x2c, so that ", " only separates), cut with "..." when full */
    char dns_names[TLSEDU_CERT_NAMES_LEN];
    unsigned n_dns_names;               /* how many DNS names (also those cut) */
    /* RFC 5280 4.1.2.7: the subject's public key, "RSA 2048 bits", "EC P-256", "Ed25519"
     * ("" when GnuTLS cannot tell) */
    char key[TLSEDU_CERT_ALG_LEN];
    /* RFC 5280 4.1.1.2: the algorithm the issuer signed it with, by its RFC name
     * ("sha256WithRSAEncryption", "ecdsa-with-SHA256"), else GnuTLS's ("RSA-PSS-SHA256"),
     * else its OID ("" when GnuTLS cannot tell) */
    char signature_algorithm[TLSEDU_CERT_ALG_LEN];
} tlsedu_cert_t;

/* Parses one DER certificate (the server's leaf) and fills *out. capture_time: when the
 * certificate was seen (seconds since 1970). sni: the server name the client asked for
 * (at most sni_max bytes are read; NULL or empty: no name check). FALSE when der is not a
 * certificate GnuTLS can read (*out is then zeroed); never allocates beyond the call. */
bool tlsedu_cert_parse(const uint8_t *der, size_t der_len, int64_t capture_time,
                       const char *sni, size_t sni_max, tlsedu_cert_t *out);

/* The DNS names of c->dns_names one at a time: copies the name at *pos (0 for the first)
 * into buf (always terminated, cut to fit) and moves *pos to the next one. FALSE at the end
 * of the list or at its cut mark "...". */
bool tlsedu_cert_next_name(const tlsedu_cert_t *c, size_t *pos, char *buf, size_t len);

/* RFC 6125 6.4 / RFC 9525 6.3: whether the DNS name pattern (from a subjectAltName)
 * matches host. Case-insensitive (ASCII), one trailing dot ignored on either side. A
 * wildcard counts only as the whole left-most label of a pattern with at least two more
 * labels: "*.example.com" matches "a.example.com", not "example.com" nor
 * "a.b.example.com"; any other '*' (f*.example.com, a.*.com) matches nothing. Lengths
 * are in bytes; an embedded NUL matches nothing. */
bool tlsedu_cert_name_matches(const char *pattern, size_t pattern_len, const char *host, size_t host_len);

/* "2021-01-01 00:00:00 UTC" for seconds since 1970 (proleptic Gregorian, any year from
 * -9999 to 9999; outside that "?"). Returns buf (always terminated when len > 0). */
char *tlsedu_cert_format_time(int64_t t, char *buf, size_t len);

/* The texts of the two warnings (tlsedu.cert.expired, tlsedu.cert.name_mismatch), into
 * buf (always terminated). Returns buf. */
char *tlsedu_cert_expired_text(const tlsedu_cert_t *c, tlsedu_lang_t lang, char *buf, size_t len);
char *tlsedu_cert_mismatch_text(const tlsedu_cert_t *c, tlsedu_lang_t lang, char *buf, size_t len);

/* A short form of an RFC 4514 distinguished name for labels and sentences: its first CN
 * and first O attributes, in their order ("CN=mozilla.org,O=Mozilla Corporation"); the
 * whole name when it has neither. Escapes ("\,") are kept. Returns buf (always terminated
 * when len > 0). */
char *tlsedu_dn_short(const char *dn, char *buf, size_t len);

#endif /* TLSEDU_CERT_H */
