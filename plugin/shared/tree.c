/* tree.c - tlsedu's items in the tree (tree.h).
 *
 * Every item is generated and spans no bytes, so clicking it highlights nothing in the
 * hex pane. In English the labels are Wireshark's own (registered in English); in another
 * language the item's text is set from core/labels.c, with Wireshark's value text kept
 * (value_strings follow the language already, see each feature's language hook) except
 * for the words Wireshark prints in English: booleans and the unit of durations.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/tree.h"

#include "core/say.h"

#include <stdio.h>
#include <string.h>

#include "core/labels.h"
#include "core/stats_texts.h"
#include "shared/compat.h"
#include "shared/ids.h"

true_false_string tlsedu_tfs_true_false = { "True", "False" };

void
tlsedu_tree_language(tlsedu_lang_t lang)
{
    tlsedu_tfs_true_false.true_string = tlsedu_bool_word(true, lang);
    tlsedu_tfs_true_false.false_string = tlsedu_bool_word(false, lang);
    /* The Expert Information dialog titles each group ("Group by summary") with the name
     * of the expert info's field, which Wireshark registers from its English summary and
     * reads through that field: the same summaries in the reader's language. */
    for (int k = 0; k < TLSEDU_WK_COUNT; k++) {
        header_field_info *h = proto_registrar_get_byname(tlsedu_warning_kind_filter((tlsedu_warning_kind_t)k));
        if (h != NULL)
            h->name = tlsedu_warning_kind_summary((tlsedu_warning_kind_t)k, lang);
    }
}

const char *
tlsedu_colon(tlsedu_lang_t lang)
{
    return lang == TLSEDU_LANG_FR ? "\xc2\xa0: " : ": ";
}

gboolean
tlsedu_items_wanted(proto_tree *tree)
{
    /* proto_field_is_referenced: TRUE in a displayed tree, for a protocol whose items are
     * not faked, and for a protocol one of whose fields (tlsedu.*, its expert infos
     * included) a filter, column or -e asked for. The check costs a few instructions;
     * the items it spares, about 1,000 a packet in plain reading (issue 8). */
    return tree != NULL && proto_field_is_referenced(tree, proto_tlsedu);
}

proto_item *
tlsedu_top_item(proto_tree *tree, tvbuff_t *tvb)
{
    return proto_tree_add_item(tree, proto_tlsedu, tvb, 0, 0, ENC_NA);
}

/* A value_string field whose number is itself what a student follows (the stage legend,
 * the course's steps, the STARTTLS steps): its item reads "Stage 2 — name". */
static gboolean
numbered(const header_field_info *h)
{
    return strcmp(h->abbrev, "tlsedu.stage") == 0 || strcmp(h->abbrev, "tlsedu.course_step") == 0 ||
           strcmp(h->abbrev, "tlsedu.starttls.step") == 0;
}

/* A number shown through a value_string (the value label in the language). */
static gboolean
named_number(const field_info *fi)
{
    return fi->hfinfo->strings != NULL && fi->hfinfo->type != FT_FRAMENUM && fi->hfinfo->type != FT_BOOLEAN &&
           !(fi->hfinfo->display & (BASE_EXT_STRING | BASE_RANGE_STRING | BASE_VAL64_STRING | BASE_CUSTOM));
}

/* The value written after the label, in the language: strings as they are, booleans in
 * words, numbers by their value label alone ("cleartext", not Wireshark's "cleartext (0)":
 * labels read as words; filters and columns keep the number). NULL for another type (the
 * item then keeps Wireshark's text). */
static const char *
value_text(field_info *fi, tlsedu_lang_t lang, char *buf)
{
    const char *v;
    gint64 n;

    if (fi->hfinfo->type == FT_BOOLEAN)
        return tlsedu_bool_word(tlsedu_finfo_boolean(fi), lang);
    if ((v = tlsedu_finfo_string(fi)) != NULL)
        return v;
    if (!tlsedu_finfo_int(fi, &n))
        return NULL;
    if (named_number(fi))
        snprintf(buf, ITEM_LABEL_LENGTH, "%s", val_to_str_const((guint32)n, (const value_string *)fi->hfinfo->strings, "?"));
    else
        snprintf(buf, ITEM_LABEL_LENGTH, "%" G_GINT64_FORMAT, n);
    return buf;
}

/* "label: value", cut as Wireshark cuts its own labels ("label [truncated]: valu"), on a
 * UTF-8 character boundary, so that the text never exceeds the label limit. */
