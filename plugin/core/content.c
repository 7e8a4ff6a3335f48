/* content.c - the content decision of one conversation and its verdict on the port.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "content.h"

#include <string.h>

void
tlsedu_content_init(tlsedu_content_state_t *st)
{
    memset(st, 0, sizeof *st);
}

/* A content that names one protocol (not "nothing", "not sure" or "SMTP or FTP"). */
static bool
decisive(tlsedu_content_t c)
{
    return c != TLSEDU_CONTENT_NONE && c != TLSEDU_CONTENT_MORE && c != TLSEDU_CONTENT_SMTP_OR_FTP;
}

static bool
decide(tlsedu_content_state_t *st, tlsedu_content_t result)
{
    st->decided = true;
    st->result = result;
    return true;
}

/* The server's first words decide when they name a protocol: a service is what its server
 * speaks (a TLS ClientHello answered by a cleartext SMTP banner is SMTP). The client's
 * first command decides when the server's words do not, and tells SMTP from FTP after a
 * bare "220 " greeting. */
bool
tlsedu_content_feed(tlsedu_content_state_t *st, tlsedu_side_t side, const uint8_t *p, size_t len)
{
    tlsedu_content_t c, sv, cl;
    bool sv_seen, cl_seen;

    if (st->decided || (side != TLSEDU_SIDE_SERVER && side != TLSEDU_SIDE_CLIENT) ||
        st->looks[side] >= TLSEDU_CONTENT_MAX_LOOKS || p == NULL || len == 0)
        return false;
    /* After a first line that told something, the side's later lines are not first lines. */
    if (st->looks[side] > 0 && st->side[side] != TLSEDU_CONTENT_MORE &&
        st->side[side] != TLSEDU_CONTENT_SMTP_OR_FTP)
        return false;
    c = tlsedu_sig_tcp_first(p, len, side);
    st->looks[side]++;
    if (st->looks[side] == 2 && st->side[side] == TLSEDU_CONTENT_SMTP_OR_FTP && !decisive(c))
        c = TLSEDU_CONTENT_SMTP_OR_FTP;  /* a 220- continuation line says no more */
    st->side[side] = c;

    sv = st->side[TLSEDU_SIDE_SERVER];
    cl = st->side[TLSEDU_SIDE_CLIENT];
    sv_seen = st->looks[TLSEDU_SIDE_SERVER] > 0;
    cl_seen = st->looks[TLSEDU_SIDE_CLIENT] > 0;
    if (decisive(sv))
        return decide(st, sv);
    if (sv == TLSEDU_CONTENT_SMTP_OR_FTP) {
        if (cl == TLSEDU_CONTENT_SMTP || cl == TLSEDU_CONTENT_FTP)
            return decide(st, cl);
        if ((cl_seen && cl != TLSEDU_CONTENT_MORE) || st->looks[TLSEDU_SIDE_CLIENT] >= TLSEDU_CONTENT_MAX_LOOKS)
            return decide(st, TLSEDU_CONTENT_SMTP_OR_FTP);
        return false;
    }
    if (decisive(cl))
        return sv_seen ? decide(st, cl) : false;   /* wait for the server's first words */
    if (sv_seen && cl_seen) {
        if ((sv == TLSEDU_CONTENT_MORE && st->looks[TLSEDU_SIDE_SERVER] < TLSEDU_CONTENT_MAX_LOOKS) ||
            (cl == TLSEDU_CONTENT_MORE && st->looks[TLSEDU_SIDE_CLIENT] < TLSEDU_CONTENT_MAX_LOOKS))
            return false;
        return decide(st, TLSEDU_CONTENT_NONE);
    }
    return false;
}

