/* frame.c - the per-frame driver: builds one frame's context, hands it to each feature in
 * order (decide, then render), makes tlsedu's top item once, and writes the Info column.
 *
 * It runs on every dissection of a frame: the first pass reads other dissectors' fields
 * (they come only then) and each feature keeps what it found per frame; later passes, with
 * or without a tree (tshark -2's second pass, the GUI's retaps for Expert Information and
 * statistics, packet-list redraws), read what was kept, so expert infos and the Info
 * column are the same on every pass.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "frame.h"

#include <string.h>

#include "core/classroom.h"
#include "core/starttls.h"
#include "credentials/credentials.h"
#include "handshake/handshake.h"
#include "http/http.h"
#include "service/service.h"
#include "shared/infocol.h"
#include "shared/prefs.h"
#include "shared/tree.h"
#include "starttls/starttls.h"
#include "stats/stats.h"

/* The features, in the order they decide and draw: the service first (the others read the
 * conversation it names), STARTTLS before credentials (the mail logins are its lines). */
static const tlsedu_feature_t *const features[] = {
    &tlsedu_service_feature,
    &tlsedu_handshake_feature,
    &tlsedu_starttls_feature,
    &tlsedu_http_feature,
    &tlsedu_credentials_feature,
    &tlsedu_stats_feature,        /* last: the tap carries what the others decided and warned */
};

/* The subtree of tlsedu's top item. */
static gint ett_tlsedu = -1;

void
tlsedu_features_register(int proto)
{
    static gint *ett[] = { &ett_tlsedu };

    proto_register_subtree_array(ett, array_length(ett));
    tlsedu_info_register(proto);
    for (size_t i = 0; i < G_N_ELEMENTS(features); i++)
        if (features[i]->register_fields != NULL)
            features[i]->register_fields(proto);
}

void
tlsedu_features_want(GArray *wanted)
{
    for (size_t i = 0; i < G_N_ELEMENTS(features); i++)
        if (features[i]->want != NULL)
            features[i]->want(wanted);
}

void
tlsedu_features_language(tlsedu_lang_t lang)
{
    tlsedu_tree_language(lang);
    for (size_t i = 0; i < G_N_ELEMENTS(features); i++)
        if (features[i]->language != NULL)
            features[i]->language(lang);
}

/* What spans features: an accepted STARTTLS upgrade protects the service (security 5),
 * and a frame that teaches nothing new about its service shows its items hidden. */
static void
finish_record(tlsedu_frame_t *f)
{
    tlsedu_annotation_t *a = &f->a;

    if (a->service == NULL)
        return;
    if (a->upgraded)
        a->security = TLSEDU_SEC_UPGRADED;
    /* The service's subtree in full where it teaches something: the conversation's first
     * annotated frame, the frame whose content decided, and frames with a handshake stage,
     * a STARTTLS step, a warning or an HTTP item; elsewhere hidden, and so is the handshake
     * summary on frames of encrypted data only. */
    a->brief = f->pinfo->num != f->conv->first_frame && !a->content_here && a->routine_stages &&
               a->starttls == NULL && a->web == NULL;
}

/* The top line: "TLS Classroom: SMTP on port 25, cleartext, can upgrade to TLS, stage 1". */
static void
top_text(tlsedu_frame_t *f)
{
    const tlsedu_annotation_t *a = &f->a;

    if (a->service != NULL)
        proto_item_append_text(f->top, "%s%s %s %u, %s", tlsedu_colon(f->lang), a->service->service,
                               tlsedu_word(TLSEDU_WORD_ON_PORT, f->lang),
                               a->server_port, tlsedu_security_name(a->security, f->lang));
    if (a->n_stages > 0) {
        proto_item_append_text(f->top, "%s%s %u", a->service != NULL ? ", " : tlsedu_colon(f->lang),
                               tlsedu_word(TLSEDU_WORD_STAGE, f->lang),
                               a->stage_list[0]);
        for (guint i = 1; i < a->n_stages && i < 6; i++)
            proto_item_append_text(f->top, "+%u", a->stage_list[i]);
    }
    if (a->starttls_step != TLSEDU_STARTTLS_NONE)
        proto_item_append_text(f->top, ", %s %s", tlsedu_upgrade_command((tlsedu_upgrade_proto_t)a->starttls_proto),
                               tlsedu_starttls_step_name((tlsedu_starttls_step_t)a->starttls_step, f->lang));
}

/* tlsedu's item: bare when nobody will see it and the frame carries no expert info (in
 * plain reading the tree exists only because tlsedu wants fields), else with its text and
 * subtree. */
static void
make_top(tlsedu_frame_t *f)
{
    const tlsedu_annotation_t *a = &f->a;

    if (f->tree == NULL || (a->service == NULL && a->stages == NULL && a->starttls == NULL && a->web == NULL &&
                            a->credentials == 0 && a->starttls_warnings == 0))
        return;
    f->top = tlsedu_top_item(f->tree, f->tvb);
    f->full = tlsedu_items_wanted(f->tree) || a->warns || tlsedu_prefs_note_pending();
    if (!f->full)
        return;
    top_text(f);
    f->top_tree = proto_item_add_subtree(f->top, ett_tlsedu);
    tlsedu_prefs_note(f->top, f->pinfo);
}

int
tlsedu_dissect(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    tlsedu_frame_t f;

    memset(&f, 0, sizeof f);
    f.first_pass = !PINFO_FD_VISITED(pinfo);
    /* A first pass without a tree has no fields to read (tlsedu wants fields, so Wireshark
     * builds a tree on every first pass; this guards callers that pass none). */
    if (tree == NULL && f.first_pass)
        return 0;
    f.tvb = tvb;
    f.pinfo = pinfo;
    f.tree = tree;
    f.lang = tlsedu_pref_lang();
    if (tlsedu_gather_facts(pinfo, &f.facts))
        f.conv = tlsedu_conv_get(f.facts.conv);
    for (size_t i = 0; i < G_N_ELEMENTS(features); i++)
        if (features[i]->decide != NULL)
            features[i]->decide(&f);
    finish_record(&f);
    make_top(&f);
    for (size_t i = 0; i < G_N_ELEMENTS(features); i++)
        if (features[i]->render != NULL)
            features[i]->render(&f);
    tlsedu_info_column(&f);
    return 0;
}
