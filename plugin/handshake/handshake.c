/* handshake.c - the handshake feature's interface: registration (render.c), the fields it
 * reads (tls_read.c), the per-frame decision (stages.c) and its items (render.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/handshake.h"

#include "handshake/sessions.h"
#include "handshake/stages.h"
#include "handshake/tls_read.h"

static void
register_fields(int proto)
{
    tlsedu_handshake_register(proto);
    tlsedu_register_sessions();
}

static void
want(GArray *wanted)
{
    tlsedu_tls_read_want(wanted);
}

const tlsedu_feature_t tlsedu_handshake_feature = {
    register_fields, want, tlsedu_handshake_language, tlsedu_handshake_decide, tlsedu_handshake_render,
};
