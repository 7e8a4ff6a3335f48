/* starttls_texts.h - what starttls_texts.c (the steps and explanations) shares with
 * starttls_warnings.c (the warnings): internal to the STARTTLS texts.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_TEXTS_H
#define TLSEDU_STARTTLS_TEXTS_H

#include <stddef.h>

#include "starttls.h"

/* One literal per language, so that the compiler still checks each format string. */
#define TLSEDU_BY_LANG(lang, en, fr, ru) \
    ((lang) == TLSEDU_LANG_RU ? (ru) : (lang) == TLSEDU_LANG_FR ? (fr) : (en))

/* The language itself, English for an unknown value. */
tlsedu_lang_t tlsedu_starttls_lang(tlsedu_lang_t lang);

/* Appends a formatted piece to buf (always terminated, cut when full). */
void tlsedu_starttls_append(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The refusing reply as a student reads it (the protocol's words when reply is NULL or ""). */
void tlsedu_starttls_reply_words(char *buf, size_t len, tlsedu_upgrade_proto_t proto, const char *reply,
                                 tlsedu_lang_t lang);

#endif /* TLSEDU_STARTTLS_TEXTS_H */
