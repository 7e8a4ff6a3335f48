/* postdissector.c - per frame: gather facts, ask the teaching core, render.
 *
 * State: one tlsedu_conv_t per Wireshark conversation (file scope). The service is decided
 * once, on the first frame tlsedu annotates; the TLS state machine runs on the first pass
 * only, because the fields it reads come only then, and its items are kept per frame
 * (p_add_proto_data, only for frames that carry TLS) for every later pass.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "tlsedu.h"

#include <string.h>

#include <epan/conversation.h>
#include <epan/proto_data.h>

#include "core/catalogue.h"
#include "core/handshake.h"
#include "core/signatures.h"
#include "core/texts.h"
#include "content_glue.h"
#include "conv.h"
#include "facts.h"
#include "http_glue.h"
#include "infocol.h"
#include "prefs.h"
#include "render.h"
#include "certificates.h"
#include "sessions.h"
#include "credentials_glue.h"
#include "starttls_glue.h"
#include "tls_facts.h"

static tlsedu_conv_t *
conversation_state(packet_info *pinfo, const tlsedu_facts_t *facts)
{
    tlsedu_conv_t *cd = tlsedu_conv_get(facts->conv);

    if (!cd->decided) {
        cd->decided = TRUE;
        if (tlsedu_catalogue_choose(facts->transport, facts->src_port, facts->dst_port,
                                    facts->handshake_server, &cd->server_port, &cd->service))
            cd->evidence = TLSEDU_EVIDENCE_PORT;
        tlsedu_content_first_frame(cd, pinfo, facts);
    }
    return cd;
}

static guint8
direction_of(const tlsedu_facts_t *facts, guint16 server_port)
{
    if (facts->src_port == facts->dst_port || server_port == 0)
        return 0; /* e.g. NTP 123 -> 123: the ports do not tell */
    return facts->dst_port == server_port ? TLSEDU_DIR_TO_SERVER : TLSEDU_DIR_TO_CLIENT;
}

/* The msgVersion of the SNMP message in this frame, from its first bytes. */
static gboolean
snmp_version(tvbuff_t *tvb, const tlsedu_facts_t *facts, guint32 *version)
{
    guint offset, len;

    if (!tlsedu_udp_payload(tvb, facts, &offset, &len) || len == 0)
        return FALSE;
    return tlsedu_sig_snmp_version(tvb_get_ptr(tvb, offset, len), len, version);
}

/* Which side sent this frame, for the TLS state machine. */
static tlsedu_from_t
tls_direction(tlsedu_conv_t *cd, const tlsedu_facts_t *facts, const tlsedu_tls_frame_t *tf)
{
    if (cd->tls_server_port == 0) {
        if (facts->handshake_server != 0)
            cd->tls_server_port = facts->handshake_server;
        else {
            for (size_t i = 0; i < tf->n_records && cd->tls_server_port == 0; i++)
                for (size_t k = 0; k < tf->records[i].n_messages; k++)
                    if (tf->records[i].messages[k].type == 1) {   /* ClientHello, to the server */
                        cd->tls_server_port = facts->dst_port;
                        break;
                    }
            if (cd->tls_server_port == 0)
                cd->tls_server_port = cd->server_port;
        }
    }
    switch (direction_of(facts, cd->tls_server_port)) {
    case TLSEDU_DIR_TO_SERVER: return TLSEDU_FROM_CLIENT;
    case TLSEDU_DIR_TO_CLIENT: return TLSEDU_FROM_SERVER;
    default: return TLSEDU_FROM_UNKNOWN;
    }
}

/* The summary of the current handshake, updated from the state after this frame. */
static tlsedu_summary_t *
update_summary(tlsedu_conv_t *cd, packet_info *pinfo, const tlsedu_tls_frame_t *tf)
{
    const tlsedu_tls_state_t *state = cd->tls;
    tlsedu_summary_t *sum;

    if (state->events & TLSEDU_EV_NEW_HANDSHAKE) {
        cd->summary = wmem_new0(wmem_file_scope(), tlsedu_summary_t);
        cd->summary->client_hello_frame = pinfo->num;
        cd->summary->client_hello_time = pinfo->abs_ts;
        if (tf != NULL && tf->server_name != NULL) {  /* a host name: at most 255 bytes */
            const char *end = (const char *)memchr(tf->server_name, '\0', 255);
            /* wmem_strndup allocates n + 1 bytes whatever the string's length */
            cd->summary->server_name = wmem_strndup(wmem_file_scope(), tf->server_name,
                                                    end != NULL ? (size_t)(end - tf->server_name) : 255);
        }
    }
    if ((sum = cd->summary) == NULL)
        return NULL;
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
    sum->resumed = state->resumed;
    sum->round_trips = state->round_trips;
    return sum;
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
    for (size_t i = 0; tf != NULL && i < tf->n_records; i++) {
        if (tf->records[i].alert_known && tf->records[i].alert_level == 2) {
            st->alert_known = TRUE;
            st->alert_description = tf->records[i].alert_description;
        }
    }
    p_add_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0, st);
    return st;
}

