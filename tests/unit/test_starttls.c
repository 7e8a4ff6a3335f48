/* Unit tests of the STARTTLS state machine and its texts: every transition and warning,
 * also in odd orders.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "core/starttls.h"

#include "check.h"

static tlsedu_starttls_t st;
static tlsedu_starttls_frame_t r;

#define C 1   /* from the client */
#define S 0   /* from the server */

static void
begin(uint32_t frame, int from_client)
{
    tlsedu_starttls_begin(&st, frame, from_client, false);
}

static void
end(void)
{
    r = *tlsedu_starttls_end(&st);
}

/* one client command in a frame of its own */
static void
cmd(uint32_t frame, const char *tag, const char *command, const char *param)
{
    begin(frame, C);
    tlsedu_starttls_command(&st, tag, command, param, false);
    end();
}

/* SMTP: an EHLO reply with these parameter lines */
static void
smtp_ehlo_reply(uint32_t frame, const char *const *lines)
{
    begin(frame, S);
    tlsedu_starttls_reply(&st, NULL, "250", true, false);
    for (; *lines; lines++)
        tlsedu_starttls_server_line(&st, *lines);
    end();
}

static void
reply(uint32_t frame, const char *tag, const char *status)
{
    begin(frame, S);
    tlsedu_starttls_reply(&st, tag, status, true, false);
    end();
}

static void
payload(uint32_t frame, int from_client, int tls)
{
    begin(frame, from_client);
    tlsedu_starttls_payload(&st, tls);
    end();
}

static const char *const offer[] = { "mail.example.org", "PIPELINING", "STARTTLS", "8BITMIME", NULL };
static const char *const no_offer[] = { "mail.example.org", "PIPELINING", "AUTH PLAIN LOGIN", NULL };

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
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.warnings == TLSEDU_STW_INJECTION);
    reply(11, NULL, "250");
    CHECK(r.warnings == TLSEDU_STW_INJECTION && r.step == TLSEDU_STARTTLS_NONE);
    payload(12, S, 0);
    CHECK(r.warnings == TLSEDU_STW_INJECTION);
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

static void
test_odd_orders(void)
{
    /* a reply with no request: nothing */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    reply(1, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_NONE && st.accept_frame == 0);
    /* TLS without any STARTTLS (capture started inside): nothing */
    payload(2, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == 0);

    /* the client starts TLS before the answer, then the server accepts */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "STARTTLS", NULL);
    payload(10, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.links.tls_frame == 10 && r.warnings == 0);
    reply(11, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.links.tls_frame == 10 && r.warnings == 0);
    CHECK(tlsedu_starttls_upgraded(&st, 10) && !tlsedu_starttls_upgraded(&st, 9));
    payload(12, S, 1);
    CHECK(r.warnings == 0);

    /* refused, then asked again and accepted: two exchanges */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(6, NULL, "EHLO", "client");
    smtp_ehlo_reply(8, offer);
    CHECK(r.exchange == 1);
    cmd(9, NULL, "STARTTLS", NULL);
    reply(10, NULL, "454");
    cmd(11, NULL, "STARTTLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.new_exchange && r.exchange == 2);
    CHECK(r.links.response_frame == 0 && r.links.request_frame == 11 && r.links.offer_frame == 8);
    reply(12, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.warnings == 0);

    /* a second offer (EHLO again) before the request: the latest counts */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(6, NULL, "EHLO", "client");
    smtp_ehlo_reply(8, offer);
    cmd(9, NULL, "EHLO", "client");
    smtp_ehlo_reply(10, offer);
    CHECK(r.step == TLSEDU_STARTTLS_OFFERED && r.exchange == 1 && r.links.offer_frame == 10);
    cmd(11, NULL, "STARTTLS", NULL);
    CHECK(r.links.offer_frame == 10);

    /* a reply from the client side or a command from the server side is ignored */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    begin(1, S);
    tlsedu_starttls_command(&st, NULL, "STARTTLS", NULL, false);
    end();
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    begin(2, C);
    tlsedu_starttls_reply(&st, NULL, "220", true, false);
    end();
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    /* a 250 to something else than EHLO is no listing */
    cmd(3, NULL, "NOOP", NULL);
    smtp_ehlo_reply(4, offer);
    CHECK(r.step == TLSEDU_STARTTLS_NONE && !st.caps_seen);
    /* NULL and odd strings do not crash */
    begin(5, C);
    tlsedu_starttls_command(&st, NULL, NULL, NULL, false);
    tlsedu_starttls_command(&st, NULL, "", NULL, false);
    end();
    begin(6, S);
    tlsedu_starttls_reply(&st, NULL, NULL, true, false);
    tlsedu_starttls_server_line(&st, NULL);
    tlsedu_starttls_server_line(&st, "");
    end();
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
}

