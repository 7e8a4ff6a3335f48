"""Issue 16, the hellos' facts as fields and in the explanation: tlsedu.hello.versions_offered,
suites_offered, key_share, alpn, retry_group, tlsedu.signature_algorithm and
tlsedu.handshake.group, asserted against stock Wireshark's own fields and names in the same
frame, on shipped captures and public ones (browsers, TLS libraries, DTLS).

- GREASE values (RFC 8701) are no offers; the signalling values TLS_EMPTY_RENEGOTIATION_INFO_SCSV
  (RFC 5746 3.3) and TLS_FALLBACK_SCSV (RFC 7507) are no suites.
- Groups by IANA name, also those Wireshark 4.0 does not name (X25519MLKEM768, 0x11ec).
- The ClientHello's explanation names the versions, the suites offered and the first ones,
  its key shares, its ALPN; a TLS-1.2-only ClientHello says nothing of TLS 1.3.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import re
import unittest

import harness

AGG = "\x1e"
VERSIONS = {0x0300: "SSL 3.0", 0x0301: "TLS 1.0", 0x0302: "TLS 1.1", 0x0303: "TLS 1.2", 0x0304: "TLS 1.3",
            0xfeff: "DTLS 1.0", 0xfefd: "DTLS 1.2", 0xfefc: "DTLS 1.3"}
# IANA names Wireshark 4.0 lacks (it prints "Unknown") or newer ones spell otherwise
IANA_GROUPS = {0x11ec: "X25519MLKEM768", 0x6399: "X25519Kyber768Draft00"}
SCSV = {0x00ff, 0x5600}

OWN = ["https-tls13.pcap", "https-tls12-ecdhe.pcap", "https-tls12-rsa.pcap", "tls13-hello-retry.pcap",
       "tls13-client-cert.pcap", "dtls12-cookie.pcap", "quic-443.pcap", "tls12-resume-ticket.pcap"]
PUBLIC = ["zeek/tls/chrome-1250-tls-x25519-kyber.pcap", "zeek/tls/tls-13draft19-early-data.pcap",
          "zeek/tls/ecdhe.pcap", "zeek/tls/dtls1_2.pcap", "zeek/tls/hrr.pcap",
          "wireshark-test-captures/captures/http2_follow_multistream.pcapng"]

STOCK = ["frame.number", "tls.handshake.type", "dtls.handshake.type", "tls.handshake.extensions.supported_version",
         "dtls.handshake.extensions.supported_version", "tls.handshake.version", "dtls.handshake.version",
         "tls.handshake.ciphersuite", "dtls.handshake.ciphersuite", "tls.handshake.extensions_alpn_str",
         "dtls.handshake.extensions_alpn_str", "tls.handshake.extensions_key_share_selected_group"]
PLUGIN = ["frame.number", "tlsedu.message", "tlsedu.explain", "tlsedu.hello.versions_offered",
          "tlsedu.hello.suites_offered", "tlsedu.hello.key_share", "tlsedu.hello.alpn", "tlsedu.hello.retry_group",
          "tlsedu.signature_algorithm", "tlsedu.handshake.group"]


def rows(path, names, plugin=True, lang="en"):
    args = ["-r", harness.readable(path), "-T", "fields", "-E", "header=n", "-E", "separator=\t",
            "-E", "occurrence=a", "-E", "aggregator=" + AGG]
    args += ["-o", "tlsedu.language:" + lang] if plugin else []
    args += harness.keylog_args(path)
    for n in names:
        args += ["-e", n]
    out = {}
    for line in harness.tshark(args, plugin=plugin).stdout.split("\n"):
        if not line:
            continue
        values = line.split("\t") + [""] * len(names)
        row = {n: (v.split(AGG) if v else []) for n, v in zip(names, values)}
        out[int(row["frame.number"][0])] = row
    return out


def verbose(path, frame):
    """Stock tshark's -V text of one frame."""
    args = ["-r", harness.readable(path), "-V", "-Y", "frame.number == %d" % frame] + harness.keylog_args(path)
    return harness.tshark(args, plugin=False).stdout


def ints(values):
    return [int(v, 0) for v in values]


def version_name(v):
    if (v & 0xff00) == 0x7f00:
        return "TLS 1.3 (draft %d)" % (v & 0xff)   # RFC 8446 drafts (0x7f00 + n), as Wireshark writes them
    return VERSIONS.get(v, "0x%04x" % v)


def grease(v):
    return (v & 0x0f0f) == 0x0a0a and (v >> 8) == (v & 0xff)


def both(r, name):
    return r["tls." + name] + r["dtls." + name]


def paths():
    found = [harness.capture(n) for n in OWN]
    found += [os.path.join(harness.PUBLIC, rel) for rel in PUBLIC if os.path.exists(os.path.join(harness.PUBLIC, rel))]
    return found


def client_hello_text(text):
    """Stock -V's ClientHello part of a frame (up to the next handshake message)."""
    m = re.search(r"Handshake Type: Client Hello \(1\)(.*?)(?:Handshake Type: |\Z)", text, re.S)
    return m.group(1) if m else ""


