/* cert.c - the server's leaf certificate, read with GnuTLS, and the checks a student is
 * taught: validity dates, self-signature, host name (RFC 6125 / RFC 9525).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
/* inet_pton (POSIX): an IP literal SNI compared with iPAddress entries */
#define _POSIX_C_SOURCE 200809L

#include "cert.h"

#include <arpa/inet.h>

#include <stdio.h>
#include <string.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "ascii.h"
#include "texts.h"

#define HOST_MAX 255   /* a DNS name is at most 255 bytes (RFC 1035 2.3.4) */
#define MAX_SAN 128    /* subjectAltName entries looked at */

bool
tlsedu_cert_name_matches(const char *p, size_t plen, const char *h, size_t hlen)
{
    if (p == NULL || h == NULL)
        return false;
    if (memchr(p, '\0', plen) != NULL || memchr(h, '\0', hlen) != NULL)
        return false;
    if (plen > 0 && p[plen - 1] == '.')
        plen--;
    if (hlen > 0 && h[hlen - 1] == '.')
        hlen--;
    if (plen == 0 || hlen == 0 || plen > HOST_MAX || hlen > HOST_MAX)
        return false;
    if (memchr(h, '*', hlen) != NULL)
        return false; /* a host name has no wildcard */
    if (plen >= 2 && p[0] == '*' && p[1] == '.') {
        const char *suffix = p + 1;           /* ".example.com" */
        size_t slen = plen - 1;
        const char *dot = memchr(h, '.', hlen);
        /* the wildcard stands for one whole non-empty label, and at least two labels
         * follow it (no "*.com") */
        if (memchr(suffix, '*', slen) != NULL || memchr(suffix + 1, '.', slen - 1) == NULL)
            return false;
        if (slen < 3 || suffix[1] == '.' || dot == NULL || dot == h)
            return false;
        return (size_t)(h + hlen - dot) == slen && tlsedu_ascii_equal_n_ci(dot, suffix, slen);
    }
    if (memchr(p, '*', plen) != NULL)
        return false; /* a partial or misplaced wildcard matches nothing (RFC 9525 6.3) */
    return plen == hlen && tlsedu_ascii_equal_n_ci(p, h, hlen);
}

/* Days since 1970-01-01 -> civil date (H. Hinnant's algorithm, proleptic Gregorian). */
static void
civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int64_t)yoe + era * 400 + (*m <= 2);
}

char *
tlsedu_cert_format_time(int64_t t, char *buf, size_t len)
{
    /* 9999-12-31 23:59:59 and -9999-01-01 00:00:00, in seconds since 1970 */
    const int64_t max = INT64_C(253402300799), min = INT64_C(-377705116800);
    int64_t days, secs, y;
    unsigned m, d;

    if (buf == NULL || len == 0)
        return buf;
    if (t > max || t < min) {
        snprintf(buf, len, "?");
        return buf;
    }
    days = t / 86400;
    secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        days--;
    }
    civil_from_days(days, &y, &m, &d);
    snprintf(buf, len, "%04lld-%02u-%02u %02u:%02u:%02u UTC", (long long)y, m, d,
             (unsigned)(secs / 3600), (unsigned)(secs / 60 % 60), (unsigned)(secs % 60));
    return buf;
}

/* A DN from GnuTLS (RFC 4514), escaped into dst; "" when GnuTLS cannot tell. */
static void
get_dn(gnutls_x509_crt_t crt, bool issuer, char *dst, size_t len)
{
    gnutls_datum_t dn = { NULL, 0 };
    int rc = issuer ? gnutls_x509_crt_get_issuer_dn3(crt, &dn, 0) : gnutls_x509_crt_get_dn3(crt, &dn, 0);

    dst[0] = '\0';
    if (rc >= 0 && dn.data != NULL)
        tlsedu_escape((const char *)dn.data, dn.size, dst, len);
    gnutls_free(dn.data);
}

/* Subject == issuer (by GnuTLS's DN comparison) and the signature verifies with the
 * certificate's own public key (whatever the algorithm's strength, dates and CA flag). */
static bool
self_signed(gnutls_x509_crt_t crt)
{
    const unsigned flags = GNUTLS_VERIFY_DO_NOT_ALLOW_SAME | GNUTLS_VERIFY_DISABLE_CA_SIGN |
                           GNUTLS_VERIFY_DISABLE_TIME_CHECKS | GNUTLS_VERIFY_DISABLE_TRUSTED_TIME_CHECKS |
                           GNUTLS_VERIFY_ALLOW_BROKEN /* MD2, MD5 */ | GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1 |
                           GNUTLS_VERIFY_ALLOW_X509_V1_CA_CRT;
    unsigned status = 0;

    if (gnutls_x509_crt_check_issuer(crt, crt) == 0)
        return false;
    if (gnutls_x509_crt_verify(crt, &crt, 1, flags, &status) < 0)
        return false;
    return status == 0;
}

