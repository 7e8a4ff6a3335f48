"""tlsedu.cleartext_credentials beyond mail (issue 4): FTP PASS, HTTP Basic, LDAP simple
bind and SNMP v1/v2c community, only on a connection that is not encrypted.

Expected frames come from stock tshark (no plugin): ftp.request.command, http.authbasic,
ldap.simple, snmp.community / snmp.msgVersion, the TLS layer of each frame, and Wireshark's
own credentials tap (`tshark -z credentials`, which knows FTP and HTTP Basic).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import unittest

import harness
from test_secrets import tlsedu_lines

EXPERT = "tlsedu.cleartext_credentials"


def warned(path, extra=(), two_pass=False):
    rows = harness.fields(path, ["frame.number"], display_filter=EXPERT, extra=list(extra), two_pass=two_pass)
    return sorted(int(r["frame.number"]) for r in rows)


def stock(path, names, display_filter, extra=()):
    rows = harness.fields(path, ["frame.number"] + names, display_filter=display_filter,
                          extra=list(extra), plugin=False)
    return {int(r["frame.number"]): r for r in rows}


def tap_frames(path):
    # Stock tshark only (no plugin): in the sanitizer build, Wireshark's own credentials tap
    # leaks a few bytes at exit, which is not tlsedu's to report
    out = harness.tshark(["-r", harness.readable(path), "-q", "-z", "credentials"], plugin=False,
                         env_extra={"ASAN_OPTIONS": "detect_leaks=0"}).stdout
    return sorted(int(l.split()[0]) for l in out.splitlines() if l.split() and l.split()[0].isdigit())


def messages(path, frame, extra=()):
    rows = harness.fields(path, ["_ws.expert.message"], display_filter="frame.number == %d" % frame,
                          extra=list(extra))
    return rows[0]["_ws.expert.message"] if rows else ""


class Cleartext(unittest.TestCase):
    def check(self, name, want, stock_filter, tap=None):
        path = harness.capture(name)
        self.assertEqual(want, sorted(stock(path, [], stock_filter)))   # where the secret is
        self.assertEqual(want, warned(path))
        self.assertEqual(want, warned(path, two_pass=True))
        if tap is not None:
            self.assertEqual(tap, tap_frames(path))
        return path

    def test_ftp_pass(self):
        # f6 USER, f9 PASS (the tap names the PASS frame)
        path = self.check("ftp-cleartext-21.pcap", [9], 'ftp.request.command == "PASS"', tap=[9])
        self.assertIn("FTP PASS", messages(path, 9))

    def test_http_basic(self):
        path = self.check("http-basic-auth-80.pcap", [8], "http.authbasic", tap=[8])
        self.assertIn("HTTP Basic", messages(path, 8))

    def test_ldap_simple_bind(self):
        # f4 bindRequest, simple, with the admin's password (the 4.0 tap has no LDAP)
        path = self.check("ldap-simple-bind-389.pcap", [4], 'ldap.simple != ""')
        self.assertEqual("0", stock(path, ["ldap.authentication"], "frame.number == 4")[4]["ldap.authentication"])
        self.assertIn("LDAP simple bind", messages(path, 4))

    def test_snmp_community(self):
        # v2c request f1 and its response f2 carry the community; the SNMPv3 frames do not
        path = self.check("snmp-161.pcap", [1, 2], "snmp.community")
        v3 = stock(path, [], "snmp.msgVersion == 3")
        self.assertTrue(v3)
        self.assertFalse(set(v3) & set(warned(path)))
        self.assertIn("SNMP community", messages(path, 1))
        # the community itself ("public", as stock tshark shows it) is in no tlsedu text
        community = stock(path, ["snmp.community"], "frame.number == 1")[1]["snmp.community"]
        self.assertEqual("public", community)
        out = harness.tshark(["-r", harness.readable(path), "-V", "-Y", "snmp.community"]).stdout
        self.assertNotIn(community, "\n".join(tlsedu_lines(out)).lower())
        self.assertNotIn(community, messages(path, 1).lower())

    def test_french(self):
        path = harness.capture("ftp-cleartext-21.pcap")
        self.assertIn("Identifiants en clair (FTP PASS)", messages(path, 9, extra=["-o", "tlsedu.language:fr"]))


class Encrypted(unittest.TestCase):
    def test_ftp_pass_after_auth_tls(self):
        # with the key log, stock tshark sees PASS inside TLS (f36): no warning
        path = harness.capture("ftp-auth-tls-21.pcap")
        keys = harness.keylog_args(path)
        inside = stock(path, ["tls.record.content_type"], 'ftp.request.command == "PASS"', extra=keys)
        self.assertEqual([36], sorted(inside))
        self.assertNotEqual("", inside[36]["tls.record.content_type"])
        self.assertEqual([], warned(path, extra=keys))
        self.assertEqual([], warned(path))

    def test_ldap_bind_after_starttls(self):
        # the bind (f19, anonymous: empty simple password) is inside TLS
        path = harness.capture("ldap-starttls-389.pcap")
        keys = harness.keylog_args(path)
        self.assertEqual([19], sorted(stock(path, [], "ldap.bindRequest_element", extra=keys)))
        self.assertEqual([], warned(path, extra=keys))
        self.assertEqual([], warned(path))

    def test_https_and_public(self):
        paths = [harness.capture("https-tls13.pcap"), harness.capture("http-hsts-80.pcap")]
        public = os.path.join(harness.PUBLIC)
        if os.path.isdir(public):
            paths += [os.path.join(public, "zeek", "ftp", "ftp-auth-tls.pcap"),
                      os.path.join(public, "ndpi", "ftp-start-tls.pcap"),
                      os.path.join(public, "zeek", "ldap", "ldap-starttls.pcap")]
        for path in paths:
            with self.subTest(os.path.basename(path)):
                self.assertEqual([], warned(path, extra=harness.keylog_args(path)))


if __name__ == "__main__":
    unittest.main()
