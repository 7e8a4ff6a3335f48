/* ids.h - the registration ids every part of the glue shares: tlsedu's protocol and the
 * other protocols it asks about (set once at registration and hand-off, read-only after).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_IDS_H
#define TLSEDU_IDS_H

#include <epan/packet.h>

#include "shared/compat.h"

extern int proto_tlsedu;

/* Ids of other protocols the plugin reads about (set at hand-off, tlsedu.c). */
extern int tlsedu_proto_tcp;
extern int tlsedu_proto_icmp;
extern int tlsedu_proto_icmpv6;
extern int tlsedu_proto_tls;
extern int tlsedu_proto_dtls;

/* The keys of tlsedu's per-frame data (p_add_proto_data under proto_tlsedu): one per
 * feature that keeps what the first pass found for later passes. */
typedef enum {
    TLSEDU_KEY_STAGES = 0,       /* handshake/: the frame's stage items */
    TLSEDU_KEY_CERTIFICATE = 1,  /* handshake/: the server certificate read from the frame */
    TLSEDU_KEY_STARTTLS = 2,     /* starttls/: the frame's STARTTLS step and warnings */
    TLSEDU_KEY_HTTP = 3,         /* http/: redirect to HTTPS, HSTS */
    TLSEDU_KEY_CREDENTIALS = 5,  /* credentials/: the kind of secret sent in cleartext */
    TLSEDU_KEY_CARRIED = 6,      /* handshake/: what decrypted application data carries */
    TLSEDU_KEY_STATS = 7         /* stats/: the conversation's class before this frame changed it */
} tlsedu_key_t;

/* Values of tlsedu.direction */
#define TLSEDU_DIR_TO_SERVER 1
#define TLSEDU_DIR_TO_CLIENT 2

#endif /* TLSEDU_IDS_H */
