/* starttls_glue.c - STARTTLS on SMTP, IMAP and POP3, read from the fields of Wireshark's
 * own SMTP, IMAP and POP dissectors; the decisions are in core/starttls.c.
 *
 * The postdissector wants the fields below, so they are in the tree even when it is not
 * displayed (items of unwanted fields are left out, wanted ones hang under the nearest kept
 * ancestor in the order the dissector added them). A walk of each mail protocol item in
 * document order sees every line, then the parts of that line.
 *
 * Fields read, and where the dissectors give nothing:
 *   SMTP  smtp.command_line (the whole line: 4.0 cuts smtp.req.command to four characters,
 *         "STAR" + parameter "TLS", so the command word is split off the line here),
 *         smtp.response (a reply's first line), smtp.response.code, smtp.rsp.parameter
 *         (one per reply line: the EHLO capabilities).
 *   IMAP  imap.line (every line; untagged responses such as "* CAPABILITY" or the greeting
 *         get no other field, so capabilities are read from its text), imap.request,
 *         imap.request_tag, imap.request.command, imap.response_tag, imap.response.status.
 *   POP   pop.request.command, pop.request.parameter, pop.response.indicator; pop.request,
 *         pop.response, pop.request.data and pop.response.data have an empty value (the
 *         dissector puts the text in the label only), so the bytes they cover are read
 *         (the CAPA listing is pop.response.data lines).
 * Whether more bytes follow a line in the same frame (STARTTLS command injection) is told
 * by the line items: another line after it, or the mail protocol item reaching further
 * than its last line.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls_glue.h"

#include <string.h>

#include <epan/expert.h>
#include <epan/proto_data.h>

#include "compat.h"
#include "infocol.h"
#include "prefs.h"
#include "render.h"
#include "core/signatures.h"
#include "core/starttls.h"
#include "core/texts.h"
#include "tlsedu.h"

/* This module's key for p_add_proto_data. */
#define STARTTLS_PROTO_DATA_KEY 2
/* Longest line handed to the core (commands and capability lines are far shorter). */
#define LINE_MAX_BYTES 512
#define MAX_LINES 64
#define TEXT_MAX 1024

struct tlsedu_starttls_conv {
    tlsedu_starttls_t core;
    guint16 server_port;               /* 0 until known */
    tlsedu_starttls_links_t *exchange; /* the current exchange's links (file scope) */
};

struct tlsedu_starttls_item {
    guint8 step;
    guint8 proto;                      /* tlsedu_mail_t */
    guint32 warnings;
    const char *mechanism;             /* static text */
    tlsedu_starttls_links_t links;     /* as known at this frame on the first pass */
    const tlsedu_starttls_links_t *exchange; /* the exchange, complete after the first pass */
};

static int hf_step = -1;
static int hf_protocol = -1;
static int hf_offer_frame = -1;
static int hf_request_frame = -1;
static int hf_response_frame = -1;
static int hf_tls_frame = -1;
static int hf_explain = -1;
static gint ett_starttls = -1;
static expert_field ei_refused = EI_INIT;
static expert_field ei_not_used = EI_INIT;
static expert_field ei_not_offered = EI_INIT;
static expert_field ei_tls_after_refusal = EI_INIT;
static expert_field ei_injection = EI_INIT;
static expert_field ei_no_tls = EI_INIT;
static expert_field ei_cleartext_credentials = EI_INIT;
static expert_field ei_challenge_login = EI_INIT;

static value_string step_vals[TLSEDU_STARTTLS_TLS_STARTED + 1];

/* ------------------------------------------------------------------ fields read */

typedef enum {
    ROLE_NONE = 0,
    ROLE_ROOT_SMTP, ROLE_ROOT_IMAP, ROLE_ROOT_POP,
    ROLE_SMTP_COMMAND_LINE, ROLE_SMTP_RESPONSE, ROLE_SMTP_CODE, ROLE_SMTP_PARAMETER,
    ROLE_IMAP_LINE, ROLE_IMAP_REQUEST, ROLE_IMAP_REQUEST_TAG, ROLE_IMAP_REQUEST_COMMAND,
    ROLE_IMAP_RESPONSE, ROLE_IMAP_RESPONSE_TAG, ROLE_IMAP_RESPONSE_STATUS,
    ROLE_POP_REQUEST, ROLE_POP_REQUEST_COMMAND, ROLE_POP_REQUEST_PARAMETER, ROLE_POP_REQUEST_DATA,
    ROLE_POP_RESPONSE, ROLE_POP_RESPONSE_INDICATOR, ROLE_POP_RESPONSE_DATA,
    ROLE_ROOT_FTP, ROLE_FTP_COMMAND, ROLE_FTP_ARG, ROLE_FTP_CODE, ROLE_FTP_RESPONSE_ARG,
    ROLE_ROOT_LDAP, ROLE_LDAP_MESSAGE, ROLE_LDAP_OP, ROLE_LDAP_REQUEST_NAME, ROLE_LDAP_RESULT,
    ROLE_ROOT_XMPP, ROLE_XMPP_FEATURES, ROLE_XMPP_XMLNS, ROLE_XMPP_STARTTLS, ROLE_XMPP_PROCEED,
    ROLE_XMPP_FAILURE
} role_t;

