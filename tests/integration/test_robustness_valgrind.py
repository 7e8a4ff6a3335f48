"""valgrind memcheck (issue 7): tshark -V with the normal build of tlsedu on a few captures
that take every path of the plugin (TCP with a handshake, active FTP data, UDP with the
SNMP peek, equal ports, DNS over UDP and TCP): zero errors whose stack reaches tlsedu.so,
leaks ("definitely lost") included. Errors of tshark's own libraries are counted and
printed, not failed (stock tshark 4.0 leaks a few GLib blocks at exit).

TLSEDU_FUZZ_LONG=1 runs it on every own capture instead (a manual run, a few minutes).

A heap canary (tests/fuzz/canary.c) run the same way must be caught, so that a clean run
means something. Normal build only (valgrind and ASan do not mix).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import os
import shutil
import sys
import unittest
import xml.etree.ElementTree as ET

import harness

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
import robust  # noqa: E402

CAPTURES = ["smtp-starttls-25.pcap", "ftp-cleartext-21.pcap", "snmp-161.pcap", "ntp-123.pcap",
            "dns-53.pcap"]


def memcheck(capture, plugin=True):
    """(errors whose stack reaches a tlsedu module, the other errors) as 'kind: what' lines."""
    out_dir = robust.scratch("valgrind")
    xml = os.path.join(out_dir, "%s-%s.xml" % (os.path.basename(capture), plugin))
    program = ["valgrind", "--tool=memcheck", "--xml=yes", "--xml-file=" + xml,
               "--leak-check=full", "--show-leak-kinds=definite",
               "--errors-for-leak-kinds=definite", "--num-callers=50", "tshark"]
    r = robust.run(program, ["-r", harness.readable(capture), "-V"] + harness.keylog_args(capture),
                   plugin=plugin, keep_stdout=False, timeout=900)
    if not os.path.exists(xml):
        raise AssertionError("valgrind wrote no report (rc %d): %s" % (r.returncode, r.stderr[-800:]))
    ours, others = [], []
    for error in ET.parse(xml).getroot().iter("error"):
        kind = error.findtext("kind")
        what = error.findtext("what") or error.findtext("xwhat/text") or ""
        objs = [(f.findtext("obj") or "") + " " + (f.findtext("fn") or "") + " " + (f.findtext("file") or "")
                for f in error.iter("frame")]
        line = "%s: %s [%s]" % (kind, what, " <- ".join(o.strip() for o in objs[:6]))
        (ours if any("tlsedu" in o for o in objs) else others).append(line)
    os.unlink(xml)
    return ours, others


@unittest.skipUnless(shutil.which("valgrind"), "valgrind is missing (apt-get install valgrind)")
class ValgrindTest(unittest.TestCase):
    def test_canary_is_caught(self):
        ours, _others = memcheck(harness.capture("dns-53.pcap"), plugin="heap")
        self.assertTrue(any(l.startswith("InvalidRead") for l in ours), ours)

    def test_no_memcheck_error_in_tlsedu(self):
        names = ([os.path.basename(p) for p in robust.own_captures()] if robust.LONG
                 else CAPTURES)
        paths = [harness.capture(c) for c in names]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(names, pool.map(memcheck, paths)))
        for name, (ours, others) in results.items():
            print("valgrind %s: %d errors in tlsedu, %d in tshark's libraries"
                  % (name, len(ours), len(others)), file=sys.stderr)
        self.assertEqual({}, {n: o for n, (o, _x) in results.items() if o})


if __name__ == "__main__":
    unittest.main()
