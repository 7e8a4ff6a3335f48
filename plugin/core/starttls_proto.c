/* starttls_proto.c - the per-protocol side of STARTTLS: which client command is the upgrade
 * request, a login or a harmless command, which server reply accepts or refuses, and which
 * server line lists capabilities, for SMTP, IMAP, POP3, FTP AUTH TLS, LDAP StartTLS and
 * XMPP. The state machine that uses these answers is starttls.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls_proto.h"

#include <string.h>

#include "ascii.h"

static bool
is_sep(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static const char *
skip_seps(const char *s)
{
    while (*s && is_sep(*s))
        s++;
    return s;
}

/* Whether one of the words of s, up to its end or to stop (when not 0), is word. */
static bool
has_word(const char *s, const char *word, char stop)
{
    if (s == NULL)
        return false;
    while (*s && *s != stop) {
        s = skip_seps(s);
        const char *b = s;
        while (*s && !is_sep(*s) && *s != stop)
            s++;
        if (s > b && tlsedu_ascii_word_ci(b, (size_t)(s - b), word))
            return true;
    }
    return false;
}

/* Whether s starts with word followed by a separator, ']' or the end; *rest after it. */
static bool
starts_with_word(const char *s, const char *word, const char **rest)
{
    size_t n = 0;
    while (s[n] && !is_sep(s[n]) && s[n] != ']')
        n++;
    if (!tlsedu_ascii_word_ci(s, n, word))
        return false;
    if (rest)
        *rest = s + n;
    return true;
}

const char *
tlsedu_upgrade_proto_name(tlsedu_upgrade_proto_t proto)
{
    switch (proto) {
    case TLSEDU_UPG_SMTP: return "SMTP";
    case TLSEDU_UPG_IMAP: return "IMAP";
    case TLSEDU_UPG_POP3: return "POP3";
    case TLSEDU_UPG_FTP: return "FTP";
    case TLSEDU_UPG_LDAP: return "LDAP";
    case TLSEDU_UPG_XMPP: return "XMPP";
    case TLSEDU_UPG_PGSQL: return "PostgreSQL";
    default: return "?";
    }
}

const char *
tlsedu_upgrade_command(tlsedu_upgrade_proto_t proto)
{
    switch (proto) {
    case TLSEDU_UPG_POP3: return "STLS";
    case TLSEDU_UPG_FTP: return "AUTH TLS";
    case TLSEDU_UPG_LDAP: return "StartTLS";   /* the extended operation, RFC 4511 section 4.14 */
    case TLSEDU_UPG_XMPP: return "<starttls/>";
    case TLSEDU_UPG_PGSQL: return "SSLRequest";
    default: return "STARTTLS";
    }
}

bool
tlsedu_stproto_in_order(tlsedu_upgrade_proto_t proto)
{
    return proto == TLSEDU_UPG_SMTP || proto == TLSEDU_UPG_POP3;
}

bool
tlsedu_stproto_is_request(tlsedu_upgrade_proto_t proto, const char *command, const char *parameter)
{
    switch (proto) {
    case TLSEDU_UPG_POP3:
        return tlsedu_ascii_equal_ci(command, "STLS");
    case TLSEDU_UPG_PGSQL:
        /* PostgreSQL 15 documentation, 55.7: SSLRequest, request code 80877103 */
        return strcmp(command, "SSLRequest") == 0;
    case TLSEDU_UPG_FTP: {
        /* AUTH TLS (RFC 4217), and the older AUTH SSL, TLS-C, TLS-P */
        if (!tlsedu_ascii_equal_ci(command, "AUTH") || parameter == NULL)
            return false;
        const char *p = skip_seps(parameter);
        return starts_with_word(p, "TLS", NULL) || starts_with_word(p, "SSL", NULL) ||
               starts_with_word(p, "TLS-C", NULL) || starts_with_word(p, "TLS-P", NULL);
    }
    default:
        return tlsedu_ascii_equal_ci(command, "STARTTLS");
    }
}

bool
tlsedu_stproto_harmless(const char *command)
{
    static const char *const list[] = { "EHLO", "HELO", "LHLO", "NOOP", "QUIT", "RSET", "HELP",
                                         "CAPABILITY", "CAPA", "LOGOUT", "ID", "STARTTLS", "STLS" };
    for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
        if (tlsedu_ascii_equal_ci(command, list[i]))
            return true;
    return false;
}

