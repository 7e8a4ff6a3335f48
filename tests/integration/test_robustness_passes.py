"""Bounds (issue 7): one pass and two passes give the same tlsedu values. For every own
and public capture, every tlsedu.* field the plugin registers (read from tshark -G fields,
so new fields are covered as they come) is printed frame by frame with -T fields, once in
one pass and once with -2; the two tables must be identical, except the handshake summary
(tlsedu.handshake.*): its fields appear from the frame where they become known on a first
pass and on every frame of the handshake on a second, with the forward links.

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


def both_passes(capture):
    names = ["frame.number"] + list(tlsedu_fields())
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
            if one != two:
                lines = ["frame %s: one pass %s / two passes %s"
                         % (a["frame.number"], {k: v for k, v in a.items() if v},
                            {k: v for k, v in b.items() if v})
                         for a, b in zip(one, two) if a != b]
                if len(one) != len(two):
                    lines.insert(0, "%d frames in one pass, %d in two" % (len(one), len(two)))
                differ[label] = lines[:5]
        print("passes: %d captures, %d annotated frames compared, %d differ"
              % (len(results), annotated, len(differ)), file=sys.stderr)
        self.assertGreater(annotated, 1000)   # the plugin was loaded and said something
        self.assertEqual({}, differ)


if __name__ == "__main__":
    unittest.main()