/* LDAP StartTLS's extended operation (RFC 4511 section 4.14.1) and XMPP's TLS namespace. */
#define LDAP_STARTTLS_OID "1.3.6.1.4.1.1466.20037"
#define XMPP_TLS_NS "urn:ietf:params:xml:ns:xmpp-tls"

static const struct {
    const char *name;
    role_t role;
} field_roles[] = {
    { "smtp", ROLE_ROOT_SMTP },
    { "smtp.command_line", ROLE_SMTP_COMMAND_LINE },
    { "smtp.response", ROLE_SMTP_RESPONSE },
    { "smtp.response.code", ROLE_SMTP_CODE },
    { "smtp.rsp.parameter", ROLE_SMTP_PARAMETER },
    { "imap", ROLE_ROOT_IMAP },
    { "imap.line", ROLE_IMAP_LINE },
    { "imap.request", ROLE_IMAP_REQUEST },
    { "imap.request_tag", ROLE_IMAP_REQUEST_TAG },
    { "imap.request.command", ROLE_IMAP_REQUEST_COMMAND },
    { "imap.response", ROLE_IMAP_RESPONSE },
    { "imap.response_tag", ROLE_IMAP_RESPONSE_TAG },
    { "imap.response.status", ROLE_IMAP_RESPONSE_STATUS },
    { "pop", ROLE_ROOT_POP },
    { "pop.request", ROLE_POP_REQUEST },
    { "pop.request.command", ROLE_POP_REQUEST_COMMAND },
    { "pop.request.parameter", ROLE_POP_REQUEST_PARAMETER },
    { "pop.request.data", ROLE_POP_REQUEST_DATA },
    { "pop.response", ROLE_POP_RESPONSE },
    { "pop.response.indicator", ROLE_POP_RESPONSE_INDICATOR },
    { "pop.response.data", ROLE_POP_RESPONSE_DATA },
    { "ftp", ROLE_ROOT_FTP },
    { "ftp.request.command", ROLE_FTP_COMMAND },
    { "ftp.request.arg", ROLE_FTP_ARG },
    { "ftp.response.code", ROLE_FTP_CODE },
    { "ftp.response.arg", ROLE_FTP_RESPONSE_ARG },
    { "ldap", ROLE_ROOT_LDAP },
    { "ldap.LDAPMessage_element", ROLE_LDAP_MESSAGE },
    { "ldap.protocolOp", ROLE_LDAP_OP },
    { "ldap.requestName", ROLE_LDAP_REQUEST_NAME },
    { "ldap.resultCode", ROLE_LDAP_RESULT },
    /* newer Wiresharks (4.6) give these responses' resultCode fields of their own;
     * absent from 4.0, then skipped */
    { "ldap.extendedResponse_resultCode", ROLE_LDAP_RESULT },
    { "ldap.bindResponse_resultCode", ROLE_LDAP_RESULT },
    { "xmpp", ROLE_ROOT_XMPP },
    { "xmpp.features", ROLE_XMPP_FEATURES },
    { "xmpp.xmlns", ROLE_XMPP_XMLNS },
    { "xmpp.starttls", ROLE_XMPP_STARTTLS },
    { "xmpp.proceed", ROLE_XMPP_PROCEED },
    { "xmpp.failure", ROLE_XMPP_FAILURE },
};

/* hf id -> role: registration data, filled once at hand-off, read-only afterwards. */
static GHashTable *roles;
static int proto_smtp = -1, proto_imap = -1, proto_pop = -1;
static int proto_ftp = -1, proto_ldap = -1, proto_xmpp = -1;

void
tlsedu_starttls_wanted(GArray *wanted)
{
    if (roles == NULL)
        roles = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t i = 0; i < G_N_ELEMENTS(field_roles); i++) {
        header_field_info *hfi = proto_registrar_get_byname(field_roles[i].name);
        for (; hfi != NULL;
             hfi = hfi->same_name_prev_id > 0 ? proto_registrar_get_nth((guint)hfi->same_name_prev_id) : NULL) {
            g_hash_table_insert(roles, GINT_TO_POINTER(hfi->id), GINT_TO_POINTER(field_roles[i].role));
            g_array_append_val(wanted, hfi->id);
        }
    }
    proto_smtp = proto_get_id_by_filter_name("smtp");
    proto_imap = proto_get_id_by_filter_name("imap");
    proto_pop = proto_get_id_by_filter_name("pop");
    proto_ftp = proto_get_id_by_filter_name("ftp");
    proto_ldap = proto_get_id_by_filter_name("ldap");
    proto_xmpp = proto_get_id_by_filter_name("xmpp");
}

static role_t
role_of(proto_node *node)
{
    field_info *fi = PNODE_FINFO(node);
    if (roles == NULL || fi == NULL || fi->hfinfo == NULL)
        return ROLE_NONE;
    return (role_t)GPOINTER_TO_INT(g_hash_table_lookup(roles, GINT_TO_POINTER(fi->hfinfo->id)));
}

