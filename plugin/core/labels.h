/* labels.h - the labels of the tlsedu tree in every language: the field names a student
 * reads ("Server port", "Port du serveur", "Порт сервера"), the words Wireshark would
 * print in English for booleans and durations, and certificate dates.
 *
 * Wireshark registers a field's label once, in English; when tlsedu.language is not
 * English the glue rewrites an item's text as "<label>: <value>" with the label found
 * here by the field's filter name. Plain C11, no Wireshark include.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_LABELS_H
#define TLSEDU_LABELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"

/* The label of a tlsedu field (its filter name, "tlsedu.service.port") in a language, or
 * NULL when the name is not a tlsedu field. The English labels are exactly the registered
 * ones. "tlsedu" itself gives the protocol's name, "TLS Classroom" in every language. An
 * unknown language is English. */
const char *tlsedu_field_label(const char *abbrev, tlsedu_lang_t lang);

/* The number of fields in the table, and the filter name of the i-th (NULL past the end):
 * for tests and for whoever wants to walk every label. */
size_t tlsedu_field_label_count(void);
const char *tlsedu_field_label_abbrev(size_t i);

/* A boolean's value as Wireshark prints it in English ("True", "False"), in a language. */
const char *tlsedu_bool_word(bool value, tlsedu_lang_t lang);

/* The unit of a relative time ("seconds"), in a language. */
const char *tlsedu_seconds_word(tlsedu_lang_t lang);

/* A duration of secs seconds in the largest unit that divides it, for a student to read
 * beside the number: "2 h", "5 min", "7 days", "1 year" (365 days); French "7 jours",
 * "1 an"; Russian "7 дн.", "1 год". Returns buf (always terminated). */
char *tlsedu_duration_words(uint32_t secs, tlsedu_lang_t lang, char *buf, size_t len);

/* A certificate's key as a student reads it in the language: "RSA 2048 bits" (the field's
 * language-neutral value) is "RSA 2048 бит" in Russian; other keys ("EC P-256") as they are.
 * Returns buf (always terminated). */
char *tlsedu_key_words(const char *key, tlsedu_lang_t lang, char *buf, size_t len);

/* A UTC date and time, secs seconds from the Unix epoch (negative before 1970), into buf:
 *   English, exactly as Wireshark 4.0 shows an FT_ABSOLUTE_TIME field in ABSOLUTE_TIME_UTC:
 *     "Jan  1, 2036 00:00:00.000000000 UTC"
 *   French: "1er janvier 2036 à 00:00:00 UTC", "29 février 2000 à 12:05:09 UTC"
 *   Russian: "1 января 2036 г., 00:00:00 UTC", "7 декабря 2026 г., 14:05:00 UTC"
 * No locale, no time zone, no gmtime: plain calendar arithmetic. buf is always
 * terminated, cut between UTF-8 characters when too short. Returns buf. */
char *tlsedu_format_utc(int64_t secs, tlsedu_lang_t lang, char *buf, size_t len);

#endif /* TLSEDU_LABELS_H */
