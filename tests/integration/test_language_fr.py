"""Issue 14: with tlsedu.language:fr, nothing tlsedu shows is in English.

On every shipped capture (with its key log when there is one), in one pass and in two
(tshark -2): no line of the TLS Classroom tree, no tlsedu bracket of the Info column, no
expert text and no value label carries an English label, and the custom columns on tlsedu
fields show French too. Wireshark's own lines inside the tree ([Expert Info (...)],
[Severity level: ...], [Group: ...]) and its marks ([truncated]) are Wireshark's and are
left out; the expert message line under [Expert Info] is tlsedu's text and is checked.

What counts as English is read from tshark itself, so that a new field is covered without
touching this test:
  - every tlsedu field's label (tshark -G fields), as "<label>:" (or "<label> [truncated]:")
    at the start of an item or inside it (French writes " :", so this is never French);
  - the English summaries of tlsedu's expert infos (FT_NONE rows without a description in
    -G fields), anywhere;
  - the value labels of tlsedu's value_string fields (tshark -G values, registered in
    English), as whole phrases anywhere;
  - the words True, False and seconds (Wireshark's booleans and relative times) and an
    English date ("Jan  1, 2036 00:00:00...");
  - in the Info column, the words of the English tlsedu brackets ("[stage 1: client
    proposes]", "[STARTTLS step 1: offered]"), read from the same captures run in English.
The same checker run on the English output must find each kind of English text, so this
test cannot pass by finding nothing.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import collections
import concurrent.futures
import glob
import os
import re
import unittest

import harness

# Labels that are the same word in French (plugin/core/labels.c gives the same string):
# they are not English when they appear in the French tree. "TLS Classroom" is the
# protocol's (product) name, kept in every language.
SAME_IN_FRENCH = {"Service", "Message", "TLS Classroom"}

# Words of the English Info brackets that are French too (or names), not a sign of English.
BRACKET_WORDS_SAME_IN_FRENCH = {"TLS", "STARTTLS", "client", "Wireshark", "NULL", "suite"}   # names, and "suite" is French too

# The custom columns: one per tlsedu field with value labels, and a boolean.
CUSTOM = [("Sec", "tlsedu.security"), ("Step", "tlsedu.starttls.step"), ("Stage", "tlsedu.stage"),
          ("Kex", "tlsedu.handshake.kex"), ("Dir", "tlsedu.direction"), ("Ev", "tlsedu.service.evidence"),
          ("FS", "tlsedu.handshake.forward_secrecy")]
COLUMN_FORMAT = "gui.column.format:" + ",".join(
    ['"No.","%m"', '"Info","%i"'] + ['"%s","%%Cus:%s"' % (title, field) for title, field in CUSTOM])

ENGLISH_WORDS = ("True", "False", "seconds")
ENGLISH_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d, -?\d+ \d\d:\d\d:\d\d")
# A tlsedu bracket of the Info column, in either language: "[stage 1: ...]", "[étapes 2, 3 :
# ...]", "[STARTTLS step 1: ...]", "[phase 1 : ...]".
TLSEDU_BRACKET = re.compile(r"\[((?:STARTTLS|avancement STARTTLS|stages?|étapes?|phases?)\b[^\[\]]*)\]", re.IGNORECASE)
# Wireshark's own lines inside the tlsedu tree.
WIRESHARK_LINE = re.compile(r"^\[(?:Expert Info \(|Severity level: |Group: )")
TRUNCATED = " [truncated]"
WORKERS = 4


def _phrase(text):
    """A regex matching text as a whole phrase (not inside a longer word)."""
    left = r"(?<!\w)" if re.match(r"\w", text) else ""
    right = r"(?!\w)" if re.search(r"\w$", text) else ""
    return re.compile(left + re.escape(text) + right)


class English:
    """What English looks like in tlsedu's output, read from tshark -G."""

    def __init__(self, same=None):
        same = SAME_IN_FRENCH if same is None else same
        fields = harness.tshark(["-G", "fields"]).stdout
        self.labels = set()          # field labels, as "<label>:"
        self.expert = set()          # expert summaries, anywhere
        for line in fields.splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or cols[0] != "F" or not cols[2].startswith("tlsedu."):
                continue
            label, ftype = cols[1], cols[3]
            blurb = cols[7] if len(cols) > 7 else ""
            if ftype == "FT_NONE" and blurb == "" and " " in label:
                self.expert.add(label)
            elif label not in same:
                self.labels.add(label)
        values = harness.tshark(["-G", "values"]).stdout
        self.values = set()
        for line in values.splitlines():
            cols = line.split("\t")
            if len(cols) >= 4 and cols[0] == "V" and cols[1].startswith("tlsedu."):
                self.values.add(cols[3])
        self.value_res = [(v, _phrase(v)) for v in sorted(self.values, key=len, reverse=True)]
        self.expert_res = [(e, _phrase(e)) for e in sorted(self.expert)]
        self.word_res = [(w, _phrase(w)) for w in ENGLISH_WORDS]
        self.bracket_words = set()   # filled from the English run
        alternatives = "|".join(re.escape(l) for l in sorted(self.labels, key=len, reverse=True))
        # "<label>:" or, for a numbering (stage, course step, STARTTLS step), "<label> 2 —"
        self.label_re = re.compile(r"(?<!\w)(%s)(?:%s)?(?::| \d+ \u2014)" % (alternatives, re.escape(TRUNCATED)))

    def labels_in(self, text):
        """The English labels in an item's text: "<label>:" (or Wireshark's "<label>
        [truncated]:") at its start, or inside it, as when an item's text was rewritten
        around an English one. French puts a space before ':', so this is never French; a
        numbering reads "<label> 2 — <name>" in every language."""
        found = [m.group(1) for m in self.label_re.finditer(text)]
        if text in self.labels:      # an item without a value: "[Handshake summary]"
            found.append(text)
        return found


