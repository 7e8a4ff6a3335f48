"""The catalogue on the public captures in ../shared/captures-public: the outside world's
traffic. Every frame of a TCP/UDP conversation whose server port is in the course's list
carries the right tlsedu.service and tlsedu.security; no other frame carries any.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import os
import unittest

import harness
import oracle

CAPTURE_ENDINGS = (".pcap", ".pcapng", ".pcap.gz", ".pcapng.gz")


def public_captures(root):
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            if f.endswith(CAPTURE_ENDINGS):
                found.append(os.path.join(dirpath, f))
    return sorted(found)


class PublicCatalogueTest(unittest.TestCase):
    def setUp(self):
        self.root = harness.require_public(self)

    def test_every_public_capture_matches_the_port_list(self):
        captures = public_captures(self.root)
        self.assertGreaterEqual(len(captures), 80, "the public corpus holds 86 capture files here")
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(captures, pool.map(oracle.differences, captures)))
        bad = {os.path.relpath(c, self.root): d for c, d in results.items() if d}
        self.assertEqual({}, {c: d[:5] for c, d in bad.items()})

    def f(self, relpath, extra=()):
        return oracle.observed(os.path.join(self.root, relpath), extra)

    def f2(self, relpath):
        return oracle.observed(os.path.join(self.root, relpath), two_pass=True)

    def test_smtps_port_answered_by_cleartext_banner(self):
        # ClientHello to 465 answered by a plaintext "220 ... ESMTP" banner: the server speaks
        # SMTP in cleartext on the SMTPS port (evidence 4, test_content.py).
        got = self.f2("suricata-verify/smtp-tls-protodetect/input.pcap")
        self.assertEqual(("SMTP", 465, oracle.CAN_UPGRADE), got[4])
        self.assertEqual(("SMTP", 465, oracle.CAN_UPGRADE), got[6])
        got = self.f2("ndpi/smtps.pcapng")
        self.assertEqual(("SMTP", 465, oracle.CAN_UPGRADE), got[3])
        self.assertEqual(("SMTP", 465, oracle.CAN_UPGRADE), got[4])

    def test_tls_on_port_80_is_named_by_its_content(self):
        # TLS on port 80: stock Wireshark shows bare TCP; the content is TLS (evidence 4).
        got = self.f2("ndpi/tls_port_80.pcapng")
        self.assertEqual(("TLS", 80, oracle.IMPLICIT_TLS), got[12])
        self.assertEqual(("TLS", 80, oracle.IMPLICIT_TLS), got[13])

    def test_starttls_and_implicit_tls_ports(self):
        self.assertEqual(("IMAP", 143, oracle.CAN_UPGRADE), self.f("zeek/tls/imap-starttls.pcap")[10])
        self.assertEqual(("POP3", 110, oracle.CAN_UPGRADE), self.f("zeek/tls/pop3-starttls.pcap")[7])
        self.assertEqual(("SMTP", 25, oracle.CAN_UPGRADE), self.f("zeek/tls/smtp-starttls.pcap")[10])
        self.assertEqual(("XMPP", 5222, oracle.CAN_UPGRADE), self.f("zeek/tls/xmpp-starttls.pcap")[10])
        self.assertEqual(("LDAP", 389, oracle.CAN_UPGRADE), self.f("zeek/ldap/ldap-starttls.pcap")[4])
        self.assertEqual(("FTP", 21, oracle.CAN_UPGRADE), self.f("zeek/ftp/ftp-auth-tls.pcap")[20])
        self.assertEqual(("IMAPS", 993, oracle.IMPLICIT_TLS), self.f("zeek/tls/telesec.pcap")[4])
        self.assertEqual(("POP3S", 995, oracle.IMPLICIT_TLS), self.f("ndpi/pops.pcapng")[3])

    def test_non_listed_ports(self):
        # TLS on 9090, TLS through SOCKS on 1080: not in the course's list, named TLS by
        # Wireshark's TLS dissector (evidence 3). (SOCKS's cleartext before TLS is another
        # conversation's business: Wireshark's TLS dissector is handed the bytes after it.)
        for rel, port in (("zeek/tls/tls13_wolfssl.pcap", 9090),
                          ("zeek/socks-with-ssl.pcap", 1080)):
            got = self.f2(rel)
            self.assertTrue(got, rel)
            self.assertEqual({("TLS", port, oracle.IMPLICIT_TLS)}, set(got.values()) - {None}, rel)
        # TLS after PostgreSQL's SSLRequest on 5432 (issue 15): cleartext that can upgrade
        # before the first TLS frame stock tshark shows, upgraded (5) from it on; never
        # implicit TLS
        rel = "zeek/postgresql/psql-aws-ssl-require.pcap"
        stock = harness.fields(os.path.join(self.root, rel), ["frame.number", "frame.protocols"], plugin=False)
        first_tls = min(int(r["frame.number"]) for r in stock if "tls" in r["frame.protocols"].split(":"))
        got = self.f2(rel)
        for num, seen in got.items():
            want = ("TLS", 5432, oracle.CAN_UPGRADE if num < first_tls else oracle.UPGRADED)
            self.assertEqual(want, seen, (rel, num))
        # IRC on 6667 (STARTTLS, no key log): nothing tlsedu knows.
        got = self.f2("zeek/tls/irc-starttls.pcap")
        self.assertTrue(got)
        self.assertEqual({None}, set(got.values()))

if __name__ == "__main__":
    unittest.main()
