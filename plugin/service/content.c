/* content_glue.c - feed the first payloads of a conversation to the content checks.
 *
 * The TCP payload is the segment's own bytes, found from TCP's tcp.len item
 * (tcp_segment.c). Only the first one or two payloads of each side are looked at
 * (core/content.c), then never again for this conversation.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "service/content.h"

#include <string.h>

#include "core/signatures.h"
#include "shared/compat.h"
#include "shared/tcp_segment.h"

static dissector_handle_t ftp_data_handle;
static dissector_handle_t tftp_handle;
static dissector_handle_t rtp_handle;
/* their bits in tlsedu_facts_t.layers, and QUIC's */
static guint32 layer_ftp_data, layer_tftp, layer_rtp, layer_quic;

void
tlsedu_content_want(GArray *wanted)
{
    tlsedu_tcp_segment_wanted(wanted);
    ftp_data_handle = find_dissector("ftp-data");
    tftp_handle = find_dissector("tftp");
    rtp_handle = find_dissector("rtp");
    layer_ftp_data = tlsedu_facts_watch("ftp-data");
    layer_tftp = tlsedu_facts_watch("tftp");
    layer_rtp = tlsedu_facts_watch("rtp");
    layer_quic = tlsedu_facts_watch("quic");
}

/* This frame's TCP payload (the segment's own bytes, before any reassembly). */
static const guint8 *
tcp_payload(proto_tree *tree, guint *len)
{
    tlsedu_tcp_segment_t seg;

    if (!tlsedu_tcp_segment(tree, &seg) || seg.payload == NULL)
        return NULL;
    *len = seg.payload_len;
    return seg.payload;
}

void
tlsedu_content_first_frame(tlsedu_conv_t *cd, packet_info *pinfo, const tlsedu_facts_t *facts)
{
    dissector_handle_t h = conversation_get_dissector(facts->conv, pinfo->num);
    const char *child = NULL;

    /* A conversation another conversation set up: FTP's data connections (PORT/PASV/EPSV),
     * TFTP's transfer on the port the server picked, RTP announced by SDP. */
    if (h != NULL && h == ftp_data_handle)
        child = "FTP-DATA";
    else if (h != NULL && h == tftp_handle)
        child = "TFTP";
    else if (h != NULL && h == rtp_handle)
        child = "RTP";
    /* On a port outside the list, the same from the protocol that took the frame:
     * Wireshark 4.6's TFTP follows its transfers without a conversation dissector. */
    else if (cd->service != NULL)
        child = NULL;
    else if ((facts->layers & layer_ftp_data))
        child = "FTP-DATA";
    else if ((facts->layers & layer_tftp))
        child = "TFTP";
    else if ((facts->layers & layer_rtp))
        child = "RTP";
    if (child == NULL)
        return;
    if (cd->service != NULL && strcmp(cd->service->service, child) == 0) {
        cd->evidence = TLSEDU_EVIDENCE_AGREE;  /* active FTP from port 20: the port agrees */
        return;
    }
    if (cd->service == NULL) {
        /* The server is the side that answered the SYN; on UDP the transfer's first
         * datagram comes from the server's new port (TFTP DATA or ACK). */
        guint16 server = facts->handshake_server ? facts->handshake_server : facts->src_port;
        if (strcmp(child, "RTP") == 0)
            server = facts->dst_port;
        tlsedu_conv_set_service(cd, child, facts->transport, server, TLSEDU_EVIDENCE_NONSTANDARD, pinfo->num);
    }
}

/* The port tlsedu takes for the server of a conversation nothing else names: the one that
 * answered the SYN, else the lower port. */
static guint16
guessed_server(const tlsedu_facts_t *facts)
{
    if (facts->handshake_server != 0)
        return facts->handshake_server;
    return MIN(facts->src_port, facts->dst_port);
}

static void
content_decided(tlsedu_conv_t *cd, packet_info *pinfo, const tlsedu_facts_t *facts, guint16 server)
{
    tlsedu_content_t c = cd->content.result;
    const char *name = tlsedu_content_service(c);

    if (cd->service != NULL) {
        tlsedu_evidence_t v = tlsedu_content_verdict(cd->service, c);
        if (v == TLSEDU_EVIDENCE_AGREE) {
            cd->evidence = v;
            cd->content_frame = pinfo->num;
        } else if (v == TLSEDU_EVIDENCE_MISMATCH && name != NULL &&
                   tlsedu_catalogue_by_name(name, facts->transport) != NULL) {
            const tlsedu_service_t *port_service = cd->service;
            tlsedu_conv_set_service(cd, name, facts->transport, cd->server_port, v, pinfo->num);
            cd->port_service = port_service;
        }
    } else if (name != NULL && c != TLSEDU_CONTENT_DNS && c != TLSEDU_CONTENT_RTP) {
        tlsedu_conv_set_service(cd, name, facts->transport, server, TLSEDU_EVIDENCE_NONSTANDARD, pinfo->num);
    }
}

