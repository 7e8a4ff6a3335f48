/* canary.c - a deliberately broken postdissector, for the robustness tests only.
 *
 * Built as four modules (tests/robustness.cmake), one fault each, never installed:
 *   CANARY_HEAP   reads one byte past a heap block     (AddressSanitizer, valgrind)
 *   CANARY_UBSAN  overflows a signed int               (UndefinedBehaviorSanitizer)
 *   CANARY_LEAK   loses a malloc'd block               (LeakSanitizer)
 *   CANARY_BUG    fails a DISSECTOR_ASSERT             ("Dissector bug" in tshark's output)
 * The tests load one of them instead of tlsedu and check that the sanitizer build, the
 * preloaded runtime and the report scanner really catch that kind of fault: a fuzz run
 * that finds nothing means something only when the canary is found.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#define WS_BUILD_DLL
#include <limits.h>
#include <stdlib.h>

#include <wireshark.h>
#include <epan/packet.h>

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = "0.0.0";
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;
WS_DLL_PUBLIC void plugin_register(void);

static int proto_canary = -1;
static volatile int sink;
void *volatile canary_lost;

static int
canary_dissect(tvbuff_t *tvb _U_, packet_info *pinfo, proto_tree *tree _U_, void *data _U_)
{
    static gboolean done;

    if (done)
        return 0;
    done = TRUE;
#if defined(CANARY_HEAP)
    {
        char *volatile p = (char *)malloc(8);
        sink = p[8 + (int)(pinfo->num & 0)];
        free(p);
    }
#elif defined(CANARY_UBSAN)
    {
        volatile int big = INT_MAX;
        sink = big + (int)pinfo->num;
    }
#elif defined(CANARY_LEAK)
    canary_lost = malloc(77);
    canary_lost = NULL;
#elif defined(CANARY_BUG)
    DISSECTOR_ASSERT(pinfo->num == 0);
#else
#error "define one of CANARY_HEAP, CANARY_UBSAN, CANARY_LEAK, CANARY_BUG"
#endif
    return 0;
}

static void
canary_register(void)
{
    proto_canary = proto_register_protocol("TLS Classroom canary", "TLSEDU-CANARY", "tlsedu_canary");
    register_postdissector(create_dissector_handle(canary_dissect, proto_canary));
}

void
plugin_register(void)
{
    static proto_plugin plug;

    plug.register_protoinfo = canary_register;
    plug.register_handoff = NULL;
    proto_register_plugin(&plug);
}
