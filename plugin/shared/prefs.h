/* prefs.h - tlsedu's preferences (tlsedu.language, tlsedu.info_column) and their accessors.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_PREFS_H
#define TLSEDU_PREFS_H

#include <epan/packet.h>

#include "core/catalogue.h"

/* Registers the preferences and the tlsedu.unknown_language note (proto_register time).
 * on_language is called with the language in force at every change (may be NULL). */
void tlsedu_register_prefs(int proto, void (*on_language)(tlsedu_lang_t lang));

/* The language every text follows (English when the preference's value is unknown). */
tlsedu_lang_t tlsedu_pref_lang(void);

/* Whether the Info column gets the stage appended. */
gboolean tlsedu_pref_info_column(void);

/* tlsedu.info_column_position: the bracket after Wireshark's Info text (end, the default)
 * or before it (start). */
#define TLSEDU_INFO_END 0
#define TLSEDU_INFO_START 1
gboolean tlsedu_pref_info_start(void);

/* Adds the tlsedu.unknown_language note to item when the language preference's value is
 * unknown (so the tlsedu tree says why its texts are English). */
void tlsedu_prefs_note(proto_item *item, packet_info *pinfo);

/* TRUE when tlsedu_prefs_note adds an expert info (tlsedu.language names no language). */
gboolean tlsedu_prefs_note_pending(void);

#endif /* TLSEDU_PREFS_H */
