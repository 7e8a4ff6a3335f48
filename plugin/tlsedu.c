/* tlsedu.c - registration of the TLS Classroom plugin: protocol, fields, subtrees,
 * the postdissector and the other protocols it reads about.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#define WS_BUILD_DLL
#include <wireshark.h>
#include <epan/packet.h>
#include <epan/expert.h>

#include "core/catalogue.h"
#include "core/classroom.h"
#include "core/handshake.h"
#include "core/texts.h"
#include "content_glue.h"
#include "handoff.h"
#include "http_glue.h"
#include "prefs.h"
#include "certificates.h"
#include "sessions.h"
#include "credentials_glue.h"
#include "starttls_glue.h"
#include "tls_facts.h"
#include "tlsedu.h"

#ifndef TLSEDU_VERSION
#define TLSEDU_VERSION "0.0.0"
#endif

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = TLSEDU_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);
TLSEDU_PLUGIN_DESCRIBE(TLSEDU_PLUGIN_DISSECTOR)

int proto_tlsedu = -1;

int hf_tlsedu_service = -1;
int hf_tlsedu_service_port = -1;
int hf_tlsedu_security = -1;
int hf_tlsedu_secure_alternative = -1;
int hf_tlsedu_service_explain = -1;
int hf_tlsedu_service_evidence = -1;
int hf_tlsedu_direction = -1;
int hf_tlsedu_stage = -1;
int hf_tlsedu_stage_inferred = -1;
int hf_tlsedu_data_early = -1;
int hf_tlsedu_explain = -1;
int hf_tlsedu_message = -1;
int hf_tlsedu_handshake_version = -1;
int hf_tlsedu_handshake_cipher_suite = -1;
int hf_tlsedu_handshake = -1;
int hf_tlsedu_handshake_kex = -1;
int hf_tlsedu_handshake_forward_secrecy = -1;
int hf_tlsedu_handshake_resumed = -1;
int hf_tlsedu_handshake_round_trips = -1;
int hf_tlsedu_handshake_duration = -1;
int hf_tlsedu_handshake_client_hello_frame = -1;
int hf_tlsedu_handshake_server_hello_frame = -1;
int hf_tlsedu_handshake_finished_frame = -1;

expert_field ei_tlsedu_handshake_failed = EI_INIT;
expert_field ei_tlsedu_weak_version = EI_INIT;
expert_field ei_tlsedu_no_forward_secrecy = EI_INIT;
expert_field ei_tlsedu_service_mismatch = EI_INIT;

gint ett_tlsedu = -1;
gint ett_tlsedu_service = -1;
gint ett_tlsedu_stage = -1;
gint ett_tlsedu_handshake = -1;

int tlsedu_proto_tcp = -1;
int tlsedu_proto_icmp = -1;
int tlsedu_proto_icmpv6 = -1;
int tlsedu_proto_tls = -1;
int tlsedu_proto_dtls = -1;

static dissector_handle_t tlsedu_handle;

/* value_strings, filled from the teaching core's names at registration (one source), and
 * again in the language of tlsedu.language whenever it changes. */
static value_string security_vals[TLSEDU_SEC_UPGRADED + 2];
static value_string evidence_vals[TLSEDU_EVIDENCE_MISMATCH + 1];
static value_string stage_vals[TLSEDU_STAGE_ALERT + 1];
static value_string kex_vals[TLSEDU_KEX_HYBRID_PQ + 2];

static value_string direction_vals[3];

static void
fill_value_strings(tlsedu_lang_t lang)
{
    guint n = 0;

    for (int v = TLSEDU_SEC_CLEARTEXT; v <= TLSEDU_SEC_UPGRADED; v++) {
        security_vals[n].value = (guint32)v;
        security_vals[n++].strptr = tlsedu_security_name((tlsedu_security_t)v, lang);
    }
    n = 0;
    for (int v = TLSEDU_EVIDENCE_PORT; v <= TLSEDU_EVIDENCE_MISMATCH; v++) {
        evidence_vals[n].value = (guint32)v;
        evidence_vals[n++].strptr = tlsedu_evidence_name((tlsedu_evidence_t)v, lang);
    }
    n = 0;
    for (int v = TLSEDU_KEX_OTHER; v <= TLSEDU_KEX_HYBRID_PQ; v++) {
        kex_vals[n].value = (guint32)v;
        kex_vals[n++].strptr = tlsedu_kex_name_lang((tlsedu_kex_t)v, lang);
    }
    direction_vals[0].value = TLSEDU_DIR_TO_SERVER;
    direction_vals[0].strptr = tlsedu_word(TLSEDU_WORD_TO_SERVER, lang);
    direction_vals[1].value = TLSEDU_DIR_TO_CLIENT;
    direction_vals[1].strptr = tlsedu_word(TLSEDU_WORD_TO_CLIENT, lang);
    n = 0;
    for (int v = TLSEDU_STAGE_CLIENT_HELLO; v <= TLSEDU_STAGE_ALERT; v++) {
        stage_vals[n].value = (guint32)v;
        stage_vals[n++].strptr = tlsedu_stage_name((tlsedu_stage_t)v, lang);
    }
}

