/* signatures.c - content signatures on payload bytes.
 *
 * Every signature is strict: a text protocol must show a whole first line of printable
 * characters with the protocol's own shape, a binary one header fields inside their legal
 * ranges. When a greeting could be two protocols ("220 " is SMTP and FTP), the answer is
 * "not sure yet" and the caller waits for the other side's first command.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "signatures.h"

#include <string.h>

#include "ascii.h"
#include "handshake.h"
#include "tls_types.h"

/* The longest first line looked at: greetings and request lines are short. */
#define LINE_MAX_SCAN 512

/* The length of the first line (without its CRLF or LF) when the line is complete,
 * printable (tabs allowed) and not longer than LINE_MAX_SCAN; otherwise 0. A line that
 * runs to the end of the buffer without an end is incomplete: also 0. */
static size_t
first_line(const uint8_t *p, size_t len)
{
    for (size_t i = 0; i < len && i < LINE_MAX_SCAN; i++) {
        if (p[i] == '\n')
            return i > 0 && p[i - 1] == '\r' ? i - 1 : i;
        if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\r') || p[i] >= 0x7f)
            return 0;
        if (p[i] == '\r' && (i + 1 >= len || p[i + 1] != '\n'))
            return 0;
    }
    return 0;
}

/* Whether the line holds the word w (ASCII letters, ignoring case) anywhere. */
static bool
line_has_ci(const uint8_t *line, size_t n, const char *w)
{
    size_t k = strlen(w);

    for (size_t i = 0; i + k <= n; i++)
        if (tlsedu_ascii_prefix_ci(line + i, n - i, w))
            return true;
    return false;
}

static bool
is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

bool
tlsedu_sig_tls(const uint8_t *p, size_t len, tlsedu_side_t side)
{
    if (p == NULL || len < 5)
        return false;
    if (p[0] & 0x80) {
        /* SSLv2 ClientHello: 2-byte header (RFC 6101 appendix E.2), its message type, then
         * the highest version the client speaks: SSL 2.0 or 3.x. */
        size_t rec = ((size_t)(p[0] & 0x7f) << 8) | p[1];
        unsigned version = ((unsigned)p[3] << 8) | p[4];
        return side == TLSEDU_SIDE_CLIENT && p[2] == TLSEDU_SSL2_CLIENT_HELLO && rec >= 9 &&
               (version == TLSEDU_VERSION_SSL2 ||
                (version >= TLSEDU_VERSION_SSL3 && version <= TLSEDU_VERSION_TLS13));
    }
    /* A record opening a conversation: handshake or alert, SSL 3.0 to TLS 1.3. */
    unsigned version = ((unsigned)p[1] << 8) | p[2];
    if ((p[0] != TLSEDU_CT_HANDSHAKE && p[0] != TLSEDU_CT_ALERT) || version < TLSEDU_VERSION_SSL3 ||
        version > TLSEDU_VERSION_TLS13)
        return false;
    size_t rec = ((size_t)p[3] << 8) | p[4];
    if (rec == 0 || rec > TLSEDU_RECORD_MAX_LENGTH)
        return false;
    if (p[0] == TLSEDU_CT_ALERT)   /* two bytes: level and description */
        return side == TLSEDU_SIDE_SERVER && rec == 2 &&
               (len < 6 || p[5] == TLSEDU_ALERT_WARNING || p[5] == TLSEDU_ALERT_FATAL);
    if (len >= 6) {
        /* a ClientHello from the client; a ServerHello or HelloRequest from the server */
        if (side == TLSEDU_SIDE_CLIENT && p[5] != TLSEDU_HS_CLIENT_HELLO)
            return false;
        if (side == TLSEDU_SIDE_SERVER && p[5] != TLSEDU_HS_SERVER_HELLO && p[5] != TLSEDU_HS_HELLO_REQUEST)
            return false;
    }
    return true;
}

