/* explain.c - which sentences explain a stage item: decided by the message, the version,
 * the side that sent it and what the frame holds (docs/frame-facts.md). The sentences
 * themselves, with their RFC sections, are in sentence_texts.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "texts.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "explain_int.h"
#include "labels.h"
#include "names.h"
#include "tls_types.h"

void
tlsedu_ex_say(tlsedu_ex_t *x, tlsedu_sentence_id_t id)
{
    tlsedu_say(x->e, x->lang, tlsedu_sentence(id), NULL, NULL, NULL);
}

void
tlsedu_ex_say1(tlsedu_ex_t *x, tlsedu_sentence_id_t id, const char *a1)
{
    tlsedu_say(x->e, x->lang, tlsedu_sentence(id), a1, NULL, NULL);
}

void
tlsedu_ex_say2(tlsedu_ex_t *x, tlsedu_sentence_id_t id, const char *a1, const char *a2)
{
    tlsedu_say(x->e, x->lang, tlsedu_sentence(id), a1, a2, NULL);
}

#define say tlsedu_ex_say
#define say1 tlsedu_ex_say1

/* Messages whose sentences do not depend on the frame. */
static const struct {
    tlsedu_msg_t msg;
    tlsedu_sentence_id_t s[4];
} fixed[] = {
    { TLSEDU_MSG_HELLO_VERIFY_REQUEST, { S_HVR_WHAT, S_HVR_WHY, S_HVR_COST } },
    { TLSEDU_MSG_ENCRYPTED_EXTENSIONS, { S_EE_WHAT, S_EE_ALPN } },
    { TLSEDU_MSG_CERTIFICATE_STATUS, { S_STATUS_WHAT } },
    { TLSEDU_MSG_SERVER_HELLO_DONE, { S_SHD_WHAT } },
    { TLSEDU_MSG_END_OF_EARLY_DATA, { S_EOED_WHAT, S_EOED_NEXT } },
    { TLSEDU_MSG_KEY_UPDATE, { S_KEY_UPDATE } },
    { TLSEDU_MSG_HELLO_REQUEST, { S_HELLO_REQUEST } },
    { TLSEDU_MSG_COMPAT_CCS, { S_COMPAT_CCS } },
    { TLSEDU_MSG_SSL2_CLIENT_HELLO, { S_SSL2_CH, S_SSL2_BROKEN } },
    { TLSEDU_MSG_SSL2_SERVER_HELLO, { S_SSL2_SH, S_SSL2_BROKEN } },
    { TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY, { S_SSL2_CMK, S_SSL2_BROKEN } },
    /* a repeated record of the flight: S_INF_SERVER_MORE (tlsedu_stage_sentences) */
    { TLSEDU_MSG_INF_SERVER_FLIGHT, { S_INF_SERVER_FLIGHT, S_INF_SERVER_HIDDEN, S_INF_KEYLOG } },
    { TLSEDU_MSG_INF_SERVER_FLIGHT_PSK, { S_INF_SERVER_FLIGHT_PSK } },
    { TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE, { S_INF_HANDSHAKE_12 } },
    { TLSEDU_MSG_INF_END_OF_EARLY_DATA, { S_INF_EOED } },
};

static bool
say_fixed(tlsedu_ex_t *x)
{
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        if (fixed[i].msg != x->it->msg)
            continue;
        for (size_t k = 0; k < 4 && fixed[i].s[k] != S_NONE; k++)
            say(x, x->cleartext13 && fixed[i].s[k] == S_EE_WHAT ? S_EE_WHAT_CLEAR : fixed[i].s[k]);   /* RFC 9150 */
        return true;
    }
    return false;
}