static void
set_label(proto_item *pi, const char *label, const char *value, tlsedu_lang_t lang)
{
    /* French puts a (non-breaking) space before the colon */
    const char *sep = tlsedu_colon(lang);
    static const char *const marks[TLSEDU_LANG_COUNT] = { " [truncated]", " [tronqué]", " [обрезано]" };
    const char *mark = marks[(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
    const size_t room = ITEM_LABEL_LENGTH - 1;
    size_t lab = strlen(label), n = strlen(value), fixed;

    if (lab + strlen(sep) + n <= room) {
        proto_item_set_text(pi, "%s%s%s", label, sep, value);
        return;
    }
    fixed = lab + strlen(mark) + strlen(sep);
    n = fixed < room ? room - fixed : 0;
    while (n > 0 && ((unsigned char)value[n] & 0xc0) == 0x80)
        n--;   /* not inside a UTF-8 character */
    proto_item_set_text(pi, "%s%s%s%.*s", label, mark, sep, (int)n, value);
}

proto_item *
tlsedu_item(proto_item *pi, tlsedu_lang_t lang)
{
    field_info *fi;
    const char *label, *value;
    char buf[ITEM_LABEL_LENGTH];
    gint64 n;

    if (pi == NULL)
        return pi;
    proto_item_set_generated(pi);
    if (proto_item_is_hidden(pi) || (fi = PITEM_FINFO(pi)) == NULL)
        return pi;
    /* English keeps Wireshark's text, but for a number shown by its value label */
    label = lang == TLSEDU_LANG_EN ? (named_number(fi) ? fi->hfinfo->name : NULL)
                                   : tlsedu_field_label(fi->hfinfo->abbrev, lang);
    if (label == NULL)
        return pi;
    if (fi->hfinfo->type == FT_NONE || fi->hfinfo->type == FT_PROTOCOL) {
        proto_item_set_text(pi, "%s", label);
    } else if ((value = value_text(fi, lang, buf)) != NULL) {
        if (numbered(fi->hfinfo) && tlsedu_finfo_int(fi, &n))   /* "Stage 2 — Server Hello: ..." */
            proto_item_set_text(pi, "%s %" G_GINT64_FORMAT " \xe2\x80\x94 %s", label, n, value);
        else
            set_label(pi, label, value, lang);
    }
    return pi;
}

proto_item *
tlsedu_item_as(proto_item *pi, const char *display, tlsedu_lang_t lang)
{
    field_info *fi;
    const char *label;

    if (pi == NULL || display == NULL || proto_item_is_hidden(pi) || (fi = PITEM_FINFO(pi)) == NULL ||
        (label = lang == TLSEDU_LANG_EN ? fi->hfinfo->name : tlsedu_field_label(fi->hfinfo->abbrev, lang)) == NULL)
        return tlsedu_item(pi, lang);
    proto_item_set_generated(pi);
    set_label(pi, label, display, lang);
    return pi;
}

proto_item *
tlsedu_item_shown(proto_item *pi, gboolean hidden, tlsedu_lang_t lang)
{
    if (pi != NULL && hidden) {
        proto_item_set_generated(pi);
        proto_item_set_hidden(pi);
        return pi;
    }
    return tlsedu_item(pi, lang);
}

proto_item *
tlsedu_item_seconds(proto_tree *tree, int hf, tvbuff_t *tvb, const nstime_t *t, gboolean hidden, tlsedu_lang_t lang)
{
    proto_item *pi = proto_tree_add_time(tree, hf, tvb, 0, 0, t);
    const char *label;
    char text[64];

    proto_item_set_generated(pi);
    if (pi != NULL && hidden)
        proto_item_set_hidden(pi);
    /* hidden too: PDML readers (tlsedu-lesson) take its label */
    if (pi != NULL && lang != TLSEDU_LANG_EN && PITEM_FINFO(pi) != NULL &&
             (label = tlsedu_field_label(PITEM_FINFO(pi)->hfinfo->abbrev, lang)) != NULL) {
        /* French and Russian write a decimal comma, and a handshake's few milliseconds read
         * best as milliseconds: "2,758 ms", "1,250 s" (English keeps Wireshark's "0.002758000 seconds") */
        if (t->secs == 0)
            snprintf(text, sizeof text, "%d,%03d %s", t->nsecs / 1000000, t->nsecs / 1000 % 1000,
                     lang == TLSEDU_LANG_RU ? "\xd0\xbc\xd1\x81" : "ms");   /* мс */
        else
            snprintf(text, sizeof text, "%ld,%03d %s", (long)t->secs, t->nsecs / 1000000,
                     lang == TLSEDU_LANG_RU ? "\xd1\x81" : "s");            /* с */
        set_label(pi, label, text, lang);
    }
    return pi;
}

proto_item *
tlsedu_item_utc(proto_tree *tree, int hf, tvbuff_t *tvb, gint64 secs, tlsedu_lang_t lang)
{
    nstime_t t;
    proto_item *pi;
    char date[128];

    t.secs = (time_t)secs;
    t.nsecs = 0;
    pi = proto_tree_add_time(tree, hf, tvb, 0, 0, &t);
    proto_item_set_generated(pi);
    if (pi != NULL && lang != TLSEDU_LANG_EN && PITEM_FINFO(pi) != NULL) {
        const char *label = tlsedu_field_label(PITEM_FINFO(pi)->hfinfo->abbrev, lang);
        if (label != NULL)
            set_label(pi, label, tlsedu_format_utc((int64_t)secs, lang, date, sizeof date), lang);
    }
    return pi;
}

void
tlsedu_item_sentences(proto_tree *tree, int hf_whole, int hf_sentence, tvbuff_t *tvb, const char *text,
                      gboolean hidden, tlsedu_lang_t lang)
{
    tlsedu_explanation_t e;
    proto_item *pi = proto_tree_add_string(tree, hf_whole, tvb, 0, 0, text);

    proto_item_set_generated(pi);
    proto_item_set_hidden(pi);
    if (hidden || tree == NULL)
        return;
    tlsedu_explanation_split(&e, lang, text);
    for (size_t i = 0; i < e.n; i++)
        proto_item_set_generated(proto_tree_add_string_format(tree, hf_sentence, tvb, 0, 0, e.s[i], "%s", e.s[i]));
}

