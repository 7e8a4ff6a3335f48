/* stats_texts.h - the words of tlsedu's statistics (the "TLS Classroom" table of
 * conversations and the totals tree) in every language, and the kinds of warnings they
 * count. Plain C, no Wireshark include.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STATS_TEXTS_H
#define TLSEDU_STATS_TEXTS_H

#include <stdint.h>

#include "catalogue.h"

/* The kinds of tlsedu's expert infos, as bits of a frame's warnings (1u << kind). */
typedef enum {
    TLSEDU_WK_HANDSHAKE_FAILED,
    TLSEDU_WK_WEAK_CIPHER,
    TLSEDU_WK_WEAK_VERSION,
    TLSEDU_WK_NO_FORWARD_SECRECY,
    TLSEDU_WK_CERT_EXPIRED,
    TLSEDU_WK_CERT_NAME_MISMATCH,
    TLSEDU_WK_STARTTLS_REFUSED,
    TLSEDU_WK_STARTTLS_NOT_USED,
    TLSEDU_WK_STARTTLS_NOT_OFFERED,
    TLSEDU_WK_TLS_AFTER_REFUSAL,
    TLSEDU_WK_STARTTLS_INJECTION,
    TLSEDU_WK_NO_TLS_AFTER_STARTTLS,
    TLSEDU_WK_CLEARTEXT_CREDENTIALS,
    TLSEDU_WK_CHALLENGE_LOGIN,
    TLSEDU_WK_SERVICE_MISMATCH,
    TLSEDU_WK_HTTP_REDIRECT,
    TLSEDU_WK_HSTS,
    TLSEDU_WK_COUNT
} tlsedu_warning_kind_t;

#define TLSEDU_WK_BIT(k) (1u << (unsigned)(k))

/* The kinds Wireshark ranks as warnings or errors (PI_WARN, PI_ERROR): what tlsedu.warnings,
 * the statistics' warnings and the profile's warning colours count. The others are a note
 * (STARTTLS not offered, a challenge login in cleartext) or good practice (PI_CHAT: a
 * redirect to HTTPS, HSTS). */
#define TLSEDU_WK_WARNINGS                                                                        \
    (((1u << TLSEDU_WK_COUNT) - 1) &                                                              \
     ~(TLSEDU_WK_BIT(TLSEDU_WK_STARTTLS_NOT_OFFERED) | TLSEDU_WK_BIT(TLSEDU_WK_CHALLENGE_LOGIN) | \
       TLSEDU_WK_BIT(TLSEDU_WK_HTTP_REDIRECT) | TLSEDU_WK_BIT(TLSEDU_WK_HSTS)))

/* A kind's short name ("handshake failed") in a language, and its expert info's filter
 * name ("tlsedu.handshake_failed"); "?" and NULL past the end. */
const char *tlsedu_warning_kind_name(tlsedu_warning_kind_t kind, tlsedu_lang_t lang);
const char *tlsedu_warning_kind_filter(tlsedu_warning_kind_t kind);

/* A kind's summary, the sentence the Expert Information dialog shows as its group's title
 * ("Group by summary"), in a language; "?" past the end. */
const char *tlsedu_warning_kind_summary(tlsedu_warning_kind_t kind, tlsedu_lang_t lang);

/* The warnings of a mask as short names joined by ", " into buf (always terminated). */
char *tlsedu_warning_kinds_words(uint32_t mask, tlsedu_lang_t lang, char *buf, size_t len);

/* The columns of the table of conversations. */
typedef enum {
    TLSEDU_COL_CLIENT,
    TLSEDU_COL_SERVER,
    TLSEDU_COL_SERVICE,
    TLSEDU_COL_SECURITY,
    TLSEDU_COL_EVIDENCE,
    TLSEDU_COL_STARTTLS,
    TLSEDU_COL_VERSION,
    TLSEDU_COL_SUITE,
    TLSEDU_COL_KEX,
    TLSEDU_COL_FORWARD_SECRECY,
    TLSEDU_COL_RESUMED,
    TLSEDU_COL_ROUND_TRIPS,
    TLSEDU_COL_WARNINGS,
    TLSEDU_COL_COUNT
} tlsedu_stats_column_t;

const char *tlsedu_stats_column_name(tlsedu_stats_column_t col, tlsedu_lang_t lang);

/* The other words of the statistics. */
typedef enum {
    TLSEDU_SW_TABLE_TITLE,       /* the table's title: "TLS Classroom: conversations" */
    TLSEDU_SW_TREE_TITLE,        /* the totals tree's title */
    TLSEDU_SW_BY_SECURITY,       /* the tree's branches */
    TLSEDU_SW_BY_VERSION,
    TLSEDU_SW_BY_WARNING,
    TLSEDU_SW_NO_TLS,            /* a conversation without a TLS handshake seen */
    TLSEDU_SW_UNKNOWN,           /* a fact not known (no key log, not seen) */
    TLSEDU_SW_YES,
    TLSEDU_SW_NO,
    TLSEDU_SW_FAILED,            /* the handshake failed (the version column) */
    TLSEDU_SW_NOT_OFFERED,       /* STARTTLS not offered */
    TLSEDU_SW_COUNT
} tlsedu_stats_word_t;

const char *tlsedu_stats_word(tlsedu_stats_word_t word, tlsedu_lang_t lang);

/* The STARTTLS outcome of a conversation: the furthest step seen (tlsedu_starttls_step_t
 * values; a refusal followed by an accepted retry is accepted). */
uint8_t tlsedu_starttls_outcome_merge(uint8_t outcome, uint8_t step);

#endif /* TLSEDU_STATS_TEXTS_H */