bool
tlsedu_sig_ssh(const uint8_t *p, size_t len)
{
    size_t n, i;

    if (p == NULL || !tlsedu_ascii_prefix_ci(p, len, "SSH-") || p[0] != 'S')
        return false;
    /* "SSH-" protoversion "-" softwareversion, e.g. SSH-2.0-OpenSSH_9.2p1 or SSH-1.99- */
    for (i = 4; i < len && (is_digit(p[i]) || p[i] == '.'); i++)
        ;
    if (i == 4 || i >= len || p[i] != '-' || !is_digit(p[4]))
        return false;
    if (i + 1 >= len || p[i + 1] <= 0x20 || p[i + 1] >= 0x7f)
        return false;
    n = first_line(p, len);
    return n > i;
}

/* "HTTP/1.0 200 ..." or "HTTP/1.1 301 ..." */
static bool
http_status_line(const uint8_t *p, size_t n)
{
    return n >= 12 && memcmp(p, "HTTP/1.", 7) == 0 && (p[7] == '0' || p[7] == '1') &&
           p[8] == ' ' && is_digit(p[9]) && is_digit(p[10]) && is_digit(p[11]) &&
           (n == 12 || p[12] == ' ');
}

/* "METHOD SP request-target SP HTTP/1.x" (RFC 9112 3) */
static bool
http_request_line(const uint8_t *p, size_t n)
{
    static const char *const methods[] = {
        "GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "PATCH ", "CONNECT ", "TRACE ",
    };
    for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++) {
        size_t k = strlen(methods[m]);
        if (n < k + 10 || memcmp(p, methods[m], k) != 0 || p[k] == ' ')
            continue;
        return memcmp(p + n - 9, " HTTP/1.", 8) == 0 && (p[n - 1] == '0' || p[n - 1] == '1');
    }
    return false;
}

/* A reply line "ddd" followed by a space or a dash (multi-line) or its end. */
static bool
reply_code(const uint8_t *line, size_t n, const char *code)
{
    return n >= 3 && memcmp(line, code, 3) == 0 && (n == 3 || line[3] == ' ' || line[3] == '-');
}

static tlsedu_content_t
server_text(const uint8_t *line, size_t n)
{
    if (http_status_line(line, n))
        return TLSEDU_CONTENT_HTTP;
    if (reply_code(line, n, "220")) {
        /* SMTP (RFC 5321 4.2) and FTP (RFC 959 5.4) both greet with 220: the banner's words tell */
        bool smtp = line_has_ci(line, n, "SMTP") || line_has_ci(line, n, "Postfix") ||
                    line_has_ci(line, n, "Exim") || line_has_ci(line, n, "Sendmail");
        bool ftp = line_has_ci(line, n, "FTP");
        if (smtp != ftp)
            return smtp ? TLSEDU_CONTENT_SMTP : TLSEDU_CONTENT_FTP;
        return TLSEDU_CONTENT_SMTP_OR_FTP;
    }
    if (n >= 5 && (memcmp(line, "* OK ", 5) == 0 || memcmp(line, "* OK[", 5) == 0))
        return TLSEDU_CONTENT_IMAP;   /* RFC 9051 7.1: greeting "* OK" */
    if (n >= 10 && memcmp(line, "* PREAUTH ", 10) == 0)
        return TLSEDU_CONTENT_IMAP;
    if (n >= 3 && memcmp(line, "+OK", 3) == 0 && (n == 3 || line[3] == ' '))
        return TLSEDU_CONTENT_POP3;   /* RFC 1939 4 */
    if (reply_code(line, n, "200") || reply_code(line, n, "201")) {
        /* NNTP greeting (RFC 3977 5.1): 200 posting allowed, 201 not allowed */
        if (line_has_ci(line, n, "NNTP") || line_has_ci(line, n, "news") ||
            line_has_ci(line, n, "Leafnode"))
            return TLSEDU_CONTENT_NNTP;
        return TLSEDU_CONTENT_MORE;
    }
    return TLSEDU_CONTENT_NONE;
}

