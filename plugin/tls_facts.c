/* tls_facts.c - read the records and handshake messages of a frame from the fields of
 * Wireshark's TLS and DTLS dissectors (never from the bytes).
 *
 * The postdissector wants these fields, so they are in the tree even when the tree is not
 * displayed; there, items of unwanted fields are left out and the wanted ones hang
 * directly under the nearest kept ancestor, in the order the dissector added them. A walk
 * of each TLS/DTLS protocol item in document order therefore sees a record, then its
 * content type and its messages, whether the tree is displayed or not.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "tls_facts.h"

#include <string.h>

#include "compat.h"
#include "core/handshake.h"
#include "facts.h"
#include "tcp_segment.h"

typedef enum {
    ROLE_NONE = 0,
    ROLE_ROOT,
    ROLE_RECORD,
    ROLE_CONTENT_TYPE,
    ROLE_OPAQUE_TYPE,
    ROLE_RECORD_LENGTH,
    ROLE_HS_TYPE,
    ROLE_HS_TYPE_SSL2,
    ROLE_RANDOM,
    ROLE_HS_VERSION,
    ROLE_SUPPORTED_VERSION,
    ROLE_CIPHERSUITE,
    ROLE_EXT_TYPE,
    ROLE_SERVER_NAME,
    ROLE_ALERT_LEVEL,
    ROLE_ALERT_DESC,
    ROLE_KEY_SHARE_GROUP,
    ROLE_CERTIFICATE,
    ROLE_SESSION_ID,
    ROLE_SESSION_TICKET,
    ROLE_EXT_DATA
} role_t;

/* Field names of the TLS dissector; the DTLS dissector registers the same under dtls. */
static const struct {
    const char *suffix;
    role_t role;
} field_roles[] = {
    { "", ROLE_ROOT },
    { ".record", ROLE_RECORD },
    { ".record.content_type", ROLE_CONTENT_TYPE },
    { ".record.opaque_type", ROLE_OPAQUE_TYPE },
    { ".record.length", ROLE_RECORD_LENGTH },
    { ".handshake.type", ROLE_HS_TYPE },
    { ".ssl2.handshake.type", ROLE_HS_TYPE_SSL2 },   /* Wireshark >= 4.2 names SSLv2's apart */
    { ".ssl2.record", ROLE_RECORD },
    { ".handshake.random", ROLE_RANDOM },
    { ".handshake.version", ROLE_HS_VERSION },
    { ".handshake.extensions.supported_version", ROLE_SUPPORTED_VERSION },
    { ".handshake.ciphersuite", ROLE_CIPHERSUITE },
    { ".handshake.extension.type", ROLE_EXT_TYPE },
    { ".handshake.extensions_server_name", ROLE_SERVER_NAME },
    { ".alert_message.level", ROLE_ALERT_LEVEL },
    { ".alert_message.desc", ROLE_ALERT_DESC },
    { ".handshake.extensions_key_share_group", ROLE_KEY_SHARE_GROUP },
    { ".handshake.certificate", ROLE_CERTIFICATE },          /* DER, read by core/cert.c */
    { ".handshake.session_id", ROLE_SESSION_ID },
    { ".handshake.session_ticket", ROLE_SESSION_TICKET },    /* NewSessionTicket's ticket */
    { ".handshake.extension.data", ROLE_EXT_DATA },          /* ClientHello's session_ticket */
};

/* QUIC's long header packet type (v1 and v2 number them differently): a client's 0-RTT
 * packet means early data, for the handshake summary. */
static int hf_quic_lpt = -1;
static int hf_quic_lpt_v2 = -1;

/* hf id -> role: registration data, filled once at hand-off, read-only afterwards. */
static GHashTable *roles;