/* A DNS name escaped (tlsedu_escape), its commas too (\x2c): ", " only separates names. */
static void
escape_name(const char *name, size_t name_len, char *dst, size_t len)
{
    size_t used = 0;

    dst[0] = '\0';
    for (size_t i = 0; i < name_len && name[i] != '\0' && used + 5 <= len; i++) {
        if (name[i] == ',')
            memcpy(dst + used, "\\x2c", 5);   /* with its terminator */
        else
            tlsedu_escape(name + i, 1, dst + used, len - used);
        used += strlen(dst + used);
    }
}

bool
tlsedu_cert_next_name(const tlsedu_cert_t *c, size_t *pos, char *buf, size_t len)
{
    const char *p, *end;
    size_t n;

    if (c == NULL || pos == NULL || buf == NULL || len == 0 || *pos >= sizeof c->dns_names)
        return false;
    buf[0] = '\0';
    p = c->dns_names + *pos;
    if (*p == '\0' || strcmp(p, "...") == 0)
        return false;
    end = strstr(p, ", ");
    n = end != NULL ? (size_t)(end - p) : strlen(p);
    *pos += n + (end != NULL ? 2 : 0);
    snprintf(buf, len, "%.*s", (int)n, p);
    return true;
}

/* Appends name to the list in c->dns_names, ", " between names; "..." once it is full. */
static void
add_dns_name(tlsedu_cert_t *c, const char *name, size_t name_len)
{
    char safe[4 * HOST_MAX + 1];   /* a byte is at most 4 once escaped */
    const size_t cap = sizeof c->dns_names;
    size_t used = strlen(c->dns_names);
    const char *sep = c->n_dns_names ? ", " : "";
    size_t need;

    c->n_dns_names++;
    if (used >= 3 && strcmp(c->dns_names + used - 3, "...") == 0)
        return; /* already cut */
    escape_name(name, name_len < HOST_MAX ? name_len : HOST_MAX, safe, sizeof safe);
    need = strlen(sep) + strlen(safe);
    if (used + need + strlen(", ...") >= cap) {
        /* no room for this name and a later cut mark: cut here */
        if (used + strlen(sep) + 3 < cap) {
            memcpy(c->dns_names + used, sep, strlen(sep));
            memcpy(c->dns_names + used + strlen(sep), "...", 4);
        }
        return;
    }
    memcpy(c->dns_names + used, sep, strlen(sep));
    memcpy(c->dns_names + used + strlen(sep), safe, strlen(safe) + 1);
}

/* RFC 5480 2.1.1.1: the NIST curves by the names students meet (FIPS 186-4 D.1.2). */
static const char *
nist_curve(gnutls_ecc_curve_t curve)
{
    switch (curve) {
    case GNUTLS_ECC_CURVE_SECP192R1: return "P-192";
    case GNUTLS_ECC_CURVE_SECP224R1: return "P-224";
    case GNUTLS_ECC_CURVE_SECP256R1: return "P-256";
    case GNUTLS_ECC_CURVE_SECP384R1: return "P-384";
    case GNUTLS_ECC_CURVE_SECP521R1: return "P-521";
    default: return gnutls_ecc_curve_get_name(curve);
    }
}

/* RFC 5280 4.1.2.7: the subject's public key, its algorithm and size ("" when unknown). */
static void
get_key(gnutls_x509_crt_t crt, char *dst, size_t len)
{
    unsigned bits = 0;
    const int pk = gnutls_x509_crt_get_pk_algorithm(crt, &bits);
    gnutls_ecc_curve_t curve = GNUTLS_ECC_CURVE_INVALID;
    gnutls_datum_t x = { NULL, 0 }, y = { NULL, 0 };
    const char *name;
    char oid[TLSEDU_CERT_ALG_LEN];
    size_t size = sizeof oid;

    dst[0] = '\0';
    switch (pk) {
    case GNUTLS_PK_RSA: snprintf(dst, len, "RSA %u bits", bits); return;
    case GNUTLS_PK_RSA_PSS: snprintf(dst, len, "RSA-PSS %u bits", bits); return;
    case GNUTLS_PK_DSA: snprintf(dst, len, "DSA %u bits", bits); return;
    case GNUTLS_PK_EDDSA_ED25519: snprintf(dst, len, "Ed25519"); return;
    case GNUTLS_PK_EDDSA_ED448: snprintf(dst, len, "Ed448"); return;
    case GNUTLS_PK_ECDSA:
        if (gnutls_x509_crt_get_pk_ecc_raw(crt, &curve, &x, &y) >= 0 && (name = nist_curve(curve)) != NULL)
            snprintf(dst, len, "EC %s", name);
        else
            snprintf(dst, len, "EC %u bits", bits);   /* a curve GnuTLS does not know */
        gnutls_free(x.data);
        gnutls_free(y.data);
        return;
    default:
        if (pk > 0 && (name = gnutls_pk_get_name((gnutls_pk_algorithm_t)pk)) != NULL)
            snprintf(dst, len, "%s %u bits", name, bits);
        else if (gnutls_x509_crt_get_pk_oid(crt, oid, &size) >= 0)
            tlsedu_escape(oid, size, dst, len);
        return;
    }
}

