/* Unit tests of the certificate module: host name matching (RFC 6125 / RFC 9525), dates,
 * the X.509 reading on real DER certificates (cert_fixtures.h, from captures/pki and
 * openssl), and hostile input (truncated, corrupted, garbage) that must fail cleanly.
 * Expected names and dates are openssl's (openssl x509 -nameopt RFC2253 -subject -issuer
 * -dates on the captures/pki certificates).
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "core/cert.h"

#include "cert_fixtures.h"
#include "check.h"

/* 2026-11-22 17:23:30 UTC: when tls-expired-cert.pcap shows the certificate (frame 6) */
#define CAPTURE_TIME INT64_C(1795368210)
#define JAN_2020 INT64_C(1577836800)
#define JAN_2021 INT64_C(1609459200)
#define JAN_2026 INT64_C(1767225600)
#define JAN_2036 INT64_C(2082758400)

static bool
m(const char *pattern, const char *host)
{
    return tlsedu_cert_name_matches(pattern, strlen(pattern), host, strlen(host));
}

static void
test_name_matching(void)
{
    CHECK(m("example.com", "example.com"));
    CHECK(m("Example.COM", "eXample.com"));          /* case-insensitive */
    CHECK(m("example.com.", "example.com"));         /* one trailing dot ignored */
    CHECK(m("example.com", "example.com."));
    CHECK(!m("example.com", "www.example.com"));
    CHECK(!m("www.example.com", "example.com"));
    CHECK(!m("example.co", "example.com"));
    CHECK(!m("example.com", "example.co"));
    CHECK(!m("", "example.com"));
    CHECK(!m("example.com", ""));
    CHECK(!m(".", "."));
    /* the wildcard: the whole left-most label, exactly one label */
    CHECK(m("*.example.com", "a.example.com"));
    CHECK(m("*.example.com", "WWW.Example.Com"));
    CHECK(m("*.EXAMPLE.com", "xn--caf-dma.example.com"));
    CHECK(!m("*.example.com", "example.com"));
    CHECK(!m("*.example.com", "a.b.example.com"));
    CHECK(!m("*.example.com", ".example.com"));
    CHECK(!m("*.example.com", "a.example.org"));
    CHECK(!m("*.example.com", "aexample.com"));
    CHECK(!m("*.com", "example.com"));               /* at least two labels after it */
    CHECK(!m("*", "example"));
    CHECK(!m("*.", "example."));
    CHECK(!m("*..com", "a..com"));
    /* wildcards anywhere else match nothing (RFC 9525 6.3) */
    CHECK(!m("f*.example.com", "foo.example.com"));
    CHECK(!m("*oo.example.com", "foo.example.com"));
    CHECK(!m("a.*.example.com", "a.b.example.com"));
    CHECK(!m("*.*.example.com", "a.b.example.com"));
    CHECK(!m("example.*", "example.com"));
    CHECK(!m("*.example.com", "*.example.com"));     /* a host has no wildcard */
    CHECK(!m("a.example.com", "*.example.com"));
    /* embedded NUL (the classic "www.bank.com\0.evil.com") */
    CHECK(!tlsedu_cert_name_matches("www.bank.com\0.evil.com", 22, "www.bank.com", 12));
    CHECK(!tlsedu_cert_name_matches("www.bank.com", 12, "www.bank.com\0x", 14));
    /* lengths are bytes: no terminator needed within them */
    CHECK(tlsedu_cert_name_matches("example.comXXX", 11, "example.com", 11));
    CHECK(!tlsedu_cert_name_matches(NULL, 0, "a", 1));
    CHECK(!tlsedu_cert_name_matches("a", 1, NULL, 0));
    /* longer than a DNS name can be */
    {
        char longname[400];
        memset(longname, 'a', sizeof longname);
        longname[sizeof longname - 1] = '\0';
        CHECK(!m(longname, longname));
    }
}

