"""TLS handshake stages (tlsedu.stage, one item per handshake message or record) on the
project's captures and the public corpus, with and without key logs, in one pass and two.

Expected stages follow the issue's rules applied to what stock tshark shows in each frame
(its tls.handshake.type, tls.record.content_type and opaque_type, noted in comments):
1 ClientHello, 2 ServerHello/HelloRetryRequest/EncryptedExtensions/HelloVerifyRequest,
3 server Certificate/CertificateVerify, 4 key exchange (<= 1.2), 5 Finished (and 1.2's
ChangeCipherSpec and NewSessionTicket), 6 application data, 7 client authentication,
8 after the handshake, 9 TLS 1.3 compatibility ChangeCipherSpec, 10 alert.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import glob
import os
import unittest

import harness

PLUGIN = ["frame.number", "tlsedu.stage", "tlsedu.message", "tlsedu.stage.inferred",
          "tlsedu.data.early", "tlsedu.handshake.version", "tlsedu.handshake.cipher_suite"]


def run(path, keys=False, two_pass=False, extra=()):
    args = list(extra) + (harness.keylog_args(path) if keys else [])
    rows = harness.fields(path, PLUGIN, extra=args, two_pass=two_pass)
    return {int(r["frame.number"]): r for r in rows if r["tlsedu.stage"]}


def ints(value):
    return [int(v) for v in value.split(",")] if value else []


def stages(path, **kw):
    return {f: ints(r["tlsedu.stage"]) for f, r in run(path, **kw).items()}


def own(name):
    return harness.capture(name)


class OwnCaptureStages(unittest.TestCase):
    def test_tls13_without_keys(self):
        # f6: ServerHello + CCS + 4 opaque records (stock: opaque_type 23, no inner type);
        # f8: CCS + one opaque record of 69 bytes, the size of a Finished for suite 0x1302.
        self.assertEqual({4: [1], 6: [2, 9, 3, 3, 3, 3], 8: [9, 5], 9: [6], 10: [6], 11: [6],
                          12: [6], 13: [6]}, stages(own("https-tls13.pcap")))
        r = run(own("https-tls13.pcap"))
        self.assertEqual("1,1,1,1", r[6]["tlsedu.stage.inferred"])
        self.assertEqual("Encrypted Finished", r[8]["tlsedu.message"].split(",")[1])
        self.assertEqual("TLS 1.3", r[6]["tlsedu.handshake.version"])
        self.assertEqual("TLS_AES_256_GCM_SHA384", r[6]["tlsedu.handshake.cipher_suite"])
        self.assertEqual("", r[4]["tlsedu.handshake.version"])  # not known at the ClientHello

    def test_tls13_with_keys(self):
        # stock with keys: f6 types 2,8,11,15,20; f8 20; f9/f10 4 (NewSessionTicket);
        # f11/f12 application data; f13 content type 21 (an alert, encrypted on the wire).
        self.assertEqual({4: [1], 6: [2, 9, 2, 3, 3, 5], 8: [9, 5], 9: [8], 10: [8], 11: [6],
                          12: [6], 13: [10]}, stages(own("https-tls13.pcap"), keys=True))
        r = run(own("https-tls13.pcap"), keys=True)
        self.assertEqual("", r[6]["tlsedu.stage.inferred"])
        self.assertEqual("Alert (encrypted)", r[13]["tlsedu.message"])
        self.assertEqual("0", r[11]["tlsedu.data.early"])

    def test_tls12_rsa_and_ecdhe(self):
        # RSA: f6 types 2,11,14; f8 16 + CCS + encrypted handshake; f9 CCS + encrypted.
        self.assertEqual({4: [1], 6: [2, 3, 4], 8: [4, 5, 5], 9: [5, 5], 10: [6], 11: [6], 12: [10]},
                         stages(own("https-tls12-rsa.pcap")))
        # ECDHE: f6 types 2,11,12,14 (ServerKeyExchange).
        self.assertEqual({4: [1], 6: [2, 3, 4, 4], 8: [4, 5, 5], 9: [5, 5], 10: [6], 11: [6], 12: [10]},
                         stages(own("https-tls12-ecdhe.pcap")))
        r = run(own("https-tls12-rsa.pcap"))
        self.assertEqual("TLS 1.2", r[6]["tlsedu.handshake.version"])
        self.assertEqual("TLS_RSA_WITH_AES_128_GCM_SHA256", r[6]["tlsedu.handshake.cipher_suite"])
        self.assertEqual("1", r[8]["tlsedu.stage.inferred"])  # only the encrypted Finished

    def test_hello_retry_request(self):
        s = stages(own("tls13-hello-retry.pcap"))
        self.assertEqual([1], s[4])
        self.assertEqual([2, 9], s[6])       # HelloRetryRequest (stock: type 2) + compat CCS
        self.assertEqual([9, 1], s[8])       # compat CCS + the second ClientHello
        self.assertEqual([2, 3, 3, 3, 3], s[9])
        self.assertEqual([5], s[10])
        r = run(own("tls13-hello-retry.pcap"))
        self.assertEqual("HelloRetryRequest", r[6]["tlsedu.message"].split(",")[0])
        self.assertEqual("ClientHello (second)", r[8]["tlsedu.message"].split(",")[1])

    def test_resumption(self):
        s = stages(own("tls12-resumption.pcap"))
        self.assertEqual([2, 3, 4, 4], s[6])          # full handshake
        self.assertEqual([2, 5, 5], s[22])            # abbreviated: ServerHello, CCS, Finished
        self.assertEqual([5, 5], s[24])
        s = stages(own("tls13-resumption.pcap"))
        self.assertEqual([2, 9, 3, 3, 3, 3], s[6])    # full: the server's flight hides a certificate
        self.assertEqual([2, 9, 5, 5], s[22])         # PSK accepted: no certificate, Finished

    def test_client_certificates(self):
        s = stages(own("tls-client-cert.pcap"))
        self.assertEqual([2, 3, 4, 7, 4], s[6])       # stock: 2,11,12,13,14 (13 CertificateRequest)
        self.assertEqual([7, 4, 7, 5, 5], s[8])       # stock: 11,16,15 + CCS + encrypted Finished
        s = stages(own("tls13-client-cert.pcap"))
        self.assertEqual([9, 7, 7, 5], s[8])          # client Certificate, CertificateVerify, Finished
        s = stages(own("tls13-client-cert.pcap"), keys=True)
        self.assertIn(7, s[6])                        # CertificateRequest, visible with keys

    def test_failed_handshakes_end_with_an_alert(self):
        for name in ("tls-unknown-ca.pcap", "tls-expired-cert.pcap", "tls-self-signed.pcap"):
            s = stages(own(name))
            self.assertEqual([1], s[4], name)
            self.assertEqual([10], s[8], name)

    def test_starttls_handshakes(self):
        s = stages(own("smtp-starttls-25.pcap"))
        self.assertEqual([1], s[11])                  # the ClientHello right after "220 Ready"
        self.assertEqual([2, 9, 3, 3, 3, 3], s[12])
        s = stages(own("imap-starttls-tls12-143.pcap"))
        self.assertEqual([2, 3, 4, 4], s[14])
        self.assertEqual([5, 5, 5], s[17])            # NewSessionTicket, CCS, Finished
        # Before STARTTLS nothing is TLS.
        self.assertFalse([f for f in stages(own("smtp-starttls-25.pcap")) if f < 11])

    def test_no_tls_no_stage(self):
        for name in ("http-basic-auth-80.pcap", "dns-53.pcap", "ssh-22.pcap"):
            self.assertEqual({}, stages(own(name)), name)


class PublicCaptureStages(unittest.TestCase):
    def setUp(self):
        self.root = harness.require_public(self)

    def p(self, rel):
        return os.path.join(self.root, rel)

    def test_tls13_rfc8446_with_keys_and_0rtt(self):
        keys = ["-o", "tls.keylog_file:" + harness.readable(self.p("wireshark-test-captures/keys/tls13-rfc8446.keys"))]
        s = stages(self.p("wireshark-test-captures/captures/tls13-rfc8446.pcap"), extra=keys)
        self.assertEqual([9, 6], s[8])                # compat CCS + 0-RTT data before the ServerHello
        self.assertEqual([2, 9, 2, 5, 8, 8], s[9])    # PSK: no Certificate
        self.assertEqual([5, 5], s[11])               # EndOfEarlyData, Finished
        r = run(self.p("wireshark-test-captures/captures/tls13-rfc8446.pcap"), extra=keys)
        self.assertEqual("1", r[8]["tlsedu.data.early"])
        self.assertEqual("1", r[10]["tlsedu.data.early"])    # the server's 0.5-RTT data
        self.assertEqual("0", r[12]["tlsedu.data.early"])

    def test_tls13_rfc8446_without_keys(self):
        s = stages(self.p("wireshark-test-captures/captures/tls13-rfc8446.pcap"))
        self.assertEqual([9, 6], s[8])                # inferred 0-RTT
        self.assertEqual([5, 5], s[11])               # EndOfEarlyData and Finished, inferred
        r = run(self.p("wireshark-test-captures/captures/tls13-rfc8446.pcap"))
        self.assertEqual("Early data (0-RTT)", r[8]["tlsedu.message"].split(",")[1])

    def test_sslv2_is_never_mislabelled(self):
        r = run(self.p("zeek/tls/ssl-v2.pcap"))
        self.assertEqual({4: "1", 6: "2", 8: "4"}, {f: v["tlsedu.stage"] for f, v in r.items()})
        self.assertEqual("SSLv2 ClientMasterKey", r[8]["tlsedu.message"])  # stock type 2: not a ServerHello

    def test_no_change_cipher_spec_stack(self):
        s = stages(self.p("zeek/tls/tls13_wolfssl.pcap"))
        self.assertEqual({4: [1], 6: [2], 8: [3], 10: [3], 12: [3], 14: [3], 16: [5]},
                         {f: v for f, v in s.items() if f <= 16})

    def test_dtls_hello_verify_request(self):
        s = stages(self.p("zeek/tls/dtls1_2.pcap"))
        self.assertEqual([2], s[3])                   # stock dtls.handshake.type 3
        self.assertEqual([2, 3], s[6])

    def test_hello_retry_on_a_non_standard_port(self):
        s = stages(self.p("ndpi/pgsql2.pcapng"), extra=["-d", "tcp.port==60102,pgsql"])
        self.assertEqual([1], s[8])
        self.assertEqual([2], s[10][:1])
        r = run(self.p("ndpi/pgsql2.pcapng"), extra=["-d", "tcp.port==60102,pgsql"])
        self.assertEqual("HelloRetryRequest", r[10]["tlsedu.message"].split(",")[0])

    def test_sslv3_with_its_rsa_key(self):
        key = ["-o", 'uat:rsa_keys:"%s",""' % harness.readable(self.p("wireshark-test-captures/keys/rsasnakeoil2.key"))]
        r = run(self.p("wireshark-test-captures/captures/rsasnakeoil2.pcap"), extra=key)
        self.assertEqual("SSL 3.0", r[6]["tlsedu.handshake.version"])
        self.assertIn("1", r[4]["tlsedu.stage"].split(","))


def every_capture():
    found = sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap")))
    if os.path.isdir(harness.PUBLIC):
        for dirpath, _d, files in os.walk(harness.PUBLIC):
            found += [os.path.join(dirpath, f) for f in sorted(files)
                      if f.endswith((".pcap", ".pcapng", ".pcap.gz", ".pcapng.gz"))]
    return found


def unstaged_messages(path):
    """Frames where Wireshark's TLS dissector shows a handshake message but tlsedu has no
    stage, in one pass and in two, and frames whose stages differ between one and two
    passes. Wireshark's own fields are read in the run with the plugin: its hand-offs
    (issue 3) may change what Wireshark dissects (on implicit FTPS, FTP inside TLS sets up
    the data connections as FTP-DATA, as Wireshark does for explicit FTPS); the transparency
    test checks that this is all they change."""
    extra = harness.keylog_args(path)
    stock = harness.fields(path, ["frame.number", "tls.handshake.type", "dtls.handshake.type"],
                           extra=extra)
    one = {f: r["tlsedu.stage"] for f, r in run(path, extra=extra).items()}
    two = {f: r["tlsedu.stage"] for f, r in run(path, extra=extra, two_pass=True).items()}
    missing = [int(r["frame.number"]) for r in stock
               if (r["tls.handshake.type"] or r["dtls.handshake.type"])
               and not (one.get(int(r["frame.number"])) and two.get(int(r["frame.number"])))]
    differ = [f for f in set(one) | set(two) if one.get(f) != two.get(f)]
    return missing, differ


class EveryHandshakeMessage(unittest.TestCase):
    def test_every_handshake_message_has_its_stage_in_one_pass_and_two(self):
        if not os.path.isdir(harness.PUBLIC) and harness.IN_CI:
            self.fail("CI=true but ../shared/captures-public is missing")
        captures = every_capture()
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(captures, pool.map(unstaged_messages, captures)))
        bad = {os.path.basename(c): r for c, r in results.items() if r[0] or r[1]}
        self.assertEqual({}, bad)
        staged = sum(1 for c in captures if run(c))  # not vacuous: many captures carry TLS
        self.assertGreater(staged, 60 if os.path.isdir(harness.PUBLIC) else 25)


if __name__ == "__main__":
    unittest.main()