/* RFC 5280 4.1.1.2: the issuer's signature algorithm, by the name its RFC gives its OID
 * (RFC 3279 2.2, RFC 4055 5, RFC 5758 3, RFC 8410 3), as Wireshark and openssl show it. */
static const struct {
    const char *oid, *name;
} signature_names[] = {
    { "1.2.840.113549.1.1.2", "md2WithRSAEncryption" },
    { "1.2.840.113549.1.1.4", "md5WithRSAEncryption" },
    { "1.2.840.113549.1.1.5", "sha1WithRSAEncryption" },
    { "1.2.840.113549.1.1.14", "sha224WithRSAEncryption" },
    { "1.2.840.113549.1.1.11", "sha256WithRSAEncryption" },
    { "1.2.840.113549.1.1.12", "sha384WithRSAEncryption" },
    { "1.2.840.113549.1.1.13", "sha512WithRSAEncryption" },
    { "1.2.840.10045.4.1", "ecdsa-with-SHA1" },
    { "1.2.840.10045.4.3.1", "ecdsa-with-SHA224" },
    { "1.2.840.10045.4.3.2", "ecdsa-with-SHA256" },
    { "1.2.840.10045.4.3.3", "ecdsa-with-SHA384" },
    { "1.2.840.10045.4.3.4", "ecdsa-with-SHA512" },
    { "1.2.840.10040.4.3", "dsa-with-sha1" },
    { "2.16.840.1.101.3.4.3.2", "dsa-with-sha256" },
    { "1.3.101.112", "Ed25519" },
    { "1.3.101.113", "Ed448" },
};

/* The name of the signature algorithm: RFC's, else GnuTLS's (RSASSA-PSS: its hash is in
 * the parameters, "RSA-PSS-SHA256"), else the OID ("" when unknown). */
static void
get_signature_algorithm(gnutls_x509_crt_t crt, char *dst, size_t len)
{
    char oid[TLSEDU_CERT_ALG_LEN];
    size_t size = sizeof oid;
    int sign;
    const char *name = NULL;

    dst[0] = '\0';
    if (gnutls_x509_crt_get_signature_oid(crt, oid, &size) < 0)
        return;
    for (size_t i = 0; i < sizeof signature_names / sizeof signature_names[0] && name == NULL; i++)
        if (strcmp(oid, signature_names[i].oid) == 0)
            name = signature_names[i].name;
    if (name == NULL && (sign = gnutls_x509_crt_get_signature_algorithm(crt)) > 0)
        name = gnutls_sign_get_name((gnutls_sign_algorithm_t)sign);
    if (name == NULL)
        name = oid;
    tlsedu_escape(name, strlen(name), dst, len);
}

/* host as an IP address (4 or 16 bytes), or 0 when it is a name: a client whose reference
 * identity is an IP matches it against iPAddress entries (RFC 9525 6.2, RFC 5280 4.2.1.6). */
static size_t
host_ip(const char *host, size_t host_len, unsigned char ip[16])
{
    char text[HOST_MAX + 1];

    if (host == NULL || host_len == 0 || host_len > HOST_MAX)
        return 0;
    memcpy(text, host, host_len);
    text[host_len] = '\0';
    if (inet_pton(AF_INET, text, ip) == 1)
        return 4;
    return inet_pton(AF_INET6, text, ip) == 1 ? 16 : 0;
}

/* The subjectAltName DNS names: listed in c, and matched against host (when given); an IP
 * host is matched against the iPAddress entries instead. */
