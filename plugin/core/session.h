/* session.h - TLS 1.2 resumption: an abbreviated handshake reuses the master secret of an
 * earlier full handshake, so its key exchange is that handshake's (RFC 5246 7.3, RFC 5077).
 *
 * Plain C11, no Wireshark include. The glue keeps, per capture, which key exchange each
 * session (by session ID or session ticket) was made with; these rules say when a
 * handshake is an original worth remembering and when a resumption takes its value.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SESSION_H
#define TLSEDU_SESSION_H

#include <stdbool.h>

#include "handshake.h"

/* A TLS <= 1.2 handshake whose key exchange is its own (a full handshake, kex known):
 * its session ID and tickets name a session made with state->kex. A resumption that
 * inherited its value passes on that value too (a ticket issued during a resumption). */
bool tlsedu_session_has_own_kex(const tlsedu_tls_state_t *state);

/* A TLS <= 1.2 resumption whose key exchange is not known yet: look up the original. */
bool tlsedu_session_wants_origin(const tlsedu_tls_state_t *state);

/* The resumption takes the original session's key exchange: state->kex, and
 * TLSEDU_EV_NO_FS in state->events when that exchange has no forward secrecy. */
void tlsedu_session_inherit(tlsedu_tls_state_t *state, tlsedu_kex_t kex);

#endif /* TLSEDU_SESSION_H */
