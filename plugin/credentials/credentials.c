/* credentials.c - the credentials feature: tlsedu.cleartext_credentials and
 * tlsedu.cleartext_challenge_login. The secrets of FTP, HTTP, LDAP and SNMP are read here;
 * the mail logins (SMTP AUTH, IMAP LOGIN/AUTHENTICATE, POP3 USER/PASS/AUTH) are found by
 * the STARTTLS step machine, which sees their lines, and come through the annotation
 * record.
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
#include "credentials/credentials.h"

#include <string.h>

#include <epan/expert.h>
#include <epan/proto_data.h>

#include "core/credentials.h"
#include "core/starttls.h"
#include "shared/compat.h"
#include "shared/fields.h"
#include "shared/ids.h"

#define TEXT_MAX 512

static expert_field ei_cleartext_credentials = EI_INIT;
static expert_field ei_challenge_login = EI_INIT;

/* Other dissectors' fields read here (hf ids looked up at hand-off). */
static int hf_ftp_command = -1, hf_ftp_arg = -1;
static int hf_http_authorization = -1, hf_http_authbasic = -1;
static int hf_ldap_simple = -1;
static int hf_snmp_community = -1;

static void
register_fields(int proto)
{
    static ei_register_info ei[] = {
        { &ei_cleartext_credentials, { "tlsedu.cleartext_credentials", PI_SECURITY, PI_WARN,
            "Credentials sent on a connection that is not encrypted", EXPFILL } },
        { &ei_challenge_login, { "tlsedu.cleartext_challenge_login", PI_SECURITY, PI_NOTE,
            "A login that sends no password (a challenge-response such as APOP, CRAM-MD5 or SCRAM, or Kerberos) on a "
            "connection that is not encrypted; a recorded challenge-response allows guessing a weak password offline", EXPFILL } },
    };

    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

static void
want(GArray *wanted)
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

static void
decide(tlsedu_frame_t *f)
{
    const guint8 *cached;
    size_t len = 0;
    tlsedu_cred_t kind;
    guint8 *keep;

    if (!f->first_pass) {
        cached = (const guint8 *)p_get_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_CREDENTIALS);
        f->a.credentials = cached != NULL ? *cached : TLSEDU_CRED_NONE;
    } else if (f->tree != NULL) {
        kind = read_secret(f->tree, &len);
        if (tlsedu_cred_cleartext(kind, len, f->facts.has_tls)) {
            keep = wmem_new(wmem_file_scope(), guint8);
            *keep = (guint8)kind;
            p_add_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_CREDENTIALS, keep);
            f->a.credentials = (guint8)kind;
        }
    }
    if (f->a.credentials != TLSEDU_CRED_NONE ||
        (f->a.starttls_warnings & (TLSEDU_STW_CREDENTIALS | TLSEDU_STW_CHALLENGE)))
        f->a.warns = TRUE;
}

/* The expert infos, on tlsedu's item (NULL on a pass without a tree). */
static void
render(tlsedu_frame_t *f)
{
    const tlsedu_annotation_t *a = &f->a;
    char text[TEXT_MAX];

    /* the mail logins the STARTTLS machine found */
    if (a->starttls_warnings & TLSEDU_STW_CREDENTIALS) {
        tlsedu_starttls_warning_text(TLSEDU_STW_CREDENTIALS, (tlsedu_upgrade_proto_t)a->starttls_proto,
                                     a->starttls_mechanism, f->lang, text, sizeof text);
        expert_add_info_format(f->pinfo, f->top, &ei_cleartext_credentials, "%s", text);
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_CLEARTEXT_CREDENTIALS);
    }
    if (a->starttls_warnings & TLSEDU_STW_CHALLENGE) {
        tlsedu_starttls_warning_text(TLSEDU_STW_CHALLENGE, (tlsedu_upgrade_proto_t)a->starttls_proto,
                                     a->starttls_mechanism, f->lang, text, sizeof text);
        expert_add_info_format(f->pinfo, f->top, &ei_challenge_login, "%s", text);
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_CHALLENGE_LOGIN);
    }
    if (a->credentials != TLSEDU_CRED_NONE) {
        expert_add_info_format(f->pinfo, f->top, &ei_cleartext_credentials, "%s",
                               tlsedu_cred_warning((tlsedu_cred_t)a->credentials, f->lang, text, sizeof text));
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_CLEARTEXT_CREDENTIALS);
    }
}

const tlsedu_feature_t tlsedu_credentials_feature = {
    register_fields, want, NULL, decide, render,
};
