"""Issue 15: the facts behind the corrected texts, on real captures: resumption (by session
ID, by ticket, by PSK), the DTLS cookie's round trip, failed handshakes (no round trips
claimed), a declined client certificate, and TLS 1.3 without keys when the client's flight
is not a lone Finished (ALPS: EncryptedExtensions and Finished in one record).

Every expectation comes from stock tshark's own fields (the run without the plugin):
tls/dtls.handshake.type, session_id, extension.type/len, certificates_length,
alert_message.level, record.opaque_type/length, the ServerHello's cipher suite and
supported_versions, tcp.stream and the ports; and from the RFCs: RFC 5246 7.3 and 7.4.1.2
(an echoed session ID, no Certificate: an abbreviated handshake, one round trip), RFC 5077
3.4 (a ticket offered in a non-empty session_ticket extension), RFC 8446 2.2 and 4.2.11
(pre_shared_key), RFC 6347 4.2.1 (HelloVerifyRequest: one more round trip), RFC 8446 6.2
(a fatal alert ends the handshake), RFC 8446 4.4.4 (the Finished record's size: 4 + hash +
1 + tag). The facts the explanations read (resumption kind, group, signature algorithm)
are checked by tests/unit/test_handshake_facts.c; no explanation text is asserted here.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import unittest

import harness

SUMMARY = ["frame.number", "tcp.stream", "udp.stream", "tlsedu.stage", "tlsedu.message",
           "tlsedu.handshake.resumed", "tlsedu.handshake.round_trips", "tlsedu.handshake.kex",
           "tlsedu.handshake.client_hello_frame", "tlsedu.handshake.finished_frame"]
STOCK = ["frame.number", "tcp.stream", "udp.stream", "tcp.srcport", "udp.srcport"]
STOCK += [p + f for p in ("tls.", "dtls.") for f in (
    "handshake.type", "handshake.session_id", "handshake.extension.type", "handshake.extension.len",
    "handshake.certificates_length", "handshake.ciphersuite", "handshake.extensions.supported_version",
    "record.content_type", "record.length", "alert_message.level")]
STOCK += ["tls.record.opaque_type",   # no DTLS twin in Wireshark 4.0
          "tls.handshake.random"]
# RFC 8446 4.1.3: the random of a HelloRetryRequest (a ServerHello by its type)
HRR_RANDOM = "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c"
# TLS 1.3 suites: the size of an encrypted Finished record (RFC 8446 4.4.4, 5.2)
FINISHED_LEN = {0x1301: 53, 0x1302: 69, 0x1303: 53, 0x1304: 53, 0x1305: 45}


def run(path, names, keys=False, plugin=True, two_pass=False, display_filter=None):
    """frame number -> {field: [values]}."""
    extra = harness.keylog_args(path) if keys else []
    out = {}
    for r in harness.fields(path, names, display_filter=display_filter, extra=extra, plugin=plugin,
                            two_pass=two_pass):
        out[int(r["frame.number"])] = {n: (r[n].split(",") if r[n] else []) for n in names}
    return out


def stock(path, keys=False):
    return run(path, STOCK, keys=keys, plugin=False)


def both(r, name):
    return r.get("tls." + name, []) + r.get("dtls." + name, [])


def ints(values):
    return [int(v, 0) for v in values]


def failed_frames(path, keys=False):
    rows = harness.fields(path, ["frame.number"], display_filter="tlsedu.handshake_failed",
                          extra=harness.keylog_args(path) if keys else [])
    return [int(r["frame.number"]) for r in rows]


def handshakes(frames):
    """The handshakes stock tshark shows: [{stream, client port, ClientHello frames, the
    ServerHello frame, server handshake types up to the server's first ChangeCipherSpec or
    opaque record, the ClientHello's session ID and extensions, the ServerHello's}]."""
    out, current = [], {}
    for f in sorted(frames):
        r = frames[f]
        stream = tuple(r["tcp.stream"] + r["udp.stream"])
        port = (r["tcp.srcport"] + r["udp.srcport"] + [None])[0]
        types = ints(both(r, "handshake.type"))
        hs = current.get(stream)
        if 1 in types and (hs is None or (hs["server_hello"] is not None and port == hs["client_port"])):
            hs = current[stream] = {"stream": stream, "client_port": port, "client_hellos": [],
                                    "server_hello": None, "server_types": [], "server_done": False}
            out.append(hs)
        if hs is None:
            continue
        if 1 in types and port == hs["client_port"]:
            hs["client_hellos"].append(f)
            hs.setdefault("ch_session_id", both(r, "handshake.session_id"))
            hs["ch_ext"] = list(zip(ints(both(r, "handshake.extension.type")),
                                    ints(both(r, "handshake.extension.len"))))
        if port != hs["client_port"]:
            if 2 in types and hs["server_hello"] is None and HRR_RANDOM not in r["tls.handshake.random"]:
                hs["server_hello"] = f
                hs["sh_session_id"] = both(r, "handshake.session_id")
                hs["sh_ext"] = ints(both(r, "handshake.extension.type"))
                hs["versions"] = ints(both(r, "handshake.extensions.supported_version"))
            if hs["server_hello"] is not None and not hs["server_done"]:
                hs["server_types"] += types
                hs["server_done"] = 20 in ints(both(r, "record.content_type")) or bool(both(r, "record.opaque_type"))
    return out


class ResumptionTest(unittest.TestCase):
    def check_tls12(self, name, by_ticket):
        path = harness.capture(name)
        for keys in (False, True):
            hss = handshakes(stock(path, keys))
            self.assertEqual(2, len(hss), name)
            first, second = hss
            # the first: a full handshake (Certificate, 11), the client offers no ticket
            self.assertIn(11, first["server_types"])
            # the second: no Certificate; an echoed session ID (RFC 5246 7.4.1.2) or a
            # ticket in a non-empty session_ticket extension (35, RFC 5077 3.2)
            self.assertNotIn(11, second["server_types"])
            ticket = any(t == 35 and n > 0 for t, n in second["ch_ext"])
            echoed = second["ch_session_id"] != [] and second["ch_session_id"] == second["sh_session_id"]
            self.assertEqual(by_ticket, ticket, name)
            self.assertTrue(ticket or echoed, name)
            s = run(path, SUMMARY, keys=keys)
            self.assertEqual((["0"], ["2"]), (s[first["server_hello"]]["tlsedu.handshake.resumed"],
                                              s[first["server_hello"]]["tlsedu.handshake.round_trips"]))
            sh = s[second["server_hello"]]
            self.assertEqual((["1"], ["1"]), (sh["tlsedu.handshake.resumed"], sh["tlsedu.handshake.round_trips"]))
            self.assertEqual(["2", "5", "5"], sh["tlsedu.stage"])   # ServerHello, ChangeCipherSpec, Finished
            # the resumed session's key exchange is the original's (its ServerKeyExchange,
            # 12: ECDHE), found by the session ID or by the ticket
            self.assertIn(12, first["server_types"])
            self.assertEqual((["3"], ["3"]), (s[first["server_hello"]]["tlsedu.handshake.kex"], sh["tlsedu.handshake.kex"]))

    def test_tls12_session_id(self):
        self.check_tls12("tls12-resume-session-id.pcap", by_ticket=False)

    def test_tls12_ticket(self):
        self.check_tls12("tls12-resume-ticket.pcap", by_ticket=True)

    def test_tls13_psk(self):
        path = harness.capture("tls13-resume-psk.pcap")
        for keys in (False, True):
            first, second = handshakes(stock(path, keys))
            self.assertEqual(([0x0304], [0x0304]), (first["versions"], second["versions"]))
            self.assertNotIn(41, first["sh_ext"])
            self.assertIn(41, second["sh_ext"])   # pre_shared_key
            s = run(path, SUMMARY, keys=keys)
            self.assertEqual((["0"], ["1"]), (s[first["server_hello"]]["tlsedu.handshake.resumed"],
                                              s[first["server_hello"]]["tlsedu.handshake.round_trips"]))
            sh = s[second["server_hello"]]
            self.assertEqual((["1"], ["1"]), (sh["tlsedu.handshake.resumed"], sh["tlsedu.handshake.round_trips"]))
            # no server certificate in a PSK handshake: no stage 3
            self.assertNotIn("3", sh["tlsedu.stage"])
            self.assertIn("3", s[first["server_hello"]]["tlsedu.stage"])


class CookieTest(unittest.TestCase):
    def check(self, path):
        r = stock(path)
        hss = [h for h in handshakes(r) if h["server_hello"] is not None]
        self.assertTrue(hss, path)
        s = run(path, SUMMARY, two_pass=True)   # a split flight: full or not, known later
        for hs in hss:
            hvr = [f for f in r if 3 in ints(both(r[f], "handshake.type")) and f < hs["server_hello"]]
            full = 11 in hs["server_types"] or 14 in hs["server_types"]
            expected = (2 if full else 1) + (1 if hvr else 0)
            self.assertTrue(hvr, path)
            sh = s[hs["server_hello"]]
            self.assertEqual([str(expected)], sh["tlsedu.handshake.round_trips"], path)
            # the ClientHello repeated with the cookie starts no new handshake: the summary's
            # is one the HelloVerifyRequest answered (retransmissions before it are each new)
            first = int(sh["tlsedu.handshake.client_hello_frame"][0])
            self.assertTrue(first in hs["client_hellos"] and first < hvr[0], (path, first, hvr))

    def test_dtls12_cookie(self):
        self.check(harness.capture("dtls12-cookie.pcap"))

    def test_public_dtls(self):
        root = harness.require_public(self)
        for rel in ("wireshark-test-captures/captures/dtls12-aes128ccm8.pcap", "zeek/tls/dtls1_2.pcap"):
            self.check(os.path.join(root, rel))


NEW = ["tls12-resume-session-id.pcap", "tls12-resume-ticket.pcap", "tls13-resume-psk.pcap",
       "dtls12-cookie.pcap", "tls-client-cert-declined.pcap", "tls13-client-cert-declined.pcap",
       "tls-alert-protocol-version.pcap", "tls-server-unknown-ca.pcap"]


class FailureTest(unittest.TestCase):
    def expected_failures(self, path):
        """Frames with a fatal alert (level 2) before both sides' Finished (type 20, read
        with the key log): the handshake failed there (RFC 8446 6.2, RFC 5246 7.2.2)."""
        frames = stock(path, keys=True)
        out = []
        for hs in handshakes(frames):
            finished = set()
            for f in sorted(frames):
                r = frames[f]
                if tuple(r["tcp.stream"] + r["udp.stream"]) != hs["stream"] or f < hs["client_hellos"][0]:
                    continue
                port = (r["tcp.srcport"] + r["udp.srcport"])[0]
                if 2 in ints(both(r, "alert_message.level")) and len(finished) < 2:
                    out.append(f)
                    break
                if 20 in ints(both(r, "handshake.type")):
                    finished.add(port)
        return out

    def test_failed_handshakes_against_the_alerts(self):
        seen = 0
        for name in NEW:
            path = harness.capture(name)
            want = self.expected_failures(path)
            seen += len(want)
            for keys in (False, True):
                self.assertEqual(want, failed_frames(path, keys), (name, keys))
        self.assertEqual(2, seen)   # protocol_version and unknown_ca: not vacuous

    def test_no_round_trips_for_a_failed_handshake(self):
        for name in ("tls-server-unknown-ca.pcap", "tls-alert-protocol-version.pcap"):
            path = harness.capture(name)
            fail = self.expected_failures(path)[0]
            two = run(path, SUMMARY, two_pass=True)
            self.assertEqual([], [f for f, r in two.items() if r["tlsedu.handshake.round_trips"]], name)
            one = run(path, SUMMARY)
            self.assertEqual([], [f for f, r in one.items() if f >= fail and r["tlsedu.handshake.round_trips"]], name)
        # the ServerHello of unknown-ca: 2 round trips known then, on a first pass only
        one = run(harness.capture("tls-server-unknown-ca.pcap"), SUMMARY)
        self.assertEqual(["2"], one[6]["tlsedu.handshake.round_trips"])
        # a handshake that did not fail keeps them, on both passes
        ok = run(harness.capture("tls-client-cert-declined.pcap"), SUMMARY, two_pass=True)
        self.assertEqual({"2"}, {v for r in ok.values() for v in r["tlsedu.handshake.round_trips"]})

    def test_declined_client_certificate(self):
        # TLS 1.2 (RFC 5246 7.4.6): the client's Certificate with certificates_length 0 and
        # no CertificateVerify (15); the handshake completes.
        path = harness.capture("tls-client-cert-declined.pcap")
        for keys in (False, True):
            frames = stock(path, keys)
            hs = handshakes(frames)[0]
            client = [f for f in frames if (frames[f]["tcp.srcport"] or [None])[0] == hs["client_port"]
                      and 11 in ints(both(frames[f], "handshake.type"))]
            self.assertEqual(1, len(client))
            f = client[0]
            self.assertIn("0", both(frames[f], "handshake.certificates_length"))
            self.assertNotIn(15, ints(both(frames[f], "handshake.type")))
            s = run(path, SUMMARY, keys=keys)
            self.assertEqual(1, s[f]["tlsedu.stage"].count("7"))   # the Certificate, no CertificateVerify
            self.assertEqual("7", s[f]["tlsedu.stage"][0])
            # complete, after the client's Finished (the server's comes last)
            self.assertEqual([], s[f]["tlsedu.handshake.finished_frame"])
            self.assertTrue(any(s[g]["tlsedu.handshake.finished_frame"] for g in s if g > f))
        # TLS 1.3 (RFC 8446 4.4.2): the same, encrypted; with keys its Certificate is read
        path = harness.capture("tls13-client-cert-declined.pcap")
        frames = stock(path, True)
        f = [f for f in frames if 11 in ints(both(frames[f], "handshake.type"))
             and "0" in both(frames[f], "handshake.certificates_length")][0]
        s = run(path, SUMMARY, keys=True)
        self.assertEqual(["9", "7", "5"], s[f]["tlsedu.stage"])
        for keys in (False, True):
            self.assertEqual([], failed_frames(path, keys))


def tls13_streams(path):
    """TLS 1.3 connections over TCP as stock tshark shows them without keys: for each, the
    client's first frame of opaque records after the ServerHello (its flight), its record
    lengths, the Finished record's size for the chosen suite, and the frames after."""
    frames = stock(path)
    out = []
    for hs in handshakes(frames):
        if hs["server_hello"] is None or 0x0304 not in hs["versions"] or not frames[hs["server_hello"]]["tcp.stream"]:
            continue
        suites = ints(both(frames[hs["server_hello"]], "handshake.ciphersuite"))
        fin = FINISHED_LEN.get(suites[-1]) if suites else None
        later = [f for f in sorted(frames) if f > hs["server_hello"] and tuple(frames[f]["tcp.stream"]) == hs["stream"]]
        flight = [f for f in later if frames[f]["tcp.srcport"][0] == hs["client_port"] and frames[f]["tls.record.opaque_type"]]
        if not flight or fin is None:
            continue
        r = frames[flight[0]]
        n_opaque = len(r["tls.record.opaque_type"])
        lengths = ints(r["tls.record.length"])[-n_opaque:]   # the opaque records come last
        after = [f for f in later if f > flight[0]]
        server_after = [f for f in after if frames[f]["tcp.srcport"][0] != hs["client_port"] and frames[f]["tls.record.opaque_type"]]
        client_after = [f for f in after if frames[f]["tcp.srcport"][0] == hs["client_port"] and frames[f]["tls.record.opaque_type"]]
        out.append({"flight": flight[0], "lengths": lengths, "fin": fin, "after": after,
                    "answered": server_after[0] if server_after else None,
                    "both_ways": bool(server_after and client_after)})
    return out