static void
test_pipelining(void)
{
    /* "RSET\nSTARTTLS\n" in one segment (Suricata's smtp-rset-starttls): the first 250
     * answers RSET, the next reply answers STARTTLS; nothing follows STARTTLS */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(4, NULL, "EHLO", NULL);
    smtp_ehlo_reply(5, offer);
    begin(6, C);
    tlsedu_starttls_command(&st, NULL, "rset", NULL, true);
    tlsedu_starttls_command(&st, NULL, "staRttLs", NULL, false);
    end();
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.warnings == 0 && r.links.request_frame == 6);
    reply(7, NULL, "250");
    CHECK(r.step == TLSEDU_STARTTLS_NONE && r.warnings == 0);
    reply(9, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.warnings == 0 && r.links.response_frame == 9);

    /* the same with a refusal after two earlier commands */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    begin(1, C);
    tlsedu_starttls_command(&st, NULL, "NOOP", NULL, true);
    tlsedu_starttls_command(&st, NULL, "NOOP", NULL, true);
    tlsedu_starttls_command(&st, NULL, "STARTTLS", NULL, false);
    end();
    reply(2, NULL, "250");
    reply(3, NULL, "250");
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    reply(4, NULL, "454");
    CHECK(r.step == TLSEDU_STARTTLS_REFUSED);

    /* POP3: CAPA and STLS pipelined */
    tlsedu_starttls_init(&st, TLSEDU_UPG_POP3);
    reply(1, NULL, "+OK");   /* greeting: answers nothing */
    begin(2, C);
    tlsedu_starttls_command(&st, NULL, "NOOP", NULL, true);
    tlsedu_starttls_command(&st, NULL, "STLS", NULL, false);
    end();
    reply(3, NULL, "+OK");
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    reply(4, NULL, "+OK");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED);

    /* SASL continuations (334) answer nothing: the reply after them does */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(1, NULL, "AUTH", "LOGIN");
    reply(2, NULL, "334");
    cmd(3, NULL, "dXNlcg==", NULL);
    reply(4, NULL, "334");
    cmd(5, NULL, "cHc=", NULL);
    reply(6, NULL, "235");
    cmd(7, NULL, "STARTTLS", NULL);
    reply(8, NULL, "220");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED);
}

/* Each sentence of an explanation is an item of its own: within 236 bytes (say.c keeps 3
 * for the ellipsis of a cut one). A sentence ends at ". " (none of these texts has "e.g."). */
static bool
sentences_fit(const char *text)
{
    const char *end;

    for (; (end = strstr(text, ". ")) != NULL; text = end + 2)
        if ((size_t)(end + 1 - text) > 236)
            return false;
    return strlen(text) <= 236;
}

