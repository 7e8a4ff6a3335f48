/* tap.c - the statistics feature: registers the "tlsedu" tap and its two views, and
 * queues one record per annotated frame on every pass (the GUI's retaps included), after
 * the other features have drawn and added their expert infos.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "stats/stats.h"

#include <epan/address.h>
#include <epan/proto_data.h>
#include <epan/to_str.h>
#include <epan/tap.h>

#include "core/texts.h"
#include "shared/ids.h"
#include "shared/tree.h"

static int tlsedu_tap = -1;
static int hf_warnings = -1;
static tlsedu_lang_t stats_lang = TLSEDU_LANG_EN;

/* The class of a conversation the totals count it in, kept per frame where it changes. */
typedef struct {
    gint prev_security;
    guint16 prev_version;
    guint8 security;                   /* the class from this frame on (a later pass knows */
    guint16 version;                   /* more of the handshake: the first pass's class counts) */
} class_change_t;

static void
register_fields(int proto)
{
    static hf_register_info hf[] = {
        { &hf_warnings,
          { "Warnings", "tlsedu.warnings", FT_STRING, BASE_NONE, NULL, 0x0,
            "The kinds of tlsedu's warnings and errors on this frame (its expert infos of those severities), "
            "a few words each: for colouring rules, columns and filters", HFILL } },
    };

    proto_register_field_array(proto, hf, array_length(hf));
    tlsedu_tap = register_tap("tlsedu");
    tlsedu_stats_table_register();
    tlsedu_stats_totals_register();
}

static void
language(tlsedu_lang_t lang)
{
    stats_lang = lang;
    tlsedu_stats_table_language(lang);
    tlsedu_stats_totals_language(lang);
}

tlsedu_lang_t
tlsedu_stats_lang(void)
{
    return stats_lang;
}

const char *
tlsedu_stats_version_word(guint16 version, tlsedu_lang_t lang)
{
    const char *name;

    if (version == 0)
        return tlsedu_stats_word(TLSEDU_SW_NO_TLS, lang);
    name = version == 1 ? NULL : tlsedu_version_name(version);
    return name != NULL ? name : tlsedu_stats_word(TLSEDU_SW_UNKNOWN, lang);
}

/* The class's version: 0 without a TLS handshake, 1 for TLS of a version not known yet. */
static guint16
class_version(const tlsedu_annotation_t *a)
{
    if (!a->tls_seen)
        return 0;
    return a->tls_version != 0 ? a->tls_version : 1;
}

/* First pass: whether this frame moves its conversation to another class (kept per frame);
 * later passes read what was kept. */
static void
class_of_frame(tlsedu_frame_t *f, tlsedu_tap_t *r)
{
    class_change_t *c;

    if (f->first_pass) {
        tlsedu_conv_t *cd = f->conv;
        const guint16 version = class_version(&f->a);
        if (cd->stats_security == f->a.security + 1 && cd->stats_version == version)
            return;
        c = wmem_new(wmem_file_scope(), class_change_t);
        c->prev_security = (gint)cd->stats_security - 1;
        c->prev_version = cd->stats_version;
        c->security = (guint8)f->a.security;
        c->version = version;
        cd->stats_security = (guint8)(f->a.security + 1);
        cd->stats_version = version;
        p_add_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_STATS, c);
    } else {
        c = (class_change_t *)p_get_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_STATS);
        if (c == NULL)
            return;
    }
    r->class_changed = TRUE;
    r->prev_security = c->prev_security;
    r->prev_version = c->prev_version;
    r->security = c->security;
    r->version = c->version;
}

static const char *
side(packet_info *pinfo, const address *addr, guint32 port)
{
    return wmem_strdup_printf(pinfo->pool, addr->type == AT_IPv6 ? "[%s]:%u" : "%s:%u",
                              address_to_str(pinfo->pool, addr), port);
}

/* tlsedu.warnings: what the other features warned of on this frame (they render first). */
static void
render_warnings(tlsedu_frame_t *f)
{
    char text[512];

    if ((f->a.warnings & TLSEDU_WK_WARNINGS) == 0 || f->top == NULL)
        return;
    tlsedu_warning_kinds_words(f->a.warnings & TLSEDU_WK_WARNINGS, f->lang, text, sizeof text);
    if (f->top_tree != NULL)
        tlsedu_item(proto_tree_add_string(f->top_tree, hf_warnings, f->tvb, 0, 0, text), f->lang);
    else
        proto_item_set_hidden(proto_tree_add_string(f->tree, hf_warnings, f->tvb, 0, 0, text));
}

/* Every pass: the frame's warnings, and its record for the tap's listeners when tlsedu
 * annotates it. */
static void
render(tlsedu_frame_t *f)
{
    const tlsedu_annotation_t *a = &f->a;
    tlsedu_tap_t *r;
    gboolean from_server;

    render_warnings(f);
    if (f->conv == NULL || (a->service == NULL && !a->tls_seen && a->starttls == NULL))
        return;
    if (!have_tap_listener(tlsedu_tap)) {
        if (f->first_pass) {
            tlsedu_tap_t scratch;
            class_of_frame(f, &scratch);   /* kept for the listeners of later passes */
        }
        return;
    }
    r = wmem_new0(f->pinfo->pool, tlsedu_tap_t);
    r->conv = f->conv;
    r->a = (const tlsedu_annotation_t *)wmem_memdup(f->pinfo->pool, a, sizeof *a);
    r->sides_known = a->direction != 0;
    from_server = a->direction == TLSEDU_DIR_TO_CLIENT;
    r->client = side(f->pinfo, from_server ? &f->pinfo->dst : &f->pinfo->src,
                     from_server ? f->pinfo->destport : f->pinfo->srcport);
    r->server = side(f->pinfo, from_server ? &f->pinfo->src : &f->pinfo->dst,
                     from_server ? f->pinfo->srcport : f->pinfo->destport);
    r->prev_security = -1;
    r->version = class_version(a);
    class_of_frame(f, r);
    tap_queue_packet(tlsedu_tap, f->pinfo, r);
}

const tlsedu_feature_t tlsedu_stats_feature = {
    register_fields, NULL, language, NULL, render,
};