/* The weaknesses of the chosen suite, one sentence each (on the ServerHello). */
static void
say_weak_suite(tlsedu_ex_t *x)
{
    static const struct { unsigned bit; tlsedu_sentence_id_t s; } weak[] = {
        { TLSEDU_WEAK_NULL, S_WEAK_NULL }, { TLSEDU_WEAK_ANON, S_WEAK_ANON },
        { TLSEDU_WEAK_EXPORT, S_WEAK_EXPORT }, { TLSEDU_WEAK_RC4, S_WEAK_RC4 },
        { TLSEDU_WEAK_DES, S_WEAK_DES }, { TLSEDU_WEAK_3DES, S_WEAK_3DES },
        { TLSEDU_WEAK_IDEA, S_WEAK_IDEA }, { TLSEDU_WEAK_MD5, S_WEAK_MD5 },
    };
    unsigned bits = tlsedu_suite_weakness(x->ctx->suite_name);

    if (bits & TLSEDU_WEAK_NO_MAC) {   /* TLS_NULL_WITH_NULL_NULL: no integrity either */
        say(x, S_WEAK_NULL_NULL);
        bits &= ~(unsigned)TLSEDU_WEAK_NULL;
    }
    for (size_t i = 0; i < sizeof weak / sizeof weak[0]; i++)
        if (bits & weak[i].bit)
            say(x, weak[i].s);
}


static void
server_hello(tlsedu_ex_t *x)
{
    const char *group = tlsedu_group_name(x->it->group);
    char version[32];

    say(x, S_SH_CHOOSES);
    if (x->ctx->version != 0)
        say1(x, S_SH_VERSION, tlsedu_ex_version_text(x, x->ctx->version, version, sizeof version));
    if (x->ctx->suite_name != NULL)
        say1(x, S_SH_SUITE, x->ctx->suite_name);
    if (x->it->answers_earlier_hello)
        say(x, S_SH_EARLIER_HELLO);
    if (x->it->resumption == TLSEDU_RESUME_SESSION_ID || x->it->resumption == TLSEDU_RESUME_TICKET) {
        say(x, x->it->resumption == TLSEDU_RESUME_TICKET ? S_SH_RESUME_TICKET : S_SH_RESUME_ID);
        say(x, S_SH_RESUME_NO_KEX);
    } else if (x->it->resumption == TLSEDU_RESUME_PSK) {
        say(x, S_SH_RESUME_PSK);
    }
    if (x->tls13 && group != NULL)
        say1(x, S_SH13_GROUP, group);
    else if (x->tls13 && x->it->resumption != TLSEDU_RESUME_PSK)
        say(x, S_SH13_SHARE);
    if (x->tls13)
        say(x, x->cleartext13 ? S_SH13_INTEGRITY_ONLY : S_SH13_ENCRYPTED);
    if (x->it->alpn[0] != '\0')
        say1(x, S_ALPN_CHOSEN, x->it->alpn);
    say_weak_suite(x);
}

static void
hello_retry(tlsedu_ex_t *x)
{
    const char *group = tlsedu_group_name(x->it->group);
    char hex[8];

    say(x, S_HRR_WHAT);
    /* RFC 8446 4.1.4: a HelloRetryRequest asks for another group, or only returns a cookie */
    if (x->it->group != 0) {
        if (group == NULL) {
            snprintf(hex, sizeof hex, "0x%04x", x->it->group);
            group = hex;
        }
        say(x, S_HRR_WHY_GROUP);
        say1(x, S_HRR_GROUP, group);
    } else {
        say(x, S_HRR_WHY);
    }
    say(x, S_HRR_COST);
}

/* The bytes of DNS names a sentence lists: room left for its words and the count. */
#define NAMES_BYTES 150
#define ELLIPSIS "\xe2\x80\xa6"

/* The first DNS names of list ("a, b", cut by core/cert.c with "...") that fit in
 * NAMES_BYTES, into buf (at least the start of the first one), ending with "…" when some
 * are left out. Returns how many names it shows whole. */
