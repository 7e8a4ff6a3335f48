"""tlsedu-lesson --worksheet: the worksheet and its answer key. Every answer is checked against
stock tshark (the plugin folder empty) on the same capture: the frames that carry each
message, the number of suites offered, the version and suite chosen (their names from
Wireshark's own value table, tshark -G values), the certificate's issuer, the
ChangeCipherSpec frames, the STARTTLS reply (Wireshark's SMTP/IMAP fields), the SNI. The
key exchange's forward secrecy is checked against the chosen suite's name (TLS 1.2: ECDHE/DHE
or not) or TLS 1.3 with a key_share.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import html.parser
import os
import subprocess
import sys
import unittest

import harness
from test_lesson import SCRIPT, lesson

STOCK = ["frame.number", "tcp.srcport", "udp.srcport", "tls.handshake.type", "tls.handshake.ciphersuite",
         "tls.handshake.extensions.supported_version", "tls.handshake.version", "tls.record.content_type",
         "tls.handshake.extensions_server_name", "tls.handshake.extensions_key_share_group",
         "x509sat.uTF8String", "x509sat.printableString", "smtp.command_line", "smtp.response", "dtls.handshake.type", "quic.long.packet_type"]


class Answers(html.parser.HTMLParser):
    """question id -> {"frame", "value", "text"} (answer key) or None (worksheet)."""

    def __init__(self):
        super().__init__()
        self.found, self.current, self.in_answer = {}, None, False
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "li" and "data-q" in a:   # a later handshake's questions: "kex#2", ...
            self.current = a["data-q"]
            n = 2
            while self.current in self.found:
                self.current, n = "%s#%d" % (a["data-q"], n), n + 1
            self.found[self.current] = None
        elif tag == "div" and a.get("class") == "answer":
            self.found[self.current] = {"frame": int(a["data-frame"]), "value": a["data-value"], "text": ""}
            self.in_answer = True

    def handle_endtag(self, tag):
        if tag == "div":
            self.in_answer = False

    def handle_data(self, data):
        if self.in_answer:
            self.found[self.current]["text"] += data


def pages(capture, keys=True, lang=None):
    proc, out = lesson_ws(capture, keys, lang)
    name = capture.rsplit(".", 1)[0]
    result = []
    for suffix in ("-worksheet.html", "-answers.html"):
        p = Answers()
        with open(os.path.join(out, name + suffix), encoding="utf-8") as f:
            text = f.read()
        p.feed(text)
        result.append((p, text))
    return result


def lesson_ws(capture, keys, lang):
    proc, out = lesson(capture, keylog=keys, lang=lang, args=["--worksheet"])
    if proc.returncode != 0:
        raise AssertionError(proc.stderr)
    return proc, out


def stock(capture, keys=True):
    path = harness.capture(capture)
    rows = harness.fields(path, STOCK, plugin=False, extra=harness.keylog_args(path) if keys else [])
    out = {}
    for r in rows:
        r = {k: [x for x in v.split(",") if x] for k, v in r.items()}
        r["hs"] = [int(t) for t in r["tls.handshake.type"] + r["dtls.handshake.type"]]
        out[int(r["frame.number"][0])] = r
    return out


_NAMES = {}


def suite_name(code):
    """Wireshark's own name of a cipher suite (tshark -G values)."""
    if not _NAMES:
        for line in harness.tshark(["-G", "values"], plugin=False).stdout.splitlines():
            p = line.split("\t")
            if len(p) == 4 and p[0] == "V" and p[1] == "tls.handshake.ciphersuite":
                _NAMES[int(p[2])] = p[3]
    return _NAMES[code]


VERSION = {0x0303: "TLS 1.2", 0x0304: "TLS 1.3"}


