"""Issue 15, errors E1, E5 and E6: what tlsedu says about early data and Finished is true
for the version and the side of each frame, on real captures.

E1  Application data sent before the handshake finished gets the caveat of its sender:
    tlsedu.data.early_kind 1 (the client's 0-RTT data: no forward secrecy, replayable, RFC
    8446 2.3, 8), 2 (the server's data before the client's Finished, 0.5-RTT: the client
    is not authenticated yet, 4.4.4) or 3 (TLS <= 1.2 False Start: the client's data before
    the server's Finished, RFC 7918). Data before an unseen ServerHello is 0-RTT only after
    a ClientHello with early_data (4.2.10).
E5  Each Finished text is the one of its version (TLS <= 1.2, or TLS 1.3 and QUIC) and of
    its side: in TLS 1.3 encryption starts after the ServerHello (2), in TLS 1.2 the
    server's ChangeCipherSpec still follows the client's Finished in cleartext (RFC 5246
    7.3, 7.4.9). The 1.3 ServerHello says "every handshake message after it", not
    "everything" (a compatibility ChangeCipherSpec follows in cleartext, D.4).
E6  The inferred client Finished of TLS 1.3 shares the handshake keys of the client's
    Certificate and CertificateVerify (4.4): never "the first message protected by the
    new keys".

The expected kind and text of each frame come from an oracle over Wireshark's own fields in
the same frame (tcp/udp stream and source port, tls.record.content_type, tls.handshake.type,
the ServerHello's version, the ClientHello's extensions), not from tlsedu.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import concurrent.futures
import glob
import os
import unittest

import harness

AGG = "\x1e"   # the aggregator (tshark takes one byte): ASCII's record separator, in no text
STOCK = ["frame.number", "tcp.stream", "udp.stream", "tcp.srcport", "udp.srcport", "quic.long.packet_type",
         "tls.record.opaque_type"]
STOCK += [p + f for f in ("record.content_type", "handshake.type", "handshake.extensions.supported_version",
                          "handshake.version", "handshake.extension.type") for p in ("tls.", "dtls.")]
PLUGIN = ["tlsedu.message", "tlsedu.explain", "tlsedu.data.early", "tlsedu.data.early_kind"]

# The removed wrong sentences (E1, E5, E6 and the 1.3 ServerHello), English and French.
WRONG = ["From here on everything is encrypted", "Désormais tout est chiffré",
         "first message protected by the new keys",
         "premier message protégé par les nouvelles clés : un MAC",
         "everything after this message is encrypted", "tout ce qui suit ce message est chiffré"]
REPLAY = ("an attacker can replay it", "un attaquant peut les rejouer")

# The Finished texts, by (TLS 1.3, server, inferred): how each begins.
HEAD = {(True, True, False): "Finished (server, TLS 1.3): a MAC over the whole handshake, keyed from the server's handshake traffic secret",
        (True, False, False): "Finished (client, TLS 1.3): a MAC over the whole handshake, keyed from the client's handshake traffic secret. It ends the handshake",
        (True, False, True): "Encrypted Finished (inferred): the client's Finished, under the same handshake keys as its Certificate and CertificateVerify",
        (False, False, False): "Finished (client): the first message under the new keys, right after the client's ChangeCipherSpec",
        (False, True, False): "Finished (server): the first message under the new keys, right after the server's ChangeCipherSpec",
        (False, False, True): "Encrypted Finished (inferred): the client's first handshake record after its ChangeCipherSpec",
        (False, True, True): "Encrypted Finished (inferred): the server's first handshake record after its ChangeCipherSpec"}
# TLS <= 1.2, by (server, the other side finished first): how each ends.
TAIL = {(False, False): "The server's ChangeCipherSpec and Finished are still to come.",
        (True, True): "The handshake is now complete in both directions.",
        (True, False): "A resumption: the server finishes first; the client's ChangeCipherSpec and Finished are still to come.",
        (False, True): "A resumption: the server finished first, so the handshake is now complete."}


def public(rel):
    return os.path.join(harness.PUBLIC, rel)


RFC8446 = "wireshark-test-captures/captures/tls13-rfc8446.pcap"
RFC8446_KEYS = "wireshark-test-captures/keys/tls13-rfc8446.keys"
# Public captures with early data, or data before a ServerHello the capture lacks.
PUBLIC_EXTRA = ["zeek/tls/tls-early-alert.pcap", "zeek/tls/hrr.pcap", "zeek/tls/tls-13draft19-early-data.pcap",
                "ndpi/tls_1.3_unidirectional_client.pcapng", "ndpi/tls_1.3_unidirectional_server.pcapng",
                "zeek/tls/dtls1_2.pcap", RFC8446]


def keys_for(path):
    if path.endswith("tls13-rfc8446.pcap"):
        return ["-o", "tls.keylog_file:" + harness.readable(public(RFC8446_KEYS))]
    return harness.keylog_args(path)


def run(path, keys, lang="en", two_pass=False, names=STOCK + PLUGIN):
    """frame number -> {field: [values]} (tshark -T fields, every occurrence)."""
    args = ["-r", harness.readable(path), "-T", "fields", "-E", "header=n", "-E", "separator=\t",
            "-E", "occurrence=a", "-E", "aggregator=" + AGG, "-o", "tlsedu.language:" + lang]
    args += keys_for(path) if keys else []
    args += ["-2"] if two_pass else []
    for n in names:
        args += ["-e", n]
    frames = {}
    for line in harness.tshark(args).stdout.split("\n"):   # not splitlines(): AGG ends a line there
        if not line:
            continue
        values = line.split("\t") + [""] * len(names)
        row = {n: (v.split(AGG) if v else []) for n, v in zip(names, values)}
        if "tlsedu.data.early" in row:   # 1/0 in Wireshark 4.0 and 4.4, True/False in 4.6
            row["tlsedu.data.early"] = [{"True": "1", "False": "0"}.get(v, v) for v in row["tlsedu.data.early"]]
        frames[int(row["frame.number"][0])] = row
    return frames


def ints(values):
    return [int(v, 0) for v in values]


class Conn:
    """What Wireshark's fields tell of one handshake so far."""

    def __init__(self, client_port=None, early_data=False, offered13=False):
        self.client_port = client_port
        self.early_data = early_data   # the ClientHello carried early_data (42)
        self.offered13 = offered13     # its supported_versions listed TLS 1.3 (0x0304)
        self.server_hello = False      # (a HelloRetryRequest too, until the second ClientHello)
        self.version = 0
        self.finished = set()          # the sides (True: server) whose Finished (1.3) or CCS (<= 1.2) came
        self.first_done = None         # the side whose came first

    @property
    def tls13(self):
        if not self.server_hello:      # only the client's side so far: what it offered
            return self.offered13
        return self.version in (0x0304, 0xfefc) or (self.version & 0xff00) == 0x7f00

    def frame(self, server, hs_types, content_types):
        done = (20 in hs_types) if self.tls13 else (self.server_hello and 20 in content_types)
        if done and server not in self.finished:
            self.finished.add(server)
            self.first_done = server if self.first_done is None else self.first_done

    def early_kind(self, server, keys):
        """The kind of this side's application data now (0: not early, None: unknowable)."""
        if self.client_port is None:
            return 0
        if not server and (not self.server_hello or (self.tls13 and False not in self.finished)):
            if self.server_hello and not keys:
                return None                # TLS 1.3 without keys: no Finished visible
            return 1 if self.early_data else 0
        if not server:
            return 3 if not self.tls13 and False in self.finished and True not in self.finished else 0
        if self.server_hello and False not in self.finished:
            return 2 if keys or not self.tls13 else None
        return 0


