/* content.h - content checks on a conversation's first payloads (epan side of
 * core/content.c and core/signatures.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SERVICE_CONTENT_H
#define TLSEDU_SERVICE_CONTENT_H

#include <epan/packet.h>

#include "shared/conv.h"
#include "shared/facts.h"

/* At hand-off: adds the TCP fields the payload is found from to wanted. */
void tlsedu_content_want(GArray *wanted);

/* On a conversation's first frame: names child conversations (FTP-DATA, TFTP, RTP) that
 * Wireshark's own dissectors set up. */
void tlsedu_content_first_frame(tlsedu_conv_t *cd, packet_info *pinfo, const tlsedu_facts_t *facts);

/* First pass, every frame until the content is decided: feeds this frame's payload. */
void tlsedu_content_frame(tlsedu_conv_t *cd, proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                          const tlsedu_facts_t *facts);

/* First pass, a frame Wireshark's TLS, DTLS or QUIC dissector took part in: names the
 * conversation TLS, DTLS or QUIC on a port outside the list, and QUIC on 443/udp gets
 * evidence 2 (port and content agree). */
void tlsedu_content_tls_seen(tlsedu_conv_t *cd, packet_info *pinfo, const tlsedu_facts_t *facts);

#endif /* TLSEDU_SERVICE_CONTENT_H */