/* Whether the stages kept for an earlier frame say exactly what this frame's would: the
 * same items, handshake and events, no SNI and no fatal alert. Memory then grows with what
 * frames teach, not with every frame of encrypted data. */
static gboolean
same_as_kept(const tlsedu_stages_t *st, const tlsedu_stage_item_t *items, size_t n, const char *server_name,
             const tlsedu_summary_t *sum, guint32 events, const tlsedu_tls_frame_t *tf)
{
    if (st == NULL || server_name != NULL || st->server_name != NULL || st->summary != sum ||
        st->events != events || st->alert_known || st->n_items != n || n == 0)
        return FALSE;
    for (size_t i = 0; i < tf->n_records; i++)
        if (tf->records[i].alert_known && tf->records[i].alert_level == 2)
            return FALSE;
    /* items come from the core with their padding zeroed (memset in core/handshake.c) */
    return memcmp(st->items, items, n * sizeof items[0]) == 0;
}

/* First pass: run the TLS state machine on this frame's records and keep its items.
 * cd and facts are NULL for TLS outside a TCP/UDP conversation (EAP-TLS): its messages
 * are then staged by their types alone, with a state of this frame only. */
static tlsedu_stages_t *
tls_first_pass(packet_info *pinfo, proto_tree *tree, tlsedu_conv_t *cd, const tlsedu_facts_t *facts,
               gboolean has_tls)
{
    tlsedu_tls_frame_t *tf = wmem_new(pinfo->pool, tlsedu_tls_frame_t);
    tlsedu_stage_item_t items[TLSEDU_MAX_RECORDS * 2];
    tlsedu_tls_state_t frame_only;
    tlsedu_summary_t *sum = NULL;
    size_t n;

    if (!has_tls || !tlsedu_tls_facts(tree, TRUE, tf)) {
        /* No TLS here: a FIN or RST may still end a handshake that never finished. */
        if (cd != NULL && cd->tls != NULL && tlsedu_tcp_connection_end(tree)) {
            tlsedu_tls_connection_end(cd->tls);
            if (cd->tls->events & TLSEDU_EV_FAILED)
                return keep_frame(pinfo, NULL, 0, NULL, cd->summary, cd->tls->events, NULL);
        }
        return NULL;
    }
    if (cd == NULL) {
        tlsedu_tls_state_init(&frame_only);
        n = tlsedu_tls_frame(&frame_only, TLSEDU_FROM_UNKNOWN, tf->records, tf->n_records,
                             items, G_N_ELEMENTS(items));
        tlsedu_certificate_frame(pinfo, tf, items, n, tf->server_name);
        return n ? keep_frame(pinfo, items, n, tf->server_name, NULL, frame_only.events, tf) : NULL;
    }
    if (cd->tls == NULL) {
        cd->tls = wmem_new(wmem_file_scope(), tlsedu_tls_state_t);
        tlsedu_tls_state_init(cd->tls);
    }
    n = tlsedu_tls_frame(cd->tls, tls_direction(cd, facts, tf), tf->records, tf->n_records,
                         items, G_N_ELEMENTS(items));
    tlsedu_sessions_frame(cd->tls, tf);   /* a 1.2 resumption takes its original's kex */
    if (n == 0)
        return NULL;
    sum = update_summary(cd, pinfo, tf);
    tlsedu_certificate_frame(pinfo, tf, items, n, sum != NULL ? sum->server_name : NULL);
    if (same_as_kept((const tlsedu_stages_t *)cd->last_stages, items, n, tf->server_name, sum, cd->tls->events, tf)) {
        /* a run of frames that say the same (encrypted data of one handshake): one copy */
        p_add_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0, (void *)cd->last_stages);
        return (tlsedu_stages_t *)cd->last_stages;
    }
    cd->last_stages = keep_frame(pinfo, items, n, tf->server_name, sum, cd->tls->events, tf);
    return (tlsedu_stages_t *)cd->last_stages;
}

