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

#include "shared/fields.h"

#define XMPP_TLS_NS "urn:ietf:params:xml:ns:xmpp-tls"

enum { ROOT = 1, FEATURES, XMLNS, STARTTLS, PROCEED, FAILURE };

static tlsedu_fields_t *fields;   /* registration data, filled at hand-off */

static void
want(GArray *wanted)
{
    fields = tlsedu_fields_new();
    tlsedu_fields_add_root(fields, "xmpp", ROOT, wanted);
    tlsedu_fields_add(fields, "xmpp.features", FEATURES, wanted);
    tlsedu_fields_add(fields, "xmpp.xmlns", XMLNS, wanted);
    tlsedu_fields_add(fields, "xmpp.starttls", STARTTLS, wanted);
    tlsedu_fields_add(fields, "xmpp.proceed", PROCEED, wanted);
    tlsedu_fields_add(fields, "xmpp.failure", FAILURE, wanted);
}

static void
on_field(void *state, int role, field_info *fi)
{
    tlsedu_lines_t *fl = (tlsedu_lines_t *)state;
    tlsedu_line_t *l;
    const char *ns;

    switch (role) {
    case ROOT:
        tlsedu_lines_root(fl, fi);
        break;
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

static void
read_lines(proto_tree *tree, tlsedu_lines_t *fl)
{
    tlsedu_fields_walk(fields, tree, FALSE, on_field, fl);
}

const tlsedu_line_reader_t tlsedu_read_xmpp = { TLSEDU_UPG_XMPP, "xmpp", want, read_lines };
