/* starttls_glue.h - STARTTLS on SMTP, IMAP and POP3: read the mail dissectors' fields, run
 * the core state machine (core/starttls.c), render tlsedu.starttls.* and the experts.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_GLUE_H
#define TLSEDU_STARTTLS_GLUE_H

#include <epan/expert.h>
#include <epan/packet.h>

#include "facts.h"

/* The STARTTLS state of one conversation (file scope), opaque to the postdissector. */
typedef struct tlsedu_starttls_conv tlsedu_starttls_conv_t;

/* What tlsedu says about STARTTLS in one frame (file scope, kept for later passes). */
typedef struct tlsedu_starttls_item tlsedu_starttls_item_t;

/* Registration: fields, subtree, experts (in proto_register). */
void tlsedu_starttls_register(int proto);

/* Hand-off: appends the mail dissectors' fields this module reads to wanted. */
void tlsedu_starttls_wanted(GArray *wanted);

/* One frame: *conv is the conversation's STARTTLS state (created when a mail dissector
 * first shows up). Returns the frame's STARTTLS item (NULL: nothing to say) and sets
 * *upgraded when the frame is protected by an accepted upgrade (tlsedu.security 5). */
const tlsedu_starttls_item_t *tlsedu_starttls_dissect(packet_info *pinfo, proto_tree *tree,
                                                      tlsedu_starttls_conv_t **conv,
                                                      const tlsedu_facts_t *facts, gboolean *upgraded);

/* The expert tlsedu.cleartext_credentials (registered here, raised by credentials_glue.c
 * too). */
expert_field *tlsedu_starttls_ei_credentials(void);

/* Appends the frame's STARTTLS step to the Info column (tlsedu.info_column), from the
 * per-frame cache: on every pass, with or without a tree. */
void tlsedu_starttls_info_column(packet_info *pinfo);

/* Adds the frame's STARTTLS items under tlsedu's item top (created when NULL). */
void tlsedu_starttls_render(proto_tree *tree, proto_item *top, tvbuff_t *tvb, packet_info *pinfo,
                            const tlsedu_starttls_item_t *item);

#endif /* TLSEDU_STARTTLS_GLUE_H */