class ClientHelloFields(unittest.TestCase):
    def test_each_client_hello_against_stock(self):
        checked = 0
        for path in paths():
            stock, mine = rows(path, STOCK, plugin=False), rows(path, PLUGIN)
            for f, s in stock.items():
                if "1" not in both(s, "handshake.type") or "ClientHello" not in mine[f]["tlsedu.message"]:
                    continue
                with self.subTest(capture=os.path.basename(path), frame=f):
                    self.check_one(path, f, s, mine[f])
                    checked += 1
        self.assertGreaterEqual(checked, 12)

    def check_one(self, path, f, s, p):
        # versions: supported_versions in the client's order, GREASE aside; else the version field
        supported = [v for v in ints(both(s, "handshake.extensions.supported_version")) if not grease(v)]
        legacy = ints(both(s, "handshake.version"))
        want = [version_name(v) for v in (supported or legacy[:1])]
        self.assertEqual([", ".join(want)] if want else [], p["tlsedu.hello.versions_offered"])
        # suites: the list as sent, GREASE and signalling values aside
        suites = [v for v in ints(both(s, "handshake.ciphersuite")) if not grease(v) and v not in SCSV]
        self.assertEqual([str(len(suites))] if suites else [], p["tlsedu.hello.suites_offered"])
        if not want:
            return   # a ClientHello Wireshark did not dissect (a fragment): nothing to name
        # key shares by name: Wireshark's names in -V ("Group: x25519 (29)"), IANA's where it has none
        text = client_hello_text(verbose(path, f))
        shares = []
        for name, num in re.findall(r"^\s+Group: (.+?) \((\d+)\)$", text, re.M):
            v = int(num)
            if not grease(v):
                shares.append(IANA_GROUPS.get(v, name))
        self.assertEqual([", ".join(shares)] if shares else [], p["tlsedu.hello.key_share"])
        alpn = both(s, "handshake.extensions_alpn_str")
        self.assertEqual([", ".join(alpn)] if alpn else [], p["tlsedu.hello.alpn"])
        # the explanation names them
        explain = p["tlsedu.explain"][p["tlsedu.message"].index("ClientHello")]
        self.assertIn(("Highest version offered: %s (no supported_versions" if not supported else "Versions offered: %s.")
                      % ", ".join(want), explain)
        first = re.findall(r"Cipher Suite: (\w+) \(0x([0-9a-f]{4})\)", text)
        first = [n for n, v in first if not grease(int(v, 16)) and int(v, 16) not in SCSV]
        self.assertIn("It offers %d cipher suite" % len(suites) if len(suites) > 1 else "a single cipher suite", explain)
        skipped = len(both(s, "handshake.ciphersuite")) - len(suites)
        if skipped:
            self.assertIn("GREASE or signalling values left out of the count: %d (" % skipped, explain)
        self.assertIn(", ".join(first[:3]), explain)
        if alpn:
            self.assertIn("(ALPN), readable by anyone on the path: %s." % ", ".join(alpn), explain)
        if 0x0304 not in supported and 0x7f00 not in [v & 0xff00 for v in supported] and 0xfefc not in supported:
            self.assertNotIn("TLS 1.3", explain)
        elif shares:
            self.assertIn(" for %s" % ", ".join(shares[:3]), explain)


class ServerFields(unittest.TestCase):
    def test_hello_retry_request_group(self):
        path = harness.capture("tls13-hello-retry.pcap")
        stock, mine = rows(path, STOCK, plugin=False), rows(path, PLUGIN)
        hrr = [f for f, s in stock.items() if s["tls.handshake.extensions_key_share_selected_group"]]
        self.assertTrue(hrr)
        for f in hrr:
            group = int(stock[f]["tls.handshake.extensions_key_share_selected_group"][0], 0)
            name = re.search(r"Selected Group: (\S+) \(%d\)" % group, verbose(path, f)).group(1)
            self.assertEqual([name], mine[f]["tlsedu.hello.retry_group"])

    def test_signature_algorithm_and_group(self):
        for name in ("https-tls12-ecdhe.pcap", "https-tls13.pcap", "tls13-client-cert.pcap"):
            path = harness.capture(name)
            mine = rows(path, PLUGIN)
            seen = 0
            for f, p in mine.items():
                for alg in p["tlsedu.signature_algorithm"]:
                    # stock -V names the algorithm of the ServerKeyExchange or CertificateVerify
                    self.assertRegex(verbose(path, f), r"Signature Algorithm: %s \(0x[0-9a-f]{4}\)" % re.escape(alg))
                    seen += 1
            self.assertGreaterEqual(seen, 1, name)
            groups = {g for p in mine.values() for g in p["tlsedu.handshake.group"]}
            self.assertEqual({"x25519"}, groups, name)   # stock: the ServerHello's or ServerKeyExchange's x25519 (29)

    def test_alpn_chosen(self):
        # TLS 1.3: in the EncryptedExtensions (with keys); the explanation says it
        path = harness.capture("https-tls13.pcap")
        stock, mine = rows(path, STOCK, plugin=False), rows(path, PLUGIN)
        f = [f for f, s in stock.items() if "8" in s["tls.handshake.type"]][0]
        self.assertEqual(stock[f]["tls.handshake.extensions_alpn_str"], mine[f]["tlsedu.hello.alpn"])
        self.assertTrue(any("Application protocol chosen (ALPN): %s." % stock[f]["tls.handshake.extensions_alpn_str"][0] in t
                            for t in mine[f]["tlsedu.explain"]))

    def test_french_keeps_values_and_translates_texts(self):
        path = harness.capture("https-tls13.pcap")
        en, fr = rows(path, PLUGIN), rows(path, PLUGIN, lang="fr")
        for f in en:
            for n in PLUGIN[3:]:
                self.assertEqual(en[f][n], fr[f][n], (f, n))   # language-neutral values
        self.assertTrue(any("Versions proposées\u00a0: TLS 1.3" in t for t in fr[4]["tlsedu.explain"]))


if __name__ == "__main__":
    unittest.main()
