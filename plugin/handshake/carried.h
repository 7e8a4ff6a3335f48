/* carried.h - what a frame's decrypted application data carries (handshake feature).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CARRIED_H
#define TLSEDU_CARRIED_H

#include <epan/packet.h>

#include "handshake/tls_read.h"
#include "shared/frame.h"

typedef struct {
    guint32 wire_bytes;          /* the application data records' lengths on the wire, summed */
    const char *protocol;        /* Wireshark's short name of what it dissected inside ("HTTP"), or NULL */
    const char *message;         /* its first message line when Wireshark names one ("GET /"), or NULL */
} tlsedu_carried_t;

/* Registration: tlsedu.data.protocol, .message, .wire_bytes. */
void tlsedu_carried_register(int proto);

/* Its items under an application data stage item (c may be NULL: nothing). */
void tlsedu_carried_render(proto_tree *t, tvbuff_t *tvb, const tlsedu_carried_t *c, tlsedu_lang_t lang);

/* At hand-off: the fields that name a message (HTTP, SMTP, IMAP, POP). */
void tlsedu_carried_want(GArray *wanted);

/* First pass: when Wireshark decrypted this frame's application data (a protocol follows
 * TLS or DTLS in the frame's layers), keeps what it carries for the later passes. */
void tlsedu_carried_keep(tlsedu_frame_t *f, const tlsedu_tls_frame_t *tf);

/* What the first pass kept for this frame, or NULL. */
const tlsedu_carried_t *tlsedu_carried_of(packet_info *pinfo);

#endif /* TLSEDU_CARRIED_H */