static void
test_texts(void)
{
    static const char *const closes[TLSEDU_LANG_COUNT] = {
        "closes the XML stream and the TCP connection", "ferme le flux XML et la connexion TCP",
        "закрывает XML-поток и TCP-соединение" };
    static const char *const everything[TLSEDU_LANG_COUNT] = {
        "sends everything in cleartext", "envoie tout en clair", "пошлёт всё открытым текстом" };
    char buf[1024];

    CHECK_STR(tlsedu_starttls_step_name(TLSEDU_STARTTLS_OFFERED, TLSEDU_LANG_EN), "offered");
    CHECK_STR(tlsedu_starttls_step_name(TLSEDU_STARTTLS_TLS_STARTED, TLSEDU_LANG_FR), "TLS démarré");
    CHECK_STR(tlsedu_starttls_step_name((tlsedu_starttls_step_t)9, TLSEDU_LANG_EN), "?");
    CHECK_STR(tlsedu_upgrade_proto_name(TLSEDU_UPG_POP3), "POP3");
    CHECK_STR(tlsedu_upgrade_command(TLSEDU_UPG_POP3), "STLS");
    static const unsigned ports[] = { 0, 25, 587, 2525, 143, 1143, 110, 1110, 21, 389, 5222, 5269 };
    for (int p = TLSEDU_UPG_SMTP; p < TLSEDU_UPG_COUNT; p++)
        for (int s = TLSEDU_STARTTLS_OFFERED; s <= TLSEDU_STARTTLS_TLS_STARTED; s++)
            for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
                for (size_t k = 0; k < sizeof ports / sizeof ports[0]; k++) {
                    tlsedu_starttls_explain((tlsedu_starttls_step_t)s, (tlsedu_upgrade_proto_t)p, ports[k], NULL,
                                            (tlsedu_lang_t)l, buf, sizeof buf);
                    CHECK(strlen(buf) > 40 && strlen(buf) < sizeof buf - 1);
                    CHECK(sentences_fit(buf));
                    /* none of the corrected sentences comes back */
                    CHECK(strstr(buf, "usual port;") == NULL && strstr(buf, "port habituel ;") == NULL);
                    CHECK(strstr(buf, "454 (or another") == NULL && strstr(buf, "4xx/5xx") == NULL);
                    CHECK(strstr(buf, "must ask for the capabilities again") == NULL);
                    CHECK(strstr(buf, "doit redemander les capacités") == NULL);
                    /* relay on 25 has no implicit-TLS port: 465 is never offered there */
                    if (p == TLSEDU_UPG_SMTP && ports[k] == 25)
                        CHECK(strstr(buf, "465") == NULL);
                }
    /* the real port, and "usual" only on the protocol's registered ports */
    CHECK(tlsedu_starttls_usual_port(TLSEDU_UPG_SMTP, 25) && tlsedu_starttls_usual_port(TLSEDU_UPG_SMTP, 587));
    CHECK(!tlsedu_starttls_usual_port(TLSEDU_UPG_SMTP, 2525) && !tlsedu_starttls_usual_port(TLSEDU_UPG_SMTP, 465));
    CHECK(tlsedu_starttls_usual_port(TLSEDU_UPG_IMAP, 143) && !tlsedu_starttls_usual_port(TLSEDU_UPG_IMAP, 1143));
    CHECK(tlsedu_starttls_usual_port(TLSEDU_UPG_POP3, 110) && !tlsedu_starttls_usual_port(TLSEDU_UPG_POP3, 1110));
    CHECK(tlsedu_starttls_usual_port(TLSEDU_UPG_FTP, 21) && tlsedu_starttls_usual_port(TLSEDU_UPG_LDAP, 389));
    CHECK(tlsedu_starttls_usual_port(TLSEDU_UPG_XMPP, 5222) && tlsedu_starttls_usual_port(TLSEDU_UPG_XMPP, 5269));
    CHECK(!tlsedu_starttls_usual_port(TLSEDU_UPG_IMAP, 25) && !tlsedu_starttls_usual_port(TLSEDU_UPG_SMTP, 0));
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_SMTP, 2525, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "on port 2525; it is encrypted") != NULL && strstr(buf, "usual") == NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_IMAP, 1143, NULL, TLSEDU_LANG_FR, buf, sizeof buf);
    CHECK(strstr(buf, "sur le port 1143\xc2\xa0; elle n'est") != NULL && strstr(buf, "habituel") == NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_POP3, 110, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "on port 110 (the usual POP3 port)") != NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_SMTP, 25, NULL, TLSEDU_LANG_FR, buf, sizeof buf);
    CHECK(strstr(buf, "sur le port 25 (le port habituel du relais SMTP)") != NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_SMTP, 587, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "on port 587 (the usual mail submission port)") != NULL);
    /* explicit versus implicit: the implicit port where it applies */
    CHECK(strstr(tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_SMTP, 587, NULL, TLSEDU_LANG_EN, buf, sizeof buf), "465") != NULL);
    CHECK(strstr(tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_IMAP, 143, NULL, TLSEDU_LANG_FR, buf, sizeof buf), "993") != NULL);
    CHECK(strstr(tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_POP3, 110, "-ERR", TLSEDU_LANG_EN, buf, sizeof buf), "995") != NULL);
    CHECK(strstr(tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_IMAP, 143, NULL, TLSEDU_LANG_EN, buf, sizeof buf), "explicit") != NULL);
    /* relay on 25: MTA-STS or DANE; another SMTP port: both answers */
    for (int s = TLSEDU_STARTTLS_OFFERED; s <= TLSEDU_STARTTLS_REFUSED; s += TLSEDU_STARTTLS_REFUSED - 1) {
        tlsedu_starttls_explain((tlsedu_starttls_step_t)s, TLSEDU_UPG_SMTP, 25, "454", TLSEDU_LANG_EN, buf, sizeof buf);
        CHECK(strstr(buf, "MTA-STS or DANE") != NULL && strstr(buf, "has no implicit-TLS port") != NULL);
        tlsedu_starttls_explain((tlsedu_starttls_step_t)s, TLSEDU_UPG_SMTP, 2525, "454", TLSEDU_LANG_EN, buf, sizeof buf);
        CHECK(strstr(buf, "Submission can use implicit TLS (port 465)") != NULL && strstr(buf, "MTA-STS or DANE") != NULL);
    }
    tlsedu_starttls_explain(TLSEDU_STARTTLS_TLS_STARTED, TLSEDU_UPG_SMTP, 25, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "relay between servers has no implicit-TLS port") != NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_TLS_STARTED, TLSEDU_UPG_XMPP, 5269, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "5223") == NULL);
    /* the refusal quotes the real reply */
    tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_SMTP, 25, "454", TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "its reply is 454.") != NULL);
    CHECK(strstr(buf, "MTA-STS or DANE can make TLS mandatory there.") != NULL);
    /* IMAP: the status first, then the tag */
    tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_IMAP, 143, "a1 BAD", TLSEDU_LANG_FR, buf, sizeof buf);
    CHECK(strstr(buf, "sa réponse est BAD (étiquette a1).") != NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_IMAP, 143, "OEAO1 BAD", TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "its reply is BAD (tag OEAO1).") != NULL);
    CHECK(strstr(tlsedu_starttls_warning_text_reply(TLSEDU_STW_REFUSED, TLSEDU_UPG_IMAP, NULL, "OEAO1 BAD", TLSEDU_LANG_EN,
                                                    buf, sizeof buf), "(reply BAD (tag OEAO1))") != NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_IMAP, 143, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "its reply is NO or BAD.") != NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_FTP, 21, NULL, TLSEDU_LANG_FR, buf, sizeof buf);
    CHECK(strstr(buf, "sa réponse est un code 4xx ou 5xx.") != NULL);
    /* XMPP: after <failure/> the stream and the TCP connection are closed (RFC 6120 5.4.2.2) */
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_XMPP, 5222, "failure", (tlsedu_lang_t)l, buf, sizeof buf);
        CHECK(strstr(buf, closes[l]) != NULL);
        CHECK(strstr(buf, "XEP-0368") != NULL && strstr(buf, everything[l]) == NULL);
    }
    /* XMPP between servers: the initiating side, not "the client" */
    tlsedu_starttls_explain(TLSEDU_STARTTLS_ACCEPTED, TLSEDU_UPG_XMPP, 5269, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "The initiating side then opens a new XML stream") != NULL && strstr(buf, "client") == NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_XMPP, 5269, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "the usual server-to-server XMPP port") != NULL && strstr(buf, "client") == NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_XMPP, 5269, NULL, TLSEDU_LANG_FR, buf, sizeof buf);
    CHECK(strstr(buf, "le port habituel du XMPP entre serveurs") != NULL && strstr(buf, "client") == NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_IMAP, 143, NULL, TLSEDU_LANG_FR, buf, sizeof buf);
    CHECK(strstr(buf, "sur le port 143 (le port habituel pour IMAP)") != NULL);
    tlsedu_starttls_explain(TLSEDU_STARTTLS_REFUSED, TLSEDU_UPG_LDAP, 389, "2", TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "resultCode 2") != NULL);
    CHECK(strstr(tlsedu_starttls_warning_text_reply(TLSEDU_STW_REFUSED, TLSEDU_UPG_SMTP, NULL, "502", TLSEDU_LANG_EN,
                                                    buf, sizeof buf), "(reply 502)") != NULL);
    CHECK(strstr(tlsedu_starttls_warning_text_reply(TLSEDU_STW_REFUSED, TLSEDU_UPG_POP3, NULL, "-ERR", TLSEDU_LANG_FR,
                                                    buf, sizeof buf), "(réponse -ERR)") != NULL);
    /* asking for the capabilities again: a SHOULD, and only where the protocol says so */
    tlsedu_starttls_explain(TLSEDU_STARTTLS_ACCEPTED, TLSEDU_UPG_SMTP, 25, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "should send EHLO again") != NULL);
    for (int p = TLSEDU_UPG_FTP; p <= TLSEDU_UPG_LDAP; p++)
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
            tlsedu_starttls_explain(TLSEDU_STARTTLS_ACCEPTED, (tlsedu_upgrade_proto_t)p, 21, NULL, (tlsedu_lang_t)l,
                                    buf, sizeof buf);
            CHECK(strstr(buf, "capabilit") == NULL && strstr(buf, "capacit") == NULL);
        }
    tlsedu_starttls_explain(TLSEDU_STARTTLS_NONE, TLSEDU_UPG_SMTP, 25, NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(buf[0] == '\0');
    for (uint32_t w = 1; w <= TLSEDU_STW_CHALLENGE; w <<= 1)
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
            tlsedu_starttls_warning_text(w, TLSEDU_UPG_IMAP, "LOGIN", (tlsedu_lang_t)l, buf, sizeof buf);
            CHECK(strlen(buf) > 20);
            /* one expert info: within Wireshark's label, with the longest command and reply */
            tlsedu_starttls_warning_text_reply(w, TLSEDU_UPG_LDAP, "AUTHENTICATE SCRAM-SHA-256-PLUS", "53",
                                               (tlsedu_lang_t)l, buf, sizeof buf);
            CHECK(strlen(buf) <= 239);
        }
    CHECK(strstr(tlsedu_starttls_warning_text(TLSEDU_STW_CREDENTIALS, TLSEDU_UPG_POP3, "USER/PASS", TLSEDU_LANG_EN, buf, sizeof buf), "USER/PASS") != NULL);
    CHECK(strstr(tlsedu_starttls_warning_text(TLSEDU_STW_REFUSED, TLSEDU_UPG_POP3, NULL, TLSEDU_LANG_EN, buf, sizeof buf), "STLS") != NULL);
    /* a small buffer is cut and terminated */
    char small[8];
    tlsedu_starttls_explain(TLSEDU_STARTTLS_ACCEPTED, TLSEDU_UPG_SMTP, 25, NULL, TLSEDU_LANG_EN, small, sizeof small);
    CHECK(strlen(small) == sizeof small - 1);
}

