/* Unit tests of the course notes' steps (core/course.c): each message's step per version,
 * the notes per key exchange, every note in every language within one tree item, and the
 * course's word ("Étape", «шаг») kept for the course's steps.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdbool.h>
#include <string.h>

#include "core/course.h"
#include "core/starttls.h"
#include "core/say.h"

#include "check.h"

static tlsedu_stage_item_t
item(tlsedu_msg_t msg, int from)
{
    tlsedu_stage_item_t it;

    memset(&it, 0, sizeof it);
    it.msg = msg;
    it.from = (uint8_t)from;
    return it;
}

static const char *
note(const tlsedu_stage_item_t *it, bool tls13, tlsedu_kex_t kex, tlsedu_lang_t lang)
{
    static char buf[512];
    const char *n = tlsedu_course_note(it, tls13, kex, false, false, lang, buf, sizeof buf);
    return n != NULL ? n : "";
}

static void
test_steps(void)
{
    tlsedu_stage_item_t it = item(TLSEDU_MSG_CLIENT_HELLO, TLSEDU_FROM_CLIENT);

    CHECK(tlsedu_course_step(&it, false) == 2 && tlsedu_course_step(&it, true) == 2);
    it = item(TLSEDU_MSG_SERVER_CERTIFICATE, TLSEDU_FROM_SERVER);
    CHECK(tlsedu_course_step(&it, false) == 3);
    it = item(TLSEDU_MSG_CLIENT_KEY_EXCHANGE, TLSEDU_FROM_CLIENT);
    CHECK(tlsedu_course_step(&it, false) == 5);
    CHECK(strstr(note(&it, false, TLSEDU_KEX_RSA, TLSEDU_LANG_EN), "pre-master secret") != NULL);
    CHECK(strstr(note(&it, false, TLSEDU_KEX_ECDHE, TLSEDU_LANG_EN), "no session key travels") != NULL);
    it = item(TLSEDU_MSG_FINISHED, TLSEDU_FROM_SERVER);
    CHECK(tlsedu_course_step(&it, false) == 5);
    CHECK(strstr(note(&it, true, TLSEDU_KEX_ECDHE, TLSEDU_LANG_EN), "before the client's") != NULL);
    it = item(TLSEDU_MSG_APP_DATA, TLSEDU_FROM_CLIENT);
    CHECK(tlsedu_course_step(&it, true) == 6);
    CHECK(strstr(tlsedu_course_note(&it, false, TLSEDU_KEX_RSA, true, false, TLSEDU_LANG_EN, (char[256]){ 0 }, 256),
                 "NOT encrypted") != NULL);
    it = item(TLSEDU_MSG_ALERT, TLSEDU_FROM_CLIENT);
    it.alert_known = true;
    it.alert_description = 48;   /* unknown_ca */
    CHECK(tlsedu_course_step(&it, false) == 4);
    it.from = TLSEDU_FROM_SERVER;   /* the server refusing the client's certificate: not step 4 */
    CHECK(tlsedu_course_step(&it, false) == 0);
    it = item(TLSEDU_MSG_SERVER_HELLO_DONE, TLSEDU_FROM_SERVER);
    CHECK(tlsedu_course_step(&it, false) == 0 && *note(&it, false, TLSEDU_KEX_RSA, TLSEDU_LANG_EN) != '\0');
    it = item(TLSEDU_MSG_CERTIFICATE_REQUEST, TLSEDU_FROM_SERVER);
    CHECK(tlsedu_course_step(&it, true) == 0 && strstr(note(&it, true, TLSEDU_KEX_ECDHE, TLSEDU_LANG_EN), "Not in the six steps"));
    /* an anonymous ServerKeyExchange signs nothing (RFC 5246 7.4.3) */
    it = item(TLSEDU_MSG_SERVER_KEY_EXCHANGE, TLSEDU_FROM_SERVER);
    CHECK(strstr(tlsedu_course_note(&it, false, TLSEDU_KEX_ECDHE, false, true, TLSEDU_LANG_EN, (char[256]){ 0 }, 256),
                 "not signed (anonymous suite)") != NULL);
    /* a PSK resumption is TLS 1.3's even when the version is not known (no ClientHello
     * captured): never the TLS 1.2 "master secret" note (RFC 8446 2.2, 7.1) */
    it = item(TLSEDU_MSG_SERVER_HELLO, TLSEDU_FROM_SERVER);
    it.resumption = TLSEDU_RESUME_PSK;
    CHECK(strstr(note(&it, false, TLSEDU_KEX_PSK_DHE, TLSEDU_LANG_EN), "pre-shared key") != NULL);
    CHECK(strstr(note(&it, false, TLSEDU_KEX_PSK_DHE, TLSEDU_LANG_EN), "master secret") == NULL);
    it.resumption = TLSEDU_RESUME_SESSION_ID;
    CHECK(strstr(note(&it, false, TLSEDU_KEX_ECDHE, TLSEDU_LANG_EN), "master secret") != NULL);
    /* a ClientHello offering 1.3: the note is conditional, the server may pick 1.2 */
    it = item(TLSEDU_MSG_CLIENT_HELLO, TLSEDU_FROM_CLIENT);
    it.offers_tls13 = true;
    it.n_shares = 1;
    CHECK(strstr(note(&it, false, TLSEDU_KEX_RSA, TLSEDU_LANG_EN), "if the server picks TLS 1.3") != NULL);
    CHECK(strcmp(tlsedu_course_step_name(7, TLSEDU_LANG_EN), "?") == 0);
}

