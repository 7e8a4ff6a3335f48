/* certificates.h - the server's certificate in the tree: subject, issuer, DNS names,
 * validity, public key, signature algorithm, self-signature, chain length, and the expired /
 * name mismatch warnings.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CERTIFICATES_H
#define TLSEDU_CERTIFICATES_H

#include <epan/packet.h>

#include "core/cert.h"
#include "core/handshake.h"
#include "core/texts.h"
#include "handshake/tls_read.h"

/* At registration: the tlsedu.cert.* fields, subtree and expert infos. */
void tlsedu_register_certificates(int proto);

/* First pass: when this frame's stage items hold the server's Certificate, reads its leaf
 * certificate (from the frame's facts) and keeps the result for every pass. sni: the
 * server name of this handshake's ClientHello (NULL: none). */
void tlsedu_certificate_frame(packet_info *pinfo, const tlsedu_tls_frame_t *frame,
                              const tlsedu_stage_item_t *items, size_t n_items, const char *sni);

/* The certificate this frame carries (any pass), or NULL. */
const tlsedu_cert_t *tlsedu_certificate_of_frame(packet_info *pinfo);

/* How many certificates the server's Certificate message of this frame carries (any
 * pass; 0 when this frame has no server certificate tlsedu read). */
guint tlsedu_certificate_chain_length(packet_info *pinfo);

/* A distinguished name as labels and sentences show it: whole up to 160 bytes, else its
 * CN and O (packet scope). */
const char *tlsedu_short_dn(const char *dn, packet_info *pinfo);

/* The certificate's warnings alone, on item (NULL on a pass without a tree). */
void tlsedu_certificate_warnings(packet_info *pinfo, proto_item *item, tlsedu_lang_t lang);

/* Adds the tlsedu.cert subtree and its warnings under tree, when this frame has one. */
void tlsedu_certificate_render(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo, tlsedu_lang_t lang);

#endif /* TLSEDU_CERTIFICATES_H */
