/* table.c - "TLS Classroom: conversations", a stat tap table (Wireshark's own framework:
 * tshark -z tlsedu,conversations[,filter]; the GUI's Statistics menu): one row per
 * conversation tlsedu annotates, updated by each of its frames (the latest facts, the
 * furthest STARTTLS step, every kind of warning).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "stats/stats.h"

#include <epan/stat_tap_ui.h>
#include <string.h>

#include "core/classroom.h"
#include "core/starttls.h"
#include "core/texts.h"

static stat_tap_table_item fields[TLSEDU_COL_COUNT];
static tap_param params[] = { { PARAM_FILTER, "filter", "Filter", NULL, TRUE } };

static void
table_init(stat_tap_table_ui *ui)
{
    stat_tap_table *table;

    if (ui->tables != NULL && ui->tables->len > 0)
        return;
    table = stat_tap_init_table(tlsedu_stats_word(TLSEDU_SW_TABLE_TITLE, tlsedu_stats_lang()), TLSEDU_COL_COUNT, 0, NULL);
    stat_tap_add_table(ui, table);
}

static void
free_item(stat_tap_table *table _U_, guint row _U_, guint column _U_, stat_tap_table_item_type *item)
{
    if (item->type == TABLE_ITEM_STRING) {
        g_free((char *)item->value.string_value);
        item->value.string_value = NULL;
    }
}

/* A reset (the GUI's retap) empties the table: the rows come back with the frames. */
static void
table_reset(stat_tap_table *table)
{
    for (guint row = 0; row < table->num_elements; row++) {
        for (guint col = 0; col < table->num_fields; col++)
            free_item(table, row, col, &table->elements[row][col]);
        g_free(table->elements[row]);
    }
    g_free(table->elements);
    table->elements = NULL;
    table->num_elements = 0;
}

static void
set_text(stat_tap_table *table, guint row, tlsedu_stats_column_t col, const char *text)
{
    stat_tap_table_item_type *item = stat_tap_get_field_data(table, row, col);

    if (text == NULL)
        text = "";
    if (item->value.string_value != NULL && strcmp(item->value.string_value, text) == 0)
        return;
    g_free((char *)item->value.string_value);
    item->value.string_value = g_strdup(text);
}

/* The conversation's row, made on its first frame (searched from the newest row: a
 * conversation's frames come close together). */
static guint
row_of(stat_tap_table *table, const void *conv)
{
    stat_tap_table_item_type items[TLSEDU_COL_COUNT];

    for (guint row = table->num_elements; row-- > 0;)
        if (table->elements[row][TLSEDU_COL_CLIENT].user_data.ptr_value == conv)
            return row;
    memset(items, 0, sizeof items);
    for (guint col = 0; col < TLSEDU_COL_COUNT; col++) {
        items[col].type = TABLE_ITEM_STRING;
        items[col].value.string_value = g_strdup("");
    }
    items[TLSEDU_COL_CLIENT].user_data.ptr_value = (void *)conv;
    stat_tap_init_table_row(table, table->num_elements, TLSEDU_COL_COUNT, items);
    return table->num_elements - 1;
}

static const char *
yes_no(gint value, tlsedu_lang_t lang)
{
    return value < 0 ? "" : tlsedu_stats_word(value ? TLSEDU_SW_YES : TLSEDU_SW_NO, lang);
}

/* The handshake's columns: version (and whether it failed), suite, key exchange, forward
 * secrecy, resumption and round trips, as tlsedu.handshake.* says them. */
static void
set_handshake(stat_tap_table *table, guint row, const tlsedu_tap_t *r, tlsedu_lang_t lang)
{
    const tlsedu_annotation_t *a = r->a;
    char text[64];

    if (!a->tls_seen)
        return;
    if (a->tls_failed)
        g_snprintf(text, sizeof text, "%s (%s)", tlsedu_stats_version_word(r->version, lang),
                   tlsedu_stats_word(TLSEDU_SW_FAILED, lang));
    else
        g_strlcpy(text, tlsedu_stats_version_word(r->version, lang), sizeof text);
    set_text(table, row, TLSEDU_COL_VERSION, text);
    set_text(table, row, TLSEDU_COL_SUITE, a->tls_suite);
    set_text(table, row, TLSEDU_COL_KEX,
             a->tls_kex != TLSEDU_KEX_UNKNOWN ? tlsedu_kex_name_lang((tlsedu_kex_t)a->tls_kex, lang) : "");
    set_text(table, row, TLSEDU_COL_FORWARD_SECRECY, yes_no(a->tls_fs, lang));
    set_text(table, row, TLSEDU_COL_RESUMED, yes_no(a->tls_resumed, lang));
    g_snprintf(text, sizeof text, "%u", a->tls_round_trips);
    set_text(table, row, TLSEDU_COL_ROUND_TRIPS, a->tls_round_trips != 255 ? text : "");
}

