"""The catalogue on the project's own captures (captures/, recorded from real software on
loopback): every frame of a conversation whose server port is in the course's list carries
the right tlsedu.service, tlsedu.service.port and tlsedu.security, and nothing else does.
Expected values come from stock tshark's fields (oracle.py), plus hand-checked frames.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import glob
import os
import unittest

import harness
import oracle
from oracle import CAN_UPGRADE, CLEARTEXT, IMPLICIT_TLS, OWN_ENCRYPTION, UPGRADED

# The scenarios the foundation issue asks for, by file.
REQUIRED = [
    "smtp-starttls-25.pcap", "smtp-starttls-587.pcap", "smtps-465.pcap", "imap-starttls-143.pcap",
    "imaps-993.pcap", "pop3-stls-110.pcap", "pop3s-995.pcap", "https-tls12-rsa.pcap",
    "https-tls12-ecdhe.pcap", "https-tls13.pcap", "http-redirect-80.pcap", "http-basic-auth-80.pcap",
    "ftp-auth-tls-21.pcap", "ldap-starttls-389.pcap", "ssh-22.pcap", "dns-53.pcap", "ntp-123.pcap",
    "tftp-69.pcap", "snmp-161.pcap", "sip-5060.pcap", "smtp-auth-cleartext-587.pcap",
    "imap-login-cleartext-143.pcap", "pop3-userpass-cleartext-110.pcap",
    "smtp-starttls-refused-25.pcap", "smtp-starttls-2525.pcap", "imap-starttls-1143.pcap",
    "pop3-stls-1110.pcap", "tls-nonstandard-8443.pcap", "tls-unknown-ca.pcap",
    "tls13-hello-retry.pcap", "tls12-resumption.pcap", "tls13-resumption.pcap",
    "tls-client-cert.pcap", "tls-expired-cert.pcap", "tls-self-signed.pcap",
    "smtp-starttls-injection-25.pcap",
]


def own_captures():
    return sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap")))


def diff_with_keys(path):
    return oracle.differences(path, harness.keylog_args(path))


class OwnCapturesTest(unittest.TestCase):
    def test_required_scenarios_are_recorded(self):
        missing = [f for f in REQUIRED if not os.path.exists(os.path.join(harness.CAPTURES, f))]
        self.assertEqual([], missing)
        for path in own_captures():
            self.assertLess(os.path.getsize(path), 200 * 1024, path)

    def test_every_capture_matches_the_port_list(self):
        captures = own_captures()
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(captures, pool.map(diff_with_keys, captures)))
        bad = {os.path.basename(c): d[:5] for c, d in results.items() if d}
        self.assertEqual({}, bad)

    def test_one_pass_and_two_passes_agree(self):
        for name in ("smtp-starttls-25.pcap", "snmp-161.pcap", "ftp-cleartext-21.pcap"):
            path = harness.capture(name)
            keys = harness.keylog_args(path)
            self.assertEqual(oracle.observed(path, keys), oracle.observed(path, keys, two_pass=True), name)

    def frames(self, name):
        path = harness.capture(name)
        return oracle.observed(path, harness.keylog_args(path))

    # Hand-checked frames: what a student sees on the key frames of each scenario.
    def test_mail_ports(self):
        self.assertEqual(("SMTP", 25, CAN_UPGRADE), self.frames("smtp-starttls-25.pcap")[1])
        self.assertEqual(("SMTP", 587, CAN_UPGRADE), self.frames("smtp-starttls-587.pcap")[1])
        self.assertEqual(("SMTPS", 465, IMPLICIT_TLS), self.frames("smtps-465.pcap")[1])
        self.assertEqual(("IMAP", 143, CAN_UPGRADE), self.frames("imap-starttls-143.pcap")[1])
        self.assertEqual(("IMAPS", 993, IMPLICIT_TLS), self.frames("imaps-993.pcap")[1])
        self.assertEqual(("POP3", 110, CAN_UPGRADE), self.frames("pop3-stls-110.pcap")[1])
        self.assertEqual(("POP3S", 995, IMPLICIT_TLS), self.frames("pop3s-995.pcap")[1])

    def test_non_standard_ports_are_named_by_their_content(self):
        # 2525, 1143, 1110 and 8443 are not in the course's list: the content names them
        # (evidence 3; test_content.py checks them against Wireshark's own dissection).
        # The mail sessions upgrade with STARTTLS: security 5 from their first TLS record.
        for name, want in (("smtp-starttls-2525.pcap", {("SMTP", 2525, CAN_UPGRADE), ("SMTP", 2525, UPGRADED)}),
                           ("imap-starttls-1143.pcap", {("IMAP", 1143, CAN_UPGRADE), ("IMAP", 1143, UPGRADED)}),
                           ("pop3-stls-1110.pcap", {("POP3", 1110, CAN_UPGRADE), ("POP3", 1110, UPGRADED)}),
                           ("tls-nonstandard-8443.pcap", {("TLS", 8443, IMPLICIT_TLS)})):
            path = harness.capture(name)
            got = oracle.observed(path, harness.keylog_args(path), two_pass=True)
            self.assertGreater(len(got), 10, name)
            self.assertEqual(want, set(got.values()), name)

    def test_web(self):
        got = self.frames("http-redirect-80.pcap")
        self.assertEqual(("HTTP", 80, CLEARTEXT), got[6])        # the 301
        self.assertEqual(("HTTPS", 443, IMPLICIT_TLS), got[11])  # the ClientHello that follows
        self.assertEqual(("HTTP", 80, CLEARTEXT), self.frames("http-basic-auth-80.pcap")[8])
        for name in ("https-tls12-rsa.pcap", "https-tls12-ecdhe.pcap", "https-tls13.pcap",
                     "tls13-hello-retry.pcap", "tls-unknown-ca.pcap"):
            self.assertEqual(("HTTPS", 443, IMPLICIT_TLS), self.frames(name)[4], name)

    def test_other_services(self):
        self.assertEqual(("SSH", 22, OWN_ENCRYPTION), self.frames("ssh-22.pcap")[4])
        self.assertEqual(("LDAP", 389, CAN_UPGRADE), self.frames("ldap-starttls-389.pcap")[4])
        dns = self.frames("dns-53.pcap")
        self.assertEqual(("DNS", 53, CLEARTEXT), dns[1])   # UDP query
        self.assertEqual(("DNS", 53, CLEARTEXT), dns[3])   # TCP SYN
        self.assertEqual(("NTP", 123, CLEARTEXT), self.frames("ntp-123.pcap")[1])
        self.assertEqual(("TFTP", 69, CLEARTEXT), self.frames("tftp-69.pcap")[1])
        self.assertEqual(("SIP", 5060, CLEARTEXT), self.frames("sip-5060.pcap")[1])
        self.assertEqual(("SNMP-TRAP", 162, CLEARTEXT), self.frames("snmp-trap-162.pcap")[1])

    def test_snmp_version_refines_security(self):
        got = self.frames("snmp-161.pcap")
        self.assertEqual(("SNMP", 161, CLEARTEXT), got[1])        # v2c get, community in clear
        self.assertEqual(("SNMP", 161, CLEARTEXT), got[2])
        for n in (3, 4):                                          # v3 discovery, report: noAuthNoPriv
            self.assertEqual(("SNMP", 161, CLEARTEXT), got[n], n)
        for n in (5, 6):                                          # v3 authPriv
            self.assertEqual(("SNMP", 161, OWN_ENCRYPTION), got[n], n)

    def test_active_ftp_data_from_port_20(self):
        got = self.frames("ftp-cleartext-21.pcap")
        self.assertEqual(("FTP", 21, CAN_UPGRADE), got[9])        # PASS in cleartext
        self.assertEqual(("FTP-DATA", 20, CLEARTEXT), got[18])    # the server's SYN from port 20
        self.assertEqual(("FTP-DATA", 20, CLEARTEXT), got[22])    # the listing

    def test_evidence_and_direction(self):
        rows = harness.fields(harness.capture("imaps-993.pcap"),
                              ["frame.number", "tcp.dstport", "tlsedu.service.evidence",
                               "tlsedu.direction"], two_pass=True)
        self.assertTrue(rows)
        for r in rows:
            self.assertEqual("2", r["tlsedu.service.evidence"])   # the TLS records confirm the port
            self.assertEqual("1" if r["tcp.dstport"] == "993" else "2", r["tlsedu.direction"])

if __name__ == "__main__":
    unittest.main()