/* ------------------------------------------------------------------ lines of a frame */

typedef enum { LINE_COMMAND, LINE_REPLY, LINE_TEXT } line_kind_t;

typedef struct {
    line_kind_t kind;
    const char *tag, *command, *parameter, *status;
    gint end;              /* end of the line's bytes in the mail item's tvb */
} line_t;

typedef struct {
    packet_info *pinfo;
    tlsedu_mail_t proto;
    line_t lines[MAX_LINES];
    guint n;
    gint proto_end;        /* end of the mail protocol item (the payload it was given) */
    tvbuff_t *proto_tvb;   /* the first mail protocol item's bytes (NULL: none) */
    gint proto_start;
} frame_lines_t;

/* The text of a string field; for the POP items whose value is empty, the bytes they
 * cover. Bounded, without the line end. */
static const char *
item_text(packet_info *pinfo, field_info *fi)
{
    const char *s = tlsedu_finfo_string(fi);
    char *t;
    size_t n;

    if ((s == NULL || s[0] == '\0') && fi->ds_tvb != NULL && fi->length > 0) {
        gint len = MIN(fi->length, LINE_MAX_BYTES);
        s = (const char *)tvb_get_string_enc(pinfo->pool, fi->ds_tvb, fi->start, len, ENC_ASCII);
    }
    if (s == NULL)
        return NULL;
    for (n = 0; n < LINE_MAX_BYTES && s[n] != '\0'; n++)
        ;
    while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    t = (char *)wmem_alloc(pinfo->pool, n + 1);
    memcpy(t, s, n);
    t[n] = '\0';
    return t;
}

static line_t *
new_line(frame_lines_t *fl, line_kind_t kind, field_info *fi)
{
    line_t *l;
    if (fl->n >= MAX_LINES)
        return NULL;
    l = &fl->lines[fl->n++];
    memset(l, 0, sizeof *l);
    l->kind = kind;
    l->end = fi->start + fi->length;
    return l;
}

static line_t *
current(frame_lines_t *fl, line_kind_t kind)
{
    return fl->n > 0 && fl->lines[fl->n - 1].kind == kind ? &fl->lines[fl->n - 1] : NULL;
}

/* "WORD rest": the first word and what follows the spaces after it (pinfo->pool). */
static void
split_word(packet_info *pinfo, const char *text, const char **word, const char **rest)
{
    const char *sp = text != NULL ? strchr(text, ' ') : NULL;

    if (text == NULL) {
        *word = *rest = NULL;
        return;
    }
    if (sp == NULL) {
        *word = text;
        *rest = NULL;
        return;
    }
    *word = wmem_strndup(pinfo->pool, text, (size_t)(sp - text));
    while (*sp == ' ')
        sp++;
    *rest = sp;
}

