/* Unit tests of the STARTTLS state machine: every transition and warning (odd orders,
 * pipelining and the texts: test_starttls_more.c).
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "core/starttls.h"

#include "check.h"
#include "starttls_helpers.h"

static void
test_smtp_upgrade(void)
{
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    reply(4, NULL, "220");                     /* banner */
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == 0);
    cmd(6, NULL, "EHLO", "client");
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == 0);
    smtp_ehlo_reply(8, offer);
    CHECK(r.step == TLSEDU_STARTTLS_OFFERED && r.links.offer_frame == 8 && r.warnings == 0);
    CHECK(r.new_exchange && r.exchange == 1);
    cmd(9, NULL, "STARTTLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.warnings == 0);
    CHECK(r.links.offer_frame == 8 && r.links.request_frame == 9 && r.links.response_frame == 0);
    CHECK(!r.new_exchange && r.exchange == 1);
    CHECK(!tlsedu_starttls_upgraded(&st, 10));
    reply(10, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.links.response_frame == 10 && r.warnings == 0);
    CHECK(!tlsedu_starttls_upgraded(&st, 10));
    CHECK(!tlsedu_starttls_upgraded(&st, 11));   /* not before TLS is seen */
    payload(11, C, 1);
    CHECK(!tlsedu_starttls_upgraded(&st, 10) && tlsedu_starttls_upgraded(&st, 11));
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.links.tls_frame == 11 && r.warnings == 0);
    payload(12, S, 1);
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == 0);
    /* inside TLS (decrypted): AUTH PLAIN is not cleartext, EHLO lists no STARTTLS */
    tlsedu_starttls_begin(&st, 15, C, true);
    tlsedu_starttls_command(&st, NULL, "AUTH", "PLAIN AGFiYwBkZWY=", false);
    end();
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == 0);
    CHECK(tlsedu_starttls_upgraded(&st, 100));
    /* a pure ACK or more TLS from both sides changes nothing */
    payload(16, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == 0 && r.links.tls_frame == 11);
}

static void
test_smtp_refused_and_tls_after(void)
{
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(6, NULL, "EHLO", "client");
    smtp_ehlo_reply(8, offer);
    cmd(9, NULL, "STARTTLS", NULL);
    reply(10, NULL, "454");
    CHECK(r.step == TLSEDU_STARTTLS_REFUSED && r.warnings == TLSEDU_STW_REFUSED);
    CHECK_STR(r.reply, "454");   /* the reply the server sent, for the texts */
    CHECK(r.links.response_frame == 10 && r.links.request_frame == 9 && r.links.offer_frame == 8);
    CHECK(!tlsedu_starttls_upgraded(&st, 11));
    /* the mail goes on in cleartext: the refusal said it, no not_used */
    cmd(11, NULL, "MAIL", "FROM:<a@b>");
    CHECK(r.warnings == 0);
    payload(12, C, 1);
    CHECK(r.warnings == TLSEDU_STW_TLS_AFTER_REFUSAL && r.step == TLSEDU_STARTTLS_NONE);
    payload(13, C, 1);
    CHECK(r.warnings == 0);

    /* every 4xx/5xx refuses; a multi-line reply decides on its last line only */
    static const char *const codes[] = { "501", "502", "530", "421" };
    for (size_t i = 0; i < 4; i++) {
        tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
        cmd(1, NULL, "STARTTLS", NULL);
        begin(2, S);
        tlsedu_starttls_reply(&st, NULL, codes[i], false, false);
        end();
        CHECK(r.step == TLSEDU_STARTTLS_NONE);
        begin(3, S);
        tlsedu_starttls_reply(&st, NULL, codes[i], true, false);
        end();
        CHECK(r.step == TLSEDU_STARTTLS_REFUSED && r.warnings == TLSEDU_STW_REFUSED);
    }
}

static void
test_smtp_not_offered_and_not_used(void)
{
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(6, NULL, "EHLO", "client");
    smtp_ehlo_reply(8, no_offer);
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    cmd(9, NULL, "STARTTLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.warnings == TLSEDU_STW_NOT_OFFERED);
    CHECK(r.links.offer_frame == 0 && r.new_exchange);

    /* no capability list seen (capture started late): no not_offered */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.warnings == 0);

    /* offered, then the client goes on: AUTH PLAIN with the secret in the command */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(6, NULL, "EHLO", "client");
    smtp_ehlo_reply(8, offer);
    cmd(9, NULL, "AUTH", "PLAIN AHN0dWRlbnQAcHc=");
    CHECK(r.warnings == (TLSEDU_STW_NOT_USED | TLSEDU_STW_CREDENTIALS));
    CHECK_STR(r.mechanism, "AUTH PLAIN");
    reply(10, NULL, "235");
    cmd(11, NULL, "MAIL", "FROM:<a@b>");
    CHECK(r.warnings == 0);   /* once per conversation */
    CHECK(!tlsedu_starttls_upgraded(&st, 12));

    /* a harmless command does not count; MAIL does */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(6, NULL, "EHLO", "client");
    smtp_ehlo_reply(8, offer);
    cmd(9, NULL, "NOOP", NULL);
    CHECK(r.warnings == 0);
    cmd(10, NULL, "MAIL", "FROM:<a@b>");
    CHECK(r.warnings == TLSEDU_STW_NOT_USED && r.mechanism == NULL);
}