int
tlsedu_stproto_command_kind(tlsedu_upgrade_proto_t proto, const char *command)
{
    if (proto == TLSEDU_UPG_SMTP &&
        (tlsedu_ascii_equal_ci(command, "EHLO") || tlsedu_ascii_equal_ci(command, "LHLO")))
        return TLSEDU_STCMD_EHLO;
    if (proto == TLSEDU_UPG_POP3 && tlsedu_ascii_equal_ci(command, "CAPA"))
        return TLSEDU_STCMD_CAPA;
    return TLSEDU_STCMD_OTHER;
}

/* ------------------------------------------------------------------ credentials */

/* SASL mechanisms by what they send. */
static tlsedu_stcred_t
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
    const char *p, *rest = NULL;

    if (param == NULL)
        return TLSEDU_STCRED_NONE;
    p = skip_seps(param);
    for (size_t i = 0; i < sizeof mechs / sizeof mechs[0]; i++) {
        if (!starts_with_word(p, mechs[i].name, &rest))
            continue;
        *mech = mechs[i].label[which];
        if (!mechs[i].secret)
            return TLSEDU_STCRED_CHALLENGE;
        rest = skip_seps(rest);
        /* an initial response in the command line itself (SMTP AUTH, IMAP SASL-IR) */
        bool initial = *rest != '\0' && !(rest[0] == '=' && rest[1] == '\0');
        int lines = mechs[i].lines - (initial ? 1 : 0);
        if (lines <= 0)
            return TLSEDU_STCRED_SECRET;
        *pending = lines;
        return TLSEDU_STCRED_PENDING;
    }
    return TLSEDU_STCRED_NONE;
}

/* The logins of the mail protocols; FTP PASS and LDAP simple bind are credentials.c's. */
tlsedu_stcred_t
tlsedu_stproto_credentials(tlsedu_upgrade_proto_t proto, const char *command, const char *param,
                           const char **mech, int *pending)
{
    switch (proto) {
    case TLSEDU_UPG_SMTP:
        if (tlsedu_ascii_equal_ci(command, "AUTH"))
            return sasl(param, mech, pending, "S");
        break;
    case TLSEDU_UPG_IMAP:
        if (tlsedu_ascii_equal_ci(command, "LOGIN")) {
            *mech = "LOGIN";
            return TLSEDU_STCRED_SECRET;
        }
        if (tlsedu_ascii_equal_ci(command, "AUTHENTICATE"))
            return sasl(param, mech, pending, "I");
        break;
    case TLSEDU_UPG_POP3:
        if (tlsedu_ascii_equal_ci(command, "PASS")) {
            *mech = "USER/PASS";
            return TLSEDU_STCRED_SECRET;
        }
        if (tlsedu_ascii_equal_ci(command, "APOP")) {
            *mech = "APOP";
            return TLSEDU_STCRED_CHALLENGE;
        }
        if (tlsedu_ascii_equal_ci(command, "AUTH"))
            return sasl(param, mech, pending, "P");
        break;
    default:
        break;
    }
    return TLSEDU_STCRED_NONE;
}

/* ------------------------------------------------------------------ replies */

/* A numeric reply (SMTP, FTP): 2xx accepts, 4xx/5xx refuse, 1xx/3xx are no answer. */
static int
code_verdict(const char *status)
{
    if (status == NULL || status[0] < '1' || status[0] > '5')
        return 0;
    if (status[0] == '2')
        return 1;
    return status[0] == '4' || status[0] == '5' ? -1 : 0;
}

int
tlsedu_stproto_verdict(tlsedu_upgrade_proto_t proto, const char *request_tag, const char *tag,
                       const char *status, bool last)
{
    switch (proto) {
    case TLSEDU_UPG_SMTP:
        return last ? code_verdict(status) : 0;
    case TLSEDU_UPG_IMAP:
        if (tag == NULL || strcmp(tag, "*") == 0 || strcmp(tag, "+") == 0)
            return 0;
        if (request_tag[0] != '\0' && strcmp(tag, request_tag) != 0)
            return 0;
        if (tlsedu_ascii_equal_ci(status, "OK"))
            return 1;
        return tlsedu_ascii_equal_ci(status, "NO") || tlsedu_ascii_equal_ci(status, "BAD") ? -1 : 0;
    case TLSEDU_UPG_POP3:
        if (tlsedu_ascii_equal_ci(status, "+OK"))
            return 1;
        return tlsedu_ascii_equal_ci(status, "-ERR") ? -1 : 0;
    case TLSEDU_UPG_FTP:
        /* 234 accepts; 1xx/3xx are no answer (334: ADAT security data first) */
        return code_verdict(status);
    case TLSEDU_UPG_LDAP:
        if (tag == NULL || strcmp(tag, "extendedResp") != 0 || status == NULL || status[0] == '\0')
            return 0;
        return strcmp(status, "0") == 0 ? 1 : -1;
    case TLSEDU_UPG_XMPP:
        if (tlsedu_ascii_equal_ci(status, "proceed"))
            return 1;
        return tlsedu_ascii_equal_ci(status, "failure") ? -1 : 0;
    case TLSEDU_UPG_PGSQL:
        /* PostgreSQL 15 documentation, 55.2.10: 'S' performs the TLS handshake, 'N' declines */
        if (status == NULL || status[0] == '\0' || status[1] != '\0')
            return 0;
        return status[0] == 'S' ? 1 : status[0] == 'N' ? -1 : 0;
    default:
        return 0;
    }
}