static unsigned
first_names(const char *list, char *buf, size_t len)
{
    size_t used = 0;
    unsigned k = 0;
    const char *p = list;

    buf[0] = '\0';
    while (*p != '\0' && strcmp(p, "...") != 0) {
        const char *end = strstr(p, ", ");
        size_t n = end != NULL ? (size_t)(end - p) : strlen(p);
        if (k > 0 && used + 2 + n > NAMES_BYTES)
            break;
        if (k == 0 && n > NAMES_BYTES) {   /* one name longer than the room: its start */
            snprintf(buf, len, "%.*s" ELLIPSIS, NAMES_BYTES, p);
            return 0;
        }
        snprintf(buf + used, len - used, "%s%.*s", k > 0 ? ", " : "", (int)n, p);
        used += strlen(buf + used);
        k++;
        p = end != NULL ? end + 2 : p + n;
    }
    if (*p != '\0' && k > 0)
        snprintf(buf + used, len - used, ", " ELLIPSIS);
    return k;
}

/* The certificate's facts: its chain, its key and signature, its names. */
static void
certificate_facts(tlsedu_ex_t *x)
{
    const tlsedu_explain_ctx_t *c = x->ctx;
    char names[NAMES_BYTES + 16], count[16];
    unsigned shown;

    snprintf(count, sizeof count, "%u", c->cert_chain_length);
    if (c->cert_chain_length == 1)
        say(x, c->cert_self_signed ? S_CERT_CHAIN_ONE_SELF : S_CERT_CHAIN_ONE);
    else if (c->cert_chain_length > 1)
        say1(x, S_CERT_CHAIN_N, count);
    if (c->cert_key != NULL && *c->cert_key && c->cert_signature != NULL && *c->cert_signature)
        tlsedu_ex_say2(x, c->cert_self_signed ? S_CERT_KEY_SIG_SELF : S_CERT_KEY_SIG, c->cert_key, c->cert_signature);
    else if (c->cert_key != NULL && *c->cert_key)
        say1(x, S_CERT_KEY, c->cert_key);
    if (c->cert_names == NULL)
        return;   /* no certificate read */
    shown = first_names(c->cert_names, names, sizeof names);
    snprintf(count, sizeof count, "%u", c->cert_n_names);
    if (c->cert_n_names == 0)
        say(x, S_CERT_NO_NAMES);
    else if (shown == c->cert_n_names || c->cert_n_names == 1)
        say1(x, S_CERT_NAMES, names);
    else
        tlsedu_ex_say2(x, S_CERT_NAMES_CUT, count, names);
}

static void
server_certificate(tlsedu_ex_t *x)
{
    const tlsedu_kex_t kex = x->ctx->kex;
    const bool export = (tlsedu_suite_weakness(x->ctx->suite_name) & TLSEDU_WEAK_EXPORT) != 0;

    say(x, x->ctx->cert_self_signed ? S_CERT_SELF_SIGNED : S_CERT_CHAIN);
    if (x->ctx->cert_subject != NULL && *x->ctx->cert_subject)
        say1(x, S_CERT_SUBJECT, x->ctx->cert_subject);
    if (x->ctx->cert_subject != NULL && *x->ctx->cert_subject && x->ctx->cert_issuer && *x->ctx->cert_issuer &&
        !x->ctx->cert_self_signed)
        say1(x, S_CERT_ISSUER, x->ctx->cert_issuer);
    certificate_facts(x);
    say(x, S_CERT_PUBLIC);
    if (x->tls13)
        say(x, S_CERT_PROOF_13);
    else if (x->tls12 && (kex == TLSEDU_KEX_ECDHE || kex == TLSEDU_KEX_DHE))
        say(x, S_CERT_PROOF_12_SIGNED);
    else if (x->tls12 && kex == TLSEDU_KEX_RSA && !export)
        say(x, S_CERT_PROOF_RSA);
    else
        say(x, S_CERT_PROOF_ANY);
    say(x, x->ctx->cert_self_signed ? S_CERT_CHECKS_SELF : S_CERT_CHECKS);
    if (x->ctx->cert_mismatch != NULL && tlsedu_is_ip_literal(x->ctx->cert_mismatch))
        say1(x, S_CERT_NAME_IP_SNI, x->ctx->cert_mismatch);   /* RFC 6066 3, RFC 9525 6 */
    else if (x->ctx->cert_mismatch != NULL)   /* RFC 9525 6.3: only DNS names (no CN) are checked */
        say1(x, x->ctx->cert_names != NULL && x->ctx->cert_n_names == 0 ? S_CERT_NAME_NO_DNS : S_CERT_NAME_MISMATCH,
             x->ctx->cert_mismatch);
    if (x->tls13 && !x->cleartext13)
        say(x, S_CERT_ENCRYPTED_13);
}