static void
test_smtp_auth_login(void)
{
    /* AUTH LOGIN: username, then password after 334: the warning on the password line */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(1, NULL, "AUTH", "LOGIN");
    CHECK(r.warnings == 0);
    reply(2, NULL, "334");
    cmd(3, NULL, "c3R1ZGVudA==", NULL);
    CHECK(r.warnings == 0);
    reply(4, NULL, "334");
    cmd(5, NULL, "cHc=", NULL);
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);
    CHECK_STR(r.mechanism, "AUTH LOGIN");
    reply(6, NULL, "235");
    cmd(7, NULL, "MAIL", "FROM:<a@b>");
    CHECK(r.warnings == 0);

    /* AUTH LOGIN with the username in the command: one line more */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(1, NULL, "AUTH", "LOGIN c3R1ZGVudA==");
    CHECK(r.warnings == 0);
    reply(2, NULL, "334");
    cmd(3, NULL, "cHc=", NULL);
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);

    /* AUTH PLAIN without initial response: the secret after 334 */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(1, NULL, "AUTH", "PLAIN");
    CHECK(r.warnings == 0);
    reply(2, NULL, "334");
    cmd(3, NULL, "AHN0dWRlbnQAcHc=", NULL);
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);

    /* the server ends the exchange early: the next line is a command again */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(1, NULL, "AUTH", "LOGIN");
    reply(2, NULL, "535");
    cmd(3, NULL, "QUIT", NULL);
    CHECK(r.warnings == 0);

    /* the client cancels with "*" */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(1, NULL, "AUTH", "PLAIN");
    reply(2, NULL, "334");
    cmd(3, NULL, "*", NULL);
    CHECK(r.warnings == 0);

    /* challenge-response: a note, never the warning */
    static const char *const mechs[] = { "CRAM-MD5", "SCRAM-SHA-256 biwsbj11", "GSSAPI", "DIGEST-MD5" };
    for (size_t i = 0; i < 4; i++) {
        tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
        cmd(1, NULL, "AUTH", mechs[i]);
        CHECK(r.warnings == TLSEDU_STW_CHALLENGE);
        reply(2, NULL, "334");
        cmd(3, NULL, "ZGVm", NULL);
        CHECK(r.warnings == 0);
    }
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(1, NULL, "AUTH", "CRAM-MD5");
    CHECK_STR(r.mechanism, "AUTH CRAM-MD5");
    /* an unknown mechanism: nothing said */
    cmd(2, NULL, "AUTH", "X-UNKNOWN abc");
    CHECK(r.warnings == 0);
}

static void
test_injection(void)
{
    /* pipelined in the same segment as STARTTLS */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(6, NULL, "EHLO", "client");
    smtp_ehlo_reply(8, offer);
    begin(9, C);
    tlsedu_starttls_command(&st, NULL, "STARTTLS", NULL, true);
    tlsedu_starttls_command(&st, NULL, "RSET", NULL, false);
    end();
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.warnings == TLSEDU_STW_INJECTION);
    reply(10, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.warnings == 0);
    payload(11, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.warnings == 0);

    /* sent separately before the answer */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    CHECK(r.warnings == 0);
    cmd(10, NULL, "RSET", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == TLSEDU_STW_INJECTION);
    reply(11, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.warnings == 0);

    /* sent separately, arriving after the answer but before the client's TLS */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    reply(10, NULL, "220");
    cmd(11, NULL, "RSET", NULL);
    CHECK(r.warnings & TLSEDU_STW_INJECTION);
    payload(12, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.warnings == 0);

    /* unparsed client bytes after the request (Wireshark handed them to TLS) */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    payload(10, C, 0);
    CHECK(r.warnings == TLSEDU_STW_INJECTION);

    /* server side: bytes after the 220 in the same frame, then a reply before any TLS */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    begin(10, S);
    tlsedu_starttls_reply(&st, NULL, "220", true, true);
    end();
    /* the server's bytes: response injection (TLSEDU_STW_INJECTION_SERVER, its own text) */
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.warnings == (TLSEDU_STW_INJECTION | TLSEDU_STW_INJECTION_SERVER));
    reply(11, NULL, "250");
    CHECK(r.warnings == (TLSEDU_STW_INJECTION | TLSEDU_STW_INJECTION_SERVER) && r.step == TLSEDU_STARTTLS_NONE);
    payload(12, S, 0);
    CHECK(r.warnings == (TLSEDU_STW_INJECTION | TLSEDU_STW_INJECTION_SERVER));
    payload(13, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.warnings == 0);
    payload(14, S, 1);
    CHECK(r.warnings == 0);
    reply(15, NULL, "250");   /* after the server's TLS: inside TLS, not cleartext */
    CHECK(r.warnings == 0);
}

