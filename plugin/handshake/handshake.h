/* handshake.h - the handshake feature: TLS, DTLS and QUIC handshakes read from Wireshark's
 * fields, explained stage by stage (tlsedu.stage, tlsedu.explain), with the handshake
 * summary, the server's certificate, resumptions and the handshake's warnings.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_HANDSHAKE_FEATURE_H
#define TLSEDU_HANDSHAKE_FEATURE_H

#include "shared/frame.h"

extern const tlsedu_feature_t tlsedu_handshake_feature;

#endif /* TLSEDU_HANDSHAKE_FEATURE_H */
