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

bool
tlsedu_content_feed(tlsedu_content_state_t *st, tlsedu_side_t side, const uint8_t *p, size_t len)
{
    const tlsedu_side_t other = side == TLSEDU_SIDE_SERVER ? TLSEDU_SIDE_CLIENT : TLSEDU_SIDE_SERVER;
    tlsedu_content_t c;

    if (st->decided || (side != TLSEDU_SIDE_SERVER && side != TLSEDU_SIDE_CLIENT) ||
        st->looks[side] >= TLSEDU_CONTENT_MAX_LOOKS || p == NULL || len == 0)
        return false;
    /* After a recognised first line, the side's later lines are not first lines. */
    if (st->looks[side] > 0 && st->side[side] != TLSEDU_CONTENT_MORE &&
        st->side[side] != TLSEDU_CONTENT_SMTP_OR_FTP)
        return false;
    c = tlsedu_sig_tcp_first(p, len, side);
    st->looks[side]++;
    if (st->looks[side] == 2 && st->side[side] == TLSEDU_CONTENT_SMTP_OR_FTP && !decisive(c))
        c = TLSEDU_CONTENT_SMTP_OR_FTP;  /* a 220- continuation line says no more */
    st->side[side] = c;

    if (decisive(c)) {
        /* "220 " greeting, then the client's command: EHLO is SMTP, FEAT or AUTH TLS FTP. */
        if (side == TLSEDU_SIDE_CLIENT && st->side[other] == TLSEDU_CONTENT_SMTP_OR_FTP &&
            c != TLSEDU_CONTENT_SMTP && c != TLSEDU_CONTENT_FTP)
            return decide(st, TLSEDU_CONTENT_NONE);
        return decide(st, c);
    }
    if (c == TLSEDU_CONTENT_SMTP_OR_FTP && st->looks[TLSEDU_SIDE_CLIENT] > 0 &&
        st->side[TLSEDU_SIDE_CLIENT] == TLSEDU_CONTENT_NONE)
        return decide(st, TLSEDU_CONTENT_SMTP_OR_FTP);
    /* Both sides spoke and nothing decisive came, or a side used up its looks. */
    bool spent = st->looks[side] >= TLSEDU_CONTENT_MAX_LOOKS ||
                 (c == TLSEDU_CONTENT_NONE && st->looks[other] > 0);
    if (st->looks[other] > 0 && st->side[other] == TLSEDU_CONTENT_NONE && c == TLSEDU_CONTENT_NONE)
        spent = true;
    if (spent) {
        if (st->side[TLSEDU_SIDE_SERVER] == TLSEDU_CONTENT_SMTP_OR_FTP)
            return decide(st, TLSEDU_CONTENT_SMTP_OR_FTP);
        if (st->side[other] == TLSEDU_CONTENT_MORE && st->looks[other] < TLSEDU_CONTENT_MAX_LOOKS)
            return false;   /* the other side may still tell */
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