/* Every message, every language: a note fits one item; French says "Étape" only for the
 * course's steps and puts a no-break space before its colons; Russian says «шаг». */
static void
test_every_note(void)
{
    for (int m = 1; m < TLSEDU_MSG_COUNT; m++)
        for (int from = 1; from <= 2; from++)
            for (int k = 0; k < 4; k++) {
                tlsedu_stage_item_t it = item((tlsedu_msg_t)m, from);
                const tlsedu_kex_t kex = k & 1 ? TLSEDU_KEX_RSA : TLSEDU_KEX_ECDHE;
                char en[512], fr[512], ru[512];
                it.alert_known = true;
                it.alert_description = 42;
                it.offers_tls13 = true;
                it.n_shares = 1;
                const bool has_en = tlsedu_course_note(&it, k >= 2, kex, false, k == 3, TLSEDU_LANG_EN, en, sizeof en) != NULL;
                const bool has_fr = tlsedu_course_note(&it, k >= 2, kex, false, k == 3, TLSEDU_LANG_FR, fr, sizeof fr) != NULL;
                const bool has_ru = tlsedu_course_note(&it, k >= 2, kex, false, k == 3, TLSEDU_LANG_RU, ru, sizeof ru) != NULL;
                CHECK(has_en == has_fr && has_en == has_ru);
                if (!has_en)
                    continue;
                /* a note may hold two sentences, shown as two items: each fits one */
                {
                    const char *const texts[3] = { en, fr, ru };
                    for (int l = 0; l < 3; l++) {
                        tlsedu_explanation_t e;
                        tlsedu_explanation_split(&e, (tlsedu_lang_t)l, texts[l]);
                        CHECK(e.n >= 1 && e.n <= 2);
                        for (size_t i = 0; i < e.n; i++)
                            CHECK(strlen(e.s[i]) <= 236 && strstr(e.s[i], "\xe2\x80\xa6") == NULL);
                    }
                }
                CHECK(strstr(fr, " :") == NULL && strstr(fr, " ;") == NULL);
                /* Russian: whole (not cut with "…"), no space before : ; and «шаг» for the course's steps */
                CHECK(strstr(ru, "\xe2\x80\xa6") == NULL && strstr(ru, " :") == NULL && strstr(ru, " ;") == NULL);
                CHECK(strstr(ru, "фаз") == NULL);   /* «фаза» is tlsedu's stages, not the course's */
                CHECK(strstr(ru, "Шаг") != NULL || strstr(ru, "шаг") != NULL);
            }
    for (uint8_t s = 1; s <= TLSEDU_COURSE_STEPS; s++)
        CHECK(strcmp(tlsedu_course_step_name(s, TLSEDU_LANG_EN), tlsedu_course_step_name(s, TLSEDU_LANG_FR)) != 0 &&
              strcmp(tlsedu_course_step_name(s, TLSEDU_LANG_EN), tlsedu_course_step_name(s, TLSEDU_LANG_RU)) != 0);
}

