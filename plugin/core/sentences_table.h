/* sentences_table.h - the tables of sentences (sentence_texts.c, _hello.c, _end.c),
 * private to them: every id has its sentence in exactly one of them.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SENTENCES_TABLE_H
#define TLSEDU_SENTENCES_TABLE_H

#include "sentences.h"

/* one sentence in every language, in the order of tlsedu_lang_t: a row without one of
 * them does not compile */
#define S(en, fr, ru) { { en, fr, ru } }

extern const tlsedu_sentence_t tlsedu_sentences_hello[S_COUNT];
extern const tlsedu_sentence_t tlsedu_sentences_end[S_COUNT];

#endif /* TLSEDU_SENTENCES_TABLE_H */
