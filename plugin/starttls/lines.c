/* lines.c - what the per-protocol readers share (lines.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/lines.h"

#include <string.h>

#include "shared/compat.h"

void
tlsedu_lines_root(tlsedu_lines_t *fl, field_info *fi)
{
    fl->proto_end = MAX(fl->proto_end, fi->start + fi->length);
    if (fl->proto_tvb == NULL && fi->ds_tvb != NULL) {
        fl->proto_tvb = fi->ds_tvb;
        fl->proto_start = fi->start;
    }
}

const char *
tlsedu_line_text(packet_info *pinfo, field_info *fi)
{
    const char *s = tlsedu_finfo_string(fi);
    char *t;
    size_t n;

    if ((s == NULL || s[0] == '\0') && fi->ds_tvb != NULL && fi->length > 0) {
        gint len = MIN(fi->length, TLSEDU_LINE_MAX_BYTES);
        s = (const char *)tvb_get_string_enc(pinfo->pool, fi->ds_tvb, fi->start, len, ENC_ASCII);
    }
    if (s == NULL)
        return NULL;
    for (n = 0; n < TLSEDU_LINE_MAX_BYTES && s[n] != '\0'; n++)
        ;
    while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    t = (char *)wmem_alloc(pinfo->pool, n + 1);
    memcpy(t, s, n);
    t[n] = '\0';
    return t;
}

tlsedu_line_t *
tlsedu_line_new(tlsedu_lines_t *fl, tlsedu_line_kind_t kind, field_info *fi)
{
    tlsedu_line_t *l;

    if (fl->n >= TLSEDU_MAX_LINES)
        return NULL;
    l = &fl->lines[fl->n++];
    memset(l, 0, sizeof *l);
    l->kind = kind;
    l->end = fi->start + fi->length;
    return l;
}

tlsedu_line_t *
tlsedu_line_current(tlsedu_lines_t *fl, tlsedu_line_kind_t kind)
{
    return fl->n > 0 && fl->lines[fl->n - 1].kind == kind ? &fl->lines[fl->n - 1] : NULL;
}

void
tlsedu_line_split(packet_info *pinfo, const char *text, const char **word, const char **rest)
{
    const char *sp = text != NULL ? strchr(text, ' ') : NULL;

    if (text == NULL) {
        *word = *rest = NULL;
        return;
    }
    if (sp == NULL) {
        *word = text;
        *rest = NULL;
        return;
    }
    *word = wmem_strndup(pinfo->pool, text, (size_t)(sp - text));
    while (*sp == ' ')
        sp++;
    *rest = sp;
}

const char *
tlsedu_line_code(packet_info *pinfo, field_info *fi)
{
    gint64 code;

    if (!tlsedu_finfo_int(fi, &code))
        return NULL;
    return wmem_strdup_printf(pinfo->pool, "%u", (unsigned)code);
}
