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
    const char *server_name;           /* SNI of this frame's ClientHello */
    tlsedu_summary_t *summary;         /* the handshake these records belong to, or NULL */
    guint32 events;                    /* TLSEDU_EV_* raised in this frame */
    guint8 alert_description;          /* the fatal alert behind TLSEDU_EV_FAILED */
    guint8 alert_known;                /* TRUE: alert_description is set */
    guint16 n_items;
    tlsedu_stage_item_t items[];       /* n_items of them, in the same allocation */
} tlsedu_stages_t;

/* Whether anyone will see tlsedu's items in this dissection: a displayed tree, a filter,
 * column or -e that names tlsedu or one of its fields (its expert infos included), or
 * protocol items that are not faked. FALSE in plain reading, where tshark builds a tree
 * only because tlsedu wants fields. Expert infos are added either way (a frame that warns
 * gets all its items): -z expert, _ws.expert filters and the GUI's status bar, which shows
 * the file's highest severity as the file is read, count them. */
gboolean tlsedu_items_wanted(proto_tree *tree);

/* tlsedu's top item of the frame: top when there is one already, else a new bare one.
 * Items at the root of a tree are never faked, and tools that walk the root's protocols
 * (-z io,phs) count it, so it is added even when nobody will see what is under it. */
proto_item *tlsedu_top_item(proto_tree *tree, tvbuff_t *tvb, proto_item *top);

/* Returns tlsedu's item of the frame, or NULL when it added none. When nobody will see
 * them (tlsedu_items_wanted) and the frame has no warning, the item is bare: no text, no
 * subtree. */
proto_item *tlsedu_render(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                   const tlsedu_annotation_t *a, const tlsedu_stages_t *stages,
                   tlsedu_lang_t lang);

#endif /* TLSEDU_RENDER_H */
