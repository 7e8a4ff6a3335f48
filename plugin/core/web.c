/* web.c - HTTP to HTTPS: redirects and HSTS.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "web.h"

#include "labels.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"

bool
tlsedu_web_location_is_https(const char *location, size_t len)
{
    size_t i = 0;
    if (location == NULL)
        return false;
    while (i < len && (location[i] == ' ' || location[i] == '\t'))
        i++;
    return tlsedu_ascii_prefix_ci(location + i, len - i, "https://");
}

/* RFC 6797 6.1: directives separated by ";", names case-insensitive, max-age required
 * (delta-seconds, possibly quoted), includeSubDomains optional. */
bool
tlsedu_web_hsts_line(const char *line, size_t len, uint32_t *max_age, bool *include_subdomains)
{
    static const char name[] = "Strict-Transport-Security:";
    bool have_age = false;
    size_t i;

    if (line == NULL || !tlsedu_ascii_prefix_ci(line, len, name))
        return false;
    *include_subdomains = false;
    i = sizeof name - 1;
    while (i < len && line[i] != '\r' && line[i] != '\n') {
        while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == ';'))
            i++;
        if (tlsedu_ascii_prefix_ci(line + i, len - i, "max-age")) {
            i += 7;
            while (i < len && line[i] == ' ')
                i++;
            if (i >= len || line[i] != '=')
                return false;
            i++;
            while (i < len && line[i] == ' ')
                i++;
            bool quoted = i < len && line[i] == '"';
            if (quoted)
                i++;
            uint64_t v = 0;
            size_t digits = 0;
            while (i < len && line[i] >= '0' && line[i] <= '9') {
                if (v < 0xffffffffu)
                    v = v * 10 + (uint64_t)(line[i] - '0');
                i++;
                digits++;
            }
            if (digits == 0 || have_age)
                return false;   /* no number, or max-age twice (6.1: at most once) */
            if (quoted && (i >= len || line[i++] != '"'))
                return false;
            *max_age = v > 0xffffffffu ? 0xffffffffu : (uint32_t)v;
            have_age = true;
        } else if (tlsedu_ascii_prefix_ci(line + i, len - i, "includeSubDomains")) {
            *include_subdomains = true;
            i += 17;
        } else {
            while (i < len && line[i] != ';' && line[i] != '\r' && line[i] != '\n')
                i++;  /* an unknown directive is ignored (6.1) */
        }
    }
    return have_age;
}

/* The language of a text: English for an unknown value. */
static tlsedu_lang_t
valid_lang(tlsedu_lang_t lang)
{
    return (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
}

/* One literal per language, so that the compiler still checks each format string. */
#define BY_LANG(lang, en, fr, ru) ((lang) == TLSEDU_LANG_RU ? (ru) : (lang) == TLSEDU_LANG_FR ? (fr) : (en))

char *
tlsedu_web_redirect_text(const tlsedu_web_t *w, tlsedu_lang_t lang, char *buf, size_t len)
{
    if (buf == NULL || len == 0)
        return buf;
    lang = valid_lang(lang);
    if (w->permanent)
        snprintf(buf, len,
                 BY_LANG(lang, "Permanent redirect (%u) to HTTPS: the recommended way to keep port 80 open and move users to HTTPS.",
                         "Redirection permanente (%u) vers HTTPS\xc2\xa0: la bonne façon de garder le port 80 ouvert et d'envoyer les utilisateurs vers HTTPS.",
                         "Постоянное перенаправление (%u) на HTTPS: лучший способ держать порт 80 открытым и переводить всех на HTTPS."),
                 (unsigned)w->status);
    else
        snprintf(buf, len,
                 BY_LANG(lang, "Temporary redirect (%u) to HTTPS: it works, but a permanent redirect (301 or 308) is preferred, because browsers and search engines remember it.",
                         "Redirection temporaire (%u) vers HTTPS\xc2\xa0: elle fonctionne, mais une redirection permanente (301 ou 308) est préférable, car navigateurs et moteurs de recherche la retiennent.",
                         "Временное перенаправление (%u) на HTTPS работает, но лучше постоянное (301 или 308): его запомнят браузеры и поисковики."),
                 (unsigned)w->status);
    return buf;
}

/* RFC 6797 section 6.1.1: max-age=0 over HTTPS tells the browser to stop treating the host
 * as a Known HSTS Host (its policy is deleted). */
static char *
hsts_delete_text(tlsedu_lang_t lang, char *buf, size_t len)
{
    static const char *const text[TLSEDU_LANG_COUNT] = {
        "HSTS max-age=0 received over HTTPS: the browser deletes this site's HSTS policy (RFC 6797 section 6.1.1).",
        "HSTS max-age=0 reçu en HTTPS\xc2\xa0: le navigateur supprime la politique HSTS de ce site (RFC 6797 section 6.1.1).",
        "HSTS max-age=0 получен по HTTPS: браузер удаляет политику HSTS этого сайта (RFC 6797, раздел 6.1.1).",
    };

    snprintf(buf, len, "%s", text[lang]);
    return buf;
}

/* RFC 6797 section 8.1: a UA notes the policy only from a secure transport; over
 * cleartext HTTP it is ignored (section 14.6 for why) */
char *
tlsedu_web_hsts_text(const tlsedu_web_t *w, tlsedu_lang_t lang, char *buf, size_t len)
{
    static const char *const subdomains[TLSEDU_LANG_COUNT] = {
        ", including subdomains", ", sous-domaines inclus", ", с поддоменами",
    };
    char words[48];

    if (buf == NULL || len == 0)
        return buf;
    lang = valid_lang(lang);
    if (w->over_tls && w->max_age == 0)
        return hsts_delete_text(lang, buf, len);
    tlsedu_duration_words(w->max_age, lang, words, sizeof words);
    if (w->over_tls)
        snprintf(buf, len,
                 BY_LANG(lang, "HSTS (max-age=%u s, %s%s): received over HTTPS, so for that long the browser will use only HTTPS here, even if someone types http://.",
                         "HSTS (max-age=%u s, %s%s)\xc2\xa0: reçu en HTTPS, le navigateur n'utilisera ici que HTTPS pendant cette durée, même si l'on tape http://.",
                         "HSTS (max-age=%u с, %s%s) по HTTPS: на этот срок браузер пойдет сюда только по HTTPS, даже если набрать http://."),
                 (unsigned)w->max_age, words, w->include_subdomains ? subdomains[lang] : "");
    else
        snprintf(buf, len,
                 BY_LANG(lang, "HSTS (max-age=%u s, %s%s) received over cleartext HTTP: browsers ignore it (RFC 6797, 8.1), as an attacker could have added or removed it.",
                         "HSTS (max-age=%u s, %s%s) reçu en HTTP clair\xc2\xa0: les navigateurs l'ignorent (RFC 6797, 8.1), un attaquant ayant pu l'ajouter ou le retirer.",
                         "HSTS (max-age=%u с, %s%s) по HTTP браузеры игнорируют (RFC 6797, 8.1): его мог вставить или убрать атакующий."),
                 (unsigned)w->max_age, words, w->include_subdomains ? subdomains[lang] : "");
    return buf;
}
