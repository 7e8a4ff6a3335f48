/* stages.c - the TLS handshake of a conversation, stage by stage.
 *
 * The TLS state machine (core/handshake.c) runs on the first pass only, because the fields
 * it reads come only then; what it says of a frame is kept per frame (p_add_proto_data,
 * TLSEDU_KEY_STAGES, only for frames that carry TLS or end a handshake) for every later
 * pass.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/stages.h"

#include <string.h>

#include <epan/proto_data.h>

#include "core/texts.h"
#include "core/tls_types.h"
#include "handshake/carried.h"
#include "handshake/certificates.h"
#include "handshake/sessions.h"
#include "handshake/tls_read.h"
#include "shared/ids.h"
#include "shared/tcp_segment.h"

/* Which side sent this frame, for the TLS state machine: the server is the side that
 * answered the SYN, else the receiver of a ClientHello, else the service's server. */
static tlsedu_from_t
tls_direction(tlsedu_conv_t *cd, const tlsedu_facts_t *facts, const tlsedu_tls_frame_t *tf)
{
    if (tlsedu_conv_server(cd, facts) == 0) {
        for (size_t i = 0; i < tf->n_records; i++)
            for (size_t k = 0; k < tf->records[i].n_messages; k++)
                if (tf->records[i].messages[k].type == TLSEDU_HS_CLIENT_HELLO)
                    tlsedu_conv_learn_server(cd, facts->dst_port);
        tlsedu_conv_learn_server(cd, cd->server_port);
    }
    switch (tlsedu_direction(facts, tlsedu_conv_server(cd, facts))) {
    case TLSEDU_DIR_TO_SERVER: return TLSEDU_FROM_CLIENT;
    case TLSEDU_DIR_TO_CLIENT: return TLSEDU_FROM_SERVER;
    default: return TLSEDU_FROM_UNKNOWN;
    }
}

/* A failed handshake has no round trips to count (its forward secrecy the texts leave
 * out): only one that did not fail shows them. */
static void
summary_outcome(tlsedu_summary_t *sum, const tlsedu_tls_state_t *state)
{
    sum->failed = state->handshake_failed;
    sum->round_trips = state->handshake_failed ? 255 : state->round_trips;
}

/* The ServerHello answers the first unanswered ClientHello (RFC 8446 4.2.1): the handshake
 * starts there. */
static void
answers_earlier(tlsedu_summary_t *sum)
{
    const tlsedu_summary_t *first = (const tlsedu_summary_t *)sum->unanswered;

    sum->client_hello_frame = first->client_hello_frame;
    sum->client_hello_time = first->client_hello_time;
    sum->server_name = first->server_name;
}

/* The summary of the current handshake, updated from the state after this frame. */
static tlsedu_summary_t *
update_summary(struct tlsedu_handshake_conv *hc, packet_info *pinfo, const tlsedu_tls_frame_t *tf)
{
    const tlsedu_tls_state_t *state = &hc->tls;
    tlsedu_summary_t *sum;

    if (state->events & TLSEDU_EV_NEW_HANDSHAKE) {
        const tlsedu_summary_t *before = hc->summary;
        hc->summary = wmem_new0(wmem_file_scope(), tlsedu_summary_t);
        if (before != NULL && before->finished_frame != 0 && !before->failed)
            hc->summary->previous = before;
        if (before != NULL && before->server_hello_frame == 0)   /* a ClientHello sent again */
            hc->summary->unanswered = before->unanswered != NULL ? before->unanswered : before;
        hc->summary->client_hello_frame = pinfo->num;
        hc->summary->client_hello_time = pinfo->abs_ts;
        if (tf != NULL && tf->server_name != NULL) {  /* a host name: at most 255 bytes */
            const char *end = (const char *)memchr(tf->server_name, '\0', 255);
            /* wmem_strndup allocates n + 1 bytes whatever the string's length */
            hc->summary->server_name = wmem_strndup(wmem_file_scope(), tf->server_name,
                                                    end != NULL ? (size_t)(end - tf->server_name) : 255);
        }
    }
    if ((sum = hc->summary) == NULL)
        return NULL;
    if ((state->events & TLSEDU_EV_EARLIER_HELLO) && sum->unanswered != NULL)
        answers_earlier(sum);
    if (state->events & TLSEDU_EV_SERVER_HELLO) {
        sum->server_hello_frame = pinfo->num;
        sum->suite_name = tf != NULL ? tf->suite_name : NULL; /* Wireshark's static text */
    }
    if (state->events & TLSEDU_EV_COMPLETE) {
        sum->finished_frame = pinfo->num;
        sum->finished_time = pinfo->abs_ts;
    }
    sum->version = state->version;
    sum->kex = state->kex;
    sum->group = state->group;
    sum->resumed = state->resumed;
    sum->resumption = state->resumption;
    summary_outcome(sum, state);
    return sum;
}

