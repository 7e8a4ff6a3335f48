/* fuzz_core.c - libFuzzer target for the plain-C teaching core (plugin/core): catalogue
 * look-ups, the server-side rule (choose), security and evidence names, the SNMP
 * signature. Each input is cut into the arguments of every entry point, and the results
 * are checked against the contracts in catalogue.h and signatures.h; a broken contract
 * aborts like a crash.
 *
 * Built by tests/fuzz/run-libfuzzer.sh with clang -fsanitize=fuzzer,address,undefined,
 * and by tests/robustness.cmake with fuzz_main.c (a deterministic driver) when the
 * compiler is gcc.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/catalogue.h"
#include "core/cert.h"
#include "core/handshake.h"
#include "core/signatures.h"
#include "core/texts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define EXPECT(cond) do { if (!(cond)) abort(); } while (0)

static uint16_t
u16(const uint8_t *p)
{
    return (uint16_t)((p[0] << 8) | p[1]);
}

static void
check_row(const tlsedu_service_t *s)
{
    EXPECT(s >= tlsedu_catalogue && s < tlsedu_catalogue + tlsedu_catalogue_len);
    EXPECT(s->service != NULL && s->service[0] != '\0');
    for (int l = 0; l < TLSEDU_LANG_COUNT; l++)
        EXPECT(s->alternative[l] != NULL && s->explain[l] != NULL);
}

static void
fuzz_catalogue(const uint8_t *p)
{
    unsigned transport = p[0] & 3u;
    uint16_t a = u16(p + 1), b = u16(p + 3), hs = u16(p + 5);
    uint16_t server = 0;
    const tlsedu_service_t *svc = NULL;

    /* Pick the handshake server among the two ports most of the time. */
    if (p[7] & 1u)
        hs = (p[7] & 2u) ? a : b;

    const tlsedu_service_t *la = tlsedu_catalogue_lookup(a, transport);
    if (la != NULL) {
        check_row(la);
        EXPECT(la->port == a && a != 0 && (la->transports & transport));
    }
    if (tlsedu_catalogue_choose(transport, a, b, hs, &server, &svc)) {
        check_row(svc);
        EXPECT(server == a || server == b);
        EXPECT(svc->port == server && (svc->transports & transport));
        EXPECT(tlsedu_catalogue_lookup(server, transport) == svc);
        if (hs != 0 && (hs == a || hs == b) && server != hs)
            EXPECT(svc->server_opens); /* only FTP-DATA counts on the connecting side */
        tlsedu_security_t sec = tlsedu_service_security(svc, p[8] & 1u, p[9]);
        EXPECT((unsigned)sec <= TLSEDU_SEC_UPGRADED);
        (void)tlsedu_service_is_snmp(svc);
    } else if (hs == 0 || (hs != a && hs != b)) {
        /* Without a handshake, a listed port is always taken. */
        EXPECT(tlsedu_catalogue_lookup(a, transport) == NULL);
        EXPECT(tlsedu_catalogue_lookup(b, transport) == NULL);
    }
    EXPECT(tlsedu_security_name((tlsedu_security_t)(int8_t)p[10], (tlsedu_lang_t)(int8_t)p[11]) != NULL);
    EXPECT(tlsedu_evidence_name((tlsedu_evidence_t)(int8_t)p[12], (tlsedu_lang_t)(int8_t)p[11]) != NULL);
}

/* The TLS stage state machine on frames of records and messages cut from the bytes, and
 * every explanation of what it answers. */
static void
fuzz_handshake(const uint8_t *p, size_t n)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_record_t recs[6];
    tlsedu_stage_item_t items[16];
    char text[512];
    size_t i = 0;

    tlsedu_tls_state_init(&st);
    while (i + 2 <= n) {
        tlsedu_from_t from = (tlsedu_from_t)(p[i] % 3);
        size_t nrec = (size_t)(p[i + 1] % 6);
        i += 2;
        memset(recs, 0, sizeof recs);
        for (size_t r = 0; r < nrec && i + 4 <= n; r++) {
            static const uint8_t types[] = { 0, 20, 21, 22, 23, 24 };
            recs[r].content_type = types[p[i] % 6];
            recs[r].decrypted = p[i] & 0x80u;
            recs[r].no_record_layer = (p[i] & 0x40u) && (p[i] & 0x20u);
            recs[r].length = u16(p + i + 1);
            recs[r].alert_known = p[i + 3] & 1u;
            recs[r].alert_level = (uint8_t)(1 + ((p[i + 3] >> 1) & 1u));
            recs[r].alert_description = p[i + 3];
            recs[r].n_messages = (size_t)((p[i + 3] >> 5) & 3u);
            i += 4;
            for (size_t m = 0; m < recs[r].n_messages && i + 6 <= n; m++, i += 6) {
                tlsedu_tls_message_t *msg = &recs[r].messages[m];
                msg->type = p[i];
                msg->sslv2 = p[i + 1] & 1u;
                msg->hello_retry = p[i + 1] & 2u;
                msg->psk = p[i + 1] & 4u;
                msg->key_share = p[i + 1] & 8u;
                msg->offers_tls13 = p[i + 1] & 16u;
                msg->selected_version = u16(p + i + 2);
                msg->cipher_suite = u16(p + i + 4);
                msg->key_share_group = u16(p + i + 2);
                msg->suite_name = (p[i + 1] & 32u) ? "TLS_RSA_WITH_AES_128_GCM_SHA256" : NULL;
            }
        }
        size_t k = tlsedu_tls_frame(&st, from, recs, nrec, items, 16);
        EXPECT(k <= 16);
        tlsedu_explain_ctx_t ctx = { .version = st.version, .suite_name = "TLS_AES_128_GCM_SHA256",
                                     .kex = st.kex, .server_name = "fuzz.example" };
        for (size_t j = 0; j < k; j++) {
            EXPECT(items[j].stage >= TLSEDU_STAGE_CLIENT_HELLO && items[j].stage <= TLSEDU_STAGE_ALERT);
            EXPECT((unsigned)items[j].msg < TLSEDU_MSG_COUNT);
            ctx.alert_name = items[j].alert_known ? tlsedu_alert_name(items[j].alert_description) : NULL;
            tlsedu_stage_explain(&items[j], &ctx, (tlsedu_lang_t)(j & 1u), text, sizeof text);
            EXPECT(strlen(text) < sizeof text);
        }
        EXPECT(st.kex == TLSEDU_KEX_UNKNOWN || st.kex <= TLSEDU_KEX_HYBRID_PQ);
        if (i < n && (p[i - 1] & 0x7fu) == 0x7fu)
            tlsedu_tls_connection_end(&st);
    }
}

