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
#include "starttls/items.h"
#include "starttls/lines.h"

struct tlsedu_starttls_conv {
    tlsedu_starttls_t core;
    tlsedu_starttls_links_t *exchange; /* the current exchange's links (file scope) */
};

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

const tlsedu_feature_t tlsedu_starttls_feature = {
    tlsedu_starttls_register, want, tlsedu_starttls_language, decide, tlsedu_starttls_render,
};
