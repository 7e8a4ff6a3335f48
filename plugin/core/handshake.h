/* handshake.h - the stage of every TLS handshake message and record, as the course tells
 * the story: the client proposes, the server chooses, proves its identity, the keys are
 * agreed, both sides finish, and the data flows encrypted.
 *
 * Plain C11, no Wireshark include. The glue hands over, frame by frame, the records and
 * handshake messages Wireshark's TLS/DTLS dissector found (from its fields); this module
 * keeps the per-connection state and answers with one stage item per message or record.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_HANDSHAKE_H
#define TLSEDU_HANDSHAKE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Values of tlsedu.stage (a contract: do not renumber). */
typedef enum {
    TLSEDU_STAGE_NONE = 0,
    TLSEDU_STAGE_CLIENT_HELLO = 1,
    TLSEDU_STAGE_SERVER_HELLO = 2,
    TLSEDU_STAGE_SERVER_AUTH = 3,
    TLSEDU_STAGE_KEY_EXCHANGE = 4,
    TLSEDU_STAGE_FINISHED = 5,
    TLSEDU_STAGE_APP_DATA = 6,
    TLSEDU_STAGE_CLIENT_AUTH = 7,
    TLSEDU_STAGE_AFTER_HANDSHAKE = 8,
    TLSEDU_STAGE_COMPAT_CCS = 9,
    TLSEDU_STAGE_ALERT = 10
} tlsedu_stage_t;

/* What one stage item is about: selects its explanation. */
typedef enum {
    TLSEDU_MSG_NONE = 0,
    TLSEDU_MSG_CLIENT_HELLO,
    TLSEDU_MSG_CLIENT_HELLO_AGAIN,      /* the second ClientHello, after a HelloRetryRequest */
    TLSEDU_MSG_SERVER_HELLO,
    TLSEDU_MSG_HELLO_RETRY_REQUEST,
    TLSEDU_MSG_ENCRYPTED_EXTENSIONS,
    TLSEDU_MSG_HELLO_VERIFY_REQUEST,
    TLSEDU_MSG_SERVER_CERTIFICATE,
    TLSEDU_MSG_CERTIFICATE_STATUS,
    TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY,
    TLSEDU_MSG_SERVER_KEY_EXCHANGE,
    TLSEDU_MSG_SERVER_HELLO_DONE,
    TLSEDU_MSG_CLIENT_KEY_EXCHANGE,
    TLSEDU_MSG_CHANGE_CIPHER_SPEC,
    TLSEDU_MSG_FINISHED,
    TLSEDU_MSG_NEW_SESSION_TICKET_12,   /* TLS <= 1.2: before the server's ChangeCipherSpec */
    TLSEDU_MSG_END_OF_EARLY_DATA,
    TLSEDU_MSG_APP_DATA,
    TLSEDU_MSG_CERTIFICATE_REQUEST,
    TLSEDU_MSG_CLIENT_CERTIFICATE,
    TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY,
    TLSEDU_MSG_NEW_SESSION_TICKET_13,
    TLSEDU_MSG_KEY_UPDATE,
    TLSEDU_MSG_HELLO_REQUEST,
    TLSEDU_MSG_COMPAT_CCS,
    TLSEDU_MSG_ALERT,
    TLSEDU_MSG_ENCRYPTED_ALERT,         /* TLS 1.3: an alert that was sent encrypted */
    TLSEDU_MSG_SSL2_CLIENT_HELLO,
    TLSEDU_MSG_SSL2_SERVER_HELLO,
    TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY,
    /* inferred from encrypted records, without keys */
    TLSEDU_MSG_INF_SERVER_FLIGHT,       /* TLS 1.3: EncryptedExtensions..Finished, hidden */
    TLSEDU_MSG_INF_SERVER_FLIGHT_PSK,   /* the same when resuming: no certificate sent */
    TLSEDU_MSG_INF_CLIENT_AUTH,         /* TLS 1.3: the client's Certificate/CertificateVerify */
    TLSEDU_MSG_INF_FINISHED,            /* an encrypted Finished */
    TLSEDU_MSG_INF_APP_DATA,
    TLSEDU_MSG_INF_EARLY_DATA,          /* TLS 1.3 0-RTT data before the ServerHello */
    TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE, /* TLS <= 1.2: encrypted handshake, not a Finished */
    TLSEDU_MSG_INF_END_OF_EARLY_DATA,   /* TLS 1.3 PSK: a client record before its Finished */
    TLSEDU_MSG_COUNT
} tlsedu_msg_t;

