/* session.c - which key exchange a TLS 1.2 resumption inherits.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "session.h"

#include "tls_types.h"

static bool
tls12_or_older(const tlsedu_tls_state_t *st)
{
    /* TLS 1.3 (and its drafts, DTLS 1.3) resume with a PSK whose kex the ServerHello
     * shows; SSL 2.0 has no resumption tlsedu tells apart */
    return st->server_hello_seen && st->version != 0 && st->version != TLSEDU_VERSION_SSL2 &&
           !tlsedu_version_is_tls13(st->version);
}

bool
tlsedu_session_has_own_kex(const tlsedu_tls_state_t *st)
{
    return tls12_or_older(st) && st->kex != TLSEDU_KEX_UNKNOWN && st->resumed >= 0;
}

bool
tlsedu_session_wants_origin(const tlsedu_tls_state_t *st)
{
    return tls12_or_older(st) && st->resumed == 1 && st->kex == TLSEDU_KEX_UNKNOWN;
}

void
tlsedu_session_inherit(tlsedu_tls_state_t *st, tlsedu_kex_t kex)
{
    if (kex == TLSEDU_KEX_UNKNOWN)
        return;
    st->kex = kex;
    if (!tlsedu_kex_forward_secret(kex))
        st->events |= TLSEDU_EV_NO_FS;
}
