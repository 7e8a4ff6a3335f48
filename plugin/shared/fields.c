/* fields.c - other dissectors' fields, read as data (fields.h).
 *
 * The postdissector wants these fields, so they are in the tree even when it is not
 * displayed. There, items of unwanted fields are left out, and the wanted ones hang
 * under the nearest kept ancestor, in the order the dissector added them. A walk of each
 * root item in document order therefore sees a record or a line, then its parts, whether
 * the tree is displayed or not.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/fields.h"

#include <string.h>

#define ROOT_FLAG 0x10000   /* kept beside the role in the table's values */

struct tlsedu_fields {
    GHashTable *roles;      /* hf id -> role | ROOT_FLAG */
};

void
tlsedu_want_fields(GArray *wanted, const char *const *names, int *const *ids, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        *ids[i] = proto_registrar_get_id_byname(names[i]);
        if (*ids[i] > 0)
            g_array_append_val(wanted, *ids[i]);
    }
}

GPtrArray *
tlsedu_finfos(proto_tree *tree, int hfid)
{
    GPtrArray *a = hfid > 0 && tree != NULL ? proto_get_finfo_ptr_array(tree, hfid) : NULL;
    return a != NULL && a->len > 0 ? a : NULL;
}

tlsedu_fields_t *
tlsedu_fields_new(void)
{
    /* registration data: lives as long as the epan library (and is freed with it) */
    tlsedu_fields_t *t = wmem_new0(wmem_epan_scope(), tlsedu_fields_t);

    t->roles = g_hash_table_new(g_direct_hash, g_direct_equal);
    return t;
}

static void
add(tlsedu_fields_t *t, const char *name, int role, const char *alt_marker, int alt_role, GArray *wanted)
{
    header_field_info *hfi = proto_registrar_get_byname(name);

    for (; hfi != NULL;
         hfi = hfi->same_name_prev_id > 0 ? proto_registrar_get_nth((guint)hfi->same_name_prev_id) : NULL) {
        int r = role;
        if (alt_marker != NULL && hfi->blurb != NULL && strstr(hfi->blurb, alt_marker) != NULL)
            r = alt_role;
        g_hash_table_insert(t->roles, GINT_TO_POINTER(hfi->id), GINT_TO_POINTER(r));
        g_array_append_val(wanted, hfi->id);
    }
}

void
tlsedu_fields_add(tlsedu_fields_t *t, const char *name, int role, GArray *wanted)
{
    add(t, name, role, NULL, 0, wanted);
}

void
tlsedu_fields_add_root(tlsedu_fields_t *t, const char *name, int role, GArray *wanted)
{
    add(t, name, role | ROOT_FLAG, NULL, 0, wanted);
}

void
tlsedu_fields_add_alt(tlsedu_fields_t *t, const char *name, int role, const char *alt_marker, int alt_role,
                      GArray *wanted)
{
    add(t, name, role, alt_marker, alt_role, wanted);
}

static int
entry_of(const tlsedu_fields_t *t, proto_node *node)
{
    field_info *fi = PNODE_FINFO(node);

    if (t == NULL || fi == NULL || fi->hfinfo == NULL)
        return 0;
    return GPOINTER_TO_INT(g_hash_table_lookup(t->roles, GINT_TO_POINTER(fi->hfinfo->id)));
}

int
tlsedu_fields_role(const tlsedu_fields_t *t, proto_node *node)
{
    return entry_of(t, node) & ~ROOT_FLAG;
}

/* The node after c in document order below root (depth first, without recursion); with
 * descend FALSE the children of c are skipped. NULL at the end. */
static proto_node *
next_node(proto_node *c, const proto_node *root, gboolean descend)
{
    if (descend && c->first_child != NULL)
        return c->first_child;
    while (c != root && c->next == NULL)
        c = c->parent;
    return c == root ? NULL : c->next;
}

static void
walk_root(const tlsedu_fields_t *t, proto_node *root, int entry, tlsedu_field_cb on_field, void *state)
{
    on_field(state, entry & ~ROOT_FLAG, PNODE_FINFO(root));
    for (proto_node *c = root->first_child; c != NULL; c = next_node(c, root, TRUE)) {
        int e = entry_of(t, c);
        if (e != 0 && !(e & ROOT_FLAG))
            on_field(state, e, PNODE_FINFO(c));
    }
}

guint
tlsedu_fields_walk(const tlsedu_fields_t *t, proto_tree *tree, gboolean nested, tlsedu_field_cb on_field,
                   void *state)
{
    guint roots = 0;

    if (t == NULL || tree == NULL)
        return 0;
    for (proto_node *top = tree->first_child; top != NULL; top = top->next) {
        int e = entry_of(t, top);
        if (e & ROOT_FLAG) {
            walk_root(t, top, e, on_field, state);
            roots++;
        }
    }
    if (roots > 0 || !nested)
        return roots;
    /* A protocol carried inside another one (TLS in EAP) hangs deeper in the tree. */
    for (proto_node *c = tree->first_child; c != NULL;) {
        int e = entry_of(t, c);
        if (e & ROOT_FLAG) {
            walk_root(t, c, e, on_field, state);
            roots++;
        }
        c = next_node(c, tree, !(e & ROOT_FLAG));
    }
    return roots;
}