static void
on_field(frame_lines_t *fl, role_t role, field_info *fi)
{
    packet_info *pinfo = fl->pinfo;
    line_t *l;
    gint64 code;

    switch (role) {
    case ROLE_ROOT_SMTP: case ROLE_ROOT_IMAP: case ROLE_ROOT_POP:
    case ROLE_ROOT_FTP: case ROLE_ROOT_LDAP: case ROLE_ROOT_XMPP:
        fl->proto = role == ROLE_ROOT_SMTP ? TLSEDU_MAIL_SMTP :
                    role == ROLE_ROOT_IMAP ? TLSEDU_MAIL_IMAP :
                    role == ROLE_ROOT_POP ? TLSEDU_MAIL_POP3 :
                    role == ROLE_ROOT_FTP ? TLSEDU_MAIL_FTP :
                    role == ROLE_ROOT_LDAP ? TLSEDU_MAIL_LDAP : TLSEDU_MAIL_XMPP;
        fl->proto_end = MAX(fl->proto_end, fi->start + fi->length);
        if (fl->proto_tvb == NULL && fi->ds_tvb != NULL) {
            fl->proto_tvb = fi->ds_tvb;
            fl->proto_start = fi->start;
        }
        break;
    /* SMTP */
    case ROLE_SMTP_COMMAND_LINE:
        if ((l = new_line(fl, LINE_COMMAND, fi)) != NULL)
            split_word(pinfo, item_text(pinfo, fi), &l->command, &l->parameter);
        break;
    case ROLE_SMTP_RESPONSE:
        new_line(fl, LINE_REPLY, fi);
        break;
    case ROLE_SMTP_CODE:
        if ((l = current(fl, LINE_REPLY)) != NULL && tlsedu_finfo_int(fi, &code))
            l->status = wmem_strdup_printf(pinfo->pool, "%u", (unsigned)code);
        break;
    case ROLE_SMTP_PARAMETER:
        /* a line of the current reply: the reply reaches to its end (and its CRLF) */
        if (fl->n > 0 && fl->lines[fl->n - 1].kind != LINE_COMMAND) {
            line_t *reply = NULL;
            for (guint i = fl->n; i-- > 0;)
                if (fl->lines[i].kind == LINE_REPLY) {
                    reply = &fl->lines[i];
                    break;
                }
            if ((l = new_line(fl, LINE_TEXT, fi)) != NULL)
                l->parameter = item_text(pinfo, fi);
            if (reply != NULL && fi->start + fi->length + 2 > reply->end)
                reply->end = fi->start + fi->length + 2;
        }
        break;
    /* IMAP: a line, then its request or response parts */
    case ROLE_IMAP_LINE:
        if ((l = new_line(fl, LINE_TEXT, fi)) != NULL)
            l->parameter = item_text(pinfo, fi);
        break;
    case ROLE_IMAP_REQUEST:
        if ((l = current(fl, LINE_TEXT)) != NULL) {
            l->kind = LINE_COMMAND;
            l->status = item_text(pinfo, fi);   /* the whole request, for its parameters */
        }
        break;
    case ROLE_IMAP_REQUEST_TAG:
        if ((l = current(fl, LINE_COMMAND)) != NULL)
            l->tag = item_text(pinfo, fi);
        break;
    case ROLE_IMAP_REQUEST_COMMAND:
        if ((l = current(fl, LINE_COMMAND)) != NULL)
            l->command = item_text(pinfo, fi);
        break;
    case ROLE_IMAP_RESPONSE:
        if ((l = current(fl, LINE_TEXT)) != NULL)
            l->kind = LINE_REPLY;
        break;
    case ROLE_IMAP_RESPONSE_TAG:
        if ((l = current(fl, LINE_REPLY)) != NULL)
            l->tag = item_text(pinfo, fi);
        break;
    case ROLE_IMAP_RESPONSE_STATUS:
        if ((l = current(fl, LINE_REPLY)) != NULL)
            l->status = item_text(pinfo, fi);
        break;
    /* POP */
    case ROLE_POP_REQUEST:
    case ROLE_POP_REQUEST_DATA:
        if ((l = new_line(fl, LINE_COMMAND, fi)) != NULL && role == ROLE_POP_REQUEST_DATA)
            split_word(pinfo, item_text(pinfo, fi), &l->command, &l->parameter);
        break;
    case ROLE_POP_REQUEST_COMMAND:
        if ((l = current(fl, LINE_COMMAND)) != NULL)
            l->command = item_text(pinfo, fi);
        break;
    case ROLE_POP_REQUEST_PARAMETER:
        if ((l = current(fl, LINE_COMMAND)) != NULL)
            l->parameter = item_text(pinfo, fi);
        break;
    case ROLE_POP_RESPONSE:
        new_line(fl, LINE_REPLY, fi);
        break;
    case ROLE_POP_RESPONSE_INDICATOR:
        if ((l = current(fl, LINE_REPLY)) != NULL)
            l->status = item_text(pinfo, fi);
        break;
    case ROLE_POP_RESPONSE_DATA:
        if ((l = new_line(fl, LINE_TEXT, fi)) != NULL)
            l->parameter = item_text(pinfo, fi);
        break;
    /* FTP: the request and response lines are text items, not fields: a line reaches to
     * the end of its last field and its CRLF */
    case ROLE_FTP_COMMAND:
        if ((l = new_line(fl, LINE_COMMAND, fi)) != NULL) {
            l->command = item_text(pinfo, fi);
            l->end += 2;
        }
        break;
    case ROLE_FTP_ARG:
        if ((l = current(fl, LINE_COMMAND)) != NULL) {
            l->parameter = item_text(pinfo, fi);
            l->end = MAX(l->end, fi->start + fi->length + 2);
        }
        break;
    case ROLE_FTP_CODE:
        if ((l = new_line(fl, LINE_REPLY, fi)) != NULL && tlsedu_finfo_int(fi, &code)) {
            l->status = wmem_strdup_printf(pinfo->pool, "%u", (unsigned)code);
            l->end += 2;
        }
        break;
    case ROLE_FTP_RESPONSE_ARG:
        if ((l = current(fl, LINE_REPLY)) != NULL)
            l->end = MAX(l->end, fi->start + fi->length + 2);
        break;
    /* LDAP: one LDAPMessage, then its operation: a request or a response */
    case ROLE_LDAP_MESSAGE:
        new_line(fl, LINE_TEXT, fi);
        break;
    case ROLE_LDAP_OP:
        if ((l = current(fl, LINE_TEXT)) != NULL && tlsedu_finfo_int(fi, &code)) {
            /* RFC 4511 protocolOp tags of requests: bind 0, unbind 2, search 3, modify 6,
             * add 8, del 10, modDN 12, compare 14, abandon 16, extended 23 */
            gboolean request = code == 0 || code == 2 || code == 3 || code == 6 || code == 8 ||
                               code == 10 || code == 12 || code == 14 || code == 16 || code == 23;
            l->kind = request ? LINE_COMMAND : LINE_REPLY;
            l->command = request ? (code == 23 ? "EXTENDED" : "LDAPREQUEST") : NULL;
            l->tag = code == 24 ? "extendedResp" : NULL;
        }
        break;
    case ROLE_LDAP_REQUEST_NAME:
        if ((l = current(fl, LINE_COMMAND)) != NULL) {
            const char *oid = item_text(pinfo, fi);
            if (oid != NULL && strcmp(oid, LDAP_STARTTLS_OID) == 0)
                l->command = "STARTTLS";
        }
        break;
    case ROLE_LDAP_RESULT:
        if ((l = current(fl, LINE_REPLY)) != NULL && l->status == NULL && tlsedu_finfo_int(fi, &code))
            l->status = wmem_strdup_printf(pinfo->pool, "%u", (unsigned)code);
        break;
    /* XMPP: <stream:features> (its children are unknown elements to the 4.0 dissector,
     * only their xmlns is a field), <starttls/>, <proceed/>, <failure/> */
    case ROLE_XMPP_FEATURES:
        if ((l = new_line(fl, LINE_TEXT, fi)) != NULL)
            l->parameter = "FEATURES";
        break;
    case ROLE_XMPP_XMLNS:
        if ((l = current(fl, LINE_TEXT)) != NULL && l->parameter != NULL && strcmp(l->parameter, "FEATURES") == 0 &&
            fi->start + fi->length <= l->end) {
            const char *ns = item_text(pinfo, fi);
            if (ns != NULL && strcmp(ns, XMPP_TLS_NS) == 0)
                l->parameter = "FEATURES STARTTLS";
        }
        break;
    case ROLE_XMPP_STARTTLS:
        if ((l = new_line(fl, LINE_COMMAND, fi)) != NULL)
            l->command = "STARTTLS";
        break;
    case ROLE_XMPP_PROCEED:
    case ROLE_XMPP_FAILURE:
        if ((l = new_line(fl, LINE_REPLY, fi)) != NULL)
            l->status = role == ROLE_XMPP_PROCEED ? "proceed" : "failure";
        break;
    default:
        break;
    }
}

