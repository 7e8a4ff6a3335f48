/* starttls.h - the upgrade of a cleartext session to TLS on the same connection, for six
 * protocols (SMTP, IMAP and POP3 STARTTLS/STLS, FTP AUTH TLS, LDAP StartTLS, XMPP
 * STARTTLS), step by step: the server offers it, the client asks, the server accepts or
 * refuses, TLS starts. Also what goes wrong on the way (refusal, no upgrade, injection, no
 * TLS after acceptance) and the SMTP, IMAP and POP3 logins sent before any encryption.
 *
 * Plain C11, no Wireshark include. The glue hands over, frame by frame and in the order of
 * the frame, what Wireshark's dissector of the protocol parsed (commands, replies,
 * capability lines) and whether TLS records or other bytes follow; this module keeps the
 * state of one conversation and answers with the frame's step, links and warnings. The
 * state machine is starttls.c, the per-protocol reading starttls_proto.c, the texts
 * starttls_texts.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_H
#define TLSEDU_STARTTLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"

/* Values of tlsedu.starttls.step (a contract: do not renumber). */
typedef enum {
    TLSEDU_STARTTLS_NONE = 0,
    TLSEDU_STARTTLS_OFFERED = 1,     /* a capability listing that offers the upgrade */
    /* below, by protocol: SMTP / IMAP / POP3 / FTP / LDAP / XMPP */
    TLSEDU_STARTTLS_REQUESTED = 2,   /* STARTTLS / tag STARTTLS / STLS / AUTH TLS /
                                      * StartTLS extendedReq / <starttls/> */
    TLSEDU_STARTTLS_ACCEPTED = 3,    /* 220 / tag OK / +OK / 234 / extendedResp 0 / <proceed/> */
    TLSEDU_STARTTLS_REFUSED = 4,     /* 4xx/5xx / tag NO, tag BAD / -ERR / 4xx/5xx /
                                      * extendedResp error / <failure/> */
    TLSEDU_STARTTLS_TLS_STARTED = 5  /* the first TLS record after acceptance */
} tlsedu_starttls_step_t;

typedef enum {
    TLSEDU_UPG_NONE = 0,
    TLSEDU_UPG_SMTP,
    TLSEDU_UPG_IMAP,
    TLSEDU_UPG_POP3,
    /* the same steps for other protocols' upgrades (the glue names their request
     * "STARTTLS", except FTP: "AUTH" + "TLS"/"SSL") */
    TLSEDU_UPG_FTP,     /* AUTH TLS -> 234 (RFC 4217) */
    TLSEDU_UPG_LDAP,    /* extendedReq 1.3.6.1.4.1.1466.20037 -> extendedResp (RFC 4511 4.14):
                         * the reply's tag "extendedResp", its status the resultCode */
    TLSEDU_UPG_XMPP,    /* <starttls/> -> <proceed/> or <failure/> (RFC 6120 5.4): status
                         * "proceed"/"failure"; an offer: a server line "FEATURES STARTTLS" */
    TLSEDU_UPG_PGSQL,   /* PostgreSQL: SSLRequest (the glue's command "SSLRequest") -> one byte,
                         * 'S' or 'N' (the reply's status "S"/"N"); no offer, no RFC: the
                         * PostgreSQL 15 documentation, section 55.2.10 (SSL Session Encryption) */
    TLSEDU_UPG_COUNT
} tlsedu_upgrade_proto_t;

/* Warnings (and one note) of a frame, as bit flags. */
enum {
    TLSEDU_STW_REFUSED = 1u << 0,
    TLSEDU_STW_NOT_USED = 1u << 1,
    TLSEDU_STW_NOT_OFFERED = 1u << 2,
    TLSEDU_STW_TLS_AFTER_REFUSAL = 1u << 3,
    TLSEDU_STW_INJECTION = 1u << 4,
    TLSEDU_STW_NO_TLS = 1u << 5,
    TLSEDU_STW_CREDENTIALS = 1u << 6,   /* a secret in cleartext (warning) */
    TLSEDU_STW_CHALLENGE = 1u << 7,     /* a challenge-response login in cleartext (note) */
    /* with TLSEDU_STW_INJECTION: the bytes are the server's (response injection: the client,
     * not the server, may take them for what TLS protects); the same expert info */
    TLSEDU_STW_INJECTION_SERVER = 1u << 8
};

