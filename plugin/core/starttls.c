/* starttls.c - the STARTTLS state machine of one mail conversation.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls.h"

#include <string.h>

/* What the next reply answers; CMD_LISTING: the current reply's lines list capabilities
 * (SMTP 250 to EHLO, POP3 +OK to CAPA), kept across frames until the reply ends. */
enum { CMD_LISTING = -1, CMD_NONE = 0, CMD_EHLO, CMD_CAPA, CMD_UPGRADE, CMD_OTHER };

static int
lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static bool
eq_nocase(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return false;
    while (*a && *b && lower((unsigned char)*a) == lower((unsigned char)*b))
        a++, b++;
    return *a == '\0' && *b == '\0';
}

/* The first word of s (up to a space, CR, LF or ']') equals word, ignoring case. */
static bool
word_is(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k)
        return false;
    for (size_t i = 0; i < k; i++)
        if (lower((unsigned char)s[i]) != lower((unsigned char)word[i]))
            return false;
    return true;
}

static bool
is_sep(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Whether one of the words of s, up to its end or to stop (when not 0), is word. */
static bool
has_word(const char *s, const char *word, char stop)
{
    while (s != NULL && *s && *s != stop) {
        while (*s && is_sep(*s))
            s++;
        const char *b = s;
        while (*s && !is_sep(*s) && *s != stop)
            s++;
        if (s > b && word_is(b, (size_t)(s - b), word))
            return true;
    }
    return false;
}

/* Whether s starts with word followed by a separator, ']' or the end; *rest after it. */
static bool
starts_with_word(const char *s, const char *word, const char **rest)
{
    size_t k = strlen(word), n = 0;
    while (s[n] && !is_sep(s[n]) && s[n] != ']')
        n++;
    if (!word_is(s, n, word))
        return false;
    if (rest)
        *rest = s + k;
    return true;
}

const char *
tlsedu_mail_name(tlsedu_mail_t proto)
{
    switch (proto) {
    case TLSEDU_MAIL_SMTP: return "SMTP";
    case TLSEDU_MAIL_IMAP: return "IMAP";
    case TLSEDU_MAIL_POP3: return "POP3";
    case TLSEDU_MAIL_FTP: return "FTP";
    case TLSEDU_MAIL_LDAP: return "LDAP";
    case TLSEDU_MAIL_XMPP: return "XMPP";
    default: return "?";
    }
}

const char *
tlsedu_mail_upgrade_command(tlsedu_mail_t proto)
{
    switch (proto) {
    case TLSEDU_MAIL_POP3: return "STLS";
    case TLSEDU_MAIL_FTP: return "AUTH TLS";
    case TLSEDU_MAIL_XMPP: return "<starttls/>";
    default: return "STARTTLS";
    }
}

/* SMTP and POP3 answer their commands in order (pipelining is counted); the others not here. */
static bool
in_order(tlsedu_mail_t proto)
{
    return proto == TLSEDU_MAIL_SMTP || proto == TLSEDU_MAIL_POP3;
}

/* The client's upgrade request. */
static bool
is_upgrade(const tlsedu_starttls_t *st, const char *command, const char *parameter)
{
    switch (st->proto) {
    case TLSEDU_MAIL_POP3:
        return eq_nocase(command, "STLS");
    case TLSEDU_MAIL_FTP: {
        /* AUTH TLS (RFC 4217), and the older AUTH SSL, TLS-C, TLS-P */
        const char *p = parameter;
        if (!eq_nocase(command, "AUTH") || p == NULL)
            return false;
        while (*p && is_sep(*p))
            p++;
        return starts_with_word(p, "TLS", NULL) || starts_with_word(p, "SSL", NULL) ||
               starts_with_word(p, "TLS-C", NULL) || starts_with_word(p, "TLS-P", NULL);
    }
    default:
        return eq_nocase(command, "STARTTLS");
    }
}

void
tlsedu_starttls_init(tlsedu_starttls_t *st, tlsedu_mail_t proto)
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

static bool
listing_ctx_of(const tlsedu_starttls_t *st)
{
    return st->last_command == CMD_LISTING;
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
        st->out.warnings |= TLSEDU_STW_INJECTION;
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

/* ------------------------------------------------------------------ credentials */

typedef enum { CRED_NONE, CRED_SECRET, CRED_PENDING, CRED_CHALLENGE } cred_t;

/* SASL mechanisms by what they send. */
static cred_t
sasl(const char *param, const char **mech, int *pending, const char *prefix)
{
    static const struct { const char *name; const char *label[3]; bool secret; int lines; } mechs[] = {
        { "PLAIN",       { "AUTH PLAIN", "AUTHENTICATE PLAIN", "AUTH PLAIN" }, true, 1 },
        { "LOGIN",       { "AUTH LOGIN", "AUTHENTICATE LOGIN", "AUTH LOGIN" }, true, 2 },
        { "XOAUTH2",     { "AUTH XOAUTH2", "AUTHENTICATE XOAUTH2", "AUTH XOAUTH2" }, true, 1 },
        { "OAUTHBEARER", { "AUTH OAUTHBEARER", "AUTHENTICATE OAUTHBEARER", "AUTH OAUTHBEARER" }, true, 1 },
        { "CRAM-MD5",    { "AUTH CRAM-MD5", "AUTHENTICATE CRAM-MD5", "AUTH CRAM-MD5" }, false, 0 },
        { "DIGEST-MD5",  { "AUTH DIGEST-MD5", "AUTHENTICATE DIGEST-MD5", "AUTH DIGEST-MD5" }, false, 0 },
        { "GSSAPI",      { "AUTH GSSAPI", "AUTHENTICATE GSSAPI", "AUTH GSSAPI" }, false, 0 },
        { "NTLM",        { "AUTH NTLM", "AUTHENTICATE NTLM", "AUTH NTLM" }, false, 0 },
        { "SCRAM-SHA-1", { "AUTH SCRAM-SHA-1", "AUTHENTICATE SCRAM-SHA-1", "AUTH SCRAM-SHA-1" }, false, 0 },
        { "SCRAM-SHA-1-PLUS", { "AUTH SCRAM-SHA-1-PLUS", "AUTHENTICATE SCRAM-SHA-1-PLUS", "AUTH SCRAM-SHA-1-PLUS" }, false, 0 },
        { "SCRAM-SHA-256", { "AUTH SCRAM-SHA-256", "AUTHENTICATE SCRAM-SHA-256", "AUTH SCRAM-SHA-256" }, false, 0 },
        { "SCRAM-SHA-256-PLUS", { "AUTH SCRAM-SHA-256-PLUS", "AUTHENTICATE SCRAM-SHA-256-PLUS", "AUTH SCRAM-SHA-256-PLUS" }, false, 0 },
    };
    int which = prefix[0] == 'I' ? 1 : prefix[0] == 'P' ? 2 : 0;
    const char *p = param, *rest = NULL;

    if (p == NULL)
        return CRED_NONE;
    while (*p && is_sep(*p))
        p++;
    for (size_t i = 0; i < sizeof mechs / sizeof mechs[0]; i++) {
        if (!starts_with_word(p, mechs[i].name, &rest))
            continue;
        *mech = mechs[i].label[which];
        if (!mechs[i].secret)
            return CRED_CHALLENGE;
        while (*rest && is_sep(*rest))
            rest++;
        /* an initial response in the command line itself (SMTP AUTH, IMAP SASL-IR) */
        bool initial = *rest != '\0' && !(rest[0] == '=' && rest[1] == '\0');
        int lines = mechs[i].lines - (initial ? 1 : 0);
        if (lines <= 0)
            return CRED_SECRET;
        *pending = lines;
        return CRED_PENDING;
    }
    return CRED_NONE;
}

static cred_t
classify_credentials(tlsedu_mail_t proto, const char *command, const char *param,
                     const char **mech, int *pending)
{
    switch (proto) {
    case TLSEDU_MAIL_SMTP:
        if (eq_nocase(command, "AUTH"))
            return sasl(param, mech, pending, "S");
        break;
    case TLSEDU_MAIL_IMAP:
        if (eq_nocase(command, "LOGIN")) {
            *mech = "LOGIN";
            return CRED_SECRET;
        }
        if (eq_nocase(command, "AUTHENTICATE"))
            return sasl(param, mech, pending, "I");
        break;
    case TLSEDU_MAIL_POP3:
        if (eq_nocase(command, "PASS")) {
            *mech = "USER/PASS";
            return CRED_SECRET;
        }
        if (eq_nocase(command, "APOP")) {
            *mech = "APOP";
            return CRED_CHALLENGE;
        }
        if (eq_nocase(command, "AUTH"))
            return sasl(param, mech, pending, "P");
        break;
    default:
        break;
    }
    return CRED_NONE;
}

/* Commands that neither use the session nor send anything of value: a client that sends
 * them after the offer has not yet "gone on in cleartext". */
static bool
harmless(const char *command)
{
    static const char *const list[] = { "EHLO", "HELO", "LHLO", "NOOP", "QUIT", "RSET", "HELP",
                                         "CAPABILITY", "CAPA", "LOGOUT", "ID", "STARTTLS", "STLS" };
    for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
        if (eq_nocase(command, list[i]))
            return true;
    return false;
}

/* ------------------------------------------------------------------ events */

void
tlsedu_starttls_command(tlsedu_starttls_t *st, const char *tag, const char *command,
                        const char *parameter, bool bytes_follow)
{
    const char *mech = NULL;
    int pending = 0;

    if (st->encrypted || !st->from_client || command == NULL)
        return;
    if (st->phase == TLSEDU_STARTTLS_TLS_STARTED && st->client_tls)
        return;
    st->last_command = CMD_OTHER;
    if (st->auth_pending > 0) {
        /* a line of the SASL exchange; "*" cancels it */
        if (command[0] == '*' && command[1] == '\0') {
            st->auth_pending = 0;
            return;
        }
        if (--st->auth_pending == 0) {
            st->out.warnings |= TLSEDU_STW_CREDENTIALS;
            st->out.mechanism = st->auth_mech;
        }
        return;
    }
    if (in_order(st->proto) && st->outstanding < 1000)
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
    } else if (is_upgrade(st, command, parameter)) {
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
        st->skip_replies = in_order(st->proto) && st->outstanding > 0 ? st->outstanding - 1 : 0;
        st->client_tls = false;
        st->tag[0] = '\0';
        if (tag != NULL) {
            strncpy(st->tag, tag, TLSEDU_STARTTLS_TAG_MAX);
            st->tag[TLSEDU_STARTTLS_TAG_MAX] = '\0';
        }
        st->last_command = CMD_UPGRADE;
        set_step(st, TLSEDU_STARTTLS_REQUESTED);
        return;
    } else if (st->phase == TLSEDU_STARTTLS_OFFERED && !st->not_used_warned && !harmless(command)) {
        st->out.warnings |= TLSEDU_STW_NOT_USED;
        st->not_used_warned = true;
    }
    if (st->proto == TLSEDU_MAIL_SMTP && (eq_nocase(command, "EHLO") || eq_nocase(command, "LHLO")))
        st->last_command = CMD_EHLO;
    else if (st->proto == TLSEDU_MAIL_POP3 && eq_nocase(command, "CAPA"))
        st->last_command = CMD_CAPA;
    switch (classify_credentials(st->proto, command, parameter, &mech, &pending)) {
    case CRED_SECRET:
        st->out.warnings |= TLSEDU_STW_CREDENTIALS;
        st->out.mechanism = mech;
        break;
    case CRED_PENDING:
        st->auth_pending = pending;
        st->auth_mech = mech;
        break;
    case CRED_CHALLENGE:
        st->out.warnings |= TLSEDU_STW_CHALLENGE;
        st->out.mechanism = mech;
        break;
    default:
        break;
    }
}

/* The reply's verdict on the request: 1 accept, -1 refuse, 0 not the answer. */
static int
verdict(const tlsedu_starttls_t *st, const char *tag, const char *status, bool last)
{
    switch (st->proto) {
    case TLSEDU_MAIL_SMTP:
        if (!last || status == NULL || status[0] < '1' || status[0] > '5')
            return 0;
        if (status[0] == '2')
            return 1;
        return status[0] == '4' || status[0] == '5' ? -1 : 0;
    case TLSEDU_MAIL_IMAP:
        if (tag == NULL || strcmp(tag, "*") == 0 || strcmp(tag, "+") == 0)
            return 0;
        if (st->tag[0] != '\0' && strcmp(tag, st->tag) != 0)
            return 0;
        if (eq_nocase(status, "OK"))
            return 1;
        return eq_nocase(status, "NO") || eq_nocase(status, "BAD") ? -1 : 0;
    case TLSEDU_MAIL_POP3:
        if (eq_nocase(status, "+OK"))
            return 1;
        return eq_nocase(status, "-ERR") ? -1 : 0;
    case TLSEDU_MAIL_FTP:
        /* 234 accepts; 1xx/3xx are no answer (334: ADAT security data first) */
        if (status == NULL || status[0] < '1' || status[0] > '5')
            return 0;
        if (status[0] == '2')
            return 1;
        return status[0] == '4' || status[0] == '5' ? -1 : 0;
    case TLSEDU_MAIL_LDAP:
        if (tag == NULL || strcmp(tag, "extendedResp") != 0 || status == NULL || status[0] == '\0')
            return 0;
        return strcmp(status, "0") == 0 ? 1 : -1;
    case TLSEDU_MAIL_XMPP:
        if (eq_nocase(status, "proceed"))
            return 1;
        return eq_nocase(status, "failure") ? -1 : 0;
    default:
        return 0;
    }
}

static void
end_of_sasl(tlsedu_starttls_t *st, const char *tag, const char *status)
{
    bool continuation;

    switch (st->proto) {
    case TLSEDU_MAIL_SMTP: continuation = status != NULL && strcmp(status, "334") == 0; break;
    case TLSEDU_MAIL_IMAP: continuation = tag != NULL && (strcmp(tag, "+") == 0 || strcmp(tag, "*") == 0); break;
    case TLSEDU_MAIL_POP3: continuation = status != NULL && strcmp(status, "+") == 0; break;
    default: continuation = false; break;
    }
    if (!continuation)
        st->auth_pending = 0;
}

/* SMTP and POP3: a reply that ends a command (not a SASL continuation, not a banner line
 * cut short). */
static bool
final_reply(const tlsedu_starttls_t *st, const char *status, bool last)
{
    if (status == NULL)
        return false;
    switch (st->proto) {
    case TLSEDU_MAIL_SMTP: return last && strcmp(status, "334") != 0 && status[0] >= '2' && status[0] <= '5';
    case TLSEDU_MAIL_POP3: return eq_nocase(status, "+OK") || eq_nocase(status, "-ERR");
    default: return false;
    }
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
    end_of_sasl(st, tag, status);
    if (final_reply(st, status, last)) {
        if (st->outstanding > 0)
            st->outstanding--;
        if (st->phase == TLSEDU_STARTTLS_REQUESTED && st->skip_replies > 0) {
            st->skip_replies--;   /* the answer to a command before the request */
            return;
        }
    }
    /* the lines of this reply list capabilities: SMTP 250 to EHLO, POP3 +OK to CAPA */
    if ((st->proto == TLSEDU_MAIL_SMTP && st->last_command == CMD_EHLO && status != NULL &&
         strcmp(status, "250") == 0) ||
        (st->proto == TLSEDU_MAIL_POP3 && st->last_command == CMD_CAPA && eq_nocase(status, "+OK"))) {
        st->last_command = CMD_LISTING;
        st->in_caps = true;
    } else if (st->last_command == CMD_LISTING) {
        st->last_command = CMD_NONE;
    }
    if (st->phase != TLSEDU_STARTTLS_REQUESTED || (v = verdict(st, tag, status, last)) == 0)
        return;
    st->links.response_frame = st->frame;
    st->last_command = CMD_NONE;
    if (v > 0) {
        st->accept_frame = st->frame;
        st->no_tls_frame = 0;
        set_step(st, TLSEDU_STARTTLS_ACCEPTED);
        /* a client that already started TLS (before the answer) */
        st->phase = st->client_tls ? TLSEDU_STARTTLS_TLS_STARTED : TLSEDU_STARTTLS_ACCEPTED;
        st->tls_start_frame = st->client_tls ? st->links.tls_frame : 0;
        if (bytes_follow)
            st->out.warnings |= TLSEDU_STW_INJECTION;
    } else {
        st->phase = TLSEDU_STARTTLS_REFUSED;
        set_step(st, TLSEDU_STARTTLS_REFUSED);
        st->out.warnings |= TLSEDU_STW_REFUSED;
        st->refusal_warned = false;
    }
}

void
tlsedu_starttls_server_line(tlsedu_starttls_t *st, const char *line)
{
    const char *p = line, *rest = NULL;

    if (st->encrypted || st->from_client || line == NULL)
        return;
    if (st->phase == TLSEDU_STARTTLS_TLS_STARTED && st->server_tls)
        return;
    switch (st->proto) {
    case TLSEDU_MAIL_SMTP:
    case TLSEDU_MAIL_POP3:
        if (!listing_ctx_of(st))
            return;
        if (st->proto == TLSEDU_MAIL_POP3 && strcmp(line, ".") == 0) {
            st->last_command = CMD_NONE;     /* the end of the listing */
            return;
        }
        st->in_caps = true;
        while (*p && is_sep(*p))
            p++;
        if (starts_with_word(p, tlsedu_mail_upgrade_command(st->proto), NULL))
            st->frame_offers = true;
        return;
    case TLSEDU_MAIL_IMAP: {
        /* "* CAPABILITY ...", or a response code "[CAPABILITY ...]" in an OK line */
        const char *code = strstr(line, "[");
        while (*p && !is_sep(*p))   /* the tag */
            p++;
        while (*p && is_sep(*p))
            p++;
        if (starts_with_word(p, "CAPABILITY", &rest)) {
            st->in_caps = true;
            if (has_word(rest, "STARTTLS", 0))
                st->frame_offers = true;
        } else if (code != NULL && starts_with_word(code + 1, "CAPABILITY", &rest)) {
            st->in_caps = true;
            if (has_word(rest, "STARTTLS", ']'))
                st->frame_offers = true;
        }
        return;
    }
    case TLSEDU_MAIL_XMPP:
        /* the glue's summary of a <stream:features>: "FEATURES" [+ " STARTTLS"] */
        if (starts_with_word(p, "FEATURES", &rest)) {
            st->in_caps = true;
            if (has_word(rest, "STARTTLS", 0))
                st->frame_offers = true;
        }
        return;
    default:
        return;
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