static void
proto_register_tlsedu(void)
{
    static hf_register_info hf[] = {
        { &hf_tlsedu_service,
          { "Service", "tlsedu.service", FT_STRING, BASE_NONE, NULL, 0x0,
            "The service of the course's port list this conversation belongs to (e.g. SMTP, HTTPS, IMAPS)", HFILL } },
        { &hf_tlsedu_service_port,
          { "Server port", "tlsedu.service.port", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The server's port of this conversation: the side that answered the TCP SYN, "
            "else the port found in the port list (the lower one when both are)", HFILL } },
        { &hf_tlsedu_service_evidence,
          { "Evidence", "tlsedu.service.evidence", FT_UINT8, BASE_DEC, VALS(evidence_vals), 0x0,
            "How the service was recognised: 1 port only, 2 port and content agree, "
            "3 content on a non-standard port, 4 port and content disagree", HFILL } },
        { &hf_tlsedu_service_explain,
          { "About this service", "tlsedu.service.explain", FT_STRING, BASE_NONE, NULL, 0x0,
            "One sentence on the service and how it protects (or does not protect) its traffic", HFILL } },
        { &hf_tlsedu_direction,
          { "Direction", "tlsedu.direction", FT_UINT8, BASE_DEC, VALS(direction_vals), 0x0,
            "Whether this frame goes from the client to the server or back (1 client to server, 2 server to client)", HFILL } },
        { &hf_tlsedu_security,
          { "Security", "tlsedu.security", FT_UINT8, BASE_DEC, VALS(security_vals), 0x0,
            "How this traffic is protected: 0 cleartext, 1 cleartext that can upgrade to TLS, "
            "2 implicit TLS (TLS from the first byte), 3 the protocol's own encryption, "
            "4 security negotiated inside the protocol, 5 upgraded to TLS by STARTTLS", HFILL } },
        { &hf_tlsedu_secure_alternative,
          { "Secure alternative", "tlsedu.secure_alternative", FT_STRING, BASE_NONE, NULL, 0x0,
            "What to use instead, or how this service is already protected", HFILL } },
        { &hf_tlsedu_stage,
          { "Stage", "tlsedu.stage", FT_UINT8, BASE_DEC, VALS(stage_vals), 0x0,
            "The stage of the TLS handshake this message or record belongs to, one item per "
            "message or record: 1 Client Hello, 2 Server Hello, 3 server authentication, "
            "4 key exchange (TLS <= 1.2), 5 handshake finished, 6 encrypted application data, "
            "7 client authentication, 8 after the handshake, 9 TLS 1.3 compatibility record, 10 alert", HFILL } },
        { &hf_tlsedu_message,
          { "Message", "tlsedu.message", FT_STRING, BASE_NONE, NULL, 0x0,
            "The handshake message or record this stage item is about (ClientHello, Finished ...)", HFILL } },
        { &hf_tlsedu_stage_inferred,
          { "Inferred", "tlsedu.stage.inferred", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "The stage is inferred from an encrypted record (no key log): only its outer type, size and place are visible", HFILL } },
        { &hf_tlsedu_data_early,
          { "Early data", "tlsedu.data.early", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Application data sent before the handshake finished (TLS 1.3 0-RTT or the server's 0.5-RTT data)", HFILL } },
        { &hf_tlsedu_explain,
          { "Explanation", "tlsedu.explain", FT_STRING, BASE_NONE, NULL, 0x0,
            "What this step of the TLS handshake does, in words a student can read", HFILL } },
        { &hf_tlsedu_handshake,
          { "Handshake summary", "tlsedu.handshake", FT_NONE, BASE_NONE, NULL, 0x0,
            "What this TLS handshake negotiated, as far as known at this frame (all of it on a second pass)", HFILL } },
        { &hf_tlsedu_handshake_version,
          { "Negotiated version", "tlsedu.handshake.version", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol version the server chose (SSL 2.0 to TLS 1.3), from the frame where it is known", HFILL } },
        { &hf_tlsedu_handshake_cipher_suite,
          { "Cipher suite", "tlsedu.handshake.cipher_suite", FT_STRING, BASE_NONE, NULL, 0x0,
            "The name of the cipher suite the server chose, from the frame where it is known", HFILL } },
        { &hf_tlsedu_handshake_kex,
          { "Key exchange", "tlsedu.handshake.kex", FT_UINT8, BASE_DEC, VALS(kex_vals), 0x0,
            "How the keys were agreed: 0 other (RSA_PSK, static (EC)DH, SRP, anonymous), 1 RSA key transport, "
            "2 DHE, 3 ECDHE, 4 PSK only, 5 PSK with (EC)DHE, 6 hybrid post-quantum", HFILL } },
        { &hf_tlsedu_handshake_forward_secrecy,
          { "Forward secrecy", "tlsedu.handshake.forward_secrecy", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Whether a stolen long-term key still cannot decrypt this recorded session (an ephemeral key exchange)", HFILL } },
        { &hf_tlsedu_handshake_resumed,
          { "Resumed", "tlsedu.handshake.resumed", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Whether this handshake resumed an earlier session (TLS 1.2: no Certificate before ChangeCipherSpec; TLS 1.3: a pre-shared key)", HFILL } },
        { &hf_tlsedu_handshake_round_trips,
          { "Round trips", "tlsedu.handshake.round_trips", FT_UINT8, BASE_DEC, NULL, 0x0,
            "Round trips from the ClientHello until the client may send application data (nominal for this kind of handshake)", HFILL } },
        { &hf_tlsedu_handshake_duration,
          { "Duration", "tlsedu.handshake.duration", FT_RELATIVE_TIME, BASE_NONE, NULL, 0x0,
            "Time from the ClientHello to the last Finished of this handshake", HFILL } },
        { &hf_tlsedu_handshake_client_hello_frame,
          { "ClientHello in frame", "tlsedu.handshake.client_hello_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The frame of this handshake's ClientHello", HFILL } },
        { &hf_tlsedu_handshake_server_hello_frame,
          { "ServerHello in frame", "tlsedu.handshake.server_hello_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The frame of this handshake's ServerHello", HFILL } },
        { &hf_tlsedu_handshake_finished_frame,
          { "Handshake finished in frame", "tlsedu.handshake.finished_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The frame of this handshake's last Finished", HFILL } },
    };
    static gint *ett[] = {
        &ett_tlsedu,
        &ett_tlsedu_service,
        &ett_tlsedu_stage,
        &ett_tlsedu_handshake,
    };
    static ei_register_info ei[] = {
        { &ei_tlsedu_handshake_failed,
          { "tlsedu.handshake_failed", PI_SECURITY, PI_WARN,
            "The TLS handshake failed: a fatal alert, or the end of the connection, before both sides finished", EXPFILL } },
        { &ei_tlsedu_weak_version,
          { "tlsedu.weak_version", PI_SECURITY, PI_WARN,
            "An obsolete protocol version was negotiated (SSL 2.0, SSL 3.0, TLS 1.0 or 1.1)", EXPFILL } },
        { &ei_tlsedu_service_mismatch,
          { "tlsedu.service.mismatch", PI_SECURITY, PI_WARN,
            "The content shows another service than the port's", EXPFILL } },
        { &ei_tlsedu_no_forward_secrecy,
          { "tlsedu.no_forward_secrecy", PI_SECURITY, PI_WARN,
            "The key exchange gives no forward secrecy", EXPFILL } },
    };
    expert_module_t *expert;

    fill_value_strings(TLSEDU_LANG_EN);
    proto_tlsedu = proto_register_protocol("TLS Classroom", "TLSEDU", "tlsedu");
    proto_register_field_array(proto_tlsedu, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_tlsedu);
    expert_register_field_array(expert, ei, array_length(ei));
    tlsedu_http_register(proto_tlsedu);
    tlsedu_register_prefs(proto_tlsedu, fill_value_strings);
    tlsedu_register_certificates(proto_tlsedu);
    tlsedu_register_sessions();
    tlsedu_starttls_register(proto_tlsedu);

    tlsedu_handle = create_dissector_handle(tlsedu_dissect, proto_tlsedu);
    register_postdissector(tlsedu_handle);
}

static void
proto_reg_handoff_tlsedu(void)
{
    static gboolean initialized = FALSE;
    GArray *wanted;

    if (initialized)
        return;
    initialized = TRUE;
    tlsedu_proto_tcp = proto_get_id_by_filter_name("tcp");
    tlsedu_proto_icmp = proto_get_id_by_filter_name("icmp");
    tlsedu_proto_icmpv6 = proto_get_id_by_filter_name("icmpv6");
    tlsedu_proto_tls = proto_get_id_by_filter_name("tls");
    tlsedu_proto_dtls = proto_get_id_by_filter_name("dtls");
    /* The TLS/DTLS fields the stages are read from. Wanting fields makes Wireshark build a
     * protocol tree for every packet and keep these fields in it even when it is not
     * displayed. (The port catalogue alone needs none.) */
    wanted = tlsedu_tls_facts_init();
    tlsedu_content_glue_init(wanted);
    tlsedu_http_glue_init(wanted);
    tlsedu_starttls_wanted(wanted);   /* SMTP/IMAP/POP fields for STARTTLS */
    tlsedu_credentials_wanted(wanted); /* FTP/HTTP/LDAP/SNMP secrets */
    set_postdissector_wanted_hfids(tlsedu_handle, wanted);
    tlsedu_handoff_register();
}

void
plugin_register(void)
{
    static proto_plugin plug;

    plug.register_protoinfo = proto_register_tlsedu;
    plug.register_handoff = proto_reg_handoff_tlsedu;
    proto_register_plugin(&plug);
}
