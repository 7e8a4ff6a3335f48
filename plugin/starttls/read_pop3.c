/* read_pop3.c - POP3's lines from Wireshark's POP fields (RFC 1939; STLS RFC 2595 4).
 *
 *   pop.request.command, pop.request.parameter, pop.response.indicator   a line's parts
 *   pop.request, pop.response, pop.request.data and pop.response.data have an empty value
 *   (the dissector puts the text in the label only), so the bytes they cover are read
 *   (the CAPA listing is pop.response.data lines).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

enum { REQUEST = TLSEDU_LINE_ROOT + 1, REQUEST_COMMAND, REQUEST_PARAMETER, REQUEST_DATA, RESPONSE, RESPONSE_INDICATOR,
       RESPONSE_DATA };

static const tlsedu_line_field_t fields[] = {
    { "pop.request", REQUEST },
    { "pop.request.command", REQUEST_COMMAND },
    { "pop.request.parameter", REQUEST_PARAMETER },
    { "pop.request.data", REQUEST_DATA },
    { "pop.response", RESPONSE },
    { "pop.response.indicator", RESPONSE_INDICATOR },
    { "pop.response.data", RESPONSE_DATA },
};

static void
on_field(tlsedu_lines_t *fl, int role, field_info *fi)
{
    packet_info *pinfo = fl->pinfo;
    tlsedu_line_t *l;

    switch (role) {
    case REQUEST:
    case REQUEST_DATA:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_COMMAND, fi)) != NULL && role == REQUEST_DATA)
            tlsedu_line_split(pinfo, tlsedu_line_text(pinfo, fi), &l->command, &l->parameter);
        break;
    case REQUEST_COMMAND:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_COMMAND)) != NULL)
            l->command = tlsedu_line_text(pinfo, fi);
        break;
    case REQUEST_PARAMETER:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_COMMAND)) != NULL)
            l->parameter = tlsedu_line_text(pinfo, fi);
        break;
    case RESPONSE:
        tlsedu_line_new(fl, TLSEDU_LINE_REPLY, fi);
        break;
    case RESPONSE_INDICATOR:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_REPLY)) != NULL)
            l->status = tlsedu_line_text(pinfo, fi);
        break;
    case RESPONSE_DATA:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_TEXT, fi)) != NULL)
            l->parameter = tlsedu_line_text(pinfo, fi);
        break;
    default:
        break;
    }
}

const tlsedu_line_reader_t tlsedu_read_pop3 = { TLSEDU_UPG_POP3, "pop", fields, G_N_ELEMENTS(fields), on_field };
