/* conv.h - what tlsedu keeps about one Wireshark conversation (file scope).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CONV_H
#define TLSEDU_CONV_H

#include <epan/conversation.h>

#include "core/catalogue.h"
#include "core/content.h"
#include "core/handshake.h"
#include "facts.h"
#include "render.h"

typedef struct {
    /* (ordered by size: one of these per conversation of the capture) */
    const tlsedu_service_t *service; /* NULL: not (yet) a service tlsedu names */
    /* Content checks (content_glue.c, handoff.c) */
    const tlsedu_service_t *port_service; /* the port's catalogue service, when it differs */
    /* TLS (postdissector.c) */
    tlsedu_tls_state_t *tls;         /* the TLS handshake state, once TLS is seen */
    tlsedu_summary_t *summary;       /* the current handshake's summary */
    const void *last_stages;         /* postdissector.c: the last frame's kept stages, shared when equal */
    /* STARTTLS (starttls_glue.c) */
    struct tlsedu_starttls_conv *starttls; /* the STARTTLS state, once SMTP/IMAP/POP is seen */
    tlsedu_content_state_t content;
    guint32 first_frame;             /* the first frame annotated with the service (first pass) */
    guint32 content_frame;           /* the frame whose content decided, 0 before */
    guint32 rtp_ssrc;                /* RTP: the first packet's SSRC and sequence number */
    guint16 rtp_seq;
    guint16 rtp_port;                /* RTP: the destination port of that packet, 0 before */
    guint16 server_port;
    guint16 handoff_server_port;     /* handoff.c: the server port the wrapper gives Wireshark's dissector */
    guint16 tls_server_port;         /* the TLS server's port, 0 until known */
    guint8 evidence;                 /* tlsedu_evidence_t */
    guint8 decided;
} tlsedu_conv_t;

/* tlsedu's state of a conversation, made on first use. */
tlsedu_conv_t *tlsedu_conv_get(conversation_t *conv);

/* Sets the service of the conversation from what its content shows: a catalogue row by
 * name, the server port, the evidence, and the frame that decided. */
void tlsedu_conv_set_service(tlsedu_conv_t *cd, const char *service, unsigned transport,
                             guint16 server_port, tlsedu_evidence_t evidence, guint32 frame);

#endif /* TLSEDU_CONV_H */
