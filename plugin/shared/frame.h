/* frame.h - one frame as every feature sees it: the per-frame context the driver
 * (plugin/frame.c) builds, the annotation record of what each feature decided about the
 * frame, and the small interface every feature implements.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_FRAME_H
#define TLSEDU_FRAME_H

#include <epan/packet.h>

#include "core/catalogue.h"
#include "core/handshake.h"
#include "core/stats_texts.h"
#include "core/web.h"
#include "shared/conv.h"
#include "shared/facts.h"

/* Features' per-frame results (opaque here, each defined in its folder). */
struct tlsedu_stages;          /* handshake/ */
struct tlsedu_starttls_item;   /* starttls/ */

/* What each feature decided about one frame. Outputs that span features (the top line,
 * the Info column) read this record, never a feature's internals. It is rebuilt on every
 * pass from what each feature keeps per frame (p_add_proto_data, shared/ids.h keys): a
 * record per frame would cost memory on every frame of a capture. */
typedef struct {
    /* service/ */
    const tlsedu_service_t *service;   /* NULL: not a service of the port list */
    const tlsedu_service_t *port_service; /* evidence 4: the service the port stands for */
    guint16 server_port;
    tlsedu_security_t security;
    tlsedu_evidence_t evidence;
    guint8 direction;                  /* TLSEDU_DIR_*, 0 when unknown */
    gboolean content_here;             /* this frame's content decided the service */
    gboolean brief;                    /* nothing new about the service here: its items hidden */
    /* handshake/ */
    const struct tlsedu_stages *stages;    /* NULL: no TLS stage in this frame */
    guint8 n_stages;                   /* stage items of the frame (at most 255 counted) */
    guint8 stage_list[8];              /* the first ones, in order (tlsedu.stage values) */
    guint8 stages_seen[16];            /* each stage once, in the order first seen */
    guint8 n_stages_seen;
    gboolean routine_stages;           /* no stage, or only encrypted data without a warning */
    guint16 tls_version;               /* the conversation's current handshake: its version (0 unknown) */
    gboolean tls_failed;               /* ... and whether it failed (as known at this frame) */
    gboolean tls_succeeded;            /* ... or succeeded: both Finished, no failure (as known) */
    gboolean tls_cert_rejected;        /* ... its server certificate fails a client's checks (names, dates) */
    gboolean tls_weak_suite;           /* ... its suite is weak */
    gboolean tls_null_cipher;          /* ... and encrypts nothing */
    gboolean tls_no_fs;                /* ... its key exchange gives no forward secrecy */
    gboolean data_decrypted;           /* Wireshark shows this frame's application data decrypted */
    gboolean tls_seen;                 /* ... exists: the facts below are as known at this frame */
    const char *tls_suite;             /* ... its chosen suite's name (static), NULL unknown */
    guint8 tls_kex;                    /* ... its key exchange (tlsedu_kex_t) */
    gint8 tls_fs;                      /* ... forward secrecy: 1, 0, -1 not said (unknown, failed, SRP) */
    gint8 tls_resumed;                 /* ... a resumption: 1, 0, -1 unknown */
    guint8 tls_round_trips;            /* ... round trips of a success, 255 unknown */
    /* starttls/ */
    const struct tlsedu_starttls_item *starttls;   /* NULL: no STARTTLS step or warning */
    guint8 starttls_step;              /* tlsedu_starttls_step_t, 0 none */
    guint8 starttls_proto;             /* tlsedu_upgrade_proto_t */
    guint32 starttls_warnings;         /* TLSEDU_STW_* of the frame */
    const char *starttls_mechanism;    /* the SASL mechanism of a login (static text), or NULL */
    gboolean upgraded;                 /* protected by an accepted STARTTLS upgrade */
    /* http/ */
    const tlsedu_web_t *web;           /* a redirect to HTTPS or an HSTS header, or NULL */
    /* credentials/ */
    guint8 credentials;                /* tlsedu_cred_t of a secret sent in cleartext, 0 none */
    /* every feature */
    gboolean warns;                    /* the frame carries at least one expert info */
    guint32 warnings;                  /* TLSEDU_WK_BIT of each expert info added (set by render) */
} tlsedu_annotation_t;

/* One frame, handed to each feature in turn. */
typedef struct {
    tvbuff_t *tvb;
    packet_info *pinfo;
    proto_tree *tree;          /* NULL on a pass without a tree: expert infos and Info column only */
    tlsedu_facts_t facts;
    tlsedu_conv_t *conv;       /* NULL outside a TCP/UDP conversation */
    tlsedu_lang_t lang;
    gboolean first_pass;       /* the fields of other dissectors are read only then */
    gboolean full;             /* items get text and subtrees: someone looks, or the frame warns */
    proto_item *top;           /* tlsedu's item, made once by the driver (NULL: none) */
    proto_tree *top_tree;      /* its subtree (NULL: a bare item, or no tree) */
    tlsedu_annotation_t a;
} tlsedu_frame_t;

/* A feature: every hook may be NULL. */
typedef struct {
    /* proto_register: its own fields, subtrees and expert infos */
    void (*register_fields)(int proto);
    /* hand-off: other dissectors' fields it reads (appended to wanted) */
    void (*want)(GArray *wanted);
    /* at every change of tlsedu.language: its value labels */
    void (*language)(tlsedu_lang_t lang);
    /* every pass: decides (first pass, kept per frame) or reads what was kept; fills f->a */
    void (*decide)(tlsedu_frame_t *f);
    /* every pass, after the top item: tree items under f->top_tree, expert infos on f->top
     * (NULL on a pass without a tree: the expert infos are added all the same) */
    void (*render)(tlsedu_frame_t *f);
} tlsedu_feature_t;

#endif /* TLSEDU_FRAME_H */
