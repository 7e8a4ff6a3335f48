/* handoff.h - heuristic dissectors for the mail, FTP and NNTP services on any TCP port,
 * and the hand-off of their conversations to Wireshark's own dissectors.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_HANDOFF_H
#define TLSEDU_HANDOFF_H

/* At hand-off: registers the heuristics on tcp and the implicit-TLS ports 563 and 990. */
void tlsedu_handoff_register(void);

#endif /* TLSEDU_HANDOFF_H */
