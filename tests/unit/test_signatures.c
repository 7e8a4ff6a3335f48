/* Unit tests of the content signatures, on small byte arrays.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "core/signatures.h"

#include "check.h"

static void
test_snmp(void)
{
    /* SNMPv2c get-request sysDescr.0, community "public" (as snmpget sends it). */
    static const uint8_t v2c[] = {
        0x30, 0x29, 0x02, 0x01, 0x01, 0x04, 0x06, 'p', 'u', 'b', 'l', 'i', 'c',
        0xa0, 0x1c, 0x02, 0x04, 0x12, 0x34, 0x56, 0x78, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00,
        0x30, 0x0e, 0x30, 0x0c, 0x06, 0x08, 0x2b, 0x06, 0x01, 0x02, 0x01, 0x01, 0x01, 0x00,
        0x05, 0x00 };
    uint8_t v3[140] = { 0x30, 0x81, 0x89, 0x02, 0x01, 0x03 };   /* long-form length, v3 */
    static const uint8_t v1[] = { 0x30, 0x03, 0x02, 0x01, 0x00 };
    static const uint8_t dns[] = { 0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00 };
    uint32_t v = 99;

    CHECK(sizeof v2c == 0x29 + 2);
    CHECK(tlsedu_sig_snmp_version(v2c, sizeof v2c, &v) && v == 1);
    CHECK(tlsedu_sig_snmp_version(v3, 3 + 0x89, &v) && v == 3);
    CHECK(tlsedu_sig_snmp_version(v1, sizeof v1, &v) && v == 0);
    /* The SEQUENCE must end exactly where the payload ends. */
    CHECK(!tlsedu_sig_snmp_version(v2c, sizeof v2c - 1, &v));
    CHECK(!tlsedu_sig_snmp_version(v3, 3 + 0x89 + 1, &v));
    /* Not SNMP, too short, no buffer, a version out of range, an indefinite length. */
    CHECK(!tlsedu_sig_snmp_version(dns, sizeof dns, &v));
    CHECK(!tlsedu_sig_snmp_version(v1, 4, &v));
    CHECK(!tlsedu_sig_snmp_version(NULL, 10, &v));
    static const uint8_t v9[] = { 0x30, 0x03, 0x02, 0x01, 0x09 };
    CHECK(!tlsedu_sig_snmp_version(v9, sizeof v9, &v));
    static const uint8_t indef[] = { 0x30, 0x80, 0x02, 0x01, 0x01, 0x00, 0x00 };
    CHECK(!tlsedu_sig_snmp_version(indef, sizeof indef, &v));
    static const uint8_t longlen[] = { 0x30, 0x84, 0x00, 0x00, 0x00, 0x03, 0x02, 0x01, 0x01 };
    CHECK(!tlsedu_sig_snmp_version(longlen, sizeof longlen, &v));
    static const uint8_t cut[] = { 0x30, 0x82, 0x01 };
    CHECK(!tlsedu_sig_snmp_version(cut, sizeof cut, &v));
    CHECK(v == 0); /* untouched by the failed matches since the v1 match */
}

int
main(void)
{
    test_snmp();
    return check_report("signatures");
}
