/* tcp_segment.c - this frame's TCP segment from one field of Wireshark's TCP dissector.
 *
 * Why a peek (issue 8): every field the postdissector wants is kept as a real item in
 * every packet's tree. Five TCP fields (tcp.srcport, tcp.hdr_len, tcp.len,
 * tcp.flags.fin, tcp.flags.reset) cost about 5,000 instructions a TCP packet in plain
 * reading, a tenth of stock tshark's whole work there. One is enough: TCP adds tcp.len
 * (the segment's payload length, a generated item) at offset 0, length 0, of its own
 * tvb, so its field_info says where in the data source the TCP header starts (in
 * Wireshark 4.0 to 4.6: packet-tcp.c, `proto_tree_add_uint(ti, hf_tcp_len, tvb, 0, 0,
 * ...)`). From there two header bytes that TCP itself has checked are read: the data
 * offset (byte 12, the header length) and the flags (byte 13, FIN 0x01, RST 0x04).
 * TCP adds tcp.len only for a segment with a whole header, outside fragments and ICMP
 * errors, so a frame without it has no segment here.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/tcp_segment.h"

#include "shared/compat.h"
#include "shared/fields.h"

#define TCP_FLAG_FIN 0x01
#define TCP_FLAG_RST 0x04

static int hf_tcp_len = -1;

void
tlsedu_tcp_segment_wanted(GArray *wanted)
{
    const char *const names[] = { "tcp.len" };
    int *const ids[] = { &hf_tcp_len };

    tlsedu_want_fields(wanted, names, ids, G_N_ELEMENTS(names));
}

gboolean
tlsedu_tcp_segment(proto_tree *tree, tlsedu_tcp_segment_t *seg)
{
    GPtrArray *a = tlsedu_finfos(tree, hf_tcp_len);
    field_info *fi;
    gint64 len = 0;
    guint hdr, avail, payload;

    memset(seg, 0, sizeof *seg);
    if (a == NULL)
        return FALSE;
    fi = (field_info *)g_ptr_array_index(a, a->len - 1);   /* the innermost TCP */
    if (fi->ds_tvb == NULL || fi->start < 0 || !tlsedu_finfo_int(fi, &len) || len < 0)
        return FALSE;
    avail = tvb_captured_length(fi->ds_tvb);
    if ((guint)fi->start + 14 > avail)
        return FALSE;
    /* bytes 12 and 13 of the header (tvb_get_ptr: the same call from 4.0 to 4.6, where
     * tvb_get_guint8 is deprecated); avail was checked above */
    const guint8 *h = tvb_get_ptr(fi->ds_tvb, fi->start + 12, 2);
    hdr = (guint)(h[0] >> 4) * 4;
    if (hdr < 20)
        return FALSE;
    seg->fin = (h[1] & TCP_FLAG_FIN) != 0;
    seg->rst = (h[1] & TCP_FLAG_RST) != 0;
    payload = (guint)fi->start + hdr;
    if (len > 0 && payload < avail) {
        seg->payload_len = MIN((guint)MIN(len, (gint64)G_MAXUINT), avail - payload);
        seg->payload = tvb_get_ptr(fi->ds_tvb, (gint)payload, (gint)seg->payload_len);
    }
    return TRUE;
}

gboolean
tlsedu_tcp_connection_end(proto_tree *tree)
{
    tlsedu_tcp_segment_t seg;

    return tree != NULL && tlsedu_tcp_segment(tree, &seg) && (seg.fin || seg.rst);
}
