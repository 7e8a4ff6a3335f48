/* credentials_glue.h - tlsedu.cleartext_credentials for FTP PASS, HTTP Basic, LDAP simple
 * bind and SNMP v1/v2c community, read from Wireshark's fields (decisions and texts in
 * core/credentials.c). The mail logins are starttls_glue.c's.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CREDENTIALS_GLUE_H
#define TLSEDU_CREDENTIALS_GLUE_H

#include <epan/packet.h>

/* Hand-off: appends the fields read here to wanted. */
void tlsedu_credentials_wanted(GArray *wanted);

/* One frame (every pass): decides on the first pass (cached for later ones) and adds the
 * warning under tlsedu's item top (found or created when NULL). */
void tlsedu_credentials_frame(proto_tree *tree, proto_item *top, tvbuff_t *tvb, packet_info *pinfo,
                              gboolean over_tls);

#endif /* TLSEDU_CREDENTIALS_GLUE_H */
