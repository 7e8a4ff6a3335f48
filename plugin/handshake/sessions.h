/* sessions.h - TLS 1.2 resumptions take the key exchange of their original session.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SESSIONS_H
#define TLSEDU_SESSIONS_H

#include <epan/packet.h>

#include "core/handshake.h"
#include "handshake/tls_read.h"

/* At registration: the per-capture session table. */
void tlsedu_register_sessions(void);

/* First pass, after the state machine ran on this frame of the connection whose state is
 * *state: remembers the session ID and tickets of full handshakes with their key
 * exchange, and gives a resumption its original's (state->kex, TLSEDU_EV_NO_FS). */
void tlsedu_sessions_frame(tlsedu_tls_state_t *state, const tlsedu_tls_frame_t *frame);

#endif /* TLSEDU_SESSIONS_H */
