/* signatures.h - strict, cheap content signatures on the first bytes of a payload.
 *
 * Plain C11, no Wireshark include. Each function looks at a byte buffer only, returns
 * "no match" when the bytes do not match exactly, and never reads past len. They are
 * meant for the first payload of each side of a conversation (once per conversation,
 * never per packet).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SIGNATURES_H
#define TLSEDU_SIGNATURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What the first bytes of one side show. */
typedef enum {
    TLSEDU_CONTENT_NONE = 0,     /* nothing tlsedu recognises */
    TLSEDU_CONTENT_MORE,         /* could be a text protocol: wait for the next line */
    TLSEDU_CONTENT_SMTP_OR_FTP,  /* "220 " greeting that names neither: the client tells */
    TLSEDU_CONTENT_TLS,          /* a TLS record header (or an SSLv2 ClientHello) */
    TLSEDU_CONTENT_SSH,          /* "SSH-2.0-..." banner */
    TLSEDU_CONTENT_HTTP,         /* HTTP/1.x request or status line */
    TLSEDU_CONTENT_SMTP,
    TLSEDU_CONTENT_FTP,
    TLSEDU_CONTENT_IMAP,
    TLSEDU_CONTENT_POP3,
    TLSEDU_CONTENT_NNTP,
    TLSEDU_CONTENT_DNS,
    TLSEDU_CONTENT_RTP,
    TLSEDU_CONTENT_COUNT
} tlsedu_content_t;

/* Which side sent the bytes. */
typedef enum {
    TLSEDU_SIDE_SERVER = 0,
    TLSEDU_SIDE_CLIENT = 1
} tlsedu_side_t;

/* The first payload of one side of a TCP conversation: a TLS record header or SSLv2
 * ClientHello, an SSH banner, an HTTP request (client) or status line (server), a mail,
 * FTP or NNTP greeting (server) or first command (client). */
tlsedu_content_t tlsedu_sig_tcp_first(const uint8_t *p, size_t len, tlsedu_side_t side);

/* A TLS record header that can open a conversation (handshake or alert, SSL 3.0 to
 * TLS 1.3 versions, a legal length; a ClientHello from the client, a ServerHello or alert
 * from the server when the bytes show the handshake type), or an SSLv2 ClientHello. */
bool tlsedu_sig_tls(const uint8_t *p, size_t len, tlsedu_side_t side);

/* An SSH identification string, "SSH-<protoversion>-<softwareversion>" (RFC 4253 4.2). */
bool tlsedu_sig_ssh(const uint8_t *p, size_t len);

/* A DNS message over UDP filling the datagram: header counts that fit (RFC 1035 4.1.1):
 * a query has one question and no answer; opcode 0-2, 4-6; Z bit clear. */
bool tlsedu_sig_dns(const uint8_t *p, size_t len);

/* An RTP packet (RFC 3550 5.1): version 2, not an RTCP packet type, a payload after the
 * header, CSRC list and extension, and padding that fits. Fills *ssrc and *seq. */
bool tlsedu_sig_rtp(const uint8_t *p, size_t len, uint32_t *ssrc, uint16_t *seq);

/* An SNMP message filling the whole UDP payload: a BER SEQUENCE whose length ends exactly
 * at len, starting with INTEGER msgVersion (0 v1, 1 v2c, 2 v2u, 3 v3). On a match,
 * *version is msgVersion. */
bool tlsedu_sig_snmp_version(const uint8_t *p, size_t len, uint32_t *version);

/* The service name a content stands for ("TLS", "SSH", "HTTP", "SMTP", ...), or NULL for
 * NONE, MORE and SMTP_OR_FTP. */
const char *tlsedu_content_service(tlsedu_content_t content);

#endif /* TLSEDU_SIGNATURES_H */
