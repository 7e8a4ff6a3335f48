/* carried.c - what a decrypted application data record carries: the protocol Wireshark
 * dissected inside TLS or DTLS (the layer after the last tls/dtls one in pinfo->layers),
 * its first message when Wireshark names one (an HTTP request line or status, an SMTP,
 * IMAP or POP command), and the records' size on the wire. Read on the first pass from
 * Wireshark's own dissection (never from the bytes) and kept per frame.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/carried.h"

#include <string.h>

#include <epan/proto_data.h>

#include "core/handshake.h"
#include "core/texts.h"
#include "shared/fields.h"
#include "shared/ids.h"
#include "shared/tree.h"

#define MESSAGE_MAX 64    /* bytes of a message line kept (a long URI is cut) */

static int hf_protocol = -1;
static int hf_message = -1;
static int hf_wire_bytes = -1;

void
tlsedu_carried_register(int proto)
{
    static hf_register_info hf_data[] = {
        { &hf_protocol,
          { "Protocol inside", "tlsedu.data.protocol", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol Wireshark dissected inside the decrypted application data (with the key log, an RSA private key or a pre-shared key)", HFILL } },
        { &hf_message,
          { "Message inside", "tlsedu.data.message", FT_STRING, BASE_NONE, NULL, 0x0,
            "Its first message as Wireshark names it: an HTTP request line or status, an SMTP, IMAP or POP command", HFILL } },
        { &hf_wire_bytes,
          { "Bytes on the wire", "tlsedu.data.wire_bytes", FT_UINT32, BASE_DEC, NULL, 0x0,
            "The lengths of this frame's application data records as sent, encrypted unless the suite is NULL (tls.record.length, summed)", HFILL } },
    };

    proto_register_field_array(proto, hf_data, array_length(hf_data));
}

void
tlsedu_carried_render(proto_tree *t, tvbuff_t *tvb, const tlsedu_carried_t *c, tlsedu_lang_t lang)
{
    if (c == NULL)
        return;
    tlsedu_item(proto_tree_add_uint(t, hf_wire_bytes, tvb, 0, 0, c->wire_bytes), lang);
    if (c->protocol != NULL)
        tlsedu_item(proto_tree_add_string(t, hf_protocol, tvb, 0, 0, c->protocol), lang);
    if (c->message != NULL)
        tlsedu_item(proto_tree_add_string(t, hf_message, tvb, 0, 0, c->message), lang);
}

enum { F_METHOD, F_URI, F_CODE, F_PHRASE, F_SMTP_CMD, F_SMTP_CODE, F_IMAP_CMD, F_POP_CMD, F_COUNT };
static int hf[F_COUNT] = { -1, -1, -1, -1, -1, -1, -1, -1 };

void
tlsedu_carried_want(GArray *wanted)
{
    static const char *const names[F_COUNT] = {
        "http.request.method", "http.request.uri", "http.response.code", "http.response.phrase",
        "smtp.req.command", "smtp.response.code", "imap.request.command", "pop.request.command",
    };
    int *ids[F_COUNT];

    for (int i = 0; i < F_COUNT; i++)
        ids[i] = &hf[i];
    tlsedu_want_fields(wanted, names, (int *const *)ids, F_COUNT);
}

/* The first value of field i in the tree, as text (packet scope), or NULL. */
static const char *
first_text(packet_info *pinfo, proto_tree *tree, int i)
{
    GPtrArray *a = tlsedu_finfos(tree, hf[i]);
    field_info *fi;
    gint64 n;

    if (a == NULL)
        return NULL;
    fi = (field_info *)g_ptr_array_index(a, 0);
    if (tlsedu_finfo_string(fi) != NULL)
        return tlsedu_finfo_string(fi);
    return tlsedu_finfo_int(fi, &n) ? wmem_strdup_printf(pinfo->pool, "%" G_GINT64_FORMAT, n) : NULL;
}

/* "GET /index.html", "200 OK", "EHLO" ... escaped and bounded (file scope), or NULL. */
static const char *
message_line(packet_info *pinfo, proto_tree *tree)
{
    const char *a = first_text(pinfo, tree, F_METHOD), *b = first_text(pinfo, tree, F_URI);
    char line[MESSAGE_MAX * 2], safe[4 * MESSAGE_MAX + 1];

    if (a == NULL && (a = first_text(pinfo, tree, F_CODE)) != NULL)
        b = first_text(pinfo, tree, F_PHRASE);
    if (a == NULL && (a = first_text(pinfo, tree, F_SMTP_CMD)) == NULL && (a = first_text(pinfo, tree, F_SMTP_CODE)) == NULL &&
        (a = first_text(pinfo, tree, F_IMAP_CMD)) == NULL)
        a = first_text(pinfo, tree, F_POP_CMD);
    if (a == NULL)
        return NULL;
    g_snprintf(line, sizeof line, "%s%s%s", a, b != NULL ? " " : "", b != NULL ? b : "");
    return wmem_strdup(wmem_file_scope(), tlsedu_escape(line, MESSAGE_MAX, safe, sizeof safe));
}

/* The protocol after the last TLS or DTLS layer, or NULL (none: not decrypted). */
static int
inner_protocol(packet_info *pinfo, gboolean *found)
{
    int inner = -1;

    *found = FALSE;
    for (wmem_list_frame_t *l = wmem_list_head(pinfo->layers); l != NULL; l = wmem_list_frame_next(l)) {
        const int id = GPOINTER_TO_INT(wmem_list_frame_data(l));
        if (id == tlsedu_proto_tls || id == tlsedu_proto_dtls) {
            *found = FALSE;
            inner = -1;
        } else if (!*found && inner == -1 && id != proto_tlsedu) {
            inner = id;
            *found = TRUE;
        }
    }
    return inner;
}

void
tlsedu_carried_keep(tlsedu_frame_t *f, const tlsedu_tls_frame_t *tf)
{
    tlsedu_carried_t *c;
    guint32 bytes = 0;
    gboolean found;
    int inner;
    protocol_t *p;

    for (size_t i = 0; i < tf->n_records; i++)
        if (tf->records[i].content_type == TLSEDU_CT_APPLICATION_DATA)
            bytes += tf->records[i].length;
    inner = inner_protocol(f->pinfo, &found);
    if (bytes == 0 || !found || (p = find_protocol_by_id(inner)) == NULL)
        return;
    c = wmem_new0(wmem_file_scope(), tlsedu_carried_t);
    c->wire_bytes = bytes;
    /* "data": Wireshark decrypted the bytes but knows no protocol for them */
    c->protocol = strcmp(proto_get_protocol_filter_name(inner), "data") != 0 ? proto_get_protocol_short_name(p) : NULL;
    c->message = message_line(f->pinfo, f->tree);
    p_add_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_CARRIED, c);
}

const tlsedu_carried_t *
tlsedu_carried_of(packet_info *pinfo)
{
    return (const tlsedu_carried_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, TLSEDU_KEY_CARRIED);
}
