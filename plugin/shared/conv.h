/* conv.h - what tlsedu keeps about one Wireshark conversation (file scope), and the one
 * decision of which side is the server.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CONV_H
#define TLSEDU_CONV_H

#include <epan/conversation.h>

#include "core/catalogue.h"
#include "core/content.h"
#include "shared/facts.h"

/* The state features keep of their own (opaque here, each defined in its folder). */
struct tlsedu_handshake_conv;   /* handshake/: the TLS state machine and summary */
struct tlsedu_starttls_conv;    /* starttls/: the STARTTLS step machine */

typedef struct {
    /* (ordered by size: one of these per conversation of the capture) */
    const tlsedu_service_t *service; /* NULL: not (yet) a service tlsedu names */
    const tlsedu_service_t *port_service; /* the port's catalogue service, when it differs */
    struct tlsedu_handshake_conv *handshake;  /* once TLS is seen */
    struct tlsedu_starttls_conv *starttls;    /* once an upgradable protocol is seen */
    tlsedu_content_state_t content;  /* service/content.c */
    guint32 first_frame;             /* the first frame annotated with the service (first pass) */
    guint32 content_frame;           /* the frame whose content decided, 0 before */
    guint32 rtp_ssrc;                /* RTP: the first packet's SSRC and sequence number */
    guint16 rtp_seq;
    guint16 rtp_port;                /* RTP: the destination port of that packet, 0 before */
    guint16 server_port;             /* the service's server port */
    guint16 handoff_server_port;     /* service/handoff.c: the port the wrapper gives Wireshark's dissector */
    guint16 learnt_server;           /* the server's port as a message showed it, 0 until then */
    guint16 stats_version;           /* stats/: the class the totals count it in (first pass) */
    guint8 stats_security;           /* ... its security + 1 (0: not counted yet) */
    guint8 evidence;                 /* tlsedu_evidence_t */
    guint8 decided;
} tlsedu_conv_t;

/* tlsedu's state of a conversation, made on first use. */
tlsedu_conv_t *tlsedu_conv_get(conversation_t *conv);

/* Sets the service of the conversation from what its content shows: a catalogue row by
 * name, the server port, the evidence, and the frame that decided. */
void tlsedu_conv_set_service(tlsedu_conv_t *cd, const char *service, unsigned transport,
                             guint16 server_port, tlsedu_evidence_t evidence, guint32 frame);

/* Which side is the server, the one decision every feature asks: the port that answered
 * TCP's SYN; else the port a message showed (a ClientHello or a command goes to the
 * server, a reply comes from it: features tell it with tlsedu_conv_learn_server, the
 * first one wins); else 0. */
guint16 tlsedu_conv_server(const tlsedu_conv_t *cd, const tlsedu_facts_t *facts);

/* A message of this frame showed the server's port (kept unless one is known already). */
void tlsedu_conv_learn_server(tlsedu_conv_t *cd, guint16 port);

/* tlsedu.direction of this frame for a server port: TLSEDU_DIR_TO_SERVER, _TO_CLIENT, or 0
 * when the ports do not tell (equal ports, NTP 123 -> 123) or the server is unknown. */
guint8 tlsedu_direction(const tlsedu_facts_t *facts, guint16 server_port);

#endif /* TLSEDU_CONV_H */
