"""Capture fuzzing with the sanitizer build (issue 7): every capture in captures/ and in
../shared/captures-public/ is corrupted with editcap -E at several rates, offsets and seeds
and cut short with editcap -s, and each damaged copy goes through tshark -V (one pass)
or tshark -V -2 (two passes) with the ASan+UBSan build of tlsedu loaded. Zero crashes,
zero sanitizer reports, zero "Dissector bug"/"Malformed Packet" naming tlsedu.

CI: 8 corruptions and 2 truncations of each capture (over 1000 corrupted captures).
TLSEDU_FUZZ_LONG=1: 40 corruptions and 8 truncations each, for a manual run.
TLSEDU_FUZZ_SEED=N shifts every seed (explore new damage; the default is reproducible).
A damaged capture that fails is kept in <build>/fuzz-failures/ with the command line.

Runs in build-asan only (tests/robustness.cmake): it needs TLSEDU_SANITIZED=1 and the
tshark wrapper of the sanitizer build first in PATH.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import os
import shutil
import subprocess
import sys
import time
import unittest
import zlib

import harness

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
import robust  # noqa: E402

# (error probability, bytes kept intact at the start of each frame): 0 damages Ethernet
# too, 14 starts in the IP header, 34 in the TCP/UDP header, 42/54 in the payload.
CORRUPTIONS = [(0.002, 14), (0.01, 14), (0.03, 34), (0.1, 34), (0.005, 0), (0.02, 42),
               (0.05, 54), (0.2, 14)]
LONG_CORRUPTIONS = [(p, o) for p in (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 0.6, 1.0)
                    for o in (0, 14, 34, 42, 54)]
# Snap lengths: 42 keeps Ethernet+IPv4+UDP headers (no payload) and 8 bytes of TCP;
# 64 a few payload bytes.
TRUNCATIONS = [42, 64]
LONG_TRUNCATIONS = [14, 20, 34, 38, 42, 46, 64, 128]
MIN_CORRUPTED = 1000


def variants(captures):
    corruptions = LONG_CORRUPTIONS if robust.LONG else CORRUPTIONS
    truncations = LONG_TRUNCATIONS if robust.LONG else TRUNCATIONS
    shift = int(os.environ.get("TLSEDU_FUZZ_SEED", "0"))
    jobs = []
    for ci, cap in enumerate(captures):
        for vi, (prob, offset) in enumerate(corruptions):
            seed = zlib.crc32(robust.label(cap).encode()) % 100000 + vi + shift
            jobs.append((cap, "corrupt", ["-E", str(prob), "-o", str(offset), "--seed", str(seed)],
                         (ci + vi) % 2 == 1))
        for ti, snap in enumerate(truncations):
            jobs.append((cap, "truncate", ["-s", str(snap)], (ci + ti) % 2 == 0))
    return jobs


class FuzzTest(unittest.TestCase):
    def setUp(self):
        if not robust.SANITIZED:
            self.fail("needs the sanitizer build: cmake -DTLSEDU_SANITIZE=ON -B build-asan, then "
                      "ctest -R fuzz in build-asan (tools/setup.sh test does it)")
        self.work = robust.scratch("fuzz")
        self.failures_dir = os.path.join(harness.BUILD_DIR, "fuzz-failures")

    def test_0_the_canaries_are_caught(self):
        # The same runs with a deliberately broken postdissector instead of tlsedu: the
        # preloaded runtime, the options and the scanner must catch each fault, or a clean
        # fuzz run below would mean nothing.
        cap = harness.readable(harness.capture("dns-53.pcap"))
        for kind, needle in (("heap", "heap-buffer-overflow"), ("ubsan", "signed integer overflow"),
                             ("leak", "LeakSanitizer"), ("bug", "Dissector bug")):
            with self.subTest(canary=kind):
                r = robust.run(["tshark"], ["-r", cap, "-V"], plugin=kind)
                found = robust.problems(r)
                self.assertTrue(found, "canary %s not caught: rc=%d %s" % (kind, r.returncode, r.stderr[-500:]))
                self.assertIn(needle, "\n".join(found) + r.stdout)
        r = robust.run(["tshark"], ["-r", cap, "-V"], plugin=True)
        self.assertEqual([], robust.problems(r))
        self.assertIn("TLS Classroom: DNS on port 53", r.stdout)

    def one(self, job):
        cap, kind, edit, two_pass = job
        name = "%s-%s-%s" % (robust.label(cap).replace("/", "_"), kind, "_".join(edit[1::2]))
        damaged = os.path.join(self.work, name + ".pcapng")
        ed = subprocess.run(["editcap", "-F", "pcapng"] + edit + [cap, damaged],
                            capture_output=True, text=True)
        if ed.returncode != 0:
            return name, ["editcap failed: " + ed.stderr.strip()], 0
        os.chmod(damaged, 0o644)
        args = ["-r", damaged, "-V"] + (["-2"] if two_pass else [])
        args += harness.keylog_args(cap)
        r = robust.run(["tshark"], args)
        found = robust.problems(r)
        if found:
            os.makedirs(self.failures_dir, exist_ok=True)
            shutil.copy(damaged, self.failures_dir)
            with open(os.path.join(self.failures_dir, name + ".txt"), "w") as f:
                f.write("editcap %s %s\ntshark %s\n\n%s\n" % (" ".join(edit), cap, " ".join(args),
                                                               "\n".join(found)))
        os.unlink(damaged)
        return name, found, r.stdout.count("TLS Classroom:")

    def test_damaged_captures(self):
        captures = robust.corpus(self)
        jobs = variants(captures)
        corrupted = sum(1 for j in jobs if j[1] == "corrupt")
        self.assertGreaterEqual(corrupted, MIN_CORRUPTED)
        start = time.time()
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(self.one, jobs))
        bad = {name: found for name, found, _n in results if found}
        annotated = sum(n for _name, _found, n in results)
        print("fuzz: %d captures, %d corrupted + %d truncated copies, %d tshark runs "
              "(%d two-pass), %d tlsedu trees shown, %.0f s, %d failing%s"
              % (len(captures), corrupted, len(jobs) - corrupted, len(jobs),
                 sum(1 for j in jobs if j[3]), annotated, time.time() - start, len(bad),
                 " (kept in %s)" % self.failures_dir if bad else ""), file=sys.stderr)
        # The plugin really ran on the damaged traffic (not a run that loaded nothing).
        self.assertGreater(annotated, 10 * len(jobs))
        self.assertEqual({}, {k: [f[:600] for f in v] for k, v in list(bad.items())[:10]})


if __name__ == "__main__":
    unittest.main()
