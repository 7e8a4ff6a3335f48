"""The server certificate fields and warnings (tlsedu.cert.*), and the key exchange a TLS 1.2
resumption inherits, on real captures.

Expected values are not the plugin's: for every server Certificate that stock tshark shows
(tls.handshake.certificate, the first of the server's Certificate message), the DER bytes
go to `openssl x509` (subject and issuer with -nameopt RFC2253, the dates, the
subjectAltName) and `openssl verify` (the self-signature); the capture time and the SNI
come from stock tshark's frame.time_epoch and tls.handshake.extensions_server_name.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import calendar
import os
import re
import subprocess
import tempfile
import time
import unittest

import harness

CERT_FIELDS = ["frame.number", "tlsedu.cert.subject", "tlsedu.cert.issuer", "tlsedu.cert.not_before",
               "tlsedu.cert.not_after", "tlsedu.cert.self_signed", "tlsedu.explain"]


def openssl(args, der):
    with tempfile.NamedTemporaryFile(suffix=".der") as f:
        f.write(der)
        f.flush()
        return subprocess.run(["openssl"] + [a.replace("{}", f.name) for a in args],
                              capture_output=True, text=True)


def tlsedu_escape(s):
    """core/texts.c's tlsedu_escape: printable ASCII kept, backslash and the rest as \\xNN."""
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(b) if 0x20 <= b < 0x7f and b != 0x5c else "\\x%02x" % b)
    return "".join(out)


def rfc4514(name):
    """openssl's RFC 2253 text as tlsedu shows it: GnuTLS names emailAddress EMAIL, and
    tlsedu escapes the backslashes of RFC 4514's own escapes."""
    return tlsedu_escape(name.replace("emailAddress=", "EMAIL="))


def iso_epoch(text):
    return calendar.timegm(time.strptime(text, "%Y-%m-%d %H:%M:%SZ"))


def shown_epoch(text):
    """An FT_ABSOLUTE_TIME as tshark -T fields prints it: 'Jan  1, 2021 00:00:00.000000000 UTC'
    (Wireshark 4.0, 4.4), or ISO 8601 in UTC, '2021-01-01T00:00:00[.000000000Z]' (4.6)."""
    head = text.split(".")[0].rstrip("Z")
    fmt = "%Y-%m-%dT%H:%M:%S" if "T" in head and "-" in head else "%b %d, %Y %H:%M:%S"
    return calendar.timegm(time.strptime(head, fmt))


def server_certificates(path, extra=()):
    """frame -> what openssl says about the server's leaf certificate in that frame."""
    rows = harness.fields(path, ["frame.number", "frame.time_epoch", "tcp.srcport", "udp.srcport",
                                 "tls.handshake.type", "tls.handshake.certificate",
                                 "tls.handshake.extensions_server_name"],
                          extra=list(extra), plugin=False, occurrence="a")
    server_port, sni, out = None, None, {}
    for r in rows:
        types = r["tls.handshake.type"].split(",") if r["tls.handshake.type"] else []
        port = r["tcp.srcport"] or r["udp.srcport"]
        if "1" in types:
            sni = r["tls.handshake.extensions_server_name"] or None
        if "2" in types and server_port is None:
            server_port = port
        if "11" not in types or port != server_port or not r["tls.handshake.certificate"]:
            continue
        der = bytes.fromhex(r["tls.handshake.certificate"].split(",")[0].replace(":", ""))
        info = openssl(["x509", "-inform", "DER", "-in", "{}", "-noout", "-nameopt", "RFC2253",
                        "-subject", "-issuer", "-startdate", "-enddate", "-dateopt", "iso_8601",
                        "-ext", "subjectAltName"], der).stdout
        fields = dict(line.split("=", 1) for line in info.splitlines() if re.match(r"^(subject|issuer|notBefore|notAfter)=", line))
        dns = re.findall(r"DNS:([^,\s]+)", info)
        selfsig = fields["subject"] == fields["issuer"] and openssl(
            ["verify", "-no-CApath", "-no-CAstore", "-CAfile", "{}", "-check_ss_sig", "-no_check_time", "{}"],
            subprocess.run(["openssl", "x509", "-inform", "DER", "-outform", "PEM"], input=der,
                           capture_output=True).stdout).returncode == 0
        t = float(r["frame.time_epoch"])
        out[int(r["frame.number"])] = {
            "subject": rfc4514(fields["subject"]), "issuer": rfc4514(fields["issuer"]),
            "not_before": iso_epoch(fields["notBefore"]), "not_after": iso_epoch(fields["notAfter"]),
            "self_signed": selfsig, "time": t, "sni": sni, "dns": dns,
            "expired": not (iso_epoch(fields["notBefore"]) <= int(t) <= iso_epoch(fields["notAfter"])),
            "mismatch": sni is not None and sni.lower() not in [d.lower() for d in dns],
        }
    return out


