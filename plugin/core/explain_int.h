/* explain_int.h - shared by explain.c, explain_hello.c and explain_end.c (not for the glue).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_EXPLAIN_INT_H
#define TLSEDU_EXPLAIN_INT_H

#include <stdbool.h>

#include "sentences.h"
#include "texts.h"

typedef struct {
    tlsedu_explanation_t *e;
    tlsedu_lang_t lang;
    const tlsedu_stage_item_t *it;
    const tlsedu_explain_ctx_t *ctx;   /* never NULL (an empty one when nothing is known) */
    bool tls13, tls12, server, client; /* tls12: SSL 3.0 to TLS 1.2 and DTLS 1.0/1.2 */
    bool cleartext13;                  /* TLS 1.3 with an integrity-only suite (RFC 9150): nothing encrypted */
} tlsedu_ex_t;

void tlsedu_ex_say(tlsedu_ex_t *x, tlsedu_sentence_id_t id);
void tlsedu_ex_say1(tlsedu_ex_t *x, tlsedu_sentence_id_t id, const char *a1);
void tlsedu_ex_say2(tlsedu_ex_t *x, tlsedu_sentence_id_t id, const char *a1, const char *a2);

/* explain_hello.c */
void tlsedu_explain_client_hello(tlsedu_ex_t *x);
/* A version by name, a TLS 1.3 draft with its number ("TLS 1.3 (draft 28)"), else its number. */
const char *tlsedu_ex_version_text(const tlsedu_ex_t *x, uint16_t v, char *buf, size_t len);

/* explain_end.c */
void tlsedu_explain_finished(tlsedu_ex_t *x);
void tlsedu_explain_data(tlsedu_ex_t *x);
void tlsedu_explain_clear13(tlsedu_ex_t *x);
void tlsedu_explain_alert(tlsedu_ex_t *x);

#endif /* TLSEDU_EXPLAIN_INT_H */
