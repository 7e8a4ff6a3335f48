/* Unit tests of the cleartext credentials beyond mail: HTTP Authorization schemes, the
 * decision (encrypted, empty secrets) and the texts.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "core/credentials.h"

#include "check.h"

int
main(void)
{
    char buf[400];

    CHECK(tlsedu_cred_http_authorization("Basic c3R1ZGVudDpzM2NyZXQ=") == TLSEDU_CRED_HTTP_BASIC);
    CHECK(tlsedu_cred_http_authorization("  basic x") == TLSEDU_CRED_HTTP_BASIC);
    CHECK(tlsedu_cred_http_authorization("BASIC") == TLSEDU_CRED_HTTP_BASIC);
    CHECK(tlsedu_cred_http_authorization("Basically x") == TLSEDU_CRED_NONE);
    CHECK(tlsedu_cred_http_authorization("Digest username=\"a\"") == TLSEDU_CRED_NONE);
    CHECK(tlsedu_cred_http_authorization("Bearer abc") == TLSEDU_CRED_NONE);
    CHECK(tlsedu_cred_http_authorization("") == TLSEDU_CRED_NONE);
    CHECK(tlsedu_cred_http_authorization(NULL) == TLSEDU_CRED_NONE);

    CHECK(tlsedu_cred_cleartext(TLSEDU_CRED_FTP_PASS, 8, false));
    CHECK(!tlsedu_cred_cleartext(TLSEDU_CRED_FTP_PASS, 8, true));      /* after AUTH TLS */
    CHECK(!tlsedu_cred_cleartext(TLSEDU_CRED_FTP_PASS, 0, false));     /* empty PASS */
    CHECK(tlsedu_cred_cleartext(TLSEDU_CRED_HTTP_BASIC, 1, false));
    CHECK(!tlsedu_cred_cleartext(TLSEDU_CRED_HTTP_BASIC, 1, true));    /* HTTPS */
    CHECK(tlsedu_cred_cleartext(TLSEDU_CRED_LDAP_SIMPLE, 5, false));
    CHECK(!tlsedu_cred_cleartext(TLSEDU_CRED_LDAP_SIMPLE, 0, false));  /* anonymous bind */
    CHECK(!tlsedu_cred_cleartext(TLSEDU_CRED_LDAP_SIMPLE, 5, true));   /* after StartTLS */
    CHECK(tlsedu_cred_cleartext(TLSEDU_CRED_SNMP_COMMUNITY, 0, false));
    CHECK(tlsedu_cred_cleartext(TLSEDU_CRED_SNMP_COMMUNITY, 6, false));
    CHECK(!tlsedu_cred_cleartext(TLSEDU_CRED_NONE, 6, false));
    CHECK(!tlsedu_cred_cleartext(TLSEDU_CRED_COUNT, 6, false));

    CHECK_STR(tlsedu_cred_mechanism(TLSEDU_CRED_LDAP_SIMPLE), "LDAP simple bind");
    CHECK_STR(tlsedu_cred_mechanism(TLSEDU_CRED_NONE), "?");
    CHECK(strstr(tlsedu_cred_warning(TLSEDU_CRED_HTTP_BASIC, TLSEDU_LANG_EN, buf, sizeof buf),
                 "Credentials in cleartext (HTTP Basic)") != NULL);
    CHECK(strstr(buf, "base64") != NULL);
    CHECK(strstr(tlsedu_cred_warning(TLSEDU_CRED_SNMP_COMMUNITY, TLSEDU_LANG_FR, buf, sizeof buf),
                 "Identifiants en clair (communauté SNMP)\xc2\xa0: ") != NULL);
    CHECK(strstr(buf, "SNMPv3") != NULL && strstr(buf, "chaque message, traps compris") != NULL);
    CHECK(strstr(tlsedu_cred_warning(TLSEDU_CRED_SNMP_COMMUNITY, TLSEDU_LANG_EN, buf, sizeof buf),
                 "in every message, traps included") != NULL && strstr(buf, "request") == NULL);
    CHECK(strstr(tlsedu_cred_warning(TLSEDU_CRED_LDAP_SIMPLE, TLSEDU_LANG_FR, buf, sizeof buf),
                 "(bind simple LDAP)") != NULL);
    CHECK(strstr(tlsedu_cred_warning(TLSEDU_CRED_FTP_PASS, TLSEDU_LANG_EN, buf, sizeof buf), "RFC 4217") != NULL);
    CHECK(strlen(tlsedu_cred_warning(TLSEDU_CRED_LDAP_SIMPLE, TLSEDU_LANG_EN, buf, 12)) == 11);
    CHECK_STR(tlsedu_cred_warning(TLSEDU_CRED_NONE, TLSEDU_LANG_EN, buf, sizeof buf), "");
    CHECK(strstr(tlsedu_cred_warning(TLSEDU_CRED_LDAP_SIMPLE, TLSEDU_LANG_RU, buf, sizeof buf),
                 "Учётные данные открытым текстом (простой bind LDAP), видны всем; ") != NULL);
    CHECK(strstr(tlsedu_cred_warning(TLSEDU_CRED_SNMP_COMMUNITY, TLSEDU_LANG_RU, buf, sizeof buf), "SNMPv3 authPriv") != NULL);
    /* one expert info each: within Wireshark's 239-byte label, in every language */
    for (int k = TLSEDU_CRED_NONE + 1; k < TLSEDU_CRED_COUNT; k++)
        for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
            CHECK(strlen(tlsedu_cred_warning((tlsedu_cred_t)k, (tlsedu_lang_t)l, buf, sizeof buf)) <= 239);
    return check_report("credentials");
}
