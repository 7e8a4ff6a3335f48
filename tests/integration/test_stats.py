"""Issue 17's statistics: "TLS Classroom: conversations" (tshark -z tlsedu,conversations,
a stat tap table) and "TLS Classroom: totals" (-z tlsedu,tree, a stats tree), fed by the
"tlsedu" tap on every pass.

Every row is checked against stock Wireshark: each ServerHello of a shipped capture (stock
tshark, no plugin) must have the row of its conversation, with the server that sent it, the
client it went to, its version (supported_versions, else the version field) and its suite
(the name Wireshark's own value table gives the number). The rows are one per conversation
tlsedu annotates (the address and port pairs of frames with tlsedu), the same in one pass and
two, and the totals add up to them; the warnings by kind count the frames that carry each
expert info (its display filter).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import collections
import functools
import glob
import os
import re
import unittest

import harness

VERSIONS = {0x0300: "SSL 3.0", 0x0301: "TLS 1.0", 0x0302: "TLS 1.1", 0x0303: "TLS 1.2", 0x0304: "TLS 1.3",
            0xfeff: "DTLS 1.0", 0xfefd: "DTLS 1.2", 0xfefc: "DTLS 1.3"}
COLUMNS = ["Client", "Server", "Service", "Security", "Evidence", "STARTTLS", "TLS version", "Cipher suite",
           "Key exchange", "Forward secrecy", "Resumed", "Round trips", "Warnings"]
WARNINGS = {"handshake failed": "tlsedu.handshake_failed", "no forward secrecy": "tlsedu.no_forward_secrecy",
            "STARTTLS refused": "tlsedu.starttls.refused", "STARTTLS not offered": "tlsedu.starttls.not_offered",
            "credentials in cleartext": "tlsedu.cleartext_credentials",
            "STARTTLS injection": "tlsedu.starttls.injection", "old protocol version": "tlsedu.weak_version",
            "weak cipher suite": "tlsedu.weak_cipher", "certificate outside its dates": "tlsedu.cert.expired",
            "certificate name mismatch": "tlsedu.cert.name_mismatch",
            "port and content disagree": "tlsedu.service.mismatch"}


def suite_names():
    out = harness.tshark(["-G", "values"], plugin=False).stdout
    names = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0] == "V" and parts[1] == "tls.handshake.ciphersuite":
            names[int(parts[2])] = parts[3]
    return names


@functools.lru_cache(maxsize=None)
def conversations(path, two_pass=False, extra=()):
    """The table's rows: a list of dicts column -> text."""
    args = ["-r", harness.readable(path)] + harness.keylog_args(path) + list(extra)
    out = harness.tshark((["-2"] if two_pass else []) + args + ["-q", "-z", "tlsedu,conversations"]).stdout
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("Client |"))
    assert lines[head].split(" |")[:-1] == COLUMNS, lines[head]
    rows = []
    for line in lines[head + 1:]:
        if line.startswith("====") or " |" not in line:
            continue
        values = line.split(" |")[:-1]
        assert len(values) == len(COLUMNS), line
        rows.append(dict(zip(COLUMNS, values)))
    return rows


@functools.lru_cache(maxsize=None)
def totals(path, two_pass=False):
    """The tree: {branch: (count, {item: count})}."""
    args = ["-r", harness.readable(path)] + harness.keylog_args(path)
    out = harness.tshark((["-2"] if two_pass else []) + args + ["-q", "-z", "tlsedu,tree"]).stdout
    tree, branch = {}, None
    for line in out.splitlines():
        m = re.match(r"^( ?)(\S.*?)\s{2,}(\d+)\s", line)
        if not m or m.group(2) == "Topic / Item":
            continue
        if m.group(1):
            tree[branch][1][m.group(2)] = int(m.group(3))
        else:
            branch = m.group(2)
            tree[branch] = (int(m.group(3)), {})
    return tree


def server_hellos(path):
    """Stock tshark: (client, server, version, suite number) of each ServerHello."""
    names = ["ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport", "udp.srcport", "udp.dstport",
             "tls.handshake.type", "tls.handshake.version", "tls.handshake.extensions.supported_version",
             "tls.handshake.ciphersuite", "dtls.handshake.type", "dtls.handshake.version",
             "dtls.handshake.extensions.supported_version", "dtls.handshake.ciphersuite"]
    # Wireshark's own fields, with the plugin loaded: what the user of the table sees (on
    # ftps-990 the plugin's FTP-inside-TLS makes Wireshark's FTP take the data connection,
    # test_robustness_transparency's INTENDED list)
    rows = harness.fields(path, names, extra=harness.keylog_args(path),
                          display_filter="tls.handshake.type == 2 || dtls.handshake.type == 2")
    hellos = []
    for r in rows:
        p = "dtls" if r["dtls.handshake.type"] else "tls"
        src, dst = (r["ip.src"], r["ip.dst"]) if r["ip.src"] else ("[%s]" % r["ipv6.src"], "[%s]" % r["ipv6.dst"])
        sport, dport = (r["tcp.srcport"], r["tcp.dstport"]) if r["tcp.srcport"] else (r["udp.srcport"], r["udp.dstport"])
        types = r[p + ".handshake.type"].split(",")
        at = types.index("2")
        version = (r[p + ".handshake.extensions.supported_version"] or r[p + ".handshake.version"]).split(",")[-1]
        suite = r[p + ".handshake.ciphersuite"].split(",")[-1]
        hellos.append(("%s:%s" % (dst, dport), "%s:%s" % (src, sport), int(version, 16), int(suite, 16), at))
    return hellos