/* The fatal alert of this frame's records, if any. */
static gboolean
fatal_alert(const tlsedu_tls_frame_t *tf, guint8 *description)
{
    gboolean found = FALSE;

    for (size_t i = 0; tf != NULL && i < tf->n_records; i++) {
        if (tf->records[i].alert_known && tf->records[i].alert_level == TLSEDU_ALERT_FATAL) {
            found = TRUE;
            *description = tf->records[i].alert_description;
        }
    }
    return found;
}

/* Keeps what the first pass found for this frame, for every later pass. */
static tlsedu_stages_t *
keep_frame(packet_info *pinfo, const tlsedu_stage_item_t *items, size_t n, const char *server_name,
           tlsedu_summary_t *sum, guint32 events, const tlsedu_tls_frame_t *tf)
{
    /* one allocation per kept frame: the items follow the header (a few bytes of memory
     * per frame with a stage, and there are tens of thousands of them in a large capture) */
    tlsedu_stages_t *st = (tlsedu_stages_t *)wmem_alloc0(wmem_file_scope(), sizeof *st + n * sizeof(tlsedu_stage_item_t));

    st->n_items = (guint16)n;
    if (n > 0 && items != NULL)
        memcpy(st->items, items, n * sizeof(tlsedu_stage_item_t));
    if (server_name != NULL) {
        /* a host name is at most 255 bytes (RFC 6066 3); anything unprintable is escaped */
        char safe[4 * 255 + 1];
        st->server_name = wmem_strdup(wmem_file_scope(), tlsedu_escape(server_name, 255, safe, sizeof safe));
    }
    st->summary = sum;
    st->events = events;
    st->alert_known = (guint8)fatal_alert(tf, &st->alert_description);
    p_add_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, TLSEDU_KEY_STAGES, st);
    return st;
}

/* Whether the stages kept for an earlier frame say exactly what this frame's would: the
 * same items, handshake and events, no SNI and no fatal alert. Memory then grows with what
 * frames teach, not with every frame of encrypted data. */
static gboolean
same_as_kept(const tlsedu_stages_t *st, const tlsedu_stage_item_t *items, size_t n, const char *server_name,
             const tlsedu_summary_t *sum, guint32 events, const tlsedu_tls_frame_t *tf)
{
    guint8 alert;

    if (st == NULL || server_name != NULL || st->server_name != NULL || st->summary != sum ||
        st->events != events || st->alert_known || st->n_items != n || n == 0 || fatal_alert(tf, &alert))
        return FALSE;
    /* items come from the core with their padding zeroed (memset in core/handshake.c) */
    return memcmp(st->items, items, n * sizeof items[0]) == 0;
}

/* TLS outside a TCP/UDP conversation (EAP-TLS): its messages are staged by their types
 * alone, with a state of this frame only. */
static const tlsedu_stages_t *
frame_only(packet_info *pinfo, tlsedu_tls_frame_t *tf)
{
    tlsedu_stage_item_t items[TLSEDU_MAX_RECORDS * 2];
    tlsedu_tls_state_t state;
    size_t n;

    tlsedu_tls_state_init(&state);
    n = tlsedu_tls_frame(&state, TLSEDU_FROM_UNKNOWN, tf->records, tf->n_records, items, G_N_ELEMENTS(items));
    tlsedu_certificate_frame(pinfo, tf, items, n, tf->server_name);
    return n ? keep_frame(pinfo, items, n, tf->server_name, NULL, state.events, tf) : NULL;
}

/* No TLS in this frame: a FIN or RST may still end a handshake that never finished. */
static const tlsedu_stages_t *
connection_end(tlsedu_frame_t *f, struct tlsedu_handshake_conv *hc)
{
    if (hc == NULL || !tlsedu_tcp_connection_end(f->tree))
        return NULL;
    tlsedu_tls_connection_end(&hc->tls);
    if (hc->tls.events & TLSEDU_EV_FAILED) {
        if (hc->summary != NULL)
            summary_outcome(hc->summary, &hc->tls);
        return keep_frame(f->pinfo, NULL, 0, NULL, hc->summary, hc->tls.events, NULL);
    }
    return NULL;
}

