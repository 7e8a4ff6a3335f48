/* starttls.c - the STARTTLS state machine of one conversation (SMTP, IMAP, POP3, FTP AUTH
 * TLS, LDAP StartTLS or XMPP): offer, request, answer, first TLS records, and what goes
 * wrong on the way. What each protocol's commands and replies mean is starttls_proto.c's.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls.h"

#include <string.h>

#include "starttls_proto.h"

/* SMTP and POP3: pipelined commands counted at most (the count only skips replies). */
#define OUTSTANDING_MAX 1000

void
tlsedu_starttls_init(tlsedu_starttls_t *st, tlsedu_upgrade_proto_t proto)
{
    memset(st, 0, sizeof *st);
    st->proto = proto;
}

void
tlsedu_starttls_begin(tlsedu_starttls_t *st, uint32_t frame, bool from_client, bool encrypted)
{
    st->frame = frame;
    st->from_client = from_client;
    st->encrypted = encrypted;
    st->frame_offers = false;
    memset(&st->out, 0, sizeof st->out);
    st->in_caps = false;
}

static void
set_step(tlsedu_starttls_t *st, tlsedu_starttls_step_t step)
{
    st->out.step = step;
}

static void
no_tls(tlsedu_starttls_t *st)
{
    st->out.warnings |= TLSEDU_STW_NO_TLS;
    if (st->no_tls_frame == 0)
        st->no_tls_frame = st->frame;
}

/* Server bytes in cleartext after the accepting reply and before the server's first TLS
 * record: injected into the client's view (before the client's TLS), or simply no TLS. */
static void
server_cleartext_after_accept(tlsedu_starttls_t *st)
{
    if (!st->client_tls)
        st->out.warnings |= TLSEDU_STW_INJECTION | TLSEDU_STW_INJECTION_SERVER;
    else
        no_tls(st);
}

static bool
after_accept_before_server_tls(const tlsedu_starttls_t *st)
{
    return (st->phase == TLSEDU_STARTTLS_ACCEPTED || st->phase == TLSEDU_STARTTLS_TLS_STARTED) &&
           !st->server_tls;
}

static void
new_exchange(tlsedu_starttls_t *st)
{
    st->exchanges++;
    st->out.new_exchange = true;
    memset(&st->links, 0, sizeof st->links);
}

/* The refusing reply as the server sent it, for the texts: IMAP's tag and status, the
 * status alone elsewhere (cut to what fits). */
static void
keep_reply(tlsedu_starttls_t *st, const char *tag, const char *status)
{
    char *out = st->out.reply;
    size_t n = 0;

    out[0] = '\0';
    if (status == NULL)
        return;
    if (st->proto == TLSEDU_UPG_IMAP && tag != NULL && tag[0] != '\0') {
        for (; n < TLSEDU_STARTTLS_TAG_MAX && tag[n] != '\0'; n++)
            out[n] = tag[n];
        out[n++] = ' ';
    }
    for (size_t i = 0; status[i] != '\0' && n < TLSEDU_STARTTLS_REPLY_MAX; i++)
        out[n++] = status[i];
    out[n] = '\0';
}

/* ------------------------------------------------------------------ events */

/* A client line while a SASL exchange is pending: "*" cancels it; the last line carries
 * the secret. */
static void
sasl_line(tlsedu_starttls_t *st, const char *command)
{
    if (command[0] == '*' && command[1] == '\0') {
        st->auth_pending = 0;
        return;
    }
    if (--st->auth_pending == 0) {
        st->out.warnings |= TLSEDU_STW_CREDENTIALS;
        st->out.mechanism = st->auth_mech;
    }
}

/* The client's upgrade request: a new exchange unless it answers the current offer. */
static void
upgrade_request(tlsedu_starttls_t *st, const char *tag, bool bytes_follow)
{
    if (st->phase != TLSEDU_STARTTLS_OFFERED)
        new_exchange(st);
    st->links.offer_frame = st->offered ? st->last_offer_frame : 0;
    st->links.request_frame = st->frame;
    st->links.response_frame = st->links.tls_frame = 0;
    if (st->caps_seen && !st->offered)
        st->out.warnings |= TLSEDU_STW_NOT_OFFERED;
    if (bytes_follow)
        st->out.warnings |= TLSEDU_STW_INJECTION;
    st->phase = TLSEDU_STARTTLS_REQUESTED;
    /* SMTP and POP3 answer in order: with pipelining, the replies to the commands
     * sent before come first (IMAP answers by tag) */
    st->skip_replies = tlsedu_stproto_in_order(st->proto) && st->outstanding > 0 ? st->outstanding - 1 : 0;
    st->client_tls = false;
    st->tag[0] = '\0';
    if (tag != NULL) {
        strncpy(st->tag, tag, TLSEDU_STARTTLS_TAG_MAX);
        st->tag[TLSEDU_STARTTLS_TAG_MAX] = '\0';
    }
    /* RFC 9051 section 2.2.1: the request's own tag, as the texts quote it ("a001 STARTTLS") */
    if (st->proto == TLSEDU_UPG_IMAP)
        keep_reply(st, st->tag, "STARTTLS");
    st->last_command = TLSEDU_STCMD_UPGRADE;
    set_step(st, TLSEDU_STARTTLS_REQUESTED);
}