static void
test_format_time(void)
{
    char buf[40];

    CHECK_STR(tlsedu_cert_format_time(0, buf, sizeof buf), "1970-01-01 00:00:00 UTC");
    CHECK_STR(tlsedu_cert_format_time(JAN_2021, buf, sizeof buf), "2021-01-01 00:00:00 UTC");
    CHECK_STR(tlsedu_cert_format_time(CAPTURE_TIME, buf, sizeof buf), "2026-11-22 17:23:30 UTC");
    CHECK_STR(tlsedu_cert_format_time(INT64_C(951782400), buf, sizeof buf), "2000-02-29 00:00:00 UTC");
    CHECK_STR(tlsedu_cert_format_time(-1, buf, sizeof buf), "1969-12-31 23:59:59 UTC");
    CHECK_STR(tlsedu_cert_format_time(INT64_C(253402300799), buf, sizeof buf), "9999-12-31 23:59:59 UTC");
    CHECK_STR(tlsedu_cert_format_time(INT64_C(253402300800), buf, sizeof buf), "?");
    CHECK_STR(tlsedu_cert_format_time(INT64_MIN, buf, sizeof buf), "?");
    CHECK_STR(tlsedu_cert_format_time(0, buf, 5), "1970");          /* cut, terminated */
    CHECK(tlsedu_cert_format_time(0, NULL, 0) == NULL);
}

static void
test_server_certificate(void)
{
    tlsedu_cert_t c;

    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "localhost", 255, &c));
    CHECK_STR(c.subject, "O=tlsedu TEST-ONLY,CN=localhost");
    CHECK_STR(c.issuer, "CN=tlsedu TEST-ONLY Root CA,O=tlsedu TEST-ONLY");
    CHECK(c.dates_known && c.not_before == JAN_2026 && c.not_after == JAN_2036);
    CHECK(!c.self_signed && !c.expired && !c.not_yet_valid);
    CHECK(c.name_checked && !c.name_mismatch);
    CHECK(c.n_dns_names == 3);
    CHECK_STR(c.dns_names, "localhost, mail.tlsedu.test, www.tlsedu.test");
    CHECK_STR(c.sni, "localhost");

    /* every DNS name of the certificate matches, case-insensitively; others do not */
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "WWW.tlsedu.TEST", 255, &c) && !c.name_mismatch);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "wrong.example", 255, &c) && c.name_mismatch);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "tlsedu.test", 255, &c) && c.name_mismatch);
    /* an IP reference identity is matched against the iPAddress entries, never the DNS names
     * (RFC 9525 6.2): the certificate's IP:127.0.0.1 matches, another address does not */
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "127.0.0.1", 255, &c) && !c.name_mismatch);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "127.0.0.2", 255, &c) && c.name_mismatch);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "::1", 255, &c) && c.name_mismatch);
    /* no SNI (NULL or empty): no check */
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, NULL, 255, &c));
    CHECK(!c.name_checked && !c.name_mismatch && c.sni[0] == '\0');
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "", 255, &c) && !c.name_checked);
    /* sni_max bounds the read: "localhostXYZ" cut at 9 is "localhost" */
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "localhostXYZ", 9, &c) && !c.name_mismatch);

    /* validity: the bounds themselves are inside */
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, JAN_2026, NULL, 0, &c) && !c.expired);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, JAN_2036, NULL, 0, &c) && !c.expired);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, JAN_2036 + 1, NULL, 0, &c) && c.expired && !c.not_yet_valid);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, JAN_2026 - 1, NULL, 0, &c) && c.expired && c.not_yet_valid);
}

static void
test_expired(void)
{
    tlsedu_cert_t c;
    char text[TLSEDU_CERT_TEXT_LEN];

    CHECK(tlsedu_cert_parse(der_expired, sizeof der_expired, CAPTURE_TIME, "localhost", 255, &c));
    CHECK(c.not_before == JAN_2020 && c.not_after == JAN_2021);
    CHECK(c.expired && !c.not_yet_valid && !c.self_signed && !c.name_mismatch);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_EN, text, sizeof text);
    CHECK(strstr(text, "Certificate expired") != NULL);
    CHECK(strstr(text, "2020-01-01 00:00:00 UTC") != NULL);
    CHECK(strstr(text, "2021-01-01 00:00:00 UTC") != NULL);
    CHECK(strstr(text, "2026-11-22 17:23:30 UTC") != NULL);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_FR, text, sizeof text);
    CHECK(strstr(text, "Certificat expiré") != NULL && strstr(text, "2021-01-01") != NULL);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_RU, text, sizeof text);
    CHECK(strstr(text, "Сертификат истек") != NULL && strstr(text, "2021-01-01") != NULL && strlen(text) <= 239);
    /* a small buffer: cut, terminated */
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_EN, text, 12);
    CHECK(strlen(text) == 11);
    /* before its start date */
    CHECK(tlsedu_cert_parse(der_expired, sizeof der_expired, JAN_2020 - 60, NULL, 0, &c) && c.not_yet_valid);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_EN, text, sizeof text);
    CHECK(strstr(text, "not yet valid") != NULL);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_FR, text, sizeof text);
    CHECK(strstr(text, "pas encore valide") != NULL);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_RU, text, sizeof text);
    CHECK(strstr(text, "еще не действует") != NULL && strstr(text, "2020-01-01") != NULL && strlen(text) <= 239);
}