/* NewSessionTicket: what it is, its lifetime, what it is for (RFC 5077 3.3, RFC 8446 4.6.1). */
static void
ticket(tlsedu_ex_t *x, bool tls13)
{
    const uint32_t life = x->it->ticket_lifetime;
    char secs[16], words[48];

    if (tls13 && x->it->before_client_finished) {   /* RFC 8446 4.6.1 */
        say(x, S_NST13_EARLY);
        say(x, S_NST13_EARLY_PSK);
    } else {
        say(x, tls13 ? S_NST13_WHAT : S_NST12_WHAT);
    }
    if (x->it->ticket_lifetime_known && life == 0) {
        say(x, tls13 ? S_NST13_LIFETIME_0 : S_NST12_LIFETIME_0);
    } else if (x->it->ticket_lifetime_known) {
        snprintf(secs, sizeof secs, "%" PRIu32, life);
        tlsedu_ex_say2(x, tls13 ? S_NST13_LIFETIME : S_NST12_LIFETIME, secs,
                       tlsedu_duration_words(life, x->lang, words, sizeof words));
    }
    say(x, tls13 ? S_NST13_USE : S_NST12_USE);
}

/* CertificateRequest: what the server accepts (RFC 5246 7.4.4, RFC 8446 4.3.2, 4.2.4). */
static void
certificate_request(tlsedu_ex_t *x)
{
    char n[16];

    say(x, S_CR_WHAT);
    if (x->it->n_sig_algs > 0) {
        snprintf(n, sizeof n, "%u", (unsigned)x->it->n_sig_algs);
        if (x->it->n_sig_algs == 1)
            say(x, S_CR_ALGORITHM_ONE);
        else
            say1(x, x->tls13 ? S_CR_ALGORITHMS_13 : S_CR_ALGORITHMS, n);
        if (x->it->n_ca_names == 1) {
            say(x, S_CR_AUTHORITY_ONE);
        } else if (x->it->n_ca_names > 1) {
            snprintf(n, sizeof n, "%u", (unsigned)x->it->n_ca_names);
            say1(x, S_CR_AUTHORITIES, n);
        } else {
            say(x, S_CR_ANY_AUTHORITY);
        }
    }
    say(x, S_CR_DECLINE);
}

static void
server_key_exchange(tlsedu_ex_t *x)
{
    const char *group = tlsedu_group_name(x->it->group);
    const char *scheme = tlsedu_signature_scheme_name_v(x->it->signature_scheme, x->tls13);
    const unsigned weak = tlsedu_suite_weakness(x->ctx->suite_name);
    const char *suite = x->ctx->suite_name != NULL ? x->ctx->suite_name : "";

    if (x->ctx->kex == TLSEDU_KEX_RSA && (weak & TLSEDU_WEAK_EXPORT)) {
        say(x, S_SKE_RSA_EXPORT);   /* RFC 2246 7.4.3 */
        if (scheme != NULL)
            say1(x, S_SKE_ALGORITHM, scheme);
        return;
    }
    if (strstr(suite, "_SRP_") != NULL) {   /* RFC 5054 2.5.3, 2.7: signed only in the _RSA_/_DSS_ suites */
        say(x, S_SKE_SRP);
        if (strstr(suite, "_RSA_") != NULL || strstr(suite, "_DSS_") != NULL)
            say(x, S_SKE_SIGNED);
        return;
    }
    if (strstr(suite, "PSK") != NULL) {   /* RFC 4279 2-3, RFC 5489 2: not signed */
        say(x, S_SKE_PSK);
        return;
    }
    say(x, S_SKE_WHAT);
    if (group != NULL)
        say1(x, S_SKE_CURVE, group);
    if (weak & TLSEDU_WEAK_ANON) {
        say(x, S_SKE_ANON);
    } else {
        say(x, S_SKE_SIGNED);
        if (scheme != NULL)
            say1(x, S_SKE_ALGORITHM, scheme);
    }
    say(x, S_SKE_CLIENT_LATER);
}