Finding = collections.namedtuple("Finding", "capture two_pass frame where kind english line")


def run(path, lang, two_pass):
    """tshark -T tabs -P -O tlsedu on PATH: the summary line (tab-separated columns) and the
    details of every frame."""
    args = ["-r", harness.readable(path), "-T", "tabs", "-P", "-O", "tlsedu",
            "-o", "tlsedu.language:" + lang, "-o", COLUMN_FORMAT] + harness.keylog_args(path)
    if two_pass:
        args.append("-2")
    return harness.tshark(args).stdout


def frames(output):
    """(frame number, summary columns, tlsedu tree lines with their indentation)."""
    frame, columns, tree, in_tree = None, None, [], False
    for line in output.splitlines():
        m = re.match(r"\s*(\d+)\t(.*)$", line)
        if m:
            if frame is not None:
                yield frame, columns, tree
            frame, columns, tree, in_tree = int(m.group(1)), m.group(2).split("\t"), [], False
            continue
        if not line.strip():
            in_tree = False
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0:
            in_tree = line.startswith("TLS Classroom")
        if in_tree:
            tree.append((indent, line.strip()))
    if frame is not None:
        yield frame, columns, tree


def item_text(line):
    """An item's text without Wireshark's marks: the brackets of a generated item and a
    leading "[truncated]"."""
    if line.startswith("[") and line.endswith("]"):
        line = line[1:-1]
    line = line.strip()
    if line.startswith("[truncated]"):
        line = line[len("[truncated]"):].strip()
    return line


def check_text(english, text, skip_values=()):
    """(kind, English text) found anywhere in text: value labels, expert summaries, words,
    dates. skip_values: texts to blank out first (TLS message names, which stay English)."""
    found = []
    for skip in skip_values:
        text = text.replace("(%s)" % skip, "()")
    for value, rx in english.value_res:
        if rx.search(text):
            found.append(("value label", value))
            text = rx.sub("", text)       # "port only" inside "port and content ..." is not twice
    for summary, rx in english.expert_res:
        if rx.search(text):
            found.append(("expert summary", summary))
    for word, rx in english.word_res:
        if rx.search(text):
            found.append(("word", word))
    m = ENGLISH_DATE.search(text)
    if m:
        found.append(("date", m.group(0)))
    return found


def check_output(english, capture, two_pass, output):
    """Every Finding of English in one tshark output."""
    findings = []
    name = os.path.basename(capture)

    def add(frame, where, kind, what, line):
        findings.append(Finding(name, two_pass, frame, where, kind, what, line))

    for frame, columns, tree in frames(output):
        # the tree
        messages = set()
        for _, line in tree:
            m = re.match(r"\[Message\s?: (.*)\]$", line)
            if m:
                messages.add(m.group(1))
        for i, (_, line) in enumerate(tree):
            if WIRESHARK_LINE.match(line):
                continue
            text = item_text(line)
            # the line under "[Expert Info (...): ...]" is tlsedu's expert message
            where = "expert" if i > 0 and tree[i - 1][1].startswith("[Expert Info (") else "tree"
            labels = english.labels_in(text)
            for label in labels:
                add(frame, where, "field label", label, line)
            for label in labels:          # "Handshake finished in frame" is no value label
                text = text.replace(label, " ")
            if re.match(r"Message\s?: ", text):
                continue                  # a TLS message's name (ClientHello, Alert) stays English
            for kind, what in check_text(english, text, skip_values=messages):
                add(frame, where, kind, what, line)
        # the Info column: tlsedu's brackets
        info = columns[0] if columns else ""
        for bracket in TLSEDU_BRACKET.findall(info):
            words = set(re.findall(r"\w+", bracket)) & english.bracket_words
            for w in sorted(words):
                add(frame, "Info", "bracket word", w, info)
            for kind, what in check_text(english, bracket):
                add(frame, "Info", kind, what, info)
        # the custom columns
        for (title, _), value in zip(CUSTOM, columns[1:]):
            for kind, what in check_text(english, value):
                add(frame, "column " + title, kind, what, value)
    return findings


