/* sentences_table.h - the two tables of sentences (sentence_texts.c, sentence_texts_hello.c),
 * private to them: every id has its sentence in exactly one of them.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SENTENCES_TABLE_H
#define TLSEDU_SENTENCES_TABLE_H

#include "sentences.h"

/* one sentence in every language, in the order of tlsedu_lang_t */
#define S(...) { { __VA_ARGS__ } }   /* transitional: S(en, fr, ru) once every row has Russian */

extern const tlsedu_sentence_t tlsedu_sentences_hello[S_COUNT];
extern const tlsedu_sentence_t tlsedu_sentences_end[S_COUNT];

#endif /* TLSEDU_SENTENCES_TABLE_H */
