/* infocol.h - the stage in the Info column (preference tlsedu.info_column).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_INFOCOL_H
#define TLSEDU_INFOCOL_H

#include <epan/packet.h>

#include "render.h"

/* Appends "[stage N: ...]" for the frame's stages to the Info column, on every pass (the
 * columns are rebuilt on each one), when the preference is on. */
void tlsedu_info_column(packet_info *pinfo, const tlsedu_stages_t *stages, tlsedu_lang_t lang);

/* Appends one bracketed text (already localized and bounded) to the Info column when the
 * preference is on: for other per-frame facts, e.g. a STARTTLS step. */
void tlsedu_info_column_text(packet_info *pinfo, const char *text);

#endif /* TLSEDU_INFOCOL_H */
