/* credentials.c - FTP PASS, HTTP Basic, LDAP simple bind and SNMP v1/v2c community in
 * cleartext: the decision and the texts (English, French and Russian side by side).
 *
 * RFC 959 (USER/PASS), RFC 4217 (AUTH TLS), RFC 7617 (Basic), RFC 4513 section 5.1 (simple
 * bind; an empty password is an unauthenticated bind), RFC 1157/3416 (community) and RFC
 * 3414 (SNMPv3 USM, which replaces it).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "credentials.h"

#include <stdio.h>

#include "ascii.h"

tlsedu_cred_t
tlsedu_cred_http_authorization(const char *value)
{
    static const char basic[] = "basic";
    size_t i;

    if (value == NULL)
        return TLSEDU_CRED_NONE;
    while (*value == ' ' || *value == '\t')
        value++;
    for (i = 0; i < sizeof basic - 1; i++)
        if (tlsedu_ascii_lower((unsigned char)value[i]) != basic[i])
            return TLSEDU_CRED_NONE;
    return value[i] == ' ' || value[i] == '\t' || value[i] == '\0' ? TLSEDU_CRED_HTTP_BASIC : TLSEDU_CRED_NONE;
}

bool
tlsedu_cred_cleartext(tlsedu_cred_t kind, size_t secret_len, bool encrypted)
{
    if (encrypted || kind <= TLSEDU_CRED_NONE || kind >= TLSEDU_CRED_COUNT)
        return false;
    /* an empty simple password is an anonymous bind; an empty PASS gives nothing away.
     * An empty community is still the community (and the request is answered). */
    if ((kind == TLSEDU_CRED_LDAP_SIMPLE || kind == TLSEDU_CRED_FTP_PASS) && secret_len == 0)
        return false;
    return true;
}

const char *
tlsedu_cred_mechanism(tlsedu_cred_t kind)
{
    switch (kind) {
    case TLSEDU_CRED_FTP_PASS: return "FTP PASS";
    case TLSEDU_CRED_HTTP_BASIC: return "HTTP Basic";
    case TLSEDU_CRED_LDAP_SIMPLE: return "LDAP simple bind";
    case TLSEDU_CRED_SNMP_COMMUNITY: return "SNMP community";
    default: return "?";
    }
}

/* The mechanism in the warning's language: French and Russian name the community and the
 * simple bind in their words; FTP PASS and HTTP Basic are the protocols' own words. */
static const char *
mechanism_words(tlsedu_cred_t kind, tlsedu_lang_t lang)
{
    static const char *const ldap[TLSEDU_LANG_COUNT] = { "LDAP simple bind", "bind simple LDAP", "простой bind LDAP" };
    static const char *const snmp[TLSEDU_LANG_COUNT] = { "SNMP community", "communauté SNMP", "community SNMP" };

    if (kind == TLSEDU_CRED_LDAP_SIMPLE)
        return ldap[lang];
    if (kind == TLSEDU_CRED_SNMP_COMMUNITY)
        return snmp[lang];
    return tlsedu_cred_mechanism(kind);
}

char *
tlsedu_cred_warning(tlsedu_cred_t kind, tlsedu_lang_t lang, char *buf, size_t len)
{
    static const char *const why[TLSEDU_CRED_COUNT][TLSEDU_LANG_COUNT] = {
        [TLSEDU_CRED_FTP_PASS] = {
            "the password travels as typed; AUTH TLS before USER (FTPS, RFC 4217) or SFTP would protect it",
            "le mot de passe circule tel quel\xc2\xa0; AUTH TLS avant USER (FTPS, RFC 4217) ou SFTP le protégerait",
            "их защитят AUTH TLS до USER (FTPS, RFC 4217) или SFTP" },
        [TLSEDU_CRED_HTTP_BASIC] = {
            "user and password in base64, which is an encoding, not encryption; only HTTPS protects them",
            "utilisateur et mot de passe en base64, un codage et non un chiffrement\xc2\xa0; seul HTTPS les protège",
            "base64 — кодирование, а не шифрование; их защитит лишь HTTPS" },
        [TLSEDU_CRED_LDAP_SIMPLE] = {
            "the bind password travels as typed; StartTLS before the bind, or LDAPS on port 636, would protect it",
            "le mot de passe du bind circule tel quel\xc2\xa0; StartTLS avant le bind, ou LDAPS sur le port 636, le protégerait",
            "их защитят StartTLS до bind или LDAPS (порт 636)" },
        /* RFC 1157 section 4 and RFC 1901 section 3: Message ::= SEQUENCE { version,
         * community, data }, so every message, responses and traps included; RFC 3414 */
        [TLSEDU_CRED_SNMP_COMMUNITY] = {
            "v1/v2c puts the community, its only access control, in every message, traps included; SNMPv3 authPriv replaces it",
            "v1/v2c met la communauté, son seul contrôle d'accès, dans chaque message, traps compris\xc2\xa0; SNMPv3 authPriv la remplace",
            "в v1/v2c она — вся защита, в каждом сообщении; нужен SNMPv3 authPriv" },
    };
    if ((unsigned)lang >= TLSEDU_LANG_COUNT)
        lang = TLSEDU_LANG_EN;
    if (buf == NULL || len == 0)
        return buf;
    if (kind <= TLSEDU_CRED_NONE || kind >= TLSEDU_CRED_COUNT) {
        buf[0] = '\0';
        return buf;
    }
    snprintf(buf, len,
             lang == TLSEDU_LANG_RU   ? "Учётные данные открытым текстом (%s), видны всем; %s"
             : lang == TLSEDU_LANG_FR ? "Identifiants en clair (%s)\xc2\xa0: quiconque écoute le réseau les lit\xc2\xa0; %s"
                                      : "Credentials in cleartext (%s): anyone on the path can read them; %s",
             mechanism_words(kind, lang), why[kind][lang]);
    return buf;
}
