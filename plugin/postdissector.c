/* postdissector.c - per frame: gather facts, ask the teaching core, render.
 *
 * State: one tlsedu_conv_t per Wireshark conversation (file scope), decided once, on the
 * first frame of the conversation that tlsedu annotates, so that one-pass and two-pass
 * runs agree. Everything else is derived again on each pass from the frame itself.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "tlsedu.h"

#include <epan/conversation.h>

#include "core/catalogue.h"
#include "core/signatures.h"
#include "facts.h"
#include "render.h"

typedef struct {
    const tlsedu_service_t *service; /* NULL: not a catalogue conversation */
    guint16 server_port;
    tlsedu_evidence_t evidence;
} tlsedu_conv_t;

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

/* The msgVersion of the SNMP message in this frame, from its first bytes. */
static gboolean
snmp_version(tvbuff_t *tvb, const tlsedu_facts_t *facts, guint32 *version)
{
    guint offset, len;

    if (!tlsedu_udp_payload(tvb, facts, &offset, &len) || len == 0)
        return FALSE;
    return tlsedu_sig_snmp_version(tvb_get_ptr(tvb, offset, len), len, version);
}

int
tlsedu_dissect(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    tlsedu_facts_t facts;
    tlsedu_conv_t *cd;
    tlsedu_annotation_t a;
    gboolean has_snmp = FALSE;
    guint32 snmp = 0;

    /* Nothing to show without a tree, and nothing to remember yet: the conversation's
     * decision depends on ports and on TCP's server_port, which stays what the SYN made
     * it, so it comes out the same on whichever frame it is first taken. */
    if (tree == NULL)
        return 0;
    if (!tlsedu_gather_facts(pinfo, &facts))
        return 0;
    cd = conversation_state(&facts);
    if (cd->service == NULL)
        return 0;

    if (tlsedu_service_is_snmp(cd->service))
        has_snmp = snmp_version(tvb, &facts, &snmp);

    a.service = cd->service;
    a.server_port = cd->server_port;
    a.evidence = cd->evidence;
    a.security = tlsedu_service_security(cd->service, has_snmp, snmp);
    a.direction = direction_of(&facts, cd->server_port);
    tlsedu_render(tree, tvb, &a, TLSEDU_LANG_EN);
    return 0;
}
