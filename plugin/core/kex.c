/* kex.c - the key exchange of a handshake: its family from a TLS <= 1.2 cipher suite's
 * name or from a TLS 1.3 ServerHello, and whether it gives forward secrecy.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake.h"

#include <string.h>

#include "tls_types.h"

static bool
has(const char *s, const char *part)
{
    return s != NULL && strstr(s, part) != NULL;
}

tlsedu_kex_t
tlsedu_kex_from_suite_name(const char *n)
{
    if (n == NULL || *n == '\0')
        return TLSEDU_KEX_UNKNOWN;
    /* anonymous (EC)DH is ephemeral, only unsigned (RFC 5246 7.4.3, RFC 8422 2.3): forward
     * secret, nobody authenticated (tlsedu_suite_weakness says so) */
    if (has(n, "_ECDH_anon_"))
        return TLSEDU_KEX_ECDHE;
    if (has(n, "_DH_anon_"))
        return TLSEDU_KEX_DHE;
    if (has(n, "SRP_") || has(n, "_RSA_PSK_") || has(n, "KRB5"))
        return TLSEDU_KEX_OTHER;
    if (has(n, "_ECDHE_PSK_") || has(n, "_DHE_PSK_") || has(n, "_PSK_DHE_"))
        return TLSEDU_KEX_PSK_DHE;
    if (has(n, "_PSK_WITH_") && !has(n, "DHE"))
        return TLSEDU_KEX_PSK;
    if (has(n, "_ECDHE_"))
        return TLSEDU_KEX_ECDHE;
    if (has(n, "_DHE_") || has(n, "_EDH_"))
        return TLSEDU_KEX_DHE;
    if (has(n, "_ECDH_") || has(n, "_DH_"))
        return TLSEDU_KEX_OTHER; /* static (EC)DH: no ephemeral key */
    if (has(n, "_RSA_WITH_") || has(n, "_RSA_EXPORT"))
        return TLSEDU_KEX_RSA;
    return TLSEDU_KEX_UNKNOWN;
}

tlsedu_kex_t
tlsedu_kex_tls13(bool psk, bool key_share, uint16_t group)
{
    if (psk)
        return key_share ? TLSEDU_KEX_PSK_DHE : TLSEDU_KEX_PSK;
    if (!key_share)
        return TLSEDU_KEX_UNKNOWN;
    if (tlsedu_group_is_ffdhe(group))
        return TLSEDU_KEX_DHE;
    return tlsedu_group_is_hybrid_pq(group) ? TLSEDU_KEX_HYBRID_PQ : TLSEDU_KEX_ECDHE;
}

bool
tlsedu_kex_forward_secret(tlsedu_kex_t kex)
{
    return kex == TLSEDU_KEX_DHE || kex == TLSEDU_KEX_ECDHE || kex == TLSEDU_KEX_PSK_DHE ||
           kex == TLSEDU_KEX_HYBRID_PQ;
}
