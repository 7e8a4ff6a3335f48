/* read_ldap.c - LDAP's messages as lines, from Wireshark's LDAP fields (RFC 4511; StartTLS
 * is the extended operation 1.3.6.1.4.1.1466.20037, 4.14.1).
 *
 * One LDAPMessage, then its operation: a request or a response.
 *   ldap.LDAPMessage_element, ldap.protocolOp, ldap.requestName, ldap.resultCode (newer
 *   Wiresharks, 4.6, give the extended and bind responses' result codes fields of their
 *   own: ldap.extendedResponse_resultCode, ldap.bindResponse_resultCode; absent from 4.0,
 *   then skipped)
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

#include <string.h>

#include "shared/compat.h"

#define LDAP_STARTTLS_OID "1.3.6.1.4.1.1466.20037"

/* RFC 4511 protocolOp tags */
enum {
    OP_BIND = 0, OP_UNBIND = 2, OP_SEARCH = 3, OP_MODIFY = 6, OP_ADD = 8, OP_DEL = 10, OP_MODDN = 12,
    OP_COMPARE = 14, OP_ABANDON = 16, OP_EXTENDED = 23, OP_EXTENDED_RESPONSE = 24
};

enum { MESSAGE = TLSEDU_LINE_ROOT + 1, OP, REQUEST_NAME, RESULT };

static const tlsedu_line_field_t fields[] = {
    { "ldap.LDAPMessage_element", MESSAGE },
    { "ldap.protocolOp", OP },
    { "ldap.requestName", REQUEST_NAME },
    { "ldap.resultCode", RESULT },
    { "ldap.extendedResponse_resultCode", RESULT },
    { "ldap.bindResponse_resultCode", RESULT },
};

static gboolean
is_request(gint64 op)
{
    return op == OP_BIND || op == OP_UNBIND || op == OP_SEARCH || op == OP_MODIFY || op == OP_ADD ||
           op == OP_DEL || op == OP_MODDN || op == OP_COMPARE || op == OP_ABANDON || op == OP_EXTENDED;
}

static void
on_field(tlsedu_lines_t *fl, int role, field_info *fi)
{
    tlsedu_line_t *l;
    const char *text;
    gint64 op;

    switch (role) {
    case MESSAGE:
        tlsedu_line_new(fl, TLSEDU_LINE_TEXT, fi);
        break;
    case OP:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_TEXT)) != NULL && tlsedu_finfo_int(fi, &op)) {
            l->kind = is_request(op) ? TLSEDU_LINE_COMMAND : TLSEDU_LINE_REPLY;
            l->command = is_request(op) ? (op == OP_EXTENDED ? "EXTENDED" : "LDAPREQUEST") : NULL;
            l->tag = op == OP_EXTENDED_RESPONSE ? "extendedResp" : NULL;
        }
        break;
    case REQUEST_NAME:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_COMMAND)) != NULL &&
            (text = tlsedu_line_text(fl->pinfo, fi)) != NULL && strcmp(text, LDAP_STARTTLS_OID) == 0)
            l->command = "STARTTLS";
        break;
    case RESULT:
        if ((l = tlsedu_line_current(fl, TLSEDU_LINE_REPLY)) != NULL && l->status == NULL)
            l->status = tlsedu_line_code(fl->pinfo, fi);
        break;
    default:
        break;
    }
}

const tlsedu_line_reader_t tlsedu_read_ldap = { TLSEDU_UPG_LDAP, "ldap", fields, G_N_ELEMENTS(fields), on_field };
