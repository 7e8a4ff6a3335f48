/* starttls.c - the STARTTLS feature (SMTP, IMAP, POP3, FTP AUTH TLS, LDAP StartTLS, XMPP,
 * PostgreSQL SSLRequest), read from Wireshark's own dissectors by one small reader per
 * protocol (read_*.c); the decisions are the step machine's (core/starttls.c). A STARTTLS
 * command injection shows in the line items: another line after it, or the protocol item
 * reaching further than its last line.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/starttls.h"

#include <string.h>

#include <epan/expert.h>
#include <epan/proto_data.h>

#include "core/signatures.h"
#include "core/starttls.h"
#include "shared/fields.h"
#include "shared/ids.h"
#include "shared/tree.h"
#include "starttls/lines.h"

#define TEXT_MAX 1024

struct tlsedu_starttls_conv {
    tlsedu_starttls_t core;
    tlsedu_starttls_links_t *exchange; /* the current exchange's links (file scope) */
};

/* What tlsedu says about STARTTLS in one frame (file scope, kept for later passes). */
struct tlsedu_starttls_item {
    guint8 step;
    guint8 proto;                      /* tlsedu_upgrade_proto_t */
    guint32 warnings;
    const char *mechanism;             /* static text */
    const char *reply;                 /* step REFUSED: the refusing reply (file scope), else NULL */
    tlsedu_starttls_links_t links;     /* as known at this frame on the first pass */
    const tlsedu_starttls_links_t *exchange; /* the exchange, complete after the first pass */
};
typedef struct tlsedu_starttls_item tlsedu_starttls_item_t;

static int hf_step = -1;
static int hf_protocol = -1;
static int hf_offer_frame = -1;
static int hf_request_frame = -1;
static int hf_response_frame = -1;
static int hf_tls_frame = -1;
static int hf_explain = -1;
static int hf_explain_sentence = -1;
static gint ett_starttls = -1;
static expert_field ei_refused = EI_INIT;
static expert_field ei_not_used = EI_INIT;
static expert_field ei_not_offered = EI_INIT;
static expert_field ei_tls_after_refusal = EI_INIT;
static expert_field ei_injection = EI_INIT;
static expert_field ei_no_tls = EI_INIT;

static value_string step_vals[TLSEDU_STARTTLS_TLS_STARTED + 1];

/* The readers, by tlsedu_upgrade_proto_t, and their protocols' bits in facts->layers
 * (registration data, filled at hand-off). */
static const tlsedu_line_reader_t *const readers[] = {
    &tlsedu_read_smtp, &tlsedu_read_imap, &tlsedu_read_pop3, &tlsedu_read_ftp, &tlsedu_read_ldap, &tlsedu_read_xmpp,
    &tlsedu_read_pgsql,
};
/* Every field named tls.record or dtls.record (several share a name): whether the frame
 * carries a TLS record, not only bytes Wireshark's TLS dissector was handed (hf ids looked
 * up at hand-off) */
static int hf_records[8];
static guint n_hf_records;
static guint32 layer_bits[G_N_ELEMENTS(readers)];
static tlsedu_fields_t *reader_fields[G_N_ELEMENTS(readers)];

static void
language(tlsedu_lang_t lang)
{
    guint n = 0;

    for (int v = TLSEDU_STARTTLS_OFFERED; v <= TLSEDU_STARTTLS_TLS_STARTED; v++) {
        step_vals[n].value = (guint32)v;
        step_vals[n++].strptr = tlsedu_starttls_step_name((tlsedu_starttls_step_t)v, lang);
    }
}

