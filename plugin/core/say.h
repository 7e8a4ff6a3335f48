/* say.h - the sentence model of the explanations (docs/frame-facts.md): an explanation is
 * a list of sentences, each one fact or one consequence about this frame, in every
 * language, short enough for one item of Wireshark's tree.
 *
 * Plain C11, no Wireshark include.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SAY_H
#define TLSEDU_SAY_H

#include <stddef.h>

#include "catalogue.h"

/* Wireshark cuts an item's label at ITEM_LABEL_LENGTH (240) bytes, terminator included:
 * a sentence is at most 239 bytes of UTF-8 (about 115 Cyrillic letters). */
#define TLSEDU_SENTENCE_BYTES 239
#define TLSEDU_SENTENCES_MAX 12

/* One sentence in every language, with placeholders {1} {2} {3} filled by tlsedu_say (a
 * translation may reorder them). French templates use plain spaces: tlsedu_say puts the
 * no-break space of French typography before : ; ? ! and inside « ». */
typedef struct {
    const char *text[TLSEDU_LANG_COUNT];
} tlsedu_sentence_t;

/* An explanation: its sentences, in order, each terminated. */
typedef struct {
    size_t n;
    char s[TLSEDU_SENTENCES_MAX][TLSEDU_SENTENCE_BYTES + 1];
} tlsedu_explanation_t;

/* Appends one sentence: the template in lang with {1}..{3} replaced by a1..a3 (NULL: "?").
 * A sentence that would pass TLSEDU_SENTENCE_BYTES (long names in the frame) is cut at a
 * character boundary and ends with an ellipsis. Nothing happens when the explanation is
 * full or the template is missing. */
void tlsedu_say(tlsedu_explanation_t *e, tlsedu_lang_t lang, const tlsedu_sentence_t *s,
                const char *a1, const char *a2, const char *a3);

/* The whole explanation as one string, sentences separated by a space (always terminated,
 * cut at a character boundary when buf is short). Returns buf. */
char *tlsedu_explanation_join(const tlsedu_explanation_t *e, char *buf, size_t len);

/* A text of several sentences (the STARTTLS and service texts, written as one string) cut
 * into e's sentences, each with French typography in French and fitted to one tree item.
 * Returns their number. */
size_t tlsedu_explanation_split(tlsedu_explanation_t *e, tlsedu_lang_t lang, const char *text);

#endif /* TLSEDU_SAY_H */
