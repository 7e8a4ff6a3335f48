/* tls_read.h - the records and handshake messages of one frame, read from the fields
 * Wireshark's TLS and DTLS dissectors put in the tree.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_TLS_READ_H
#define TLSEDU_TLS_READ_H

#include <epan/packet.h>

#include "core/handshake.h"

typedef struct {
    size_t n_records;
    tlsedu_tls_record_t records[TLSEDU_MAX_RECORDS];
    const char *server_name;     /* SNI of a ClientHello in this frame (packet scope) */
    const char *suite_name;      /* a ServerHello's chosen suite, by Wireshark's name */
    /* bytes of fields in the tree (packet scope), NULL when absent */
    const guint8 *leaf_certificate;   /* DER of the first certificate of a Certificate message */
    gsize leaf_certificate_len;
    guint8 n_certificates;            /* certificates of that Certificate message (the chain) */
    const guint8 *server_session_id;  /* a ServerHello's session ID */
    gsize server_session_id_len;
    const guint8 *new_ticket;         /* a NewSessionTicket's ticket */
    gsize new_ticket_len;
    const guint8 *offered_ticket;     /* a ClientHello's session_ticket extension (RFC 5077) */
    gsize offered_ticket_len;
} tlsedu_tls_frame_t;

/* At hand-off: looks the fields up and appends them to wanted. */
void tlsedu_tls_read_want(GArray *wanted);

/* Fills *frame from the TLS/DTLS parts of this frame's tree; FALSE when there is none.
 * nested: the frame carries TLS/DTLS somewhere (pinfo->layers), so look below the top
 * level of the tree when no TLS item stands there. */
gboolean tlsedu_tls_read(proto_tree *tree, gboolean nested, tlsedu_tls_frame_t *frame);

#endif /* TLSEDU_TLS_READ_H */