static void
test_other_protocols(void)
{
    char buf[600];

    /* FTP: AUTH TLS -> 234 -> TLS; FEAT and USER are no upgrade; AUTH SSL is one too */
    tlsedu_starttls_init(&st, TLSEDU_UPG_FTP);
    reply(4, NULL, "220");
    cmd(6, NULL, "FEAT", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    reply(8, NULL, "211");
    cmd(9, NULL, "AUTH", "TLS");
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.warnings == 0);
    reply(10, NULL, "234");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED && r.links.request_frame == 9 && r.links.response_frame == 10);
    payload(11, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && r.links.tls_frame == 11);
    CHECK(tlsedu_starttls_upgraded(&st, 12));
    tlsedu_starttls_init(&st, TLSEDU_UPG_FTP);
    cmd(5, NULL, "AUTH", "SSL");
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED);
    reply(6, NULL, "534");
    CHECK(r.step == TLSEDU_STARTTLS_REFUSED && (r.warnings & TLSEDU_STW_REFUSED));
    CHECK_STR(r.reply, "534");
    tlsedu_starttls_init(&st, TLSEDU_UPG_FTP);
    cmd(5, NULL, "AUTH", "GSSAPI");
    CHECK(r.step == TLSEDU_STARTTLS_NONE);

    /* LDAP: only the extendedResp answers; another reply (tag NULL) does not */
    tlsedu_starttls_init(&st, TLSEDU_UPG_LDAP);
    cmd(4, NULL, "STARTTLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED);
    reply(5, NULL, "0");
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    reply(6, "extendedResp", "0");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED);
    tlsedu_starttls_init(&st, TLSEDU_UPG_LDAP);
    cmd(4, NULL, "STARTTLS", NULL);
    reply(6, "extendedResp", "2");   /* protocolError */
    CHECK(r.step == TLSEDU_STARTTLS_REFUSED);
    CHECK_STR(r.reply, "2");

    /* XMPP: features with and without the offer, proceed and failure */
    tlsedu_starttls_init(&st, TLSEDU_UPG_XMPP);
    begin(8, S);
    tlsedu_starttls_server_line(&st, "FEATURES STARTTLS");
    end();
    CHECK(r.step == TLSEDU_STARTTLS_OFFERED && r.links.offer_frame == 8);
    cmd(10, NULL, "STARTTLS", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED && r.links.offer_frame == 8 && r.warnings == 0);
    reply(11, NULL, "proceed");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED);
    tlsedu_starttls_init(&st, TLSEDU_UPG_XMPP);
    begin(8, S);
    tlsedu_starttls_server_line(&st, "FEATURES");
    end();
    CHECK(r.step == TLSEDU_STARTTLS_NONE);
    cmd(10, NULL, "STARTTLS", NULL);
    CHECK(r.warnings & TLSEDU_STW_NOT_OFFERED);
    reply(11, NULL, "failure");
    CHECK(r.step == TLSEDU_STARTTLS_REFUSED);
    CHECK_STR(r.reply, "failure");

    CHECK_STR(tlsedu_upgrade_proto_name(TLSEDU_UPG_XMPP), "XMPP");
    CHECK_STR(tlsedu_upgrade_command(TLSEDU_UPG_FTP), "AUTH TLS");
    CHECK_STR(tlsedu_upgrade_command(TLSEDU_UPG_LDAP), "StartTLS");   /* RFC 4511 section 4.14 */
    CHECK(strstr(tlsedu_starttls_warning_text(TLSEDU_STW_NOT_OFFERED, TLSEDU_UPG_IMAP, NULL, TLSEDU_LANG_EN, buf, sizeof buf),
                 "(a server without TLS, or a middlebox that removed the offer)") != NULL);
    CHECK(strstr(tlsedu_starttls_explain(TLSEDU_STARTTLS_OFFERED, TLSEDU_UPG_LDAP, 389, NULL, TLSEDU_LANG_EN, buf,
                                         sizeof buf), "port 636, LDAPS") != NULL);
    CHECK(strstr(tlsedu_starttls_explain(TLSEDU_STARTTLS_ACCEPTED, TLSEDU_UPG_XMPP, 5222, NULL, TLSEDU_LANG_FR, buf,
                                         sizeof buf),
                 "<proceed/>") != NULL);
}

