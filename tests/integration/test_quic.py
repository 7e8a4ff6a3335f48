"""QUIC (quic-443.pcap: ngtcp2's example HTTP/3 client and server, one request): Wireshark
feeds the TLS 1.3 messages of QUIC's CRYPTO frames to its TLS dissector, so tls.handshake.*
fields appear on UDP without any TLS record. tlsedu stages those messages by their type and
infers nothing from records (there are none).

Expected stages come from stock tshark's own tls.handshake.type in each frame (the run
without the plugin), mapped by the issue's rules for TLS 1.3; the summary from the stock
ServerHello (supported_versions, cipher suite by Wireshark's name, key_share group).
Hand-checked in stock tshark 4.0.17 with the key log: f1 Initial ClientHello · f2 Initial
ServerHello coalesced with Handshake packets (EncryptedExtensions, Certificate,
CertificateVerify, Finished) · f4 the client's Finished (Handshake) with the HTTP/3 request
· f10 the client's Finished sent again (same CRYPTO offset: Wireshark shows no message) ·
f13 NewSessionTicket with HANDSHAKE_DONE and the response · f14 CONNECTION_CLOSE. Without
the key log only the Initial packets' ClientHello and ServerHello are readable.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import unittest
import xml.etree.ElementTree as ET

import harness

CAPTURE = "quic-443.pcap"
ZERO_RTT = "quic-0rtt-443.pcap"
SERVER_PORT = "443"

PLUGIN = ["frame.number", "tlsedu.service", "tlsedu.service.port", "tlsedu.security",
          "tlsedu.stage", "tlsedu.message", "tlsedu.stage.inferred", "tlsedu.data.early", "tlsedu.data.early_kind",
          "tlsedu.handshake.version", "tlsedu.handshake.cipher_suite", "tlsedu.handshake.kex",
          "tlsedu.handshake.forward_secrecy", "tlsedu.handshake.resumed",
          "tlsedu.handshake.round_trips", "tlsedu.handshake.duration",
          "tlsedu.handshake.client_hello_frame", "tlsedu.handshake.server_hello_frame",
          "tlsedu.handshake.finished_frame", "tlsedu.handshake_failed"]
STOCK = ["frame.number", "frame.protocols", "frame.time_relative", "udp.srcport", "tls.record",
         "tls.handshake.type", "tls.handshake.extensions.supported_version",
         "tls.handshake.extensions_key_share_group", "tls.handshake.extension.type",
         "quic.long.packet_type"]


def path(name=CAPTURE):
    return harness.capture(name)


def keys(with_keys, name=CAPTURE):
    return harness.keylog_args(path(name)) if with_keys else []


def ints(value):
    return [int(v) for v in value.split(",")] if value else []


def expected_stage(msg_type, from_server):
    """The issue's stage of a TLS 1.3 handshake message, by its type and sender."""
    return {1: 1, 2: 2, 8: 2, 20: 5, 4: 8, 24: 8, 5: 5,
            11: 3 if from_server else 7, 15: 3 if from_server else 7,
            13: 7}[msg_type]


def stock(with_keys, name=CAPTURE):
    rows = harness.fields(path(name), STOCK, extra=keys(with_keys, name), plugin=False)
    return {int(r["frame.number"]): r for r in rows}


def plugin(with_keys, two_pass=False, name=CAPTURE):
    rows = harness.fields(path(name), PLUGIN, extra=keys(with_keys, name), two_pass=two_pass)
    return {int(r["frame.number"]): r for r in rows}


def stock_suite_name(name=CAPTURE):
    """The ServerHello's cipher suite as stock tshark names it (its showname in PDML)."""
    out = harness.tshark(["-r", harness.readable(path(name)), "-T", "pdml", "-Y", "tls.handshake.type == 2"],
                         plugin=False).stdout
    for field in ET.fromstring(out).iter("field"):
        if field.get("name") == "tls.handshake.ciphersuite":
            # "Cipher Suite: TLS_AES_128_GCM_SHA256 (0x1301)"
            return field.get("showname").split(": ", 1)[1].rsplit(" (", 1)[0]
    raise AssertionError("no ServerHello cipher suite in stock tshark")