static void
test_self_signed(void)
{
    tlsedu_cert_t c;

    CHECK(tlsedu_cert_parse(der_selfsigned, sizeof der_selfsigned, CAPTURE_TIME, "localhost", 255, &c));
    CHECK(c.self_signed);
    CHECK_STR(c.subject, "CN=localhost,O=tlsedu TEST-ONLY");
    CHECK_STR(c.subject, c.issuer);
    CHECK(!c.name_mismatch && c.n_dns_names == 1);
    CHECK(tlsedu_cert_parse(der_ca, sizeof der_ca, CAPTURE_TIME, NULL, 0, &c) && c.self_signed);
    CHECK_STR(c.subject, "CN=tlsedu TEST-ONLY Root CA,O=tlsedu TEST-ONLY");
    /* SHA-1 signed: still self-signed (the question is who signed, not how well) */
    CHECK(tlsedu_cert_parse(der_sha1, sizeof der_sha1, CAPTURE_TIME, NULL, 0, &c) && c.self_signed);
    CHECK_STR(c.subject, "CN=sha1.tlsedu.test");
    /* subject == issuer but signed by another key: self-issued, not self-signed */
    CHECK(tlsedu_cert_parse(der_twin, sizeof der_twin, CAPTURE_TIME, NULL, 0, &c));
    CHECK_STR(c.subject, c.issuer);
    CHECK(!c.self_signed);
}

static void
test_no_dns_names(void)
{
    tlsedu_cert_t c;
    char text[TLSEDU_CERT_TEXT_LEN];

    /* the CA certificate has no subjectAltName: an SNI matches nothing (no CN fallback,
     * RFC 9525 6.3) */
    CHECK(tlsedu_cert_parse(der_ca, sizeof der_ca, CAPTURE_TIME, "tlsedu TEST-ONLY Root CA", 255, &c));
    CHECK(c.name_mismatch && c.n_dns_names == 0);
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_EN, text, sizeof text);
    CHECK(strstr(text, "lists no DNS name") != NULL);
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_FR, text, sizeof text);
    CHECK(strstr(text, "aucun nom DNS") != NULL);
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_RU, text, sizeof text);
    CHECK(strstr(text, "нет имен DNS") != NULL && strlen(text) <= 239);
}

static void
test_wildcard_certificate(void)
{
    tlsedu_cert_t c;
    char text[TLSEDU_CERT_TEXT_LEN];

    CHECK(tlsedu_cert_parse(der_wild, sizeof der_wild, CAPTURE_TIME, "a.wild.tlsedu.test", 255, &c) && !c.name_mismatch);
    CHECK_STR(c.dns_names, "*.wild.tlsedu.test, www.Example.TEST");
    CHECK(tlsedu_cert_parse(der_wild, sizeof der_wild, CAPTURE_TIME, "www.example.test", 255, &c) && !c.name_mismatch);
    CHECK(tlsedu_cert_parse(der_wild, sizeof der_wild, CAPTURE_TIME, "wild.tlsedu.test", 255, &c) && c.name_mismatch);
    CHECK(tlsedu_cert_parse(der_wild, sizeof der_wild, CAPTURE_TIME, "a.b.wild.tlsedu.test", 255, &c) && c.name_mismatch);
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_EN, text, sizeof text);
    CHECK(strstr(text, "\"a.b.wild.tlsedu.test\"") != NULL);
    CHECK(strstr(text, "*.wild.tlsedu.test, www.Example.TEST") != NULL);
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_FR, text, sizeof text);
    CHECK(strstr(text, "\xc2\xab\xc2\xa0" "a.b.wild.tlsedu.test\xc2\xa0\xc2\xbb") != NULL);
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_RU, text, sizeof text);
    CHECK(strstr(text, "«a.b.wild.tlsedu.test»") != NULL && strstr(text, "*.wild.tlsedu.test, www.Example.TEST") != NULL);
}

