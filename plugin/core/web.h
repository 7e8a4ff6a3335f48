/* web.h - HTTP to HTTPS: redirects and HSTS, explained.
 *
 * Plain C11, no Wireshark include.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_WEB_H
#define TLSEDU_WEB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"

/* What an HTTP response says about moving to HTTPS. */
typedef struct {
    uint16_t status;          /* the response's status code */
    bool redirect_to_https;   /* a 301/302/307/308 whose Location is an https:// URL */
    bool permanent;           /* 301 or 308 */
    bool hsts;                /* a Strict-Transport-Security header with a max-age */
    uint32_t max_age;         /* its max-age, in seconds */
    bool include_subdomains;
    bool over_tls;            /* the response came over TLS: only then do browsers obey HSTS */
} tlsedu_web_t;

/* Whether a Location value is an https:// URL (case-insensitive scheme). */
bool tlsedu_web_location_is_https(const char *location, size_t len);

/* Parses one HTTP header line ("Name: value", CRLF optional) as
 * Strict-Transport-Security (RFC 6797 6.1): true when it is that header with a valid
 * max-age directive; fills max_age and include_subdomains. */
bool tlsedu_web_hsts_line(const char *line, size_t len, uint32_t *max_age, bool *include_subdomains);

/* The explanation of a redirect and of an HSTS header, into buf (always terminated). */
char *tlsedu_web_redirect_text(const tlsedu_web_t *w, tlsedu_lang_t lang, char *buf, size_t len);
char *tlsedu_web_hsts_text(const tlsedu_web_t *w, tlsedu_lang_t lang, char *buf, size_t len);

#endif /* TLSEDU_WEB_H */