/* An IMAP tagged command: tag (RFC 9051 "tag": ASTRING-CHAR except "+"), SP, command. */
static bool
imap_command(const uint8_t *line, size_t n)
{
    static const char *const commands[] = {
        "CAPABILITY", "LOGIN ", "STARTTLS", "AUTHENTICATE ", "NOOP", "ID ", "LOGOUT",
    };
    size_t t = 0;

    while (t < n && t < 64 && line[t] > 0x20 && line[t] < 0x7f && line[t] != '+' &&
           line[t] != '(' && line[t] != ')' && line[t] != '{' && line[t] != '%' &&
           line[t] != '*' && line[t] != '"' && line[t] != '\\')
        t++;
    if (t == 0 || t >= n || line[t] != ' ')
        return false;
    for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++) {
        size_t k = strlen(commands[c]);
        bool word = commands[c][k - 1] != ' ';
        if (tlsedu_ascii_prefix_ci(line + t + 1, n - t - 1, commands[c]) &&
            (!word || t + 1 + k == n || line[t + 1 + k] == ' '))
            return true;
    }
    return false;
}

/* A whole command word at the start of the line: "CAPA" matches "CAPA" and "CAPA x". */
static bool
command(const uint8_t *line, size_t n, const char *word)
{
    size_t k = strlen(word);
    return tlsedu_ascii_prefix_ci(line, n, word) && (n == k || line[k] == ' ');
}

static tlsedu_content_t
client_text(const uint8_t *line, size_t n)
{
    if (http_request_line(line, n))
        return TLSEDU_CONTENT_HTTP;
    if (command(line, n, "EHLO") || command(line, n, "HELO"))
        return TLSEDU_CONTENT_SMTP;                  /* RFC 5321 4.1.1.1 */
    if (command(line, n, "FEAT") || command(line, n, "SYST") ||
        command(line, n, "AUTH TLS") || command(line, n, "AUTH SSL"))
        return TLSEDU_CONTENT_FTP;                   /* RFC 2389, RFC 959, RFC 4217 */
    if (command(line, n, "CAPA") || command(line, n, "STLS") || command(line, n, "APOP"))
        return TLSEDU_CONTENT_POP3;                  /* RFC 2449, RFC 2595, RFC 1939 */
    if (command(line, n, "CAPABILITIES") || command(line, n, "MODE READER"))
        return TLSEDU_CONTENT_NNTP;                  /* RFC 3977 5.2, 5.3 */
    if (imap_command(line, n))
        return TLSEDU_CONTENT_IMAP;
    if (command(line, n, "USER"))
        return TLSEDU_CONTENT_MORE;                  /* FTP or POP3 */
    return TLSEDU_CONTENT_NONE;
}

tlsedu_content_t
tlsedu_sig_tcp_first(const uint8_t *p, size_t len, tlsedu_side_t side)
{
    size_t n;

    if (p == NULL || len == 0)
        return TLSEDU_CONTENT_NONE;
    if (tlsedu_sig_tls(p, len, side))
        return TLSEDU_CONTENT_TLS;
    if (tlsedu_sig_ssh(p, len))
        return TLSEDU_CONTENT_SSH;
    n = first_line(p, len);
    if (n == 0)
        return TLSEDU_CONTENT_NONE;
    return side == TLSEDU_SIDE_SERVER ? server_text(p, n) : client_text(p, n);
}

bool
tlsedu_sig_dns(const uint8_t *p, size_t len)
{
    if (p == NULL || len < 12 || len > 65535)
        return false;
    unsigned flags = ((unsigned)p[2] << 8) | p[3];
    unsigned opcode = (flags >> 11) & 0xf;
    unsigned qd = ((unsigned)p[4] << 8) | p[5], an = ((unsigned)p[6] << 8) | p[7];
    unsigned ns = ((unsigned)p[8] << 8) | p[9], ar = ((unsigned)p[10] << 8) | p[11];

    if (opcode == 3 || opcode > 6 || (flags & 0x0040))  /* unassigned opcode, Z bit */
        return false;
    if (!(flags & 0x8000) && (qd != 1 || an != 0))     /* a query asks one question */
        return false;
    if (qd > 1 || (size_t)(qd + an + ns + ar) * 5 > len - 12)   /* each record >= 5 bytes */
        return false;
    if (qd == 1) {
        /* the question's name: labels of 1..63 bytes ending in the root, inside the message */
        size_t o = 12;
        while (o < len && p[o] != 0) {
            if (p[o] > 63)
                return false;
            o += 1u + p[o];
        }
        if (o + 5 > len)
            return false;
    }
    return true;
}

