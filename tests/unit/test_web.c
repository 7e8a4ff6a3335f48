/* Unit tests of the HTTP-to-HTTPS explanations: Location schemes and HSTS header lines.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdlib.h>

#include "core/web.h"

#include "check.h"

static bool
hsts(const char *line, uint32_t *age, bool *sub)
{
    /* an exact-size copy, so that ASan sees any read past the end */
    size_t n = strlen(line);
    char *copy = malloc(n ? n : 1);
    for (size_t i = 0; i < n; i++)   /* no terminator on purpose */
        copy[i] = line[i];
    bool r = tlsedu_web_hsts_line(copy, n, age, sub);
    free(copy);
    return r;
}

int
main(void)
{
    uint32_t age = 0;
    bool sub = false;
    char buf[400];

    CHECK(tlsedu_web_location_is_https("https://localhost/", 18));
    CHECK(tlsedu_web_location_is_https(" HTTPS://x", 10));
    CHECK(!tlsedu_web_location_is_https("http://localhost/", 17));
    CHECK(!tlsedu_web_location_is_https("/login", 6));
    CHECK(!tlsedu_web_location_is_https("https:/", 7));
    CHECK(!tlsedu_web_location_is_https(NULL, 5));

    CHECK(hsts("Strict-Transport-Security: max-age=31536000\r\n", &age, &sub) && age == 31536000 && !sub);
    CHECK(hsts("strict-transport-security: max-age=63072000; includeSubDomains\r\n", &age, &sub) &&
          age == 63072000 && sub);
    CHECK(hsts("Strict-Transport-Security: includeSubDomains; max-age=\"600\"; preload", &age, &sub) &&
          age == 600 && sub);
    CHECK(hsts("Strict-Transport-Security: max-age=0\r\n", &age, &sub) && age == 0);
    CHECK(hsts("Strict-Transport-Security: max-age=99999999999999999999", &age, &sub) && age == 0xffffffffu);
    CHECK(!hsts("Strict-Transport-Security: includeSubDomains\r\n", &age, &sub));   /* no max-age */
    CHECK(!hsts("Strict-Transport-Security: max-age=\r\n", &age, &sub));
    CHECK(!hsts("Strict-Transport-Security: max-age=\"5\r\n", &age, &sub));          /* open quote */
    CHECK(!hsts("Strict-Transport-Security: max-age=1; max-age=2", &age, &sub));     /* twice */
    CHECK(!hsts("Content-Type: text/html\r\n", &age, &sub));
    CHECK(!hsts("Strict-Transport-Security", &age, &sub));
    CHECK(!hsts("", &age, &sub));
    for (size_t n = 0; n < 60; n++) {   /* every prefix: no read past the end */
        const char *l = "Strict-Transport-Security: max-age=\"31536000\"; includeSubDomains";
        char *copy = malloc(n ? n : 1);
        for (size_t i = 0; i < n; i++)
            copy[i] = l[i];
        (void)tlsedu_web_hsts_line(copy, n, &age, &sub);
        free(copy);
    }

    tlsedu_web_t w = { 301, true, true, false, 0, false, false };
    CHECK(strstr(tlsedu_web_redirect_text(&w, TLSEDU_LANG_EN, buf, sizeof buf), "Permanent redirect (301)") != NULL);
    w.status = 302;
    w.permanent = false;
    CHECK(strstr(tlsedu_web_redirect_text(&w, TLSEDU_LANG_EN, buf, sizeof buf), "permanent redirect (301 or 308) is preferred") != NULL);
    CHECK(strstr(tlsedu_web_redirect_text(&w, TLSEDU_LANG_FR, buf, sizeof buf), "Redirection temporaire (302)") != NULL);
    w.hsts = true;
    w.max_age = 31536000;
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_EN, buf, sizeof buf), "RFC 6797, 8.1") != NULL);
    w.over_tls = true;
    w.include_subdomains = true;
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_EN, buf, sizeof buf), "max-age=31536000 s, 1 year, including subdomains): received over HTTPS") != NULL);
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_FR, buf, sizeof buf), "reçu en HTTPS") != NULL);
    CHECK(strlen(tlsedu_web_hsts_text(&w, TLSEDU_LANG_EN, buf, 10)) == 9);   /* cut, terminated */
    /* max-age=0 over HTTPS deletes the policy (RFC 6797 section 6.1.1) */
    w.max_age = 0;
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_EN, buf, sizeof buf), "the browser deletes this site's HSTS policy") != NULL);
    CHECK(strstr(buf, "only HTTPS") == NULL);
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_FR, buf, sizeof buf), "HSTS max-age=0 reçu en HTTPS\xc2\xa0: le navigateur supprime") != NULL);
    /* cleartext, with includeSubDomains: within 239 bytes as an expert info */
    w.over_tls = false;
    w.max_age = 31536000;
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
        CHECK(strlen("Expert Info (Chat/Security): ") + strlen(tlsedu_web_hsts_text(&w, (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_FR, buf, sizeof buf), "HTTP clair\xc2\xa0: les navigateurs") != NULL);
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_RU, buf, sizeof buf), "по HTTP браузеры игнорируют") != NULL);
    w.over_tls = true;
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
        CHECK(strlen("Expert Info (Chat/Security): ") + strlen(tlsedu_web_hsts_text(&w, (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_RU, buf, sizeof buf), "1 год, с поддоменами) по HTTPS") != NULL);
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_FR, buf, sizeof buf), "(max-age=31536000 s, 1 an, sous-domaines inclus)") != NULL);
    w.max_age = 0;
    CHECK(strstr(tlsedu_web_hsts_text(&w, TLSEDU_LANG_RU, buf, sizeof buf), "браузер удаляет политику HSTS") != NULL);
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++) {
        w.max_age = 31536000;
        CHECK(strlen(tlsedu_web_hsts_text(&w, (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
        w.permanent = l % 2 == 0;
        CHECK(strlen(tlsedu_web_redirect_text(&w, (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    }
    return check_report("web");
}
