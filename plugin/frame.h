/* frame.h - the per-frame driver and the list of features (frame.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_FRAME_DRIVER_H
#define TLSEDU_FRAME_DRIVER_H

#include <epan/packet.h>

#include "core/catalogue.h"

/* Registration of the top item's subtree and each feature's fields (proto_register), wanted fields (hand-off) and value labels
 * (at every change of tlsedu.language), in the features' order. */
void tlsedu_features_register(int proto);
void tlsedu_features_want(GArray *wanted);
void tlsedu_features_language(tlsedu_lang_t lang);

/* The postdissector. */
int tlsedu_dissect(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data);

#endif /* TLSEDU_FRAME_DRIVER_H */
