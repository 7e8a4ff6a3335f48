"""Issue 16: with tlsedu.language:ru, nothing tlsedu shows is in English.

The checks of test_language_fr.py (field labels, value labels, expert summaries, English
words and dates, the Info column's brackets, the custom columns), on every shipped capture
in Russian, in one pass and in two; and one more that French cannot have: a line of the
Russian tree that is the very line of the English tree, word for word, while it holds an
English word, was not translated. Names stay Latin in every language (ClientHello,
TLS_AES_128_GCM_SHA256, x25519, SNI, host names, RFC numbers): a line is only untranslated
when, its names set aside, it still holds two English words.

The same checkers run on the English output must find English (so this test cannot pass
by finding nothing), and the Russian tree must have about as many lines as the English one (its texts may
split into more or fewer sentence items).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import re
import unittest

import test_language_fr as fr
from test_language_fr import English, captures, check_output, frames, report, run

# The Info column's tlsedu brackets in Russian ("[фаза 1: ...]", "[фазы 2, 3: ...]",
# "[ход STARTTLS 1: ...]") besides the English and French ones.
fr.TLSEDU_BRACKET = re.compile(
    r"\[((?:STARTTLS|avancement STARTTLS|ход STARTTLS|stages?|étapes?|phases?|фаз[аы])\b[^\[\]]*)\]",
    re.IGNORECASE)

# Labels that are the same in Russian (plugin/core/labels.c): an RFC's name, the product's.
SAME_IN_RUSSIAN = {"ALPN", "TLS Classroom"}

# Words that are names or RFC terms, Latin in every language.
NAME = re.compile(r"\b(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Za-z0-9]+(?:[_.\-/][A-Za-z0-9]+)+|"
                  r"[A-Z][a-z]+[A-Z]\w*)\b")
ENGLISH_WORD = re.compile(r"(?<![\w.\-])[a-z]{3,}(?![\w.\-])")
# Lower-case words that are names or units in Russian text too.
LATIN_IN_RUSSIAN = {"max", "age", "key", "share", "shares", "log", "early", "data", "session", "ticket",
                    "pre", "master", "secret", "forward", "secrecy", "alert", "draft", "stripping",
                    "bits", "bytes", "http", "https", "ftp", "imap", "pop", "smtp", "xmpp", "ldap",
                    "sha", "rsa", "ecdsa", "ecdhe", "dhe", "secp", "x25519", "localhost", "example",
                    "test", "com", "org", "net", "www", "mail", "imaps", "pops", "smtps", "ftps",
                    "starttls", "stls", "tls", "dtls", "quic", "none", "null", "anon", "export"}


def english_words(line):
    """The English words of a line once its names (CamelCase, SHOUTING, dotted, a_b) are
    set aside."""
    text = NAME.sub(" ", line)
    return [w for w in ENGLISH_WORD.findall(text) if w not in LATIN_IN_RUSSIAN]


def untranslated(en_output, ru_output):
    """(frame, line) of the Russian tree that is the English line itself, with English words."""
    found = []
    for (frame, _, en_tree), (frame_ru, _, ru_tree) in zip(frames(en_output), frames(ru_output)):
        if frame != frame_ru:
            found.append((frame_ru, "frames out of step"))
            break
        for (_, en_line), (_, ru_line) in zip(en_tree, ru_tree):
            if ru_line == en_line and len(english_words(en_line)) >= 2:
                found.append((frame, ru_line))
    return found


class RussianEverywhereTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.english = English(SAME_IN_RUSSIAN)
        cls.paths = captures()
        jobs = [(p, lang, two) for p in cls.paths for lang, two in (("en", False), ("ru", False), ("ru", True))]
        with concurrent.futures.ThreadPoolExecutor(fr.WORKERS) as pool:
            outputs = list(pool.map(lambda j: run(*j), jobs))
        cls.outputs = dict(zip(jobs, outputs))
        for p in cls.paths:
            cls.english.bracket_words |= fr.bracket_words(cls.outputs[(p, "en", False)])

    def findings(self, lang, two_pass):
        found = []
        for p in self.paths:
            found += check_output(self.english, p, two_pass, self.outputs[(p, lang, two_pass)])
        return found

    def test_checkers_see_english(self):
        """Both checkers find English in the English output, and the Russian tree is whole."""
        kinds = {(f.where.split()[0], f.kind) for f in self.findings("en", False)}
        for kind in (("tree", "field label"), ("tree", "value label"), ("tree", "word"), ("tree", "date"),
                     ("Info", "bracket word"), ("column", "value label")):
            self.assertIn(kind, kinds)
        same = sum(len(untranslated(self.outputs[(p, "en", False)], self.outputs[(p, "en", False)]))
                   for p in self.paths)
        self.assertGreater(same, 1000)   # every English sentence line counts as "not translated"
        en_lines = sum(len(t) for p in self.paths for _, _, t in frames(self.outputs[(p, "en", False)]))
        ru_lines = sum(len(t) for p in self.paths for _, _, t in frames(self.outputs[(p, "ru", False)]))
        cyrillic = sum(1 for p in self.paths for _, _, t in frames(self.outputs[(p, "ru", False)])
                       for _, line in t if re.search("[а-яА-ЯёЁ]", line))
        self.assertGreater(ru_lines, 1000)
        # the same items, but a text may make more or fewer sentence items in Russian
        self.assertLess(abs(en_lines - ru_lines), en_lines * 0.05)
        self.assertGreater(cyrillic, ru_lines * 0.75)

    def test_russian_one_pass(self):
        found = self.findings("ru", False)
        self.assertEqual([], found, "\n" + report(found))

    def test_russian_two_passes(self):
        found = self.findings("ru", True)
        self.assertEqual([], found, "\n" + report(found))

    def test_no_line_is_cut(self):
        """Issue 16: no tlsedu line of any shipped capture is cut at Wireshark's 240-byte label,
        in English and in Russian (2 bytes a letter), expert infos' own lines included; and
        no cut falls inside a UTF-8 character."""
        marks = ("[truncated]", "[обрезано]", "\ufffd")
        cut = [(p.rsplit("/", 1)[-1], lang, f, line) for p in self.paths for lang in ("en", "ru")
               for f, _, tree in frames(self.outputs[(p, lang, False)]) for _, line in tree
               if any(m in line for m in marks)]
        self.assertEqual([], cut[:20])

    def test_no_line_left_in_english(self):
        found = []
        for p in self.paths:
            found += [(p.rsplit("/", 1)[-1], f, line)
                      for f, line in untranslated(self.outputs[(p, "en", False)], self.outputs[(p, "ru", False)])]
        self.assertEqual([], found[:40], "%d English lines in the Russian tree" % len(found))


if __name__ == "__main__":
    unittest.main()
