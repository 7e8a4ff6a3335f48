"""The handshake summary fields and the handshake warnings (expert infos) on real captures.

Expected values come from what stock tshark shows in these captures: the suite in the
ServerHello (tls.handshake.ciphersuite), the version (supported_versions), the key_share
group and pre_shared_key extension, the alerts (tls.alert_message.*), and RFC 5246/8446.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import unittest

import harness

SUMMARY = ["frame.number", "tlsedu.stage", "tlsedu.handshake.version", "tlsedu.handshake.cipher_suite",
           "tlsedu.handshake.kex", "tlsedu.handshake.forward_secrecy", "tlsedu.handshake.resumed",
           "tlsedu.handshake.round_trips", "tlsedu.handshake.duration",
           "tlsedu.handshake.client_hello_frame", "tlsedu.handshake.server_hello_frame",
           "tlsedu.handshake.finished_frame"]


def summary(path, two_pass=False, extra=()):
    rows = harness.fields(path, SUMMARY, extra=list(extra), two_pass=two_pass)
    return {int(r["frame.number"]): r for r in rows if r["tlsedu.stage"]}


def warnings(path, name, extra=()):
    """frame -> expert messages, for the frames that carry the expert info NAME."""
    rows = harness.fields(path, ["frame.number", "_ws.expert.message"], display_filter=name,
                          extra=list(extra))
    return {int(r["frame.number"]): r["_ws.expert.message"] for r in rows}


def own(name):
    return harness.capture(name)


class SummaryTest(unittest.TestCase):
    def test_tls12_rsa_key_transport(self):
        s = summary(own("https-tls12-rsa.pcap"))
        sh = s[6]  # ServerHello: TLS_RSA_WITH_AES_128_GCM_SHA256 (0x009c)
        self.assertEqual(("TLS 1.2", "TLS_RSA_WITH_AES_128_GCM_SHA256", "1", "0", "0", "2"),
                         (sh["tlsedu.handshake.version"], sh["tlsedu.handshake.cipher_suite"],
                          sh["tlsedu.handshake.kex"], sh["tlsedu.handshake.forward_secrecy"],
                          sh["tlsedu.handshake.resumed"], sh["tlsedu.handshake.round_trips"]))
        self.assertEqual(("4", "6", ""), (sh["tlsedu.handshake.client_hello_frame"],
                                          sh["tlsedu.handshake.server_hello_frame"],
                                          sh["tlsedu.handshake.finished_frame"]))
        self.assertEqual("9", s[9]["tlsedu.handshake.finished_frame"])  # the server's Finished, last
        self.assertGreater(float(s[9]["tlsedu.handshake.duration"]), 0)
        self.assertEqual("", s[4]["tlsedu.handshake.version"])   # one pass: unknown at the ClientHello
        self.assertEqual({6}, set(warnings(own("https-tls12-rsa.pcap"), "tlsedu.no_forward_secrecy")))

    def test_two_passes_show_the_summary_from_the_client_hello_on(self):
        s = summary(own("https-tls12-rsa.pcap"), two_pass=True)
        self.assertEqual("TLS 1.2", s[4]["tlsedu.handshake.version"])
        self.assertEqual("9", s[4]["tlsedu.handshake.finished_frame"])   # a forward link

    def test_tls12_ecdhe_has_forward_secrecy(self):
        sh = summary(own("https-tls12-ecdhe.pcap"))[6]   # 0xc02f ECDHE-RSA-AES128-GCM-SHA256
        self.assertEqual(("3", "1"), (sh["tlsedu.handshake.kex"], sh["tlsedu.handshake.forward_secrecy"]))
        self.assertEqual({}, warnings(own("https-tls12-ecdhe.pcap"), "tlsedu.no_forward_secrecy"))

    def test_tls13(self):
        sh = summary(own("https-tls13.pcap"))[6]  # key_share x25519, no pre_shared_key
        self.assertEqual(("TLS 1.3", "TLS_AES_256_GCM_SHA384", "3", "1", "0", "1"),
                         (sh["tlsedu.handshake.version"], sh["tlsedu.handshake.cipher_suite"],
                          sh["tlsedu.handshake.kex"], sh["tlsedu.handshake.forward_secrecy"],
                          sh["tlsedu.handshake.resumed"], sh["tlsedu.handshake.round_trips"]))
        self.assertEqual("8", summary(own("https-tls13.pcap"))[8]["tlsedu.handshake.finished_frame"])

    def test_hello_retry_costs_a_round_trip(self):
        s = summary(own("tls13-hello-retry.pcap"))
        self.assertEqual("2", s[9]["tlsedu.handshake.round_trips"])
        self.assertEqual("9", s[9]["tlsedu.handshake.server_hello_frame"])  # the real ServerHello
        self.assertEqual("4", s[9]["tlsedu.handshake.client_hello_frame"])  # the first ClientHello

    def test_resumption(self):
        s = summary(own("tls12-resumption.pcap"))
        self.assertEqual(("0", "2"), (s[6]["tlsedu.handshake.resumed"], s[6]["tlsedu.handshake.round_trips"]))
        r = s[22]  # ServerHello, ChangeCipherSpec, Finished: no Certificate
        # the original session's kex (f6: 0xc030, ECDHE), inherited (test_certificates.py)
        self.assertEqual(("1", "1", "3"), (r["tlsedu.handshake.resumed"], r["tlsedu.handshake.round_trips"],
                                           r["tlsedu.handshake.kex"]))
        r = summary(own("tls13-resumption.pcap"))[22]  # pre_shared_key + key_share
        self.assertEqual(("1", "1", "5", "1"), (r["tlsedu.handshake.resumed"], r["tlsedu.handshake.round_trips"],
                                                r["tlsedu.handshake.kex"], r["tlsedu.handshake.forward_secrecy"]))

    def test_failed_handshakes(self):
        for name, alert in (("tls-unknown-ca.pcap", "unknown_ca(48)"),
                            ("tls-self-signed.pcap", "unknown_ca(48)"),
                            ("tls-expired-cert.pcap", "certificate_expired(45)")):
            w = warnings(own(name), "tlsedu.handshake_failed")
            self.assertEqual([8], list(w), name)
            self.assertIn("fatal alert " + alert, w[8], name)
        self.assertIn("the client does not trust the issuer of the server's certificate",
                      warnings(own("tls-unknown-ca.pcap"), "tlsedu.handshake_failed")[8])
        # Complete handshakes raise nothing.
        for name in ("https-tls13.pcap", "https-tls12-rsa.pcap", "smtp-starttls-25.pcap", "tls12-resumption.pcap"):
            self.assertEqual({}, warnings(own(name), "tlsedu.handshake_failed"), name)


class PublicSummaryTest(unittest.TestCase):
    def setUp(self):
        self.root = harness.require_public(self)

    def p(self, rel):
        return os.path.join(self.root, rel)

    def test_0rtt_means_zero_round_trips(self):
        keys = ["-o", "tls.keylog_file:" + harness.readable(self.p("wireshark-test-captures/keys/tls13-rfc8446.keys"))]
        r = summary(self.p("wireshark-test-captures/captures/tls13-rfc8446.pcap"), extra=keys)[9]
        self.assertEqual(("0", "1", "5"), (r["tlsedu.handshake.round_trips"], r["tlsedu.handshake.resumed"],
                                           r["tlsedu.handshake.kex"]))

    def test_weak_versions(self):
        self.assertEqual([6], list(warnings(self.p("zeek/tls/tls1_1.pcap"), "tlsedu.weak_version")))
        self.assertEqual([6], list(warnings(self.p("zeek/tls/ssl-v2.pcap"), "tlsedu.weak_version")))
        self.assertEqual({}, warnings(self.p("zeek/tls/ecdhe.pcap"), "tlsedu.weak_version"))  # TLS 1.2

    def test_failures_by_alert_and_by_end_of_connection(self):
        w = warnings(self.p("zeek/tls/tls-1.2-handshake-failure.pcap"), "tlsedu.handshake_failed")
        self.assertIn("handshake_failure(40)", w[6])
        w = warnings(self.p("ndpi/tls_alert.pcap"), "tlsedu.handshake_failed")
        self.assertIn("protocol_version(70)", w[6])
        # A ClientHello to 465 answered by a cleartext banner, then the connection closes.
        w = warnings(self.p("suricata-verify/smtp-tls-protodetect/input.pcap"), "tlsedu.handshake_failed")
        # no alert: an inference, said as one (the capture may have missed records)
        self.assertIn("The connection ended before both sides' Finished were seen: the handshake failed, or the capture missed",
                      list(w.values())[0])
        # SSL 2.0's own handshake end is encrypted: never reported as failed.
        self.assertEqual({}, warnings(self.p("zeek/tls/ssl-v2.pcap"), "tlsedu.handshake_failed"))


if __name__ == "__main__":
    unittest.main()
