/* infocol.h - tlsedu's bracket in the Info column (preference tlsedu.info_column).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_INFOCOL_H
#define TLSEDU_INFOCOL_H

#include <epan/packet.h>

#include "shared/frame.h"

/* Registers tlsedu.info (proto_register). */
void tlsedu_info_register(int proto);

/* The frame's STARTTLS step ("[STARTTLS step 2: requested]") and its TLS stages ("[stage 1:
 * client proposes]"), read from the annotation record: appended to the Info column when
 * the preference is on, and as tlsedu.info (hidden) for a column of its own. Called on
 * every pass (the columns are rebuilt on each one). */
void tlsedu_info_column(tlsedu_frame_t *f);

#endif /* TLSEDU_INFOCOL_H */
