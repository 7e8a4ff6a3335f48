/* ascii.h - case-insensitive ASCII helpers for the text signatures and header parsing.
 *
 * Plain C11, no Wireshark include; no locale (packet bytes are not text in any locale).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_ASCII_H
#define TLSEDU_ASCII_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static inline int
tlsedu_ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Whether the len bytes at p start with the ASCII word w, ignoring case. */
static inline bool
tlsedu_ascii_prefix_ci(const void *p, size_t len, const char *w)
{
    const unsigned char *b = (const unsigned char *)p;
    size_t n = strlen(w);

    if (len < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tlsedu_ascii_lower(b[i]) != tlsedu_ascii_lower((unsigned char)w[i]))
            return false;
    return true;
}

#endif /* TLSEDU_ASCII_H */
