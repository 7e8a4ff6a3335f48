/* facts.h - the few facts of one frame the teaching core needs, gathered from
 * packet_info, Wireshark's conversations and the fields other dissectors added.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_FACTS_H
#define TLSEDU_FACTS_H

#include <epan/packet.h>
#include <epan/conversation.h>

typedef struct {
    unsigned transport;         /* TLSEDU_TCP or TLSEDU_UDP */
    guint16 src_port;
    guint16 dst_port;
    guint16 handshake_server;   /* TCP: the port that answered the SYN; 0 when unknown */
    conversation_t *conv;       /* Wireshark's conversation of this frame (TCP's or UDP's) */
    gboolean has_snmp_version;  /* an SNMP message in this frame... */
    guint32 snmp_version;       /* ...with this snmp.msgVersion */
} tlsedu_facts_t;

/* Fills *facts for a TCP or UDP frame that belongs to a conversation; FALSE for any
 * other frame (not TCP/UDP, inside an ICMP error, no conversation). Reads fields only
 * when read_fields is TRUE (the first pass: fields come only then). */
gboolean tlsedu_gather_facts(packet_info *pinfo, proto_tree *tree, gboolean read_fields,
                             tlsedu_facts_t *facts);

#endif /* TLSEDU_FACTS_H */