static void
client_key_exchange(tlsedu_ex_t *x)
{
    const unsigned weak = tlsedu_suite_weakness(x->ctx->suite_name);

    switch (x->ctx->kex) {
    case TLSEDU_KEX_RSA:
        say(x, S_CKE_RSA);
        if (weak & TLSEDU_WEAK_EXPORT)
            say(x, S_CKE_RSA_EXPORT);
        say(x, S_CKE_RSA_DERIVE);   /* the course's words: its note (N_CKE_RSA), not said twice */
        say(x, S_CKE_RSA_NO_FS);
        break;
    case TLSEDU_KEX_ECDHE:
    case TLSEDU_KEX_DHE:
        say(x, S_CKE_DHE);
        say(x, S_CKE_DHE_SAME);
        say(x, (weak & TLSEDU_WEAK_ANON) ? S_CKE_DHE_DERIVE_ANON : S_CKE_DHE_DERIVE);
        break;   /* the course's words: its note (N_CKE_DHE) */
    case TLSEDU_KEX_PSK_DHE:
        say(x, S_CKE_DHE_PSK);   /* RFC 4279 3, RFC 5489 2 */
        say(x, S_CKE_DHE_COURSE);
        break;
    default:
        say(x, S_CKE_WHAT);
        break;
    }
}

static void
signature(tlsedu_ex_t *x, tlsedu_sentence_id_t what, tlsedu_sentence_id_t algorithm, tlsedu_sentence_id_t proof)
{
    const char *scheme = tlsedu_signature_scheme_name_v(x->it->signature_scheme, x->tls13);

    say(x, what);
    if (scheme != NULL)
        say1(x, algorithm, scheme);
    say(x, proof);
}

static void
client_certificate(tlsedu_ex_t *x)
{
    if (x->it->empty_certificate) {
        say(x, S_CCERT_EMPTY);
        say(x, S_CCERT_EMPTY_NEXT);
    } else {
        say(x, S_CCERT_WHAT);
        say(x, S_CCERT_PROOF);
    }
}

