/* tls_roles.c - the fields of Wireshark's TLS and DTLS dissectors that tls_read.c walks,
 * by name and role, looked up at hand-off.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/tls_roles.h"

#include "handshake/tls_read.h"
#include "shared/compat.h"


/* Field names of the TLS dissector; the DTLS dissector registers the same under dtls. */
static const struct {
    const char *suffix;
    role_t role;
} field_roles[] = {
    { "", ROLE_ROOT },
    { ".record", ROLE_RECORD },
    { ".record.content_type", ROLE_CONTENT_TYPE },
    { ".record.opaque_type", ROLE_OPAQUE_TYPE },
    { ".record.length", ROLE_RECORD_LENGTH },
    { ".handshake.type", ROLE_HS_TYPE },
    { ".ssl2.handshake.type", ROLE_HS_TYPE_SSL2 },   /* Wireshark >= 4.2 names SSLv2's apart */
    { ".ssl2.record", ROLE_RECORD },
    { ".handshake.random", ROLE_RANDOM },
    { ".handshake.version", ROLE_HS_VERSION },
    { ".handshake.extensions.supported_version", ROLE_SUPPORTED_VERSION },
    { ".handshake.ciphersuite", ROLE_CIPHERSUITE },
    { ".handshake.extension.type", ROLE_EXT_TYPE },
    { ".handshake.extensions_server_name", ROLE_SERVER_NAME },
    { ".alert_message.level", ROLE_ALERT_LEVEL },
    { ".alert_message.desc", ROLE_ALERT_DESC },
    { ".handshake.extensions_key_share_group", ROLE_KEY_SHARE_GROUP },
    { ".handshake.certificate", ROLE_CERTIFICATE },          /* DER, read by core/cert.c */
    { ".handshake.session_id", ROLE_SESSION_ID },
    { ".handshake.session_ticket", ROLE_SESSION_TICKET },    /* NewSessionTicket's ticket */
    { ".handshake.extension.data", ROLE_EXT_DATA },          /* ClientHello's session_ticket */
    { ".handshake.extensions.session_ticket", ROLE_EXT_DATA },   /* the same, as 4.4 and 4.6 name it */
    { ".handshake.session_id_length", ROLE_SESSION_ID_LENGTH },
    { ".handshake.extension.len", ROLE_EXT_LEN },
    { ".handshake.certificates_length", ROLE_CERTIFICATES_LENGTH },
    { ".handshake.sig_hash_alg", ROLE_SIG_HASH_ALG },        /* also the lists of hellos and requests */
    { ".handshake.server_named_curve", ROLE_NAMED_CURVE },
    { ".handshake.extensions_key_share_selected_group", ROLE_SELECTED_GROUP },   /* HelloRetryRequest */
    { ".handshake.extensions_alpn_str", ROLE_ALPN },
    { ".handshake.session_ticket_lifetime_hint", ROLE_TICKET_LIFETIME },   /* NewSessionTicket */
    { ".handshake.cert_types_count", ROLE_CERT_TYPES_COUNT },             /* CertificateRequest (1.2) */
    { ".handshake.dname", ROLE_DNAME },                                   /* ... its authorities */
};

/* QUIC's long header packet type (v1 and v2 number them differently): a client's 0-RTT
 * packet means early data, for the handshake summary. */
int tlsedu_hf_quic_lpt = -1;
int tlsedu_hf_quic_lpt_v2 = -1;

/* The fields above, by hf id (registration data: filled at hand-off). */
tlsedu_fields_t *tlsedu_tls_fields;

void
tlsedu_tls_read_want(GArray *wanted)
{
    static const char *const protocols[] = { "tls", "dtls" };

    tlsedu_tls_fields = tlsedu_fields_new();
    for (size_t p = 0; p < G_N_ELEMENTS(protocols); p++) {
        for (size_t i = 0; i < G_N_ELEMENTS(field_roles); i++) {
            char *name = g_strconcat(protocols[p], field_roles[i].suffix, NULL);
            /* Several fields can share a name (tls.handshake.type is also SSLv2's, with
             * other numbers): SSLv2's is told apart by its description. */
            if (field_roles[i].role == ROLE_ROOT)
                tlsedu_fields_add_root(tlsedu_tls_fields, name, ROLE_ROOT, wanted);
            else if (field_roles[i].role == ROLE_HS_TYPE || field_roles[i].role == ROLE_HS_TYPE_SSL2)
                tlsedu_fields_add_alt(tlsedu_tls_fields, name, field_roles[i].role, "SSLv2", ROLE_HS_TYPE_SSL2, wanted);
            else
                tlsedu_fields_add(tlsedu_tls_fields, name, field_roles[i].role, wanted);
            g_free(name);
        }
    }
    {
        const char *const names[] = { "quic.long.packet_type", "quic.long.packet_type_v2" };
        int *const ids[] = { &tlsedu_hf_quic_lpt, &tlsedu_hf_quic_lpt_v2 };
        tlsedu_want_fields(wanted, names, ids, G_N_ELEMENTS(names));
    }
}

