/* signatures.h - strict, cheap content signatures on the first bytes of a payload.
 *
 * Plain C11, no Wireshark include. Each function looks at a byte buffer only, returns
 * false when the bytes do not match exactly, and never reads past len.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SIGNATURES_H
#define TLSEDU_SIGNATURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An SNMP message filling the whole UDP payload: a BER SEQUENCE whose length ends exactly
 * at len, starting with INTEGER msgVersion (0 v1, 1 v2c, 2 v2u, 3 v3). On a match,
 * *version is msgVersion. */
bool tlsedu_sig_snmp_version(const uint8_t *p, size_t len, uint32_t *version);

#endif /* TLSEDU_SIGNATURES_H */