static void
explain(tlsedu_ex_t *x)
{
    switch (x->it->msg) {
    case TLSEDU_MSG_CLIENT_HELLO:
    case TLSEDU_MSG_CLIENT_HELLO_AGAIN: tlsedu_explain_client_hello(x); break;
    case TLSEDU_MSG_SERVER_HELLO: server_hello(x); break;
    case TLSEDU_MSG_HELLO_RETRY_REQUEST: hello_retry(x); break;
    case TLSEDU_MSG_SERVER_CERTIFICATE: server_certificate(x); break;
    case TLSEDU_MSG_SERVER_KEY_EXCHANGE: server_key_exchange(x); break;
    case TLSEDU_MSG_CLIENT_KEY_EXCHANGE: client_key_exchange(x); break;
    case TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY: signature(x, S_SCV_WHAT, S_SCV_ALGORITHM, S_SCV_PROOF); break;
    case TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY: signature(x, S_CCV_WHAT, S_CCV_ALGORITHM, S_CCV_PROOF); break;
    case TLSEDU_MSG_CLIENT_CERTIFICATE: client_certificate(x); break;
    case TLSEDU_MSG_NEW_SESSION_TICKET_12: ticket(x, false); break;
    case TLSEDU_MSG_NEW_SESSION_TICKET_13: ticket(x, true); break;
    case TLSEDU_MSG_CERTIFICATE_REQUEST: certificate_request(x); break;
    case TLSEDU_MSG_INF_CLIENT_AUTH:
        say(x, S_INF_CLIENT_AUTH);
        if (x->it->empty_certificate)
            say(x, S_INF_CLIENT_EMPTY);
        break;
    case TLSEDU_MSG_CHANGE_CIPHER_SPEC:
        say(x, x->client ? S_CCS_CLIENT : x->server ? S_CCS_SERVER : S_CCS_ANY);
        break;
    case TLSEDU_MSG_FINISHED:
    case TLSEDU_MSG_INF_FINISHED: tlsedu_explain_finished(x); break;
    case TLSEDU_MSG_APP_DATA:
    case TLSEDU_MSG_INF_APP_DATA:
    case TLSEDU_MSG_INF_EARLY_DATA: tlsedu_explain_data(x); break;
    case TLSEDU_MSG_ALERT:
    case TLSEDU_MSG_ENCRYPTED_ALERT: tlsedu_explain_alert(x); break;
    default: say_fixed(x); break;
    }
    if (x->it->msg == TLSEDU_MSG_ENCRYPTED_EXTENSIONS && x->it->alpn[0] != '\0')
        say1(x, S_ALPN_CHOSEN, x->it->alpn);   /* RFC 8446 4.3.1, RFC 7301 3.1 */
}

bool
tlsedu_item_clear13(const tlsedu_stage_item_t *it, const tlsedu_explain_ctx_t *ctx)
{
    const uint16_t v = it == NULL || ctx == NULL ? 0 : it->version != 0 ? it->version : ctx->version;

    return tlsedu_version_is_tls13(v) && (tlsedu_suite_weakness(ctx->suite_name) & TLSEDU_WEAK_NULL) != 0;
}

size_t
tlsedu_stage_sentences(const tlsedu_stage_item_t *it, const tlsedu_explain_ctx_t *ctx,
                       tlsedu_lang_t lang, tlsedu_explanation_t *e)
{
    static const tlsedu_explain_ctx_t none;
    tlsedu_ex_t x;

    if (e == NULL)
        return 0;
    e->n = 0;
    if (it == NULL)
        return 0;
    x.e = e;
    x.lang = (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
    x.it = it;
    x.ctx = ctx != NULL ? ctx : &none;
    /* the item's own version when it was made, else what the frame knows */
    {
        const uint16_t v = it->version != 0 ? it->version : x.ctx->version;
        x.tls13 = tlsedu_version_is_tls13(v);
        x.tls12 = v != 0 && v != TLSEDU_VERSION_SSL2 && !x.tls13;
    }
    x.cleartext13 = tlsedu_item_clear13(it, x.ctx);
    x.server = it->from == TLSEDU_FROM_SERVER;
    x.client = it->from == TLSEDU_FROM_CLIENT;
    if (x.cleartext13 && it->inferred)
        tlsedu_explain_clear13(&x);   /* RFC 9150: protected, not encrypted */
    else if (x.ctx->repeat && it->msg == TLSEDU_MSG_INF_SERVER_FLIGHT)
        say(&x, S_INF_SERVER_MORE);   /* the flight was told on its first record */
    else if (x.ctx->repeat && (it->msg == TLSEDU_MSG_INF_SERVER_FLIGHT_PSK || it->msg == TLSEDU_MSG_INF_CLIENT_AUTH))
        say(&x, S_INF_SAME_FLIGHT);
    else
        explain(&x);
    return e->n;
}

char *
tlsedu_stage_explain(const tlsedu_stage_item_t *it, const tlsedu_explain_ctx_t *ctx,
                     tlsedu_lang_t lang, char *buf, size_t len)
{
    tlsedu_explanation_t e;

    tlsedu_stage_sentences(it, ctx, lang, &e);
    return tlsedu_explanation_join(&e, buf, len);
}