/* The certificate reader (GnuTLS) on the bytes as DER, the first head bytes as the SNI,
 * and the name matcher on two halves: results bounded, texts terminated. */
static void
fuzz_cert(const uint8_t *head, const uint8_t *p, size_t n)
{
    tlsedu_cert_t c;
    char text[TLSEDU_CERT_TEXT_LEN];
    int64_t t = (int64_t)(((uint64_t)u16(head) << 32) | u16(head + 2)) - INT64_C(0x7fffffff);

    /* only DER SEQUENCEs go to GnuTLS, which costs far more than the rest: the fuzzer
     * still reaches it from the certificate seed, and keeps its pace elsewhere */
    if (n > 0 && p[0] == 0x30 && tlsedu_cert_parse(p, n, t, (const char *)head + 4, head[15] % 12, &c)) {
        EXPECT(strlen(c.subject) < sizeof c.subject && strlen(c.issuer) < sizeof c.issuer);
        EXPECT(strlen(c.dns_names) < sizeof c.dns_names && strlen(c.sni) < sizeof c.sni);
        EXPECT(!c.name_mismatch || c.name_checked);
        EXPECT(!c.not_yet_valid || c.expired);
        EXPECT(strlen(tlsedu_cert_expired_text(&c, (tlsedu_lang_t)(head[0] & 1u), text, sizeof text)) < sizeof text);
        EXPECT(strlen(tlsedu_cert_mismatch_text(&c, (tlsedu_lang_t)(head[1] & 1u), text, sizeof text)) < sizeof text);
    }
    (void)tlsedu_cert_name_matches((const char *)p, n / 2, (const char *)p + n / 2, n - n / 2);
    (void)tlsedu_cert_format_time(t, text, 40);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t head[16] = { 0 };

    memcpy(head, data, size < sizeof head ? size : sizeof head);
    fuzz_catalogue(head);

    /* The rest, in a heap block of its exact size so that AddressSanitizer sees any read
     * past the end: a service name, and a UDP payload for the SNMP signature. */
    size_t rest = size > sizeof head ? size - sizeof head : 0;
    uint8_t *buf = (uint8_t *)malloc(rest + 1);
    if (buf == NULL)
        return 0;
    if (rest)
        memcpy(buf, data + sizeof head, rest);
    buf[rest] = '\0';
    for (unsigned t = 1; t <= 3; t++) {
        const tlsedu_service_t *s = tlsedu_catalogue_by_name((const char *)buf, t);
        if (s != NULL) {
            check_row(s);
            EXPECT(strcmp(s->service, (const char *)buf) == 0 && (s->transports & t));
        }
    }
    free(buf);

    uint8_t *payload = (uint8_t *)malloc(rest ? rest : 1);
    if (payload == NULL)
        return 0;
    if (rest)
        memcpy(payload, data + sizeof head, rest);
    uint32_t version = 99;
    if (tlsedu_sig_snmp_version(rest ? payload : NULL, rest, &version)) {
        EXPECT(version <= 3);
        EXPECT(rest >= 5 && payload[0] == 0x30);
    }
    /* Every shorter view of the same bytes: the signature reads inside len only. */
    for (size_t n = 0; n < rest && n < 64; n++)
        (void)tlsedu_sig_snmp_version(payload + rest - n, n, &version);
    fuzz_handshake(payload, rest);
    fuzz_cert(head, payload, rest);
    char escaped[64];
    tlsedu_escape((const char *)payload, rest, escaped, sizeof escaped);
    EXPECT(strlen(escaped) < sizeof escaped);
    free(payload);
    return 0;
}
