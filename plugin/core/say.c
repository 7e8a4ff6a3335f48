/* say.c - fills a sentence's placeholders and keeps it within one tree item.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "say.h"

#include <string.h>

#define NBSP "\xc2\xa0"
#define ELLIPSIS "\xe2\x80\xa6"

/* The length of the UTF-8 sequence that starts with c (1 for a stray byte). */
static size_t
utf8_len(unsigned char c)
{
    return c < 0xc0 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
}

typedef struct {
    char *buf;
    size_t pos, cap;        /* cap: the bytes the text may use, without the terminator */
    int cut;                /* something did not fit */
} out_t;

/* Copies whole UTF-8 sequences of src, at most n bytes of it; stops at the first that
 * does not fit. */
static void
put(out_t *o, const char *src, size_t n)
{
    const unsigned char *c = (const unsigned char *)src;
    size_t i = 0;

    while (i < n && c[i] != '\0' && !o->cut) {
        size_t k = utf8_len(c[i]);
        if (i + k > n || o->pos + k > o->cap) {
            o->cut = 1;
            break;
        }
        for (size_t j = 0; j < k; j++) {
            if (c[i + j] == '\0') {     /* a sequence cut by its terminator ends the text */
                o->buf[o->pos] = '\0';
                return;
            }
            o->buf[o->pos++] = (char)c[i + j];
        }
        i += k;
    }
    o->buf[o->pos] = '\0';
}

/* French typography: the space before : ; ? ! and ». and after « is a no-break space. */
static int
french_space(const char *t, const char *start)
{
    const char next = t[1];

    if (next == ':' || next == ';' || next == '?' || next == '!')
        return 1;
    if (strncmp(t + 1, "\xc2\xbb", 2) == 0)                    /* » */
        return 1;
    return t - start >= 2 && strncmp(t - 2, "\xc2\xab", 2) == 0; /* « */
}

void
tlsedu_say(tlsedu_explanation_t *e, tlsedu_lang_t lang, const tlsedu_sentence_t *s,
           const char *a1, const char *a2, const char *a3)
{
    const char *args[3] = { a1, a2, a3 };
    const char *t;
    out_t o;

    if (e == NULL || s == NULL || e->n >= TLSEDU_SENTENCES_MAX)
        return;
    t = s->text[(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
    if (t == NULL || *t == '\0')
        return;
    o.buf = e->s[e->n];
    o.pos = 0;
    o.cap = TLSEDU_SENTENCE_BYTES - (sizeof ELLIPSIS - 1);
    o.cut = 0;
    o.buf[0] = '\0';
    for (const char *p = t; *p != '\0' && !o.cut; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '3' && p[2] == '}') {
            const char *a = args[p[1] - '1'];
            put(&o, a != NULL ? a : "?", (size_t)-1);
            p += 2;
        } else if (*p == ' ' && lang == TLSEDU_LANG_FR && french_space(p, t)) {
            put(&o, NBSP, 2);
        } else {
            size_t k = 1;
            while (k < utf8_len((unsigned char)*p) && p[k] != '\0')
                k++;
            put(&o, p, k);
            p += k - 1;
        }
    }
    if (o.cut) {
        o.cap = TLSEDU_SENTENCE_BYTES;
        o.cut = 0;
        put(&o, ELLIPSIS, sizeof ELLIPSIS - 1);
    }
    e->n++;
}

char *
tlsedu_explanation_join(const tlsedu_explanation_t *e, char *buf, size_t len)
{
    out_t o;

    if (buf == NULL || len == 0)
        return buf;
    o.buf = buf;
    o.pos = 0;
    o.cap = len - 1;
    o.cut = 0;
    buf[0] = '\0';
    for (size_t i = 0; e != NULL && i < e->n && !o.cut; i++) {
        if (i > 0)
            put(&o, " ", 1);
        put(&o, e->s[i], (size_t)-1);
    }
    return buf;
}

/* Whether a sentence ends at t (". ", "! " or "? " before a capital, a quote or a digit-free
 * start): "e.g. x" and "5.4.2.2)" do not end one. */
static int
sentence_end(const char *t)
{
    unsigned char next;

    if ((t[0] != '.' && t[0] != '!' && t[0] != '?') || t[1] != ' ')
        return 0;
    next = (unsigned char)t[2];   /* read only now: t[1] is a space, t[2] at most the terminator */
    return (next >= 'A' && next <= 'Z') || next == '"' || next == 0xc3 /* É, À ... */ ||
           (next == 0xc2 && (unsigned char)t[3] == 0xab) /* « */ ||
           (next == 0xd0 && (unsigned char)t[3] >= 0x80 && (unsigned char)t[3] <= 0xaf) /* Ё, А-Я */;
}

/* One sentence of plain text (no placeholders), with French typography, fitted to an item. */
static void
say_plain(tlsedu_explanation_t *e, tlsedu_lang_t lang, const char *t, size_t n)
{
    out_t o;

    o.buf = e->s[e->n];
    o.pos = 0;
    o.cap = TLSEDU_SENTENCE_BYTES - (sizeof ELLIPSIS - 1);
    o.cut = 0;
    o.buf[0] = '\0';
    for (size_t i = 0; i < n && !o.cut; i++) {
        if (t[i] == ' ' && lang == TLSEDU_LANG_FR && french_space(t + i, t)) {
            put(&o, NBSP, 2);
        } else {
            size_t k = utf8_len((unsigned char)t[i]);
            put(&o, t + i, k < n - i ? k : n - i);
            i += k - 1;
        }
    }
    if (o.cut) {
        o.cap = TLSEDU_SENTENCE_BYTES;
        o.cut = 0;
        put(&o, ELLIPSIS, sizeof ELLIPSIS - 1);
    }
    if (o.pos > 0)
        e->n++;
}

size_t
tlsedu_explanation_split(tlsedu_explanation_t *e, tlsedu_lang_t lang, const char *text)
{
    const char *start = text;

    if (e == NULL)
        return 0;
    e->n = 0;
    for (const char *p = text; p != NULL && *p != '\0' && e->n < TLSEDU_SENTENCES_MAX; p++) {
        if (sentence_end(p)) {
            say_plain(e, lang, start, (size_t)(p + 1 - start));
            start = p + 2;
            p++;
        }
    }
    if (text != NULL && *start != '\0' && e->n < TLSEDU_SENTENCES_MAX)
        say_plain(e, lang, start, strlen(start));
    return e->n;
}

