/* read_smtp.c - SMTP's lines from Wireshark's SMTP fields (RFC 5321; STARTTLS RFC 3207).
 *
 *   smtp.command_line  the whole command line (4.0 cuts smtp.req.command to four
 *                      characters, "STAR" + parameter "TLS", so the command word is split
 *                      off the line here)
 *   smtp.response      a reply's first line; smtp.response.code its code
 *   smtp.rsp.parameter one per reply line: the EHLO capabilities
 *   smtp.auth.username, smtp.auth.password, smtp.auth.username_password
 *                      a line of a SASL exchange after the server's 334 (AUTH LOGIN, or AUTH
 *                      PLAIN without an initial response: RFC 4954 section 4); the client's
 *                      line has no smtp.command_line then. Inside an "AUTH PLAIN <response>"
 *                      command line the same field is part of that line, not a line of its own.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

enum { COMMAND_LINE = TLSEDU_LINE_ROOT + 1, RESPONSE, CODE, PARAMETER, SASL_LINE };

static const tlsedu_line_field_t fields[] = {
    { "smtp.command_line", COMMAND_LINE },
    { "smtp.response", RESPONSE },
    { "smtp.response.code", CODE },
    { "smtp.rsp.parameter", PARAMETER },
    { "smtp.auth.username", SASL_LINE },
    { "smtp.auth.password", SASL_LINE },
    { "smtp.auth.username_password", SASL_LINE },
};

/* A client line of a SASL exchange (its text is the base64 the machine counts), unless the
 * field lies inside the command line just read (the initial response of AUTH PLAIN). */
static void
sasl_line(tlsedu_lines_t *fl, field_info *fi)
{
    tlsedu_line_t *l = tlsedu_line_current(fl, TLSEDU_LINE_COMMAND);

    if (l != NULL && fi->start + fi->length <= l->end)
        return;
    if ((l = tlsedu_line_new(fl, TLSEDU_LINE_COMMAND, fi)) != NULL)
        l->command = tlsedu_line_text(fl->pinfo, fi);
}

/* A line of the current reply: the reply reaches to its end (and its CRLF). */
static void
reply_parameter(tlsedu_lines_t *fl, field_info *fi)
{
    tlsedu_line_t *reply = NULL, *l;

    if (fl->n == 0 || fl->lines[fl->n - 1].kind == TLSEDU_LINE_COMMAND)
        return;
    for (guint i = fl->n; i-- > 0;)
        if (fl->lines[i].kind == TLSEDU_LINE_REPLY) {
            reply = &fl->lines[i];
            break;
        }
    if ((l = tlsedu_line_new(fl, TLSEDU_LINE_TEXT, fi)) != NULL)
        l->parameter = tlsedu_line_text(fl->pinfo, fi);
    if (reply != NULL && fi->start + fi->length + 2 > reply->end)
        reply->end = fi->start + fi->length + 2;
}

static void
on_field(tlsedu_lines_t *fl, int role, field_info *fi)
{
    tlsedu_line_t *l;
    const char *code;

    switch (role) {
    case COMMAND_LINE:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_COMMAND, fi)) != NULL)
            tlsedu_line_split(fl->pinfo, tlsedu_line_text(fl->pinfo, fi), &l->command, &l->parameter);
        break;
    case RESPONSE:
        tlsedu_line_new(fl, TLSEDU_LINE_REPLY, fi);
        break;
    case CODE:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_REPLY)) != NULL && (code = tlsedu_line_code(fl->pinfo, fi)) != NULL)
            l->status = code;
        break;
    case PARAMETER:
        reply_parameter(fl, fi);
        break;
    case SASL_LINE:
        sasl_line(fl, fi);
        break;
    default:
        break;
    }
}

const tlsedu_line_reader_t tlsedu_read_smtp = { TLSEDU_UPG_SMTP, "smtp", fields, G_N_ELEMENTS(fields), on_field };
