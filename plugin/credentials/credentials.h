/* credentials.h - the credentials feature: a password, community or login sent where it
 * is not encrypted (tlsedu.cleartext_credentials, tlsedu.cleartext_challenge_login), for
 * FTP PASS, HTTP Basic, LDAP simple bind, SNMP v1/v2c communities and the mail logins.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CREDENTIALS_FEATURE_H
#define TLSEDU_CREDENTIALS_FEATURE_H

#include "shared/frame.h"

extern const tlsedu_feature_t tlsedu_credentials_feature;

#endif /* TLSEDU_CREDENTIALS_FEATURE_H */
