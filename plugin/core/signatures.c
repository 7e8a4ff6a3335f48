/* signatures.c - content signatures on payload bytes.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "signatures.h"

/* A BER definite length at p[0..]: the length and the number of bytes it took. */
static bool
ber_length(const uint8_t *p, size_t avail, size_t *length, size_t *used)
{
    if (avail < 1)
        return false;
    if (p[0] < 0x80) {
        *length = p[0];
        *used = 1;
        return true;
    }
    size_t n = p[0] & 0x7fu;
    if (n == 0 || n > 2 || avail < 1 + n) /* indefinite or longer than a UDP datagram */
        return false;
    size_t v = 0;
    for (size_t i = 1; i <= n; i++)
        v = (v << 8) | p[i];
    *length = v;
    *used = 1 + n;
    return true;
}

bool
tlsedu_sig_snmp_version(const uint8_t *p, size_t len, uint32_t *version)
{
    size_t body, used;

    if (p == NULL || len < 5 || p[0] != 0x30)
        return false;
    if (!ber_length(p + 1, len - 1, &body, &used))
        return false;
    size_t hdr = 1 + used;
    if (hdr + body != len || body < 3)
        return false;
    /* INTEGER of one byte: the version */
    if (p[hdr] != 0x02 || p[hdr + 1] != 0x01 || p[hdr + 2] > 3)
        return false;
    *version = p[hdr + 2];
    return true;
}
