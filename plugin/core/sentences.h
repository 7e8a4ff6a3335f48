/* sentences.h - every sentence of the handshake explanations, by id (sentence_texts.c holds
 * them in every language, each with the RFC section that makes it true).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SENTENCES_H
#define TLSEDU_SENTENCES_H

#include "say.h"

typedef enum {
    S_NONE = 0,
    /* ClientHello */
    S_CH_PROPOSES, S_CH_VERSIONS, S_CH_SUITES, S_CH_SUITES_ALL, S_CH_SUITES_SKIPPED, S_CH_VERSION_MAX, S_CH_SUITE_ONE, S_CH_RANDOM, S_CH_ALPN, S_CH_RESUME_ID,
    S_CH_COMPAT_ID, S_CH_COMPAT_ID_13, S_CH_RESUME_TICKET, S_CH_RESUME_PSK, S_ALPN_CHOSEN, S_CH_TLS13_SHARES, S_CH_TLS13_SHARES_IN, S_CH_TLS13_NO_SHARE, S_CH_SHARES_WHAT, S_CH_SNI, S_CH_EARLY_DATA, S_CH_AGAIN, S_CH_AGAIN_COST,
    /* ServerHello, HelloRetryRequest, HelloVerifyRequest, EncryptedExtensions */
    S_SH_CHOOSES, S_SH_VERSION, S_SH_SUITE, S_SH13_GROUP, S_SH13_SHARE, S_SH13_ENCRYPTED, S_SH13_INTEGRITY_ONLY,
    S_SH_RESUME_ID, S_SH_RESUME_TICKET, S_SH_RESUME_NO_KEX, S_SH_RESUME_PSK,
    S_HRR_WHAT, S_HRR_WHY, S_HRR_WHY_GROUP, S_HRR_GROUP, S_HRR_COST,
    S_HVR_WHAT, S_HVR_WHY, S_HVR_COST,
    S_EE_WHAT, S_EE_WHAT_CLEAR, S_EE_ALPN,
    /* weak suites (on the ServerHello and the data they protect) */
    S_WEAK_NULL, S_WEAK_NULL_NULL, S_WEAK_ANON, S_WEAK_EXPORT, S_WEAK_RC4, S_WEAK_DES, S_WEAK_3DES,
    S_WEAK_IDEA, S_WEAK_MD5,
    /* the server's authentication */
    S_CERT_CHAIN, S_CERT_SELF_SIGNED, S_CERT_CHECKS_SELF, S_CERT_NAME_NO_DNS, S_CERT_NAME_IP_SNI, S_CERT_NAME_MISMATCH, S_CERT_PUBLIC, S_CERT_PROOF_13, S_CERT_PROOF_12_SIGNED, S_CERT_PROOF_RSA,
    S_CERT_PROOF_ANY, S_CERT_CHECKS, S_CERT_SUBJECT, S_CERT_ISSUER, S_CERT_ENCRYPTED_13,
    S_CERT_CHAIN_ONE, S_CERT_CHAIN_ONE_SELF, S_CERT_CHAIN_N, S_CERT_KEY, S_CERT_KEY_SIG, S_CERT_KEY_SIG_SELF,
    S_CERT_NAMES, S_CERT_NAMES_CUT, S_CERT_NO_NAMES,
    S_STATUS_WHAT,
    S_SCV_WHAT, S_SCV_ALGORITHM, S_SCV_PROOF,
    S_SKE_WHAT, S_SKE_CURVE, S_SKE_SIGNED, S_SKE_ALGORITHM, S_SKE_CLIENT_LATER, S_SKE_ANON,
    S_SKE_PSK, S_SKE_SRP, S_SKE_RSA_EXPORT,
    S_SHD_WHAT,
    /* the key exchange (TLS <= 1.2) */
    S_CKE_WHAT, S_CKE_RSA, S_CKE_RSA_EXPORT, S_CKE_RSA_DERIVE, S_CKE_RSA_COURSE, S_CKE_RSA_NO_FS,
    S_CKE_DHE, S_CKE_DHE_SAME, S_CKE_DHE_DERIVE, S_CKE_DHE_DERIVE_ANON, S_CKE_DHE_COURSE, S_CKE_DHE_PSK,
    S_CCS_CLIENT, S_CCS_SERVER, S_CCS_ANY,
    /* Finished */
    S_FIN_ANY, S_FIN_MAC,
    S_FIN12_CLIENT, S_FIN12_SERVER, S_FIN12_INF_CLIENT, S_FIN12_INF_SERVER,
    S_FIN12_SERVER_NEXT, S_FIN12_CLIENT_NEXT, S_FIN12_RESUMED_DONE, S_FIN12_DONE,
    S_FIN13_SERVER, S_FIN13_SERVER_DATA, S_FIN13_CLIENT, S_FIN13_CLIENT_KEYS,
    S_FIN13_INF_CLIENT, S_FIN13_INF_ENDS, S_FIN13_UNCERTAIN, S_FIN_INF_ANY,
    /* after the handshake */
    S_NST12_WHAT, S_NST12_USE, S_NST13_WHAT, S_NST13_USE, S_NST13_LIFETIME, S_NST13_LIFETIME_0,
    S_NST12_LIFETIME, S_NST12_LIFETIME_0, S_EOED_WHAT, S_EOED_NEXT,
    S_KEY_UPDATE, S_HELLO_REQUEST, S_COMPAT_CCS,
    /* client authentication */
    S_CR_WHAT, S_CR_ALGORITHMS, S_CR_ALGORITHMS_13, S_CR_ALGORITHM_ONE, S_CR_AUTHORITIES, S_CR_AUTHORITY_ONE, S_CR_ANY_AUTHORITY, S_CR_DECLINE, S_CCERT_WHAT, S_CCERT_PROOF, S_CCERT_EMPTY, S_CCERT_EMPTY_NEXT,
    S_CCV_WHAT, S_CCV_ALGORITHM, S_CCV_PROOF,
    /* application data */
    S_DATA_WHAT, S_DATA_DECRYPTED, S_DATA_INSIDE, S_DATA_INSIDE_PROTO, S_DATA_INSIDE_UNKNOWN, S_DATA_SEEN, S_DATA_NULL, S_DATA_NULL_NULL,
    S_DATA13_INF, S_DATA13_INF_WHICH, S_DATA_INF,
    S_EARLY_0RTT, S_EARLY_0RTT_RISK, S_EARLY_0RTT_INF, S_EARLY_05RTT, S_EARLY_05RTT_RISK,
    S_EARLY_FALSE_START, S_EARLY_FALSE_START_RISK, S_EARLY_ANY,
    /* inferred TLS 1.3 flights */
    S_INF_SERVER_FLIGHT, S_INF_SERVER_MORE, S_INF_SAME_FLIGHT, S_INF_CLEAR13, S_INF_SERVER_HIDDEN, S_INF_KEYLOG, S_INF_SERVER_FLIGHT_PSK,
    S_INF_CLIENT_AUTH, S_INF_CLIENT_EMPTY, S_INF_HANDSHAKE_12, S_INF_EOED,
    /* alerts */
    S_ALERT_ANY, S_ALERT_HIDDEN_CLIENT, S_ALERT_HIDDEN_SERVER, S_ALERT_CLIENT, S_ALERT_SERVER, S_ALERT_SIDE, S_ALERT_ENCRYPTED,
    S_ALERT_CLOSE, S_ALERT_CAUSE, S_ALERT_FAILS,
    /* SSL 2.0 */
    S_SSL2_CH, S_SSL2_BROKEN, S_SSL2_SH, S_SSL2_CMK,
    S_COUNT
} tlsedu_sentence_id_t;

/* The sentence of an id (NULL for S_NONE or out of range). */
const tlsedu_sentence_t *tlsedu_sentence(tlsedu_sentence_id_t id);

/* Words that fill a sentence's placeholders, in every language. */
typedef enum {
    W_FATAL, W_WARNING, W_CLIENT, W_SERVER,
    W_SENDER_CLIENT, W_SENDER_SERVER, W_SENDER_SIDE,          /* who sent it ("the client") */
    W_OF_CLIENT, W_OF_SERVER, W_OF_SIDE,                      /* whose certificate ("the client's") */
    W_COUNT
} tlsedu_word_id_t;
const char *tlsedu_sentence_word(tlsedu_word_id_t id, tlsedu_lang_t lang);

/* The usual cause of an alert, a clause with {1} the sender and {2} the other side's
 * (possessive), or NULL when the description has none (RFC 8446 6.2, RFC 5246 7.2.2). */
const tlsedu_sentence_t *tlsedu_alert_cause_sentence(unsigned char description);

/* The cause of a server's handshake_failure after the client's empty Certificate. */
const tlsedu_sentence_t *tlsedu_alert_declined_sentence(bool tls13);

#endif /* TLSEDU_SENTENCES_H */
