/* Unit tests of the content signatures, on small byte arrays.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "core/signatures.h"

#include <stdlib.h>

#include "core/content.h"
#include "check.h"

static void
test_snmp(void)
{
    /* SNMPv2c get-request sysDescr.0, community "public" (as snmpget sends it). */
    static const uint8_t v2c[] = {
        0x30, 0x29, 0x02, 0x01, 0x01, 0x04, 0x06, 'p', 'u', 'b', 'l', 'i', 'c',
        0xa0, 0x1c, 0x02, 0x04, 0x12, 0x34, 0x56, 0x78, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00,
        0x30, 0x0e, 0x30, 0x0c, 0x06, 0x08, 0x2b, 0x06, 0x01, 0x02, 0x01, 0x01, 0x01, 0x00,
        0x05, 0x00 };
    uint8_t v3[140] = { 0x30, 0x81, 0x89, 0x02, 0x01, 0x03 };   /* long-form length, v3 */
    static const uint8_t v1[] = { 0x30, 0x03, 0x02, 0x01, 0x00 };
    static const uint8_t dns[] = { 0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00 };
    uint32_t v = 99;

    CHECK(sizeof v2c == 0x29 + 2);
    CHECK(tlsedu_sig_snmp_version(v2c, sizeof v2c, &v) && v == 1);
    CHECK(tlsedu_sig_snmp_version(v3, 3 + 0x89, &v) && v == 3);
    CHECK(tlsedu_sig_snmp_version(v1, sizeof v1, &v) && v == 0);
    /* The SEQUENCE must end exactly where the payload ends. */
    CHECK(!tlsedu_sig_snmp_version(v2c, sizeof v2c - 1, &v));
    CHECK(!tlsedu_sig_snmp_version(v3, 3 + 0x89 + 1, &v));
    /* Not SNMP, too short, no buffer, a version out of range, an indefinite length. */
    CHECK(!tlsedu_sig_snmp_version(dns, sizeof dns, &v));
    CHECK(!tlsedu_sig_snmp_version(v1, 4, &v));
    CHECK(!tlsedu_sig_snmp_version(NULL, 10, &v));
    static const uint8_t v9[] = { 0x30, 0x03, 0x02, 0x01, 0x09 };
    CHECK(!tlsedu_sig_snmp_version(v9, sizeof v9, &v));
    static const uint8_t indef[] = { 0x30, 0x80, 0x02, 0x01, 0x01, 0x00, 0x00 };
    CHECK(!tlsedu_sig_snmp_version(indef, sizeof indef, &v));
    static const uint8_t longlen[] = { 0x30, 0x84, 0x00, 0x00, 0x00, 0x03, 0x02, 0x01, 0x01 };
    CHECK(!tlsedu_sig_snmp_version(longlen, sizeof longlen, &v));
    static const uint8_t cut[] = { 0x30, 0x82, 0x01 };
    CHECK(!tlsedu_sig_snmp_version(cut, sizeof cut, &v));
    CHECK(v == 0); /* untouched by the failed matches since the v1 match */
}


/* Every prefix of a buffer, and every single-byte corruption of it, is looked at without
 * reading past its end (ASan checks that) and gives an answer in range. */
static void
hostile(const uint8_t *p, size_t len, tlsedu_side_t side)
{
    uint8_t buf[600];
    for (size_t n = 0; n <= len && n <= sizeof buf; n++) {
        uint8_t *copy = malloc(n ? n : 1);   /* exact size: ASan sees any over-read */
        memcpy(copy, p, n);
        tlsedu_content_t c = tlsedu_sig_tcp_first(copy, n, side);
        CHECK((unsigned)c < TLSEDU_CONTENT_COUNT);
        free(copy);
    }
    for (size_t i = 0; i < len && i < sizeof buf; i++) {
        memcpy(buf, p, len < sizeof buf ? len : sizeof buf);
        buf[i] ^= 0xff;
        CHECK((unsigned)tlsedu_sig_tcp_first(buf, len < sizeof buf ? len : sizeof buf, side) < TLSEDU_CONTENT_COUNT);
    }
}

