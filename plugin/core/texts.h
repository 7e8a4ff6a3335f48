/* texts.h - every explanation of a TLS stage, English and French side by side.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_TEXTS_H
#define TLSEDU_TEXTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"
#include "handshake.h"
#include "say.h"

/* The name of a key exchange family, for value_strings and texts. */
const char *tlsedu_kex_name(tlsedu_kex_t kex);

/* What the explanation may say about this frame (NULL or 0 when unknown). */
typedef struct {
    uint16_t version;            /* negotiated, e.g. 0x0303 */
    const char *suite_name;      /* the chosen suite */
    tlsedu_kex_t kex;
    const char *server_name;     /* SNI of the ClientHello */
    const char *alert_name;      /* e.g. "Unknown CA" */
    const char *cert_subject;    /* the server certificate in this frame (escaped) */
    const char *cert_issuer;
    bool cert_self_signed;       /* ... signed with its own key */
    const char *cert_mismatch;   /* ... names none of this SNI (escaped), else NULL */
    const char *cert_names;      /* ... its subjectAltName DNS names, "a, b" (tlsedu_cert_t.dns_names) */
    unsigned cert_n_names;       /* ... how many (more than listed when the list is cut with "...") */
    const char *cert_key;        /* ... its public key, "RSA 2048 bits" */
    const char *cert_signature;  /* ... the issuer's signature algorithm, "sha256WithRSAEncryption" */
    unsigned cert_chain_length;  /* certificates in the server's Certificate message (0: unknown) */
    bool repeat;                 /* the item repeats the previous one in this frame (same inferred message) */
    bool data_decrypted;         /* application data Wireshark decrypted with the key log */
    const char *data_protocol;   /* ... the protocol inside ("HTTP"), or NULL */
    const char *data_message;    /* ... its first message ("GET /"), escaped, or NULL */
    unsigned data_bytes;         /* ... the records' bytes on the wire */
} tlsedu_explain_ctx_t;

/* True when a server name is an IPv4 or IPv6 literal (which RFC 6066 3 forbids in SNI). */
bool tlsedu_is_ip_literal(const char *name);

/* The name of a TLS version ("TLS 1.3"), or NULL. */
const char *tlsedu_version_name(uint16_t version);

/* The RFC name of a TLS alert description ("unknown_ca(48)"), or NULL. */
const char *tlsedu_alert_name(uint8_t description);

/* The usual cause of an alert sent by sender, a clause a student can read, into buf;
 * NULL when the description has no usual cause (RFC 8446 6.2). */
char *tlsedu_alert_cause_text(uint8_t description, tlsedu_from_t sender, tlsedu_lang_t lang,
                              char *buf, size_t len);

/* The same for an alert item: a server's handshake_failure after the client's empty
 * Certificate is the refusal RFC 5246 7.4.6 allows. */
char *tlsedu_alert_item_cause(const tlsedu_stage_item_t *it, tlsedu_lang_t lang, char *buf, size_t len);

/* The short name of what the item is about ("ServerHello"). */
const char *tlsedu_msg_name(tlsedu_msg_t msg);

/* The same in the reader's language, for display only (the field keeps tlsedu_msg_name). */
const char *tlsedu_msg_name_lang(tlsedu_msg_t msg, tlsedu_lang_t lang);

/* The name of an item's message as it stands in this handshake: an encrypted TLS 1.3 record
 * seen without keys is "Encrypted record" (data, a ticket or an alert: RFC 8446 5.2), not
 * "Encrypted data" as in TLS 1.2; under an integrity-only suite (clear13, RFC 9150) an
 * inferred record is "Protected ...", not "Encrypted ...". lang TLSEDU_LANG_COUNT: the
 * field's (English) name. */
const char *tlsedu_item_msg_name(tlsedu_msg_t msg, bool tls13, bool clear13, int lang);

/* Whether the item is TLS 1.3 under an integrity-only suite (RFC 9150 1, 9): its records
 * are protected against change but not encrypted. */
bool tlsedu_item_clear13(const tlsedu_stage_item_t *item, const tlsedu_explain_ctx_t *ctx);

/* The explanation of a stage item as sentences, one fact each (docs/frame-facts.md);
 * returns their number. */
size_t tlsedu_stage_sentences(const tlsedu_stage_item_t *item, const tlsedu_explain_ctx_t *ctx,
                              tlsedu_lang_t lang, tlsedu_explanation_t *out);

/* The same explanation as one string into buf (always terminated). Returns buf. */
char *tlsedu_stage_explain(const tlsedu_stage_item_t *item, const tlsedu_explain_ctx_t *ctx,
                           tlsedu_lang_t lang, char *buf, size_t len);

/* The name of a kind of early data (value_string text of tlsedu.data.early_kind), or "?". */
const char *tlsedu_early_kind_name(tlsedu_early_kind_t kind, tlsedu_lang_t lang);

/* The name of a stage (value_string text), or "?". */
const char *tlsedu_stage_name(tlsedu_stage_t stage, tlsedu_lang_t lang);

/* "Port 443 (HTTPS) carries SSH: ..." into buf (always terminated). Returns buf. */
char *tlsedu_mismatch_text(uint16_t port, const char *port_service, const char *content_service,
                           tlsedu_lang_t lang, char *buf, size_t len);

/* A string taken from a packet, made safe for a tree and a text: at most max_src bytes of
 * src are read (src need not be terminated within them), printable ASCII is kept, every
 * other byte (and the backslash) becomes \xNN, and the result is cut to fit dst (always
 * terminated, never in the middle of an escape). Returns dst. */
char *tlsedu_escape(const char *src, size_t max_src, char *dst, size_t dst_len);

#endif /* TLSEDU_TEXTS_H */
