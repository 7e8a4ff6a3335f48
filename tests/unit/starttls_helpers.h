/* starttls_helpers.h - the STARTTLS machine's driver for its unit tests
 * (test_starttls.c, test_starttls_more.c): one frame at a time, commands, replies, payloads.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_HELPERS_H
#define TLSEDU_STARTTLS_HELPERS_H

#include "core/starttls.h"

static tlsedu_starttls_t st;
static tlsedu_starttls_frame_t r;

#define C 1   /* from the client */
#define S 0   /* from the server */

static inline void
begin(uint32_t frame, int from_client)
{
    tlsedu_starttls_begin(&st, frame, from_client, false);
}

static inline void
end(void)
{
    r = *tlsedu_starttls_end(&st);
}

/* one client command in a frame of its own */
static inline void
cmd(uint32_t frame, const char *tag, const char *command, const char *param)
{
    begin(frame, C);
    tlsedu_starttls_command(&st, tag, command, param, false);
    end();
}

/* SMTP: an EHLO reply with these parameter lines */
static inline void
smtp_ehlo_reply(uint32_t frame, const char *const *lines)
{
    begin(frame, S);
    tlsedu_starttls_reply(&st, NULL, "250", true, false);
    for (; *lines; lines++)
        tlsedu_starttls_server_line(&st, *lines);
    end();
}

static inline void
reply(uint32_t frame, const char *tag, const char *status)
{
    begin(frame, S);
    tlsedu_starttls_reply(&st, tag, status, true, false);
    end();
}

static inline void
payload(uint32_t frame, int from_client, int tls)
{
    begin(frame, from_client);
    tlsedu_starttls_payload(&st, tls);
    end();
}

static const char *const offer[] = { "mail.example.org", "PIPELINING", "STARTTLS", "8BITMIME", NULL };
static const char *const no_offer[] = { "mail.example.org", "PIPELINING", "AUTH PLAIN LOGIN", NULL };

#endif /* TLSEDU_STARTTLS_HELPERS_H */