/* First pass: runs the TLS state machine on this frame's records and keeps its items. */
static const tlsedu_stages_t *
first_pass(tlsedu_frame_t *f)
{
    tlsedu_conv_t *cd = f->conv;
    struct tlsedu_handshake_conv *hc = cd != NULL ? cd->handshake : NULL;
    tlsedu_tls_frame_t *tf;
    tlsedu_stage_item_t items[TLSEDU_MAX_RECORDS * 2];
    tlsedu_summary_t *sum;
    size_t n;

    if (!f->facts.has_tls)
        return connection_end(f, hc);
    tf = wmem_new(f->pinfo->pool, tlsedu_tls_frame_t);
    if (!tlsedu_tls_read(f->tree, TRUE, tf))
        return connection_end(f, hc);
    if (cd == NULL)
        return frame_only(f->pinfo, tf);
    if (hc == NULL) {
        hc = cd->handshake = wmem_new0(wmem_file_scope(), struct tlsedu_handshake_conv);
        tlsedu_tls_state_init(&hc->tls);
    }
    n = tlsedu_tls_frame(&hc->tls, tls_direction(cd, &f->facts, tf), tf->records, tf->n_records,
                         items, G_N_ELEMENTS(items));
    tlsedu_sessions_frame(&hc->tls, tf);   /* a 1.2 resumption takes its original's kex */
    if (n == 0)
        return NULL;
    tlsedu_carried_keep(f, tf);
    sum = update_summary(hc, f->pinfo, tf);
    tlsedu_certificate_frame(f->pinfo, tf, items, n, sum != NULL ? sum->server_name : NULL);
    if (sum != NULL) {   /* RFC 9525 6, RFC 5280 6: a client that checks refuses this certificate */
        const tlsedu_cert_t *cert = tlsedu_certificate_of_frame(f->pinfo);
        if (cert != NULL && (cert->expired || (cert->name_checked && cert->name_mismatch)))
            sum->cert_rejected = TRUE;
    }
    if (same_as_kept(hc->last_stages, items, n, tf->server_name, sum, hc->tls.events, tf)) {
        /* a run of frames that say the same (encrypted data of one handshake): one copy */
        p_add_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_STAGES, (void *)hc->last_stages);
        return hc->last_stages;
    }
    hc->last_stages = keep_frame(f->pinfo, items, n, tf->server_name, sum, hc->tls.events, tf);
    return hc->last_stages;
}

/* The stage part of the annotation record. */
static void
annotate(tlsedu_annotation_t *a, const tlsedu_stages_t *st)
{
    gboolean seen[16] = { FALSE };

    a->stages = st;
    a->routine_stages = TRUE;
    if (st == NULL)
        return;
    if (st->n_items == 0 || (st->events & TLSEDU_EV_WARNINGS))
        a->routine_stages = FALSE;
    a->n_stages = (guint8)MIN(st->n_items, 255);
    for (guint i = 0; i < st->n_items; i++) {
        const guint8 stage = (guint8)st->items[i].stage;
        if (i < G_N_ELEMENTS(a->stage_list))
            a->stage_list[i] = stage;
        if (stage != TLSEDU_STAGE_APP_DATA)
            a->routine_stages = FALSE;
        if (stage < G_N_ELEMENTS(seen) && !seen[stage] && a->n_stages_seen < G_N_ELEMENTS(a->stages_seen)) {
            seen[stage] = TRUE;
            a->stages_seen[a->n_stages_seen++] = stage;
        }
    }
}

void
tlsedu_handshake_decide(tlsedu_frame_t *f)
{
    const tlsedu_stages_t *st;

    if (!f->first_pass)
        st = (const tlsedu_stages_t *)p_get_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_STAGES);
    else if (f->facts.has_tls || (f->conv != NULL && f->conv->handshake != NULL))
        st = first_pass(f);
    else
        st = NULL;
    annotate(&f->a, st);
    if (st != NULL && tlsedu_handshake_warns(st, f->pinfo))
        f->a.warns = TRUE;
}
