/* facts.c - gather the facts of one frame for the teaching core.
 *
 * Ports come from packet_info and the server side from the TCP dissector's own
 * conversation analysis (tcp_analysis.server_port, set on the SYN and SYN/ACK):
 * no protocol tree is needed for them.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/facts.h"

#include <epan/dissectors/packet-tcp.h>

#include "core/catalogue.h"
#include "shared/ids.h"

/* The watched protocols (registration data: filled at hand-off, read-only afterwards). */
static int watched[32];
static guint n_watched;

guint32
tlsedu_facts_watch(const char *filter_name)
{
    int proto = proto_get_id_by_filter_name(filter_name);

    if (proto <= 0 || n_watched >= G_N_ELEMENTS(watched))
        return 0;
    for (guint i = 0; i < n_watched; i++)
        if (watched[i] == proto)
            return 1u << i;
    watched[n_watched] = proto;
    return 1u << n_watched++;
}

gboolean
tlsedu_gather_facts(packet_info *pinfo, tlsedu_facts_t *facts)
{
    gboolean icmp = FALSE;

    memset(facts, 0, sizeof *facts);
    /* One walk of the frame's protocol stack for every question about it (each walk costs
     * a few hundred instructions, on every packet). */
    for (wmem_list_frame_t *f = wmem_list_head(pinfo->layers); f; f = wmem_list_frame_next(f)) {
        const int proto = GPOINTER_TO_INT(wmem_list_frame_data(f));
        if (proto <= 0)
            continue;
        if (proto == tlsedu_proto_tls || proto == tlsedu_proto_dtls)
            facts->has_tls = TRUE;
        else if (proto == tlsedu_proto_icmp || proto == tlsedu_proto_icmpv6)
            icmp = TRUE;
        for (guint i = 0; i < n_watched; i++)
            if (watched[i] == proto)
                facts->layers |= 1u << i;
    }
    if (pinfo->ptype == PT_TCP)
        facts->transport = TLSEDU_TCP;
    else if (pinfo->ptype == PT_UDP)
        facts->transport = TLSEDU_UDP;
    else
        return FALSE;
    /* An ICMP error quotes the header of another packet: its ports are not this frame's. */
    if (pinfo->flags.in_error_pkt || icmp)
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
    return TRUE;
}

/* A peek instead of a field: reading snmp.msgVersion or udp.payload would make tshark
 * build a protocol tree for every packet (about 1.25x the time of plain reading, measured)
 * just to learn one byte. The UDP header of this frame is the first place in the frame
 * where its two ports stand and whose length field reaches the end of the datagram
 * (a trailer such as Ethernet padding may follow). */
gboolean
tlsedu_udp_payload(tvbuff_t *tvb, const tlsedu_facts_t *facts, guint *offset, guint *len)
{
    const guint total = tvb_captured_length(tvb);

    if (facts->transport != TLSEDU_UDP || total < 8)
        return FALSE;
    for (guint o = 0; o + 8 <= total; o++) {
        if (tvb_get_ntohs(tvb, o) != facts->src_port || tvb_get_ntohs(tvb, o + 2) != facts->dst_port)
            continue;
        guint ulen = tvb_get_ntohs(tvb, o + 4);
        if (ulen < 8 || ulen > total - o)
            continue;
        *offset = o + 8;
        *len = ulen - 8;
        return TRUE;
    }
    return FALSE;
}
