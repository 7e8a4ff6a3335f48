/* read_pgsql.c - PostgreSQL's upgrade to TLS from Wireshark's PGSQL fields (no RFC: the
 * PostgreSQL 15 documentation, section 55.2.10, SSL Session Encryption).
 *
 *   pgsql.type  "SSL request" on the client's SSLRequest (8 bytes: length 8, code 80877103,
 *               section 55.7): the upgrade request, handed over as the command "SSLRequest"
 *   the answer  one byte, 'S' (go on with the TLS handshake) or 'N' (no TLS). Wireshark
 *               4.0's PGSQL dissector reads it to hand the connection to TLS but adds no item
 *               for it: tlsedu_pgsql_answer reads the server's one-byte TCP payload after
 *               the request. Wireshark 4.2 and later add pgsql.ssl_response (FT_CHAR),
 *               read as the reply when it is there.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

#include <string.h>

#include "shared/compat.h"
#include "shared/tcp_segment.h"

enum { TYPE = TLSEDU_LINE_ROOT + 1, SSL_RESPONSE };

/* SSLRequest: Int32(8) length, Int32(80877103) code */
#define SSL_REQUEST_LEN 8

static const tlsedu_line_field_t fields[] = {
    { "pgsql.type", TYPE },
    { "pgsql.ssl_response", SSL_RESPONSE },   /* Wireshark >= 4.2: the answer has an item (FT_CHAR) */
};

/* The value of an FT_CHAR field (Wireshark >= 4.2's pgsql.ssl_response). */
static gboolean
compat_char(field_info *fi, gint64 *v)
{
    if (fi->hfinfo->type != FT_CHAR)
        return FALSE;
    *v = (gint64)fvalue_get_uinteger(TLSEDU_FINFO_FVALUE(fi));
    return TRUE;
}

static void
on_field(tlsedu_lines_t *fl, int role, field_info *fi)
{
    const char *type;
    tlsedu_line_t *l;
    gint64 answer;

    if (role == SSL_RESPONSE && compat_char(fi, &answer) && (answer == 'S' || answer == 'N') &&
        (l = tlsedu_line_new(fl, TLSEDU_LINE_REPLY, fi)) != NULL) {
        l->status = answer == 'S' ? "S" : "N";
        return;
    }
    if (role != TYPE || (type = tlsedu_line_text(fl->pinfo, fi)) == NULL)
        return;
    if (strcmp(type, "SSL request") != 0 || (l = tlsedu_line_new(fl, TLSEDU_LINE_COMMAND, fi)) == NULL)
        return;
    l->command = "SSLRequest";
    /* pgsql.type has no length: the message is the 8 bytes from its start (section 55.7),
     * so that only bytes after them count as sent before the TLS handshake */
    l->end = fi->start + SSL_REQUEST_LEN;
}

gboolean
tlsedu_pgsql_answer(proto_tree *tree, tlsedu_lines_t *fl)
{
    tlsedu_tcp_segment_t seg;
    tlsedu_line_t *l;

    if (fl->n != 0 || !tlsedu_tcp_segment(tree, &seg) || seg.payload == NULL || seg.payload_len != 1 ||
        (seg.payload[0] != 'S' && seg.payload[0] != 'N'))
        return FALSE;
    if (fl->n >= TLSEDU_MAX_LINES)
        return FALSE;
    l = &fl->lines[fl->n++];
    memset(l, 0, sizeof *l);
    l->kind = TLSEDU_LINE_REPLY;
    l->status = seg.payload[0] == 'S' ? "S" : "N";
    return TRUE;
}

const tlsedu_line_reader_t tlsedu_read_pgsql = { TLSEDU_UPG_PGSQL, "pgsql", fields, G_N_ELEMENTS(fields), on_field };
