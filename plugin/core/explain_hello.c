/* explain_hello.c - the sentences of a ClientHello: what it offers (versions, suites, key
 * shares, resumption, ALPN), by the names Wireshark and IANA give them
 * (docs/frame-facts.md). The sentences, with their RFC sections, are in sentence_texts.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "texts.h"

#include <stdio.h>
#include <string.h>

#include "explain_int.h"
#include "names.h"
#include "tls_types.h"

#define say tlsedu_ex_say
#define say1 tlsedu_ex_say1

/* Appends ", item" (or the first item) to list when it fits whole; else, once, ", ...".
 * Returns false when the list is full. */
static bool
append_whole(char *list, size_t size, const char *item)
{
    size_t used = strlen(list);
    const size_t need = (used ? 2 : 0) + strlen(item);

    if (used + need + 5 < size) {   /* room left for ", \u2026" */
        snprintf(list + used, size - used, "%s%s", used ? ", " : "", item);
        return true;
    }
    if (used + 5 < size && strstr(list, "\xe2\x80\xa6") == NULL)
        snprintf(list + used, size - used, ", \xe2\x80\xa6");
    return false;
}

/* A version by name; a TLS 1.3 draft with its number (RFC 8446 drafts: 0x7f00 + n). */
const char *
tlsedu_ex_version_text(const tlsedu_ex_t *x, uint16_t v, char *buf, size_t len)
{
    static const char *const draft[TLSEDU_LANG_COUNT] = { "draft", "brouillon", "черновик" };
    const char *name = tlsedu_version_name(v);

    if (tlsedu_version_is_tls13_draft(v))
        snprintf(buf, len, "TLS 1.3 (%s %u)", draft[(unsigned)x->lang < TLSEDU_LANG_COUNT ? x->lang : TLSEDU_LANG_EN],
                 v & 0xffu);
    else if (name != NULL)
        snprintf(buf, len, "%s", name);
    else
        snprintf(buf, len, "0x%04x", v);
    return buf;
}

/* RFC 8446 4.2.8: the key shares a ClientHello sends, by group name (at most three in the
 * sentence); none: the server must ask for one with a HelloRetryRequest (4.1.4). */
static void
client_hello_shares(tlsedu_ex_t *x)
{
    const tlsedu_stage_item_t *it = x->it;
    const char *version = "TLS 1.3";
    char names[96] = "";

    for (unsigned i = 0; i < it->n_versions && i < TLSEDU_MAX_VERSIONS; i++)
        if (it->versions[i] == TLSEDU_VERSION_DTLS13)
            version = "DTLS 1.3";
    if (it->n_shares == 0) {
        tlsedu_ex_say2(x, S_CH_TLS13_NO_SHARE, "", version);
        return;
    }
    for (unsigned i = 0; i < it->n_shares && i < 3; i++) {
        const char *name = tlsedu_group_name(it->shares[i]);
        char hex[8];
        if (name == NULL) {
            snprintf(hex, sizeof hex, "0x%04x", it->shares[i]);
            name = hex;
        }
        if (!append_whole(names, sizeof names, name))
            break;
    }
    if (it->n_shares > 3 && strstr(names, "\xe2\x80\xa6") == NULL)
        snprintf(names + strlen(names), sizeof names - strlen(names), ", \xe2\x80\xa6");
    tlsedu_ex_say2(x, it->n_shares == 1 ? S_CH_TLS13_SHARES_IN : S_CH_TLS13_SHARES, names, version);
    say(x, S_CH_SHARES_WHAT);
}

/* The versions and the first suites a ClientHello offers, by name. */
static void
client_hello_offer(tlsedu_ex_t *x)
{
    const tlsedu_stage_item_t *it = x->it;
    char list[160] = "", one[32], count[8];

    for (unsigned i = 0; i < it->n_versions && i < TLSEDU_MAX_VERSIONS; i++)
        if (!append_whole(list, sizeof list, tlsedu_ex_version_text(x, it->versions[i], one, sizeof one)))
            break;
    if (it->n_versions > 0)   /* RFC 5246 E.1: the version field alone is the highest one */
        say1(x, it->versions_legacy ? S_CH_VERSION_MAX : S_CH_VERSIONS, list);
    list[0] = '\0';
    for (unsigned i = 0; i < it->n_suites && i < TLSEDU_MAX_SUITE_NAMES; i++)
        if (!append_whole(list, sizeof list, it->suite_names[i] ? it->suite_names[i] : "?"))
            break;
    snprintf(count, sizeof count, "%u", (unsigned)it->n_suites);
    if (it->n_suites > 0)
        tlsedu_ex_say2(x, it->n_suites == 1 ? S_CH_SUITE_ONE
                          : it->n_suites <= TLSEDU_MAX_SUITE_NAMES ? S_CH_SUITES_ALL : S_CH_SUITES, count, list);
    snprintf(count, sizeof count, "%u", (unsigned)it->suites_skipped);
    if (it->n_suites > 0 && it->suites_skipped > 0)
        say1(x, S_CH_SUITES_SKIPPED, count);
}

/* What a ClientHello offers to resume (RFC 5246 7.4.1.2, RFC 5077 3.1, RFC 8446 4.2.11). */
/* The client offers TLS 1.3 (or its drafts) and nothing older: its session ID cannot be
 * a TLS 1.2 session's (RFC 8446 4.1.2, D.4). */
static bool
only_tls13(const tlsedu_stage_item_t *it)
{
    if (it->n_versions == 0 || it->versions_legacy)
        return false;
    for (unsigned i = 0; i < it->n_versions && i < TLSEDU_MAX_VERSIONS; i++)
        if (!tlsedu_version_is_tls13(it->versions[i]))
            return false;
    return true;
}

static void
client_hello_resume(tlsedu_ex_t *x)
{
    if (x->it->offers_psk)
        say(x, S_CH_RESUME_PSK);
    else if (x->it->offers_ticket)
        say(x, S_CH_RESUME_TICKET);
    else if (x->it->session_id_length > 0)
        say(x, !x->it->offers_tls13 ? S_CH_RESUME_ID : only_tls13(x->it) ? S_CH_COMPAT_ID_13 : S_CH_COMPAT_ID);
}

void
tlsedu_explain_client_hello(tlsedu_ex_t *x)
{
    if (x->it->msg == TLSEDU_MSG_CLIENT_HELLO_AGAIN) {
        say(x, S_CH_AGAIN);
        say(x, S_CH_AGAIN_COST);
    } else {
        say(x, S_CH_PROPOSES);
        client_hello_offer(x);
        if (x->it->offers_tls13)
            client_hello_shares(x);
        say(x, S_CH_RANDOM);
        client_hello_resume(x);
    }
    if (x->it->alpn[0] != '\0')
        say1(x, S_CH_ALPN, x->it->alpn);
    if (x->ctx->server_name != NULL && *x->ctx->server_name)
        say1(x, S_CH_SNI, x->ctx->server_name);
    if (x->ctx->server_name != NULL && *x->ctx->server_name && x->it->offers_ech)
        say(x, S_CH_SNI_ECH);
    else if (x->ctx->server_name != NULL && *x->ctx->server_name && x->it->offers_esni)
        say(x, S_CH_SNI_ESNI);
    if (x->it->offers_ech)
        say(x, S_CH_RANDOM_ECH);
    if (x->it->offers_early_data)
        say(x, S_CH_EARLY_DATA);
}