/* Key exchange families, values of tlsedu.handshake.kex (a contract). */
typedef enum {
    TLSEDU_KEX_OTHER = 0,     /* RSA_PSK, static (EC)DH, SRP (anonymous (EC)DH is DHE/ECDHE) */
    TLSEDU_KEX_RSA = 1,       /* RSA key transport */
    TLSEDU_KEX_DHE = 2,
    TLSEDU_KEX_ECDHE = 3,
    TLSEDU_KEX_PSK = 4,
    TLSEDU_KEX_PSK_DHE = 5,
    TLSEDU_KEX_HYBRID_PQ = 6,
    TLSEDU_KEX_UNKNOWN = 255  /* not known (yet) */
} tlsedu_kex_t;

/* The key exchange helpers live in kex.c. */

/* The key exchange of a TLS <= 1.2 cipher suite, from its IANA name
 * (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 ...). */
tlsedu_kex_t tlsedu_kex_from_suite_name(const char *name);

/* The key exchange of a TLS 1.3 ServerHello: pre_shared_key and/or key_share's group. */
tlsedu_kex_t tlsedu_kex_tls13(bool psk, bool key_share, uint16_t group);

/* Whether a key exchange gives forward secrecy (an ephemeral key on both sides). */
bool tlsedu_kex_forward_secret(tlsedu_kex_t kex);

/* What happened in a frame that the glue turns into links, times and expert infos. */
enum {
    TLSEDU_EV_NEW_HANDSHAKE = 1u << 0,  /* a ClientHello started a handshake */
    TLSEDU_EV_SERVER_HELLO = 1u << 1,   /* the (real) ServerHello */
    TLSEDU_EV_COMPLETE = 1u << 2,       /* the last Finished: both sides finished */
    TLSEDU_EV_FAILED = 1u << 3,         /* a fatal alert before the handshake finished */
    TLSEDU_EV_WEAK_VERSION = 1u << 4,   /* SSL 2.0, SSL 3.0, TLS 1.0/1.1 (DTLS 1.0) chosen */
    TLSEDU_EV_NO_FS = 1u << 5,          /* a key exchange without forward secrecy chosen */
    TLSEDU_EV_EARLIER_HELLO = 1u << 6,  /* the ServerHello answers an earlier ClientHello, not the last one */
    /* the events that give the frame a warning (an expert info) */
    TLSEDU_EV_WARNINGS = TLSEDU_EV_FAILED | TLSEDU_EV_WEAK_VERSION | TLSEDU_EV_NO_FS
};

/* Content types of the TLS record layer. */
enum {
    TLSEDU_CT_OPAQUE = 0,        /* not a TLS value: encrypted, its type unknown (tlsedu_tls_record_t) */
    TLSEDU_CT_CHANGE_CIPHER_SPEC = 20,
    TLSEDU_CT_ALERT = 21,
    TLSEDU_CT_HANDSHAKE = 22,
    TLSEDU_CT_APPLICATION_DATA = 23
};

#define TLSEDU_MAX_MESSAGES 16   /* handshake messages kept per record */
#define TLSEDU_MAX_RECORDS 32    /* records kept per frame */
#define TLSEDU_MAX_SHARES 4      /* a ClientHello's key-share groups kept */
#define TLSEDU_MAX_VERSIONS 6    /* a ClientHello's supported_versions kept */
#define TLSEDU_MAX_SUITE_NAMES 3 /* a ClientHello's first suites kept by name */
#define TLSEDU_MAX_ALPN 4        /* ALPN protocol names kept per message */
#define TLSEDU_ALPN_LEN 48       /* an item's ALPN list, joined */