/* A login in cleartext: its secret now, later (SASL), or none (challenge-response). */
static void
login(tlsedu_starttls_t *st, const char *command, const char *parameter)
{
    const char *mech = NULL;
    int pending = 0;

    switch (tlsedu_stproto_credentials(st->proto, command, parameter, &mech, &pending)) {
    case TLSEDU_STCRED_SECRET:
        st->out.warnings |= TLSEDU_STW_CREDENTIALS;
        st->out.mechanism = mech;
        break;
    case TLSEDU_STCRED_PENDING:
        st->auth_pending = pending;
        st->auth_mech = mech;
        break;
    case TLSEDU_STCRED_CHALLENGE:
        st->out.warnings |= TLSEDU_STW_CHALLENGE;
        st->out.mechanism = mech;
        break;
    default:
        break;
    }
}

void
tlsedu_starttls_command(tlsedu_starttls_t *st, const char *tag, const char *command,
                        const char *parameter, bool bytes_follow)
{
    if (st->encrypted || !st->from_client || command == NULL)
        return;
    if (st->phase == TLSEDU_STARTTLS_TLS_STARTED && st->client_tls)
        return;
    st->last_command = TLSEDU_STCMD_OTHER;
    if (st->auth_pending > 0) {
        sasl_line(st, command);
        return;
    }
    if (tlsedu_stproto_in_order(st->proto) && st->outstanding < OUTSTANDING_MAX)
        st->outstanding++;
    if (st->phase == TLSEDU_STARTTLS_REQUESTED && !st->client_tls) {
        /* anything after the request and before the client's TLS: pipelined or sent
         * before the answer, the server may run it inside the TLS session to come */
        st->out.warnings |= TLSEDU_STW_INJECTION;
    } else if (st->phase == TLSEDU_STARTTLS_ACCEPTED && !st->client_tls) {
        /* still before the client's TLS: the server may run it inside the TLS session,
         * and what follows the acceptance is not TLS */
        st->out.warnings |= TLSEDU_STW_INJECTION;
        no_tls(st);
    } else if (tlsedu_stproto_is_request(st->proto, command, parameter)) {
        upgrade_request(st, tag, bytes_follow);
        return;
    } else if (st->phase == TLSEDU_STARTTLS_OFFERED && !st->not_used_warned &&
               !tlsedu_stproto_harmless(command)) {
        st->out.warnings |= TLSEDU_STW_NOT_USED;
        st->not_used_warned = true;
    }
    st->last_command = tlsedu_stproto_command_kind(st->proto, command);
    login(st, command, parameter);
}

void
tlsedu_starttls_reply(tlsedu_starttls_t *st, const char *tag, const char *status, bool last,
                      bool bytes_follow)
{
    int v;

    if (st->encrypted || st->from_client)
        return;
    if (st->phase == TLSEDU_STARTTLS_TLS_STARTED && st->server_tls)
        return;
    if (after_accept_before_server_tls(st)) {
        server_cleartext_after_accept(st);
        return;
    }
    if (!tlsedu_stproto_sasl_continuation(st->proto, tag, status))
        st->auth_pending = 0;
    if (tlsedu_stproto_final_reply(st->proto, status, last)) {
        if (st->outstanding > 0)
            st->outstanding--;
        if (st->phase == TLSEDU_STARTTLS_REQUESTED && st->skip_replies > 0) {
            st->skip_replies--;   /* the answer to a command before the request */
            return;
        }
    }
    /* the lines of this reply list capabilities: SMTP 250 to EHLO, POP3 +OK to CAPA */
    if (tlsedu_stproto_opens_listing(st->proto, st->last_command, status)) {
        st->last_command = TLSEDU_STCMD_LISTING;
        st->in_caps = true;
    } else if (st->last_command == TLSEDU_STCMD_LISTING) {
        st->last_command = TLSEDU_STCMD_NONE;
    }
    if (st->phase != TLSEDU_STARTTLS_REQUESTED ||
        (v = tlsedu_stproto_verdict(st->proto, st->tag, tag, status, last)) == 0)
        return;
    st->links.response_frame = st->frame;
    st->last_command = TLSEDU_STCMD_NONE;
    if (v > 0) {
        st->accept_frame = st->frame;
        st->no_tls_frame = 0;
        set_step(st, TLSEDU_STARTTLS_ACCEPTED);
        /* a client that already started TLS (before the answer) */
        st->phase = st->client_tls ? TLSEDU_STARTTLS_TLS_STARTED : TLSEDU_STARTTLS_ACCEPTED;
        st->tls_start_frame = st->client_tls ? st->links.tls_frame : 0;
        if (st->proto == TLSEDU_UPG_IMAP)
            keep_reply(st, tag, status);   /* the tagged OK: "a001 OK" (RFC 9051 section 7.1) */
        if (bytes_follow)   /* the server's own bytes after its acceptance */
            st->out.warnings |= TLSEDU_STW_INJECTION | TLSEDU_STW_INJECTION_SERVER;
    } else {
        st->phase = TLSEDU_STARTTLS_REFUSED;
        set_step(st, TLSEDU_STARTTLS_REFUSED);
        keep_reply(st, tag, status);
        st->out.warnings |= TLSEDU_STW_REFUSED;
        st->refusal_warned = false;
    }
}

