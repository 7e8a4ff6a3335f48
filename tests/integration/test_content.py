"""Content checks and heuristics (issue 3) on real captures: is the port telling the truth,
and the mail services found on any port and handed to Wireshark's own dissectors.

Expected values come from stock tshark (without the plugin): with Decode As for the
hand-offs, with the content's own dissector forced for the mismatch, and from the frames
Wireshark itself shows (ssh.protocol, tftp, ftp-data, http.response.code).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import collections
import concurrent.futures
import os
import unittest

import harness
from test_catalogue_public import public_captures
from test_robustness_transparency import strip_tlsedu

SERVICE = ["frame.number", "tcp.stream", "tcp.len", "tlsedu.service", "tlsedu.service.port",
           "tlsedu.service.evidence", "tlsedu.security"]

# Non-standard ports: capture, server port, Wireshark's dissector, tlsedu.service
HANDED_OFF = [
    ("smtp-starttls-2525.pcap", 2525, "smtp", "SMTP"),
    ("imap-starttls-1143.pcap", 1143, "imap", "IMAP"),
    ("pop3-stls-1110.pcap", 1110, "pop", "POP3"),
]


def rows(name, two_pass=False, names=SERVICE, display_filter=None, plugin=True):
    path = harness.capture(name)
    return harness.fields(path, names, display_filter=display_filter, extra=harness.keylog_args(path),
                          two_pass=two_pass, plugin=plugin)


def by_frame(rs):
    return {int(r["frame.number"]): r for r in rs}


def experts(name, expert, path=None):
    path = path or harness.capture(name)
    rs = harness.fields(path, ["frame.number", "_ws.expert.message"], display_filter=expert,
                        extra=harness.keylog_args(path))
    return {int(r["frame.number"]): r["_ws.expert.message"] for r in rs}


def verbose(path, extra, plugin, two_pass):
    args = ["-r", harness.readable(path), "-V"] + list(extra) + (["-2"] if two_pass else [])
    out = harness.tshark(args, plugin=plugin).stdout
    if plugin:
        out = "\n".join(strip_tlsedu(out)[0])
    # frame.protocols names the hand-off on the frames the heuristic claims (tcp:tlsedu:smtp)
    lines = [l for l in out.splitlines() if "[Protocols in frame:" not in l]
    while lines and not lines[-1]:
        lines.pop()
    return lines


class HandOffTest(unittest.TestCase):
    def test_mail_on_non_standard_ports_is_dissected_without_decode_as(self):
        for name, port, dissector, service in HANDED_OFF:
            for two_pass in (False, True):
                got = rows(name, two_pass)
                payload = [r for r in got if r["tcp.len"] not in ("", "0")]
                self.assertGreater(len(payload), 10, name)
                upgraded = False
                for r in payload:
                    # cleartext that can upgrade, then upgraded by STARTTLS (5) from the first
                    # TLS record on (test_starttls.py checks that frame)
                    upgraded = upgraded or r["tlsedu.security"] == "5"
                    self.assertEqual((service, str(port), "3", "5" if upgraded else "1"),
                                     (r["tlsedu.service"], r["tlsedu.service.port"],
                                      r["tlsedu.service.evidence"], r["tlsedu.security"]),
                                     "%s frame %s" % (name, r["frame.number"]))
                self.assertTrue(upgraded, name)
                if two_pass:   # the SYN too, once the whole conversation is known
                    self.assertEqual(service, got[0]["tlsedu.service"], name)

    def test_the_hand_off_shows_what_decode_as_shows(self):
        # Every line of every other protocol, in one pass and two, equals stock tshark with
        # "Decode As" of the port: SMTP/IMAP/POP with the right directions, the STARTTLS
        # into TLS, and the protocol inside TLS decrypted with the key log.
        for name, port, dissector, _service in HANDED_OFF:
            path = harness.capture(name)
            keys = harness.keylog_args(path)
            for two_pass in (False, True):
                mine = verbose(path, keys, True, two_pass)
                stock = verbose(path, keys + ["-d", "tcp.port==%d,%s" % (port, dissector)], False, two_pass)
                self.assertEqual(stock, mine, "%s two_pass=%s" % (name, two_pass))

    def test_starttls_leads_into_tls_and_the_inner_protocol(self):
        for name, _port, dissector, _service in HANDED_OFF:
            for two_pass in (False, True):
                got = rows(name, two_pass, names=["frame.number", "frame.protocols"])
                stacks = [r["frame.protocols"] for r in got]
                # tcp:smtp through the hand-off; tcp:tlsedu:smtp on the frames the heuristic claims
                self.assertTrue(any(s.endswith(":tcp:%s" % dissector) or s.endswith(":tcp:tlsedu:%s" % dissector)
                                    for s in stacks), name)
                inner = [s for s in stacks if ":tls:%s" % dissector in s]
                self.assertGreater(len(inner), 3, "%s: no decrypted %s inside TLS" % (name, dissector))
        commands = by_frame(rows("smtp-starttls-2525.pcap", names=["frame.number", "smtp.req.command",
                                                                    "smtp.response.code"]))
        self.assertEqual("ehlo", commands[6]["smtp.req.command"].lower())   # before STARTTLS
        self.assertEqual("220", commands[10]["smtp.response.code"])          # ready to start TLS
        self.assertEqual("ehlo", commands[15]["smtp.req.command"].lower())  # inside TLS

    def test_heuristics_are_registered_and_can_be_switched_off(self):
        # -G heuristic-decodes names the protocol (tlsedu) of each: five on tcp, enabled
        # (Wireshark 4.4 adds more columns: the first three are compared)
        out = ["\t".join(l.split("\t")[:3]) for l in harness.tshark(["-G", "heuristic-decodes"]).stdout.splitlines()]
        self.assertEqual(5, out.count("tcp\ttlsedu\tT"))
        path = harness.capture("smtp-starttls-2525.pcap")
        off = harness.fields(path, ["frame.number", "frame.protocols"],
                             extra=["--disable-heuristic", "tlsedu_smtp_tcp"])
        self.assertFalse(any(":smtp" in r["frame.protocols"] for r in off))

    def test_implicit_tls_ports_563_and_990_carry_their_protocol(self):
        decodes = harness.tshark(["-G", "decodes"]).stdout.splitlines()
        self.assertIn("tcp.port\t563\ttls", decodes)
        self.assertIn("tcp.port\t990\ttls", decodes)
        stock = harness.tshark(["-G", "decodes"], plugin=False).stdout.splitlines()
        self.assertNotIn("tcp.port\t563\ttls", stock)   # what Wireshark 4.0 alone does not do
        self.assertNotIn("tcp.port\t990\ttls", stock)


    def test_implicit_ftps_shows_ftp_inside_tls(self):
        # curl against vsftpd with implicit_ssl on 990: with the key log, the FTP inside TLS
        # is dissected (stock Wireshark 4.0 shows it as data).
        names = ["frame.number", "frame.protocols", "ftp.response.code", "ftp.request.command"]
        mine = by_frame(rows("ftps-990.pcap", names=names))
        stock = by_frame(rows("ftps-990.pcap", names=names, plugin=False))
        self.assertEqual("220", mine[13]["ftp.response.code"])
        self.assertTrue(mine[13]["frame.protocols"].endswith(":tls:ftp"))
        self.assertTrue(stock[13]["frame.protocols"].endswith(":tls:data"))
        self.assertEqual("", stock[13]["ftp.response.code"])
        self.assertIn("USER", {r["ftp.request.command"] for r in mine.values()})
        got = by_frame(rows("ftps-990.pcap", True))
        self.assertEqual(("FTPS", "990", "2"), tuple(got[13][k] for k in ("tlsedu.service", "tlsedu.service.port",
                                                                           "tlsedu.service.evidence")))


class EvidenceTest(unittest.TestCase):
    def test_tls_on_8443(self):
        got = rows("tls-nonstandard-8443.pcap")
        stock = by_frame(rows("tls-nonstandard-8443.pcap", names=["frame.number", "frame.protocols"],
                              plugin=False))
        first_tls = min(int(r["frame.number"]) for r in got if ":tls" in stock[int(r["frame.number"])]["frame.protocols"])
        for r in got:
            if int(r["frame.number"]) >= first_tls:
                self.assertEqual(("TLS", "8443", "3", "2"),
                                 (r["tlsedu.service"], r["tlsedu.service.port"],
                                  r["tlsedu.service.evidence"], r["tlsedu.security"]), r["frame.number"])

    def test_content_confirms_the_standard_ports(self):
        # (capture, frame where the server's first words arrive, service): from that frame on
        # (every frame with two passes) the evidence is 2.
        cases = [("smtp-starttls-25.pcap", 4, "SMTP"), ("smtp-starttls-587.pcap", 4, "SMTP"),
                 ("imap-starttls-143.pcap", 4, "IMAP"), ("pop3-stls-110.pcap", 4, "POP3"),
                 ("ftp-cleartext-21.pcap", 4, "FTP"), ("ssh-22.pcap", 6, "SSH"),
                 ("https-tls13.pcap", 6, "HTTPS"), ("imaps-993.pcap", 6, "IMAPS"),
                 ("smtps-465.pcap", 6, "SMTPS"), ("pop3s-995.pcap", 6, "POP3S"),
                 ("http-basic-auth-80.pcap", 6, "HTTP")]
        for name, frame, service in cases:
            one = by_frame(rows(name))
            two = by_frame(rows(name, True))
            self.assertEqual((service, "2"), (one[frame]["tlsedu.service"], one[frame]["tlsedu.service.evidence"]), name)
            self.assertEqual("1", one[1]["tlsedu.service.evidence"], name)   # the SYN: port only, so far
            stream0 = [r for r in two.values() if r["tcp.stream"] == "0"]
            self.assertEqual({"2"}, {r["tlsedu.service.evidence"] for r in stream0}, name)

    def test_services_without_a_signature_stay_port_only(self):
        for name in ("ldap-starttls-389.pcap", "ntp-123.pcap", "snmp-161.pcap", "sip-5060.pcap"):
            got = rows(name, True)
            self.assertEqual({"1"}, {r["tlsedu.service.evidence"] for r in got if r["tlsedu.service"]}, name)

    def test_dns_over_udp(self):
        got = by_frame(rows("dns-53.pcap", True))
        self.assertEqual(("DNS", "2"), (got[1]["tlsedu.service"], got[1]["tlsedu.service.evidence"]))

    def test_sshd_on_the_https_port_is_a_mismatch(self):
        # Stock tshark with the SSH dissector forced on 443 shows the banners: the content is SSH.
        banners = harness.fields(harness.capture("ssh-port-443.pcap"), ["frame.number", "ssh.protocol"],
                                 extra=["-d", "tcp.port==443,ssh"], plugin=False, display_filter="ssh.protocol")
        self.assertEqual([4, 6], [int(r["frame.number"]) for r in banners])
        got = by_frame(rows("ssh-port-443.pcap"))
        for n, r in got.items():
            want = ("SSH", "443", "4", "3") if n >= 6 else ("HTTPS", "443", "1", "2")
            self.assertEqual(want, (r["tlsedu.service"], r["tlsedu.service.port"],
                                    r["tlsedu.service.evidence"], r["tlsedu.security"]), n)
        two = by_frame(rows("ssh-port-443.pcap", True))
        self.assertEqual({("SSH", "4")}, {(r["tlsedu.service"], r["tlsedu.service.evidence"]) for r in two.values()})
        warned = experts("ssh-port-443.pcap", "tlsedu.service.mismatch")
        self.assertEqual([6], list(warned))   # once, on the server's banner
        self.assertIn("Port 443 (HTTPS) carries SSH", warned[6])

    def test_children_are_named(self):
        # FTP's passive data connection (PASV answered 40009) and TFTP's transfer port.
        stock = rows("ftp-auth-tls-21.pcap", names=["frame.number", "tcp.stream", "tcp.srcport",
                                                     "tcp.dstport", "ftp.passive.port"], plugin=False)
        pasv_ports = {r["ftp.passive.port"] for r in stock if r["ftp.passive.port"]}
        data_streams = {r["tcp.stream"] for r in stock if r["tcp.dstport"] in pasv_ports}
        self.assertTrue(data_streams)
        got = rows("ftp-auth-tls-21.pcap", True)
        for r in got:
            if r["tcp.stream"] in data_streams:
                self.assertEqual(("FTP-DATA", "3"), (r["tlsedu.service"], r["tlsedu.service.evidence"]))
                self.assertIn(r["tlsedu.service.port"], pasv_ports)
        tftp_stock = by_frame(harness.fields(harness.capture("tftp-69.pcap"),
                                             ["frame.number", "udp.srcport", "frame.protocols"], plugin=False))
        self.assertIn(":udp:tftp", tftp_stock[2]["frame.protocols"])
        got = by_frame(rows("tftp-69.pcap", names=["frame.number", "tlsedu.service", "tlsedu.service.port",
                                                   "tlsedu.service.evidence"]))
        self.assertEqual(("TFTP", "69", "1"), tuple(got[1][k] for k in ("tlsedu.service", "tlsedu.service.port", "tlsedu.service.evidence")))
        for n in (2, 3):
            self.assertEqual(("TFTP", tftp_stock[2]["udp.srcport"], "3"),
                             tuple(got[n][k] for k in ("tlsedu.service", "tlsedu.service.port", "tlsedu.service.evidence")))


class WebTest(unittest.TestCase):
    def test_permanent_redirect_to_https(self):
        stock = by_frame(rows("http-redirect-80.pcap", names=["frame.number", "http.response.code", "http.location"],
                              plugin=False, display_filter="http.response"))
        self.assertEqual(("301", "https://localhost/"), (stock[6]["http.response.code"], stock[6]["http.location"]))
        warned = experts("http-redirect-80.pcap", "tlsedu.http.redirect_to_https")
        self.assertEqual([6], list(warned))
        self.assertIn("Permanent redirect (301) to HTTPS", warned[6])
        got = by_frame(rows("http-redirect-80.pcap", names=["frame.number", "tlsedu.http.redirect_permanent"]))
        self.assertEqual("1", got[6]["tlsedu.http.redirect_permanent"])
        self.assertEqual({}, experts("http-redirect-80.pcap", "tlsedu.http.hsts"))

    def test_temporary_redirect_and_hsts(self):
        names = ["frame.number", "tlsedu.http.redirect_status", "tlsedu.http.redirect_permanent",
                 "tlsedu.http.hsts.max_age", "tlsedu.http.hsts.include_subdomains", "tlsedu.http.hsts.obeyed"]
        got = by_frame(rows("http-hsts-80.pcap", names=names))
        self.assertEqual(["302", "0", "31536000", "0", "0"], [got[6][k] for k in names[1:]])
        self.assertEqual(["", "", "63072000", "1", "1"], [got[19][k] for k in names[1:]])
        redirect = experts("http-hsts-80.pcap", "tlsedu.http.redirect_to_https")
        self.assertIn("a permanent redirect (301 or 308) is preferred", redirect[6])
        hsts = experts("http-hsts-80.pcap", "tlsedu.http.hsts")
        self.assertEqual([6, 19], sorted(hsts))
        self.assertIn("RFC 6797, 8.1", hsts[6])         # over port 80: ignored
        self.assertIn("received over HTTPS", hsts[19])
        # Without the key log the HTTPS response is not readable: no HSTS there.
        plain = harness.fields(harness.capture("http-hsts-80.pcap"), ["frame.number"],
                               display_filter="tlsedu.http.hsts.max_age")
        self.assertEqual(["6"], [r["frame.number"] for r in plain])


    def test_redirect_over_https_is_no_move_to_https(self):
        # zeek's tls12-decryption.pcap with its key log: frame 11 is a 301 to an https://
        # address, sent over HTTPS (port 443): it moves nothing to TLS
        root = harness.require_public(self)
        path = os.path.join(root, "zeek", "tls", "tls12-decryption.pcap")
        stock = by_frame(harness.fields(path, ["frame.number", "http.response.code", "http.location", "tcp.srcport"],
                                        extra=harness.keylog_args(path), plugin=False, display_filter="http.response"))
        self.assertEqual(("301", "443"), (stock[11]["http.response.code"], stock[11]["tcp.srcport"]))
        self.assertTrue(stock[11]["http.location"].startswith("https://"))
        self.assertEqual({}, experts(None, "tlsedu.http.redirect_to_https", path=path))


# What stock Wireshark may show on a conversation tlsedu names by its content.
ACCEPTED = {
    "TLS": {"tls", "http", "http2", "pgsql", "mysql", "socks", "data", "ocsp"},
    "SSH": {"ssh"}, "HTTP": {"http", "data", "media", "data-text-lines", "png", "image-jfif"},
    "SMTP": {"smtp", "imf", "data", "tls"}, "IMAP": {"imap", "data", "tls"},
    "POP3": {"pop", "imf", "data", "tls"}, "FTP": {"ftp", "data", "tls"}, "NNTP": {"nntp", "data", "tls"},
    "FTP-DATA": {"ftp-data", "data", "tls", "data-text-lines"}, "TFTP": {"tftp", "data"},
    "RTP": {"rtp", "data", "rtcp"},
    "DTLS": {"dtls", "data"}, "QUIC": {"quic", "data", "tls", "http3"},
}
TRANSPORT = {"eth", "ethertype", "ip", "ipv6", "tcp", "udp", "sll", "vlan", "null", "loop", "frame",
             "pkt_comment", "ppp", "pppoes", "raw", "_ws.malformed", "_ws.short", "_ws.expert", "tlsedu"}
# The ASN.1 dissectors of a certificate, under TLS.
CERTIFICATE_LAYERS = ("x509", "pkix", "pkcs", "ns_cert")
# Conversations of the public corpus where the content contradicts the port, checked by hand.
PUBLIC_MISMATCHES = {
    ("ndpi/tls_port_80.pcapng", "TLS", "80"),                            # TLS on the HTTP port
    ("suricata-verify/smtp-tls-protodetect/input.pcap", "SMTP", "465"),  # ClientHello answered by "220 ... ESMTP"
    ("ndpi/smtps.pcapng", "SMTP", "465"),                                # the same: a cleartext banner on 465
}


def content_claims(path):
    """Conversations tlsedu names by content (evidence 3 or 4) and what stock shows there."""
    names = ["frame.number", "tcp.stream", "udp.stream", "tlsedu.service", "tlsedu.service.port",
             "tlsedu.service.evidence"]
    mine = harness.fields(path, names, display_filter="tlsedu.service.evidence >= 3")
    stock = by_frame(harness.fields(path, ["frame.number", "frame.protocols"], plugin=False))
    claims = collections.defaultdict(set)
    for r in mine:
        key = (r["tcp.stream"] and "tcp" + r["tcp.stream"]) or "udp" + r["udp.stream"]
        layers = {l for l in stock[int(r["frame.number"])]["frame.protocols"].split(":")
                  if not l.startswith(CERTIFICATE_LAYERS)} - TRANSPORT
        claims[(key, r["tlsedu.service"], r["tlsedu.service.port"], r["tlsedu.service.evidence"])] |= layers
    return claims


class PublicCorpusTest(unittest.TestCase):
    def setUp(self):
        self.root = harness.require_public(self)

    def test_no_claim_contradicts_wireshark(self):
        captures = public_captures(self.root)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(captures, pool.map(content_claims, captures)))
        wrong, mismatches, named = [], set(), 0
        for path, claims in results.items():
            rel = os.path.relpath(path, self.root)
            for (stream, service, port, evidence), layers in claims.items():
                named += 1
                if evidence == "4":
                    mismatches.add((rel, service, port))
                extra = layers - ACCEPTED.get(service, set())
                if extra:
                    wrong.append("%s %s: tlsedu says %s, Wireshark shows %s" % (rel, stream, service, sorted(extra)))
        self.assertEqual([], wrong)
        self.assertEqual(PUBLIC_MISMATCHES, mismatches)
        self.assertGreater(named, 15)   # TLS on non-standard ports, at least

    def test_tls_on_port_80(self):
        path = os.path.join(self.root, "ndpi/tls_port_80.pcapng")
        warned = experts(None, "tlsedu.service.mismatch", path=path)
        self.assertEqual(1, len(warned))
        self.assertIn("Port 80 (HTTP) carries TLS", list(warned.values())[0])


if __name__ == "__main__":
    unittest.main()