def shown(path, two_pass=False, extra=()):
    rows = harness.fields(path, CERT_FIELDS, extra=list(extra), two_pass=two_pass)
    return {int(r["frame.number"]): r for r in rows if r["tlsedu.cert.subject"]}


def warnings(path, name, extra=()):
    rows = harness.fields(path, ["frame.number", "_ws.expert.message"], display_filter=name, extra=list(extra))
    return {int(r["frame.number"]): r["_ws.expert.message"] for r in rows}


def own(name):
    return harness.capture(name)


class CertificateCase(unittest.TestCase):
    def check_capture(self, path, extra=()):
        """Every server certificate stock tshark shows has tlsedu.cert fields that agree
        with openssl, one pass and two; nothing else has them; the warnings are where the
        dates and names say. Returns the oracle."""
        want = server_certificates(path, extra)
        got = shown(path, extra=extra)
        self.assertEqual(sorted(want), sorted(got), path)
        for frame, w in want.items():
            g = dict(got[frame])
            if tuple(int(x) for x in harness.ws_major_minor().split(".")) >= (4, 2):
                # from 4.2 on, -T fields prints a string's backslashes doubled
                for k in ("tlsedu.cert.subject", "tlsedu.cert.issuer"):
                    g[k] = g[k].replace("\\\\", "\\")
            self.assertEqual(w["subject"], g["tlsedu.cert.subject"], (path, frame))
            self.assertEqual(w["issuer"], g["tlsedu.cert.issuer"], (path, frame))
            self.assertEqual(w["not_before"], shown_epoch(g["tlsedu.cert.not_before"]), (path, frame))
            self.assertEqual(w["not_after"], shown_epoch(g["tlsedu.cert.not_after"]), (path, frame))
            self.assertEqual("1" if w["self_signed"] else "0", g["tlsedu.cert.self_signed"], (path, frame))
        expired = warnings(path, "tlsedu.cert.expired", extra)
        mismatch = warnings(path, "tlsedu.cert.name_mismatch", extra)
        self.assertEqual(sorted(f for f, w in want.items() if w["expired"]), sorted(expired), path)
        self.assertEqual(sorted(f for f, w in want.items() if w["mismatch"]), sorted(mismatch), path)
        self.assertEqual(got, shown(path, two_pass=True, extra=extra), path + ": one pass and two differ")
        return want


