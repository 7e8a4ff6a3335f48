/* items.h - what the STARTTLS feature keeps per frame and shows (items.c), shared by
 * starttls.c (which decides it) and items.c (which shows it).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_ITEMS_H
#define TLSEDU_STARTTLS_ITEMS_H

#include "core/starttls.h"
#include "shared/frame.h"

/* What tlsedu says about STARTTLS in one frame (file scope, kept for later passes). */
struct tlsedu_starttls_item {
    guint8 step;
    guint8 proto;                      /* tlsedu_upgrade_proto_t */
    guint32 warnings;
    const char *mechanism;             /* static text */
    const char *reply;                 /* step REFUSED: the refusing reply (file scope), else NULL */
    tlsedu_starttls_links_t links;     /* as known at this frame on the first pass */
    const tlsedu_starttls_links_t *exchange; /* the exchange, complete after the first pass */
};
typedef struct tlsedu_starttls_item tlsedu_starttls_item_t;


/* Registration of the feature's fields and expert infos; the step names in a language. */
void tlsedu_starttls_register(int proto);
void tlsedu_starttls_language(tlsedu_lang_t lang);

/* The frame's STARTTLS items and warnings (f->a.starttls). */
void tlsedu_starttls_render(tlsedu_frame_t *f);

#endif /* TLSEDU_STARTTLS_ITEMS_H */
