/* stages.h - the handshake feature's state: what it keeps per conversation and per frame,
 * and its parts (stages.c runs the TLS state machine on the first pass, render.c draws).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_HANDSHAKE_STAGES_H
#define TLSEDU_HANDSHAKE_STAGES_H

#include <epan/packet.h>

#include "core/handshake.h"
#include "shared/frame.h"

/* The summary of one TLS handshake (file scope, shared by the frames of the handshake and
 * filled in as the handshake goes: a first pass shows what is known at each frame, later
 * passes show it all). */
typedef struct {
    guint32 client_hello_frame, server_hello_frame, finished_frame;   /* 0: not (yet) seen */
    nstime_t client_hello_time, finished_time;
    guint16 version;
    const char *suite_name;
    tlsedu_kex_t kex;
    gint8 resumed;                     /* -1 unknown */
    guint8 resumption;                 /* a tlsedu_resumption_t, when resumed */
    gboolean failed;                   /* the handshake did not complete: no forward secrecy or round trips to claim */
    guint8 round_trips;                /* 255 unknown */
    const char *server_name;           /* SNI of the ClientHello (raw, at most 255 bytes) */
    guint16 group;                     /* the key exchange's group (0: unknown) */
    gboolean cert_rejected;            /* the server certificate fails a client's checks (names, dates) */
    const void *unanswered;            /* the ClientHello's summary before it with no ServerHello, or NULL */
    const void *previous;              /* the handshake before it on this connection, when that one
                                        * succeeded (a renegotiation: RFC 5246 7.4.1.2), or NULL */
} tlsedu_summary_t;

/* What tlsedu says about the TLS records of one frame (kept per frame, file scope). */
struct tlsedu_stages {
    const char *server_name;           /* SNI of this frame's ClientHello */
    tlsedu_summary_t *summary;         /* the handshake these records belong to, or NULL */
    guint32 events;                    /* TLSEDU_EV_* raised in this frame */
    guint8 alert_description;          /* the fatal alert behind TLSEDU_EV_FAILED */
    guint8 alert_known;                /* TRUE: alert_description is set */
    guint16 n_items;
    tlsedu_stage_item_t items[];       /* n_items of them, in the same allocation */
};
typedef struct tlsedu_stages tlsedu_stages_t;

/* The TLS state of one conversation (file scope). */
struct tlsedu_handshake_conv {
    tlsedu_tls_state_t tls;            /* the TLS state machine */
    tlsedu_summary_t *summary;         /* the current handshake's summary */
    const tlsedu_stages_t *last_stages; /* the last frame's kept stages, shared when equal */
};

/* stages.c: the frame's stages, from the first pass's state machine or from what it kept;
 * fills the handshake part of f->a. */
void tlsedu_handshake_decide(tlsedu_frame_t *f);

/* render.c */
void tlsedu_handshake_register(int proto);
/* SRP (RFC 5054) counts as "other" but its values are ephemeral: no forward-secrecy claim. */
gboolean tlsedu_summary_srp(const tlsedu_summary_t *sum);
void tlsedu_handshake_language(tlsedu_lang_t lang);
void tlsedu_handshake_render(tlsedu_frame_t *f);

/* hello.c: the facts of hellos and signed messages as fields (tlsedu.hello.*,
 * tlsedu.signature_algorithm) under a stage item; the summary's group. */
void tlsedu_hello_register(int proto);
void tlsedu_hello_render(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it);
void tlsedu_hello_group(tlsedu_frame_t *f, proto_tree *t, guint16 group, gboolean hidden);

/* course.c: the course notes' step and note of a stage item (tlsedu.course_step/_note). */
void tlsedu_course_register(int proto);
void tlsedu_course_language(tlsedu_lang_t lang);
void tlsedu_course_render(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it, const tlsedu_summary_t *sum,
                          gboolean repeat);
/* Whether the frame's stages carry an expert info (a warning, or its certificate's). */
gboolean tlsedu_handshake_warns(const tlsedu_stages_t *st, packet_info *pinfo);

#endif /* TLSEDU_HANDSHAKE_STAGES_H */