/* No stage, or encrypted application data (stage 6) only, without a warning: the frame
 * teaches nothing new about the service or the handshake (see a.brief). */
static gboolean
routine_stages(const tlsedu_stages_t *st)
{
    if (st == NULL)
        return TRUE;
    if (st->n_items == 0 || (st->events & TLSEDU_EV_WARNINGS))
        return FALSE;
    for (guint i = 0; i < st->n_items; i++)
        if (st->items[i].stage != TLSEDU_STAGE_APP_DATA)
            return FALSE;
    return TRUE;
}

int
tlsedu_dissect(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    tlsedu_facts_t facts;
    tlsedu_conv_t *cd;
    tlsedu_annotation_t a;
    tlsedu_stages_t *stages;
    gboolean has_snmp = FALSE, upgraded = FALSE;
    const tlsedu_starttls_item_t *starttls;
    const tlsedu_web_t *web;
    proto_item *top;
    guint32 snmp = 0;

    /* Nothing to show without a tree. (tlsedu wants fields, so Wireshark builds a tree
     * for every frame; this guards callers that pass none.) */
    if (tree == NULL) {
        /* the GUI's packet list redraws visited frames without a tree: the Info column
         * still gets their stage, from the cache */
        if (PINFO_FD_VISITED(pinfo)) {
            tlsedu_starttls_info_column(pinfo);
            tlsedu_info_column(pinfo, (tlsedu_stages_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0),
                               tlsedu_pref_lang());
        }
        return 0;
    }
    cd = tlsedu_gather_facts(pinfo, &facts) ? conversation_state(pinfo, &facts) : NULL;
    if (cd != NULL && !PINFO_FD_VISITED(pinfo))
        tlsedu_content_frame(cd, tree, tvb, pinfo, &facts);
    if (PINFO_FD_VISITED(pinfo))
        stages = (tlsedu_stages_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0);
    else if (facts.has_tls) {
        if (cd != NULL)
            tlsedu_content_tls_seen(cd, pinfo, &facts);
        stages = tls_first_pass(pinfo, tree, cd, cd != NULL ? &facts : NULL, TRUE);
    } else if (cd != NULL && cd->tls != NULL)
        stages = tls_first_pass(pinfo, tree, cd, &facts, FALSE); /* a FIN or RST may end it */
    else
        stages = NULL;

    starttls = tlsedu_starttls_dissect(pinfo, tree, cd != NULL ? &cd->starttls : NULL,
                                       cd != NULL ? &facts : NULL, &upgraded);
    memset(&a, 0, sizeof a);
    if (cd != NULL && cd->service != NULL) {
        if (tlsedu_service_is_snmp(cd->service))
            has_snmp = snmp_version(tvb, &facts, &snmp);
        a.service = cd->service;
        a.server_port = cd->server_port;
        a.evidence = cd->evidence;
        a.security = tlsedu_service_security(cd->service, has_snmp, snmp);
        a.direction = direction_of(&facts, cd->server_port);
        a.port_service = cd->port_service;
        a.content_here = cd->content_frame == pinfo->num;
        if (upgraded)
            a.security = TLSEDU_SEC_UPGRADED;
        if (cd->first_frame == 0 && !PINFO_FD_VISITED(pinfo))
            cd->first_frame = pinfo->num;
    }
    web = cd != NULL ? tlsedu_http_frame(tree, pinfo, facts.has_tls) : NULL;
    /* The service's subtree in full where it teaches something: the conversation's first
     * annotated frame, the frame whose content decided, and frames with a handshake stage,
     * a STARTTLS step, a warning or an HTTP item; elsewhere hidden (render.c), and so is
     * the handshake summary on frames of encrypted data only. */
    a.brief = a.service != NULL && pinfo->num != cd->first_frame && !a.content_here &&
              routine_stages(stages) && starttls == NULL && web == NULL;
    top = tlsedu_render(tree, tvb, pinfo, &a, stages, tlsedu_pref_lang());
    if (top != NULL && web != NULL)
        tlsedu_http_render(proto_item_get_subtree(top), top, tvb, pinfo, web, tlsedu_pref_lang());
    if (starttls != NULL)
        tlsedu_starttls_render(tree, top, tvb, pinfo, starttls);
    tlsedu_credentials_frame(tree, top, tvb, pinfo, facts.has_tls);
    tlsedu_info_column(pinfo, stages, tlsedu_pref_lang());
    return 0;
}