static void
add_field(GArray *wanted, const char *name, role_t role)
{
    header_field_info *hfi = proto_registrar_get_byname(name);

    /* Several fields can share a name (tls.handshake.type is also SSLv2's, with other
     * numbers): take every one of them, and tell SSLv2's apart by its description. */
    while (hfi != NULL) {
        role_t r = role;
        if ((role == ROLE_HS_TYPE || role == ROLE_HS_TYPE_SSL2) && hfi->blurb != NULL &&
            strstr(hfi->blurb, "SSLv2") != NULL)
            r = ROLE_HS_TYPE_SSL2;
        g_hash_table_insert(roles, GINT_TO_POINTER(hfi->id), GINT_TO_POINTER(r));
        g_array_append_val(wanted, hfi->id);
        hfi = hfi->same_name_prev_id > 0 ? proto_registrar_get_nth((guint)hfi->same_name_prev_id) : NULL;
    }
}

GArray *
tlsedu_tls_facts_init(void)
{
    static const char *const protocols[] = { "tls", "dtls" };
    GArray *wanted = g_array_new(FALSE, FALSE, (guint)sizeof(int));

    if (roles == NULL)
        roles = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t p = 0; p < G_N_ELEMENTS(protocols); p++) {
        for (size_t i = 0; i < G_N_ELEMENTS(field_roles); i++) {
            char *name = g_strconcat(protocols[p], field_roles[i].suffix, NULL);
            add_field(wanted, name, field_roles[i].role);
            g_free(name);
        }
    }
    {
        const char *const names[] = { "quic.long.packet_type", "quic.long.packet_type_v2" };
        int *const ids[] = { &hf_quic_lpt, &hf_quic_lpt_v2 };
        tlsedu_want_fields(wanted, names, ids, G_N_ELEMENTS(names));
    }
    return wanted;
}

typedef struct {
    tlsedu_tls_frame_t *frame;
    tlsedu_tls_record_t *rec;
    tlsedu_tls_message_t *msg;
    guint32 ext_type;            /* the type of the extension being walked */
} walk_t;

/* Keeps the bytes of an FT_BYTES field (the tree's, packet scope) unless already set. */
static void
keep_bytes(field_info *fi, const guint8 **bytes, gsize *len)
{
    gsize n = 0;
    const guint8 *b;

    if (*bytes != NULL)
        return;
    b = tlsedu_finfo_bytes(fi, &n);
    if (b != NULL && n > 0) {
        *bytes = b;
        *len = n;
    }
}

static guint32
uint_value(field_info *fi)
{
    gint64 v = 0;
    return tlsedu_finfo_int(fi, &v) && v >= 0 && v <= G_MAXUINT32 ? (guint32)v : 0;
}

static tlsedu_tls_record_t *
new_record(walk_t *w)
{
    tlsedu_tls_frame_t *f = w->frame;

    w->msg = NULL;
    if (f->n_records >= TLSEDU_MAX_RECORDS)
        return w->rec = NULL;
    w->rec = &f->records[f->n_records++];
    memset(w->rec, 0, sizeof *w->rec);
    return w->rec;
}

