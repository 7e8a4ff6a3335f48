/* handshake.c - the handshake feature's interface: registration (render.c), the fields it
 * reads (tls_read.c), the per-frame decision (stages.c) and its items (render.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/handshake.h"

#include <string.h>

#include "handshake/carried.h"
#include "handshake/sessions.h"
#include "handshake/stages.h"
#include "handshake/tls_read.h"
#include "core/names.h"

static void
register_fields(int proto)
{
    tlsedu_handshake_register(proto);
    tlsedu_register_sessions();
    tlsedu_carried_register(proto);
}

static void
want(GArray *wanted)
{
    tlsedu_tls_read_want(wanted);
    tlsedu_carried_want(wanted);
}

/* A ServerHello without a ClientHello (only the server's side captured): no summary, but a
 * TLS handshake with its version for the statistics. */
static void
server_only(tlsedu_frame_t *f)
{
    const tlsedu_tls_state_t *st;

    if (f->conv == NULL || f->conv->handshake == NULL)
        return;
    st = &f->conv->handshake->tls;
    if (!st->server_hello_seen || st->client_hello_seen)
        return;
    f->a.tls_seen = TRUE;
    f->a.tls_version = st->version;
    f->a.tls_kex = TLSEDU_KEX_UNKNOWN;   /* not "other": the ClientHello's offer is missing */
    f->a.tls_fs = -1;
    f->a.tls_resumed = -1;
    f->a.tls_round_trips = 255;
}

/* The stages, then the outcome of the conversation's handshake for the other features (the
 * service's texts): this frame's summary, else the conversation's current one. */
static void
decide(tlsedu_frame_t *f)
{
    const tlsedu_summary_t *sum = NULL;

    tlsedu_handshake_decide(f);
    f->a.data_decrypted = tlsedu_carried_of(f->pinfo) != NULL;
    if (f->a.stages != NULL)
        sum = f->a.stages->summary;
    if (sum == NULL && f->conv != NULL && f->conv->handshake != NULL)
        sum = f->conv->handshake->summary;
    /* a renegotiation before its ServerHello: the connection still runs under the handshake
     * before it (one pass; later passes know the new one's outcome) */
    if (sum != NULL && sum->server_hello_frame == 0 && sum->previous != NULL)
        sum = (const tlsedu_summary_t *)sum->previous;
    if (sum == NULL) {
        server_only(f);
        return;
    }
    f->a.tls_seen = TRUE;
    f->a.tls_suite = sum->suite_name;
    f->a.tls_kex = (guint8)sum->kex;
    f->a.tls_resumed = sum->resumed;
    f->a.tls_round_trips = sum->failed ? 255 : sum->round_trips;
    /* as tlsedu.handshake.forward_secrecy says it (render.c): not for a failure or SRP */
    if (sum->failed || sum->kex == TLSEDU_KEX_UNKNOWN || tlsedu_summary_srp(sum))
        f->a.tls_fs = -1;
    else
        f->a.tls_fs = tlsedu_kex_forward_secret(sum->kex) ? 1 : 0;
    f->a.tls_version = sum->version;
    f->a.tls_failed = sum->failed;
    f->a.tls_succeeded = sum->finished_frame != 0 && !sum->failed;
    f->a.tls_cert_rejected = sum->cert_rejected;
    f->a.tls_weak_suite = tlsedu_suite_weakness(sum->suite_name) != 0;
    f->a.tls_null_cipher = (tlsedu_suite_weakness(sum->suite_name) & TLSEDU_WEAK_NULL) != 0;
    f->a.tls_no_fs = sum->kex != TLSEDU_KEX_UNKNOWN && !tlsedu_kex_forward_secret(sum->kex) && !tlsedu_summary_srp(sum);
}

const tlsedu_feature_t tlsedu_handshake_feature = {
    register_fields, want, tlsedu_handshake_language, decide, tlsedu_handshake_render,
};