static proto_node *
next_node(proto_node *c, const proto_node *root)
{
    if (c->first_child != NULL)
        return c->first_child;
    while (c != root && c->next == NULL)
        c = c->parent;
    return c == root ? NULL : c->next;
}

/* The lines of this frame, from every SMTP/IMAP/POP item at the top of the tree. */
static void
read_lines(proto_tree *tree, frame_lines_t *fl)
{
    for (proto_node *top = tree->first_child; top != NULL; top = top->next) {
        role_t r = role_of(top);
        if (r != ROLE_ROOT_SMTP && r != ROLE_ROOT_IMAP && r != ROLE_ROOT_POP && r != ROLE_ROOT_FTP &&
            r != ROLE_ROOT_LDAP && r != ROLE_ROOT_XMPP)
            continue;
        on_field(fl, r, PNODE_FINFO(top));
        for (proto_node *c = top->first_child; c != NULL; c = next_node(c, top)) {
            role_t role = role_of(c);
            if (role != ROLE_NONE)
                on_field(fl, role, PNODE_FINFO(c));
        }
    }
}

/* An IMAP request "tag command rest": the rest. */
static const char *
imap_parameter(const line_t *l)
{
    const char *p = l->status;
    for (int words = 0; p != NULL && *p && words < 2; words++) {
        while (*p && *p != ' ')
            p++;
        while (*p == ' ')
            p++;
    }
    return p != NULL && *p ? p : NULL;
}

/* Whether a command or reply line is followed by more bytes of its side in this frame:
 * another line after it (for a reply, not one of its own lines: SMTP reply parameters,
 * POP3 multi-line data), or payload beyond its last line. */
static gboolean
bytes_follow(const frame_lines_t *fl, guint i)
{
    gint end = fl->lines[i].end;

    for (guint k = i + 1; k < fl->n; k++) {
        const line_t *l = &fl->lines[k];
        if (fl->lines[i].kind == LINE_COMMAND || l->kind != LINE_TEXT || fl->proto == TLSEDU_MAIL_IMAP)
            return TRUE;
        end = MAX(end, l->end);   /* a line of this reply */
    }
    return fl->proto_end > end;
}

static void
feed_lines(tlsedu_starttls_t *st, const frame_lines_t *fl)
{
    for (guint i = 0; i < fl->n; i++) {
        const line_t *l = &fl->lines[i];
        switch (l->kind) {
        case LINE_COMMAND:
            if (fl->proto == TLSEDU_MAIL_IMAP) {
                /* a SASL line has only a "tag": it is the line itself */
                tlsedu_starttls_command(st, l->tag, l->command != NULL ? l->command : l->tag,
                                        imap_parameter(l), bytes_follow(fl, i));
            } else {
                tlsedu_starttls_command(st, NULL, l->command, l->parameter, bytes_follow(fl, i));
            }
            break;
        case LINE_REPLY:
            tlsedu_starttls_reply(st, l->tag, l->status, TRUE, bytes_follow(fl, i));
            break;
        case LINE_TEXT:
            tlsedu_starttls_server_line(st, l->parameter);
            break;
        }
    }
}

/* ------------------------------------------------------------------ per frame */

static gboolean
frame_has_proto(packet_info *pinfo, int proto)
{
    if (proto <= 0)
        return FALSE;
    for (wmem_list_frame_t *f = wmem_list_head(pinfo->layers); f; f = wmem_list_frame_next(f))
        if (GPOINTER_TO_INT(wmem_list_frame_data(f)) == proto)
            return TRUE;
    return FALSE;
}