static void
on_field(walk_t *w, role_t role, field_info *fi)
{
    tlsedu_tls_record_t *r = w->rec;
    tlsedu_tls_message_t *m = w->msg;
    const gboolean server_hello = m != NULL && !m->sslv2 && m->type == 2;

    switch (role) {
    case ROLE_RECORD:
        new_record(w);
        break;
    case ROLE_CONTENT_TYPE:
        if (r)
            r->content_type = (uint8_t)uint_value(fi);
        break;
    case ROLE_OPAQUE_TYPE:
        if (r)
            r->decrypted = true; /* confirmed at the end only if an inner type follows */
        break;
    case ROLE_RECORD_LENGTH:
        if (r)
            r->length = (uint16_t)uint_value(fi);
        break;
    case ROLE_HS_TYPE:
    case ROLE_HS_TYPE_SSL2:
        if (r == NULL) {
            /* handshake messages without a record layer (QUIC CRYPTO frames) */
            if ((r = new_record(w)) == NULL)
                break;
            r->no_record_layer = true;
        }
        if (r->n_messages >= TLSEDU_MAX_MESSAGES) {
            w->msg = NULL;
            break;
        }
        w->msg = &r->messages[r->n_messages++];
        memset(w->msg, 0, sizeof *w->msg);
        w->msg->type = (uint8_t)uint_value(fi);
        w->msg->sslv2 = role == ROLE_HS_TYPE_SSL2;
        w->ext_type = G_MAXUINT32;
        break;
    case ROLE_RANDOM:
        if (server_hello) {
            gsize len = 0;
            const guint8 *bytes = tlsedu_finfo_bytes(fi, &len);
            m->hello_retry = tlsedu_is_hello_retry_random(bytes, len);
        }
        break;
    case ROLE_HS_VERSION:
        if (server_hello && m->selected_version == 0)
            m->selected_version = (uint16_t)uint_value(fi);
        break;
    case ROLE_SUPPORTED_VERSION:
        if (server_hello) {
            m->selected_version = (uint16_t)uint_value(fi); /* supersedes the legacy field */
        } else if (m != NULL && m->type == 1 && !m->sslv2) {
            guint32 v = uint_value(fi);
            if (v == 0x0304 || (v & 0xff00) == 0x7f00)
                m->offers_tls13 = true;
        }
        break;
    case ROLE_CIPHERSUITE:
        if (server_hello) {
            m->cipher_suite = (uint16_t)uint_value(fi);
            if (fi->hfinfo->display & BASE_EXT_STRING)
                w->frame->suite_name = try_val_to_str_ext(m->cipher_suite,
                                                          (value_string_ext *)fi->hfinfo->strings);
            m->suite_name = w->frame->suite_name;
        }
        break;
    case ROLE_KEY_SHARE_GROUP:
        if (server_hello) {
            m->key_share = true;
            m->key_share_group = (uint16_t)uint_value(fi);
        }
        break;
    case ROLE_EXT_TYPE:
        w->ext_type = uint_value(fi);
        if (server_hello && w->ext_type == 41) /* pre_shared_key */
            m->psk = true;
        break;
    case ROLE_CERTIFICATE:
        /* the first certificate of a Certificate message is the sender's own (the leaf) */
        if (m != NULL && !m->sslv2 && m->type == 11)
            keep_bytes(fi, &w->frame->leaf_certificate, &w->frame->leaf_certificate_len);
        break;
    case ROLE_SESSION_ID:
        if (server_hello)
            keep_bytes(fi, &w->frame->server_session_id, &w->frame->server_session_id_len);
        break;
    case ROLE_SESSION_TICKET:
        if (m != NULL && !m->sslv2 && m->type == 4)
            keep_bytes(fi, &w->frame->new_ticket, &w->frame->new_ticket_len);
        break;
    case ROLE_EXT_DATA:
        if (m != NULL && !m->sslv2 && m->type == 1 && w->ext_type == 35) /* session_ticket */
            keep_bytes(fi, &w->frame->offered_ticket, &w->frame->offered_ticket_len);
        break;
    case ROLE_SERVER_NAME:
        if (m != NULL && m->type == 1 && !m->sslv2)
            w->frame->server_name = tlsedu_finfo_string(fi);
        break;
    case ROLE_ALERT_LEVEL:
        if (r) {
            r->alert_level = (uint8_t)uint_value(fi);
            r->alert_known = true;
        }
        break;
    case ROLE_ALERT_DESC:
        if (r)
            r->alert_description = (uint8_t)uint_value(fi);
        break;
    default:
        break;
    }
}

/* The node after c in document order below root (depth first, without recursion); with
 * descend FALSE the children of c are skipped. NULL at the end. */
static proto_node *
next_node(proto_node *c, const proto_node *root, gboolean descend)
{
    if (descend && c->first_child != NULL)
        return c->first_child;
    while (c != root && c->next == NULL)
        c = c->parent;
    return c == root ? NULL : c->next;
}

