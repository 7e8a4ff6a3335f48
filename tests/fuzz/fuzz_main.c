/* fuzz_main.c - a deterministic driver for LLVMFuzzerTestOneInput, for compilers without
 * libFuzzer (gcc): built with the sanitizers in the sanitizer build.
 *
 *   fuzz_core_driver [ITERATIONS [SEED]]   random and mutated inputs, reproducible
 *   fuzz_core_driver FILE...               replay inputs (e.g. a libFuzzer crash file)
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t state;

static uint32_t
next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 11);
}

/* Seeds: a real SNMPv2c and SNMPv3 message start, service names, listed ports. */
static const uint8_t seed_snmp2[] = { 0, 0, 161, 0xc3, 0x50, 0, 161, 1, 1, 1, 0, 0, 1, 0, 0, 0,
                                      0x30, 0x0b, 0x02, 0x01, 0x01, 0x04, 0x06, 'p', 'u', 'b', 'l', 'i', 'c' };
static const uint8_t seed_snmp3[] = { 2, 0, 162, 0, 162, 0, 0, 0, 1, 3, 5, 1, 4, 0, 0, 0,
                                      0x30, 0x81, 0x03, 0x02, 0x01, 0x03 };
static const uint8_t seed_name[] = { 1, 0, 25, 0xd4, 0x31, 0, 25, 3, 0, 0, 2, 0, 2, 0, 0, 0,
                                     'S', 'M', 'T', 'P', 'S' };

static void
run_random(unsigned long iterations, uint64_t seed)
{
    const uint8_t *seeds[] = { seed_snmp2, seed_snmp3, seed_name };
    const size_t seed_len[] = { sizeof seed_snmp2, sizeof seed_snmp3, sizeof seed_name };
    uint8_t buf[512];

    state = seed ? seed : 1;
    for (unsigned long i = 0; i < iterations; i++) {
        size_t len;
        if (next() % 2) {                   /* a mutated seed */
            unsigned k = next() % 3;
            len = seed_len[k];
            memcpy(buf, seeds[k], len);
            for (unsigned m = next() % 4; m > 0; m--)
                buf[next() % len] = (uint8_t)next();
            if (next() % 4 == 0)
                len = next() % (len + 1);   /* cut short */
        } else {                            /* random bytes */
            len = next() % sizeof buf;
            for (size_t j = 0; j < len; j++)
                buf[j] = (uint8_t)next();
        }
        /* An exact-size heap copy: reading past the input is an AddressSanitizer report. */
        uint8_t *input = (uint8_t *)malloc(len ? len : 1);
        if (input == NULL)
            abort();
        memcpy(input, buf, len);
        LLVMFuzzerTestOneInput(input, len);
        free(input);
    }
    printf("fuzz_core_driver: %lu inputs, seed %llu, no contract broken\n", iterations,
           (unsigned long long)seed);
}

static int
replay(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    static uint8_t data[1 << 16];
    size_t n = fread(data, 1, sizeof data, f);
    fclose(f);
    uint8_t *input = (uint8_t *)malloc(n ? n : 1);
    if (input == NULL)
        return 1;
    memcpy(input, data, n);
    LLVMFuzzerTestOneInput(input, n);
    free(input);
    printf("%s: %zu bytes, no contract broken\n", path, n);
    return 0;
}

int
main(int argc, char **argv)
{
    if (argc > 1 && !isdigit((unsigned char)argv[1][0])) {
        int rc = 0;
        for (int i = 1; i < argc; i++)
            rc |= replay(argv[i]);
        return rc;
    }
    run_random(argc > 1 ? strtoul(argv[1], NULL, 10) : 200000,
               argc > 2 ? strtoull(argv[2], NULL, 10) : 1);
    return 0;
}