static void
test_info_column(void)
{
    char buf[128];

    CHECK_STR(tlsedu_starttls_info(TLSEDU_STARTTLS_REQUESTED, TLSEDU_LANG_EN, buf, sizeof buf),
              "[STARTTLS step 2: requested]");
    CHECK_STR(tlsedu_starttls_info(TLSEDU_STARTTLS_REQUESTED, TLSEDU_LANG_FR, buf, sizeof buf),
              "[avancement STARTTLS 2\xc2\xa0: demandé]");
    CHECK_STR(tlsedu_starttls_info(TLSEDU_STARTTLS_TLS_STARTED, TLSEDU_LANG_EN, buf, sizeof buf),
              "[STARTTLS step 5: TLS started]");
    CHECK_STR(tlsedu_starttls_info(TLSEDU_STARTTLS_REFUSED, TLSEDU_LANG_RU, buf, sizeof buf),
              "[ход STARTTLS 4: отклонён]");
    CHECK_STR(tlsedu_starttls_info(TLSEDU_STARTTLS_NONE, TLSEDU_LANG_EN, buf, sizeof buf), "");
    CHECK_STR(tlsedu_starttls_info((tlsedu_starttls_step_t)9, TLSEDU_LANG_EN, buf, sizeof buf), "");
    CHECK(strlen(tlsedu_starttls_info(TLSEDU_STARTTLS_OFFERED, TLSEDU_LANG_EN, buf, 8)) == 7);
}

