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

#include <epan/conversation.h>
#include <epan/proto_data.h>

#include "core/catalogue.h"
#include "core/handshake.h"
#include "core/signatures.h"
#include "core/texts.h"
#include "facts.h"
#include "render.h"
#include "tls_facts.h"

typedef struct {
    gboolean decided;
    const tlsedu_service_t *service; /* NULL: not a catalogue conversation */
    guint16 server_port;
    tlsedu_evidence_t evidence;
    guint16 tls_server_port;         /* the TLS server's port, 0 until known */
    tlsedu_tls_state_t *tls;         /* the TLS handshake state, once TLS is seen */
    const char *suite_name;          /* the chosen suite, file scope */
} tlsedu_conv_t;

static tlsedu_conv_t *
conversation_state(const tlsedu_facts_t *facts)
{
    tlsedu_conv_t *cd = (tlsedu_conv_t *)conversation_get_proto_data(facts->conv, proto_tlsedu);

    if (cd == NULL) {
        cd = wmem_new0(wmem_file_scope(), tlsedu_conv_t);
        conversation_add_proto_data(facts->conv, proto_tlsedu, cd);
    }
    if (!cd->decided) {
        cd->decided = TRUE;
        if (tlsedu_catalogue_choose(facts->transport, facts->src_port, facts->dst_port,
                                    facts->handshake_server, &cd->server_port, &cd->service))
            cd->evidence = TLSEDU_EVIDENCE_PORT;
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

/* First pass: run the TLS state machine on this frame's records and keep its items.
 * cd and facts are NULL for TLS outside a TCP/UDP conversation (EAP-TLS): its messages
 * are then staged by their types alone, with a state of this frame only. */
static tlsedu_stages_t *
tls_first_pass(packet_info *pinfo, proto_tree *tree, tlsedu_conv_t *cd, const tlsedu_facts_t *facts)
{
    tlsedu_tls_frame_t *tf = wmem_new(wmem_packet_scope(), tlsedu_tls_frame_t);
    tlsedu_stage_item_t items[TLSEDU_MAX_RECORDS * 2];
    tlsedu_tls_state_t frame_only;
    tlsedu_tls_state_t *state = &frame_only;
    tlsedu_from_t from = TLSEDU_FROM_UNKNOWN;
    const char *suite_name;
    tlsedu_stages_t *st;
    size_t n;

    if (!tlsedu_tls_facts(tree, tlsedu_frame_has_tls(pinfo), tf))
        return NULL;
    memset(&frame_only, 0, sizeof frame_only);
    if (cd != NULL) {
        if (cd->tls == NULL)
            cd->tls = wmem_new0(wmem_file_scope(), tlsedu_tls_state_t);
        state = cd->tls;
        from = tls_direction(cd, facts, tf);
    }
    n = tlsedu_tls_frame(state, from, tf->records, tf->n_records, items, G_N_ELEMENTS(items));
    if (n == 0)
        return NULL;
    suite_name = tf->suite_name; /* Wireshark's static value_string text */
    if (cd != NULL) {
        if (suite_name != NULL)
            cd->suite_name = suite_name;
        suite_name = state->server_hello_seen ? cd->suite_name : NULL;
    }

    st = wmem_new0(wmem_file_scope(), tlsedu_stages_t);
    st->n_items = (guint)n;
    st->items = (tlsedu_stage_item_t *)wmem_memdup(wmem_file_scope(), items, n * sizeof items[0]);
    st->version = state->version;
    st->suite_name = suite_name;
    st->kex = tlsedu_kex_from_suite_name(st->suite_name);
    st->server_name = tf->server_name ? wmem_strdup(wmem_file_scope(), tf->server_name) : NULL;
    p_add_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0, st);
    return st;
}

int
tlsedu_dissect(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    tlsedu_facts_t facts;
    tlsedu_conv_t *cd;
    tlsedu_annotation_t a;
    tlsedu_stages_t *stages;
    gboolean has_snmp = FALSE;
    guint32 snmp = 0;

    /* Nothing to show without a tree. (tlsedu wants fields, so Wireshark builds a tree
     * for every frame; this guards callers that pass none.) */
    if (tree == NULL)
        return 0;
    cd = tlsedu_gather_facts(pinfo, &facts) ? conversation_state(&facts) : NULL;
    if (PINFO_FD_VISITED(pinfo))
        stages = (tlsedu_stages_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0);
    else if (cd != NULL || tlsedu_frame_has_tls(pinfo))
        stages = tls_first_pass(pinfo, tree, cd, cd != NULL ? &facts : NULL);
    else
        stages = NULL;

    memset(&a, 0, sizeof a);
    if (cd != NULL && cd->service != NULL) {
        if (tlsedu_service_is_snmp(cd->service))
            has_snmp = snmp_version(tvb, &facts, &snmp);
        a.service = cd->service;
        a.server_port = cd->server_port;
        a.evidence = cd->evidence;
        a.security = tlsedu_service_security(cd->service, has_snmp, snmp);
        a.direction = direction_of(&facts, cd->server_port);
    }
    tlsedu_render(tree, tvb, &a, stages, TLSEDU_LANG_EN);
    return 0;
}