static void
test_no_tls(void)
{
    /* accepted, then the client goes on in cleartext */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    reply(10, NULL, "220");
    cmd(11, NULL, "MAIL", "FROM:<a@b>");
    CHECK(r.warnings == (TLSEDU_STW_NO_TLS | TLSEDU_STW_INJECTION));
    CHECK(!tlsedu_starttls_upgraded(&st, 11) && !tlsedu_starttls_upgraded(&st, 20));
    CHECK(tlsedu_starttls_upgraded(&st, 10 + 0) == false);

    /* accepted, the client starts TLS, the server answers with something else */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    reply(10, NULL, "220");
    payload(11, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED);
    payload(12, S, 0);
    CHECK(r.warnings == TLSEDU_STW_NO_TLS);
    CHECK(tlsedu_starttls_upgraded(&st, 11) && !tlsedu_starttls_upgraded(&st, 12));

    /* accepted, unparsed non-TLS bytes from the client */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    reply(10, NULL, "220");
    payload(11, C, 0);
    CHECK(r.warnings == (TLSEDU_STW_NO_TLS | TLSEDU_STW_INJECTION));
    payload(12, C, 1);      /* late TLS: not "started" after a no_tls? it still is */
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED);
}

static void
test_imap(void)
{
    tlsedu_starttls_init(&st, TLSEDU_UPG_IMAP);
    begin(4, S);
    tlsedu_starttls_reply(&st, "*", "OK", true, false);
    tlsedu_starttls_server_line(&st, "* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN] Dovecot ready.");
    end();
    CHECK(r.step == TLSEDU_STARTTLS_OFFERED && r.links.offer_frame == 4);
    cmd(6, "A0", "CAPABILITY", NULL);
    CHECK(r.warnings == 0);
    begin(8, S);
    tlsedu_starttls_server_line(&st, "* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN");
    tlsedu_starttls_reply(&st, "A0", "OK", true, false);
    tlsedu_starttls_server_line(&st, "A0 OK Pre-login capabilities listed.");
    end();
    CHECK(r.step == TLSEDU_STARTTLS_OFFERED && r.links.offer_frame == 8 && !r.new_exchange);
    cmd(9, "A1", "STARTTLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.links.offer_frame == 8 && r.warnings == 0);
    /* an untagged line or another tag is not the answer */
    reply(10, "*", "OK");
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    reply(11, "A1", "OK");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.links.response_frame == 11);
    payload(12, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.links.tls_frame == 12);

    /* NO and BAD refuse; a greeting without STARTTLS makes the request not_offered */
    static const char *const refusals[] = { "NO", "BAD" };
    for (size_t i = 0; i < 2; i++) {
        tlsedu_starttls_init(&st, TLSEDU_UPG_IMAP);
        begin(4, S);
        tlsedu_starttls_server_line(&st, "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGINDISABLED] ready.");
        end();
        CHECK(r.step == TLSEDU_STARTTLS_NONE);
        cmd(9, "a2", "STARTTLS", NULL);
        CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.warnings == TLSEDU_STW_NOT_OFFERED);
        reply(10, "a1", refusals[i]);
        CHECK(r.step == TLSEDU_STARTTLS_NONE);
        reply(11, "a2", refusals[i]);
        CHECK(r.step == TLSEDU_STARTTLS_REFUSED && r.warnings == TLSEDU_STW_REFUSED);
        CHECK(strncmp(r.reply, "a2 ", 3) == 0 && strcmp(r.reply + 3, refusals[i]) == 0);
    }
    /* STARTTLS in the text after the response code is not an offer */
    tlsedu_starttls_init(&st, TLSEDU_UPG_IMAP);
    begin(4, S);
    tlsedu_starttls_server_line(&st, "* OK [CAPABILITY IMAP4rev1] no STARTTLS here");
    end();
    CHECK(r.step == TLSEDU_STARTTLS_NONE && st.caps_seen && !st.offered);

    /* cleartext LOGIN after the offer */
    tlsedu_starttls_init(&st, TLSEDU_UPG_IMAP);
    begin(4, S);
    tlsedu_starttls_server_line(&st, "* OK [CAPABILITY IMAP4rev1 STARTTLS] ready.");
    end();
    cmd(9, "a1", "LOGIN", "student secret");
    CHECK(r.warnings == (TLSEDU_STW_NOT_USED | TLSEDU_STW_CREDENTIALS));
    CHECK_STR(r.mechanism, "LOGIN");
    /* AUTHENTICATE PLAIN without SASL-IR: the secret after "+" */
    cmd(11, "a2", "AUTHENTICATE", "PLAIN");
    CHECK(r.warnings == 0);
    reply(12, "+", "");
    cmd(13, "AHN0dWRlbnQAcHc=", "", NULL);
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);
    CHECK_STR(r.mechanism, "AUTHENTICATE PLAIN");
    cmd(14, "a3", "AUTHENTICATE", "PLAIN AHN0dWRlbnQAcHc=");
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);
    cmd(15, "a4", "AUTHENTICATE", "SCRAM-SHA-1");
    CHECK(r.warnings == TLSEDU_STW_CHALLENGE);
}

