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
    /* the IP address SAN is not a DNS name: an SNI of "127.0.0.1" does not match it */
    CHECK(tlsedu_cert_parse(der_server, sizeof der_server, CAPTURE_TIME, "127.0.0.1", 255, &c) && c.name_mismatch);
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
    /* a small buffer: cut, terminated */
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_EN, text, 12);
    CHECK(strlen(text) == 11);
    /* before its start date */
    CHECK(tlsedu_cert_parse(der_expired, sizeof der_expired, JAN_2020 - 60, NULL, 0, &c) && c.not_yet_valid);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_EN, text, sizeof text);
    CHECK(strstr(text, "not yet valid") != NULL);
    tlsedu_cert_expired_text(&c, TLSEDU_LANG_FR, text, sizeof text);
    CHECK(strstr(text, "pas encore valide") != NULL);
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
    CHECK(strstr(text, "« a.b.wild.tlsedu.test »") != NULL);
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
    return check_report("cert");
}
