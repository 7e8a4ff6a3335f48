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

#include "shared/fields.h"

enum { ROOT = 1, REQUEST, REQUEST_COMMAND, REQUEST_PARAMETER, REQUEST_DATA, RESPONSE, RESPONSE_INDICATOR,
       RESPONSE_DATA };

static tlsedu_fields_t *fields;   /* registration data, filled at hand-off */

static void
want(GArray *wanted)
{
    fields = tlsedu_fields_new();
    tlsedu_fields_add_root(fields, "pop", ROOT, wanted);
    tlsedu_fields_add(fields, "pop.request", REQUEST, wanted);
    tlsedu_fields_add(fields, "pop.request.command", REQUEST_COMMAND, wanted);
    tlsedu_fields_add(fields, "pop.request.parameter", REQUEST_PARAMETER, wanted);
    tlsedu_fields_add(fields, "pop.request.data", REQUEST_DATA, wanted);
    tlsedu_fields_add(fields, "pop.response", RESPONSE, wanted);
    tlsedu_fields_add(fields, "pop.response.indicator", RESPONSE_INDICATOR, wanted);
    tlsedu_fields_add(fields, "pop.response.data", RESPONSE_DATA, wanted);
}

static void
on_field(void *state, int role, field_info *fi)
{
    tlsedu_lines_t *fl = (tlsedu_lines_t *)state;
    packet_info *pinfo = fl->pinfo;
    tlsedu_line_t *l;

    switch (role) {
    case ROOT:
        tlsedu_lines_root(fl, fi);
        break;
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

static void
read_lines(proto_tree *tree, tlsedu_lines_t *fl)
{
    tlsedu_fields_walk(fields, tree, FALSE, on_field, fl);
}

const tlsedu_line_reader_t tlsedu_read_pop3 = { TLSEDU_UPG_POP3, "pop", want, read_lines };
