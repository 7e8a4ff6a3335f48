/* starttls_proto.h - private to the STARTTLS module: what the state machine (starttls.c)
 * asks of the per-protocol classification (starttls_proto.c) for the six protocols it
 * follows (SMTP, IMAP, POP3, FTP AUTH TLS, LDAP StartTLS, XMPP). Not for the glue: the
 * public interface is starttls.h.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_PROTO_H
#define TLSEDU_STARTTLS_PROTO_H

#include <stdbool.h>

#include "starttls.h"

/* What the next server reply answers (tlsedu_starttls_t.last_command). LISTING: the
 * current reply's lines list capabilities (SMTP 250 to EHLO, POP3 +OK to CAPA), kept
 * across frames until the reply ends. */
enum {
    TLSEDU_STCMD_LISTING = -1,
    TLSEDU_STCMD_NONE = 0,
    TLSEDU_STCMD_EHLO,
    TLSEDU_STCMD_CAPA,
    TLSEDU_STCMD_UPGRADE,
    TLSEDU_STCMD_OTHER
};

/* What a client command gives away of a login. */
typedef enum {
    TLSEDU_STCRED_NONE,
    TLSEDU_STCRED_SECRET,      /* a secret in this very line */
    TLSEDU_STCRED_PENDING,     /* the secret comes in the next *pending client lines (SASL) */
    TLSEDU_STCRED_CHALLENGE    /* a challenge-response login: no secret travels */
} tlsedu_stcred_t;

/* What a server text line is to the capability listing. */
typedef enum {
    TLSEDU_STCAPS_NO,          /* no capability line */
    TLSEDU_STCAPS_LINE,        /* a capability line (*offers: it offers the upgrade) */
    TLSEDU_STCAPS_END          /* POP3: the "." that ends the CAPA listing */
} tlsedu_stcaps_t;

/* SMTP and POP3 answer their commands in order (pipelining is counted); the others not here. */
bool tlsedu_stproto_in_order(tlsedu_upgrade_proto_t proto);

/* Whether the client command is the protocol's upgrade request. */
bool tlsedu_stproto_is_request(tlsedu_upgrade_proto_t proto, const char *command, const char *parameter);

/* Commands that neither use the session nor send anything of value: a client that sends
 * them after the offer has not yet "gone on in cleartext". */
bool tlsedu_stproto_harmless(const char *command);

/* The command's kind for the next reply: TLSEDU_STCMD_EHLO (SMTP EHLO/LHLO),
 * TLSEDU_STCMD_CAPA (POP3 CAPA), else TLSEDU_STCMD_OTHER. */
int tlsedu_stproto_command_kind(tlsedu_upgrade_proto_t proto, const char *command);

/* The login a client command starts: *mech its static name, *pending (PENDING) the client
 * lines still to come. */
tlsedu_stcred_t tlsedu_stproto_credentials(tlsedu_upgrade_proto_t proto, const char *command,
                                           const char *parameter, const char **mech, int *pending);

/* The reply's verdict on the upgrade request (request_tag: IMAP, the request's tag or ""):
 * 1 accept, -1 refuse, 0 not the answer. */
int tlsedu_stproto_verdict(tlsedu_upgrade_proto_t proto, const char *request_tag, const char *tag,
                           const char *status, bool last);

/* Whether the reply asks for the next line of a SASL exchange (SMTP 334, IMAP "+" or "*",
 * POP3 "+"). */
bool tlsedu_stproto_sasl_continuation(tlsedu_upgrade_proto_t proto, const char *tag, const char *status);

/* SMTP and POP3: a reply that ends a command (not a SASL continuation, not a banner line
 * cut short). */
bool tlsedu_stproto_final_reply(tlsedu_upgrade_proto_t proto, const char *status, bool last);

/* Whether this reply's lines list capabilities: SMTP 250 to EHLO, POP3 +OK to CAPA. */
bool tlsedu_stproto_opens_listing(tlsedu_upgrade_proto_t proto, int last_command, const char *status);

/* A server text line: a capability line (and whether it offers the upgrade), the end of a
 * POP3 listing, or neither. in_listing: a listing reply is under way (SMTP, POP3). */
tlsedu_stcaps_t tlsedu_stproto_caps_line(tlsedu_upgrade_proto_t proto, const char *line, bool in_listing,
                                         bool *offers);

#endif /* TLSEDU_STARTTLS_PROTO_H */