/* What content each catalogue service speaks from its first byte (by service name). */
static const struct {
    const char *service;
    tlsedu_content_t content;
} expected[] = {
    { "FTP", TLSEDU_CONTENT_FTP },       { "SSH", TLSEDU_CONTENT_SSH },
    { "SMTP", TLSEDU_CONTENT_SMTP },     { "DNS", TLSEDU_CONTENT_DNS },
    { "HTTP", TLSEDU_CONTENT_HTTP },     { "POP3", TLSEDU_CONTENT_POP3 },
    { "NNTP", TLSEDU_CONTENT_NNTP },     { "IMAP", TLSEDU_CONTENT_IMAP },
    { "HTTPS", TLSEDU_CONTENT_TLS },     { "SMTPS", TLSEDU_CONTENT_TLS },
    { "NNTPS", TLSEDU_CONTENT_TLS },     { "LDAPS", TLSEDU_CONTENT_TLS },
    { "DoT", TLSEDU_CONTENT_TLS },       { "FTPS", TLSEDU_CONTENT_TLS },
    { "IMAPS", TLSEDU_CONTENT_TLS },     { "POP3S", TLSEDU_CONTENT_TLS },
    { "SIPS", TLSEDU_CONTENT_TLS },      { "TLS", TLSEDU_CONTENT_TLS },
};

bool
tlsedu_content_checkable(const tlsedu_service_t *service, unsigned transport)
{
    if (service == NULL)
        return false;
    if (transport == TLSEDU_UDP)
        return strcmp(service->service, "DNS") == 0;
    return strcmp(service->service, "FTP-DATA") != 0 && strcmp(service->service, "TFTP") != 0;
}

tlsedu_evidence_t
tlsedu_content_verdict(const tlsedu_service_t *service, tlsedu_content_t content)
{
    tlsedu_content_t want = TLSEDU_CONTENT_NONE;

    if (service == NULL || content == TLSEDU_CONTENT_NONE || content == TLSEDU_CONTENT_MORE)
        return TLSEDU_EVIDENCE_PORT;
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++)
        if (strcmp(expected[i].service, service->service) == 0)
            want = expected[i].content;
    if (content == TLSEDU_CONTENT_SMTP_OR_FTP)
        return want == TLSEDU_CONTENT_SMTP || want == TLSEDU_CONTENT_FTP ? TLSEDU_EVIDENCE_AGREE
                                                                          : TLSEDU_EVIDENCE_PORT;
    if (content == want)
        return TLSEDU_EVIDENCE_AGREE;
    /* DNS and RTP headers are too weak to call another port's traffic by their name. */
    if (content == TLSEDU_CONTENT_DNS || content == TLSEDU_CONTENT_RTP)
        return TLSEDU_EVIDENCE_PORT;
    return TLSEDU_EVIDENCE_MISMATCH;
}

/* One BER TLV at p[*off] of tag `tag` (definite length of at most two bytes): its value's
 * offset and length; *off moves past it. */
static bool
ber_tlv(const uint8_t *p, size_t len, size_t *off, uint8_t tag, size_t *value, size_t *vlen)
{
    size_t o = *off, n;

    if (o + 2 > len || p[o] != tag)
        return false;
    o++;
    if (p[o] < 0x80) {
        n = p[o++];
    } else {
        size_t bytes = p[o++] & 0x7fu;
        if (bytes == 0 || bytes > 2 || o + bytes > len)
            return false;
        n = 0;
        while (bytes-- > 0)
            n = (n << 8) | p[o++];
    }
    if (n > len - o)
        return false;
    *value = o;
    *vlen = n;
    *off = o + n;
    return true;
}

bool
tlsedu_snmp_v3_flags(const uint8_t *p, size_t len, uint8_t *flags)
{
    size_t off = 0, v, n, g, glen;

    if (p == NULL || flags == NULL || !ber_tlv(p, len, &off, 0x30, &v, &n) || v + n != len)
        return false;
    off = v;
    /* msgVersion INTEGER 3 */
    if (!ber_tlv(p, len, &off, 0x02, &v, &n) || n != 1 || p[v] != 3)
        return false;
    /* msgGlobalData SEQUENCE { msgID, msgMaxSize, msgFlags, msgSecurityModel } */
    if (!ber_tlv(p, len, &off, 0x30, &g, &glen))
        return false;
    off = g;
    for (int field = 0; field < 2; field++)   /* msgID, then msgMaxSize */
        if (!ber_tlv(p, g + glen, &off, 0x02, &v, &n))
            return false;
    if (!ber_tlv(p, g + glen, &off, 0x04, &v, &n) || n != 1)
        return false;
    *flags = p[v];
    return true;
}
