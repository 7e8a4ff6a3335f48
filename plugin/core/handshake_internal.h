/* handshake_internal.h - what the parts of the TLS stage classifier share: handshake.c
 * (messages, records, the frame), handshake_infer.c (encrypted records without keys) and
 * handshake_facts.c (resumption, failure and the facts an item carries). Not a public
 * header: the glue and the tests use handshake.h.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_HANDSHAKE_INTERNAL_H
#define TLSEDU_HANDSHAKE_INTERNAL_H

#include <stddef.h>

#include "handshake.h"

#define TLSEDU_NO_ITEM ((size_t)-1)

/* The stage items of one frame being written. */
typedef struct {
    tlsedu_stage_item_t *items;
    size_t n, max;
    const tlsedu_tls_state_t *st;   /* the connection, for the version each item names */
    tlsedu_from_t from;             /* the sender of this frame */
    size_t server_hello_item;       /* this frame's ServerHello item, or TLSEDU_NO_ITEM */
} tlsedu_out_t;

/* handshake.c */
tlsedu_stage_item_t *tlsedu_hs_add(tlsedu_out_t *out, tlsedu_stage_t stage, tlsedu_msg_t msg, bool inferred);
tlsedu_stage_item_t *tlsedu_hs_finished(tlsedu_tls_state_t *st, tlsedu_from_t from, tlsedu_msg_t msg,
                                        bool inferred, tlsedu_out_t *out);
tlsedu_early_kind_t tlsedu_hs_early_kind(const tlsedu_tls_state_t *st, tlsedu_from_t from);

/* handshake_infer.c: a handshake record without a readable message (TLS <= 1.2 without
 * keys), and the opaque records of TLS 1.3 without keys (records[i] of this frame's n). */
void tlsedu_hs_encrypted_handshake(tlsedu_tls_state_t *st, tlsedu_from_t from, tlsedu_out_t *out);
void tlsedu_hs_opaque_record(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *records,
                             size_t n, size_t i, tlsedu_out_t *out);

/* handshake_facts.c */
/* The ClientHello's session ID and ticket, for the resumption that may follow. */
void tlsedu_hs_client_hello_facts(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m);
/* The ServerHello: how it resumes, if it does (the echoed session ID, TLS 1.3's PSK). */
void tlsedu_hs_server_hello_facts(tlsedu_tls_state_t *st, const tlsedu_tls_message_t *m);
/* TLS <= 1.2: the server's ChangeCipherSpec right after its hello: an abbreviated handshake. */
void tlsedu_hs_abbreviated(tlsedu_tls_state_t *st);
/* A full TLS <= 1.2 handshake after all (the server sent its certificate or key exchange). */
void tlsedu_hs_full(tlsedu_tls_state_t *st);
/* The facts of a message on its item (group, signature, empty certificate, offers). */
void tlsedu_hs_message_facts(tlsedu_stage_item_t *it, const tlsedu_tls_message_t *m);
/* Whether a failure now would be news: a fatal alert from from (TLSEDU_FROM_UNKNOWN: the
 * end of the connection) before the handshake is known to have completed. */
bool tlsedu_hs_can_fail(const tlsedu_tls_state_t *st, tlsedu_from_t from);
/* The handshake failed in this frame. */
void tlsedu_hs_fail(tlsedu_tls_state_t *st);
/* After each record: who has sent what (data, answers) since the items from first on. */
void tlsedu_hs_record_done(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r,
                           const tlsedu_out_t *out, size_t first);
/* At the end of the frame: what is known now, on this frame's items. */
void tlsedu_hs_frame_done(const tlsedu_tls_state_t *st, tlsedu_out_t *out);

/* handshake_infer.c: the client's TLS 1.3 Finished when only its side is captured. */
bool tlsedu_hs_lone_client_finished(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r,
                                    tlsedu_out_t *out);

#endif /* TLSEDU_HANDSHAKE_INTERNAL_H */
