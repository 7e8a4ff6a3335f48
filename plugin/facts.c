/* facts.c - gather the facts of one frame for the teaching core.
 *
 * Ports come from packet_info and the server side from the TCP dissector's own
 * conversation analysis (tcp_analysis.server_port, set on the SYN and SYN/ACK):
 * no protocol tree is needed for them.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "facts.h"

#include <epan/dissectors/packet-tcp.h>

#include "compat.h"
#include "core/catalogue.h"
#include "tlsedu.h"

/* TRUE when the frame's protocol stack holds this protocol (pinfo->layers). */
static gboolean
frame_has_layer(packet_info *pinfo, int proto)
{
    if (proto <= 0)
        return FALSE;
    for (wmem_list_frame_t *f = wmem_list_head(pinfo->layers); f; f = wmem_list_frame_next(f)) {
        if (GPOINTER_TO_INT(wmem_list_frame_data(f)) == proto)
            return TRUE;
    }
    return FALSE;
}

/* The last value of a wanted integer field in this frame's tree, when it fits 0..2^32-1. */
static gboolean
last_uint_field(proto_tree *tree, int hf, guint32 *value)
{
    GPtrArray *items;
    gint64 v;

    if (tree == NULL || hf <= 0)
        return FALSE;
    items = proto_get_finfo_ptr_array(tree, hf);
    if (items == NULL || items->len == 0)
        return FALSE;
    if (!tlsedu_finfo_int((field_info *)g_ptr_array_index(items, items->len - 1), &v) ||
        v < 0 || v > G_MAXUINT32)
        return FALSE;
    *value = (guint32)v;
    return TRUE;
}

gboolean
tlsedu_gather_facts(packet_info *pinfo, proto_tree *tree, gboolean read_fields,
                    tlsedu_facts_t *facts)
{
    memset(facts, 0, sizeof *facts);
    if (pinfo->ptype == PT_TCP)
        facts->transport = TLSEDU_TCP;
    else if (pinfo->ptype == PT_UDP)
        facts->transport = TLSEDU_UDP;
    else
        return FALSE;
    /* An ICMP error quotes the header of another packet: its ports are not this frame's. */
    if (pinfo->flags.in_error_pkt || frame_has_layer(pinfo, tlsedu_proto_icmp) ||
        frame_has_layer(pinfo, tlsedu_proto_icmpv6))
        return FALSE;

    facts->src_port = (guint16)pinfo->srcport;
    facts->dst_port = (guint16)pinfo->destport;
    facts->conv = find_conversation_pinfo(pinfo, 0);
    if (facts->conv == NULL)
        return FALSE;

    if (facts->transport == TLSEDU_TCP && tlsedu_proto_tcp > 0) {
        const struct tcp_analysis *tcpd =
            (const struct tcp_analysis *)conversation_get_proto_data(facts->conv, tlsedu_proto_tcp);
        if (tcpd != NULL)
            facts->handshake_server = tcpd->server_port;
    }

    if (read_fields)
        facts->has_snmp_version = last_uint_field(tree, tlsedu_hf_snmp_msgversion, &facts->snmp_version);
    return TRUE;
}
