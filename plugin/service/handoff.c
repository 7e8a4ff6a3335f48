/* handoff.c - find SMTP, IMAP, POP3, FTP and NNTP on any TCP port and hand the
 * conversation to Wireshark's own dissector.
 *
 * Wireshark 4.0 has no heuristics for these protocols: on a port other than their own
 * they show as bare TCP, and their STARTTLS never leads into TLS. Each heuristic here
 * (one per protocol, each switchable in Analyze > Enabled Protocols like any Wireshark
 * heuristic) recognises the server's greeting or the client's first command with the
 * strict signatures of core/signatures.c, names the service (evidence 3, "content on a
 * non-standard port"), and sets the conversation's dissector to a thin wrapper around
 * Wireshark's dissector.
 *
 * The wrapper exists because SMTP, IMAP, POP, FTP and NNTP decide the direction of a line
 * from pinfo->match_uint == pinfo->destport: the port they were registered on. A plain
 * conversation_set_dissector() leaves match_uint at whatever an earlier table look-up
 * set, and every line would read as a server response. The wrapper sets match_uint to
 * the server's port for the call and restores it. After STARTTLS, Wireshark's TLS
 * dissector takes the conversation over (ssl_starttls_ack) and sets match_uint itself
 * for the decrypted data.
 *
 * Also: implicit TLS on 563 (NNTPS) and 990 (FTPS) is handed to TLS with NNTP and FTP as
 * the protocols inside (ssl_dissector_add), which Wireshark 4.0 does not do by itself.
 * This is an intended change of those two ports' dissection (README, "Hand-offs").
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "service/handoff.h"

#include <string.h>

#include <epan/packet.h>
#include <epan/conversation.h>
#include <epan/dissectors/packet-tcp.h>
#include <epan/dissectors/packet-tls.h>

#include "core/signatures.h"
#include "shared/compat.h"
#include "shared/conv.h"
#include "shared/ids.h"

typedef struct {
    tlsedu_content_t content;
    const char *service;          /* tlsedu.service */
    const char *dissector;        /* Wireshark's dissector for it */
    const char *heur_name;        /* the heuristic's short name (Enabled Protocols) */
    const char *heur_display;
} heuristic_def_t;

enum { H_SMTP, H_IMAP, H_POP3, H_FTP, H_NNTP, H_COUNT };

static const heuristic_def_t defs[H_COUNT] = {
    [H_SMTP] = { TLSEDU_CONTENT_SMTP, "SMTP", "smtp", "tlsedu_smtp_tcp", "SMTP on any TCP port (tlsedu)" },
    [H_IMAP] = { TLSEDU_CONTENT_IMAP, "IMAP", "imap", "tlsedu_imap_tcp", "IMAP on any TCP port (tlsedu)" },
    [H_POP3] = { TLSEDU_CONTENT_POP3, "POP3", "pop", "tlsedu_pop3_tcp", "POP3 on any TCP port (tlsedu)" },
    [H_FTP] = { TLSEDU_CONTENT_FTP, "FTP", "ftp", "tlsedu_ftp_tcp", "FTP on any TCP port (tlsedu)" },
    [H_NNTP] = { TLSEDU_CONTENT_NNTP, "NNTP", "nntp", "tlsedu_nntp_tcp", "NNTP on any TCP port (tlsedu)" },
};

/* Registration data: Wireshark's handles and the wrappers around them. */
static dissector_handle_t target[H_COUNT];
static dissector_handle_t wrapper[H_COUNT];

/* The wrapper: Wireshark's dissector with match_uint set to the server's port. */
static int
call_with_server_port(int which, tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
    conversation_t *conv = find_conversation_pinfo(pinfo, 0);
    tlsedu_conv_t *cd = conv != NULL ? (tlsedu_conv_t *)conversation_get_proto_data(conv, proto_tlsedu) : NULL;
    guint32 saved = pinfo->match_uint;
    int ret;

    if (cd != NULL && cd->handoff_server_port != 0)
        pinfo->match_uint = cd->handoff_server_port;
    ret = call_dissector_only(target[which], tvb, pinfo, tree, data);
    pinfo->match_uint = saved;
    return ret;
}

#define WRAPPER(name, which) \
    static int name(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data) \
    { return call_with_server_port(which, tvb, pinfo, tree, data); }
WRAPPER(wrap_smtp, H_SMTP)
WRAPPER(wrap_imap, H_IMAP)
WRAPPER(wrap_pop3, H_POP3)
WRAPPER(wrap_ftp, H_FTP)
WRAPPER(wrap_nntp, H_NNTP)
static const dissector_t wrappers[H_COUNT] = { wrap_smtp, wrap_imap, wrap_pop3, wrap_ftp, wrap_nntp };

/* Which side is the server: the port that answered the SYN when TCP saw it; otherwise the
 * greeting's sender (these servers speak first), or the receiver of a first command. */