static void
test_escaping(void)
{
    tlsedu_cert_t c;
    char text[TLSEDU_CERT_TEXT_LEN];
    char sni[600];

    /* RFC 4514 escapes from GnuTLS, then tlsedu's: the backslash and non-ASCII as \xNN */
    CHECK(tlsedu_cert_parse(der_odd, sizeof der_odd, CAPTURE_TIME, NULL, 0, &c));
    CHECK_STR(c.subject, "CN=a\\x5c+b\\x5c<c\\x5c>.tlsedu.test,O=Caf\\xc3\\xa9\\x5c, Inc.");
    /* an SNI with control characters: escaped in the text, and not a match */
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "local\nhost\x1b[0m", 255, &c));
    CHECK(c.name_mismatch);
    CHECK_STR(c.sni, "local\\x0ahost\\x1b[0m");
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_EN, text, sizeof text);
    CHECK(strchr(text, '\n') == NULL && strchr(text, '\x1b') == NULL);
    /* a huge, unterminated SNI: bounded by sni_max and by the field */
    memset(sni, 'x', sizeof sni);
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, sni, sizeof sni, &c));
    CHECK(c.name_mismatch && strlen(c.sni) < TLSEDU_CERT_SNI_LEN);
    tlsedu_cert_mismatch_text(&c, TLSEDU_LANG_FR, text, sizeof text);
    CHECK(strlen(text) < sizeof text);
}

/* Hostile DER: every truncation, byte corruption and garbage fails or parses, cleanly;
 * a failure leaves *out zeroed. (Leaks show under the sanitizer build / valgrind.) */
static void
test_hostile(void)
{
    tlsedu_cert_t c;
    unsigned char buf[sizeof der_server + 16];
    unsigned seed = 12345;
    size_t failures = 0;

    CHECK(!tlsedu_cert_parse(NULL, 10, CAPTURE_TIME, "localhost", 255, &c));
    CHECK(!tlsedu_cert_parse(der_server, 0, CAPTURE_TIME, "localhost", 255, &c));
    CHECK(!tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "localhost", 255, NULL));
    for (size_t n = 1; n < sizeof der_server; n++) {
        memcpy(buf, der_server, n);
        if (!tlsedu_cert_parse(buf, n, CAPTURE_TIME, "localhost", 255, &c)) {
            failures++;
            CHECK(c.subject[0] == '\0' && c.issuer[0] == '\0' && !c.self_signed && !c.expired);
        }
    }
    CHECK(failures == sizeof der_server - 1);   /* no truncation is a certificate */
    /* trailing bytes after the certificate */
    memcpy(buf, der_server, sizeof der_server);
    memset(buf + sizeof der_server, 0x41, 16);
    (void)tlsedu_cert_parse(buf, sizeof buf, CAPTURE_TIME, "localhost", 255, &c);
    /* a length that claims more than there is */
    memcpy(buf, der_server, sizeof der_server);
    buf[2] = 0xff;
    buf[3] = 0xff;
    CHECK(!tlsedu_cert_parse(buf, sizeof der_server, CAPTURE_TIME, "localhost", 255, &c));
    /* random corruption: whatever GnuTLS says, the result is consistent and bounded */
    for (int round = 0; round < 3000; round++) {
        memcpy(buf, der_server, sizeof der_server);
        for (int k = 0; k < 1 + round % 4; k++) {
            seed = seed * 1103515245u + 12345u;
            buf[(seed >> 8) % sizeof der_server] ^= (unsigned char)(1u << ((seed >> 4) & 7));
        }
        if (tlsedu_cert_parse(buf, sizeof der_server, CAPTURE_TIME, "localhost", 255, &c)) {
            CHECK(strlen(c.subject) < sizeof c.subject && strlen(c.issuer) < sizeof c.issuer);
            CHECK(strlen(c.dns_names) < sizeof c.dns_names);
        }
    }
    /* garbage */
    for (int round = 0; round < 500; round++) {
        for (size_t i = 0; i < sizeof buf; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (unsigned char)(seed >> 16);
        }
        buf[0] = 0x30;
        CHECK(!tlsedu_cert_parse(buf, 1 + (size_t)round % sizeof buf, CAPTURE_TIME, "x", 1, &c));
    }
}