class Worksheet(unittest.TestCase):
    def check_common(self, capture, keys=True):
        (ws, ws_text), (key, key_text) = pages(capture, keys)
        self.key_text = key_text
        s = stock(capture, keys)
        ch = min(f for f in s if 1 in s[f]["hs"])
        client = (s[ch]["tcp.srcport"] + s[ch]["udp.srcport"])[0]
        # the worksheet asks the same questions, without answers
        self.assertEqual(list(ws.found), list(key.found))
        self.assertTrue(all(v is None for v in ws.found.values()))
        self.assertNotIn('class="answer"', ws_text)
        a = key.found
        self.assertEqual(ch, a["client_hello"]["frame"])
        self.assertTrue(a["client_hello"]["value"].endswith(":" + client))
        # real suites: not GREASE (RFC 8701) nor the signalling values 0x00ff and 0x5600 (RFC 5746, 7507)
        codes = [int(c, 0) for c in s[ch]["tls.handshake.ciphersuite"]]
        real = [c for c in codes if c not in (0x00ff, 0x5600) and not ((c & 0x0f0f) == 0x0a0a and c >> 8 == c & 0xff)]
        self.assertEqual(str(len(real)), a["suites"]["value"])
        if len(real) < len(codes):
            self.assertIn("list of %d also holds" % len(codes), a["suites"]["text"])
        sh = min(f for f in s if 2 in s[f]["hs"] and (s[f]["tcp.srcport"] + s[f]["udp.srcport"])[0] != client)
        code = int(s[sh]["tls.handshake.ciphersuite"][0], 0)
        version = int((s[sh]["tls.handshake.extensions.supported_version"] or s[sh]["tls.handshake.version"])[0], 0)
        self.assertEqual((sh, "%s 0x%04x" % (VERSION[version], code)), (a["chosen"]["frame"], a["chosen"]["value"]))
        self.assertIn(suite_name(code), a["chosen"]["text"])
        self.assertEqual(sh, a["randoms"]["frame"])
        # forward secrecy from the suite's name (TLS 1.2) or a key share (TLS 1.3)
        # (anonymous (EC)DH is ephemeral too: RFC 5246 7.4.3, RFC 8422 2.5)
        fs = any(k in suite_name(code) for k in ("ECDHE", "DHE", "_anon_")) or bool(s[sh]["tls.handshake.extensions_key_share_group"])
        self.assertEqual("fs" if fs else "nofs", a["kex"]["value"])
        sni = s[ch]["tls.handshake.extensions_server_name"]
        if sni:
            self.assertEqual(sni[0], a["seen"]["value"])
            self.assertIn(sni[0], a["seen"]["text"])
        return a, s, ch, sh, client

    def test_tls12_rsa(self):
        a, s, ch, sh, client = self.check_common("https-tls12-rsa.pcap")
        self.assertEqual("nofs", a["kex"]["value"])
        self.assertIn("RSA", a["kex"]["text"])
        # ChangeCipherSpec (record type 20) of each side
        ccs = {side: min(f for f in s if "20" in s[f]["tls.record.content_type"]
                         and (s[f]["tcp.srcport"][0] == client) == (side == "c")) for side in "cs"}
        self.assertEqual("%d %d" % (ccs["c"], ccs["s"]), a["encryption"]["value"])
        # the certificate (handshake type 11, from the server): its issuer's names
        cert = min(f for f in s if 11 in s[f]["hs"])
        self.assertEqual(cert, a["cert"]["frame"])
        names = s[cert]["x509sat.uTF8String"] + s[cert]["x509sat.printableString"]
        self.assertTrue(any(n in a["cert"]["value"] for n in names), (names, a["cert"]["value"]))
        self.assertIn("before TLS 1.3", a["seen"]["text"])
        self.assertNotIn("starttls", a)

    def test_tls13_with_and_without_keys(self):
        a, s, ch, sh, client = self.check_common("https-tls13.pcap")
        self.assertEqual(sh, a["encryption"]["frame"])
        self.assertIn("cert", a)
        self.assertIn("0x0303", a["chosen"]["text"])
        self.assertIn("in TLS 1.3 it is encrypted", a["seen"]["text"])
        b, *_ = self.check_common("https-tls13.pcap", keys=False)
        self.assertNotIn("cert", b)       # encrypted: no question Wireshark cannot answer
        self.assertIn("Application Data", b["encryption"]["text"])

    def test_starttls_reply(self):
        a, s, ch, sh, client = self.check_common("smtp-starttls-25.pcap")
        req = min(f for f in s if s[f]["smtp.command_line"] == ["STARTTLS\\r\\n"])
        reply = min(f for f in s if f > req and s[f]["smtp.response"])
        line = s[reply]["smtp.response"][0].replace("\\r\\n", "")
        self.assertEqual((reply, line), (a["starttls"]["frame"], a["starttls"]["value"]))
        self.assertTrue(line.startswith("220"))
        self.assertIn("Which SMTP reply", self.key_text)

    def test_variants_follow_the_capture(self):
        """Review 15t: each answer follows what Wireshark shows of this handshake."""
        # anonymous DH (the chosen suite's name has _anon_): nobody authenticated
        a, s, ch, sh, client = self.check_common("tls12-anon-adh.pcap")
        self.assertIn("_anon_", suite_name(int(s[sh]["tls.handshake.ciphersuite"][0], 0)))
        self.assertIn("man in the middle", a["kex"]["text"])
        # NULL cipher: never encrypted, the data readable
        a, s, ch, sh, client = self.check_common("tls12-null-sha256.pcap")
        self.assertIn("_WITH_NULL_", suite_name(int(s[sh]["tls.handshake.ciphersuite"][0], 0)))
        self.assertEqual("null", a["encryption"]["value"])
        self.assertIn("travels in cleartext", a["seen"]["text"])
        # a TLS 1.2 NewSessionTicket (handshake type 4) from the server, in the clear
        (ws, _), (key, _) = pages("tls12-resume-ticket.pcap")
        s = stock("tls12-resume-ticket.pcap")
        ticket = min(f for f in s if 4 in s[f]["hs"])
        self.assertIn("NewSessionTicket (frame %d)" % ticket, key.found["kex"]["text"])
        # its second connection resumes (an abbreviated handshake: no Certificate, type 11)
        second = min(f for f in s if 1 in s[f]["hs"] and f > ticket)
        self.assertFalse(any(11 in s[f]["hs"] for f in s if f > second))
        self.assertIn("reuses the earlier master secret", key.found["randoms#2"]["text"])
        # a TLS 1.3 resumption (its second connection) sends no certificate (RFC 8446 2.2)
        (ws, _), (key, _) = pages("tls13-resume-psk.pcap")
        s = stock("tls13-resume-psk.pcap")
        second = sorted(f for f in s if 1 in s[f]["hs"])[1]
        self.assertFalse(any(11 in s[f]["hs"] for f in s if f > second))
        self.assertIn("sends none", key.found["seen#2"]["text"])
        self.assertIn("in TLS 1.3 it is encrypted", key.found["seen"]["text"])
        # TLS 1.2 client authentication: the client's certificate in cleartext too
        a, s, ch, sh, client = self.check_common("tls-client-cert.pcap")
        cc = min(f for f in s if 11 in s[f]["hs"] and s[f]["tcp.srcport"] == [client])
        self.assertIn("The client's certificate (frame %d)" % cc, a["seen"]["text"])
        # LDAP's binary StartTLS: named, not quoted bytes
        (ws, _), (key, _) = pages("ldap-starttls-389.pcap")
        self.assertIn("ExtendedResponse", key.found["starttls"]["text"])
        self.assertTrue(key.found["starttls"]["text"].isprintable())

    def test_quic_has_no_record_question(self):
        (ws, _), (key, _) = pages("quic-443.pcap")
        self.assertIn("client_hello", key.found)
        self.assertNotIn("encryption", key.found)
        # stock tshark decrypts the Initial packets with no key log: what an eavesdropper sees
        s = stock("quic-443.pcap", keys=False)
        self.assertTrue(any(1 in r["hs"] for r in s.values()) and any(2 in r["hs"] for r in s.values()))
        self.assertIn("RFC 9001 5.2", key.found["seen"]["text"])
        self.assertIn("every packet", key.found["seen"]["text"])
        # 0-RTT (a client packet of long-header type 1): not forward secret (RFC 8446 2.3)
        (ws, _), (key, _) = pages("quic-0rtt-443.pcap")
        s = stock("quic-0rtt-443.pcap")
        zero = min(f for f in s if "1" in s[f]["quic.long.packet_type"] and s[f]["udp.srcport"] != ["443"])
        self.assertIn("not for the 0-RTT data (frame %d)" % zero, key.found["kex"]["text"])

    def test_languages(self):
        for lang, word in (("fr", "Trame"), ("ru", "Кадр")):
            (ws, ws_text), (key, key_text) = pages("https-tls12-ecdhe.pcap", lang=lang)
            self.assertEqual(lang, key.lang)
            self.assertTrue(key.found["client_hello"]["text"].startswith(word), key.found["client_hello"])
            for english in ("Which frame", "Learning goals", "forward secrecy, ", "Frame ", "Answer key"):
                self.assertNotIn(english, key_text + ws_text, lang)

    def test_help_states_every_option(self):
        proc = subprocess.run([sys.executable, SCRIPT, "--help"], capture_output=True, text=True, timeout=60)
        self.assertEqual(0, proc.returncode)
        for word in ("CAPTURE", "--keylog FILE", "--lang", "en,fr,ru", "--out DIR", "--worksheet", "-worksheet.html",
                     "-answers.html", "-annotated.pcapng", "-lesson.html", "WIRESHARK_PLUGIN_DIR", "exit status",
                     "--lang fr", "--lang ru"):
            self.assertIn(word, proc.stdout)

    def test_key_log_without_secrets_warns(self):
        # a handshake that failed before any key: its key log holds only OpenSSL's comment
        path = harness.capture("tls-alert-protocol-version.keys")
        with open(path, encoding="utf-8") as f:
            self.assertTrue(all(not l.strip() or l.startswith("#") for l in f))
        proc, out = lesson("tls-alert-protocol-version.pcap", keylog=True, args=["--worksheet"])
        self.assertEqual(0, proc.returncode, proc.stderr)
        self.assertIn("holds no TLS secret", proc.stderr)

    def test_no_handshake(self):
        (ws, ws_text), (key, _) = pages("dns-53.pcap", keys=False)
        self.assertEqual({}, key.found)
        self.assertIn("no TLS, DTLS or QUIC handshake", ws_text)


if __name__ == "__main__":
    unittest.main()