static tlsedu_mail_t
mail_layer(packet_info *pinfo)
{
    if (frame_has_proto(pinfo, proto_smtp))
        return TLSEDU_MAIL_SMTP;
    if (frame_has_proto(pinfo, proto_imap))
        return TLSEDU_MAIL_IMAP;
    if (frame_has_proto(pinfo, proto_pop))
        return TLSEDU_MAIL_POP3;
    if (frame_has_proto(pinfo, proto_ftp))
        return TLSEDU_MAIL_FTP;
    if (frame_has_proto(pinfo, proto_ldap))
        return TLSEDU_MAIL_LDAP;
    if (frame_has_proto(pinfo, proto_xmpp))
        return TLSEDU_MAIL_XMPP;
    return TLSEDU_MAIL_NONE;
}

/* A TLS record that the mail dissector read as text lines: after a refusal (or with no
 * upgrade at all) Wireshark's SMTP/IMAP/POP dissectors do not hand the connection to TLS,
 * so a ClientHello sent anyway shows up as a garbled command. Wireshark gives no field for
 * it: the first bytes of the mail payload are checked for a TLS record header here. */
static gboolean
tls_read_as_lines(const frame_lines_t *fl, gboolean from_client)
{
    guint8 head[6];
    gint avail;

    if (fl->proto_tvb == NULL || fl->n == 0)
        return FALSE;
    avail = tvb_captured_length_remaining(fl->proto_tvb, fl->proto_start);
    if (avail < 5)
        return FALSE;
    avail = MIN(avail, (gint)sizeof head);
    tvb_memcpy(fl->proto_tvb, head, fl->proto_start, (size_t)avail);
    return tlsedu_sig_tls(head, (size_t)avail, from_client ? TLSEDU_SIDE_CLIENT : TLSEDU_SIDE_SERVER);
}

static gboolean
has_command_or_reply(const frame_lines_t *fl)
{
    for (guint i = 0; i < fl->n; i++)
        if (fl->lines[i].kind != LINE_TEXT)
            return TRUE;
    return FALSE;
}

const tlsedu_starttls_item_t *
tlsedu_starttls_dissect(packet_info *pinfo, proto_tree *tree, tlsedu_starttls_conv_t **convp,
                        const tlsedu_facts_t *facts, gboolean *upgraded)
{
    tlsedu_starttls_conv_t *conv;
    tlsedu_mail_t layer;
    frame_lines_t *fl;
    const tlsedu_starttls_frame_t *out;
    tlsedu_starttls_item_t *item;
    gboolean tls, from_client;

    *upgraded = FALSE;
    if (convp == NULL || facts == NULL || facts->transport != TLSEDU_TCP)
        return NULL;
    conv = *convp;
    if (PINFO_FD_VISITED(pinfo)) {
        if (conv != NULL)
            *upgraded = tlsedu_starttls_upgraded(&conv->core, pinfo->num);
        return (const tlsedu_starttls_item_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu,
                                                               STARTTLS_PROTO_DATA_KEY);
    }
    layer = mail_layer(pinfo);
    if (conv == NULL) {
        if (layer == TLSEDU_MAIL_NONE || tree == NULL)
            return NULL;
        conv = wmem_new0(wmem_file_scope(), tlsedu_starttls_conv_t);
        tlsedu_starttls_init(&conv->core, layer);
        conv->server_port = facts->handshake_server;
        *convp = conv;
    }
    *upgraded = tlsedu_starttls_upgraded(&conv->core, pinfo->num);
    /* Both sides in TLS: nothing more to learn from this conversation. */
    if (conv->core.client_tls && conv->core.server_tls && conv->core.phase == TLSEDU_STARTTLS_TLS_STARTED)
        return NULL;
    if (tree == NULL)
        return NULL;

    fl = wmem_new0(pinfo->pool, frame_lines_t);
    fl->pinfo = pinfo;
    fl->proto = conv->core.proto;
    if (layer == conv->core.proto)
        read_lines(tree, fl);
    if (conv->server_port == 0) {
        /* no SYN seen: the side the mail dissector says sent a command or a reply */
        for (guint i = 0; i < fl->n && conv->server_port == 0; i++) {
            if (fl->lines[i].kind == LINE_COMMAND)
                conv->server_port = facts->dst_port;
            else if (fl->lines[i].kind == LINE_REPLY)
                conv->server_port = facts->src_port;
        }
        if (conv->server_port == 0)
            return NULL;
    }
    if (facts->src_port == facts->dst_port)
        return NULL;
    from_client = facts->dst_port == conv->server_port;
    tls = facts->has_tls;

    tlsedu_starttls_begin(&conv->core, pinfo->num, from_client, tls && fl->n > 0);
    /* Any TLS part counts as TLS, with or without a whole record: the first segment of a
     * ClientHello split over several segments shows only Wireshark's TLS item. (Bytes that
     * are not TLS at all, but that Wireshark hands to TLS after the acceptance, are
     * therefore not seen as no_tls; mail lines are.) */
    if (tls)
        tlsedu_starttls_payload(&conv->core, TRUE);
    else if (layer == conv->core.proto && tls_read_as_lines(fl, from_client)) {
        tlsedu_starttls_payload(&conv->core, TRUE);    /* TLS the mail dissector took for text */
        fl->n = 0;
    } else if (layer == conv->core.proto && !has_command_or_reply(fl))
        tlsedu_starttls_payload(&conv->core, FALSE);   /* mail bytes that are no command or reply */
    feed_lines(&conv->core, fl);
    out = tlsedu_starttls_end(&conv->core);

    if (out->new_exchange || conv->exchange == NULL)
        conv->exchange = wmem_new0(wmem_file_scope(), tlsedu_starttls_links_t);
    *conv->exchange = out->links;
    *upgraded = tlsedu_starttls_upgraded(&conv->core, pinfo->num);
    if (out->step == TLSEDU_STARTTLS_NONE && out->warnings == 0)
        return NULL;
    item = wmem_new0(wmem_file_scope(), tlsedu_starttls_item_t);
    item->step = (guint8)out->step;
    item->proto = (guint8)conv->core.proto;
    item->warnings = out->warnings;
    item->mechanism = out->mechanism;
    item->links = out->links;
    item->exchange = out->exchange != 0 ? conv->exchange : NULL;
    p_add_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, STARTTLS_PROTO_DATA_KEY, item);
    return item;
}