void
tlsedu_starttls_server_line(tlsedu_starttls_t *st, const char *line)
{
    bool offers = false;

    if (st->encrypted || st->from_client || line == NULL)
        return;
    if (st->phase == TLSEDU_STARTTLS_TLS_STARTED && st->server_tls)
        return;
    switch (tlsedu_stproto_caps_line(st->proto, line, st->last_command == TLSEDU_STCMD_LISTING, &offers)) {
    case TLSEDU_STCAPS_END:
        st->last_command = TLSEDU_STCMD_NONE;     /* the end of the listing */
        break;
    case TLSEDU_STCAPS_LINE:
        st->in_caps = true;
        if (offers)
            st->frame_offers = true;
        break;
    default:
        break;
    }
}

void
tlsedu_starttls_payload(tlsedu_starttls_t *st, bool tls)
{
    if (tls) {
        bool first = st->from_client ? !st->client_tls : !st->server_tls;
        if (st->from_client)
            st->client_tls = true;
        else
            st->server_tls = true;
        if (!first)
            return;
        switch (st->phase) {
        case TLSEDU_STARTTLS_ACCEPTED:
            st->phase = TLSEDU_STARTTLS_TLS_STARTED;
            st->links.tls_frame = st->frame;
            st->tls_start_frame = st->frame;
            set_step(st, TLSEDU_STARTTLS_TLS_STARTED);
            break;
        case TLSEDU_STARTTLS_REQUESTED:
            /* TLS before the answer: started, if the server accepts */
            if (st->from_client && st->links.tls_frame == 0) {
                st->links.tls_frame = st->frame;
                set_step(st, TLSEDU_STARTTLS_TLS_STARTED);
            }
            break;
        case TLSEDU_STARTTLS_REFUSED:
            if (!st->refusal_warned) {
                st->out.warnings |= TLSEDU_STW_TLS_AFTER_REFUSAL;
                st->refusal_warned = true;
            }
            break;
        default:
            break;
        }
        return;
    }
    if (st->from_client) {
        if (st->phase == TLSEDU_STARTTLS_REQUESTED && !st->client_tls)
            st->out.warnings |= TLSEDU_STW_INJECTION;
        else if (st->phase == TLSEDU_STARTTLS_ACCEPTED && !st->client_tls) {
            st->out.warnings |= TLSEDU_STW_INJECTION;
            no_tls(st);
        }
    } else if (after_accept_before_server_tls(st)) {
        server_cleartext_after_accept(st);
    }
}

const tlsedu_starttls_frame_t *
tlsedu_starttls_end(tlsedu_starttls_t *st)
{
    if (st->in_caps) {
        st->caps_seen = true;
        st->offered = st->frame_offers;
        if (st->frame_offers) {
            st->last_offer_frame = st->frame;
            if (st->phase == TLSEDU_STARTTLS_NONE || st->phase == TLSEDU_STARTTLS_REFUSED) {
                new_exchange(st);
                st->phase = TLSEDU_STARTTLS_OFFERED;
            }
            if (st->phase == TLSEDU_STARTTLS_OFFERED) {
                st->links.offer_frame = st->frame;
                if (st->out.step == TLSEDU_STARTTLS_NONE)
                    set_step(st, TLSEDU_STARTTLS_OFFERED);
            }
        }
    }
    st->in_caps = false;
    st->out.exchange = st->exchanges;
    st->out.links = st->links;
    return &st->out;
}

bool
tlsedu_starttls_upgraded(const tlsedu_starttls_t *st, uint32_t frame)
{
    return st->accept_frame != 0 && st->tls_start_frame != 0 && frame >= st->tls_start_frame &&
           (st->no_tls_frame == 0 || frame < st->no_tls_frame);
}
