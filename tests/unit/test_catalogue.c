/* Unit tests of the port catalogue: the rows the course's port list asks for, the
 * look-up per transport, and the rule that tells the server's port from the client's.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "core/catalogue.h"
#include "core/content.h"

#include "check.h"

/* One text per language, as the plugin's files write them. */
#define BY_LANG(l, en, fr, ru) ((l) == TLSEDU_LANG_RU ? (ru) : (l) == TLSEDU_LANG_FR ? (fr) : (en))

/* The issue's table, written out again here as the independent expectation. */
static const struct {
    const char *service;
    uint16_t port;
    unsigned transports;
    tlsedu_security_t security;
} expected_rows[] = {
    { "FTP-DATA", 20, TLSEDU_TCP, TLSEDU_SEC_CLEARTEXT },
    { "FTP", 21, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
    { "SSH", 22, TLSEDU_TCP, TLSEDU_SEC_OWN_ENCRYPTION },
    { "SMTP", 25, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
    { "DNS", 53, TLSEDU_TCP | TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "DHCP", 67, TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "DHCP", 68, TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "TFTP", 69, TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "HTTP", 80, TLSEDU_TCP, TLSEDU_SEC_CLEARTEXT },
    { "POP3", 110, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
    { "NNTP", 119, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
    { "NTP", 123, TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "IMAP", 143, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
    { "SNMP", 161, TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "SNMP-TRAP", 162, TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "LDAP", 389, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
    { "HTTPS", 443, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "QUIC", 443, TLSEDU_UDP, TLSEDU_SEC_OWN_ENCRYPTION },
    { "SMB", 445, TLSEDU_TCP, TLSEDU_SEC_NEGOTIATED },
    { "SMTPS", 465, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "ISAKMP", 500, TLSEDU_UDP, TLSEDU_SEC_OWN_ENCRYPTION },
    { "NNTPS", 563, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "SMTP", 587, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
    { "LDAPS", 636, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "DoT", 853, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "FTPS", 990, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "IMAPS", 993, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "POP3S", 995, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "RDP", 3389, TLSEDU_TCP, TLSEDU_SEC_NEGOTIATED },
    { "SIP", 5060, TLSEDU_TCP | TLSEDU_UDP, TLSEDU_SEC_CLEARTEXT },
    { "SIPS", 5061, TLSEDU_TCP, TLSEDU_SEC_IMPLICIT_TLS },
    { "XMPP", 5222, TLSEDU_TCP, TLSEDU_SEC_CAN_UPGRADE },
};

static void
test_rows(void)
{
    for (size_t i = 0; i < sizeof expected_rows / sizeof expected_rows[0]; i++) {
        for (unsigned t = TLSEDU_TCP; t <= TLSEDU_UDP; t <<= 1) {
            const tlsedu_service_t *s = tlsedu_catalogue_lookup(expected_rows[i].port, t);
            if (expected_rows[i].transports & t) {
                CHECK(s != NULL);
                if (s == NULL)
                    continue;
                CHECK_STR(s->service, expected_rows[i].service);
                CHECK(s->security == expected_rows[i].security);
            } else if (!(expected_rows[i].port == 443)) {
                /* 443 is HTTPS on TCP and QUIC on UDP: both rows exist. */
                CHECK(s == NULL);
            }
        }
    }
    /* Every row has both languages of both texts, and a sentence is one sentence. */
    for (size_t i = 0; i < tlsedu_catalogue_len; i++) {
        const tlsedu_service_t *s = &tlsedu_catalogue[i];
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
            CHECK(s->explain[l] != NULL && strlen(s->explain[l]) > 20);
            CHECK(s->alternative[l] != NULL && strlen(s->alternative[l]) > 5);
        }
    }
    /* RTP has no port: it is found by content only, never by a port look-up. */
    CHECK(tlsedu_catalogue_by_name("RTP", TLSEDU_UDP) != NULL);
    CHECK(tlsedu_catalogue_by_name("RTP", TLSEDU_UDP)->port == 0);
    CHECK(tlsedu_catalogue_lookup(0, TLSEDU_UDP) == NULL);
    /* Ports outside the list, and transports a row does not have. */
    CHECK(tlsedu_catalogue_lookup(8443, TLSEDU_TCP) == NULL);
    CHECK(tlsedu_catalogue_lookup(2525, TLSEDU_TCP) == NULL);
    CHECK(tlsedu_catalogue_lookup(5061, TLSEDU_UDP) == NULL); /* SIPS is TCP, whatever the notes say */
    CHECK(tlsedu_catalogue_lookup(25, TLSEDU_UDP) == NULL);
    CHECK(tlsedu_catalogue_lookup(123, TLSEDU_TCP) == NULL);
    CHECK_STR(tlsedu_catalogue_lookup(443, TLSEDU_UDP)->service, "QUIC");
    /* The alternatives the issue insists on. */
    CHECK(strstr(tlsedu_catalogue_lookup(25, TLSEDU_TCP)->alternative[TLSEDU_LANG_EN], "MTA-STS") != NULL);
    CHECK(strstr(tlsedu_catalogue_lookup(25, TLSEDU_TCP)->alternative[TLSEDU_LANG_EN], "DANE") != NULL);
    CHECK(strstr(tlsedu_catalogue_lookup(587, TLSEDU_TCP)->alternative[TLSEDU_LANG_EN], "465") != NULL);
    CHECK(strstr(tlsedu_catalogue_lookup(53, TLSEDU_UDP)->alternative[TLSEDU_LANG_EN], "853") != NULL);
    CHECK(strstr(tlsedu_catalogue_lookup(123, TLSEDU_UDP)->alternative[TLSEDU_LANG_EN], "NTS") != NULL);
    CHECK(strstr(tlsedu_catalogue_lookup(5060, TLSEDU_UDP)->alternative[TLSEDU_LANG_EN], "5061") != NULL);
}

static void
choose(unsigned t, uint16_t a, uint16_t b, uint16_t hs, bool want, uint16_t want_port,
       const char *want_service)
{
    uint16_t port = 0;
    const tlsedu_service_t *s = NULL;
    bool got = tlsedu_catalogue_choose(t, a, b, hs, &port, &s);

    CHECK(got == want);
    if (got && want) {
        CHECK(port == want_port);
        CHECK_STR(s->service, want_service);
    }
}

static void
test_server_side(void)
{
    /* A client on an ephemeral port talking to a listed server port, either direction. */
    choose(TLSEDU_TCP, 51234, 25, 25, true, 25, "SMTP");
    choose(TLSEDU_TCP, 25, 51234, 25, true, 25, "SMTP");
    choose(TLSEDU_TCP, 51234, 993, 0, true, 993, "IMAPS");
    /* The client's port is in the table but the server's is not: no annotation. */
    choose(TLSEDU_TCP, 995, 8080, 8080, false, 0, NULL);
    choose(TLSEDU_TCP, 8080, 995, 8080, false, 0, NULL);
    /* Both listed: the side that answered the SYN wins, even when it is the higher. */
    choose(TLSEDU_TCP, 443, 5061, 5061, true, 5061, "SIPS");
    choose(TLSEDU_TCP, 5061, 443, 443, true, 443, "HTTPS");
    /* Both listed, no handshake seen: the lower. */
    choose(TLSEDU_TCP, 5061, 443, 0, true, 443, "HTTPS");
    choose(TLSEDU_UDP, 68, 67, 0, true, 67, "DHCP");
    choose(TLSEDU_UDP, 5060, 53, 0, true, 53, "DNS");
    /* A handshake port that is neither of the two (stale data) is ignored. */
    choose(TLSEDU_TCP, 51000, 143, 7777, true, 143, "IMAP");
    /* Transport matters: 443/udp is QUIC, 5061/udp nothing, 123/udp NTP. */
    choose(TLSEDU_UDP, 443, 50000, 0, true, 443, "QUIC");
    choose(TLSEDU_UDP, 5061, 50000, 0, false, 0, NULL);
    choose(TLSEDU_UDP, 123, 123, 0, true, 123, "NTP");
    /* Active-mode FTP data: the server connects from port 20 to the client's port. */
    choose(TLSEDU_TCP, 20, 38261, 38261, true, 20, "FTP-DATA");
    choose(TLSEDU_TCP, 38261, 20, 38261, true, 20, "FTP-DATA");
    /* ...but no other listed port counts on the side that opened the connection. */
    choose(TLSEDU_TCP, 25, 38261, 38261, false, 0, NULL);
    choose(TLSEDU_TCP, 443, 8080, 8080, false, 0, NULL);
    /* Nothing listed. */
    choose(TLSEDU_TCP, 40000, 8443, 8443, false, 0, NULL);
    choose(TLSEDU_UDP, 40000, 4433, 0, false, 0, NULL);
}

static void
test_security_refinement(void)
{
    const tlsedu_service_t *snmp = tlsedu_catalogue_lookup(161, TLSEDU_UDP);
    const tlsedu_service_t *trap = tlsedu_catalogue_lookup(162, TLSEDU_UDP);
    const tlsedu_service_t *dns = tlsedu_catalogue_lookup(53, TLSEDU_UDP);

    CHECK(tlsedu_service_security(snmp, false, 0) == TLSEDU_SEC_CLEARTEXT);
    CHECK(tlsedu_service_security(snmp, true, 0) == TLSEDU_SEC_CLEARTEXT);  /* v1 */
    CHECK(tlsedu_service_security(snmp, true, 1) == TLSEDU_SEC_CLEARTEXT);  /* v2c */
    CHECK(tlsedu_service_security(snmp, true, 3) == TLSEDU_SEC_OWN_ENCRYPTION);
    CHECK(tlsedu_service_security(trap, true, 3) == TLSEDU_SEC_OWN_ENCRYPTION);
    CHECK(tlsedu_service_security(dns, true, 3) == TLSEDU_SEC_CLEARTEXT); /* only SNMP rows */

    /* SNMPv3: only authPriv encrypts (RFC 3411 section 3.4.3); discovery is noAuthNoPriv,
     * not every report (RFC 3414) (the msgFlags of snmp-161 frames 3 and 4 are 04 and 00, 5
     * and 6 07, 03) */
    tlsedu_seen_t seen = { true, 3, true, 0x04, false, false, false };
    CHECK(tlsedu_frame_security(snmp, &seen) == TLSEDU_SEC_CLEARTEXT);
    seen.snmp_flags = 0x00;
    CHECK(tlsedu_frame_security(snmp, &seen) == TLSEDU_SEC_CLEARTEXT);
    seen.snmp_flags = 0x05;   /* authNoPriv: authenticated, readable */
    CHECK(tlsedu_frame_security(trap, &seen) == TLSEDU_SEC_CLEARTEXT);
    seen.snmp_flags = 0x07;
    CHECK(tlsedu_frame_security(snmp, &seen) == TLSEDU_SEC_OWN_ENCRYPTION);
    seen.snmp_flags = 0x03;
    CHECK(tlsedu_frame_security(snmp, &seen) == TLSEDU_SEC_OWN_ENCRYPTION);
    seen.has_snmp_flags = false;
    CHECK(tlsedu_frame_security(snmp, &seen) == TLSEDU_SEC_OWN_ENCRYPTION);
    seen.has_snmp_version = false;
    CHECK(tlsedu_frame_security(snmp, &seen) == TLSEDU_SEC_CLEARTEXT);

    /* msgFlags read from real SNMPv3 bytes: the discovery request of snmp-161 frame 3
     * (flags 04), cut bytes and a v2c message give nothing */
    static const uint8_t discovery[] = {
        0x30, 0x3e, 0x02, 0x01, 0x03, 0x30, 0x11, 0x02, 0x04, 0x72, 0x86, 0x2c, 0x8d, 0x02, 0x03, 0x00,
        0xff, 0xe3, 0x04, 0x01, 0x04, 0x02, 0x01, 0x03, 0x04, 0x10, 0x30, 0x0e, 0x04, 0x00, 0x02, 0x01,
        0x00, 0x02, 0x01, 0x00, 0x04, 0x00, 0x04, 0x00, 0x04, 0x00, 0x30, 0x14, 0x04, 0x00, 0x04, 0x00,
        0xa0, 0x0e, 0x02, 0x04, 0x71, 0x26, 0xee, 0xc9, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00, 0x30, 0x00, };
    static const uint8_t v2c[] = { 0x30, 0x0b, 0x02, 0x01, 0x01, 0x04, 0x06, 'p', 'u', 'b', 'l', 'i', 'c' };
    uint8_t flags = 0xff;
    CHECK(tlsedu_snmp_v3_flags(discovery, sizeof discovery, &flags) && flags == 0x04);
    CHECK(!tlsedu_snmp_v3_flags(discovery, 20, &flags));
    CHECK(!tlsedu_snmp_v3_flags(v2c, sizeof v2c, &flags));
    CHECK(!tlsedu_snmp_v3_flags(NULL, 0, &flags));
}

/* What the content shows wins: TLS from the first payload on a cleartext or upgradable
 * port is implicit TLS (FTP data after PROT P, RFC 4217 section 9); other modes stay. */
static void
test_content_tls(void)
{
    const tlsedu_service_t *ftp_data = tlsedu_catalogue_lookup(20, TLSEDU_TCP);
    const tlsedu_service_t *imap = tlsedu_catalogue_lookup(143, TLSEDU_TCP);
    const tlsedu_service_t *ssh = tlsedu_catalogue_lookup(22, TLSEDU_TCP);
    tlsedu_seen_t seen = { false, 0, false, 0, true, false, false };

    CHECK(tlsedu_security_content_tls(TLSEDU_SEC_CLEARTEXT, true) == TLSEDU_SEC_IMPLICIT_TLS);
    CHECK(tlsedu_security_content_tls(TLSEDU_SEC_CAN_UPGRADE, true) == TLSEDU_SEC_IMPLICIT_TLS);
    CHECK(tlsedu_security_content_tls(TLSEDU_SEC_CLEARTEXT, false) == TLSEDU_SEC_CLEARTEXT);
    CHECK(tlsedu_security_content_tls(TLSEDU_SEC_OWN_ENCRYPTION, true) == TLSEDU_SEC_OWN_ENCRYPTION);
    CHECK(tlsedu_security_content_tls(TLSEDU_SEC_NEGOTIATED, true) == TLSEDU_SEC_NEGOTIATED);
    CHECK(tlsedu_security_content_tls(TLSEDU_SEC_UPGRADED, true) == TLSEDU_SEC_UPGRADED);
    CHECK(tlsedu_frame_security(ftp_data, &seen) == TLSEDU_SEC_IMPLICIT_TLS);
    CHECK(tlsedu_frame_security(imap, &seen) == TLSEDU_SEC_IMPLICIT_TLS);
    CHECK(tlsedu_frame_security(ssh, &seen) == TLSEDU_SEC_OWN_ENCRYPTION);
    seen.tls_from_first_payload = false;
    CHECK(tlsedu_frame_security(ftp_data, &seen) == TLSEDU_SEC_CLEARTEXT);
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        const char *e = tlsedu_service_explain(ftp_data, true, (tlsedu_lang_t)l);
        const char *a = tlsedu_service_alternative(ftp_data, true, (tlsedu_lang_t)l);
        CHECK(strstr(e, "TLS") != NULL && strstr(a, "PROT P") != NULL);
        CHECK(strstr(e, "cleartext") == NULL && strstr(e, "en clair") == NULL);
        CHECK(strstr(tlsedu_service_explain(imap, true, (tlsedu_lang_t)l), "TLS") != NULL);
        CHECK(tlsedu_service_explain(ftp_data, false, (tlsedu_lang_t)l) == ftp_data->explain[l]);
        CHECK(tlsedu_service_alternative(ssh, true, (tlsedu_lang_t)l) == ssh->alternative[l]);
    }
}

/* Texts the December 2026 review found wrong, and their corrections. */
static void
test_reviewed_texts(void)
{
    const tlsedu_service_t *smtp_any = tlsedu_catalogue_by_name("SMTP", TLSEDU_TCP);
    const tlsedu_service_t *http = tlsedu_catalogue_lookup(80, TLSEDU_TCP);
    const tlsedu_service_t *quic = tlsedu_catalogue_lookup(443, TLSEDU_UDP);
    const tlsedu_service_t *snmp = tlsedu_catalogue_lookup(161, TLSEDU_UDP);

    /* SMTP named by its content on another port: neither relay nor submission assumed */
    CHECK(smtp_any != NULL && http != NULL && quic != NULL && snmp != NULL);
    if (smtp_any == NULL || http == NULL || quic == NULL || snmp == NULL)
        return;
    CHECK(smtp_any->port == 0 && smtp_any->security == TLSEDU_SEC_CAN_UPGRADE);
    CHECK(strstr(smtp_any->explain[TLSEDU_LANG_EN], "relay between mail servers") == NULL);
    CHECK(strstr(smtp_any->alternative[TLSEDU_LANG_EN], "465") != NULL &&
          strstr(smtp_any->alternative[TLSEDU_LANG_EN], "MTA-STS") != NULL);
    CHECK(strstr(tlsedu_catalogue_lookup(25, TLSEDU_TCP)->alternative[TLSEDU_LANG_EN], "465") == NULL);
    CHECK(strstr(tlsedu_catalogue_lookup(25, TLSEDU_TCP)->explain[TLSEDU_LANG_EN], "465") == NULL);
    /* HSTS is ignored over HTTP (RFC 6797 sections 7.2, 8.1), the first request can be
     * stripped (section 14.6) */
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        CHECK(strstr(http->alternative[l], "301/308) and HSTS") == NULL && strstr(http->alternative[l], "301/308) avec HSTS") == NULL);
        CHECK(strstr(quic->explain[l], "(HTTP/3) runs") == NULL && strstr(quic->explain[l], "TLS 1.3") != NULL);
        CHECK(strstr(snmp->explain[l], "authPriv") != NULL);
    }
    CHECK(strstr(http->alternative[TLSEDU_LANG_EN], "first cleartext request can be intercepted") != NULL &&
          strstr(http->alternative[TLSEDU_LANG_EN], "SSL stripping") != NULL);
    CHECK(strstr(http->alternative[TLSEDU_LANG_FR], "SSL stripping") != NULL);
    /* SNMP: the community string; discovery is noAuthNoPriv, not every report (RFC 3414) */
    CHECK(strstr(snmp->explain[TLSEDU_LANG_EN], "the community string") != NULL &&
          strstr(snmp->explain[TLSEDU_LANG_EN], "discovery exchange is noAuthNoPriv") != NULL &&
          strstr(snmp->explain[TLSEDU_LANG_EN], "reports") == NULL);
    CHECK(strstr(tlsedu_security_name(TLSEDU_SEC_OWN_ENCRYPTION, TLSEDU_LANG_EN), "not TLS") == NULL);
    CHECK(strstr(tlsedu_security_name(TLSEDU_SEC_OWN_ENCRYPTION, TLSEDU_LANG_FR), "pas TLS") == NULL);
}

static void
test_names(void)
{
    CHECK_STR(tlsedu_security_name(TLSEDU_SEC_IMPLICIT_TLS, TLSEDU_LANG_EN), "implicit TLS (TLS from the first byte)");
    CHECK_STR(tlsedu_security_name(TLSEDU_SEC_CLEARTEXT, TLSEDU_LANG_FR), "en clair");
    CHECK_STR(tlsedu_security_name((tlsedu_security_t)42, TLSEDU_LANG_EN), "?");
    CHECK_STR(tlsedu_evidence_name(TLSEDU_EVIDENCE_PORT, TLSEDU_LANG_EN), "port only");
    CHECK_STR(tlsedu_evidence_name((tlsedu_evidence_t)0, TLSEDU_LANG_EN), "?");
    CHECK_STR(tlsedu_evidence_name(TLSEDU_EVIDENCE_MISMATCH, (tlsedu_lang_t)9), "port and content disagree");
}

/* Issue 15: TLS after cleartext is never implicit TLS; "already secure" only after a
 * handshake that succeeded, never beside SSL 2.0/3.0 or a failed handshake. */
static void
test_issue15_outcome(void)
{
    const tlsedu_service_t *tls = tlsedu_catalogue_by_name("TLS", TLSEDU_TCP);
    const tlsedu_service_t *https = tlsedu_catalogue_lookup(443, TLSEDU_TCP);
    const tlsedu_service_t *ftp_data = tlsedu_catalogue_lookup(20, TLSEDU_TCP);
    tlsedu_seen_t seen = { false, 0, false, 0, false, true, true };

    CHECK(tls != NULL && https != NULL && ftp_data != NULL && tlsedu_catalogue_by_name("DTLS", TLSEDU_UDP) != NULL);
    if (tls == NULL || https == NULL || ftp_data == NULL)
        return;
    CHECK(tlsedu_frame_security(tls, &seen) == TLSEDU_SEC_CAN_UPGRADE);
    seen.before_tls = false;
    CHECK(tlsedu_frame_security(tls, &seen) == TLSEDU_SEC_UPGRADED);
    seen.tls_after_cleartext = false;
    CHECK(tlsedu_frame_security(tls, &seen) == TLSEDU_SEC_IMPLICIT_TLS);
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        const tlsedu_lang_t lang = (tlsedu_lang_t)l;
        tlsedu_text_seen_t t = { false, true, false, false, 0, false, false, false, false, false };   /* TLS after cleartext */
        CHECK(strstr(tlsedu_service_explain_seen(tls, &t, lang), BY_LANG(l, "after a cleartext start", "après un début en clair",
                                                                         "после начала открытым текстом")) != NULL);
        CHECK(tlsedu_service_alternative_seen(tls, &t, lang) != tls->alternative[l]);
        /* before the handshake succeeded: no "already secure" */
        t.tls_after_cleartext = false;
        CHECK(strstr(tlsedu_service_alternative_seen(https, &t, lang), BY_LANG(l, "already", "déjà", "уже")) == NULL);
        CHECK(strstr(tlsedu_service_alternative_seen(https, &t, lang), BY_LANG(l, "succeeds", "réussie", "удачного")) != NULL);
        t.tls_from_first_payload = true;   /* PROT P */
        CHECK(strstr(tlsedu_service_alternative_seen(ftp_data, &t, lang), "PROT P") != NULL);
        CHECK(tlsedu_service_alternative_seen(ftp_data, &t, lang) != tlsedu_service_alternative(ftp_data, true, lang));
        t.tls_from_first_payload = false;
        CHECK(tlsedu_service_alternative_seen(tls, &t, lang) == tls->alternative[l]);   /* "already TLS: check" */
        t.handshake_succeeded = true;
        t.version = 0x0304;
        CHECK(tlsedu_service_alternative_seen(https, &t, lang) == https->alternative[l]);
        t.tls_from_first_payload = true;
        CHECK(tlsedu_service_alternative_seen(ftp_data, &t, lang) == tlsedu_service_alternative(ftp_data, true, lang));
        t.tls_from_first_payload = false;
        t.version = 0x0300;   /* SSL 3.0, RFC 7568, even when it completed */
        CHECK(strstr(tlsedu_service_alternative_seen(https, &t, lang), "RFC 7568") != NULL);
        t.version = 0x0002;   /* SSL 2.0, RFC 6176 */
        CHECK(strstr(tlsedu_service_alternative_seen(https, &t, lang), "RFC 6176") != NULL);
        t.version = 0x0301;   /* TLS 1.0, RFC 8996 */
        CHECK(strstr(tlsedu_service_alternative_seen(https, &t, lang), "RFC 8996") != NULL);
        t = (tlsedu_text_seen_t){ false, false, true, false, 0x0303, false, false, false, false, false };
        CHECK(strstr(tlsedu_service_alternative_seen(https, &t, lang), BY_LANG(l, "failed", "échoué", "сбой рукопожатия")) != NULL);
        CHECK(strstr(tlsedu_service_alternative_seen(tls, &t, lang), BY_LANG(l, "failed", "échoué", "сбой рукопожатия")) != NULL);
        /* item 7: what an eavesdropper still sees, never "stays hidden without the keys" */
        CHECK(strstr(tls->explain[l], "(SNI)") != NULL && strstr(tls->explain[l], "ALPN") != NULL);
        CHECK(strstr(tls->explain[l], BY_LANG(l, "up to TLS 1.2 the certificate", "jusqu'à TLS 1.2 le certificat",
                                              "до TLS 1.2 и сертификат")) != NULL);
        CHECK(strstr(tls->explain[l], BY_LANG(l, "hidden", "cachée", "скрыт")) == NULL);
    }
}

/* A French text: U+00A0 before : ; ? ! and inside « » (as the rest of the plugin). */
static bool
french_spaces(const char *s)
{
    return strstr(s, " :") == NULL && strstr(s, " ;") == NULL && strstr(s, " ?") == NULL &&
           strstr(s, " !") == NULL && strstr(s, "\xc2\xab ") == NULL && strstr(s, " \xc2\xbb") == NULL;
}

/* Label and value within Wireshark's 239-byte item label. Russian takes about twice the
 * bytes: an explanation may be two sentences, each an item of its own (say.c, 236 bytes
 * before the ellipsis), and an alternative is counted without its label (the Russian label
 * is labels.c's: with it, the longest Russian alternatives would be cut). */
static bool
fits(const char *value, int l, bool explain)
{
    static const char *const alt[TLSEDU_LANG_COUNT] = { "Secure alternative: ", "Solution sécurisée\xc2\xa0: ", "" };
    static const char *const exp[TLSEDU_LANG_COUNT] = { "About this service: ", "À propos de ce service\xc2\xa0: ", "" };
    const char *end;

    if (l != TLSEDU_LANG_RU || !explain)
        return strlen(explain ? exp[l] : alt[l]) + strlen(value) <= 239;
    for (; (end = strstr(value, ". ")) != NULL; value = end + 2)
        if ((size_t)(end + 1 - value) > 236)
            return false;
    return strlen(value) <= 236;
}

/* The independent review's findings on the rows (E5, E8, E9, typography, lengths). */
static void
test_review_rows(void)
{
    const tlsedu_service_t *http = tlsedu_catalogue_lookup(80, TLSEDU_TCP);
    const tlsedu_service_t *sub = tlsedu_catalogue_lookup(587, TLSEDU_TCP);
    const tlsedu_service_t *rdp = tlsedu_catalogue_lookup(3389, TLSEDU_TCP);

    if (http == NULL || sub == NULL || rdp == NULL) {
        CHECK(false);
        return;
    }
    for (size_t i = 0; i < tlsedu_catalogue_len; i++) {
        CHECK(french_spaces(tlsedu_catalogue[i].alternative[TLSEDU_LANG_FR]));
        CHECK(french_spaces(tlsedu_catalogue[i].explain[TLSEDU_LANG_FR]));
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
            CHECK(fits(tlsedu_catalogue[i].alternative[l], l, false) && fits(tlsedu_catalogue[i].explain[l], l, true));
    }
    /* E5: the cached policy too; the French says the same as the English */
    CHECK(strstr(http->alternative[TLSEDU_LANG_EN], "unless the browser already has the HSTS policy or the site is preloaded") != NULL);
    CHECK(strstr(http->alternative[TLSEDU_LANG_FR], "interceptée pour garder le navigateur en HTTP") != NULL &&
          strstr(http->alternative[TLSEDU_LANG_FR], "politique HSTS connue") != NULL);
    /* E8: a policy, not a protocol rule (RFC 4954 section 4) */
    CHECK(strstr(sub->explain[TLSEDU_LANG_EN], "should upgrade") != NULL && strstr(sub->explain[TLSEDU_LANG_EN], "must") == NULL);
    CHECK(strstr(sub->explain[TLSEDU_LANG_EN], "(servers can be set to require it)") != NULL);
    CHECK(strstr(sub->explain[TLSEDU_LANG_FR], "devrait passer en TLS") != NULL && strstr(sub->explain[TLSEDU_LANG_FR], "(le serveur peut l'exiger)") != NULL);
    /* E9: Standard RDP Security has no TLS (MS-RDPBCGR 5.3) */
    CHECK(strstr(rdp->explain[TLSEDU_LANG_EN], "Standard RDP Security uses no TLS") != NULL);
    CHECK(strstr(rdp->explain[TLSEDU_LANG_FR], "Standard RDP Security n'utilise pas TLS") != NULL);
}

/* The independent review's findings on the texts told by what was seen (E1, E3, E6, L3, L4, Len2). */
static void
test_review_seen(void)
{
    static const char *const require13[TLSEDU_LANG_COUNT] = { "require TLS 1.3", "exiger TLS 1.3", "требовать TLS 1.3" };
    static const char *const check_version[TLSEDU_LANG_COUNT] = { "check the version", "vérifier la version", "проверить версию" };
    const tlsedu_service_t *https = tlsedu_catalogue_lookup(443, TLSEDU_TCP);
    const tlsedu_service_t *ftp_data = tlsedu_catalogue_lookup(20, TLSEDU_TCP);
    const tlsedu_service_t *tls = tlsedu_catalogue_by_name("TLS", TLSEDU_TCP);

    if (https == NULL || ftp_data == NULL || tls == NULL) {
        CHECK(false);
        return;
    }
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        const tlsedu_lang_t lang = (tlsedu_lang_t)l;
        const char *a;
        tlsedu_text_seen_t t = { false, false, true, false, 0x0303, false, false, false, false, false };   /* E1: both Finished not seen */

        a = tlsedu_service_alternative_seen(https, &t, lang);
        CHECK(strncmp(a, BY_LANG(l, "check the full capture", "vérifier la capture complète", "проверить весь захват"),
                      strlen(BY_LANG(l, "check the full capture", "vérifier la capture complète", "проверить весь захват"))) == 0);
        CHECK(strstr(a, BY_LANG(l, "not confirmed as secure", "sécurité non confirmée", "защита не подтверждена")) != NULL &&
              fits(a, l, false));
        CHECK(strstr(a, BY_LANG(l, "the capture missed records", "absents de la capture", "неполный захват")) != NULL);
        CHECK(strstr(a, "this TLS handshake failed") == NULL && strstr(a, "close") == NULL);
        t = (tlsedu_text_seen_t){ false, false, false, false, 0x0300, false, false, false, false, false };   /* L3: the action first */
        a = tlsedu_service_alternative_seen(https, &t, lang);
        CHECK(strncmp(a, require13[l], strlen(require13[l])) == 0 && fits(a, l, false));
        t.version = 0x0301;
        a = tlsedu_service_alternative_seen(https, &t, lang);
        CHECK(strncmp(a, require13[l], strlen(require13[l])) == 0 && fits(a, l, false));
        CHECK(strstr(a, "dépréci") == NULL && (l != TLSEDU_LANG_FR || strstr(a, "obsolètes") != NULL));   /* L4 */
        t.version = 0;
        a = tlsedu_service_alternative_seen(https, &t, lang);
        CHECK(strncmp(a, check_version[l], strlen(check_version[l])) == 0 && fits(a, l, false));
        t.tls_from_first_payload = true;   /* E3: FTP data under PROT P, TLS not dissected */
        a = tlsedu_service_alternative_seen(ftp_data, &t, lang);
        CHECK(strstr(a, BY_LANG(l, "Wireshark does not dissect TLS here", "Wireshark n'analyse pas ce TLS",
                                "Wireshark не разбирает здесь TLS")) != NULL);
        CHECK(strstr(a, "capture") == NULL && fits(a, l, false));
        t.version = 0x0303;   /* a ServerHello dissected: the handshake is under way */
        a = tlsedu_service_alternative_seen(ftp_data, &t, lang);
        CHECK(strstr(a, "Wireshark") == NULL && strstr(a, "PROT P") != NULL);
        t = (tlsedu_text_seen_t){ false, true, false, false, 0, false, false, false, false, false };   /* Len2 */
        CHECK(fits(tlsedu_service_explain_seen(tls, &t, lang), l, true));
        CHECK(l != TLSEDU_LANG_FR || french_spaces(tlsedu_service_explain_seen(tls, &t, lang)));
        /* E6: 5432 and 3306 are registered ports, only outside the course's list */
        CHECK(strstr(tlsedu_evidence_name(TLSEDU_EVIDENCE_NONSTANDARD, lang),
                     BY_LANG(l, "outside the course's list", "hors de la liste du cours", "вне списка курса")) != NULL);
        CHECK(strstr(tlsedu_evidence_name(TLSEDU_EVIDENCE_NONSTANDARD, lang), "standard") == NULL);
    }
}

/* After a successful handshake, "already secure" gives way to what is wrong (RFC 9525 6,
 * RFC 5246 6.2.3.1, RFC 9325 4.1), and TLS 1.3 without forward secrecy is psk_ke's (RFC 8446 4.2.9) */
static void
test_alternatives_after_success(void)
{
    const tlsedu_service_t *https = tlsedu_catalogue_lookup(443, TLSEDU_TCP);
    tlsedu_text_seen_t t = { .tls_from_first_payload = true, .handshake_succeeded = true, .version = 0x0303 };

    CHECK(strncmp(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "already secure", 14) == 0);
    t.no_forward_secrecy = true;
    CHECK(strstr(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "prefer TLS 1.3") != NULL);
    t.version = 0x0304;
    CHECK(strstr(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "psk_dhe_ke") != NULL);
    t.weak_suite = t.null_cipher = true;
    CHECK(strncmp(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "not encrypted", 13) == 0);
    CHECK(strstr(tlsedu_service_explain_seen(https, &t, TLSEDU_LANG_EN), "does not encrypt (NULL or integrity-only)") != NULL);
    t.handshake_succeeded = false;   /* from the ServerHello on, not only after both Finished */
    CHECK(strstr(tlsedu_service_explain_seen(https, &t, TLSEDU_LANG_EN), "does not encrypt") != NULL);
    t.handshake_succeeded = true;
    t.certificate_rejected = true;
    CHECK(strncmp(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "not secure as it stands", 23) == 0);
    CHECK(strstr(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "could have answered") != NULL);
    t.psk_keys = true;   /* RSA_PSK: the pre-shared key kept an attacker out (RFC 4279 4) */
    CHECK(strstr(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "only the pre-shared key") != NULL);
    t.psk_keys = false;
    /* a deprecated version: DTLS says DTLS (RFC 8996) */
    t.version = 0xfeff;
    CHECK(strncmp(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "require DTLS 1.3", 16) == 0);
    t.version = 0x0301;
    CHECK(strncmp(tlsedu_service_alternative_seen(https, &t, TLSEDU_LANG_EN), "require TLS 1.3", 15) == 0);
}

int
main(void)
{
    test_alternatives_after_success();
    test_rows();
    test_server_side();
    test_security_refinement();
    test_content_tls();
    test_reviewed_texts();
    test_names();
    test_issue15_outcome();
    test_review_rows();
    test_review_seen();
    return check_report("catalogue");
}
