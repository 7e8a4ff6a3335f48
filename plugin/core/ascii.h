/* ascii.h - case-insensitive ASCII helpers for the text signatures, header parsing, host
 * names and the STARTTLS command words.
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

/* Whether the n bytes at a and at b are the same, ignoring ASCII case (no terminator
 * needed, a NUL byte is compared like any other). */
static inline bool
tlsedu_ascii_equal_n_ci(const void *a, const void *b, size_t n)
{
    const unsigned char *x = (const unsigned char *)a;
    const unsigned char *y = (const unsigned char *)b;

    for (size_t i = 0; i < n; i++)
        if (tlsedu_ascii_lower(x[i]) != tlsedu_ascii_lower(y[i]))
            return false;
    return true;
}

/* Whether the len bytes at p start with the ASCII word w, ignoring case. */
static inline bool
tlsedu_ascii_prefix_ci(const void *p, size_t len, const char *w)
{
    size_t n = strlen(w);

    return len >= n && tlsedu_ascii_equal_n_ci(p, w, n);
}

/* Whether the n bytes at s are exactly the ASCII word w, ignoring case. */
static inline bool
tlsedu_ascii_word_ci(const void *s, size_t n, const char *w)
{
    return n == strlen(w) && tlsedu_ascii_equal_n_ci(s, w, n);
}

/* Whether the strings a and b are equal, ignoring ASCII case; false when either is NULL. */
static inline bool
tlsedu_ascii_equal_ci(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return false;
    while (*a && *b && tlsedu_ascii_lower((unsigned char)*a) == tlsedu_ascii_lower((unsigned char)*b))
        a++, b++;
    return *a == '\0' && *b == '\0';
}

#endif /* TLSEDU_ASCII_H */