def both(r, name):
    """A TLS field and its DTLS twin, as integers."""
    return ints(r["tls." + name] + r["dtls." + name])


def oracle(frames, keys):
    """frame -> (server side, expected early kinds or None when unknowable, TLS 1.3, the
    other side finished first), from Wireshark's fields only."""
    conns, out = {}, {}
    for f in sorted(frames):
        r = frames[f]
        stream = ("tcp", r["tcp.stream"][0]) if r["tcp.stream"] else ("udp", r["udp.stream"][0]) if r["udp.stream"] else None
        if stream is None:
            continue
        port = (r["tcp.srcport"] or r["udp.srcport"])[0]
        c = conns.setdefault(stream, Conn())
        hs_types, cts = both(r, "handshake.type"), both(r, "record.content_type")
        if 1 in hs_types and c.client_port in (None, port):
            c = conns[stream] = Conn(port, 42 in both(r, "handshake.extension.type"),
                                     0x0304 in both(r, "handshake.extensions.supported_version"))
        server = c.client_port is not None and port != c.client_port
        if 2 in hs_types and server:
            versions = both(r, "handshake.extensions.supported_version") or both(r, "handshake.version")
            c.server_hello, c.version = True, versions[-1] if versions else 0
        c.frame(server, hs_types, cts)
        # application data records: their type (TLS <= 1.2, or decrypted), else TLS 1.3's
        # outer type 23 (tls.record.opaque_type), data only before the ServerHello
        data = cts.count(23) if keys else cts.count(23) + ints(r["tls.record.opaque_type"]).count(23)
        data = data if (keys or not c.tls13 or not c.server_hello) else 0
        # QUIC v1: a client's datagram with a 0-RTT packet (long header type 1, RFC 9000
        # 17.2.3) carries application data under the early keys (RFC 9001 4.6.1)
        data += 1 if r["udp.stream"] and not server and 1 in ints(r["quic.long.packet_type"]) else 0
        kind = c.early_kind(server, keys)
        out[f] = (server, None if kind is None and data else [kind] * data, c.tls13,
                  c.first_done is not None and c.first_done != server)
    return out


