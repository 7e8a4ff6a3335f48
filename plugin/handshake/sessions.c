/* sessions.c - the per-capture table of TLS 1.2 sessions (session ID or session ticket ->
 * key exchange) that resumptions look their original up in; the rules are the core's
 * (core/session.c).
 *
 * The tables are wmem_map_new_autoreset maps: made once at registration in the epan
 * scope, their contents live in the file scope and Wireshark empties them when the
 * capture file is closed. That is Wireshark's idiom for per-capture lookup tables that
 * are not tied to one conversation (a resumption is a new TCP connection): no init or
 * cleanup routine, no pointer reassigned per file, nothing left over from the previous
 * file. The pointers are set once at registration and never change afterwards.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/sessions.h"

#include <string.h>

#include "core/session.h"

#define MAX_KEY 4096    /* session tickets are usually a few hundred bytes */

enum { KEY_SESSION_ID = 'i', KEY_TICKET = 't' };

typedef struct {
    guint len;          /* of bytes, the kind byte first */
    guint8 bytes[];
} session_key_t;

/* What one handshake found so far (per connection state, reset by each new handshake). */
typedef struct {
    session_key_t *session_id;         /* the ServerHello's */
    session_key_t *offered_ticket;     /* the ClientHello's session_ticket extension */
    session_key_t *issued_ticket;      /* the server's NewSessionTicket */
    gboolean looked_up, id_recorded, ticket_recorded;
} pending_t;

static wmem_map_t *session_kex;   /* session_key_t -> tlsedu_kex_t (as a pointer) */
static wmem_map_t *pending;       /* tlsedu_tls_state_t * -> pending_t */

static guint
key_hash(gconstpointer k)
{
    const session_key_t *key = (const session_key_t *)k;
    return wmem_strong_hash(key->bytes, key->len);
}

static gboolean
key_equal(gconstpointer a, gconstpointer b)
{
    const session_key_t *x = (const session_key_t *)a, *y = (const session_key_t *)b;
    return x->len == y->len && memcmp(x->bytes, y->bytes, x->len) == 0;
}

void
tlsedu_register_sessions(void)
{
    session_kex = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), key_hash, key_equal);
    pending = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
}

/* A file-scope key for these bytes, or NULL when there are none (or too many). */
static session_key_t *
make_key(int kind, const guint8 *bytes, gsize len)
{
    session_key_t *key;

    if (bytes == NULL || len == 0 || len > MAX_KEY)
        return NULL;
    key = (session_key_t *)wmem_alloc(wmem_file_scope(), sizeof *key + len + 1);
    key->len = (guint)len + 1;
    key->bytes[0] = (guint8)kind;
    memcpy(key->bytes + 1, bytes, len);
    return key;
}

static gboolean
lookup(const session_key_t *key, tlsedu_kex_t *kex)
{
    gpointer value;

    if (key == NULL || !wmem_map_lookup_extended(session_kex, key, NULL, &value))
        return FALSE;
    *kex = (tlsedu_kex_t)GPOINTER_TO_INT(value);
    return TRUE;
}

void
tlsedu_sessions_frame(tlsedu_tls_state_t *st, const tlsedu_tls_frame_t *tf)
{
    pending_t *p;

    if (session_kex == NULL || st == NULL || tf == NULL)
        return;
    p = (pending_t *)wmem_map_lookup(pending, st);
    if (p == NULL) {
        p = wmem_new0(wmem_file_scope(), pending_t);
        wmem_map_insert(pending, st, p);
    }
    if (st->events & TLSEDU_EV_NEW_HANDSHAKE)
        memset(p, 0, sizeof *p);
    if (p->offered_ticket == NULL && (st->events & TLSEDU_EV_NEW_HANDSHAKE))
        p->offered_ticket = make_key(KEY_TICKET, tf->offered_ticket, tf->offered_ticket_len);
    if (p->session_id == NULL && (st->events & TLSEDU_EV_SERVER_HELLO))
        p->session_id = make_key(KEY_SESSION_ID, tf->server_session_id, tf->server_session_id_len);
    if (tf->new_ticket != NULL) {
        p->issued_ticket = make_key(KEY_TICKET, tf->new_ticket, tf->new_ticket_len);
        p->ticket_recorded = FALSE;
    }

    if (tlsedu_session_wants_origin(st) && !p->looked_up) {
        tlsedu_kex_t kex;
        p->looked_up = TRUE;
        /* RFC 5077 3.4: with a ticket the echoed session ID may be the client's own */
        if (lookup(p->offered_ticket, &kex) || lookup(p->session_id, &kex))
            tlsedu_session_inherit(st, kex);
    }
    if (tlsedu_session_has_own_kex(st)) {
        if (p->session_id != NULL && !p->id_recorded) {
            wmem_map_insert(session_kex, p->session_id, GINT_TO_POINTER((int)st->kex));
            p->id_recorded = TRUE;
        }
        if (p->issued_ticket != NULL && !p->ticket_recorded) {
            wmem_map_insert(session_kex, p->issued_ticket, GINT_TO_POINTER((int)st->kex));
            p->ticket_recorded = TRUE;
        }
    }
}
