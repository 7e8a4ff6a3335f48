/* starttls.h - the STARTTLS feature: the upgrade from cleartext to TLS on SMTP, IMAP,
 * POP3, FTP (AUTH TLS), LDAP (StartTLS) and XMPP, step by step (tlsedu.starttls.*), with
 * its warnings (refused, not used, injection ...).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_FEATURE_H
#define TLSEDU_STARTTLS_FEATURE_H

#include "shared/frame.h"

extern const tlsedu_feature_t tlsedu_starttls_feature;

#endif /* TLSEDU_STARTTLS_FEATURE_H */