def shipped():
    return sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap")))


class EarlyDataKinds(unittest.TestCase):
    def setUp(self):
        harness.require_public(self)

    def test_rfc8446_zero_rtt_then_half_rtt(self):
        for two_pass in (False, True):
            r = run(public(RFC8446), keys=True, two_pass=two_pass)
            # f8: the client (not port 443) sends application data (23) after a ClientHello
            # with early_data (42) and before any ServerHello (f9): 0-RTT
            self.assertNotEqual(["443"], r[8]["tcp.srcport"])
            self.assertIn("42", r[7]["tls.handshake.extension.type"])
            self.assertEqual(["20", "23"], r[8]["tls.record.content_type"])
            self.assertEqual((["1"], ["1"]), (r[8]["tlsedu.data.early"], r[8]["tlsedu.data.early_kind"]))
            self.assertIn(REPLAY[0], r[8]["tlsedu.explain"][1])
            # f10: the server's `200 OK` (23) before the client's Finished (type 20, f11): 0.5-RTT
            self.assertEqual((["443"], ["23"]), (r[10]["tcp.srcport"], r[10]["tls.record.content_type"]))
            self.assertEqual(["5", "20"], r[11]["tls.handshake.type"])
            self.assertEqual((["1"], ["2"]), (r[10]["tlsedu.data.early"], r[10]["tlsedu.data.early_kind"]))
            text = r[10]["tlsedu.explain"][0]
            self.assertIn("before the client's Finished (0.5-RTT)", text)
            # the 0.5-RTT caveat: the ClientHello may be a replay, not the data replayable
            self.assertIn("the ClientHello may be a replay", text)
            self.assertNotIn(REPLAY[0], text)
            self.assertNotIn("forward secrecy", text)
            # after the client's Finished, nothing is early
            self.assertEqual(([], ["0"], ["0"]), (r[12]["tlsedu.data.early_kind"], r[12]["tlsedu.data.early"],
                                                  r[13]["tlsedu.data.early"]))
        fr = run(public(RFC8446), keys=True, lang="fr", names=["frame.number", "tlsedu.explain"])
        self.assertIn(REPLAY[1], fr[8]["tlsedu.explain"][1])
        self.assertIn("0,5-RTT", fr[10]["tlsedu.explain"][0])
        self.assertIn("ClientHello rejoué\u00a0?", fr[10]["tlsedu.explain"][0])
        self.assertNotIn(REPLAY[1], fr[10]["tlsedu.explain"][0])

    def test_quic_zero_rtt(self):
        # quic-0rtt-443.pcap (ngtcp2's client resuming): f1 holds the client's Initial (0)
        # with a ClientHello offering early_data (42) and a 0-RTT packet (1)
        path = harness.capture("quic-0rtt-443.pcap")
        for lang, replay in (("en", REPLAY[0]), ("fr", REPLAY[1])):
            r = run(path, keys=True, lang=lang)
            self.assertEqual(["0", "1"], r[1]["quic.long.packet_type"])
            self.assertIn("42", r[1]["tls.handshake.extension.type"])
            self.assertEqual((["1"], ["1"]), (r[1]["tlsedu.data.early"], r[1]["tlsedu.data.early_kind"]))
            self.assertEqual(2, len(r[1]["tlsedu.explain"]))
            self.assertIn(replay, r[1]["tlsedu.explain"][1])
            self.assertEqual([], r[2]["tlsedu.data.early_kind"])

    def test_false_start(self):
        # zeek's tls-early-alert.pcap: the client (port 50020) sends its ChangeCipherSpec and
        # Finished in f12, application data in f13, the server its ChangeCipherSpec in f14.
        r = run(public("zeek/tls/tls-early-alert.pcap"), keys=False)
        self.assertEqual(["0x0303"], r[6]["tls.handshake.version"])
        self.assertEqual(["22", "20", "22"], r[12]["tls.record.content_type"])
        self.assertEqual((["23"], r[12]["tcp.srcport"]), (r[13]["tls.record.content_type"], r[13]["tcp.srcport"]))
        self.assertIn("20", r[14]["tls.record.content_type"])
        self.assertNotEqual(r[13]["tcp.srcport"], r[14]["tcp.srcport"])
        self.assertEqual((["1"], ["3"]), (r[13]["tlsedu.data.early"], r[13]["tlsedu.data.early_kind"]))
        self.assertIn("TLS False Start", r[13]["tlsedu.explain"][0])
        self.assertNotIn("replay", r[13]["tlsedu.explain"][0])
        self.assertEqual([], r[16]["tlsedu.data.early_kind"])     # the server's data, after both Finished

    def test_no_zero_rtt_without_early_data(self):
        # The ServerHello is missing from these captures (one direction only, or a lost
        # segment): the client's data is not 0-RTT, its ClientHello had no early_data.
        for rel in ("zeek/tls/hrr.pcap", "ndpi/tls_1.3_unidirectional_client.pcapng"):
            r = run(public(rel), keys=False)
            hellos = [f for f in r if "1" in r[f]["tls.handshake.type"]]
            self.assertTrue(hellos, rel)
            self.assertFalse(any("42" in r[f]["tls.handshake.extension.type"] for f in hellos), rel)
            self.assertTrue(any("23" in row["tls.record.content_type"] + row["tls.record.opaque_type"]
                                for row in r.values()), rel)
            self.assertEqual([], [f for f in r if r[f]["tlsedu.data.early_kind"] or "1" in r[f]["tlsedu.data.early"]], rel)
            self.assertFalse(any(REPLAY[0] in t for row in r.values() for t in row["tlsedu.explain"]), rel)


