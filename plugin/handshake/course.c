/* course.c - the course notes' six steps on the handshake's items (core/course.c):
 * tlsedu.course_step, the notes' step a message illustrates, and tlsedu.course_note, how
 * the frame relates to the notes and where this version differs from them. One of each
 * under the stage item they belong to.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "handshake/stages.h"

#include "core/course.h"
#include "core/names.h"
#include "core/tls_types.h"
#include "shared/tree.h"

#define NOTE_MAX 512

static int hf_course_step = -1;
static int hf_course_note = -1;
static int hf_course_note_sentence = -1;
static value_string course_vals[TLSEDU_COURSE_STEPS + 1];   /* and the terminator */

void
tlsedu_course_language(tlsedu_lang_t lang)
{
    for (guint v = 1; v <= TLSEDU_COURSE_STEPS; v++) {
        course_vals[v - 1].value = v;
        course_vals[v - 1].strptr = tlsedu_course_step_name((uint8_t)v, lang);
    }
}

void
tlsedu_course_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_course_step,
          { "Course step", "tlsedu.course_step", FT_UINT8, BASE_DEC, VALS(course_vals), 0x0,
            "The step of the course notes' six-step story of a TLS negotiation (1 key pair, 2 hellos, 3 certificate, "
            "4 the client's check, 5 session key, 6 encrypted data) that this message illustrates", HFILL } },
        { &hf_course_note,
          { "Course note", "tlsedu.course_note", FT_STRING, BASE_NONE, NULL, 0x0,
            "How this message relates to the course notes' steps, and where this version or key exchange "
            "differs from them (hidden: its sentences are the items below)", HFILL } },
        { &hf_course_note_sentence,
          { "Course note (sentence)", "tlsedu.course_note.sentence", FT_STRING, BASE_NONE, NULL, 0x0,
            "One sentence of the course note, one item each (within Wireshark's label limit)", HFILL } },
    };

    tlsedu_course_language(TLSEDU_LANG_EN);
    proto_register_field_array(proto, hf, array_length(hf));
}

void
tlsedu_course_render(tlsedu_frame_t *f, proto_tree *t, const tlsedu_stage_item_t *it, const tlsedu_summary_t *sum,
                     gboolean repeat)
{
    const uint16_t version = it->version != 0 ? it->version : sum != NULL ? sum->version : 0;
    const bool tls13 = tlsedu_version_is_tls13(version);
    const tlsedu_kex_t kex = sum != NULL ? sum->kex : TLSEDU_KEX_UNKNOWN;
    const unsigned weak = sum != NULL ? tlsedu_suite_weakness(sum->suite_name) : 0;
    const bool null_cipher = (weak & TLSEDU_WEAK_NULL) != 0, anonymous = (weak & TLSEDU_WEAK_ANON) != 0;
    const uint8_t step = tlsedu_course_step(it, tls13);
    char *note;

    if (step != 0)
        tlsedu_item(proto_tree_add_uint(t, hf_course_step, f->tvb, 0, 0, step), f->lang);
    if (repeat)
        return;   /* another record of the same inferred flight: the note was given on its first */
    note = (char *)wmem_alloc(f->pinfo->pool, NOTE_MAX);
    if (tlsedu_course_note(it, tls13, kex, null_cipher, anonymous, f->lang, note, NOTE_MAX) != NULL)
        tlsedu_item_sentences(t, hf_course_note, hf_course_note_sentence, f->tvb, note, FALSE, f->lang);
}
