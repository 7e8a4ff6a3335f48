/* render.h - turn the core's annotations into tree items.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_RENDER_H
#define TLSEDU_RENDER_H

#include <epan/packet.h>

#include "core/catalogue.h"
#include "core/handshake.h"
#include "core/texts.h"

/* What tlsedu says about the service of a frame's conversation. */
typedef struct {
    const tlsedu_service_t *service;   /* NULL: not a service of the port list */
    guint16 server_port;
    tlsedu_security_t security;
    tlsedu_evidence_t evidence;
    guint8 direction;                  /* TLSEDU_DIR_*, 0 when unknown */
    const tlsedu_service_t *port_service; /* evidence 4: the service the port stands for */
    gboolean content_here;             /* this frame's content decided the service */
    gboolean brief;                    /* nothing new about the service here: its items hidden */
} tlsedu_annotation_t;

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
    guint8 round_trips;                /* 255 unknown */
    const char *server_name;           /* SNI of the ClientHello (raw, at most 255 bytes) */
} tlsedu_summary_t;

/* What tlsedu says about the TLS records of one frame (kept per frame, file scope). */
typedef struct {
    guint n_items;
    tlsedu_stage_item_t *items;
    const char *server_name;           /* SNI of this frame's ClientHello */
    tlsedu_summary_t *summary;         /* the handshake these records belong to, or NULL */
    guint32 events;                    /* TLSEDU_EV_* raised in this frame */
    guint8 alert_description;          /* the fatal alert behind TLSEDU_EV_FAILED */
    gboolean alert_known;
} tlsedu_stages_t;

/* Returns tlsedu's item of the frame, or NULL when it added none. */
proto_item *tlsedu_render(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                   const tlsedu_annotation_t *a, const tlsedu_stages_t *stages,
                   tlsedu_lang_t lang);

#endif /* TLSEDU_RENDER_H */
