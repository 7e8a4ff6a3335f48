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
    guint32 layers;             /* the watched protocols in this frame (tlsedu_facts_watch bits) */
} tlsedu_facts_t;

/* At hand-off: a protocol (by filter name) whose presence in a frame the one walk of the
 * frame's layers records in facts->layers. Returns its bit, 0 when Wireshark has no such
 * protocol (or 32 are watched already). */
guint32 tlsedu_facts_watch(const char *filter_name);

/* Fills *facts for a TCP or UDP frame that belongs to a conversation; FALSE for any
 * other frame (not TCP/UDP, inside an ICMP error, no conversation). facts->has_tls and
 * facts->layers are filled for every frame, from the one walk of pinfo->layers this frame
 * makes. */
gboolean tlsedu_gather_facts(packet_info *pinfo, tlsedu_facts_t *facts);

/* The UDP payload of this frame inside the frame's bytes: TRUE and its offset and length
 * when the UDP header of this frame's ports is found. */
gboolean tlsedu_udp_payload(tvbuff_t *tvb, const tlsedu_facts_t *facts, guint *offset, guint *len);

#endif /* TLSEDU_FACTS_H */