/* The frames of one upgrade exchange (0: not seen, or not yet). */
typedef struct {
    uint32_t offer_frame;      /* the latest offer before the request */
    uint32_t request_frame;
    uint32_t response_frame;
    uint32_t tls_frame;        /* the first TLS record after acceptance */
} tlsedu_starttls_links_t;

#define TLSEDU_STARTTLS_TAG_MAX 32
/* A refusing reply as the server sent it: SMTP/FTP the code ("454"), IMAP "tag status"
 * ("a1 BAD"), POP3 "-ERR", LDAP the resultCode, XMPP "failure". */
#define TLSEDU_STARTTLS_REPLY_MAX (TLSEDU_STARTTLS_TAG_MAX + 16)

/* What the module says about one frame. */
typedef struct {
    tlsedu_starttls_step_t step;     /* NONE when the frame is no step */
    uint32_t warnings;               /* TLSEDU_STW_* */
    const char *mechanism;           /* the login's name for CREDENTIALS/CHALLENGE (static text) */
    char reply[TLSEDU_STARTTLS_REPLY_MAX + 1]; /* step REFUSED: the refusing reply; IMAP steps
                                      * REQUESTED and ACCEPTED: the request's tag and the
                                      * command or status ("a001 STARTTLS", "a001 OK"); else "" */
    bool new_exchange;               /* this frame's request starts a new exchange */
    unsigned exchange;               /* 1-based number of the exchange the step belongs to */
    tlsedu_starttls_links_t links;   /* the links known after this frame */
} tlsedu_starttls_frame_t;

/* The state of one conversation. Initialise with tlsedu_starttls_init. */
typedef struct {
    tlsedu_upgrade_proto_t proto;
    tlsedu_starttls_step_t phase;    /* NONE, OFFERED, REQUESTED, ACCEPTED, REFUSED, TLS_STARTED */
    bool caps_seen;                  /* a capability listing was seen */
    bool offered;                    /* the latest listing offered the upgrade */
    uint32_t last_offer_frame;
    char tag[TLSEDU_STARTTLS_TAG_MAX + 1];   /* IMAP: the STARTTLS request's tag */
    bool client_tls, server_tls;     /* the first TLS record of each side was seen */
    uint32_t accept_frame;           /* the accepting reply (0: none) */
    uint32_t no_tls_frame;           /* the first frame that showed no TLS after acceptance */
    uint32_t tls_start_frame;        /* the first TLS frame of the accepted upgrade (0: none) */
    bool not_used_warned;
    bool refusal_warned;             /* tls_after_refusal said once */
    int auth_pending;                /* client lines still to come in a SASL exchange */
    const char *auth_mech;           /* static name of that exchange */
    int last_command;                /* internal: the command a reply answers */
    bool in_caps;                    /* internal: this frame's lines are a capability listing */
    bool frame_offers;               /* internal: this frame's listing offers the upgrade */
    int outstanding;                 /* SMTP/POP3: commands not answered yet (pipelining) */
    int skip_replies;                /* replies still due to commands sent before the request */
    unsigned exchanges;
    tlsedu_starttls_links_t links;   /* the current exchange */
    /* the frame being handed over */
    uint32_t frame;
    bool from_client;
    bool encrypted;
    tlsedu_starttls_frame_t out;
} tlsedu_starttls_t;

void tlsedu_starttls_init(tlsedu_starttls_t *st, tlsedu_upgrade_proto_t proto);

/* One frame: begin, then its parts in the order of the frame, then end.
 *   from_client  the client sent the frame
 *   encrypted    the lines came out of a TLS session (decrypted with a key log): they are
 *                neither cleartext nor part of the upgrade */
void tlsedu_starttls_begin(tlsedu_starttls_t *st, uint32_t frame, bool from_client, bool encrypted);

/* A client command line: tag (IMAP, else NULL), command word and the rest of the line (LDAP
 * and XMPP: the glue's "STARTTLS" for their upgrade request). bytes_follow: more client
 * bytes follow this line in the same frame. */
void tlsedu_starttls_command(tlsedu_starttls_t *st, const char *tag, const char *command,
                             const char *parameter, bool bytes_follow);

/* A server reply: SMTP the code ("250") with last = the last line of the reply;
 * IMAP the tag ("*" untagged, "+" continuation) and status (OK/NO/BAD/...);
 * POP3 the indicator (+OK/-ERR/+); FTP the code ("234"); LDAP the tag "extendedResp" and
 * the resultCode ("0"); XMPP the status "proceed" or "failure". bytes_follow: more server
 * bytes follow the reply in the same frame that are not part of it. */