static void
register_fields(int proto)
{
    static hf_register_info hf[] = {
        { &hf_step,
          { "STARTTLS step", "tlsedu.starttls.step", FT_UINT8, BASE_DEC, VALS(step_vals), 0x0,
            "The step of the STARTTLS upgrade this frame is: 1 offered, 2 requested, 3 accepted, "
            "4 refused, 5 TLS started", HFILL } },
        { &hf_protocol,
          { "Protocol", "tlsedu.starttls.protocol", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol upgraded by STARTTLS: SMTP, IMAP, POP3, FTP (AUTH TLS), LDAP (StartTLS), XMPP "
            "or PostgreSQL (SSLRequest)", HFILL } },
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
            "What this step of the upgrade means, explicit versus implicit TLS (whole, hidden: one item a sentence)", HFILL } },
        { &hf_explain_sentence,
          { "Explanation sentence", "tlsedu.starttls.explain.sentence", FT_STRING, BASE_NONE, NULL, 0x0,
            "One sentence of the step's explanation (within Wireshark's label limit)", HFILL } },
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
    };

    language(TLSEDU_LANG_EN);
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

static void
want(GArray *wanted)
{
    const char *const names[] = { "tls.record", "dtls.record" };

    n_hf_records = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++)
        for (header_field_info *h = proto_registrar_get_byname(names[i]);
             h != NULL && n_hf_records < G_N_ELEMENTS(hf_records);
             h = h->same_name_prev_id > 0 ? proto_registrar_get_nth((guint)h->same_name_prev_id) : NULL) {
            hf_records[n_hf_records++] = h->id;
            g_array_append_val(wanted, h->id);
        }
    for (size_t i = 0; i < G_N_ELEMENTS(readers); i++) {
        const tlsedu_line_reader_t *r = readers[i];
        reader_fields[i] = tlsedu_fields_new();
        tlsedu_fields_add_root(reader_fields[i], r->filter, TLSEDU_LINE_ROOT, wanted);
        for (size_t k = 0; k < r->n_fields; k++)
            tlsedu_fields_add(reader_fields[i], r->fields[k].name, r->fields[k].role, wanted);
        layer_bits[i] = tlsedu_facts_watch(r->filter);
    }
}

/* One walk of the protocol's items: their place, then each field to its reader. */
typedef struct {
    tlsedu_lines_t *lines;
    const tlsedu_line_reader_t *reader;
} read_state_t;

static void
on_field(void *state, int role, field_info *fi)
{
    read_state_t *rs = (read_state_t *)state;

    if (role == TLSEDU_LINE_ROOT)
        tlsedu_lines_root(rs->lines, fi);
    else
        rs->reader->on_field(rs->lines, role, fi);
}

static void
read_lines(size_t which, proto_tree *tree, tlsedu_lines_t *fl)
{
    read_state_t rs = { fl, readers[which] };

    tlsedu_fields_walk(reader_fields[which], tree, FALSE, on_field, &rs);
}

/* The upgradable protocol in this frame (the first of the readers' order), as an index
 * of readers[]; G_N_ELEMENTS(readers) when there is none. */
static size_t
reader_in(const tlsedu_facts_t *facts)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(readers); i++)
        if (facts->layers & layer_bits[i])
            break;
    return i;
}

/* An IMAP request "tag command rest": the rest. */
static const char *
imap_parameter(const tlsedu_line_t *l)
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
bytes_follow(const tlsedu_lines_t *fl, guint i)
{
    gint end = fl->lines[i].end;

    for (guint k = i + 1; k < fl->n; k++) {
        const tlsedu_line_t *l = &fl->lines[k];
        if (fl->lines[i].kind == TLSEDU_LINE_COMMAND || l->kind != TLSEDU_LINE_TEXT || fl->proto == TLSEDU_UPG_IMAP)
            return TRUE;
        end = MAX(end, l->end);   /* a line of this reply */
    }
    return fl->proto_end > end;
}

static void
feed_lines(tlsedu_starttls_t *st, const tlsedu_lines_t *fl)
{
    for (guint i = 0; i < fl->n; i++) {
        const tlsedu_line_t *l = &fl->lines[i];
        switch (l->kind) {
        case TLSEDU_LINE_COMMAND:
            if (fl->proto == TLSEDU_UPG_IMAP) {
                /* a SASL line has only a "tag": it is the line itself */
                tlsedu_starttls_command(st, l->tag, l->command != NULL ? l->command : l->tag,
                                        imap_parameter(l), bytes_follow(fl, i));
            } else {
                tlsedu_starttls_command(st, NULL, l->command, l->parameter, bytes_follow(fl, i));
            }
            break;
        case TLSEDU_LINE_REPLY:
            tlsedu_starttls_reply(st, l->tag, l->status, TRUE, bytes_follow(fl, i));
            break;
        case TLSEDU_LINE_TEXT:
            tlsedu_starttls_server_line(st, l->parameter);
            break;
        }
    }
}