/* ------------------------------------------------------------------ render */

static proto_item *
add_generated(proto_item *pi)
{
    proto_item_set_generated(pi);
    return pi;
}

static void
add_link(proto_tree *t, tvbuff_t *tvb, int hf, guint32 frame)
{
    if (frame != 0)
        add_generated(proto_tree_add_uint(t, hf, tvb, 0, 0, frame));
}

void
tlsedu_starttls_render(proto_tree *tree, proto_item *top, tvbuff_t *tvb, packet_info *pinfo,
                       const tlsedu_starttls_item_t *item)
{
    static const struct { guint32 bit; expert_field *ei; } experts[] = {
        { TLSEDU_STW_REFUSED, &ei_refused },
        { TLSEDU_STW_NOT_USED, &ei_not_used },
        { TLSEDU_STW_NOT_OFFERED, &ei_not_offered },
        { TLSEDU_STW_TLS_AFTER_REFUSAL, &ei_tls_after_refusal },
        { TLSEDU_STW_INJECTION, &ei_injection },
        { TLSEDU_STW_NO_TLS, &ei_no_tls },
        { TLSEDU_STW_CREDENTIALS, &ei_cleartext_credentials },
        { TLSEDU_STW_CHALLENGE, &ei_challenge_login },
    };
    tlsedu_mail_t proto;
    const guint32 exchange_warnings = TLSEDU_STW_REFUSED | TLSEDU_STW_NOT_OFFERED |
                                      TLSEDU_STW_TLS_AFTER_REFUSAL | TLSEDU_STW_INJECTION | TLSEDU_STW_NO_TLS;
    char *text = (char *)wmem_alloc(pinfo->pool, TEXT_MAX);
    proto_tree *top_tree;

    if (item == NULL)
        return;
    tlsedu_starttls_info_column(pinfo);
    if (tree == NULL)
        return;
    top = tlsedu_top_item(tree, tvb, top);
    if (!tlsedu_items_wanted(tree) && item->warnings == 0)
        return;   /* nobody looks and no expert info: the bare top item only */
    proto = (tlsedu_mail_t)item->proto;
    top_tree = proto_item_add_subtree(top, ett_tlsedu);
    if (item->step != TLSEDU_STARTTLS_NONE || (item->warnings & exchange_warnings)) {
        /* forward links from the exchange once the first pass has seen it all */
        const tlsedu_starttls_links_t *links =
            PINFO_FD_VISITED(pinfo) && item->exchange != NULL ? item->exchange : &item->links;
        proto_item *pi;
        proto_tree *st_tree;

        if (item->step != TLSEDU_STARTTLS_NONE) {
            pi = add_generated(proto_tree_add_uint(top_tree, hf_step, tvb, 0, 0, item->step));
            proto_item_append_text(top, ", %s %s", tlsedu_mail_upgrade_command(proto),
                                   tlsedu_starttls_step_name((tlsedu_starttls_step_t)item->step, tlsedu_pref_lang()));
        } else {
            pi = add_generated(proto_tree_add_string(top_tree, hf_protocol, tvb, 0, 0, tlsedu_mail_name(proto)));
        }
        st_tree = proto_item_add_subtree(pi, ett_starttls);
        if (item->step != TLSEDU_STARTTLS_NONE)
            add_generated(proto_tree_add_string(st_tree, hf_protocol, tvb, 0, 0, tlsedu_mail_name(proto)));
        add_link(st_tree, tvb, hf_offer_frame, links->offer_frame);
        add_link(st_tree, tvb, hf_request_frame, links->request_frame);
        add_link(st_tree, tvb, hf_response_frame, links->response_frame);
        add_link(st_tree, tvb, hf_tls_frame, links->tls_frame);
        if (item->step != TLSEDU_STARTTLS_NONE)
            add_generated(proto_tree_add_string(st_tree, hf_explain, tvb, 0, 0,
                                                tlsedu_starttls_explain((tlsedu_starttls_step_t)item->step, proto,
                                                                        tlsedu_pref_lang(), text, TEXT_MAX)));
    }
    for (size_t i = 0; i < G_N_ELEMENTS(experts); i++) {
        if (!(item->warnings & experts[i].bit))
            continue;
        tlsedu_starttls_warning_text(experts[i].bit, proto, item->mechanism, tlsedu_pref_lang(), text, TEXT_MAX);
        expert_add_info_format(pinfo, top, experts[i].ei, "%s", text);
    }
}

