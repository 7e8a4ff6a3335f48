/* read_xmpp.c - XMPP's stream elements as lines, from Wireshark's XMPP fields (RFC 6120
 * 5.4: <starttls/> -> <proceed/> or <failure/>).
 *
 *   xmpp.features (its children are unknown elements to the 4.0 dissector, only their
 *   xmlns is a field: xmpp.xmlns), xmpp.starttls, xmpp.proceed, xmpp.failure
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

#include <string.h>

#define XMPP_TLS_NS "urn:ietf:params:xml:ns:xmpp-tls"

enum { FEATURES = TLSEDU_LINE_ROOT + 1, XMLNS, STARTTLS, PROCEED, FAILURE };

static const tlsedu_line_field_t fields[] = {
    { "xmpp.features", FEATURES },
    { "xmpp.xmlns", XMLNS },
    { "xmpp.starttls", STARTTLS },
    { "xmpp.proceed", PROCEED },
    { "xmpp.failure", FAILURE },
};

static void
on_field(tlsedu_lines_t *fl, int role, field_info *fi)
{
    tlsedu_line_t *l;
    const char *ns;

    switch (role) {
    case FEATURES:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_TEXT, fi)) != NULL)
            l->parameter = "FEATURES";
        break;
    case XMLNS:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_TEXT)) != NULL && l->parameter != NULL &&
            strcmp(l->parameter, "FEATURES") == 0 && fi->start + fi->length <= l->end &&
            (ns = tlsedu_line_text(fl->pinfo, fi)) != NULL && strcmp(ns, XMPP_TLS_NS) == 0)
            l->parameter = "FEATURES STARTTLS";
        break;
    case STARTTLS:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_COMMAND, fi)) != NULL)
            l->command = "STARTTLS";
        break;
    case PROCEED:
    case FAILURE:
        if ((l = tlsedu_line_new(fl, TLSEDU_LINE_REPLY, fi)) != NULL)
            l->status = role == PROCEED ? "proceed" : "failure";
        break;
    default:
        break;
    }
}

const tlsedu_line_reader_t tlsedu_read_xmpp = { TLSEDU_UPG_XMPP, "xmpp", fields, G_N_ELEMENTS(fields), on_field };
