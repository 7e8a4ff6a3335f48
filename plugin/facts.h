/* facts.h - the few facts of one frame the teaching core needs, gathered from
 * packet_info and Wireshark's conversations.
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
    gboolean has_tls;           /* Wireshark's TLS or DTLS dissector took part in this frame */
} tlsedu_facts_t;

/* Fills *facts for a TCP or UDP frame that belongs to a conversation; FALSE for any
 * other frame (not TCP/UDP, inside an ICMP error, no conversation). facts->has_tls is
 * filled for every frame, from the one walk of pinfo->layers this frame makes. */
gboolean tlsedu_gather_facts(packet_info *pinfo, tlsedu_facts_t *facts);

/* TRUE when the protocol (its id) took part in this frame (pinfo->layers). */
gboolean tlsedu_frame_has_proto(packet_info *pinfo, int proto);

/* The UDP payload of this frame inside the frame's bytes: TRUE and its offset and length
 * when the UDP header of this frame's ports is found. */
gboolean tlsedu_udp_payload(tvbuff_t *tvb, const tlsedu_facts_t *facts, guint *offset, guint *len);

/* The field_infos of a wanted field in this frame's tree, or NULL when there is none. */
GPtrArray *tlsedu_finfos(proto_tree *tree, int hfid);

/* At hand-off: looks each field up by name into *ids[i] and appends those that exist to
 * wanted (the fields the postdissector asks Wireshark to keep in the tree). */
void tlsedu_want_fields(GArray *wanted, const char *const *names, int *const *ids, size_t n);

#endif /* TLSEDU_FACTS_H */
