/* content.h - is the port telling the truth? The content decision of one conversation.
 *
 * Plain C11, no Wireshark include. The glue feeds the first payloads of each side
 * (tlsedu_content_feed); once decided, the result says which service the content shows
 * and how that compares with the catalogue's service of the port.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CONTENT_H
#define TLSEDU_CONTENT_H

#include <stdbool.h>
#include <stdint.h>

#include "catalogue.h"
#include "signatures.h"

/* How many payloads of one side are looked at, at most (the first line, and the next one
 * when the first was not enough). */
#define TLSEDU_CONTENT_MAX_LOOKS 2

typedef struct {
    tlsedu_content_t side[2];     /* by tlsedu_side_t: the latest answer of that side */
    uint8_t looks[2];             /* payloads looked at, per side */
    bool decided;
    tlsedu_content_t result;      /* once decided: the content (NONE: nothing recognised) */
} tlsedu_content_state_t;

void tlsedu_content_init(tlsedu_content_state_t *st);

/* Looks at one payload of one side; returns true when this payload decided the
 * conversation's content (false before and after). */
bool tlsedu_content_feed(tlsedu_content_state_t *st, tlsedu_side_t side,
                         const uint8_t *p, size_t len);

/* Whether the content can be checked on this catalogue service at all: not on data
 * channels whose bytes are whatever is transferred (FTP-DATA, TFTP), nor on UDP services
 * other than DNS. */
bool tlsedu_content_checkable(const tlsedu_service_t *service, unsigned transport);

/* The content's verdict on a catalogue service: TLSEDU_EVIDENCE_AGREE, _MISMATCH, or
 * _PORT when the content tells nothing about it. */
tlsedu_evidence_t tlsedu_content_verdict(const tlsedu_service_t *service, tlsedu_content_t content);

/* The msgFlags byte of an SNMPv3 message filling the datagram (RFC 3412 section 6: a
 * SEQUENCE of msgVersion 3, then msgGlobalData: msgID, msgMaxSize, msgFlags as a one-byte
 * OCTET STRING). false when the bytes are not such a message. */
bool tlsedu_snmp_v3_flags(const uint8_t *p, size_t len, uint8_t *flags);

#endif /* TLSEDU_CONTENT_H */
