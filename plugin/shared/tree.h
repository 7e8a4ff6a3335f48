/* tree.h - tlsedu's items in the tree: generated, spanning no bytes, hidden where a frame
 * has nothing new to say, and labelled in the reader's language.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_TREE_H
#define TLSEDU_TREE_H

#include <epan/packet.h>
#include <epan/tfs.h>

#include "core/catalogue.h"

/* The words of tlsedu's boolean fields, "True"/"False" in the reader's language (their
 * registrations point at it: custom columns show them too). Set by tlsedu_tree_language. */
extern true_false_string tlsedu_tfs_true_false;

/* At every change of tlsedu.language. */
void tlsedu_tree_language(tlsedu_lang_t lang);

/* The separator between a label and its text: ": ", in French " : " (with a no-break
 * space). */
const char *tlsedu_colon(tlsedu_lang_t lang);

/* Whether anyone will see tlsedu's items in this dissection: a displayed tree, a filter,
 * column or -e that names tlsedu or one of its fields (its expert infos included), or
 * protocol items that are not faked. FALSE in plain reading, where tshark builds a tree
 * only because tlsedu wants fields. */
gboolean tlsedu_items_wanted(proto_tree *tree);

/* tlsedu's top item of the frame. Items at the root of a tree are never faked, and tools
 * that walk the root's protocols (-z io,phs) count it, so it is added even when nobody
 * will see what is under it. */
proto_item *tlsedu_top_item(proto_tree *tree, tvbuff_t *tvb);

/* Marks pi generated (it explains, it is not in the packet's bytes) and, when the
 * language is not English, gives it its label in that language ("Port du serveur: 25"):
 * Wireshark registers a field's label once, in English. Returns pi. */
proto_item *tlsedu_item(proto_item *pi, tlsedu_lang_t lang);

/* The same, hidden when hidden is TRUE (filters and -T fields still find it; -V and the
 * GUI's details do not show it, and its label is never built). */
proto_item *tlsedu_item_shown(proto_item *pi, gboolean hidden, tlsedu_lang_t lang);

/* tlsedu_item, with display as the shown value (the field keeps its own, language-neutral
 * value for filters): tlsedu's own descriptive words in the reader's language, or a short
 * form of a value too long for Wireshark's label. */
proto_item *tlsedu_item_as(proto_item *pi, const char *display, tlsedu_lang_t lang);

/* A text of several sentences under tree: the whole in hf_whole, hidden (filters and
 * -T fields print it whole), and one hf_sentence item per sentence, each within
 * Wireshark's label limit (core/say.c); only the hidden whole when hidden is TRUE. */
void tlsedu_item_sentences(proto_tree *tree, int hf_whole, int hf_sentence, tvbuff_t *tvb, const char *text,
                           gboolean hidden, tlsedu_lang_t lang);

/* A duration under tree ("0.001869000 seconds"), labelled in the language; hidden when
 * hidden is TRUE. */
proto_item *tlsedu_item_seconds(proto_tree *tree, int hf, tvbuff_t *tvb, const nstime_t *t, gboolean hidden,
                                tlsedu_lang_t lang);

/* A certificate date (seconds since the epoch, UTC) under tree, labelled in the language
 * (Wireshark's own date text is English). */
proto_item *tlsedu_item_utc(proto_tree *tree, int hf, tvbuff_t *tvb, gint64 secs, tlsedu_lang_t lang);

#endif /* TLSEDU_TREE_H */