void tlsedu_starttls_reply(tlsedu_starttls_t *st, const char *tag, const char *status, bool last,
                           bool bytes_follow);

/* A server text line that may list capabilities: SMTP a reply parameter, IMAP a whole
 * response line, POP3 a line of a multi-line response, XMPP the glue's summary of the
 * stream features ("FEATURES" or "FEATURES STARTTLS"). FTP and LDAP have none. */
void tlsedu_starttls_server_line(tlsedu_starttls_t *st, const char *line);

/* Payload the protocol's dissector did not parse as lines: TLS records (tls true) or other
 * bytes. */
void tlsedu_starttls_payload(tlsedu_starttls_t *st, bool tls);

/* The frame's result (valid until the next begin). */
const tlsedu_starttls_frame_t *tlsedu_starttls_end(tlsedu_starttls_t *st);

/* Whether a frame of this conversation is protected by the accepted upgrade (tlsedu.security
 * 5): from the first TLS frame after the accepting reply on (the frames in between carry
 * no payload, or cleartext that is no part of the protection), and before any sign that
 * what followed was not TLS. */
bool tlsedu_starttls_upgraded(const tlsedu_starttls_t *st, uint32_t frame);

/* The name of a protocol ("SMTP", "IMAP", "POP3", "FTP", "LDAP", "XMPP", "PostgreSQL"; "?"
 * for another value) and its upgrade command ("STARTTLS", "STLS", "AUTH TLS", "<starttls/>",
 * "SSLRequest"). */
const char *tlsedu_upgrade_proto_name(tlsedu_upgrade_proto_t proto);
const char *tlsedu_upgrade_command(tlsedu_upgrade_proto_t proto);

/* ---- texts (starttls_texts.c), English and French */

/* The name of a step (value_string text), or "?". */
const char *tlsedu_starttls_step_name(tlsedu_starttls_step_t step, tlsedu_lang_t lang);

/* The step for the Info column: "[STARTTLS step 2: requested]" / "[avancement STARTTLS 2 :
 * demandé]" into buf (empty for NONE). Returns buf. */
char *tlsedu_starttls_info(tlsedu_starttls_step_t step, tlsedu_lang_t lang, char *buf, size_t len);

/* Whether a port is a registered port of the protocol: SMTP 25 and 587, IMAP 143, POP3
 * 110, FTP 21, LDAP 389, XMPP 5222 and 5269. */
bool tlsedu_starttls_usual_port(tlsedu_upgrade_proto_t proto, unsigned port);

/* Whether the protocol has a port for implicit TLS too (465, 993, 995, 990, 636, 5223). */
bool tlsedu_starttls_has_implicit_port(tlsedu_upgrade_proto_t proto);

/* The protocol's registered ports in words: "25 or 587", "143". Returns buf. */
char *tlsedu_starttls_usual_ports(tlsedu_upgrade_proto_t proto, tlsedu_lang_t lang, char *buf, size_t len);

/* The explanation of a step for a protocol on the server's port (0: unknown) into buf
 * (always terminated); reply: the refusing reply of a REFUSED step (the frame's
 * tlsedu_starttls_frame_t.reply; NULL or "": not known); for IMAP's REQUESTED and ACCEPTED
 * the request's tag with the command or status, quoted instead of a placeholder. Returns buf. */
char *tlsedu_starttls_explain(tlsedu_starttls_step_t step, tlsedu_upgrade_proto_t proto, unsigned server_port,
                              const char *reply, tlsedu_lang_t lang, char *buf, size_t len);

/* The message of one warning bit for a protocol (mechanism: for the credentials ones) into
 * buf. Returns buf. */
char *tlsedu_starttls_warning_text(uint32_t warning, tlsedu_upgrade_proto_t proto, const char *mechanism,
                                   tlsedu_lang_t lang, char *buf, size_t len);

/* The same, with the refusing reply quoted in the REFUSED warning (reply NULL or "": not
 * known). */
char *tlsedu_starttls_warning_text_reply(uint32_t warning, tlsedu_upgrade_proto_t proto, const char *mechanism,
                                         const char *reply, tlsedu_lang_t lang, char *buf, size_t len);

#endif /* TLSEDU_STARTTLS_H */