/* A TLS record that the mail dissector read as text lines: after a refusal (or with no
 * upgrade at all) Wireshark's SMTP/IMAP/POP dissectors do not hand the connection to TLS,
 * so a ClientHello sent anyway shows up as a garbled command. Wireshark gives no field for
 * it: the first bytes of the mail payload are checked for a TLS record header here. */
static gboolean
tls_read_as_lines(const tlsedu_lines_t *fl, gboolean from_client)
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
has_command_or_reply(const tlsedu_lines_t *fl)
{
    for (guint i = 0; i < fl->n; i++)
        if (fl->lines[i].kind != TLSEDU_LINE_TEXT)
            return TRUE;
    return FALSE;
}


/* The conversation's STARTTLS state, made when an upgradable protocol first shows up. */
static struct tlsedu_starttls_conv *
conv_state(tlsedu_frame_t *f, size_t layer)
{
    struct tlsedu_starttls_conv *conv = f->conv->starttls;

    if (conv == NULL && layer < G_N_ELEMENTS(readers)) {
        conv = f->conv->starttls = wmem_new0(wmem_file_scope(), struct tlsedu_starttls_conv);
        tlsedu_starttls_init(&conv->core, readers[layer]->proto);
    }
    return conv;
}

/* The server's port: the side that answered the SYN, else the side the protocol's
 * dissector says sent a command (to the server) or a reply (from it). */
static guint16
server_port(tlsedu_frame_t *f, const tlsedu_lines_t *fl)
{
    for (guint i = 0; i < fl->n && tlsedu_conv_server(f->conv, &f->facts) == 0; i++) {
        if (fl->lines[i].kind == TLSEDU_LINE_COMMAND)
            tlsedu_conv_learn_server(f->conv, f->facts.dst_port);
        else if (fl->lines[i].kind == TLSEDU_LINE_REPLY)
            tlsedu_conv_learn_server(f->conv, f->facts.src_port);
    }
    return tlsedu_conv_server(f->conv, &f->facts);
}

/* Whether Wireshark's TLS or DTLS dissector found a record in this frame. */
static gboolean
has_record(proto_tree *tree)
{
    for (guint i = 0; i < n_hf_records; i++)
        if (tlsedu_finfos(tree, hf_records[i]) != NULL)
            return TRUE;
    return FALSE;
}

/* Feeds this frame to the step machine; returns what it says. */
static const tlsedu_starttls_frame_t *
run_machine(tlsedu_frame_t *f, struct tlsedu_starttls_conv *conv, tlsedu_lines_t *fl, gboolean own_layer)
{
    const gboolean from_client = f->facts.dst_port == tlsedu_conv_server(f->conv, &f->facts);
    const gboolean tls = f->facts.has_tls;

    tlsedu_starttls_begin(&conv->core, f->pinfo->num, from_client, tls && fl->n > 0);
    /* TLS only where Wireshark shows a record (RFC 8446 section 5.1): TLS started goes on
     * the frame that carries one (the last segment of a ClientHello split over several).
     * Bytes handed to the TLS dissector without a record (a segment still being
     * reassembled, or bytes that are no TLS at all) are neither TLS nor cleartext here. */
    if (tls) {
        if (has_record(f->tree))
            tlsedu_starttls_payload(&conv->core, TRUE);
    } else if (own_layer && tls_read_as_lines(fl, from_client)) {
        tlsedu_starttls_payload(&conv->core, TRUE);    /* TLS the dissector took for text */
        fl->n = 0;
    } else if (own_layer && !has_command_or_reply(fl))
        tlsedu_starttls_payload(&conv->core, FALSE);   /* bytes that are no command or reply */
    feed_lines(&conv->core, fl);
    return tlsedu_starttls_end(&conv->core);
}