class LoneClient(unittest.TestCase):
    def setUp(self):
        harness.require_public(self)

    def test_client_finished_without_the_server(self):
        # nDPI's capture holds only the client's side: a ClientHello offering TLS 1.3 without
        # early_data (42), then f5: the compatibility ChangeCipherSpec and one opaque record of
        # 53 bytes (4 + 32 + 1 + 16, RFC 8446 4.4.4, 5.2), its Finished, not application data.
        rel = "ndpi/tls_1.3_unidirectional_client.pcapng"
        r = run(public(rel), keys=False, names=STOCK + PLUGIN + ["tls.record.length"])
        ports = {p for row in r.values() for p in row["tcp.srcport"]}
        hello = [f for f in r if "1" in r[f]["tls.handshake.type"]]
        self.assertEqual({r[hello[0]]["tcp.srcport"][0]}, ports)   # no frame from the server
        self.assertIn("0x0304", r[hello[0]]["tls.handshake.extensions.supported_version"])
        self.assertNotIn("42", r[hello[0]]["tls.handshake.extension.type"])
        self.assertEqual((["20", "23"], ["1", "53"]), (r[5]["tls.record.content_type"], r[5]["tls.record.length"]))
        self.assertEqual(["ChangeCipherSpec (compatibility)", "Encrypted Finished"], r[5]["tlsedu.message"])
        self.assertTrue(r[5]["tlsedu.explain"][1].startswith(HEAD[(True, False, True)]))
        self.assertIn("the server's reply is not in this capture", r[5]["tlsedu.explain"][1])
        later = [f for f in r if f > 5 and r[f]["tls.record.content_type"]]
        self.assertTrue(later)
        self.assertTrue(all(r[f]["tlsedu.message"] == ["Application Data"] for f in later), later)


