/* names.c - IANA names of groups and signature schemes, and the weak cipher suites.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "names.h"

#include <stddef.h>
#include <string.h>

typedef struct {
    uint16_t code;
    const char *name;
} code_name_t;

static const code_name_t groups[] = {
    { 0x0015, "secp224r1" }, { 0x0016, "secp256k1" }, { 0x0017, "secp256r1" },
    { 0x0018, "secp384r1" }, { 0x0019, "secp521r1" }, { 0x001a, "brainpoolP256r1" },
    { 0x001b, "brainpoolP384r1" }, { 0x001c, "brainpoolP512r1" }, { 0x001d, "x25519" },
    { 0x001e, "x448" }, { 0x0100, "ffdhe2048" }, { 0x0101, "ffdhe3072" },
    { 0x0102, "ffdhe4096" }, { 0x0103, "ffdhe6144" }, { 0x0104, "ffdhe8192" },
    { 0x11eb, "SecP256r1MLKEM768" }, { 0x11ec, "X25519MLKEM768" },
    { 0x11ed, "SecP384r1MLKEM1024" }, { 0x6399, "X25519Kyber768Draft00" },
    { 0x639a, "SecP256r1Kyber768Draft00" },
};

static const code_name_t schemes[] = {
    { 0x0201, "rsa_pkcs1_sha1" }, { 0x0203, "ecdsa_sha1" },
    { 0x0401, "rsa_pkcs1_sha256" }, { 0x0501, "rsa_pkcs1_sha384" }, { 0x0601, "rsa_pkcs1_sha512" },
    { 0x0403, "ecdsa_secp256r1_sha256" }, { 0x0503, "ecdsa_secp384r1_sha384" },
    { 0x0603, "ecdsa_secp521r1_sha512" }, { 0x0804, "rsa_pss_rsae_sha256" },
    { 0x0805, "rsa_pss_rsae_sha384" }, { 0x0806, "rsa_pss_rsae_sha512" }, { 0x0807, "ed25519" },
    { 0x0808, "ed448" }, { 0x0809, "rsa_pss_pss_sha256" }, { 0x080a, "rsa_pss_pss_sha384" },
    { 0x080b, "rsa_pss_pss_sha512" }, { 0x081a, "ecdsa_brainpoolP256r1tls13_sha256" },
    { 0x081b, "ecdsa_brainpoolP384r1tls13_sha384" }, { 0x081c, "ecdsa_brainpoolP512r1tls13_sha512" },
    { 0x0904, "mldsa44" }, { 0x0905, "mldsa65" }, { 0x0906, "mldsa87" },
};

static const char *
find(const code_name_t *table, size_t n, uint16_t code)
{
    for (size_t i = 0; i < n; i++)
        if (table[i].code == code)
            return table[i].name;
    return NULL;
}

const char *
tlsedu_group_name(uint16_t group)
{
    return find(groups, sizeof groups / sizeof groups[0], group);
}

const char *
tlsedu_signature_scheme_name(uint16_t scheme)
{
    return find(schemes, sizeof schemes / sizeof schemes[0], scheme);
}

const char *
tlsedu_signature_scheme_name_v(uint16_t scheme, int tls13)
{
    if (!tls13) {
        switch (scheme) {
        case 0x0403: return "ecdsa_sha256";
        case 0x0503: return "ecdsa_sha384";
        case 0x0603: return "ecdsa_sha512";
        default: break;
        }
    }
    return tlsedu_signature_scheme_name(scheme);
}

static size_t
ends_with(const char *s, const char *tail)
{
    size_t ls = strlen(s), lt = strlen(tail);
    return ls >= lt && strcmp(s + ls - lt, tail) == 0;
}

unsigned
tlsedu_suite_weakness(const char *n)
{
    unsigned weak = 0;

    if (n == NULL || *n == '\0')
        return 0;
    /* RFC 9150's integrity-only TLS 1.3 suites are NULL ciphers too */
    if (strstr(n, "_WITH_NULL_") != NULL || strcmp(n, "TLS_SHA256_SHA256") == 0 ||
        strcmp(n, "TLS_SHA384_SHA384") == 0)
        weak |= TLSEDU_WEAK_NULL;
    if (strcmp(n, "TLS_NULL_WITH_NULL_NULL") == 0)
        weak |= TLSEDU_WEAK_NULL | TLSEDU_WEAK_NO_MAC;
    if (strstr(n, "_anon_") != NULL)
        weak |= TLSEDU_WEAK_ANON;
    if (strstr(n, "_EXPORT") != NULL)
        weak |= TLSEDU_WEAK_EXPORT;
    if (strstr(n, "_RC4_") != NULL)
        weak |= TLSEDU_WEAK_RC4;
    if (strstr(n, "_DES_CBC_") != NULL)    /* DES40: the EXPORT rule */
        weak |= TLSEDU_WEAK_DES;
    if (strstr(n, "_IDEA_") != NULL)
        weak |= TLSEDU_WEAK_IDEA;
    if (strstr(n, "_3DES_") != NULL)
        weak |= TLSEDU_WEAK_3DES;
    if (ends_with(n, "_MD5") && strcmp(n, "TLS_NULL_WITH_NULL_NULL") != 0)
        weak |= TLSEDU_WEAK_MD5;
    return weak;
}