class QuicStages(unittest.TestCase):
    def test_stock_sees_handshake_messages_without_records(self):
        # What the rest relies on: QUIC over UDP, TLS messages, and never a TLS record.
        s = stock(True)
        self.assertTrue(all("quic" in r["frame.protocols"].split(":") for r in s.values()))
        self.assertTrue(all(r["tls.record"] == "" for r in s.values()))
        self.assertEqual({1: [1], 2: [2, 8, 11, 15, 20], 4: [20], 13: [4]},
                         {f: ints(r["tls.handshake.type"]) for f, r in s.items() if r["tls.handshake.type"]})
        self.assertEqual({1: [1], 2: [2]},
                         {f: ints(r["tls.handshake.type"]) for f, r in stock(False).items()
                          if r["tls.handshake.type"]})

    def check_stages(self, with_keys, two_pass, name=CAPTURE):
        s = stock(with_keys, name)
        p = plugin(with_keys, two_pass, name)
        self.assertEqual(sorted(s), sorted(p))
        for f, r in s.items():
            from_server = r["udp.srcport"] == SERVER_PORT
            want = [expected_stage(t, from_server) for t in ints(r["tls.handshake.type"])]
            # a client's 0-RTT packet (QUIC v1 long-header type 1, RFC 9000 17.2.3): client
            # 0-RTT data after its messages (RFC 9001 4.6.1), early kind 1
            zero_rtt = not from_server and 1 in ints(r["quic.long.packet_type"])
            want += [6] if zero_rtt else []
            self.assertEqual(want, ints(p[f]["tlsedu.stage"]), "frame %d" % f)
            self.assertEqual(("1", "1") if zero_rtt else ("", ""),
                             (p[f]["tlsedu.data.early"], p[f]["tlsedu.data.early_kind"]), "frame %d" % f)
            # nothing inferred: QUIC packets carry no TLS records
            self.assertEqual("", p[f]["tlsedu.stage.inferred"], "frame %d" % f)
            self.assertEqual("", p[f]["tlsedu.handshake_failed"], "frame %d" % f)
            # the catalogue row: QUIC on 443/udp, its own encryption
            self.assertEqual(("QUIC", "443", "3"), (p[f]["tlsedu.service"], p[f]["tlsedu.service.port"],
                                                    p[f]["tlsedu.security"]), "frame %d" % f)
        return s, p

    def test_with_keys_one_pass(self):
        _, p = self.check_stages(True, False)
        self.assertEqual({1: [1], 2: [2, 2, 3, 3, 5], 4: [5], 13: [8]},
                         {f: ints(r["tlsedu.stage"]) for f, r in p.items() if r["tlsedu.stage"]})
        self.assertEqual("ServerHello,EncryptedExtensions,Certificate,CertificateVerify,Finished",
                         p[2]["tlsedu.message"])

    def test_with_keys_two_passes(self):
        self.check_stages(True, True)

    def test_without_keys_one_pass(self):
        _, p = self.check_stages(False, False)
        self.assertEqual({1: [1], 2: [2]}, {f: ints(r["tlsedu.stage"]) for f, r in p.items() if r["tlsedu.stage"]})

    def test_without_keys_two_passes(self):
        self.check_stages(False, True)

    def test_zero_rtt_capture(self):
        # stock with keys: f1 Initial ClientHello + 0-RTT packet · f2 ServerHello,
        # EncryptedExtensions, Finished (PSK: no Certificate) · f4 client Finished · f10
        # NewSessionTicket; without keys f1 and f2 only. The 0-RTT packet is no TLS record,
        # but its long-header type (1, not header-protected: RFC 9000 17.2, RFC 9001 5.4.1)
        # shows client application data under the early keys: stage 6 with or without keys.
        for with_keys in (False, True):
            for two_pass in (False, True):
                s, p = self.check_stages(with_keys, two_pass, ZERO_RTT)
                self.assertIn("1", s[1]["quic.long.packet_type"].split(","))
                want = {1: [1, 6], 2: [2, 2, 5], 4: [5], 10: [8]} if with_keys else {1: [1, 6], 2: [2]}
                self.assertEqual(want, {f: ints(r["tlsedu.stage"]) for f, r in p.items() if r["tlsedu.stage"]})