class OtherSoftware(unittest.TestCase):
    """Review 15t: what a ClientHello carries, said whole."""

    def setUp(self):
        harness.require_public(self)

    def test_alpn_list_counts_what_it_leaves_out(self):
        path = public("ndpi/tls_alert.pcap")
        rows = harness.fields(path, ["frame.number", "tls.handshake.type", "tls.handshake.extensions_alpn_str",
                                     "tlsedu.hello.alpn"], display_filter="tls.handshake.type == 1")
        offered = rows[0]["tls.handshake.extensions_alpn_str"].split(",")
        self.assertGreater(len(offered), 4)
        shown = rows[0]["tlsedu.hello.alpn"]
        kept = [n for n in shown.split(", ") if not n.startswith("\u2026")]
        self.assertEqual(offered[:len(kept)], kept)
        self.assertTrue(shown.endswith("(+%d)" % (len(offered) - len(kept))), shown)

    def test_ticket_before_the_client_finished(self):
        # RFC 8446's example: in its second connection the NewSessionTickets (type 4) come in
        # the server's flight, before the client's Finished (RFC 8446 4.6.1); in the first,
        # after it
        r = run(public(RFC8446), keys=True)
        early, late = [], []
        for nst in (f for f in r if "4" in r[f]["tls.handshake.type"]):
            stream = r[nst]["tcp.stream"]
            hello = min(f for f in r if r[f]["tcp.stream"] == stream and "1" in r[f]["tls.handshake.type"])
            fin = min(f for f in r if r[f]["tcp.stream"] == stream and "20" in r[f]["tls.handshake.type"]
                      and r[f]["tcp.srcport"] == r[hello]["tcp.srcport"])
            texts = [t for m, t in zip(r[nst]["tlsedu.message"], r[nst]["tlsedu.explain"]) if m == "NewSessionTicket"]
            (early if nst < fin else late).extend(texts)
        self.assertTrue(early and late)
        self.assertTrue(all("before the client's" in t for t in early), early)
        self.assertFalse(any("before the client's" in t for t in late), late)

    def test_esni_name_hedged(self):
        r = run(public("ndpi/tls_esni_sni_both.pcap"), keys=False)
        hellos = [f for f in r if "1" in r[f]["tls.handshake.type"]]
        self.assertIn(str(0xffce), r[hellos[0]]["tls.handshake.extension.type"])
        self.assertIn("encrypted_server_name (ESNI", " ".join(r[hellos[0]]["tlsedu.explain"]))

    def test_ech_outer_name_hedged(self):
        path = public("zeek/tls/tls13-ech.pcap")
        r = run(path, keys=False, names=STOCK + PLUGIN + ["tls.handshake.extensions_server_name"])
        hellos = [f for f in r if "1" in r[f]["tls.handshake.type"]]
        self.assertIn(str(0xfe0d), r[hellos[0]]["tls.handshake.extension.type"])
        text = " ".join(r[hellos[0]]["tlsedu.explain"])
        self.assertIn(r[hellos[0]]["tls.handshake.extensions_server_name"][0], text)
        self.assertIn("encrypted_client_hello (ECH)", text)
        self.assertIn("this visible random enters no key", text)
        plain = run(harness.capture("https-tls13.pcap"), keys=False)
        self.assertNotIn("ECH", " ".join(plain[4]["tlsedu.explain"]))