/* The upgrade request's note: every language, each command, two whole sentences (the notes'
 * "special command"; the port, whose "arbitrary" only the Russian notes say, corrected there). */
static void
test_upgrade_note(void)
{
    static const char *const commands[] = { "STARTTLS", "STLS", "AUTH TLS", "StartTLS", "<starttls/>", "SSLRequest" };
    /* each protocol's own ports (core/starttls_texts.c): SMTP, IMAP, POP3, FTP, LDAP, XMPP, PostgreSQL */
    static const tlsedu_upgrade_proto_t protos[] = { TLSEDU_UPG_SMTP, TLSEDU_UPG_IMAP, TLSEDU_UPG_POP3,
                                                     TLSEDU_UPG_FTP, TLSEDU_UPG_LDAP, TLSEDU_UPG_XMPP, TLSEDU_UPG_PGSQL };
    char buf[1024], ports[32];

    for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++)
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
            tlsedu_explanation_t e;
            CHECK(strstr(tlsedu_course_upgrade_note(commands[c], "5222 или 5269", c % 2 == 0, (tlsedu_lang_t)l, buf, sizeof buf),
                         commands[c]) != NULL);
            tlsedu_explanation_split(&e, (tlsedu_lang_t)l, buf);
            CHECK(e.n == 2);
            for (size_t i = 0; i < e.n; i++)
                CHECK(strlen(e.s[i]) <= 236 && strstr(e.s[i], "\xe2\x80\xa6") == NULL);
        }
    tlsedu_course_upgrade_note("STARTTLS", "25 or 587", true, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "steps 2 to 6") != NULL && strstr(buf, "arbitrary") == NULL);
    CHECK(strstr(buf, "own port (25 or 587)") != NULL);
    CHECK_STR(tlsedu_starttls_usual_ports(TLSEDU_UPG_PGSQL, TLSEDU_LANG_EN, ports, sizeof ports), "5432");
    CHECK_STR(tlsedu_starttls_usual_ports(TLSEDU_UPG_XMPP, TLSEDU_LANG_FR, ports, sizeof ports), "5222 ou 5269");
    for (size_t p = 0; p < sizeof protos / sizeof protos[0]; p++)
        CHECK(strchr(tlsedu_starttls_usual_ports(protos[p], TLSEDU_LANG_EN, ports, sizeof ports), ',') == NULL &&
              ports[0] >= '1' && ports[0] <= '9');
    tlsedu_course_upgrade_note("STARTTLS", "25 или 587", true, TLSEDU_LANG_RU, buf, sizeof buf);
    CHECK(strstr(buf, "«произвольный» из конспекта") != NULL && strstr(buf, "шаги 2–6") != NULL);
    /* PostgreSQL has no implicit-TLS port (before 17, direct TLS on the same 5432): no contrast */
    tlsedu_course_upgrade_note("SSLRequest", "5432", false, TLSEDU_LANG_EN, buf, sizeof buf);
    CHECK(strstr(buf, "(5432), the one its cleartext sessions use too") != NULL && strstr(buf, "implicit") == NULL);
    CHECK(tlsedu_starttls_has_implicit_port(TLSEDU_UPG_IMAP) && !tlsedu_starttls_has_implicit_port(TLSEDU_UPG_PGSQL));
}

int
main(void)
{
    test_steps();
    test_every_note();
    test_upgrade_note();
    return check_report("course");
}