bool
tlsedu_sig_rtp(const uint8_t *p, size_t len, uint32_t *ssrc, uint16_t *seq)
{
    if (p == NULL || len < 13 || (p[0] >> 6) != 2)
        return false;
    unsigned pt = p[1] & 0x7f;
    /* RTCP shares the port pair: packet types 200-204 read as PT 72-76 with the marker */
    if (pt >= 72 && pt <= 76)
        return false;
    /* payload types in use: static 0-34 (RFC 3551) and dynamic 96-127 */
    if (pt > 34 && pt < 96)
        return false;
    size_t hdr = 12 + 4u * (p[0] & 0x0f);
    if ((p[0] & 0x10) != 0) {           /* header extension: 4 bytes + length words */
        if (len < hdr + 4)
            return false;
        hdr += 4 + 4u * (((size_t)p[hdr + 2] << 8) | p[hdr + 3]);
    }
    size_t pad = (p[0] & 0x20) ? p[len - 1] : 0;
    if ((p[0] & 0x20) && pad == 0)
        return false;
    if (hdr + pad >= len)
        return false;
    *seq = (uint16_t)(((unsigned)p[2] << 8) | p[3]);
    *ssrc = ((uint32_t)p[8] << 24) | ((uint32_t)p[9] << 16) | ((uint32_t)p[10] << 8) | p[11];
    return true;
}

const char *
tlsedu_content_service(tlsedu_content_t content)
{
    static const char *const names[TLSEDU_CONTENT_COUNT] = {
        [TLSEDU_CONTENT_TLS] = "TLS",   [TLSEDU_CONTENT_SSH] = "SSH",
        [TLSEDU_CONTENT_HTTP] = "HTTP", [TLSEDU_CONTENT_SMTP] = "SMTP",
        [TLSEDU_CONTENT_FTP] = "FTP",   [TLSEDU_CONTENT_IMAP] = "IMAP",
        [TLSEDU_CONTENT_POP3] = "POP3", [TLSEDU_CONTENT_NNTP] = "NNTP",
        [TLSEDU_CONTENT_DNS] = "DNS",   [TLSEDU_CONTENT_RTP] = "RTP",
    };
    return (unsigned)content < TLSEDU_CONTENT_COUNT ? names[content] : NULL;
}

/* A BER definite length at p[0..]: the length and the number of bytes it took. */
static bool
ber_length(const uint8_t *p, size_t avail, size_t *length, size_t *used)
{
    if (avail < 1)
        return false;
    if (p[0] < 0x80) {
        *length = p[0];
        *used = 1;
        return true;
    }
    size_t n = p[0] & 0x7fu;
    if (n == 0 || n > 2 || avail < 1 + n) /* indefinite or longer than a UDP datagram */
        return false;
    size_t v = 0;
    for (size_t i = 1; i <= n; i++)
        v = (v << 8) | p[i];
    *length = v;
    *used = 1 + n;
    return true;
}

bool
tlsedu_sig_snmp_version(const uint8_t *p, size_t len, uint32_t *version)
{
    size_t body, used;

    if (p == NULL || len < 5 || p[0] != 0x30)
        return false;
    if (!ber_length(p + 1, len - 1, &body, &used))
        return false;
    size_t hdr = 1 + used;
    if (hdr + body != len || body < 3)
        return false;
    /* INTEGER of one byte: the version */
    if (p[hdr] != 0x02 || p[hdr + 1] != 0x01 || p[hdr + 2] > 3)
        return false;
    *version = p[hdr + 2];
    return true;
}