/* One handshake message, as Wireshark's dissector shows it. */
typedef struct {
    uint8_t type;                /* tls.handshake.type */
    bool sslv2;                  /* an SSLv2 message (other type numbers) */
    bool hello_retry;            /* a ServerHello carrying the HelloRetryRequest random */
    uint16_t selected_version;   /* ServerHello: supported_versions, else its version */
    uint16_t cipher_suite;       /* ServerHello: the chosen suite */
    bool psk;                    /* ServerHello: pre_shared_key accepted */
    bool key_share;              /* ServerHello: key_share present */
    uint16_t key_share_group;    /* ServerHello: its group */
    const char *suite_name;      /* ServerHello: the chosen suite's name, if known */
    bool offers_tls13;           /* ClientHello: supported_versions lists TLS 1.3 */
    bool offers_early_data;      /* ClientHello: the early_data extension (0-RTT data follows) */
    bool offers_ech;             /* ClientHello: encrypted_client_hello (the real name encrypted) */
    bool offers_esni;            /* ClientHello: encrypted_server_name (ESNI) */
    uint8_t session_id_length;   /* Client/ServerHello: legacy_session_id's length (0: none) */
    const uint8_t *session_id;   /* Client/ServerHello: its bytes (session_id_length of them, valid during the call), or NULL */
    bool offers_ticket;          /* ClientHello: a non-empty session_ticket extension (RFC 5077 3.1) */
    bool empty_certificate;      /* Certificate: an empty certificate_list (RFC 5246 7.4.6, 8446 4.4.2.4) */
    uint16_t signature_scheme;   /* ServerKeyExchange/CertificateVerify: the algorithm (0: unknown) */
    uint16_t ske_group;          /* ServerKeyExchange: the named curve of ECDHE (0: unknown or DHE) */
    uint8_t n_shares;            /* ClientHello: key shares sent, GREASE aside (RFC 8446 4.2.8, RFC 8701) */
    uint16_t shares[TLSEDU_MAX_SHARES];   /* ... the groups of the first TLSEDU_MAX_SHARES of them */
    uint16_t legacy_version;     /* Client/ServerHello: the version field (RFC 8446 4.1.2 legacy_version) */
    uint8_t n_versions;          /* ClientHello: supported_versions entries, GREASE aside */
    uint16_t versions[TLSEDU_MAX_VERSIONS];
    uint16_t n_suites;           /* ClientHello: cipher suites offered, GREASE aside (RFC 8701) */
    uint8_t suites_skipped;      /* ClientHello: GREASE and signalling values left out of n_suites */
    const char *suite_names[TLSEDU_MAX_SUITE_NAMES];   /* the first ones, Wireshark's static names (or NULL) */
    uint8_t n_alpn;              /* ClientHello: offered; ServerHello/EncryptedExtensions: chosen (RFC 7301 3.1) */
    uint8_t alpn_more;           /* ... names beyond the TLSEDU_MAX_ALPN kept */
    const char *alpn[TLSEDU_MAX_ALPN];   /* valid during the call */
    bool offers_psk;             /* ClientHello: a pre_shared_key extension (RFC 8446 4.2.11) */
    bool ticket_lifetime_known;  /* NewSessionTicket: its lifetime (hint) was read */
    uint32_t ticket_lifetime;    /* ... in seconds (RFC 5077 3.3 hint, RFC 8446 4.6.1 lifetime) */
    uint8_t n_cert_types;        /* CertificateRequest (TLS <= 1.2): certificate types asked for */
    uint16_t n_sig_algs;         /* CertificateRequest: signature algorithms accepted */
    uint16_t n_ca_names;         /* CertificateRequest: authorities named (0: any) */
} tlsedu_tls_message_t;

/* One record, as Wireshark's dissector shows it. */
typedef struct {
    uint8_t content_type;        /* TLSEDU_CT_OPAQUE when encrypted and unknown (TLS 1.3 without keys) */
    bool decrypted;              /* TLS 1.3 record whose inner type Wireshark decrypted */
    uint16_t length;             /* tls.record.length; 0 when unknown */
    bool no_record_layer;        /* messages without records (QUIC CRYPTO frames) */
    bool quic_0rtt;              /* with no_record_layer: a QUIC 0-RTT packet (early data), no message */
    uint8_t alert_level, alert_description; bool alert_known;
    size_t n_messages;
    tlsedu_tls_message_t messages[TLSEDU_MAX_MESSAGES];
} tlsedu_tls_record_t;

/* The direction of a frame within its connection. */
typedef enum { TLSEDU_FROM_UNKNOWN = 0, TLSEDU_FROM_CLIENT = 1, TLSEDU_FROM_SERVER = 2 } tlsedu_from_t;

/* Values of tlsedu.data.early_kind (a contract: do not renumber): who sent application
 * data before the handshake finished, and so which caveat applies. */