/* What accumulates over the conversation: the furthest STARTTLS step, the warnings. */
static void
set_accumulated(stat_tap_table *table, guint row, const tlsedu_tap_t *r, tlsedu_lang_t lang)
{
    stat_tap_table_item_type *st = stat_tap_get_field_data(table, row, TLSEDU_COL_STARTTLS);
    stat_tap_table_item_type *w = stat_tap_get_field_data(table, row, TLSEDU_COL_WARNINGS);
    char text[512];

    st->user_data.uint_value = tlsedu_starttls_outcome_merge((guint8)st->user_data.uint_value, r->a->starttls_step);
    if (st->user_data.uint_value != TLSEDU_STARTTLS_NONE)
        set_text(table, row, TLSEDU_COL_STARTTLS,
                 tlsedu_starttls_step_name((tlsedu_starttls_step_t)st->user_data.uint_value, lang));
    else if (r->a->warnings & TLSEDU_WK_BIT(TLSEDU_WK_STARTTLS_NOT_OFFERED))
        set_text(table, row, TLSEDU_COL_STARTTLS, tlsedu_stats_word(TLSEDU_SW_NOT_OFFERED, lang));
    w->user_data.uint_value |= r->a->warnings & TLSEDU_WK_WARNINGS;
    set_text(table, row, TLSEDU_COL_WARNINGS, tlsedu_warning_kinds_words(w->user_data.uint_value, lang, text, sizeof text));
}

static tap_packet_status
table_packet(void *tapdata, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *data, tap_flags_t flags _U_)
{
    stat_data_t *sd = (stat_data_t *)tapdata;
    const tlsedu_tap_t *r = (const tlsedu_tap_t *)data;
    const tlsedu_annotation_t *a = r->a;
    const tlsedu_lang_t lang = tlsedu_stats_lang();
    stat_tap_table *table;
    guint row;

    if (sd->stat_tap_data->tables == NULL || sd->stat_tap_data->tables->len == 0)
        return TAP_PACKET_DONT_REDRAW;
    table = g_array_index(sd->stat_tap_data->tables, stat_tap_table *, 0);
    row = row_of(table, r->conv);
    if (r->sides_known || stat_tap_get_field_data(table, row, TLSEDU_COL_CLIENT)->value.string_value[0] == '\0') {
        set_text(table, row, TLSEDU_COL_CLIENT, r->client);
        set_text(table, row, TLSEDU_COL_SERVER, r->server);
    }
    if (a->service != NULL) {
        set_text(table, row, TLSEDU_COL_SERVICE, a->service->service);
        set_text(table, row, TLSEDU_COL_SECURITY, tlsedu_security_short(a->security, lang));
        set_text(table, row, TLSEDU_COL_EVIDENCE, tlsedu_evidence_name(a->evidence, lang));
    }
    set_handshake(table, row, r, lang);
    set_accumulated(table, row, r, lang);
    return TAP_PACKET_REDRAW;
}

static stat_tap_table_ui table_ui = {
    REGISTER_PACKET_STAT_GROUP_UNSORTED,
    "TLS Classroom: conversations",
    "tlsedu",
    "tlsedu,conversations",
    table_init,
    table_packet,
    table_reset,
    free_item,
    NULL,
    TLSEDU_COL_COUNT, fields,
    G_N_ELEMENTS(params), params,
    NULL,
    0,
};

void
tlsedu_stats_table_language(tlsedu_lang_t lang)
{
    for (guint col = 0; col < TLSEDU_COL_COUNT; col++) {
        fields[col].type = TABLE_ITEM_STRING;
        fields[col].align = col == TLSEDU_COL_ROUND_TRIPS ? TAP_ALIGN_RIGHT : TAP_ALIGN_LEFT;
        fields[col].column_name = tlsedu_stats_column_name((tlsedu_stats_column_t)col, lang);
        fields[col].field_format = "%s";
    }
    table_ui.title = tlsedu_stats_word(TLSEDU_SW_TABLE_TITLE, lang);
}

void
tlsedu_stats_table_register(void)
{
    tlsedu_stats_table_language(TLSEDU_LANG_EN);
    register_stat_tap_table_ui(&table_ui);
}
