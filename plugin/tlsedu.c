/* tlsedu.c - registration of the TLS Classroom plugin: the protocol, its preferences, the
 * features' fields (frame.c loops over them), the postdissector and the other protocols it
 * reads about. Everything else is a feature's (service/, handshake/, starttls/, http/,
 * credentials/) over the shared layer (shared/) and the teaching core (core/).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#define WS_BUILD_DLL
#include <wireshark.h>
#include <epan/packet.h>

#include "frame.h"
#include "shared/ids.h"
#include "shared/prefs.h"

#ifndef TLSEDU_VERSION
#define TLSEDU_VERSION "0.0.0"
#endif

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = TLSEDU_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);
TLSEDU_PLUGIN_DESCRIBE(TLSEDU_PLUGIN_DISSECTOR)

int proto_tlsedu = -1;
int tlsedu_proto_tcp = -1;
int tlsedu_proto_icmp = -1;
int tlsedu_proto_icmpv6 = -1;
int tlsedu_proto_tls = -1;
int tlsedu_proto_dtls = -1;

static dissector_handle_t tlsedu_handle;

static void
proto_register_tlsedu(void)
{
    proto_tlsedu = proto_register_protocol("TLS Classroom", "TLSEDU", "tlsedu");
    tlsedu_features_register(proto_tlsedu);
    tlsedu_register_prefs(proto_tlsedu, tlsedu_features_language);
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
    /* The fields of other dissectors the features read. Wanting fields makes Wireshark
     * build a protocol tree for every packet and keep these fields in it even when it is
     * not displayed. (The port catalogue alone needs none.) */
    wanted = g_array_new(FALSE, FALSE, (guint)sizeof(int));
    tlsedu_features_want(wanted);
    set_postdissector_wanted_hfids(tlsedu_handle, wanted);
}

void
plugin_register(void)
{
    static proto_plugin plug;

    plug.register_protoinfo = proto_register_tlsedu;
    plug.register_handoff = proto_reg_handoff_tlsedu;
    proto_register_plugin(&plug);
}