/* Labels and sentences show a long name by its CN and O. */
static void
test_dn_short(void)
{
    char buf[256];

    CHECK_STR(tlsedu_dn_short("CN=mozilla.org,O=Mozilla Corporation,L=Mountain View,ST=California,C=US", buf, sizeof buf),
              "CN=mozilla.org,O=Mozilla Corporation");
    CHECK_STR(tlsedu_dn_short("C=US,O=Let's Encrypt,CN=R3", buf, sizeof buf), "O=Let's Encrypt,CN=R3");
    CHECK_STR(tlsedu_dn_short("CN=a\\,b,OU=x,O=y+CN=z", buf, sizeof buf), "CN=a\\,b,O=y");
    CHECK_STR(tlsedu_dn_short("OU=only", buf, sizeof buf), "OU=only");
    CHECK_STR(tlsedu_dn_short("CN=abcdef,O=g", buf, 8), "O=g");   /* what fits of the two */
    CHECK_STR(tlsedu_dn_short(NULL, buf, sizeof buf), "");
}

/* A throw-away certificate made here with GnuTLS: a key of kind pk (bits: its size or
 * curve), self-signed with digest, with n DNS names names[i] (or "nNN.tlsedu.test" when
 * names is NULL). Its DER into *der (gnutls_free it); FALSE when GnuTLS cannot. */
static bool
make_cert(gnutls_pk_algorithm_t pk, unsigned bits, gnutls_digest_algorithm_t digest,
          const char *const *names, unsigned n, gnutls_datum_t *der)
{
    gnutls_x509_privkey_t key = NULL;
    gnutls_x509_crt_t crt = NULL;
    const unsigned char serial[] = { 1 };
    bool ok = gnutls_x509_privkey_init(&key) >= 0 && gnutls_x509_privkey_generate(key, pk, bits, 0) >= 0 &&
              gnutls_x509_crt_init(&crt) >= 0 && gnutls_x509_crt_set_version(crt, 3) >= 0 &&
              gnutls_x509_crt_set_serial(crt, serial, sizeof serial) >= 0 &&
              gnutls_x509_crt_set_activation_time(crt, (time_t)JAN_2026) >= 0 &&
              gnutls_x509_crt_set_expiration_time(crt, (time_t)JAN_2036) >= 0 &&
              gnutls_x509_crt_set_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 0, "made.tlsedu.test", 16) >= 0 &&
              gnutls_x509_crt_set_key(crt, key) >= 0;

    for (unsigned i = 0; ok && i < n; i++) {
        char name[32];
        snprintf(name, sizeof name, "n%03u.tlsedu.test", i);
        const char *nm = names != NULL ? names[i] : name;
        ok = gnutls_x509_crt_set_subject_alt_name(crt, GNUTLS_SAN_DNSNAME, nm, (unsigned)strlen(nm),
                                                  GNUTLS_FSAN_APPEND) >= 0;
    }
    ok = ok && gnutls_x509_crt_sign2(crt, crt, key, digest, 0) >= 0 &&
         gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_DER, der) >= 0;
    gnutls_x509_crt_deinit(crt);
    gnutls_x509_privkey_deinit(key);
    return ok;
}

/* RFC 5280 4.1.2.7 and 4.1.1.2: the leaf's public key and the issuer's signature algorithm,
 * as openssl x509 -text names them for the fixtures (captures/pki, openssl's). */
static void
test_key_and_signature(void)
{
    tlsedu_cert_t c;

    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, NULL, 0, &c));
    CHECK_STR(c.key, "RSA 2048 bits");
    CHECK_STR(c.signature_algorithm, "sha256WithRSAEncryption");
    CHECK(tlsedu_cert_parse(der_selfsigned, sizeof der_selfsigned, CAPTURE_TIME, NULL, 0, &c));
    CHECK_STR(c.key, "RSA 2048 bits");
    CHECK_STR(c.signature_algorithm, "sha256WithRSAEncryption");
    CHECK(tlsedu_cert_parse(der_wild, sizeof der_wild, CAPTURE_TIME, NULL, 0, &c));
    CHECK_STR(c.key, "EC P-256");
    CHECK_STR(c.signature_algorithm, "ecdsa-with-SHA256");
    CHECK(tlsedu_cert_parse(der_sha1, sizeof der_sha1, CAPTURE_TIME, NULL, 0, &c));
    CHECK_STR(c.key, "EC P-256");
    CHECK_STR(c.signature_algorithm, "ecdsa-with-SHA1");
}