class OwnCapturesTest(CertificateCase):
    def test_valid_certificates_have_no_warning(self):
        for name in ("https-tls12-rsa.pcap", "https-tls12-ecdhe.pcap", "imap-starttls-tls12-143.pcap"):
            want = self.check_capture(own(name))
            self.assertEqual(1, len(want), name)
            (w,) = want.values()
            self.assertEqual("O=tlsedu TEST-ONLY,CN=localhost", w["subject"])
            self.assertEqual("CN=tlsedu TEST-ONLY Root CA,O=tlsedu TEST-ONLY", w["issuer"])
            self.assertFalse(w["expired"] or w["mismatch"] or w["self_signed"])

    def test_the_certificate_names_its_subject_and_issuer_in_the_explanation(self):
        g = shown(own("https-tls12-ecdhe.pcap"))[6]
        self.assertIn('The server\'s certificate: "O=tlsedu TEST-ONLY,CN=localhost". Issued by '
                      '"CN=tlsedu TEST-ONLY Root CA,O=tlsedu TEST-ONLY".', g["tlsedu.explain"])

    def test_expired(self):
        path = own("tls-expired-cert.pcap")
        want = self.check_capture(path)
        self.assertEqual([6], sorted(want))
        self.assertTrue(want[6]["expired"])
        # the certificate is captures/pki/expired.crt
        pem = subprocess.run(["openssl", "x509", "-in", os.path.join(harness.CAPTURES, "pki", "expired.crt"),
                              "-noout", "-enddate", "-dateopt", "iso_8601"], capture_output=True, text=True).stdout
        self.assertEqual(iso_epoch(pem.strip().split("=", 1)[1]), want[6]["not_after"])
        text = warnings(path, "tlsedu.cert.expired")[6]
        self.assertIn("valid from 2020-01-01 00:00:00 UTC to 2021-01-01 00:00:00 UTC", text)
        self.assertIn(time.strftime("but seen at %Y-%m-%d %H:%M:%S UTC", time.gmtime(int(want[6]["time"]))), text)

    def test_self_signed(self):
        want = self.check_capture(own("tls-self-signed.pcap"))
        self.assertEqual([6], sorted(want))
        self.assertTrue(want[6]["self_signed"])
        self.assertEqual({}, warnings(own("tls-self-signed.pcap"), "tlsedu.cert.expired"))

    def test_unknown_ca(self):
        want = self.check_capture(own("tls-unknown-ca.pcap"))
        self.assertEqual("CN=tlsedu TEST-ONLY Unknown CA (trusted by nobody),O=tlsedu TEST-ONLY", want[6]["issuer"])
        self.assertFalse(want[6]["self_signed"])

    def test_name_mismatch(self):
        path = own("tls-name-mismatch.pcap")
        want = self.check_capture(path)
        self.assertEqual("wrong.tlsedu.test", want[6]["sni"])
        self.assertTrue(want[6]["mismatch"])
        text = warnings(path, "tlsedu.cert.name_mismatch")[6]
        self.assertIn('asked for "wrong.tlsedu.test" (SNI)', text)
        self.assertIn("the certificate is valid for " + ", ".join(want[6]["dns"]), text)

    def test_tls13_certificate_only_with_the_key_log(self):
        path = own("https-tls13.pcap")
        self.check_capture(path, extra=harness.keylog_args(path))
        self.assertEqual([6], sorted(shown(path, extra=harness.keylog_args(path))))
        self.assertEqual({}, shown(path))   # encrypted: no certificate, no error
        self.assertEqual({}, warnings(path, "tlsedu.cert.expired || tlsedu.cert.name_mismatch"))

    def test_client_certificate_is_not_the_servers(self):
        for name in ("tls-client-cert.pcap", "tls13-client-cert.pcap"):
            path = own(name)
            keys = harness.keylog_args(path)
            self.check_capture(path, extra=keys)
            self.assertEqual([6], sorted(shown(path, extra=keys)), name)   # f8 is the client's

    def test_no_sni_no_name_check(self):
        path = own("smtp-starttls-25.pcap")   # Python smtplib to 127.0.0.1: no SNI
        want = self.check_capture(path, extra=harness.keylog_args(path))
        self.assertEqual([None], [w["sni"] for w in want.values()])


