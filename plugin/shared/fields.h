/* fields.h - other dissectors' fields, read as data: look them up once at hand-off (their
 * hf ids become wanted fields of the postdissector) and read them per frame, either one
 * field at a time or by one walk in document order over a table of fields and their
 * roles (the shape of transum's hf_of_interest).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_FIELDS_H
#define TLSEDU_FIELDS_H

#include <epan/packet.h>

/* At hand-off: looks each field up by name into *ids[i] and appends those that exist to
 * wanted (the fields the postdissector asks Wireshark to keep in the tree). */
void tlsedu_want_fields(GArray *wanted, const char *const *names, int *const *ids, size_t n);

/* The field_infos of a wanted field in this frame's tree, or NULL when there is none. */
GPtrArray *tlsedu_finfos(proto_tree *tree, int hfid);

/* A table of fields and their roles (registration data: filled at hand-off, read-only
 * afterwards). A role is a feature's own small number (> 0); a root role marks the
 * protocol item whose subtree holds the other fields. */
typedef struct tlsedu_fields tlsedu_fields_t;

tlsedu_fields_t *tlsedu_fields_new(void);

/* Every field registered under name (several can share one) gets role and is appended
 * to wanted. When alt_marker is not NULL, a field of that name whose description holds
 * alt_marker gets alt_role instead (SSLv2's tls.handshake.type). Absent names are skipped
 * (a field another Wireshark version lacks). */
void tlsedu_fields_add(tlsedu_fields_t *t, const char *name, int role, GArray *wanted);
void tlsedu_fields_add_root(tlsedu_fields_t *t, const char *name, int role, GArray *wanted);
void tlsedu_fields_add_alt(tlsedu_fields_t *t, const char *name, int role, const char *alt_marker,
                           int alt_role, GArray *wanted);

/* The role of a node of the tree (0: none). */
int tlsedu_fields_role(const tlsedu_fields_t *t, proto_node *node);

/* Called for every field with a role, in document order (a root's own item first). */
typedef void (*tlsedu_field_cb)(void *state, int role, field_info *fi);

/* Walks the subtree of every root item at the top of the tree in document order, calling
 * on_field for each field with a role. With nested, when no root stands at the top (TLS
 * inside EAP), root items are looked for deeper. Returns the number of roots walked. */
guint tlsedu_fields_walk(const tlsedu_fields_t *t, proto_tree *tree, gboolean nested,
                         tlsedu_field_cb on_field, void *state);

#endif /* TLSEDU_FIELDS_H */
