/* infocol.c - the stage in the Info column (preference tlsedu.info_column).
 *
 * A postdissector runs after every other dissector has written the Info column, so this
 * only appends (col_append_sep_str), never sets or clears. It runs on every dissection of
 * the frame (one pass, each of tshark -2's passes, each redraw of the GUI's packet list),
 * from the per-frame cache when the frame was already visited, so the column is the same
 * on all of them. With the preference off nothing is touched.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "infocol.h"

#include <epan/column-utils.h>

#include "core/classroom.h"
#include "prefs.h"

void
tlsedu_info_column_text(packet_info *pinfo, const char *text)
{
    if (!tlsedu_pref_info_column() || text == NULL || *text == '\0')
        return;
    col_append_sep_str(pinfo->cinfo, COL_INFO, " ", text);
}

void
tlsedu_info_column(packet_info *pinfo, const tlsedu_stages_t *stages, tlsedu_lang_t lang)
{
    guint8 list[64];
    char text[512];
    guint n = 0;

    if (stages == NULL || stages->n_items == 0 || !tlsedu_pref_info_column())
        return;
    for (guint i = 0; i < stages->n_items && n < G_N_ELEMENTS(list); i++)
        list[n++] = (guint8)stages->items[i].stage;
    tlsedu_info_column_text(pinfo, tlsedu_info_stages(list, n, lang, text, sizeof text));
}
