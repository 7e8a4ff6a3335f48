"""Transparency (issue 7): loading tlsedu changes nothing in what tshark shows except the
"TLS Classroom" subtree it adds. For every capture (own and public), tshark -P -V -2 with
the plugin and without it (the same WIRESHARK_PLUGIN_DIR setting, an empty folder) print
the same lines once the TLS Classroom subtrees are taken out: the summary line (-P: the
columns, Info included, with tlsedu.info_column off) and every other protocol's tree.

A capture where the plugin is meant to change something else goes into INTENDED with the
reason; its differences are then printed, not failed, and an entry that no longer differs
fails (so the list stays true).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import difflib
import os
import sys
import unittest

import harness

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
import robust  # noqa: E402

# capture label (captures/x.pcap or public/<path>) -> why tlsedu changes more than its tree
INTENDED = {
    # tlsedu's heuristics hand mail on non-standard ports to Wireshark's own dissectors
    # (issue 3; test_content.py checks the result equals Decode As line by line)
    "captures/smtp-starttls-2525.pcap": "SMTP heuristic hand-off on 2525",
    "captures/imap-starttls-1143.pcap": "IMAP heuristic hand-off on 1143",
    "captures/pop3-stls-1110.pcap": "POP3 heuristic hand-off on 1110",
    # a cleartext SMTP banner on the SMTPS port, which Wireshark's TLS dissector declines
    "public/suricata-verify/smtp-tls-protodetect/input.pcap": "SMTP heuristic on 465 (cleartext banner)",
    "public/ndpi/smtps.pcapng": "SMTP heuristic on 465 (cleartext banner)",
    # implicit FTPS: FTP inside TLS on 990 (ssl_dissector_add)
    "captures/ftps-990.pcap": "FTP inside implicit TLS on 990",
}

SUBTREE = "TLS Classroom"


def strip_tlsedu(text):
    """The output without the TLS Classroom subtrees; and how many were taken out."""
    kept, removed, inside = [], 0, False
    for line in text.splitlines():
        if line.startswith(SUBTREE):
            inside, removed = True, removed + 1
            continue
        if inside and line[:1] in (" ", "\t"):
            continue
        inside = False
        kept.append(line)
    return kept, removed


def compare(capture):
    args = ["-r", harness.readable(capture), "-P", "-V", "-2"] + harness.keylog_args(capture)
    # The Info column gets the stages only with tlsedu.info_column on (the default); off, it
    # must be exactly stock (issue 6)
    with_plugin = harness.tshark(args + ["-o", "tlsedu.info_column:FALSE"], plugin=True).stdout
    without = harness.tshark(args, plugin=False).stdout
    kept, removed = strip_tlsedu(with_plugin)
    base = without.splitlines()
    diff = [] if kept == base else list(difflib.unified_diff(base, kept, "without", "with", n=1,
                                                             lineterm=""))[:40]
    return robust.label(capture), diff, removed, without.count(SUBTREE)


class TransparencyTest(unittest.TestCase):
    def test_strip_takes_out_the_subtree_only(self):
        text = ("Frame 1: 74 bytes\nTLS Classroom: SMTP on port 25, cleartext\n    [Service: SMTP]\n"
                "        [Server port: 25]\n    [Security: cleartext]\n\nFrame 2: 60 bytes\n")
        kept, removed = strip_tlsedu(text)
        self.assertEqual(["Frame 1: 74 bytes", "", "Frame 2: 60 bytes"], kept)
        self.assertEqual(1, removed)

    def test_every_capture_is_unchanged_but_for_the_subtree(self):
        captures = robust.corpus(self)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(compare, captures))
        labels = {r[0] for r in results}
        self.assertEqual(set(), set(INTENDED) - labels, "INTENDED names captures that do not exist")
        unexpected, stale, subtrees = {}, [], 0
        for label, diff, removed, stock_mentions in results:
            self.assertEqual(0, stock_mentions, label)   # the stock output never says it
            subtrees += removed
            if label in INTENDED:
                if not diff:
                    stale.append(label)
                else:
                    print("%s: intended (%s):\n%s" % (label, INTENDED[label], "\n".join(diff[:10])),
                          file=sys.stderr)
            elif diff:
                unexpected[label] = diff
        print("transparency: %d captures, %d TLS Classroom subtrees taken out, %d differ"
              % (len(results), subtrees, len(unexpected)), file=sys.stderr)
        # The plugin was there: own captures alone show over a thousand subtrees.
        self.assertGreater(subtrees, 1000)
        self.assertEqual([], stale, "INTENDED entries that no longer differ")
        self.assertEqual({}, {k: "\n".join(v) for k, v in list(unexpected.items())[:5]})


if __name__ == "__main__":
    unittest.main()
