/* check.h - a minimal test harness for the plain-C unit tests.
 * Each CHECK counts as one test; the program ends with "N passed, N failed" and exits
 * non-zero when anything failed.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_CHECK_H
#define TLSEDU_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do { \
        if (cond) { check_passed++; } \
        else { check_failed++; fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); } \
    } while (0)

#define CHECK_STR(a, b) do { \
        const char *check_a_ = (a), *check_b_ = (b); \
        if (check_a_ && check_b_ && strcmp(check_a_, check_b_) == 0) { check_passed++; } \
        else { check_failed++; fprintf(stderr, "%s:%d: FAILED: %s is \"%s\", expected \"%s\"\n", \
                                       __FILE__, __LINE__, #a, check_a_ ? check_a_ : "(null)", \
                                       check_b_ ? check_b_ : "(null)"); } \
    } while (0)

static int
check_report(const char *suite)
{
    printf("%s: %d passed, %d failed\n", suite, check_passed, check_failed);
    return check_failed == 0 ? 0 : 1;
}

#endif
