/* postdissector.c - per frame: gather facts, ask the teaching core, render.
 *
 * State: one tlsedu_conv_t per Wireshark conversation (file scope), decided once on the
 * conversation's first frame so that one-pass and two-pass runs agree; a per-frame
 * record only for frames that carry facts of their own (fields come on the first pass
 * only, so they are cached with p_add_proto_data).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "tlsedu.h"

#include <epan/conversation.h>
#include <epan/proto_data.h>

#include "core/catalogue.h"
#include "facts.h"
#include "render.h"

typedef struct {
    const tlsedu_service_t *service; /* NULL: not a catalogue conversation */
    guint16 server_port;
    tlsedu_evidence_t evidence;
} tlsedu_conv_t;

typedef struct {
    guint32 snmp_version;
} tlsedu_frame_t;

static tlsedu_conv_t *
conversation_state(const tlsedu_facts_t *facts)
{
    tlsedu_conv_t *cd = (tlsedu_conv_t *)conversation_get_proto_data(facts->conv, proto_tlsedu);

    if (cd == NULL) {
        cd = wmem_new0(wmem_file_scope(), tlsedu_conv_t);
        if (tlsedu_catalogue_choose(facts->transport, facts->src_port, facts->dst_port,
                                    facts->handshake_server, &cd->server_port, &cd->service))
            cd->evidence = TLSEDU_EVIDENCE_PORT;
        conversation_add_proto_data(facts->conv, proto_tlsedu, cd);
    }
    return cd;
}

static guint8
direction_of(const tlsedu_facts_t *facts, guint16 server_port)
{
    if (facts->src_port == facts->dst_port)
        return 0; /* e.g. NTP 123 -> 123: the ports do not tell */
    return facts->dst_port == server_port ? TLSEDU_DIR_TO_SERVER : TLSEDU_DIR_TO_CLIENT;
}

int
tlsedu_dissect(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    const gboolean first_pass = !PINFO_FD_VISITED(pinfo);
    tlsedu_facts_t facts;
    tlsedu_conv_t *cd;
    tlsedu_frame_t *fr;
    tlsedu_annotation_t a;

    if (!tlsedu_gather_facts(pinfo, tree, first_pass, &facts))
        return 0;
    cd = conversation_state(&facts);
    if (cd->service == NULL)
        return 0;

    if (first_pass) {
        fr = NULL;
        if (facts.has_snmp_version) {
            fr = wmem_new0(wmem_file_scope(), tlsedu_frame_t);
            fr->snmp_version = facts.snmp_version;
            p_add_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0, fr);
        }
    } else {
        fr = (tlsedu_frame_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, 0);
    }
    if (tree == NULL)
        return 0;

    a.service = cd->service;
    a.server_port = cd->server_port;
    a.evidence = cd->evidence;
    a.security = tlsedu_service_security(cd->service, fr != NULL, fr != NULL ? fr->snmp_version : 0);
    a.direction = direction_of(&facts, cd->server_port);
    tlsedu_render(tree, tvb, &a, TLSEDU_LANG_EN);
    return 0;
}