/* The same on keys the fixtures lack, made with GnuTLS. */
static void
test_generated_keys(void)
{
    static const struct {
        gnutls_pk_algorithm_t pk;
        unsigned bits;
        gnutls_digest_algorithm_t digest;
        const char *key, *signature;
    } cases[] = {
        { GNUTLS_PK_EDDSA_ED25519, 0, GNUTLS_DIG_UNKNOWN, "Ed25519", "Ed25519" },
        { GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP384R1), GNUTLS_DIG_SHA384, "EC P-384",
          "ecdsa-with-SHA384" },
        { GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP521R1), GNUTLS_DIG_SHA512, "EC P-521",
          "ecdsa-with-SHA512" },
        { GNUTLS_PK_RSA, 1024, GNUTLS_DIG_SHA384, "RSA 1024 bits", "sha384WithRSAEncryption" },
        { GNUTLS_PK_RSA_PSS, 2048, GNUTLS_DIG_SHA256, "RSA-PSS 2048 bits", "RSA-PSS-SHA256" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        gnutls_datum_t der = { NULL, 0 };
        tlsedu_cert_t c;
        CHECK(make_cert(cases[i].pk, cases[i].bits, cases[i].digest, NULL, 1, &der));
        CHECK(tlsedu_cert_parse(der.data, der.size, CAPTURE_TIME, "n000.tlsedu.test", 255, &c));
        CHECK_STR(c.key, cases[i].key);
        CHECK_STR(c.signature_algorithm, cases[i].signature);
        CHECK(c.self_signed && !c.name_mismatch && c.n_dns_names == 1);
        gnutls_free(der.data);
    }
}

/* RFC 5280 4.2.1.6: one name at a time, a comma inside a name escaped, a long list cut. */
static void
test_dns_name_list(void)
{
    static const char *const odd[] = { "a,b.tlsedu.test", "www.tlsedu.test" };
    gnutls_datum_t der = { NULL, 0 };
    tlsedu_cert_t c;
    char name[64];
    size_t pos = 0;
    unsigned n = 0;

    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, NULL, 0, &c));
    CHECK(tlsedu_cert_next_name(&c, &pos, name, sizeof name) && strcmp(name, "localhost") == 0);
    CHECK(tlsedu_cert_next_name(&c, &pos, name, sizeof name) && strcmp(name, "mail.tlsedu.test") == 0);
    CHECK(tlsedu_cert_next_name(&c, &pos, name, 4) && strcmp(name, "www") == 0);   /* cut to fit */
    CHECK(!tlsedu_cert_next_name(&c, &pos, name, sizeof name) && name[0] == '\0');
    CHECK(tlsedu_cert_parse(der_selfsigned, sizeof der_selfsigned, CAPTURE_TIME, NULL, 0, &c));
    pos = 0;
    CHECK(!tlsedu_cert_next_name(NULL, &pos, name, sizeof name));
    if (make_cert(GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1), GNUTLS_DIG_SHA256, odd, 2, &der)) {
        CHECK(tlsedu_cert_parse(der.data, der.size, CAPTURE_TIME, "www.tlsedu.test", 255, &c) && !c.name_mismatch);
        CHECK_STR(c.dns_names, "a\\x2cb.tlsedu.test, www.tlsedu.test");
        gnutls_free(der.data);
    } else {
        CHECK(!"GnuTLS made no certificate with a comma in a DNS name");
    }
    /* 200 names: the first 128 subjectAltName entries are read, every one an item */
    CHECK(make_cert(GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1), GNUTLS_DIG_SHA256, NULL, 200, &der));
    CHECK(tlsedu_cert_parse(der.data, der.size, CAPTURE_TIME, "n127.tlsedu.test", 255, &c) && !c.name_mismatch);
    CHECK(c.n_dns_names == 128);
    for (pos = 0; tlsedu_cert_next_name(&c, &pos, name, sizeof name); n++) {
        char want[32];
        snprintf(want, sizeof want, "n%03u.tlsedu.test", n);
        CHECK_STR(name, want);
    }
    CHECK(n == 128);
    gnutls_free(der.data);
}

int
main(void)
{
    test_dn_short();
    test_name_matching();
    test_format_time();
    test_server_certificate();
    test_expired();
    test_self_signed();
    test_no_dns_names();
    test_wildcard_certificate();
    test_escaping();
    test_hostile();
    test_key_and_signature();
    test_generated_keys();
    test_dns_name_list();
    return check_report("cert");
}