/* Issue 15: PostgreSQL's SSLRequest and one-byte answer, IMAP's request tag quoted, a
 * SASL exchange without an initial response flagged on the line that carries the secret. */
static void
test_issue15_upgrades(void)
{
    char buf[1024];

    tlsedu_starttls_init(&st, TLSEDU_UPG_PGSQL);
    cmd(4, NULL, "SSLRequest", NULL);
    CHECK(r.step == TLSEDU_STARTTLS_REQUESTED);
    reply(6, NULL, "S");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED);
    payload(8, C, 1);
    CHECK(r.step == TLSEDU_STARTTLS_TLS_STARTED && tlsedu_starttls_upgraded(&st, 8) && !tlsedu_starttls_upgraded(&st, 6));
    tlsedu_starttls_init(&st, TLSEDU_UPG_PGSQL);
    cmd(4, NULL, "SSLRequest", NULL);
    reply(6, NULL, "N");
    CHECK(r.step == TLSEDU_STARTTLS_REFUSED);
    CHECK_STR(tlsedu_upgrade_proto_name(TLSEDU_UPG_PGSQL), "PostgreSQL");
    CHECK(strstr(tlsedu_starttls_explain(TLSEDU_STARTTLS_REQUESTED, TLSEDU_UPG_PGSQL, 5432, NULL, TLSEDU_LANG_EN, buf,
                                         sizeof buf), "(SSLRequest)") != NULL);

    tlsedu_starttls_init(&st, TLSEDU_UPG_IMAP);
    cmd(9, "a001", "STARTTLS", NULL);
    CHECK_STR(r.reply, "a001 STARTTLS");
    CHECK(strstr(tlsedu_starttls_explain(r.step, TLSEDU_UPG_IMAP, 143, r.reply, TLSEDU_LANG_FR, buf, sizeof buf),
                 "(a001 STARTTLS)") != NULL);
    reply(11, "a001", "OK");
    CHECK(r.step == TLSEDU_STARTTLS_ACCEPTED);
    CHECK_STR(r.reply, "a001 OK");
    CHECK(strstr(tlsedu_starttls_explain(r.step, TLSEDU_UPG_IMAP, 143, r.reply, TLSEDU_LANG_EN, buf, sizeof buf),
                 "(a001 OK)") != NULL);

    /* SMTP AUTH LOGIN: 334, user, 334, password: the password's line carries the secret */
    tlsedu_starttls_init(&st, TLSEDU_UPG_SMTP);
    cmd(9, NULL, "AUTH", "LOGIN");
    CHECK(!(r.warnings & TLSEDU_STW_CREDENTIALS));
    reply(10, NULL, "334");
    cmd(11, NULL, "c3R1ZGVudA==", NULL);
    CHECK(!(r.warnings & TLSEDU_STW_CREDENTIALS));
    reply(12, NULL, "334");
    cmd(13, NULL, "czNjcmV0LVBhc3N3MHJk", NULL);
    CHECK((r.warnings & TLSEDU_STW_CREDENTIALS) && r.mechanism != NULL && strcmp(r.mechanism, "AUTH LOGIN") == 0);
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
    test_odd_orders();
    test_pipelining();
    test_texts();
    test_info_column();
    test_other_protocols();
    test_issue15_upgrades();
    return check_report("starttls");
}
