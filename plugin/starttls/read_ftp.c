/* read_ftp.c - FTP's lines from Wireshark's FTP fields (RFC 959; AUTH TLS RFC 4217 4).
 *
 * The request and response lines are text items, not fields: a line reaches to the end of
 * its last field and its CRLF.
 *   ftp.request.command, ftp.request.arg      a command and its argument
 *   ftp.response.code, ftp.response.arg       a reply's code and text
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

#include "shared/fields.h"

enum { ROOT = 1, COMMAND, ARG, CODE, RESPONSE_ARG };

static tlsedu_fields_t *fields;   /* registration data, filled at hand-off */

static void
want(GArray *wanted)
{
    fields = tlsedu_fields_new();
    tlsedu_fields_add_root(fields, "ftp", ROOT, wanted);
    tlsedu_fields_add(fields, "ftp.request.command", COMMAND, wanted);
    tlsedu_fields_add(fields, "ftp.request.arg", ARG, wanted);
    tlsedu_fields_add(fields, "ftp.response.code", CODE, wanted);
    tlsedu_fields_add(fields, "ftp.response.arg", RESPONSE_ARG, wanted);
}

static void
on_field(void *state, int role, field_info *fi)
{
    tlsedu_lines_t *fl = (tlsedu_lines_t *)state;
    tlsedu_line_t *l;
    const char *code;

    switch (role) {
    case ROOT:
        tlsedu_lines_root(fl, fi);
        break;
    case COMMAND:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_COMMAND, fi)) != NULL) {
            l->command = tlsedu_line_text(fl->pinfo, fi);
            l->end += 2;
        }
        break;
    case ARG:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_COMMAND)) != NULL) {
            l->parameter = tlsedu_line_text(fl->pinfo, fi);
            l->end = MAX(l->end, fi->start + fi->length + 2);
        }
        break;
    case CODE:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_REPLY, fi)) != NULL && (code = tlsedu_line_code(fl->pinfo, fi)) != NULL) {
            l->status = code;
            l->end += 2;
        }
        break;
    case RESPONSE_ARG:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_REPLY)) != NULL)
            l->end = MAX(l->end, fi->start + fi->length + 2);
        break;
    default:
        break;
    }
}

static void
read_lines(proto_tree *tree, tlsedu_lines_t *fl)
{
    tlsedu_fields_walk(fields, tree, FALSE, on_field, fl);
}

const tlsedu_line_reader_t tlsedu_read_ftp = { TLSEDU_UPG_FTP, "ftp", want, read_lines };
