/* read_imap.c - IMAP's lines from Wireshark's IMAP fields (RFC 9051; STARTTLS 6.2.1).
 *
 *   imap.line      every line (untagged responses such as "* CAPABILITY" or the greeting
 *                  get no other field, so capabilities are read from its text)
 *   imap.request, imap.request_tag, imap.request.command          a request's parts
 *   imap.response, imap.response_tag, imap.response.status       a response's parts
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

enum { LINE = TLSEDU_LINE_ROOT + 1, REQUEST, REQUEST_TAG, REQUEST_COMMAND, RESPONSE, RESPONSE_TAG, RESPONSE_STATUS };

static const tlsedu_line_field_t fields[] = {
    { "imap.line", LINE },
    { "imap.request", REQUEST },
    { "imap.request_tag", REQUEST_TAG },
    { "imap.request.command", REQUEST_COMMAND },
    { "imap.response", RESPONSE },
    { "imap.response_tag", RESPONSE_TAG },
    { "imap.response.status", RESPONSE_STATUS },
};

/* A line, then its request or response parts. */
static void
on_field(tlsedu_lines_t *fl, int role, field_info *fi)
{
    packet_info *pinfo = fl->pinfo;
    tlsedu_line_t *l;

    switch (role) {
    case LINE:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_TEXT, fi)) != NULL)
            l->parameter = tlsedu_line_text(pinfo, fi);
        break;
    case REQUEST:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_TEXT)) != NULL) {
            l->kind = TLSEDU_LINE_COMMAND;
            l->status = tlsedu_line_text(pinfo, fi);   /* the whole request, for its parameters */
        }
        break;
    case REQUEST_TAG:
    case REQUEST_COMMAND:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_COMMAND)) != NULL) {
            if (role == REQUEST_TAG)
                l->tag = tlsedu_line_text(pinfo, fi);
            else
                l->command = tlsedu_line_text(pinfo, fi);
        }
        break;
    case RESPONSE:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_TEXT)) != NULL)
            l->kind = TLSEDU_LINE_REPLY;
        break;
    case RESPONSE_TAG:
    case RESPONSE_STATUS:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_REPLY)) != NULL) {
            if (role == RESPONSE_TAG)
                l->tag = tlsedu_line_text(pinfo, fi);
            else
                l->status = tlsedu_line_text(pinfo, fi);
        }
        break;
    default:
        break;
    }
}

const tlsedu_line_reader_t tlsedu_read_imap = { TLSEDU_UPG_IMAP, "imap", fields, G_N_ELEMENTS(fields), on_field };
