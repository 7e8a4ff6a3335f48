/* course.h - the course notes' six steps of a TLS negotiation (../shared/course-notes,
 * "Processus de négociation TLS/SSL", Étape 1 to 6, written for RSA-era TLS): which step
 * each stage item illustrates, and a note that says, in the course's words, how the frame
 * relates to the notes and where this version differs from them.
 *
 * Three numberings meet in a TLS capture, each with its own word: the course's steps
 * ("Étape" in French, theirs only), tlsedu's handshake stages ("phase") and the STARTTLS
 * progress ("avancement STARTTLS").
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_COURSE_H
#define TLSEDU_COURSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"
#include "handshake.h"

#define TLSEDU_COURSE_STEPS 6

/* The course's step this item illustrates (1-6), or 0 when the notes show none.
 * tls13: the negotiated version is TLS 1.3 (or DTLS 1.3, QUIC). */
uint8_t tlsedu_course_step(const tlsedu_stage_item_t *it, bool tls13);

/* The note of this item in lang, into buf: how it relates to the notes' step, and the
 * correction where this version or key exchange differs (tls13: the negotiated version;
 * kex: the handshake's; null_cipher: the suite encrypts nothing; anonymous: nothing is
 * signed). NULL when the item has none. */
char *tlsedu_course_note(const tlsedu_stage_item_t *it, bool tls13, tlsedu_kex_t kex,
                         bool null_cipher, bool anonymous, tlsedu_lang_t lang, char *buf, size_t len);

/* The course notes' words for an upgrade request (STARTTLS, STLS, AUTH TLS ...: the
 * command is given): the notes' "special command" that switches the connection to TLS,
 * and the port it runs on (ports: the protocol's own, in words; implicit_port: the protocol also
 * has a port for implicit TLS), the Russian notes' "arbitrary port" corrected. Into buf; returns buf. */
char *tlsedu_course_upgrade_note(const char *command, const char *ports, bool implicit_port, tlsedu_lang_t lang,
                                 char *buf, size_t len);

/* The title of a step (value_string text of tlsedu.course_step), or "?". */
const char *tlsedu_course_step_name(uint8_t step, tlsedu_lang_t lang);

#endif /* TLSEDU_COURSE_H */