def check_capture(path, keys):
    """The frames where tlsedu's early kinds or Finished texts differ from the oracle's, and
    what was checked: the early kinds and the Finished versions and sides seen."""
    keys = keys and bool(keys_for(path))      # a capture without a key log: a run without keys
    frames = run(path, keys)
    expected = oracle(frames, keys)
    bad, seen = [], set()
    for f, (server, kinds, tls13, other_first) in expected.items():
        r = frames[f]
        got = ints(r["tlsedu.data.early_kind"])
        if kinds is not None and got != [k for k in kinds if k]:
            bad.append((f, "early_kind", got, kinds))
        seen |= {("early", k) for k in got}
        if len(r["tlsedu.message"]) != len(r["tlsedu.explain"]):
            bad.append((f, "items", r["tlsedu.message"], len(r["tlsedu.explain"])))
            continue
        for msg, text in zip(r["tlsedu.message"], r["tlsedu.explain"]):
            if msg not in ("Finished", "Encrypted Finished"):
                continue
            want = HEAD.get((tls13, server, msg != "Finished"))
            seen.add((tls13, server, msg != "Finished", other_first and not tls13))
            if want is None or not text.startswith(want):
                bad.append((f, "finished head", text, want))
            elif not tls13 and not text.endswith(TAIL[(server, other_first)]):
                bad.append((f, "finished tail", text, TAIL[(server, other_first)]))
    return bad, seen


