/* infocol.h - tlsedu's bracket in the Info column (preference tlsedu.info_column).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_INFOCOL_H
#define TLSEDU_INFOCOL_H

#include <epan/packet.h>

#include "shared/frame.h"

/* Appends the frame's STARTTLS step ("[STARTTLS requested]") and its TLS stages
 * ("[stage 1: client proposes]"), read from the annotation record, to the Info column,
 * when the preference is on. Called on every pass (the columns are rebuilt on each one). */
void tlsedu_info_column(packet_info *pinfo, const tlsedu_annotation_t *a, tlsedu_lang_t lang);

#endif /* TLSEDU_INFOCOL_H */