static bool
check_names(gnutls_x509_crt_t crt, tlsedu_cert_t *c, const char *host, size_t host_len)
{
    bool matched = false;
    unsigned char ip[16];
    const size_t ip_len = host_ip(host, host_len, ip);

    for (unsigned i = 0; i < MAX_SAN; i++) {
        char name[HOST_MAX + 1];
        size_t size = sizeof name;
        unsigned critical = 0;
        int type = gnutls_x509_crt_get_subject_alt_name(crt, i, name, &size, &critical);

        if (type == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
            break;
        if (type == GNUTLS_E_SHORT_MEMORY_BUFFER) {
            add_dns_name(c, "(too long)", 10);
            continue;
        }
        if (type < 0)
            break; /* an unreadable extension: stop there */
        if (type == GNUTLS_SAN_IPADDRESS && ip_len != 0 && size == ip_len && memcmp(name, ip, ip_len) == 0)
            matched = true;
        if (type != GNUTLS_SAN_DNSNAME)
            continue; /* IP addresses, e-mail ...: listed are the DNS names */
        if (size > HOST_MAX)
            size = HOST_MAX;
        add_dns_name(c, name, size);
        if (host != NULL && ip_len == 0 && tlsedu_cert_name_matches(name, size, host, host_len))
            matched = true;
    }
    return matched;
}

bool
tlsedu_cert_parse(const uint8_t *der, size_t der_len, int64_t capture_time,
                  const char *sni, size_t sni_max, tlsedu_cert_t *out)
{
    gnutls_x509_crt_t crt = NULL;
    gnutls_datum_t datum;
    time_t t;
    size_t host_len = 0;

    if (out == NULL)
        return false;
    memset(out, 0, sizeof *out);
    if (der == NULL || der_len == 0 || der_len > UINT32_MAX)
        return false;
    if (gnutls_x509_crt_init(&crt) < 0)
        return false;
    datum.data = (unsigned char *)der;   /* gnutls only reads it */
    datum.size = (unsigned)der_len;
    if (gnutls_x509_crt_import(crt, &datum, GNUTLS_X509_FMT_DER) < 0) {
        gnutls_x509_crt_deinit(crt);
        return false;
    }
    get_dn(crt, false, out->subject, sizeof out->subject);
    get_dn(crt, true, out->issuer, sizeof out->issuer);
    t = gnutls_x509_crt_get_activation_time(crt);
    out->not_before = (int64_t)t;
    out->dates_known = t != (time_t)-1;
    t = gnutls_x509_crt_get_expiration_time(crt);
    out->not_after = (int64_t)t;
    out->dates_known = out->dates_known && t != (time_t)-1;
    out->capture_time = capture_time;
    if (out->dates_known) {
        out->not_yet_valid = capture_time < out->not_before;
        out->expired = out->not_yet_valid || capture_time > out->not_after;
    }
    out->self_signed = self_signed(crt);
    get_key(crt, out->key, sizeof out->key);
    get_signature_algorithm(crt, out->signature_algorithm, sizeof out->signature_algorithm);

    if (sni != NULL) {
        const char *end = memchr(sni, '\0', sni_max);
        host_len = end ? (size_t)(end - sni) : sni_max;
    }
    out->name_checked = host_len > 0;
    if (out->name_checked)
        tlsedu_escape(sni, host_len, out->sni, sizeof out->sni);
    out->name_mismatch = !check_names(crt, out, out->name_checked ? sni : NULL, host_len) && out->name_checked;
    gnutls_x509_crt_deinit(crt);
    return true;
}

/* The end of the attribute starting at p: the next unescaped ',' or '+', or the end. */
static const char *
rdn_end(const char *p)
{
    for (; *p != '\0'; p++) {
        if (*p == '\\' && p[1] != '\0')
            p++;
        else if (*p == ',' || *p == '+')
            return p;
    }
    return p;
}

char *
tlsedu_dn_short(const char *dn, char *buf, size_t len)
{
    size_t used = 0;
    bool cn = false, o = false;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    if (dn == NULL)
        return buf;
    for (const char *p = dn; *p != '\0';) {
        const char *end = rdn_end(p);
        bool is_cn = strncmp(p, "CN=", 3) == 0 && !cn, is_o = strncmp(p, "O=", 2) == 0 && !o;
        if ((is_cn || is_o) && used + (size_t)(end - p) + 2 < len) {
            if (used > 0)
                buf[used++] = ',';
            memcpy(buf + used, p, (size_t)(end - p));
            used += (size_t)(end - p);
            buf[used] = '\0';
            cn = cn || is_cn;
            o = o || is_o;
        }
        p = *end != '\0' ? end + 1 : end;
    }
    if (used == 0)
        snprintf(buf, len, "%s", dn);
    return buf;
}