bool
tlsedu_stproto_sasl_continuation(tlsedu_upgrade_proto_t proto, const char *tag, const char *status)
{
    switch (proto) {
    case TLSEDU_UPG_SMTP: return status != NULL && strcmp(status, "334") == 0;
    case TLSEDU_UPG_IMAP: return tag != NULL && (strcmp(tag, "+") == 0 || strcmp(tag, "*") == 0);
    case TLSEDU_UPG_POP3: return status != NULL && strcmp(status, "+") == 0;
    default: return false;
    }
}

bool
tlsedu_stproto_final_reply(tlsedu_upgrade_proto_t proto, const char *status, bool last)
{
    if (status == NULL)
        return false;
    switch (proto) {
    case TLSEDU_UPG_SMTP: return last && strcmp(status, "334") != 0 && status[0] >= '2' && status[0] <= '5';
    case TLSEDU_UPG_POP3: return tlsedu_ascii_equal_ci(status, "+OK") || tlsedu_ascii_equal_ci(status, "-ERR");
    default: return false;
    }
}

bool
tlsedu_stproto_opens_listing(tlsedu_upgrade_proto_t proto, int last_command, const char *status)
{
    return (proto == TLSEDU_UPG_SMTP && last_command == TLSEDU_STCMD_EHLO && status != NULL &&
            strcmp(status, "250") == 0) ||
           (proto == TLSEDU_UPG_POP3 && last_command == TLSEDU_STCMD_CAPA &&
            tlsedu_ascii_equal_ci(status, "+OK"));
}

/* ------------------------------------------------------------------ capability lines */

/* IMAP: "* CAPABILITY ...", or a response code "[CAPABILITY ...]" in an OK line. */
static tlsedu_stcaps_t
imap_caps_line(const char *line, bool *offers)
{
    const char *p = line, *rest = NULL;
    const char *code = strstr(line, "[");

    while (*p && !is_sep(*p))   /* the tag */
        p++;
    p = skip_seps(p);
    if (starts_with_word(p, "CAPABILITY", &rest)) {
        *offers = has_word(rest, "STARTTLS", 0);
        return TLSEDU_STCAPS_LINE;
    }
    if (code != NULL && starts_with_word(code + 1, "CAPABILITY", &rest)) {
        *offers = has_word(rest, "STARTTLS", ']');
        return TLSEDU_STCAPS_LINE;
    }
    return TLSEDU_STCAPS_NO;
}

tlsedu_stcaps_t
tlsedu_stproto_caps_line(tlsedu_upgrade_proto_t proto, const char *line, bool in_listing, bool *offers)
{
    const char *rest = NULL;

    *offers = false;
    switch (proto) {
    case TLSEDU_UPG_SMTP:
    case TLSEDU_UPG_POP3:
        if (!in_listing)
            return TLSEDU_STCAPS_NO;
        if (proto == TLSEDU_UPG_POP3 && strcmp(line, ".") == 0)
            return TLSEDU_STCAPS_END;
        *offers = starts_with_word(skip_seps(line), tlsedu_upgrade_command(proto), NULL);
        return TLSEDU_STCAPS_LINE;
    case TLSEDU_UPG_IMAP:
        return imap_caps_line(line, offers);
    case TLSEDU_UPG_XMPP:
        /* the glue's summary of a <stream:features>: "FEATURES" [+ " STARTTLS"] */
        if (!starts_with_word(line, "FEATURES", &rest))
            return TLSEDU_STCAPS_NO;
        *offers = has_word(rest, "STARTTLS", 0);
        return TLSEDU_STCAPS_LINE;
    default:
        /* FTP and LDAP: the glue hands over no capability line (FEAT, root DSE) */
        return TLSEDU_STCAPS_NO;
    }
}