typedef enum {
    TLSEDU_EARLY_NONE = 0,           /* not early, or its sender is unknown */
    TLSEDU_EARLY_CLIENT_0RTT = 1,    /* TLS 1.3 0-RTT: before the ServerHello or the client's Finished (RFC 8446 2.3) */
    TLSEDU_EARLY_SERVER_05RTT = 2,   /* the server's data before the client's Finished (RFC 8446 4.4.4) */
    TLSEDU_EARLY_FALSE_START = 3     /* TLS <= 1.2: the client's data before the server's Finished (RFC 7918) */
} tlsedu_early_kind_t;

/* How a handshake resumed an earlier session (the stage item's resumption). */
typedef enum {
    TLSEDU_RESUME_NONE = 0,          /* a full handshake, or not known */
    TLSEDU_RESUME_SESSION_ID = 1,    /* TLS <= 1.2: the server echoed the client's session ID (RFC 5246 7.3) */
    TLSEDU_RESUME_TICKET = 2,        /* TLS <= 1.2: the client's ticket was accepted (RFC 5077 3.1) */
    TLSEDU_RESUME_PSK = 3            /* TLS 1.3: the server chose a pre-shared key (RFC 8446 2.2, 4.2.11) */
} tlsedu_resumption_t;

/* One stage item: what tlsedu says about one message or record. */
typedef struct {
    tlsedu_stage_t stage;
    tlsedu_msg_t msg;
    bool inferred;               /* from an encrypted record, without keys */
    bool early;                  /* application data sent before the handshake finished */
    uint8_t early_kind;          /* with early: a tlsedu_early_kind_t */
    uint8_t from;                /* the sender, a tlsedu_from_t */
    bool completes;              /* a Finished sent after the other side's: the handshake is complete */
    uint16_t version;            /* the negotiated version when the item was made (0: not known) */
    uint8_t alert_level, alert_description; bool alert_known;
    uint8_t resumption;          /* a tlsedu_resumption_t: on the ServerHello, Finished and summary of a resumption */
    bool uncertain;              /* inferred without keys, and the inference is not sure (say so) */
    bool server_unseen;          /* inferred from the client's side alone: no ServerHello in the capture */
    bool answers_earlier_hello;  /* ServerHello: TLS 1.3, which only an earlier, unanswered ClientHello offered */
    bool after_server_flight;    /* TLS 1.3 without keys: a server record in a frame after its PSK flight */
    bool alert_by_size;          /* TLS 1.3 without keys: an opaque record of an alert's size, too short for a handshake message */
    bool empty_certificate;      /* a client Certificate with no certificate: the client declined */
    bool handshake_failed;       /* the handshake did not complete (a fatal alert, or the end of the connection) */
    uint16_t signature_scheme;   /* ServerKeyExchange/CertificateVerify: the signature algorithm (0: unknown) */
    uint16_t group;              /* ServerHello (1.3), HelloRetryRequest, ServerKeyExchange: the group (0: unknown) */
    bool offers_tls13;           /* ClientHello: supported_versions lists TLS 1.3 */
    bool offers_early_data;      /* ClientHello: the early_data extension */
    bool offers_ech;             /* ClientHello: encrypted_client_hello */
    bool offers_esni;            /* ClientHello: encrypted_server_name */
    bool before_client_finished; /* NewSessionTicket (TLS 1.3): sent before the client's Finished */
    uint8_t n_shares;            /* ClientHello: key shares sent (GREASE aside) */
    uint16_t shares[TLSEDU_MAX_SHARES];   /* ... their groups, the first ones */
    uint8_t n_versions;          /* ClientHello: the versions offered, newest first as sent */
    uint16_t versions[TLSEDU_MAX_VERSIONS];
    uint16_t n_suites;           /* ClientHello: cipher suites offered (GREASE aside) */
    uint8_t suites_skipped;      /* ClientHello: GREASE and signalling values not counted */
    bool versions_legacy;        /* ClientHello: no supported_versions, versions[0] is its version field */
    bool after_declined;         /* an alert from the server after the client's empty Certificate */
    const char *suite_names[TLSEDU_MAX_SUITE_NAMES];
    uint8_t session_id_length;   /* ClientHello: its legacy_session_id's length */
    bool offers_ticket, offers_psk;   /* ClientHello: resumption offered (RFC 5077 3.1, RFC 8446 4.2.11) */
    char alpn[TLSEDU_ALPN_LEN];  /* ClientHello: protocols offered; ServerHello/EncryptedExtensions: chosen ("" none) */
    bool ticket_lifetime_known;  /* NewSessionTicket: its lifetime in seconds */
    uint32_t ticket_lifetime;
    uint8_t n_cert_types;        /* CertificateRequest: certificate types (TLS <= 1.2) */
    uint16_t n_sig_algs;         /* ... signature algorithms accepted */
    uint16_t n_ca_names;         /* ... authorities named (0: any the client has) */
} tlsedu_stage_item_t;