void
tlsedu_starttls_info_column(packet_info *pinfo)
{
    const tlsedu_starttls_item_t *item =
        (const tlsedu_starttls_item_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, STARTTLS_PROTO_DATA_KEY);
    char text[128];

    if (item == NULL || item->step == TLSEDU_STARTTLS_NONE)
        return;
    tlsedu_info_column_text(pinfo, tlsedu_starttls_info((tlsedu_starttls_step_t)item->step, tlsedu_pref_lang(),
                                                        text, sizeof text));
}

/* ------------------------------------------------------------------ registration */

expert_field *
tlsedu_starttls_ei_credentials(void)
{
    return &ei_cleartext_credentials;
}

void
tlsedu_starttls_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_step,
          { "STARTTLS step", "tlsedu.starttls.step", FT_UINT8, BASE_DEC, VALS(step_vals), 0x0,
            "The step of the STARTTLS upgrade this frame is: 1 offered, 2 requested, 3 accepted, "
            "4 refused, 5 TLS started", HFILL } },
        { &hf_protocol,
          { "Protocol", "tlsedu.starttls.protocol", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol upgraded by STARTTLS: SMTP, IMAP, POP3, FTP (AUTH TLS), LDAP (StartTLS) or XMPP", HFILL } },
        { &hf_offer_frame,
          { "Offered in frame", "tlsedu.starttls.offer_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The server's latest capability list offering the upgrade before the request", HFILL } },
        { &hf_request_frame,
          { "Requested in frame", "tlsedu.starttls.request_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The client's STARTTLS / STLS command", HFILL } },
        { &hf_response_frame,
          { "Answered in frame", "tlsedu.starttls.response_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The server's reply to the upgrade request (accepted or refused)", HFILL } },
        { &hf_tls_frame,
          { "TLS started in frame", "tlsedu.starttls.tls_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The first TLS record after the server accepted (normally the ClientHello)", HFILL } },
        { &hf_explain,
          { "Explanation", "tlsedu.starttls.explain", FT_STRING, BASE_NONE, NULL, 0x0,
            "What this step of the STARTTLS upgrade means, and explicit versus implicit TLS", HFILL } },
    };
    static gint *ett[] = { &ett_starttls };
    static ei_register_info ei[] = {
        { &ei_refused, { "tlsedu.starttls.refused", PI_SECURITY, PI_WARN,
            "The server refused the STARTTLS upgrade: what follows is cleartext", EXPFILL } },
        { &ei_not_used, { "tlsedu.starttls.not_used", PI_SECURITY, PI_WARN,
            "The server offered STARTTLS but the client went on in cleartext", EXPFILL } },
        { &ei_not_offered, { "tlsedu.starttls.not_offered", PI_SECURITY, PI_NOTE,
            "The client asked for STARTTLS although the server's capability list did not offer it", EXPFILL } },
        { &ei_tls_after_refusal, { "tlsedu.starttls.tls_after_refusal", PI_SECURITY, PI_WARN,
            "The client started TLS although the server refused STARTTLS", EXPFILL } },
        { &ei_injection, { "tlsedu.starttls.injection", PI_SECURITY, PI_ERROR,
            "Cleartext bytes between the STARTTLS command or its acceptance and TLS (command injection)", EXPFILL } },
        { &ei_no_tls, { "tlsedu.starttls.no_tls", PI_SECURITY, PI_WARN,
            "The upgrade was accepted but what follows is not TLS", EXPFILL } },
        { &ei_cleartext_credentials, { "tlsedu.cleartext_credentials", PI_SECURITY, PI_WARN,
            "Credentials sent on a connection that is not encrypted", EXPFILL } },
        { &ei_challenge_login, { "tlsedu.cleartext_challenge_login", PI_SECURITY, PI_NOTE,
            "A challenge-response login on a connection that is not encrypted: no password on the wire", EXPFILL } },
    };
    expert_module_t *expert;
    guint n = 0;

    for (int v = TLSEDU_STARTTLS_OFFERED; v <= TLSEDU_STARTTLS_TLS_STARTED; v++) {
        step_vals[n].value = (guint32)v;
        step_vals[n++].strptr = tlsedu_starttls_step_name((tlsedu_starttls_step_t)v, TLSEDU_LANG_EN);
    }
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto);
    expert_register_field_array(expert, ei, array_length(ei));
}
