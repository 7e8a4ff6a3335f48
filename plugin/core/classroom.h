/* classroom.h - the classroom outputs' texts and decisions: the language preference, the
 * short stage phrases of the Info column, and the warning texts, English, French and
 * Russian.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CLASSROOM_H
#define TLSEDU_CLASSROOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"
#include "handshake.h"

/* The language of a tlsedu.language value: "en", "fr" or "ru" (any case, surrounding blanks
 * ignored); an empty value or NULL is English. Returns false for any other value, and
 * *lang is then English. */
bool tlsedu_lang_parse(const char *value, tlsedu_lang_t *lang);

/* The short phrase of a stage for the Info column ("client proposes"), or NULL. */
const char *tlsedu_stage_phrase(tlsedu_stage_t stage, tlsedu_lang_t lang);

/* The Info column text of a frame's stages, in the order they first appear, each stage
 * once: "[stage 1: client proposes]", "[stages 2, 3, 4: server chooses, server proves its
 * identity, key exchange]"; "[phase 1 : le client propose]" in French and "[фаза 1: клиент
 * предлагает]" in Russian, since "étape" and "шаг" are the course notes' words for their
 * own six steps. Unknown stages are left out; with none left buf is "". data says what
 * Wireshark shows of the application data: TLSEDU_DATA_DECRYPTED "application data,
 * decrypted here by Wireshark", TLSEDU_DATA_CLEAR (a NULL cipher) "application data,
 * readable: not encrypted (NULL cipher)". Always terminated, cut between UTF-8
 * characters. Returns buf. */
typedef enum {
    TLSEDU_DATA_ENCRYPTED = 0,   /* as on the wire */
    TLSEDU_DATA_DECRYPTED = 1,   /* decrypted by Wireshark (key log, RSA private key) */
    TLSEDU_DATA_CLEAR = 2        /* readable without keys: a NULL cipher (RFC 5246 6.2.3.1, RFC 9150) */
} tlsedu_data_view_t;
char *tlsedu_info_stages(const uint8_t *stages, size_t n, tlsedu_data_view_t data, tlsedu_lang_t lang, char *buf,
                         size_t len);

/* Small words of the tlsedu tree's top line, in a language. */
typedef enum {
    TLSEDU_WORD_ON_PORT,     /* "SMTP on port 25" */
    TLSEDU_WORD_STAGE,       /* "stage 1+2" */
    TLSEDU_WORD_TO_SERVER,   /* tlsedu.direction 1 */
    TLSEDU_WORD_TO_CLIENT,   /* tlsedu.direction 2 */
    TLSEDU_WORD_COUNT
} tlsedu_word_t;
const char *tlsedu_word(tlsedu_word_t word, tlsedu_lang_t lang);

/* The name of a key exchange family in a language (tlsedu_kex_name is the English one). */
const char *tlsedu_kex_name_lang(tlsedu_kex_t kex, tlsedu_lang_t lang);

/* Warning texts (expert infos), into buf (always terminated, and never past the 239 bytes
 * Wireshark keeps of an expert info: cut between UTF-8 characters). Return buf. */
/* tlsedu.handshake_failed: alert is the alert's name ("unknown_ca(48)") and cause its usual
 * cause, both may be NULL; no alert: the connection ended before both Finished. */
char *tlsedu_warn_handshake_failed(const char *alert, const char *cause, tlsedu_lang_t lang,
                                   char *buf, size_t len);
/* tlsedu.weak_version: version is its name ("TLS 1.0") or NULL. */
char *tlsedu_warn_weak_version(const char *version, tlsedu_lang_t lang, char *buf, size_t len);

/* "Weak cipher suite NAME: why" (tlsedu.weak_cipher); weak is tlsedu_suite_weakness(name). */
char *tlsedu_warn_weak_cipher(const char *suite, unsigned weak, tlsedu_lang_t lang, char *buf, size_t len);
/* tlsedu.no_forward_secrecy */
char *tlsedu_warn_no_forward_secrecy(tlsedu_kex_t kex, const char *suite, tlsedu_lang_t lang, char *buf, size_t len);
/* tlsedu.unknown_language: value is the preference's value, already escaped. In English,
 * French and Russian side by side, since the language is unknown. */
char *tlsedu_note_unknown_language(const char *value, char *buf, size_t len);

#endif /* TLSEDU_CLASSROOM_H */