/* Per-connection state (start it with tlsedu_tls_state_init). */
typedef struct {
    bool client_hello_seen, server_hello_seen, hello_retry_seen;
    bool client_offered_tls13;   /* the ClientHello listed TLS 1.3 */
    uint16_t version;            /* negotiated, 0 until the ServerHello */
    uint16_t cipher_suite;
    bool psk;
    bool client_ccs, server_ccs; /* TLS <= 1.2: the next encrypted handshake record is Finished */
    bool client_compat_ccs;      /* TLS 1.3: the client's compatibility ChangeCipherSpec (RFC 8446 D.4) */
    bool earlier_hello_tls13;    /* an earlier ClientHello, unanswered, offered TLS 1.3 (RFC 8446 4.2.1) */
    bool psk_flight_done;        /* TLS 1.3 PSK: the server's flight came in an earlier frame */
    bool lone_client;            /* only the client's side is captured: its Finished inferred without a ServerHello */
    bool client_finished, server_finished;
    bool client_encrypted_seen;  /* TLS 1.3: the client sent encrypted records after the ServerHello */
    bool client_offered_early_data; /* the last ClientHello carried early_data (RFC 8446 4.2.10) */
    bool early_data_sent;        /* TLS 1.3: the client sent 0-RTT data */
    bool server_certificate_seen;
    bool failed;                 /* a failure was already reported for this handshake */
    bool complete;               /* both sides finished */
    bool handshake_failed;       /* this handshake failed (SSL 2.0's, never reported, did not) */
    bool hello_verify_seen;      /* DTLS: a HelloVerifyRequest, its cookie costs a round trip */
    bool client_finished_uncertain; /* TLS 1.3 without keys: the client's Finished inferred, not sure */
    bool server_answered;        /* the server sent a record after the client's Finished */
    bool client_data_seen, server_data_seen; /* application data after the handshake, each way */
    /* resumption: the ClientHello's offer, then how the server took it */
    uint8_t client_session_id[32];
    uint8_t client_session_id_len;
    bool client_offered_ticket;  /* a non-empty session_ticket extension (RFC 5077 3.4) */
    bool session_id_echoed;      /* TLS <= 1.2: the ServerHello echoed it (RFC 5246 7.4.1.2) */
    uint8_t resumption;          /* a tlsedu_resumption_t */
    /* the handshake summary, as far as known */
    tlsedu_kex_t kex;            /* TLSEDU_KEX_UNKNOWN until known */
    int8_t resumed;              /* -1 unknown, 0 no, 1 yes */
    uint8_t round_trips;         /* 255 unknown */
    uint16_t group;              /* the key exchange's group: 1.3 ServerHello key_share, 1.2 ServerKeyExchange curve */
    bool client_declined;        /* the client sent an empty Certificate (RFC 5246 7.4.6, RFC 8446 4.4.2.4) */
    uint32_t events;             /* TLSEDU_EV_* of the last frame */
} tlsedu_tls_state_t;

/* A zeroed state is not ready: start every connection with this. */
void tlsedu_tls_state_init(tlsedu_tls_state_t *state);

/* The end of the connection (TCP FIN or RST) in this frame: sets TLSEDU_EV_FAILED in
 * state->events when it comes before the handshake finished. */
void tlsedu_tls_connection_end(tlsedu_tls_state_t *state);

/* The stage items of one frame's records, in order. Updates *state. Returns the number of
 * items written (at most max). */
size_t tlsedu_tls_frame(tlsedu_tls_state_t *state, tlsedu_from_t from,
                        const tlsedu_tls_record_t *records, size_t n_records,
                        tlsedu_stage_item_t *items, size_t max);

/* The record length of an encrypted TLS 1.3 Finished for this suite (0 when unknown). */
unsigned tlsedu_tls13_finished_record_length(uint16_t cipher_suite);

/* TRUE when these 32 bytes are the HelloRetryRequest random of RFC 8446 4.1.3. */
bool tlsedu_is_hello_retry_random(const uint8_t *random, size_t len);

#endif /* TLSEDU_HANDSHAKE_H */