static role_t
role_of(proto_node *node)
{
    field_info *fi = PNODE_FINFO(node);
    if (fi == NULL || fi->hfinfo == NULL)
        return ROLE_NONE;
    return (role_t)GPOINTER_TO_INT(g_hash_table_lookup(roles, GINT_TO_POINTER(fi->hfinfo->id)));
}

/* Visits the fields below a TLS/DTLS protocol item in document order. */
static void
walk(walk_t *w, proto_node *root)
{
    w->rec = NULL;
    w->msg = NULL;
    for (proto_node *c = root->first_child; c != NULL; c = next_node(c, root, TRUE)) {
        role_t role = role_of(c);
        if (role != ROLE_NONE && role != ROLE_ROOT)
            on_field(w, role, PNODE_FINFO(c));
    }
}

/* TLS carried inside another protocol (EAP-TLS, for instance) hangs deeper in the tree:
 * find its protocol items anywhere. */
static void
walk_nested_roots(walk_t *w, proto_node *tree)
{
    for (proto_node *c = tree->first_child; c != NULL;) {
        gboolean root = role_of(c) == ROLE_ROOT;
        if (root)
            walk(w, c);
        c = next_node(c, tree, !root);
    }
}

/* TRUE when the field hf has the value v somewhere in the tree. */
static gboolean
has_value(proto_tree *tree, int hf, gint64 v)
{
    GPtrArray *items = hf > 0 ? proto_get_finfo_ptr_array(tree, hf) : NULL;

    for (guint i = 0; items != NULL && i < items->len; i++) {
        gint64 x = 0;
        if (tlsedu_finfo_int((field_info *)g_ptr_array_index(items, i), &x) && x == v)
            return TRUE;
    }
    return FALSE;
}

gboolean
tlsedu_tcp_connection_end(proto_tree *tree)
{
    tlsedu_tcp_segment_t seg;

    /* TCP's FIN and RST flags: the end of a connection, for handshakes that never finish */
    return tree != NULL && tlsedu_tcp_segment(tree, &seg) && (seg.fin || seg.rst);
}

gboolean
tlsedu_tls_facts(proto_tree *tree, gboolean nested, tlsedu_tls_frame_t *frame)
{
    walk_t w = { frame, NULL, NULL, G_MAXUINT32 };
    gboolean found = FALSE;

    memset(frame, 0, offsetof(tlsedu_tls_frame_t, records));
    frame->server_name = NULL;
    frame->suite_name = NULL;
    frame->leaf_certificate = frame->server_session_id = frame->new_ticket = frame->offered_ticket = NULL;
    frame->leaf_certificate_len = frame->server_session_id_len = frame->new_ticket_len = frame->offered_ticket_len = 0;
    if (tree == NULL || roles == NULL)
        return FALSE;
    /* TLS and DTLS over TCP/UDP add their protocol item at the top of the tree. */
    for (proto_node *top = tree->first_child; top != NULL; top = top->next) {
        if (role_of(top) != ROLE_ROOT)
            continue;
        found = TRUE;
        walk(&w, top);
    }
    if (!found && nested)
        walk_nested_roots(&w, tree);
    /* QUIC: a 0-RTT packet (v1 type 1, v2 type 2) in this datagram, after its messages */
    if (frame->n_records > 0 && (has_value(tree, hf_quic_lpt, 1) || has_value(tree, hf_quic_lpt_v2, 2)) &&
        new_record(&w) != NULL) {
        w.rec->no_record_layer = true;
        w.rec->quic_0rtt = true;
    }
    for (size_t i = 0; i < frame->n_records; i++) {
        tlsedu_tls_record_t *r = &frame->records[i];
        if (r->content_type == 0 && r->n_messages > 0)
            r->content_type = TLSEDU_CT_HANDSHAKE;   /* SSLv2 records have no content type */
        if (r->content_type == 0)
            r->decrypted = false;                    /* opaque: encrypted, not decrypted */
    }
    return frame->n_records > 0;
}