static void
test_tls(void)
{
    /* TLS 1.2 record header + ClientHello type, as openssl s_client sends it */
    static const uint8_t ch[] = { 0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03 };
    static const uint8_t sh[] = { 0x16, 0x03, 0x03, 0x00, 0x7a, 0x02, 0x00, 0x00, 0x76, 0x03, 0x03 };
    static const uint8_t alert[] = { 0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28 };
    static const uint8_t ssl2[] = { 0x80, 0x2e, 0x01, 0x00, 0x02, 0x00, 0x15, 0x00, 0x00 };
    static const uint8_t appdata[] = { 0x17, 0x03, 0x03, 0x00, 0x20, 0x00 };
    static const uint8_t huge[] = { 0x16, 0x03, 0x01, 0x48, 0x01, 0x01 };
    static const uint8_t v35[] = { 0x16, 0x03, 0x05, 0x00, 0x10, 0x01 };

    CHECK(tlsedu_sig_tls(ch, sizeof ch, TLSEDU_SIDE_CLIENT));
    CHECK(!tlsedu_sig_tls(ch, sizeof ch, TLSEDU_SIDE_SERVER));      /* a ClientHello from the server */
    CHECK(tlsedu_sig_tls(sh, sizeof sh, TLSEDU_SIDE_SERVER));
    CHECK(!tlsedu_sig_tls(sh, sizeof sh, TLSEDU_SIDE_CLIENT));
    CHECK(tlsedu_sig_tls(alert, sizeof alert, TLSEDU_SIDE_SERVER));
    CHECK(!tlsedu_sig_tls(alert, sizeof alert, TLSEDU_SIDE_CLIENT));
    CHECK(tlsedu_sig_tls(ssl2, sizeof ssl2, TLSEDU_SIDE_CLIENT));
    CHECK(!tlsedu_sig_tls(ssl2, sizeof ssl2, TLSEDU_SIDE_SERVER));
    CHECK(!tlsedu_sig_tls(appdata, sizeof appdata, TLSEDU_SIDE_CLIENT)); /* not an opening record */
    CHECK(!tlsedu_sig_tls(huge, sizeof huge, TLSEDU_SIDE_CLIENT));       /* longer than 2^14 + 2048 */
    CHECK(!tlsedu_sig_tls(v35, sizeof v35, TLSEDU_SIDE_CLIENT));
    CHECK(tlsedu_sig_tls(ch, 5, TLSEDU_SIDE_SERVER));                    /* header only: no type yet */
    CHECK(!tlsedu_sig_tls(ch, 4, TLSEDU_SIDE_CLIENT));
    CHECK(!tlsedu_sig_tls(NULL, 10, TLSEDU_SIDE_CLIENT));
    CHECK(tlsedu_sig_tcp_first(ch, sizeof ch, TLSEDU_SIDE_CLIENT) == TLSEDU_CONTENT_TLS);
    hostile(ch, sizeof ch, TLSEDU_SIDE_CLIENT);
    hostile(ssl2, sizeof ssl2, TLSEDU_SIDE_CLIENT);
}

