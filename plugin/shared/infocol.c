/* infocol.c - tlsedu's bracket in the Info column (preference tlsedu.info_column).
 *
 * A postdissector runs after every other dissector has written the Info column, so this
 * only appends (col_append_sep_str), never sets or clears. It runs on every dissection of
 * the frame (one pass, each of tshark -2's passes, each redraw of the GUI's packet list),
 * from the annotation record, which the features rebuild from their per-frame cache when
 * the frame was already visited, so the column is the same on all of them. With the
 * preference off nothing is touched.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/infocol.h"

#include <epan/column-utils.h>

#include "core/classroom.h"
#include "core/starttls.h"
#include "shared/prefs.h"

static void
append(packet_info *pinfo, const char *text)
{
    if (text != NULL && *text != '\0')
        col_append_sep_str(pinfo->cinfo, COL_INFO, " ", text);
}

void
tlsedu_info_column(packet_info *pinfo, const tlsedu_annotation_t *a, tlsedu_lang_t lang)
{
    char text[512];

    if (!tlsedu_pref_info_column())
        return;
    if (a->starttls_step != TLSEDU_STARTTLS_NONE)
        append(pinfo, tlsedu_starttls_info((tlsedu_starttls_step_t)a->starttls_step, lang, text, sizeof text));
    if (a->n_stages_seen > 0)
        append(pinfo, tlsedu_info_stages(a->stages_seen, a->n_stages_seen, lang, text, sizeof text));
}