class Tls13WithoutKeysTest(unittest.TestCase):
    def test_alps_flight(self):
        # Chrome 125 (zeek): f12 the client's ChangeCipherSpec and one opaque record of 63
        # bytes, TLS_AES_128_GCM_SHA256 (a Finished is 53): EncryptedExtensions (ALPS) and
        # Finished together. f14: the server's records after it.
        root = harness.require_public(self)
        path = os.path.join(root, "zeek/tls/chrome-1250-tls-x25519-kyber.pcap")
        conns = tls13_streams(path)
        self.assertEqual(1, len(conns))
        c = conns[0]
        self.assertEqual((12, [63], 53, 14), (c["flight"], c["lengths"], c["fin"], c["answered"]))
        for two_pass in (False, True):
            s = run(path, SUMMARY, two_pass=two_pass)
            self.assertEqual(["9", "5"], s[12]["tlsedu.stage"])
            self.assertEqual("Encrypted Finished", s[12]["tlsedu.message"][-1])
            self.assertEqual(["12"], s[12]["tlsedu.handshake.finished_frame"])
            self.assertEqual(["6", "6"], s[14]["tlsedu.stage"])
            self.assertNotIn("7", [v for r in s.values() for v in r["tlsedu.stage"]])
        self.assertEqual([], failed_frames(path))

    def test_every_tls13_capture_without_keys(self):
        """Without keys, in every TLS 1.3 connection: exactly one client Finished in the
        client's flight, on the record of the Finished's size when there is one, else on
        the first; no client authentication once the server has answered; and no failed
        handshake when records went both ways after the client's flight."""
        paths = sorted(os.path.join(harness.CAPTURES, n) for n in os.listdir(harness.CAPTURES) if n.endswith(".pcap"))
        if os.path.isdir(harness.PUBLIC):
            for dirpath, _d, files in os.walk(harness.PUBLIC):
                paths += [os.path.join(dirpath, f) for f in sorted(files) if f.endswith((".pcap", ".pcapng"))]
        bad, checked, inexact = [], 0, 0
        for path in paths:
            conns = tls13_streams(path)
            if not conns:
                continue
            s = run(path, SUMMARY)
            failed = failed_frames(path)
            for c in conns:
                checked += 1
                r = s.get(c["flight"], {"tlsedu.message": [], "tlsedu.stage": []})
                msgs = [m for m in r["tlsedu.message"] if m != "ChangeCipherSpec (compatibility)"]
                index = c["lengths"].index(c["fin"]) if c["fin"] in c["lengths"] else 0
                inexact += c["fin"] not in c["lengths"]
                if msgs.count("Encrypted Finished") != 1 or len(msgs) != len(c["lengths"]) or \
                        msgs[index] != "Encrypted Finished":
                    bad.append((os.path.basename(path), c["flight"], "flight", c["lengths"], msgs))
                if c["answered"] is not None:
                    late = [f for f in c["after"] if f > c["answered"] and "7" in s.get(f, {"tlsedu.stage": []})["tlsedu.stage"]]
                    if late:
                        bad.append((os.path.basename(path), late, "client authentication after the answer"))
                if c["both_ways"] and any(f >= c["flight"] for f in failed):
                    bad.append((os.path.basename(path), failed, "failed after records both ways"))
        self.assertEqual([], bad)
        self.assertGreater(checked, 5)   # not vacuous
        if os.path.isdir(harness.PUBLIC):
            self.assertGreaterEqual(inexact, 1)   # the ALPS flight at least


if __name__ == "__main__":
    unittest.main()