class ResumptionKexTest(unittest.TestCase):
    def summary(self, two_pass):
        rows = harness.fields(own("tls12-resumption.pcap"),
                              ["frame.number", "tlsedu.stage", "tlsedu.handshake.kex", "tlsedu.handshake.resumed",
                               "tlsedu.handshake.forward_secrecy"], two_pass=two_pass)
        return {int(r["frame.number"]): r for r in rows if r["tlsedu.stage"]}

    def test_tls12_resumption_inherits_the_original_kex(self):
        # Stock tshark: the full handshake's ServerHello (f6) chose 0xc030
        # (ECDHE-RSA-AES256-GCM-SHA384) with session ID aa08...; the second connection's
        # ServerHello (f22) echoes that session ID and resumes it.
        rows = harness.fields(own("tls12-resumption.pcap"),
                              ["frame.number", "tls.handshake.session_id", "tls.handshake.ciphersuite"],
                              display_filter="tls.handshake.type == 2", plugin=False)
        self.assertEqual([6, 22], [int(r["frame.number"]) for r in rows])
        self.assertEqual(rows[0]["tls.handshake.session_id"], rows[1]["tls.handshake.session_id"])
        self.assertEqual("0xc030", rows[0]["tls.handshake.ciphersuite"])
        for two_pass in (False, True):
            s = self.summary(two_pass)
            self.assertEqual(("3", "0"), (s[6]["tlsedu.handshake.kex"], s[6]["tlsedu.handshake.resumed"]))
            self.assertEqual(("3", "1", "1"), (s[22]["tlsedu.handshake.kex"], s[22]["tlsedu.handshake.resumed"],
                                               s[22]["tlsedu.handshake.forward_secrecy"]), two_pass)
            self.assertEqual("3", s[24]["tlsedu.handshake.kex"])
        self.assertEqual({}, warnings(own("tls12-resumption.pcap"), "tlsedu.no_forward_secrecy"))

    def test_without_the_original_no_kex(self):
        # The resumption alone (the capture cut to its own TCP stream): no value. (A
        # display filter would not do: the first pass still sees the original.)
        stream1 = [int(r["frame.number"]) for r in harness.fields(
            own("tls12-resumption.pcap"), ["frame.number"], display_filter="tcp.stream == 1", plugin=False)]
        with tempfile.TemporaryDirectory() as d:
            cut = os.path.join(d, "resumption-only.pcap")
            subprocess.run(["editcap", "-r", own("tls12-resumption.pcap"), cut,
                            "%d-%d" % (stream1[0], stream1[-1])], check=True, capture_output=True)
            r = {int(x["frame.number"]): x for x in harness.fields(
                cut, ["frame.number", "tlsedu.stage", "tlsedu.handshake.kex", "tlsedu.handshake.resumed"])
                if x["tlsedu.stage"]}
        resumed = [f for f in r if r[f]["tlsedu.handshake.resumed"] == "1"]
        self.assertTrue(resumed)
        self.assertEqual({""}, {r[f]["tlsedu.handshake.kex"] for f in resumed})


class PublicCertificatesTest(CertificateCase):
    def setUp(self):
        self.root = harness.require_public(self)

    def p(self, rel):
        return os.path.join(self.root, rel)

    def test_public_captures(self):
        # google.com behind Google Internet Authority G2 (2014, 2017), the snake oil test
        # certificate (SSL 3.0, 2006), a self-signed localhost whose client sent an IP as SNI
        want = self.check_capture(self.p("zeek/tls/ecdhe.pcap"))
        self.assertEqual(["CN=*.google.com,O=Google Inc,L=Mountain View,ST=California,C=US"],
                         [w["subject"] for w in want.values()])
        self.check_capture(self.p("zeek/tls/tls1_1.pcap"))
        want = self.check_capture(self.p("wireshark-test-captures/captures/rsasnakeoil2.pcap"))
        self.assertTrue(all(w["expired"] is False for w in want.values()))
        want = self.check_capture(self.p("wireshark-test-captures/captures/tls12-chacha20poly1305.pcap"))
        self.assertTrue(want and all(w["self_signed"] and w["mismatch"] for w in want.values()))


if __name__ == "__main__":
    unittest.main()
