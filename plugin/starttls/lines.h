/* lines.h - the lines of one frame of an upgradable protocol (commands, replies and
 * server text), as the STARTTLS step machine takes them, and the readers that make them
 * from Wireshark's fields: one small reader per protocol (read_*.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_STARTTLS_LINES_H
#define TLSEDU_STARTTLS_LINES_H

#include <epan/packet.h>

#include "core/starttls.h"

#define TLSEDU_LINE_MAX_BYTES 512   /* longest line handed to the core */
#define TLSEDU_MAX_LINES 64

typedef enum { TLSEDU_LINE_COMMAND, TLSEDU_LINE_REPLY, TLSEDU_LINE_TEXT } tlsedu_line_kind_t;

typedef struct {
    tlsedu_line_kind_t kind;
    const char *tag, *command, *parameter, *status;
    gint end;              /* end of the line's bytes in the protocol item's tvb */
} tlsedu_line_t;

typedef struct {
    packet_info *pinfo;
    tlsedu_upgrade_proto_t proto;
    tlsedu_line_t lines[TLSEDU_MAX_LINES];
    guint n;
    gint proto_end;        /* end of the protocol item (the payload it was given) */
    tvbuff_t *proto_tvb;   /* the first protocol item's bytes (NULL: none) */
    gint proto_start;
} tlsedu_lines_t;

/* A field a reader reads, and its role (> 1, the reader's own numbers). */
typedef struct {
    const char *name;
    int role;
} tlsedu_line_field_t;

#define TLSEDU_LINE_ROOT 1   /* the protocol's item: handled by starttls.c */

/* One protocol's reader: the protocol's filter name, its fields, and what to do with each
 * field of a frame, in document order (starttls.c looks the fields up and walks them). */
typedef struct {
    tlsedu_upgrade_proto_t proto;
    const char *filter;
    const tlsedu_line_field_t *fields;
    size_t n_fields;
    void (*on_field)(tlsedu_lines_t *lines, int role, field_info *fi);
} tlsedu_line_reader_t;

extern const tlsedu_line_reader_t tlsedu_read_smtp, tlsedu_read_imap, tlsedu_read_pop3,
    tlsedu_read_ftp, tlsedu_read_ldap, tlsedu_read_xmpp, tlsedu_read_pgsql;

/* PostgreSQL: the server's one-byte answer to SSLRequest ('S' or 'N'), which Wireshark
 * parses without an item, read from this frame's TCP payload as a reply line. TRUE when
 * the frame is such an answer (and fl had no line). */
gboolean tlsedu_pgsql_answer(proto_tree *tree, tlsedu_lines_t *fl);

/* Helpers the readers share (lines.c). */

/* A root item of the protocol: where its payload starts and ends. */
void tlsedu_lines_root(tlsedu_lines_t *fl, field_info *fi);

/* The text of a string field; for the items whose value is empty (POP), the bytes they
 * cover. Bounded, without the line end (pinfo->pool). */
const char *tlsedu_line_text(packet_info *pinfo, field_info *fi);

/* A new line of this kind ending where fi ends (NULL when the frame has too many). */
tlsedu_line_t *tlsedu_line_new(tlsedu_lines_t *fl, tlsedu_line_kind_t kind, field_info *fi);

/* The last line when it is of this kind, else NULL. */
tlsedu_line_t *tlsedu_line_current(tlsedu_lines_t *fl, tlsedu_line_kind_t kind);

/* "WORD rest": the first word and what follows the spaces after it (pinfo->pool). */
void tlsedu_line_split(packet_info *pinfo, const char *text, const char **word, const char **rest);

/* A numeric field's value as text ("220"), or NULL. */
const char *tlsedu_line_code(packet_info *pinfo, field_info *fi);

#endif /* TLSEDU_STARTTLS_LINES_H */
