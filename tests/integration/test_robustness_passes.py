"""Bounds (issue 7): one pass and two passes give the same tlsedu values. For every own
and public capture, every tlsedu.* field the plugin registers (read from tshark -G fields,
so new fields are covered as they come) is printed frame by frame with -T fields, once in
one pass and once with -2; the two tables must be identical, except what is known only
later: the handshake summary (tlsedu.handshake.*) appears from the frame where it becomes
known on a first pass and on every frame of the handshake on a second, with the forward
links; the service of a conversation its content decides (evidence 2, 3, 4) and the
STARTTLS links to later frames may likewise show on earlier frames in two passes, but only
with a value the first pass shows later in the same conversation. One value no later
frame shows: the cleartext frames before an upgrade inside a protocol outside the list
(PostgreSQL's SSLRequest, MySQL's SSL request; issue 15) are unnamed on a first pass and
security 1 (can upgrade) on a second, once the same conversation shows 5 (upgraded) later.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import functools
import os
import sys
import unittest

import harness

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
import robust  # noqa: E402


@functools.lru_cache(maxsize=None)
def tlsedu_fields():
    rows = [l.split("\t") for l in harness.tshark(["-G", "fields"]).stdout.splitlines()]
    return tuple(sorted(r[2] for r in rows if r[0] == "F" and r[2].startswith("tlsedu.")
                        and not r[2].startswith(SUMMARY_PREFIX)))


# Known only later in the handshake: allowed to differ between one and two passes.
SUMMARY_PREFIX = "tlsedu.handshake."


# Decided later in a conversation: on a second pass, a frame may show the value the first
# pass shows on a later frame of the same conversation.
LATER = ("tlsedu.service", "tlsedu.service.port", "tlsedu.service.evidence", "tlsedu.service.explain",
         "tlsedu.security", "tlsedu.security.short", "tlsedu.secure_alternative", "tlsedu.direction",
         "tlsedu.starttls.offer_frame", "tlsedu.starttls.request_frame", "tlsedu.starttls.response_frame",
         "tlsedu.starttls.tls_frame")
STREAM = ("tcp.stream", "udp.stream")
WHOLE, SENTENCES = "tlsedu.service.explain", "tlsedu.service.explain.sentence"


def sentences_of(sentences, whole):
    """True when the sentences (joined by the aggregator ',') are the whole text, split."""
    def words(text):
        return text.replace(",", " ").split()
    return words(sentences) == words(whole)


def unexplained(one, two):
    """Frames whose two-pass values differ from one pass in a way 'known later' does not
    explain."""
    later = {}   # (stream, field) -> values the first pass shows from frame i on
    for r in reversed(one):
        key = tuple(r[s] for s in STREAM)
        for f in LATER:
            later.setdefault((key, f), set()).add(r.get(f, ""))
            r.setdefault("_later", {})[f] = set(later[(key, f)])
    bad = []
    for a, b in zip(one, two):
        for f in a:
            # the stream numbers only group frames (Wireshark's own may differ between passes)
            if f == "_later" or f in STREAM or a[f] == b.get(f):
                continue
            if f in LATER and any(s for s in (a[s] for s in STREAM)) and b[f] in a["_later"][f]:
                continue
            if f == SENTENCES and sentences_of(b[f], b.get(WHOLE, "")) and f in a and \
                    b.get(WHOLE) in a["_later"][WHOLE]:
                continue   # shown on the first frame only, the sentences of a text known later
            if (f in ("tlsedu.security", "tlsedu.security.short") and a[f] == "" and b[f] == "1"
                    and any(a[s] for s in STREAM)
                    and "5" in a["_later"][f]):
                continue
            bad.append("frame %s: %s one pass %r / two passes %r" % (a["frame.number"], f, a[f], b.get(f)))
            break
    return bad


def both_passes(capture):
    names = ["frame.number"] + list(STREAM) + list(tlsedu_fields())
    extra = harness.keylog_args(capture)
    one = harness.fields(capture, names, extra=extra)
    two = harness.fields(capture, names, extra=extra, two_pass=True)
    return robust.label(capture), one, two


class PassesTest(unittest.TestCase):
    def test_fields_are_known(self):
        fields = tlsedu_fields()
        for name in ("tlsedu.service", "tlsedu.service.port", "tlsedu.security",
                     "tlsedu.secure_alternative", "tlsedu.service.explain",
                     "tlsedu.service.evidence", "tlsedu.direction"):
            self.assertIn(name, fields)

    def test_one_pass_equals_two_passes(self):
        captures = robust.corpus(self)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(both_passes, captures))
        differ, annotated = {}, 0
        for label, one, two in results:
            annotated += sum(1 for r in one if r["tlsedu.service"])
            lines = unexplained(one, two) if one != two else []
            if len(one) != len(two):
                lines.insert(0, "%d frames in one pass, %d in two" % (len(one), len(two)))
            if lines:
                differ[label] = lines[:5]
        print("passes: %d captures, %d annotated frames compared, %d differ"
              % (len(results), annotated, len(differ)), file=sys.stderr)
        self.assertGreater(annotated, 1000)   # the plugin was loaded and said something
        self.assertEqual({}, differ)


if __name__ == "__main__":
    unittest.main()
