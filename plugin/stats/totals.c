/* totals.c - "TLS Classroom: totals", a stats tree (Wireshark's own framework: tshark
 * -z tlsedu,tree; the GUI's Statistics menu): conversations by security and by TLS
 * version, and tlsedu's warnings by kind.
 *
 * A conversation can change class (cleartext, then upgraded by STARTTLS; TLS of unknown
 * version, then TLS 1.3): the tap's record says on which frame, and from which class, so
 * each conversation counts once, in its latest class (tap.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "stats/stats.h"

#include <epan/stats_tree.h>
#include <epan/stats_tree_priv.h>

#include "shared/compat.h"

static void
totals_init(stats_tree *st)
{
    const tlsedu_lang_t lang = tlsedu_stats_lang();

    stats_tree_create_node(st, tlsedu_stats_word(TLSEDU_SW_BY_SECURITY, lang), 0, STAT_DT_INT, TRUE);
    stats_tree_create_node(st, tlsedu_stats_word(TLSEDU_SW_BY_VERSION, lang), 0, STAT_DT_INT, TRUE);
    stats_tree_create_node(st, tlsedu_stats_word(TLSEDU_SW_BY_WARNING, lang), 0, STAT_DT_INT, TRUE);
}

/* Moves one conversation from its previous class to this frame's. */
static void
count_class(stats_tree *st, const tlsedu_tap_t *r, tlsedu_lang_t lang)
{
    const char *by_security = tlsedu_stats_word(TLSEDU_SW_BY_SECURITY, lang);
    const char *by_version = tlsedu_stats_word(TLSEDU_SW_BY_VERSION, lang);
    const int sec = stats_tree_parent_id_by_name(st, by_security);
    const int ver = stats_tree_parent_id_by_name(st, by_version);

    if (r->prev_security >= 0) {
        increase_stat_node(st, tlsedu_security_short((tlsedu_security_t)r->prev_security, lang), sec, FALSE, -1);
        increase_stat_node(st, tlsedu_stats_version_word(r->prev_version, lang), ver, FALSE, -1);
    } else {
        tick_stat_node(st, by_security, 0, TRUE);
        tick_stat_node(st, by_version, 0, TRUE);
    }
    tick_stat_node(st, tlsedu_security_short((tlsedu_security_t)r->security, lang), sec, FALSE);
    tick_stat_node(st, tlsedu_stats_version_word(r->version, lang), ver, FALSE);
}

static tap_packet_status
totals_packet(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *data, tap_flags_t flags _U_)
{
    const tlsedu_tap_t *r = (const tlsedu_tap_t *)data;
    const tlsedu_lang_t lang = tlsedu_stats_lang();
    const char *by_warning = tlsedu_stats_word(TLSEDU_SW_BY_WARNING, lang);
    int warn;

    if (r->class_changed)
        count_class(st, r, lang);
    if ((r->a->warnings & TLSEDU_WK_WARNINGS) == 0)
        return TAP_PACKET_REDRAW;
    warn = tick_stat_node(st, by_warning, 0, TRUE);
    for (unsigned k = 0; k < TLSEDU_WK_COUNT; k++)
        if (r->a->warnings & TLSEDU_WK_WARNINGS & TLSEDU_WK_BIT(k))
            tick_stat_node(st, tlsedu_warning_kind_name((tlsedu_warning_kind_t)k, lang), warn, FALSE);
    return TAP_PACKET_REDRAW;
}

void
tlsedu_stats_totals_language(tlsedu_lang_t lang)
{
    stats_tree_cfg *cfg = stats_tree_get_cfg_by_abbr("tlsedu");

    if (cfg == NULL)
        return;
    g_free(TLSEDU_STATS_TREE_TITLE(cfg));
    TLSEDU_STATS_TREE_TITLE(cfg) = g_strdup(tlsedu_stats_word(TLSEDU_SW_TREE_TITLE, lang));
}

void
tlsedu_stats_totals_register(void)
{
    stats_tree_register_plugin("tlsedu", "tlsedu", tlsedu_stats_word(TLSEDU_SW_TREE_TITLE, TLSEDU_LANG_EN), 0,
                               totals_packet, totals_init, NULL);
}
