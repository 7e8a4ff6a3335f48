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

enum { COMMAND = TLSEDU_LINE_ROOT + 1, ARG, CODE, RESPONSE_ARG };

static const tlsedu_line_field_t fields[] = {
    { "ftp.request.command", COMMAND },
    { "ftp.request.arg", ARG },
    { "ftp.response.code", CODE },
    { "ftp.response.arg", RESPONSE_ARG },
};

static void
on_field(tlsedu_lines_t *fl, int role, field_info *fi)
{
    tlsedu_line_t *l;
    const char *code;

    switch (role) {
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

const tlsedu_line_reader_t tlsedu_read_ftp = { TLSEDU_UPG_FTP, "ftp", fields, G_N_ELEMENTS(fields), on_field };
