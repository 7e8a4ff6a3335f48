/* compat.h - the few places where the epan API differs between Wireshark versions.
 *
 * Keep every version difference here, keyed on WIRESHARK_VERSION_MAJOR/MINOR, so the
 * rest of the plugin reads the same for 4.0, 4.4 and 4.6.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_COMPAT_H
#define TLSEDU_COMPAT_H

#include <ws_version.h>
#include <epan/proto.h>
#include <epan/ftypes/ftypes.h>

#define TLSEDU_WS_AT_LEAST(maj, min) \
    (WIRESHARK_VERSION_MAJOR > (maj) || \
     (WIRESHARK_VERSION_MAJOR == (maj) && WIRESHARK_VERSION_MINOR >= (min)))

/* From 4.2 on a plugin describes what it is (tshark -G plugins says "dissector"), by an
 * exported plugin_describe(); 4.0 has no such call. Expands to its definition. */
#if TLSEDU_WS_AT_LEAST(4, 2)
#include <wsutil/plugins.h>
#define TLSEDU_PLUGIN_DESCRIBE(flags) \
    WS_DLL_PUBLIC uint32_t plugin_describe(void); \
    uint32_t plugin_describe(void) { return (flags); }
#define TLSEDU_PLUGIN_DISSECTOR WS_PLUGIN_DESC_DISSECTOR
#else
#define TLSEDU_PLUGIN_DESCRIBE(flags)
#define TLSEDU_PLUGIN_DISSECTOR 0
#endif

/* A heuristic dissector returns gboolean in 4.0 and bool from 4.2 on; a boolean
 * preference is stored in a gboolean in 4.0 and a bool from 4.2 on. */
#if TLSEDU_WS_AT_LEAST(4, 2)
typedef bool tlsedu_heur_result_t;
typedef bool tlsedu_pref_bool_t;
#else
typedef gboolean tlsedu_heur_result_t;
typedef gboolean tlsedu_pref_bool_t;
#endif

/* field_info.value is embedded in 4.0 and a pointer from 4.2 on. */
#if TLSEDU_WS_AT_LEAST(4, 2)
#define TLSEDU_FINFO_FVALUE(fi) ((fi)->value)
#else
#define TLSEDU_FINFO_FVALUE(fi) (&(fi)->value)
#endif

/* The value of an integer field of up to 32 bits, signed or not (snmp.msgVersion is
 * FT_INT32, most others FT_UINTn): FALSE for any other type, whose fvalue getters would
 * abort. */
static inline gboolean
tlsedu_finfo_int(field_info *fi, gint64 *value)
{
    switch (fi->hfinfo->type) {
    case FT_UINT8: case FT_UINT16: case FT_UINT24: case FT_UINT32: case FT_FRAMENUM:
        *value = fvalue_get_uinteger(TLSEDU_FINFO_FVALUE(fi));
        return TRUE;
    case FT_INT8: case FT_INT16: case FT_INT24: case FT_INT32:
        *value = fvalue_get_sinteger(TLSEDU_FINFO_FVALUE(fi));
        return TRUE;
    default:
        return FALSE;
    }
}

/* The value of an FT_BOOLEAN field (stored as an integer of up to 64 bits). */
static inline gboolean
tlsedu_finfo_boolean(field_info *fi)
{
    return fvalue_get_uinteger64(TLSEDU_FINFO_FVALUE(fi)) != 0;
}

/* The bytes of an FT_BYTES field (NULL for any other type): fvalue_get_bytes() returns
 * the data in 4.0 and a GBytes from 4.2 on. */
static inline const guint8 *
tlsedu_finfo_bytes(field_info *fi, gsize *len)
{
    if (fi->hfinfo->type != FT_BYTES)
        return NULL;
#if TLSEDU_WS_AT_LEAST(4, 2)
    *len = fvalue_get_bytes_size(fi->value);
    return (const guint8 *)fvalue_get_bytes_data(fi->value);
#else
    /* 4.0 does not export fvalue_length(): the item's length is the value's for bytes
     * taken from the packet */
    *len = fi->length > 0 ? (gsize)fi->length : 0;
    return fvalue_get_bytes(&fi->value);
#endif
}

/* The string of an FT_STRING/FT_STRINGZ field (NULL for any other type). */
static inline const char *
tlsedu_finfo_string(field_info *fi)
{
    switch (fi->hfinfo->type) {
    case FT_STRING: case FT_STRINGZ: case FT_UINT_STRING: case FT_STRINGZPAD: case FT_STRINGZTRUNC:
        return (const char *)fvalue_get_string(TLSEDU_FINFO_FVALUE(fi));
    default:
        return NULL;
    }
}

/* A stats tree's title as its window shows it: "name" in 4.0, "title" (beside the menu
 * "path") in 4.4 and later. */
#if TLSEDU_WS_AT_LEAST(4, 4)
#define TLSEDU_STATS_TREE_TITLE(cfg) ((cfg)->title)
#else
#define TLSEDU_STATS_TREE_TITLE(cfg) ((cfg)->name)
#endif

#endif /* TLSEDU_COMPAT_H */
