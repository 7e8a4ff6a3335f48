/* stats.h - the statistics feature: the "tlsedu" tap, fed on every pass with one record
 * per annotated frame, and the two views Wireshark draws from it (docs/architecture.md):
 * the table of conversations (a stat tap table: tshark -z tlsedu,conversations; the GUI's
 * Statistics menu) and the totals (a stats tree: tshark -z tlsedu,tree).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STATS_H
#define TLSEDU_STATS_H

#include "shared/frame.h"

/* What the tap carries for one frame (allocated in the packet's pool). */
typedef struct {
    const void *conv;                  /* the row's key: tlsedu's state of the conversation */
    const char *client;                /* "address:port" of each side */
    const char *server;
    gboolean sides_known;              /* the server's port told client from server */
    const tlsedu_annotation_t *a;      /* the frame's record (a copy in the packet pool) */
    /* the totals count conversations: this frame moved its conversation from one class
     * (security, version) to another; prev_security -1: counted for the first time */
    gboolean class_changed;
    gint prev_security;
    guint16 prev_version;
    guint8 security;                   /* the class: its security (when class_changed) */
    guint16 version;                   /* and version: 0 no TLS, 1 TLS of unknown version */
} tlsedu_tap_t;

extern const tlsedu_feature_t tlsedu_stats_feature;

/* The views (table.c, totals.c): registered once, their words set at each language. */
void tlsedu_stats_table_register(void);
void tlsedu_stats_table_language(tlsedu_lang_t lang);
void tlsedu_stats_totals_register(void);
void tlsedu_stats_totals_language(tlsedu_lang_t lang);

/* A class's version as the totals name it (a version name, "no TLS handshake", "unknown"). */
const char *tlsedu_stats_version_word(guint16 version, tlsedu_lang_t lang);

/* The language the views were last set to (preferences). */
tlsedu_lang_t tlsedu_stats_lang(void);

#endif /* TLSEDU_STATS_H */