static void
test_text(void)
{
    struct { const char *bytes; tlsedu_side_t side; tlsedu_content_t want; } cases[] = {
        { "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_SSH },
        { "SSH-2.0-OpenSSH_9.2p1\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_SSH },
        { "SSH-1.99-Cisco-1.25\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_SSH },
        { "SSH-2.0-", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NONE },              /* cut short */
        { "SSH-x.0-a\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NONE },
        { "GET / HTTP/1.1\r\nHost: a\r\n\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_HTTP },
        { "POST /login HTTP/1.0\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_HTTP },
        { "GET / HTTP/2.0\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },
        { "GET  / HTTP/1.1\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },
        { "OPTIONS sip:bob@example.com SIP/2.0\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },
        { "HTTP/1.1 301 Moved Permanently\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_HTTP },
        { "HTTP/1.1 200 OK\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },     /* a status line from the client */
        { "SIP/2.0 200 OK\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NONE },
        { "220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_SMTP },
        { "220 (vsFTPd 3.0.3)\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_FTP },
        { "220 ProFTPD Server ready.\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_FTP },
        { "220-Welcome\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_SMTP_OR_FTP },
        { "220 SMTP and FTP gateway\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_SMTP_OR_FTP },
        { "2200 no\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NONE },
        { "* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot (Debian) ready.\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_IMAP },
        { "* PREAUTH ready\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_IMAP },
        { "+OK Dovecot (Debian) ready.\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_POP3 },
        { "+OK\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_POP3 },
        { "+OKAY\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NONE },
        { "200 news.example.com InterNetNews NNRP server INN 2.7.1 ready (posting ok)\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NNTP },
        { "200 ready\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_MORE },
        { "EHLO client.example\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_SMTP },
        { "helo x\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_SMTP },
        { "EHLOX\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },
        { "AUTH TLS\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_FTP },
        { "AUTH PLAIN AGFsaWNl\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },
        { "FEAT\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_FTP },
        { "CAPA\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_POP3 },
        { "a001 CAPABILITY\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_IMAP },
        { "A1 login bob secret\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_IMAP },
        { "a001 CAPABILITYX\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },
        { "* CAPABILITY\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },
        { "MODE READER\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NNTP },
        { "USER bob\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_MORE },
        { "EHLO x", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },                   /* no line end yet */
        { "EHLO x\rY\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },            /* bare CR */
        { "EHLO \x01x\r\n", TLSEDU_SIDE_CLIENT, TLSEDU_CONTENT_NONE },           /* control byte */
        { "220 \xc3\xa9 ESMTP\r\n", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NONE },   /* not ASCII */
        { "", TLSEDU_SIDE_SERVER, TLSEDU_CONTENT_NONE },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = strlen(cases[i].bytes);
        tlsedu_content_t got = tlsedu_sig_tcp_first((const uint8_t *)cases[i].bytes, n, cases[i].side);
        if (got != cases[i].want)
            fprintf(stderr, "case %zu \"%s\": got %d, want %d\n", i, cases[i].bytes, got, cases[i].want);
        CHECK(got == cases[i].want);
        hostile((const uint8_t *)cases[i].bytes, n, cases[i].side);
    }
    /* A first line longer than the scan limit is not looked into. */
    static const char head[] = "220 ESMTP ";
    uint8_t longline[700];
    memset(longline, 'a', sizeof longline);
    for (size_t i = 0; i < sizeof head - 1; i++)
        longline[i] = (uint8_t)head[i];
    longline[sizeof longline - 2] = '\r';
    longline[sizeof longline - 1] = '\n';
    CHECK(tlsedu_sig_tcp_first(longline, sizeof longline, TLSEDU_SIDE_SERVER) == TLSEDU_CONTENT_NONE);
    CHECK_STR(tlsedu_content_service(TLSEDU_CONTENT_POP3), "POP3");
    CHECK(tlsedu_content_service(TLSEDU_CONTENT_SMTP_OR_FTP) == NULL);
    CHECK(tlsedu_content_service((tlsedu_content_t)99) == NULL);
}

static void
test_dns_rtp(void)
{
    /* dig example.com A: id, RD, one question, one OPT additional */
    static const uint8_t query[] = {
        0x6b, 0x1c, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
        7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0x00, 0x01, 0x00, 0x01,
        0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
    uint8_t bad[sizeof query];
    uint32_t ssrc = 0;
    uint16_t seq = 0;

    CHECK(tlsedu_sig_dns(query, sizeof query));
    CHECK(!tlsedu_sig_dns(query, 11));
    memcpy(bad, query, sizeof bad);
    bad[12] = 64;                                /* a label longer than 63 */
    CHECK(!tlsedu_sig_dns(bad, sizeof bad));
    memcpy(bad, query, sizeof bad);
    bad[5] = 2;                                  /* a query with two questions */
    CHECK(!tlsedu_sig_dns(bad, sizeof bad));
    memcpy(bad, query, sizeof bad);
    bad[2] = 0x18;                               /* opcode 3, unassigned */
    CHECK(!tlsedu_sig_dns(bad, sizeof bad));
    CHECK(!tlsedu_sig_dns(query, 20));           /* the question runs past the end */

    /* RTP, PCMU, seq 0x1234, SSRC 0xdeadbeef, 4 bytes of payload */
    static const uint8_t rtp[] = { 0x80, 0x00, 0x12, 0x34, 0, 0, 0, 160, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4 };
    CHECK(tlsedu_sig_rtp(rtp, sizeof rtp, &ssrc, &seq) && ssrc == 0xdeadbeefu && seq == 0x1234);
    CHECK(!tlsedu_sig_rtp(rtp, 12, &ssrc, &seq));            /* no payload */
    static const uint8_t rtcp[] = { 0x80, 0xc8, 0x00, 0x06, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
    CHECK(!tlsedu_sig_rtp(rtcp, sizeof rtcp, &ssrc, &seq));  /* RTCP sender report */
    static const uint8_t v1[] = { 0x40, 0x00, 0x12, 0x34, 0, 0, 0, 160, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4 };
    CHECK(!tlsedu_sig_rtp(v1, sizeof v1, &ssrc, &seq));
    static const uint8_t csrc[] = { 0x8f, 0x00, 0x12, 0x34, 0, 0, 0, 160, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4 };
    CHECK(!tlsedu_sig_rtp(csrc, sizeof csrc, &ssrc, &seq));  /* 15 CSRCs do not fit */
    static const uint8_t pad[] = { 0xa0, 0x00, 0x12, 0x34, 0, 0, 0, 160, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 9 };
    CHECK(!tlsedu_sig_rtp(pad, sizeof pad, &ssrc, &seq));    /* padding longer than the payload */
    static const uint8_t ext[] = { 0x90, 0x00, 0x12, 0x34, 0, 0, 0, 160, 0xde, 0xad, 0xbe, 0xef, 0xbe, 0xde, 0xff, 0xff };
    CHECK(!tlsedu_sig_rtp(ext, sizeof ext, &ssrc, &seq));    /* extension past the end */
    for (size_t n = 0; n < sizeof rtp; n++) {
        uint8_t *copy = malloc(n ? n : 1);
        memcpy(copy, rtp, n);
        (void)tlsedu_sig_rtp(copy, n, &ssrc, &seq);
        (void)tlsedu_sig_dns(copy, n);
        free(copy);
    }
}

static tlsedu_content_t
run(const char *const *lines, const tlsedu_side_t *sides, size_t n, bool *decided)
{
    tlsedu_content_state_t st;
    tlsedu_content_init(&st);
    for (size_t i = 0; i < n; i++)
        (void)tlsedu_content_feed(&st, sides[i], (const uint8_t *)lines[i], strlen(lines[i]));
    *decided = st.decided;
    return st.result;
}

static void
test_content_decision(void)
{
    const tlsedu_side_t SV = TLSEDU_SIDE_SERVER, CL = TLSEDU_SIDE_CLIENT;
    bool d;
    {
        const char *l[] = { "220 mx ESMTP Postfix\r\n" };
        const tlsedu_side_t s[] = { SV };
        CHECK(run(l, s, 1, &d) == TLSEDU_CONTENT_SMTP && d);
    }
    {   /* unsure greeting, the client's EHLO tells */
        const char *l[] = { "220 hello\r\n", "EHLO me\r\n" };
        const tlsedu_side_t s[] = { SV, CL };
        CHECK(run(l, s, 2, &d) == TLSEDU_CONTENT_SMTP && d);
    }
    {   /* unsure greeting, FEAT tells FTP */
        const char *l[] = { "220 hello\r\n", "FEAT\r\n" };
        const tlsedu_side_t s[] = { SV, CL };
        CHECK(run(l, s, 2, &d) == TLSEDU_CONTENT_FTP && d);
    }
    {   /* unsure greeting, USER then PASS: still SMTP or FTP */
        const char *l[] = { "220 hello\r\n", "USER bob\r\n", "PASS x\r\n" };
        const tlsedu_side_t s[] = { SV, CL, CL };
        tlsedu_content_t c = run(l, s, 3, &d);
        CHECK(c == TLSEDU_CONTENT_SMTP_OR_FTP && d);
    }
    {   /* binary both ways: decided, nothing recognised */
        const char *l[] = { "\x01\x02\x03", "\x04\x05" };
        const tlsedu_side_t s[] = { CL, SV };
        CHECK(run(l, s, 2, &d) == TLSEDU_CONTENT_NONE && d);
    }
    {   /* one side only, nothing recognised: not decided */
        const char *l[] = { "\x01\x02\x03" };
        const tlsedu_side_t s[] = { CL };
        CHECK(run(l, s, 1, &d) == TLSEDU_CONTENT_NONE && !d);
    }
    {   /* NNTP greeting without the word, then MODE READER */
        const char *l[] = { "200 ready\r\n", "MODE READER\r\n" };
        const tlsedu_side_t s[] = { SV, CL };
        CHECK(run(l, s, 2, &d) == TLSEDU_CONTENT_NNTP && d);
    }
    {   /* SSH on port 443: the banner decides at once */
        const char *l[] = { "SSH-2.0-OpenSSH_9.2p1\r\n", "SSH-2.0-curl\r\n" };
        const tlsedu_side_t s[] = { SV, CL };
        CHECK(run(l, s, 2, &d) == TLSEDU_CONTENT_SSH && d);
    }
    {   /* a ClientHello waits for the server; a cleartext SMTP banner answers: SMTP */
        const char *l[] = { "\x16\x03\x01\x00\x10\x01", "220 mx ESMTP\r\n" };
        const tlsedu_side_t s[] = { CL, SV };
        CHECK(run(l, s, 1, &d) == TLSEDU_CONTENT_NONE && !d);
        CHECK(run(l, s, 2, &d) == TLSEDU_CONTENT_SMTP && d);
    }
    {   /* an HTTP request answered by something tlsedu does not know: HTTP, from the client */
        const char *l[] = { "GET / HTTP/1.1\r\n", "\x01\x02binary" };
        const tlsedu_side_t s[] = { CL, SV };
        CHECK(run(l, s, 2, &d) == TLSEDU_CONTENT_HTTP && d);
    }
    /* Verdicts against the catalogue. */
    const tlsedu_service_t *https = tlsedu_catalogue_lookup(443, TLSEDU_TCP);
    const tlsedu_service_t *smtp = tlsedu_catalogue_lookup(25, TLSEDU_TCP);
    const tlsedu_service_t *ftpdata = tlsedu_catalogue_lookup(20, TLSEDU_TCP);
    const tlsedu_service_t *smb = tlsedu_catalogue_lookup(445, TLSEDU_TCP);
    const tlsedu_service_t *ntp = tlsedu_catalogue_lookup(123, TLSEDU_UDP);
    const tlsedu_service_t *dns = tlsedu_catalogue_lookup(53, TLSEDU_UDP);
    CHECK(tlsedu_content_verdict(https, TLSEDU_CONTENT_TLS) == TLSEDU_EVIDENCE_AGREE);
    CHECK(tlsedu_content_verdict(https, TLSEDU_CONTENT_SSH) == TLSEDU_EVIDENCE_MISMATCH);
    CHECK(tlsedu_content_verdict(smtp, TLSEDU_CONTENT_SMTP_OR_FTP) == TLSEDU_EVIDENCE_AGREE);
    CHECK(tlsedu_content_verdict(smtp, TLSEDU_CONTENT_FTP) == TLSEDU_EVIDENCE_MISMATCH);
    CHECK(tlsedu_content_verdict(smtp, TLSEDU_CONTENT_NONE) == TLSEDU_EVIDENCE_PORT);
    CHECK(tlsedu_content_verdict(smb, TLSEDU_CONTENT_HTTP) == TLSEDU_EVIDENCE_MISMATCH);
    CHECK(tlsedu_content_verdict(smb, TLSEDU_CONTENT_DNS) == TLSEDU_EVIDENCE_PORT);
    CHECK(tlsedu_content_verdict(https, TLSEDU_CONTENT_SMTP_OR_FTP) == TLSEDU_EVIDENCE_PORT);
    CHECK(tlsedu_content_verdict(NULL, TLSEDU_CONTENT_TLS) == TLSEDU_EVIDENCE_PORT);
    CHECK(!tlsedu_content_checkable(ftpdata, TLSEDU_TCP));
    CHECK(!tlsedu_content_checkable(ntp, TLSEDU_UDP));
    CHECK(tlsedu_content_checkable(dns, TLSEDU_UDP));
    CHECK(tlsedu_content_checkable(https, TLSEDU_TCP));
}

int
main(void)
{
    test_snmp();
    test_tls();
    test_text();
    test_dns_rtp();
    test_content_decision();
    return check_report("signatures");
}
