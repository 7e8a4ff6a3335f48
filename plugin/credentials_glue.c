/* credentials_glue.c - tlsedu.cleartext_credentials for FTP, HTTP, LDAP and SNMP.
 *
 * Fields read (the values are never copied: only whether they are there and their length):
 *   FTP   ftp.request.command == "PASS", ftp.request.arg (its length)
 *   HTTP  http.authorization (the scheme: Basic), http.authbasic (the decoded user:password,
 *         which Wireshark adds for Basic only)
 *   LDAP  ldap.simple (the password of a simple bind; empty: anonymous)
 *   SNMP  snmp.community (v1/v2c only; SNMPv3 has none)
 * "Not encrypted": the frame has no TLS/DTLS layer (with a key log, the decrypted FTP, HTTP
 * or LDAP of an upgraded or implicit-TLS connection sits on top of one).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "credentials_glue.h"

#include <string.h>

#include <epan/expert.h>
#include <epan/proto_data.h>

#include "compat.h"
#include "core/credentials.h"
#include "facts.h"
#include "prefs.h"
#include "render.h"
#include "starttls_glue.h"
#include "tlsedu.h"

/* This module's key for p_add_proto_data. */
#define CREDENTIALS_PROTO_DATA_KEY 5
#define TEXT_MAX 512

static int hf_ftp_command = -1, hf_ftp_arg = -1;
static int hf_http_authorization = -1, hf_http_authbasic = -1;
static int hf_ldap_simple = -1;
static int hf_snmp_community = -1;

void
tlsedu_credentials_wanted(GArray *wanted)
{
    const char *const names[] = { "ftp.request.command", "ftp.request.arg", "http.authorization",
                                  "http.authbasic", "ldap.simple", "snmp.community" };
    int *const ids[] = { &hf_ftp_command, &hf_ftp_arg, &hf_http_authorization, &hf_http_authbasic,
                         &hf_ldap_simple, &hf_snmp_community };

    tlsedu_want_fields(wanted, names, ids, G_N_ELEMENTS(names));
}

static field_info *
first(proto_tree *tree, int hfid)
{
    GPtrArray *a = tlsedu_finfos(tree, hfid);
    return a != NULL ? (field_info *)g_ptr_array_index(a, 0) : NULL;
}

/* The length of a string field's value (0 when it has none), bounded. */
static size_t
value_len(field_info *fi)
{
    const char *s = fi != NULL ? tlsedu_finfo_string(fi) : NULL;
    size_t n = 0;
    while (s != NULL && n < 4096 && s[n] != '\0')
        n++;
    return n;
}

/* The kind of secret this frame carries, and its length. */
static tlsedu_cred_t
read_secret(proto_tree *tree, size_t *secret_len)
{
    GPtrArray *cmds = tlsedu_finfos(tree, hf_ftp_command);
    field_info *fi;

    *secret_len = 0;
    for (guint i = 0; cmds != NULL && i < cmds->len; i++) {
        const char *c = tlsedu_finfo_string((field_info *)g_ptr_array_index(cmds, i));
        if (c != NULL && g_ascii_strcasecmp(c, "PASS") == 0) {
            *secret_len = value_len(first(tree, hf_ftp_arg));
            return TLSEDU_CRED_FTP_PASS;
        }
    }
    if ((fi = first(tree, hf_http_authorization)) != NULL &&
        tlsedu_cred_http_authorization(tlsedu_finfo_string(fi)) == TLSEDU_CRED_HTTP_BASIC) {
        field_info *basic = first(tree, hf_http_authbasic);
        *secret_len = basic != NULL ? MAX(value_len(basic), 1) : 1;
        return TLSEDU_CRED_HTTP_BASIC;
    }
    if ((fi = first(tree, hf_ldap_simple)) != NULL) {
        *secret_len = value_len(fi);
        return TLSEDU_CRED_LDAP_SIMPLE;
    }
    if ((fi = first(tree, hf_snmp_community)) != NULL) {
        *secret_len = value_len(fi);
        return TLSEDU_CRED_SNMP_COMMUNITY;
    }
    return TLSEDU_CRED_NONE;
}

static proto_item *
tlsedu_item(proto_tree *tree)
{
    for (proto_node *n = tree->first_child; n != NULL; n = n->next) {
        field_info *fi = PNODE_FINFO(n);
        if (fi != NULL && fi->hfinfo != NULL && fi->hfinfo->id == proto_tlsedu)
            return (proto_item *)n;
    }
    return NULL;
}

void
tlsedu_credentials_frame(proto_tree *tree, proto_item *top, tvbuff_t *tvb, packet_info *pinfo,
                         gboolean over_tls)
{
    const guint8 *cached;
    char text[TEXT_MAX];
    tlsedu_cred_t kind;

    if (tree == NULL)
        return;
    if (PINFO_FD_VISITED(pinfo)) {
        cached = (const guint8 *)p_get_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, CREDENTIALS_PROTO_DATA_KEY);
        if (cached == NULL)
            return;
        kind = (tlsedu_cred_t)*cached;
    } else {
        size_t len = 0;
        guint8 *keep;
        kind = read_secret(tree, &len);
        if (!tlsedu_cred_cleartext(kind, len, over_tls))
            return;
        keep = wmem_new(wmem_file_scope(), guint8);
        *keep = (guint8)kind;
        p_add_proto_data(wmem_file_scope(), pinfo, proto_tlsedu, CREDENTIALS_PROTO_DATA_KEY, keep);
    }
    if (top == NULL)
        top = tlsedu_top_item(tree, tvb, tlsedu_item(tree));
    expert_add_info_format(pinfo, top, tlsedu_starttls_ei_credentials(), "%s",
                           tlsedu_cred_warning(kind, tlsedu_pref_lang(), text, sizeof text));
}
