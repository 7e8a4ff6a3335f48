"""Bounds at scale (issue 7): a capture of more than 10,000 conversations, made at test
time from the real captures in captures/ (never committed), through tshark with the
sanitizer build of tlsedu: no crash, no sanitizer report, every conversation annotated
as in the original captures, and memory in line with tshark without the plugin.

How the capture is made: the first frames (up to 8) of every conversation of every own
IPv4 capture form one "round"; each round is written again and again with the addresses
rewritten (round k: 127.0.0.1 -> 10.<k/256>.<k%256>.1, the IPv4 header checksum made
again), so every round is a new set of conversations with the same ports and payloads.

Runs in build-asan only (tests/robustness.cmake).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import collections
import glob
import os
import struct
import sys
import time
import unittest

import harness

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
import robust  # noqa: E402

MIN_CONVERSATIONS = 10000
FRAMES_PER_CONVERSATION = 8


def one_round():
    """The frames of one round ((sec, usec, orig, data) with IPv4 over Ethernet) and the
    number of conversations in it."""
    frames, convs = [], set()
    for path in sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap"))):
        linktype, packets = robust.read_pcap(path)
        if linktype != 1:
            continue
        seen = collections.Counter()
        for pkt in packets:
            data = pkt[3]
            if len(data) < 34 or data[12:14] != b"\x08\x00" or data[23] not in (6, 17):
                continue
            ihl = (data[14] & 0x0F) * 4
            if len(data) < 14 + ihl + 4:
                continue
            sport, dport = struct.unpack(">HH", data[14 + ihl:18 + ihl])
            key = (os.path.basename(path), data[23],
                   tuple(sorted([(data[26:30], sport), (data[30:34], dport)])))
            seen[key] += 1
            if seen[key] > FRAMES_PER_CONVERSATION:
                continue
            convs.add(key)
            frames.append(pkt)
    return frames, len(convs)


def rewrite(data, k):
    """The frame with every IPv4 address a.b.c.d moved to 10.<k/256>.<k%256>.d."""
    b = bytearray(data)
    ihl = (b[14] & 0x0F) * 4
    for off in (26, 30):
        b[off:off + 3] = bytes([10, (k >> 8) & 0xFF, k & 0xFF])
    b[24:26] = b"\x00\x00"
    b[24:26] = struct.pack(">H", robust.ipv4_checksum(bytes(b[14:14 + ihl])))
    return bytes(b)


def make(path, rounds, frames):
    out, t0 = [], 1700000000
    for k in range(rounds):
        for i, (_sec, _usec, orig, data) in enumerate(frames):
            n = k * len(frames) + i
            out.append((t0 + n // 1000, (n % 1000) * 1000, orig, rewrite(data, k)))
    robust.write_pcap(path, 1, out)
    return len(out)


def annotations(path):
    rows = harness.fields(path, ["tcp.stream", "udp.stream", "tlsedu.service", "tlsedu.security",
                                 "tlsedu.service.port"])
    per_service = collections.Counter((r["tlsedu.service"], r["tlsedu.security"], r["tlsedu.service.port"])
                                      for r in rows if r["tlsedu.service"])
    streams = {("t", r["tcp.stream"]) for r in rows if r["tcp.stream"]}
    streams |= {("u", r["udp.stream"]) for r in rows if r["udp.stream"]}
    return per_service, len(streams), len(rows)


class ScaleTest(unittest.TestCase):
    def setUp(self):
        if not robust.SANITIZED:
            self.fail("needs the sanitizer build (build-asan, see tests/robustness.cmake)")

    def test_ten_thousand_conversations(self):
        frames, convs = one_round()
        self.assertGreater(convs, 50)
        rounds = -(-MIN_CONVERSATIONS // convs) + 1
        work = robust.scratch("scale")
        base, big = os.path.join(work, "round.pcap"), os.path.join(work, "big.pcap")
        make(base, 1, frames)
        n = make(big, rounds, frames)
        start = time.time()
        want, _s, _n = annotations(base)
        got, streams, rows = annotations(big)
        self.assertEqual(n, rows)
        self.assertGreaterEqual(streams, MIN_CONVERSATIONS)
        # Every round is annotated exactly like the first: same services, ports, security.
        self.assertEqual({k: v * rounds for k, v in want.items()}, dict(got))

        # Memory and reports, on the sanitizer build: the same -V run with and without.
        with_plugin = robust.run(["tshark"], ["-r", big, "-V"], plugin=True, keep_stdout=False)
        without = robust.run(["tshark"], ["-r", big, "-V"], plugin=False, keep_stdout=False)
        self.assertEqual([], robust.problems(with_plugin))
        self.assertEqual([], robust.problems(without))
        print("scale: %d conversations (%d rounds of %d), %d frames, %d annotated; "
              "peak memory %d MiB with tlsedu, %d MiB without (ASan), %.0f s"
              % (streams, rounds, convs, n, sum(got.values()), with_plugin.maxrss_kb // 1024,
                 without.maxrss_kb // 1024, time.time() - start), file=sys.stderr)
        # tlsedu keeps 16 bytes a conversation: within 10% (+32 MiB) of tshark alone.
        self.assertLess(with_plugin.maxrss_kb, without.maxrss_kb * 1.10 + 32 * 1024)


if __name__ == "__main__":
    unittest.main()
