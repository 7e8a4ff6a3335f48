/* prefs.c - tlsedu's preferences and their accessors.
 *
 * tlsedu.language is a string preference, not an enum: Wireshark 4.0 silently ignores an
 * unknown value of an enum preference, and a teacher who types "de" must be told. It is
 * validated when the preferences are applied: an unknown value is logged (ws_warning), the
 * tlsedu tree of every annotated frame carries a note (tlsedu.unknown_language), and
 * English is used.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/prefs.h"

#include "shared/compat.h"

#include <wireshark.h>
#include <epan/expert.h>
#include <epan/prefs.h>

#include "core/classroom.h"
#include "core/texts.h"

/* The preferences themselves (Wireshark writes them), and what is derived from them. */
static const char *pref_language = "en";
static tlsedu_pref_bool_t pref_info_column = TRUE;
static gint pref_info_position = TLSEDU_INFO_END;
static const enum_val_t info_positions[] = {
    { "end", "After Wireshark's Info text", TLSEDU_INFO_END },
    { "start", "Before Wireshark's Info text (always visible)", TLSEDU_INFO_START },
    { NULL, NULL, 0 },
};
static tlsedu_lang_t lang_in_force = TLSEDU_LANG_EN;
static gboolean lang_unknown = FALSE;

static void (*language_cb)(tlsedu_lang_t lang);
static expert_field ei_tlsedu_unknown_language = EI_INIT;

static void
prefs_applied(void)
{
    lang_unknown = !tlsedu_lang_parse(pref_language, &lang_in_force);
    if (lang_unknown) {
        char safe[4 * 64 + 1];
        ws_warning("tlsedu: unknown tlsedu.language \"%s\" (en, fr or ru): English is used",
                   tlsedu_escape(pref_language, 64, safe, sizeof safe));
    }
    if (language_cb != NULL)
        language_cb(lang_in_force);
}

void
tlsedu_register_prefs(int proto, void (*on_language)(tlsedu_lang_t lang))
{
    static ei_register_info ei[] = {
        { &ei_tlsedu_unknown_language,
          { "tlsedu.unknown_language", PI_ASSUMPTION, PI_NOTE,
            "The tlsedu.language preference has an unknown value: English is used (en, fr or ru)", EXPFILL } },
    };
    module_t *module = prefs_register_protocol(proto, prefs_applied);
    expert_module_t *expert = expert_register_protocol(proto);

    expert_register_field_array(expert, ei, array_length(ei));
    language_cb = on_language;
    prefs_register_string_preference(module, "language", "Language / Langue / Язык",
        "The language of tlsedu's explanations and warnings: en (English, the default), fr "
        "(French) or ru (Russian). Field names stay English. An unknown value is reported and English is used.",
        &pref_language);
    prefs_register_bool_preference(module, "info_column", "Stage in the Info column",
        "Append the frame's TLS stages (and STARTTLS step) to the Info column, e.g. "
        "\"Client Hello [stage 1: client proposes]\". Off: the Info column is exactly as "
        "without tlsedu.", &pref_info_column);
    prefs_register_enum_preference(module, "info_column_position", "Where the stage goes in the Info column",
        "end (the default): after Wireshark's own Info text; start: before it, where a long Info text "
        "cannot push it off the screen or off a Flow Graph arrow (the tlsedu profile's choice).",
        &pref_info_position, info_positions, FALSE);
}

tlsedu_lang_t
tlsedu_pref_lang(void)
{
    return lang_in_force;
}

gboolean
tlsedu_pref_info_start(void)
{
    return pref_info_position == TLSEDU_INFO_START;
}

gboolean
tlsedu_pref_info_column(void)
{
    return pref_info_column ? TRUE : FALSE;
}

gboolean
tlsedu_prefs_note_pending(void)
{
    return lang_unknown ? TRUE : FALSE;
}

void
tlsedu_prefs_note(proto_item *item, packet_info *pinfo)
{
    char safe[4 * 64 + 1];
    char text[sizeof safe + 256];

    if (!lang_unknown || item == NULL)
        return;
    tlsedu_escape(pref_language, 64, safe, sizeof safe);
    expert_add_info_format(pinfo, item, &ei_tlsedu_unknown_language, "%s",
                           tlsedu_note_unknown_language(safe, text, sizeof text));
}
