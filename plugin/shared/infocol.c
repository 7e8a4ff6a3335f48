/* infocol.c - tlsedu's bracket in the Info column (preferences tlsedu.info_column and
 * tlsedu.info_column_position), and the same text as a field (tlsedu.info) for a column of
 * its own. The tlsedu profile puts the bracket first, where a long Info text cannot push
 * it off the screen or off a Flow Graph arrow (README, "The tlsedu profile").
 *
 * A postdissector runs after every other dissector has written the Info column, so this
 * only adds its text at one end (col_append_sep_str, col_prepend_fstr), never sets or clears. It runs on every dissection of
 * the frame (one pass, each of tshark -2's passes, each redraw of the GUI's packet list),
 * from the annotation record, which the features rebuild from their per-frame cache when
 * the frame was already visited, so the column is the same on all of them. With the
 * preference off nothing is touched.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/infocol.h"

#include <epan/column-utils.h>
#include <string.h>

#include "core/classroom.h"
#include "core/starttls.h"
#include "shared/prefs.h"

static int hf_info = -1;

void
tlsedu_info_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_info,
          { "TLS Classroom in brief", "tlsedu.info", FT_STRING, BASE_NONE, NULL, 0x0,
            "The frame's STARTTLS step and stages with their names, as the Info column's bracket says them "
            "(hidden in the tree; for a column of one's own)", HFILL } },
    };

    proto_register_field_array(proto, hf, array_length(hf));
}

/* Appends one bracket to text ("[...] [...]"), at most len bytes with the terminator. */
static void
add(char *text, size_t len, const char *part)
{
    size_t used = strlen(text);

    if (part[0] == '\0' || used + 1 + strlen(part) + 1 > len)
        return;
    if (used > 0)
        text[used++] = ' ';
    memcpy(text + used, part, strlen(part) + 1);
}

/* What Wireshark shows of the frame's application data: decrypted, or readable because a
 * NULL cipher never encrypted it (then Wireshark needs no keys). */
static tlsedu_data_view_t
data_view(const tlsedu_annotation_t *a)
{
    if (a->tls_null_cipher)
        return TLSEDU_DATA_CLEAR;
    return a->data_decrypted ? TLSEDU_DATA_DECRYPTED : TLSEDU_DATA_ENCRYPTED;
}

void
tlsedu_info_column(tlsedu_frame_t *f)
{
    const tlsedu_annotation_t *a = &f->a;
    char text[1024] = "";
    char part[640];   /* a bracket of every stage in Russian: about 500 bytes */

    if (a->starttls_step != TLSEDU_STARTTLS_NONE)
        add(text, sizeof text, tlsedu_starttls_info((tlsedu_starttls_step_t)a->starttls_step, f->lang, part, sizeof part));
    if (a->n_stages_seen > 0)
        add(text, sizeof text, tlsedu_info_stages(a->stages_seen, a->n_stages_seen, data_view(a), f->lang, part,
                                                  sizeof part));
    if (text[0] == '\0')
        return;
    /* only when someone may look (in plain reading the item would be dropped unread) */
    if (f->tree != NULL && (f->full || proto_field_is_referenced(f->tree, hf_info)))
        proto_item_set_hidden(proto_tree_add_string(f->tree, hf_info, f->tvb, 0, 0, text));
    if (!tlsedu_pref_info_column())
        return;
    if (tlsedu_pref_info_start())
        col_prepend_fstr(f->pinfo->cinfo, COL_INFO, "%s ", text);
    else
        col_append_sep_str(f->pinfo->cinfo, COL_INFO, " ", text);
}