static void
test_pop3(void)
{
    tlsedu_starttls_init(&st, TLSEDU_UPG_POP3);
    reply(4, NULL, "+OK");
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    cmd(6, NULL, "CAPA", NULL);
    begin(8, S);
    tlsedu_starttls_reply(&st, NULL, "+OK", true, false);
    tlsedu_starttls_server_line(&st, "CAPA");
    tlsedu_starttls_server_line(&st, "TOP");
    tlsedu_starttls_server_line(&st, "STLS");
    tlsedu_starttls_server_line(&st, "SASL PLAIN LOGIN");
    tlsedu_starttls_server_line(&st, ".");
    end();
    CHECK(r.step == TLSEDU_STARTTLS_OFFERED && r.links.offer_frame == 8);
    cmd(9, NULL, "STLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.links.offer_frame == 8);
    reply(11, NULL, "+OK");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.links.response_frame == 11);
    payload(12, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.links.tls_frame == 12);

    /* the listing split over two frames; -ERR refuses */
    tlsedu_starttls_init(&st, TLSEDU_UPG_POP3);
    cmd(6, NULL, "CAPA", NULL);
    reply(7, NULL, "+OK");
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    begin(8, S);
    tlsedu_starttls_server_line(&st, "USER");
    tlsedu_starttls_server_line(&st, ".");
    end();
    CHECK(st.caps_seen && !st.offered);
    cmd(9, NULL, "STLS", NULL);
    CHECK(r.warnings == TLSEDU_STW_NOT_OFFERED);
    reply(11, NULL, "-ERR");
    CHECK(r.step == TLSEDU_STARTTLS_REFUSED && r.warnings == TLSEDU_STW_REFUSED);
    CHECK_STR(r.reply, "-ERR");
    /* USER is not the secret, PASS is */
    cmd(12, NULL, "USER", "student");
    CHECK(r.warnings == 0);
    cmd(13, NULL, "PASS", "secret");
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);
    CHECK_STR(r.mechanism, "USER/PASS");
    cmd(14, NULL, "APOP", "student 0123456789abcdef");
    CHECK(r.warnings == TLSEDU_STW_CHALLENGE);
    cmd(15, NULL, "AUTH", "LOGIN");
    reply(16, NULL, "+");
    cmd(17, NULL, "dXNlcg==", NULL);
    CHECK(r.warnings == 0);
    reply(18, NULL, "+");
    cmd(19, NULL, "cHc=", NULL);
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);

    /* offered, USER/PASS in cleartext: not_used on USER, credentials on PASS */
    tlsedu_starttls_init(&st, TLSEDU_UPG_POP3);
    cmd(6, NULL, "CAPA", NULL);
    begin(8, S);
    tlsedu_starttls_reply(&st, NULL, "+OK", true, false);
    tlsedu_starttls_server_line(&st, "STLS");
    end();
    cmd(9, NULL, "USER", "student");
    CHECK(r.warnings == TLSEDU_STW_NOT_USED);
    cmd(12, NULL, "PASS", "secret");
    CHECK(r.warnings == TLSEDU_STW_CREDENTIALS);
}

int
main(void)
{
    test_smtp_upgrade();
    test_smtp_refused_and_tls_after();
    test_smtp_not_offered_and_not_used();
    test_smtp_auth_login();
    test_injection();
    test_no_tls();
    test_imap();
    test_pop3();
    return check_report("starttls");
}