/* First pass: this frame's lines through the step machine; the item kept for the frame. */
static const tlsedu_starttls_item_t *
first_pass(tlsedu_frame_t *f, struct tlsedu_starttls_conv *conv, size_t layer)
{
    /* the frame's protocol is the conversation's (a TLS record or a bare segment has none) */
    const gboolean own = layer < G_N_ELEMENTS(readers) && readers[layer]->proto == conv->core.proto;
    const tlsedu_starttls_frame_t *out;
    tlsedu_starttls_item_t *item;
    tlsedu_lines_t *fl;

    /* Both sides in TLS: nothing more to learn from this conversation. */
    if (conv->core.client_tls && conv->core.server_tls && conv->core.phase == TLSEDU_STARTTLS_TLS_STARTED)
        return NULL;
    fl = wmem_new0(f->pinfo->pool, tlsedu_lines_t);
    fl->pinfo = f->pinfo;
    fl->proto = conv->core.proto;
    if (own)
        read_lines(layer, f->tree, fl);
    else if (conv->core.proto == TLSEDU_UPG_PGSQL && !f->facts.has_tls)
        tlsedu_pgsql_answer(f->tree, fl);
    if (server_port(f, fl) == 0 || f->facts.src_port == f->facts.dst_port)
        return NULL;
    out = run_machine(f, conv, fl, own);
    if (out->new_exchange || conv->exchange == NULL)
        conv->exchange = wmem_new0(wmem_file_scope(), tlsedu_starttls_links_t);
    *conv->exchange = out->links;
    if (out->step == TLSEDU_STARTTLS_NONE && out->warnings == 0)
        return NULL;
    item = wmem_new0(wmem_file_scope(), tlsedu_starttls_item_t);
    item->step = (guint8)out->step;
    item->proto = (guint8)conv->core.proto;
    item->warnings = out->warnings;
    item->mechanism = out->mechanism;
    item->reply = out->reply[0] != '\0' ? wmem_strdup(wmem_file_scope(), out->reply) : NULL;
    item->links = out->links;
    item->exchange = out->exchange != 0 ? conv->exchange : NULL;
    p_add_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_STARTTLS, item);
    return item;
}

static void
decide(tlsedu_frame_t *f)
{
    const tlsedu_starttls_item_t *item = NULL;
    struct tlsedu_starttls_conv *conv;
    tlsedu_annotation_t *a = &f->a;

    if (f->conv == NULL || f->facts.transport != TLSEDU_TCP)
        return;
    if (!f->first_pass) {
        conv = f->conv->starttls;
        item = (const tlsedu_starttls_item_t *)p_get_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu,
                                                                 TLSEDU_KEY_STARTTLS);
    } else if (f->tree != NULL) {
        const size_t layer = reader_in(&f->facts);
        if ((conv = conv_state(f, layer)) != NULL)
            item = first_pass(f, conv, layer);
    } else {
        conv = NULL;
    }
    a->upgraded = conv != NULL && tlsedu_starttls_upgraded(&conv->core, f->pinfo->num);
    if (item == NULL)
        return;
    a->starttls = item;
    a->starttls_step = item->step;
    a->starttls_proto = item->proto;
    a->starttls_warnings = item->warnings;
    a->starttls_mechanism = item->mechanism;
    if (item->warnings != 0)
        a->warns = TRUE;
}

static void
add_link(proto_tree *t, tvbuff_t *tvb, int hf, guint32 frame, tlsedu_lang_t lang)
{
    if (frame != 0)
        tlsedu_item(proto_tree_add_uint(t, hf, tvb, 0, 0, frame), lang);
}

/* The server's port the texts name: the side that answered the SYN or that a message
 * showed, else the service's. */
static guint
server_port_of(const tlsedu_frame_t *f)
{
    guint16 port = f->conv != NULL ? tlsedu_conv_server(f->conv, &f->facts) : 0;

    return port != 0 ? port : f->a.server_port;
}