def annotated_conversations(path):
    """The address and port pairs (either way) of the frames tlsedu annotates: a
    conversation of Wireshark's (udp.stream may differ between a request and its answer)."""
    names = ["ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport", "udp.srcport", "udp.dstport"]
    pairs = set()
    for r in harness.fields(path, names, display_filter="tlsedu && (tcp || udp)", extra=harness.keylog_args(path)):
        src, dst = (r["ip.src"], r["ip.dst"]) if r["ip.src"] else (r["ipv6.src"], r["ipv6.dst"])
        sport, dport = (r["tcp.srcport"], r["tcp.dstport"]) if r["tcp.srcport"] else (r["udp.srcport"], r["udp.dstport"])
        pairs.add(frozenset([(src, sport), (dst, dport)]))
    return pairs


class StatisticsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.suites = suite_names()
        cls.captures = sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap")))

    def test_rows_match_stock_server_hellos(self):
        checked = 0
        for path in self.captures:
            with self.subTest(capture=os.path.basename(path)):
                rows = conversations(path)
                by_ends = {(r["Client"], r["Server"]): r for r in rows}
                for client, server, version, suite, _ in server_hellos(path):
                    row = by_ends.get((client, server))
                    self.assertIsNotNone(row, (client, server, sorted(by_ends)))
                    self.assertTrue(row["TLS version"].startswith(VERSIONS[version]), row)
                    self.assertEqual(self.suites[suite], row["Cipher suite"])
                    checked += 1
        self.assertGreaterEqual(checked, 40)

    def test_one_row_per_annotated_conversation_on_every_pass(self):
        for path in self.captures:
            with self.subTest(capture=os.path.basename(path)):
                one = conversations(path)
                self.assertEqual(len(annotated_conversations(path)), len(one))
                self.assertEqual(one, conversations(path, two_pass=True))

    def test_totals_add_up_to_the_rows(self):
        warned = 0
        for path in self.captures:
            with self.subTest(capture=os.path.basename(path)):
                rows = conversations(path)
                tree = totals(path)
                self.assertEqual(tree, totals(path, two_pass=True))
                count, security = tree["Conversations by security"]
                self.assertEqual(len(rows), count)
                self.assertEqual(collections.Counter(r["Security"] for r in rows if r["Security"]),
                                 collections.Counter({k: v for k, v in security.items() if v}))
                count, versions = tree["Conversations by TLS version"]
                self.assertEqual(len(rows), count)
                self.assertEqual(sum(versions.values()), count)
                for kind, frames in tree["Warnings by kind (frames)"][1].items():
                    if kind in WARNINGS:
                        shown = harness.fields(path, ["frame.number"], display_filter=WARNINGS[kind],
                                               extra=harness.keylog_args(path))
                        self.assertEqual(len(shown), frames, kind)
                        warned += 1
        self.assertGreaterEqual(warned, 15)

    def test_a_starttls_row(self):
        path = harness.capture("imap-starttls-143.pcap")
        rows = conversations(path)
        self.assertEqual(1, len(rows))
        row = rows[0]
        self.assertEqual(("IMAP", "upgraded to TLS", "TLS started", "TLS 1.3", "yes"),
                         (row["Service"], row["Security"], row["STARTTLS"], row["TLS version"],
                          row["Forward secrecy"]))
        self.assertTrue(row["Server"].endswith(":143"))
        tree = totals(path)
        self.assertEqual(1, tree["Conversations by security"][1]["upgraded to TLS"])
        self.assertEqual(0, tree["Conversations by security"][1]["can upgrade"])   # counted once, latest class

    def test_one_sided_captures(self):
        # only the server's side (nDPI): its ServerHello picks TLS 1.3 (supported_versions);
        # the key exchange cannot be named without the ClientHello's offer: left empty
        harness.require_public(self)
        path = os.path.join(harness.PUBLIC, "ndpi/tls_1.3_unidirectional_server.pcapng")
        hello = harness.fields(path, ["tls.handshake.extensions.supported_version"], plugin=False,
                               display_filter="tls.handshake.type == 2")
        self.assertEqual("0x0304", hello[0]["tls.handshake.extensions.supported_version"])
        row = conversations(path)[0]
        self.assertEqual(("TLS 1.3", ""), (row["TLS version"], row["Key exchange"]))
        # only the client's side: no failure claimed
        row = conversations(os.path.join(harness.PUBLIC, "ndpi/tls_1.3_unidirectional_client.pcapng"))[0]
        self.assertNotIn("failed", row["TLS version"] + row["Warnings"])

    def test_french_table(self):
        path = harness.capture("imap-starttls-refused-143.pcap")
        args = ["-r", harness.readable(path), "-o", "tlsedu.language:fr", "-q", "-z", "tlsedu,conversations",
                "-z", "tlsedu,tree"]
        out = harness.tshark(args).stdout
        self.assertIn("Client |Serveur |Service |Sécurité |Indices |STARTTLS |Version TLS |", out)
        self.assertIn("|peut passer en TLS |port et contenu concordent |refusé |", out)
        self.assertIn("Conversations par sécurité", out)
        self.assertIn("STARTTLS refusé", out)
        self.assertNotIn("Warnings", out)


if __name__ == "__main__":
    unittest.main()