static gboolean
recognise(int which, tvbuff_t *tvb, packet_info *pinfo, guint16 *server_port)
{
    const guint len = tvb_captured_length(tvb);
    const guint8 *p = len > 0 ? tvb_get_ptr(tvb, 0, len) : NULL;
    conversation_t *conv = find_conversation_pinfo(pinfo, 0);
    const struct tcp_analysis *tcpd = NULL;
    guint16 hs = 0;

    if (p == NULL || conv == NULL)
        return FALSE;
    if (tlsedu_proto_tcp > 0)
        tcpd = (const struct tcp_analysis *)conversation_get_proto_data(conv, tlsedu_proto_tcp);
    if (tcpd != NULL && (tcpd->server_port == pinfo->srcport || tcpd->server_port == pinfo->destport))
        hs = (guint16)tcpd->server_port;
    if ((hs == 0 || hs == pinfo->srcport) &&
        tlsedu_sig_tcp_first(p, len, TLSEDU_SIDE_SERVER) == defs[which].content) {
        *server_port = (guint16)pinfo->srcport;
        return TRUE;
    }
    if ((hs == 0 || hs == pinfo->destport) &&
        tlsedu_sig_tcp_first(p, len, TLSEDU_SIDE_CLIENT) == defs[which].content) {
        *server_port = (guint16)pinfo->destport;
        return TRUE;
    }
    return FALSE;
}

static gboolean
heuristic(int which, tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
    conversation_t *conv;
    tlsedu_conv_t *cd;
    guint16 server_port = 0;

    if (target[which] == NULL || pinfo->ptype != PT_TCP)
        return FALSE;
    conv = find_conversation_pinfo(pinfo, 0);
    cd = conv != NULL ? (tlsedu_conv_t *)conversation_get_proto_data(conv, proto_tlsedu) : NULL;
    if (cd != NULL && cd->handoff_server_port != 0) {
        /* Handed off on the first pass. A later pass comes here for the lines before
         * STARTTLS: Wireshark's TLS dissector, the conversation's dissector by then,
         * declines the frames before the upgrade (packet-tls.c, last_nontls_frame), and
         * TCP falls back to the heuristics. */
        if (cd->service == NULL || strcmp(cd->service->service, defs[which].service) != 0)
            return FALSE;
        call_with_server_port(which, tvb, pinfo, tree, data);
        return TRUE;
    }
    /* Once tlsedu decided what this conversation carries, its later lines are not first
     * lines: never claim it then. */
    if (cd != NULL && cd->content.decided)
        return FALSE;
    if (!recognise(which, tvb, pinfo, &server_port))
        return FALSE;
    cd = tlsedu_conv_get(conv);
    if (!PINFO_FD_VISITED(pinfo)) {
        /* On a port of the course's list (a cleartext banner on 465, the TLS port), the
         * port and the content disagree: evidence 4. */
        const tlsedu_service_t *port_service = tlsedu_catalogue_lookup(server_port, TLSEDU_TCP);
        tlsedu_evidence_t evidence = TLSEDU_EVIDENCE_NONSTANDARD;
        if (port_service != NULL)
            evidence = strcmp(port_service->service, defs[which].service) == 0 ? TLSEDU_EVIDENCE_AGREE
                                                                               : TLSEDU_EVIDENCE_MISMATCH;
        tlsedu_conv_set_service(cd, defs[which].service, TLSEDU_TCP, server_port, evidence, pinfo->num);
        cd->port_service = evidence == TLSEDU_EVIDENCE_MISMATCH ? port_service : NULL;
        cd->handoff_server_port = server_port;
        /* Only on the first pass: later passes must not undo what Wireshark's dissector
         * set since (STARTTLS hands the conversation to TLS). */
        conversation_set_dissector(conv, wrapper[which]);
    }
    call_with_server_port(which, tvb, pinfo, tree, data);
    return TRUE;
}

#define HEURISTIC(name, which) \
    static tlsedu_heur_result_t name(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data) \
    { return heuristic(which, tvb, pinfo, tree, data) ? TRUE : FALSE; }
HEURISTIC(heur_smtp, H_SMTP)
HEURISTIC(heur_imap, H_IMAP)
HEURISTIC(heur_pop3, H_POP3)
HEURISTIC(heur_ftp, H_FTP)
HEURISTIC(heur_nntp, H_NNTP)
static const heur_dissector_t heuristics[H_COUNT] = { heur_smtp, heur_imap, heur_pop3, heur_ftp, heur_nntp };

void
tlsedu_handoff_register(void)
{
    for (int i = 0; i < H_COUNT; i++) {
        target[i] = find_dissector(defs[i].dissector);
        if (target[i] == NULL)
            continue;
        /* No protocol of its own: the wrapper adds no layer, Wireshark's dissector does. */
        wrapper[i] = create_dissector_handle(wrappers[i], -1);
        heur_dissector_add("tcp", heuristics[i], defs[i].heur_display, defs[i].heur_name,
                           proto_tlsedu, HEURISTIC_ENABLE);
    }
    /* Implicit TLS: NNTPS on 563 and FTPS on 990, with the protocol inside. */
    if (target[H_NNTP] != NULL)
        ssl_dissector_add(563, target[H_NNTP]);
    if (target[H_FTP] != NULL)
        ssl_dissector_add(990, target[H_FTP]);
}