/* The step item, the links of the exchange and the step's explanation. */
static void
render_step(tlsedu_frame_t *f, const tlsedu_starttls_item_t *item)
{
    const tlsedu_upgrade_proto_t proto = (tlsedu_upgrade_proto_t)item->proto;
    /* forward links from the exchange once the first pass has seen it all */
    const tlsedu_starttls_links_t *links = !f->first_pass && item->exchange != NULL ? item->exchange : &item->links;
    char *text;
    proto_item *pi;
    proto_tree *t;

    if (item->step != TLSEDU_STARTTLS_NONE)
        pi = tlsedu_item(proto_tree_add_uint(f->top_tree, hf_step, f->tvb, 0, 0, item->step), f->lang);
    else
        pi = tlsedu_item(proto_tree_add_string(f->top_tree, hf_protocol, f->tvb, 0, 0, tlsedu_upgrade_proto_name(proto)),
                         f->lang);
    t = proto_item_add_subtree(pi, ett_starttls);
    if (item->step != TLSEDU_STARTTLS_NONE)
        tlsedu_item(proto_tree_add_string(t, hf_protocol, f->tvb, 0, 0, tlsedu_upgrade_proto_name(proto)), f->lang);
    add_link(t, f->tvb, hf_offer_frame, links->offer_frame, f->lang);
    add_link(t, f->tvb, hf_request_frame, links->request_frame, f->lang);
    add_link(t, f->tvb, hf_response_frame, links->response_frame, f->lang);
    add_link(t, f->tvb, hf_tls_frame, links->tls_frame, f->lang);
    if (item->step != TLSEDU_STARTTLS_NONE) {
        text = (char *)wmem_alloc(f->pinfo->pool, TEXT_MAX);
        tlsedu_starttls_explain((tlsedu_starttls_step_t)item->step, proto, server_port_of(f), item->reply, f->lang,
                                text, TEXT_MAX);
        tlsedu_item_sentences(t, hf_explain, hf_explain_sentence, f->tvb, text, FALSE, f->lang);
    }
}

/* The step's items under tlsedu's tree, its warnings on tlsedu's item (the mail logins'
 * warnings are the credentials feature's). */
static void
render(tlsedu_frame_t *f)
{
    static const struct { guint32 bit; expert_field *ei; } experts[] = {
        { TLSEDU_STW_REFUSED, &ei_refused },
        { TLSEDU_STW_NOT_USED, &ei_not_used },
        { TLSEDU_STW_NOT_OFFERED, &ei_not_offered },
        { TLSEDU_STW_TLS_AFTER_REFUSAL, &ei_tls_after_refusal },
        { TLSEDU_STW_INJECTION, &ei_injection },
        { TLSEDU_STW_NO_TLS, &ei_no_tls },
    };
    const guint32 exchange_warnings = TLSEDU_STW_REFUSED | TLSEDU_STW_NOT_OFFERED |
                                      TLSEDU_STW_TLS_AFTER_REFUSAL | TLSEDU_STW_INJECTION | TLSEDU_STW_NO_TLS;
    const tlsedu_starttls_item_t *item = f->a.starttls;
    char *text;

    if (item == NULL)
        return;
    if (f->top_tree != NULL && (item->step != TLSEDU_STARTTLS_NONE || (item->warnings & exchange_warnings)))
        render_step(f, item);
    text = (char *)wmem_alloc(f->pinfo->pool, TEXT_MAX);
    for (size_t i = 0; i < G_N_ELEMENTS(experts); i++) {
        if (!(item->warnings & experts[i].bit))
            continue;
        tlsedu_starttls_warning_text_reply(experts[i].bit, (tlsedu_upgrade_proto_t)item->proto, item->mechanism,
                                           item->reply, f->lang, text, TEXT_MAX);
        expert_add_info_format(f->pinfo, f->top, experts[i].ei, "%s", text);
    }
}

const tlsedu_feature_t tlsedu_starttls_feature = {
    register_fields, want, language, decide, render,
};