def bracket_words(output):
    """The words of the English tlsedu brackets of an output's Info column."""
    words = set()
    for _, columns, _ in frames(output):
        for bracket in TLSEDU_BRACKET.findall(columns[0] if columns else ""):
            words |= set(w for w in re.findall(r"[^\W\d_]+", bracket) if w not in BRACKET_WORDS_SAME_IN_FRENCH)
    return words


def captures():
    paths = sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap")))
    if not paths:
        raise AssertionError("no capture in %s" % harness.CAPTURES)
    return paths


def report(findings, limit=80):
    """One line per English text: where, what, how often, and its first occurrence."""
    by_kind = collections.Counter("%s %s" % (f.where.split()[0], f.kind) for f in findings)
    groups = collections.OrderedDict()
    for f in findings:
        key = (f.where.split()[0], f.kind, f.english)
        if key not in groups:
            groups[key] = [0, f]
        groups[key][0] += 1
    lines = ["%d English texts in %d captures: %s" % (
        len(findings), len({f.capture for f in findings}),
        ", ".join("%s %d" % kv for kv in sorted(by_kind.items())))]
    for (where, kind, english), (count, f) in sorted(groups.items(), key=lambda kv: kv[0]):
        lines.append("  %s %s %r x%d, first in %s%s frame %d (%s): %s" % (
            where, kind, english, count, f.capture, " -2" if f.two_pass else "", f.frame, f.where,
            f.line[:120]))
        if len(lines) > limit:
            lines.append("  ... and %d more texts" % (len(groups) - limit))
            break
    return "\n".join(lines)


class FrenchEverywhereTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.english = English()
        cls.paths = captures()
        jobs = [(p, lang, two) for p in cls.paths for lang, two in (("en", False), ("fr", False), ("fr", True))]
        with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
            outputs = list(pool.map(lambda j: run(*j), jobs))
        cls.outputs = dict(zip(jobs, outputs))
        for p in cls.paths:
            cls.english.bracket_words |= bracket_words(cls.outputs[(p, "en", False)])

    def findings(self, lang, two_pass):
        found = []
        for p in self.paths:
            found += check_output(self.english, p, two_pass, self.outputs[(p, lang, two_pass)])
        return found

    def test_english_is_seen(self):
        """The checker finds each kind of English text in the English output (so the French
        tests cannot pass by looking at nothing)."""
        e = self.english
        self.assertGreaterEqual(len(e.labels), 30, sorted(e.labels))
        for label in ("Server port", "Stage", "Handshake summary", "Valid until", "STARTTLS step", "HSTS max-age"):
            self.assertIn(label, e.labels)
        for value in ("port only", "client to server", "cleartext", "offered"):
            self.assertIn(value, e.values)
        self.assertIn("proposes", e.bracket_words)
        self.assertIn("step", e.bracket_words)
        found = self.findings("en", False)
        kinds = {(f.where.split()[0], f.kind) for f in found}
        for kind in (("tree", "field label"), ("tree", "value label"), ("tree", "word"), ("tree", "date"),
                     ("Info", "bracket word"), ("column", "value label"), ("column", "word")):
            self.assertIn(kind, kinds, "the checker misses %s %s in English output" % kind)
        labels = {f.english for f in found if f.kind == "field label"}
        for label in ("Server port", "Evidence", "Direction", "Security", "Stage", "Explanation",
                      "Handshake summary", "Valid from", "Self-signed", "STARTTLS step", "Protocol",
                      "Redirect to HTTPS", "HSTS max-age"):
            self.assertIn(label, labels)
        # an English expert message is seen: its line follows [Expert Info (...)]
        self.assertTrue(any(f.where == "expert" for f in found), "no English expert text seen")
        # the French tree is parsed too (not an empty tree that passes)
        fr_lines = sum(len(tree) for p in self.paths
                       for _, _, tree in frames(self.outputs[(p, "fr", False)]))
        en_lines = sum(len(tree) for p in self.paths
                       for _, _, tree in frames(self.outputs[(p, "en", False)]))
        self.assertGreater(fr_lines, 1000)
        self.assertEqual(en_lines, fr_lines)

    def test_no_line_is_cut(self):
        """Issue 16: no tlsedu line of any shipped capture is cut at Wireshark's label limit in
        French (expert infos' own lines included)."""
        cut = [(p.rsplit("/", 1)[-1], f, line) for p in self.paths
               for f, _, tree in frames(self.outputs[(p, "fr", False)]) for _, line in tree
               if "[tronqué]" in line or "[truncated]" in line or "\ufffd" in line]
        self.assertEqual([], cut[:20])

    def test_french_one_pass(self):
        found = self.findings("fr", False)
        self.assertEqual([], found, "\n" + report(found))

    def test_french_two_passes(self):
        found = self.findings("fr", True)
        self.assertEqual([], found, "\n" + report(found))


if __name__ == "__main__":
    unittest.main()
