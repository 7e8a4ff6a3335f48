/* tcp_segment.h - this frame's TCP segment (header place, payload, FIN and RST) from one
 * field of Wireshark's TCP dissector.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_TCP_SEGMENT_H
#define TLSEDU_TCP_SEGMENT_H

#include <epan/packet.h>

typedef struct {
    const guint8 *payload;   /* the segment's own payload bytes (before any reassembly) */
    guint payload_len;       /* captured bytes of it (NULL/0: no payload) */
    gboolean fin, rst;
} tlsedu_tcp_segment_t;

/* At hand-off: asks for the one TCP field this module reads. */
void tlsedu_tcp_segment_wanted(GArray *wanted);

/* The innermost TCP segment of this frame; FALSE when the tree holds none (no TCP, a
 * segment inside an ICMP error, a fragment, a header cut short). */
gboolean tlsedu_tcp_segment(proto_tree *tree, tlsedu_tcp_segment_t *seg);

/* TRUE when this frame's TCP header has FIN or RST set: the end of a connection, for
 * handshakes that never finish. */
gboolean tlsedu_tcp_connection_end(proto_tree *tree);

#endif /* TLSEDU_TCP_SEGMENT_H */
