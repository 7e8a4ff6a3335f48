/* credentials.h - secrets sent on a connection that is not encrypted, beyond the SMTP, IMAP
 * and POP3 logins of the STARTTLS module (starttls_proto.c): FTP PASS, HTTP Basic
 * authorization, LDAP simple bind, SNMP v1/v2c community strings (issue 4,
 * tlsedu.cleartext_credentials).
 *
 * Plain C11, no Wireshark include. The glue says what Wireshark's dissectors parsed (the
 * command, header or field that carries a secret, whether the secret is empty) and
 * whether the frame came out of TLS; this module decides and writes the warning. The
 * secret itself never enters this module: only its length.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CREDENTIALS_H
#define TLSEDU_CREDENTIALS_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"

typedef enum {
    TLSEDU_CRED_NONE = 0,
    TLSEDU_CRED_FTP_PASS,        /* ftp.request.command PASS */
    TLSEDU_CRED_HTTP_BASIC,      /* Authorization: Basic (http.authbasic) */
    TLSEDU_CRED_LDAP_SIMPLE,     /* bindRequest with simple authentication (ldap.simple) */
    TLSEDU_CRED_SNMP_COMMUNITY,  /* SNMP v1/v2c community (snmp.community) */
    TLSEDU_CRED_COUNT
} tlsedu_cred_t;

/* The kind of an HTTP Authorization value: Basic (case-insensitive scheme, RFC 7617), else
 * NONE (Digest, Negotiate and others send no reusable password; Bearer tokens are not
 * this warning's business). */
tlsedu_cred_t tlsedu_cred_http_authorization(const char *value);

/* Whether a secret of this kind deserves tlsedu.cleartext_credentials:
 *   secret_len  the length of the secret (an empty LDAP simple password is an anonymous
 *               bind, an empty FTP PASS the answer of an anonymous login without one)
 *   encrypted   the frame came out of TLS (decrypted with a key log) */
bool tlsedu_cred_cleartext(tlsedu_cred_t kind, size_t secret_len, bool encrypted);

/* The mechanism's name ("FTP PASS", "HTTP Basic", "LDAP simple bind", "SNMP community"). */
const char *tlsedu_cred_mechanism(tlsedu_cred_t kind);

/* The warning's text, English or French, into buf (always terminated). Returns buf. */
char *tlsedu_cred_warning(tlsedu_cred_t kind, tlsedu_lang_t lang, char *buf, size_t len);

#endif /* TLSEDU_CREDENTIALS_H */
