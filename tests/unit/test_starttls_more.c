/* Unit tests of the STARTTLS machine in odd orders and with pipelining, and of its texts:
 * step names, explanations and warnings in every language, the Info column, the other
 * protocols' upgrades, issue 15's upgrades.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "core/starttls.h"

#include "check.h"
#include "starttls_helpers.h"

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
    const char *dot;

    for (; (dot = strstr(text, ". ")) != NULL; text = dot + 2)
        if ((size_t)(dot + 1 - text) > 236)
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
    for (uint32_t w = 1; w <= TLSEDU_STW_INJECTION_SERVER; w <<= 1)
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
    /* the server's bytes: response injection, not the client's command injection */
    CHECK(strstr(tlsedu_starttls_warning_text(TLSEDU_STW_INJECTION_SERVER, TLSEDU_UPG_SMTP, NULL, TLSEDU_LANG_EN, buf,
                                              sizeof buf), "response injection") != NULL &&
          strstr(buf, "command injection") == NULL && strlen(buf) <= 205);
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
        CHECK(strlen(tlsedu_starttls_warning_text(TLSEDU_STW_INJECTION_SERVER, TLSEDU_UPG_LDAP, NULL, (tlsedu_lang_t)l,
                                                  buf, sizeof buf)) <= 205);
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

/* A recorded challenge-response allows guessing a weak password offline (RFC 5802 9, RFC
 * 2195 4), a Kerberos (GSSAPI) exchange does not (RFC 4120 3.2) */
static void
test_challenge_warnings(void)
{
    char buf[512];

    tlsedu_starttls_warning_text_reply(TLSEDU_STW_CHALLENGE, TLSEDU_UPG_SMTP, "AUTH CRAM-MD5", NULL, TLSEDU_LANG_EN,
                                       buf, sizeof buf);
    CHECK(strstr(buf, "guessing a weak one offline") != NULL && strstr(buf, "SASL") == NULL);   /* CRAM-MD5: no layer */
    tlsedu_starttls_warning_text_reply(TLSEDU_STW_CHALLENGE, TLSEDU_UPG_SMTP, "AUTH DIGEST-MD5", NULL, TLSEDU_LANG_EN,
                                       buf, sizeof buf);
    CHECK(strstr(buf, "offline") != NULL && strstr(buf, "without a SASL layer") != NULL);   /* auth-int, auth-conf */
    tlsedu_starttls_warning_text_reply(TLSEDU_STW_CHALLENGE, TLSEDU_UPG_POP3, "APOP", NULL, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "offline") != NULL && strstr(buf, "SASL") == NULL);   /* APOP is POP3's own, no SASL layer */
    tlsedu_starttls_warning_text_reply(TLSEDU_STW_CHALLENGE, TLSEDU_UPG_SMTP, "AUTH GSSAPI", NULL, TLSEDU_LANG_EN,
                                       buf, sizeof buf);
    CHECK(strstr(buf, "Kerberos login") != NULL && strstr(buf, "offline") == NULL && strstr(buf, "without a SASL security layer") != NULL);
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        tlsedu_starttls_warning_text_reply(TLSEDU_STW_CHALLENGE, TLSEDU_UPG_IMAP, "AUTHENTICATE SCRAM-SHA-256-PLUS", NULL,
                                           (tlsedu_lang_t)l, buf, sizeof buf);
        CHECK(strlen("Expert Info (Note/Security): ") + strlen(buf) <= 239);
    }
}

int
main(void)
{
    test_challenge_warnings();
    test_odd_orders();
    test_pipelining();
    test_texts();
    test_info_column();
    test_other_protocols();
    test_issue15_upgrades();
    return check_report("starttls_more");
}