class FinishedTexts(unittest.TestCase):
    def test_tls12_client_then_server(self):
        # https-tls12-rsa: f8 the client's ClientKeyExchange, ChangeCipherSpec, encrypted
        # Finished; f9 from port 443 the server's ChangeCipherSpec (20, in cleartext) and Finished.
        path = harness.capture("https-tls12-rsa.pcap")
        for keys in (False, True):
            r = run(path, keys)
            self.assertEqual(["443"], r[9]["tcp.srcport"])
            self.assertEqual("20", r[9]["tls.record.content_type"][0])
            fin8 = [t for m, t in zip(r[8]["tlsedu.message"], r[8]["tlsedu.explain"]) if "Finished" in m]
            fin9 = [t for m, t in zip(r[9]["tlsedu.message"], r[9]["tlsedu.explain"]) if "Finished" in m]
            self.assertEqual(1, len(fin8))
            self.assertTrue(fin8[0].endswith(TAIL[(False, False)]), fin8)
            self.assertTrue(fin9[0].endswith(TAIL[(True, True)]), fin9)

    def test_tls13_and_quic_per_side(self):
        r = run(harness.capture("https-tls13.pcap"), True)
        self.assertIn("20", r[6]["tls.handshake.type"])
        self.assertTrue(r[6]["tlsedu.explain"][-1].startswith(HEAD[(True, True, False)]))
        self.assertIn("the server may already send application data.", r[6]["tlsedu.explain"][-1])
        self.assertTrue(r[8]["tlsedu.explain"][-1].startswith(HEAD[(True, False, False)]))
        self.assertIn("every handshake message after this one is encrypted", r[6]["tlsedu.explain"][0])
        q = run(harness.capture("quic-0rtt-443.pcap"), True)
        self.assertEqual((["443"], ["443"]), (q[2]["udp.srcport"], q[10]["udp.srcport"]))
        self.assertIn("2", q[4]["quic.long.packet_type"])     # the client's Handshake packet
        self.assertTrue(q[2]["tlsedu.explain"][-1].startswith(HEAD[(True, True, False)]))
        self.assertTrue(q[4]["tlsedu.explain"][0].startswith(HEAD[(True, False, False)]))

    def test_mutual_tls13_without_keys(self):
        # f8: the client's compatibility ChangeCipherSpec, then three opaque records (outer type 23):
        # Certificate, CertificateVerify and Finished, all under the handshake keys.
        r = run(harness.capture("tls13-client-cert.pcap"), False)
        self.assertEqual((["20"], ["23", "23", "23"]), (r[8]["tls.record.content_type"], r[8]["tls.record.opaque_type"]))
        self.assertEqual("Encrypted Finished", r[8]["tlsedu.message"][-1])
        text = r[8]["tlsedu.explain"][-1]
        self.assertTrue(text.startswith(HEAD[(True, False, True)]), text)
        self.assertNotIn("first", text)

    def test_every_capture_against_the_oracle(self):
        captures = [(p, k) for p in shipped() for k in (False, True)]
        if os.path.isdir(harness.PUBLIC):
            captures += [(public(rel), k) for rel in PUBLIC_EXTRA for k in (False, True)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            results = dict(zip(captures, pool.map(lambda c: check_capture(*c), captures)))
        bad = {"%s%s" % (os.path.basename(p), " (keys)" if k else ""): b for (p, k), (b, _s) in results.items() if b}
        self.assertEqual({}, bad)
        # not vacuous: every Finished of TLS 1.3 and <= 1.2 in a full handshake, client and
        # server, with keys and inferred; with the public captures, both orders of 1.2 and
        # all three kinds of early data
        seen = set().union(*(s for _b, s in results.values()))
        want = {(True, True, False, False), (True, False, False, False), (True, False, True, False),
                (False, False, False, False), (False, True, False, True), (False, False, True, False),
                (False, True, True, True), (False, True, False, False), (False, False, False, True)}
        if os.path.isdir(harness.PUBLIC):
            want |= {("early", 1), ("early", 2), ("early", 3)}
        self.assertEqual(set(), want - seen)


class WrongSentencesGone(unittest.TestCase):
    def test_no_wrong_sentence_on_any_shipped_capture(self):
        runs = [(p, k, lang) for p in shipped() for k in (False, True) for lang in ("en", "fr")]
        if os.path.isdir(harness.PUBLIC):
            runs += [(public(RFC8446), k, lang) for k in (False, True) for lang in ("en", "fr")]

        def found(args):
            path, keys, lang = args
            frames = run(path, keys, lang, names=["frame.number", "tlsedu.explain", "tlsedu.data.early_kind"])
            bad, texts = [], 0
            for f, r in frames.items():
                texts += len(r["tlsedu.explain"])
                bad += [(f, w) for t in r["tlsedu.explain"] for w in WRONG if w in t]
                # the replay warning: once per item of kind 1 (the client's 0-RTT data), never else
                replays = sum(1 for t in r["tlsedu.explain"] for w in REPLAY if w in t)
                if replays != r["tlsedu.data.early_kind"].count("1"):
                    bad.append((f, "replay warning", r["tlsedu.data.early_kind"]))
            return bad, texts

        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            results = dict(zip(runs, pool.map(found, runs)))
        self.assertEqual({}, {"%s %s%s" % (os.path.basename(p), lang, " keys" if k else ""): b
                              for (p, k, lang), (b, _n) in results.items() if b})
        self.assertGreater(sum(n for _b, n in results.values()), 1000)   # not vacuous


if __name__ == "__main__":
    unittest.main()