/* RTP on a port nothing names: two packets from the same sender, same SSRC, consecutive
 * sequence numbers (one packet alone is too weak a signature). */
static void
rtp_check(tlsedu_conv_t *cd, packet_info *pinfo, const tlsedu_facts_t *facts, const guint8 *p, guint len)
{
    guint32 ssrc;
    guint16 seq;

    if (!tlsedu_sig_rtp(p, len, &ssrc, &seq)) {
        cd->content.decided = TRUE;     /* not RTP: never look again */
        return;
    }
    if (cd->rtp_port == facts->dst_port && cd->rtp_ssrc == ssrc && (guint16)(cd->rtp_seq + 1) == seq) {
        tlsedu_conv_set_service(cd, "RTP", TLSEDU_UDP, facts->dst_port, TLSEDU_EVIDENCE_NONSTANDARD, pinfo->num);
        return;
    }
    if (cd->rtp_port != 0 && cd->rtp_port == facts->dst_port) {
        cd->content.decided = TRUE;     /* the second packet does not follow the first */
        return;
    }
    cd->rtp_port = facts->dst_port;
    cd->rtp_ssrc = ssrc;
    cd->rtp_seq = seq;
}

void
tlsedu_content_frame(tlsedu_conv_t *cd, proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                     const tlsedu_facts_t *facts)
{
    const guint8 *p;
    guint len = 0, off = 0;

    if (cd->content.decided || cd->evidence == TLSEDU_EVIDENCE_NONSTANDARD ||
        cd->evidence == TLSEDU_EVIDENCE_MISMATCH)
        return;
    if (cd->service != NULL && !tlsedu_content_checkable(cd->service, facts->transport)) {
        cd->content.decided = TRUE;
        return;
    }
    if (facts->transport == TLSEDU_UDP) {
        if (!tlsedu_udp_payload(tvb, facts, &off, &len) || len == 0)
            return;
        p = tvb_get_ptr(tvb, off, len);
        if (cd->service == NULL) {
            rtp_check(cd, pinfo, facts, p, len);
        } else {
            /* DNS on port 53: one datagram tells */
            cd->content.decided = TRUE;
            cd->content.result = tlsedu_sig_dns(p, len) ? TLSEDU_CONTENT_DNS : TLSEDU_CONTENT_NONE;
            content_decided(cd, pinfo, facts, cd->server_port);
        }
        return;
    }
    if (tree == NULL || (p = tcp_payload(tree, &len)) == NULL)
        return;
    guint16 server = cd->service != NULL ? cd->server_port : guessed_server(facts);
    tlsedu_side_t side = facts->src_port == server ? TLSEDU_SIDE_SERVER : TLSEDU_SIDE_CLIENT;
    if (facts->src_port == facts->dst_port)
        return;   /* the ports do not tell the sides apart */
    if (tlsedu_content_feed(&cd->content, side, p, len))
        content_decided(cd, pinfo, facts, server);
}

void
tlsedu_content_tls_seen(tlsedu_conv_t *cd, packet_info *pinfo, const tlsedu_facts_t *facts)
{
    const gboolean quic = (facts->layers & layer_quic) != 0;

    /* QUIC where the port list puts it (443/udp): Wireshark's QUIC dissector agrees with
     * the port (RFC 9000 section 17: its long and short headers) */
    if (quic && cd->service != NULL && cd->evidence == TLSEDU_EVIDENCE_PORT &&
        strcmp(cd->service->service, "QUIC") == 0) {
        cd->evidence = TLSEDU_EVIDENCE_AGREE;
        cd->content_frame = pinfo->num;
        cd->content.decided = TRUE;
        return;
    }
    if (cd->service != NULL)
        return;
    /* Wireshark's own TLS, DTLS or QUIC dissector (its heuristics, or a Decode As) took a
     * conversation tlsedu has no name for: named by its content, on a non-standard port. */
    if (quic && facts->transport == TLSEDU_UDP)
        tlsedu_conv_set_service(cd, "QUIC", TLSEDU_UDP, guessed_server(facts), TLSEDU_EVIDENCE_NONSTANDARD, pinfo->num);
    else if (facts->has_tls && facts->transport == TLSEDU_UDP)
        tlsedu_conv_set_service(cd, "DTLS", TLSEDU_UDP, guessed_server(facts), TLSEDU_EVIDENCE_NONSTANDARD, pinfo->num);
    else if (facts->has_tls && facts->transport == TLSEDU_TCP)
        tlsedu_conv_set_service(cd, "TLS", TLSEDU_TCP, guessed_server(facts), TLSEDU_EVIDENCE_NONSTANDARD, pinfo->num);
}