class QuicSummary(unittest.TestCase):
    def expected(self):
        sh = stock(False)[2]   # the ServerHello is readable without keys (Initial packet)
        self.assertEqual("0x0304", sh["tls.handshake.extensions.supported_version"])
        group = int(sh["tls.handshake.extensions_key_share_group"])
        self.assertIn(group, (23, 29))   # secp256r1 or x25519: ECDHE, kex 3
        # version, suite, kex ECDHE, forward secrecy, not resumed (no pre_shared_key), 1 RTT
        return ("TLS 1.3", stock_suite_name(), "3", "1", "0", "1")

    @staticmethod
    def values(r):
        return (r["tlsedu.handshake.version"], r["tlsedu.handshake.cipher_suite"],
                r["tlsedu.handshake.kex"], r["tlsedu.handshake.forward_secrecy"],
                r["tlsedu.handshake.resumed"], r["tlsedu.handshake.round_trips"])

    def test_one_pass(self):
        want = self.expected()
        for with_keys in (False, True):
            p = plugin(with_keys)
            self.assertEqual(("",) * 6, self.values(p[1]))     # unknown at the ClientHello
            self.assertEqual(want, self.values(p[2]))
            self.assertEqual(("1", "2"), (p[2]["tlsedu.handshake.client_hello_frame"],
                                          p[2]["tlsedu.handshake.server_hello_frame"]))

    def test_finished_only_with_keys(self):
        s = stock(True)
        p = plugin(True)
        self.assertEqual("", p[2]["tlsedu.handshake.finished_frame"])   # the server's only
        self.assertEqual("4", p[4]["tlsedu.handshake.finished_frame"])  # the client's: complete
        self.assertEqual("4", p[13]["tlsedu.handshake.finished_frame"])
        duration = float(s[4]["frame.time_relative"]) - float(s[1]["frame.time_relative"])
        self.assertAlmostEqual(duration, float(p[4]["tlsedu.handshake.duration"]), places=6)
        # without keys the Finished messages are invisible: no completion claimed
        self.assertTrue(all(r["tlsedu.handshake.finished_frame"] == "" for r in plugin(False).values()))

    def test_two_passes_from_the_client_hello_on(self):
        want = self.expected()
        for with_keys in (False, True):
            p = plugin(with_keys, two_pass=True)
            self.assertEqual(want, self.values(p[1]))
        self.assertEqual("4", plugin(True, two_pass=True)[1]["tlsedu.handshake.finished_frame"])


class QuicZeroRttSummary(unittest.TestCase):
    def test_resumed_with_zero_round_trips(self):
        s = stock(False, ZERO_RTT)
        # stock: f1 from the client holds a 0-RTT packet (v1 long packet type 1) next to
        # its Initial, before any ServerHello; f2's ServerHello carries pre_shared_key (41)
        # and a key_share (x25519 or secp256r1)
        self.assertEqual(["0", "1"], s[1]["quic.long.packet_type"].split(","))
        self.assertNotEqual(SERVER_PORT, s[1]["udp.srcport"])
        self.assertIn("41", s[2]["tls.handshake.extension.type"].split(","))
        self.assertIn(int(s[2]["tls.handshake.extensions_key_share_group"]), (23, 29))
        # version, suite, kex 5 PSK with ECDHE, forward secrecy, resumed, 0 round trips
        want = ("TLS 1.3", stock_suite_name(ZERO_RTT), "5", "1", "1", "0")
        for with_keys in (False, True):
            self.assertEqual(want, QuicSummary.values(plugin(with_keys, name=ZERO_RTT)[2]))
            self.assertEqual(want, QuicSummary.values(plugin(with_keys, True, ZERO_RTT)[1]))
        self.assertEqual("4", plugin(True, name=ZERO_RTT)[4]["tlsedu.handshake.finished_frame"])


if __name__ == "__main__":
    unittest.main()
