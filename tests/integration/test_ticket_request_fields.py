"""Issue 16, the facts of NewSessionTicket and CertificateRequest: tlsedu.ticket.lifetime and
tlsedu.cert_request.cert_types, .signature_algorithms, .authorities, asserted against stock
Wireshark's own fields in the same frame (tshark without the plugin), on shipped captures
(OpenSSL's TLS 1.2 and 1.3 tickets, mutual TLS 1.2 and 1.3) and public ones; and the
explanation names them.

- A ticket's lifetime: TLS 1.3's ticket_lifetime (RFC 8446 4.6.1), TLS 1.2's lifetime hint
  (RFC 5077 3.3), Wireshark's tls.handshake.session_ticket_lifetime_hint in both.
- A CertificateRequest's signature algorithms: tls.handshake.sig_hash_alg_len / 2 (two
  bytes each, RFC 5246 7.4.4, RFC 8446 4.3.2); its authorities: the tls.handshake.dname
  items (distinguished names, RFC 5246 7.4.4; certificate_authorities, RFC 8446 4.2.4).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import unittest

import harness
from test_hello_fields import AGG, rows

OWN = ["tls12-resume-ticket.pcap", "tls13-resumption.pcap", "tls13-resume-psk.pcap", "tls-client-cert.pcap",
       "tls13-client-cert.pcap", "tls-client-cert-declined.pcap", "tls13-client-cert-declined.pcap"]
PUBLIC = ["wireshark-test-captures/captures/tls12-dsb.pcapng", "zeek/tls/tls13_psk_succesfull.pcap",
          "zeek/tls/client-certificate.pcap"]

STOCK = ["frame.number", "tls.handshake.type", "tls.handshake.session_ticket_lifetime_hint",
         "tls.handshake.cert_types_count", "tls.handshake.sig_hash_alg_len", "tls.handshake.dname"]
PLUGIN = ["frame.number", "tlsedu.message", "tlsedu.explain", "tlsedu.ticket.lifetime",
          "tlsedu.cert_request.cert_types", "tlsedu.cert_request.signature_algorithms",
          "tlsedu.cert_request.authorities"]
NST, CR = 4, 13


def paths():
    own = [os.path.join(harness.CAPTURES, p) for p in OWN]
    public = [os.path.join(harness.PUBLIC, p) for p in PUBLIC]
    return own + [p for p in public if os.path.exists(p)]


class TicketAndRequestFields(unittest.TestCase):
    def test_against_stock(self):
        tickets = requests = 0
        for path in paths():
            stock = rows(path, STOCK, plugin=False)
            ours = rows(path, PLUGIN)
            for f, s in stock.items():
                types = [int(t) for t in s["tls.handshake.type"]]
                p = ours[f]
                with self.subTest(capture=os.path.basename(path), frame=f):
                    if NST in types and s["tls.handshake.session_ticket_lifetime_hint"]:
                        tickets += 1
                        self.assertEqual(s["tls.handshake.session_ticket_lifetime_hint"], p["tlsedu.ticket.lifetime"])
                        life = s["tls.handshake.session_ticket_lifetime_hint"][0]
                        self.assertTrue(any(("%s seconds (" % life) in e or "Lifetime 0" in e or "is 0" in e
                                            for e in p["tlsedu.explain"]), p["tlsedu.explain"])
                    else:
                        self.assertEqual([], p["tlsedu.ticket.lifetime"])
                    if CR in types and types.count(CR) == 1 and s["tls.handshake.sig_hash_alg_len"]:
                        requests += 1
                        # the request's list is the last sig_hash_alg list of the frame when a
                        # ServerKeyExchange comes first; each list's length counts 2 bytes a scheme
                        self.assertEqual([str(int(s["tls.handshake.sig_hash_alg_len"][-1]) // 2)],
                                         p["tlsedu.cert_request.signature_algorithms"])
                        self.assertEqual([str(len(s["tls.handshake.dname"]))], p["tlsedu.cert_request.authorities"])
                        self.assertEqual(s["tls.handshake.cert_types_count"], p["tlsedu.cert_request.cert_types"])
                        said = " ".join(p["tlsedu.explain"])
                        k = p["tlsedu.cert_request.signature_algorithms"][0]
                        self.assertIn("It accepts %s signature algorithms" % k if k != "1" else
                                      "It accepts a single signature algorithm", said)
                        n = len(s["tls.handshake.dname"])
                        self.assertIn("It names %d acceptable certificate authorities" % n if n > 1 else
                                      "It names one acceptable certificate authority" if n else "It names no authority", said)
                    elif CR not in types:
                        self.assertEqual([], p["tlsedu.cert_request.signature_algorithms"])
        self.assertGreaterEqual(tickets, 5)
        self.assertGreaterEqual(requests, 4)

    def test_values_are_the_captures(self):
        """The numbers OpenSSL's s_server sends, read once by hand from -V: a 7200 s hint in
        TLS 1.2, 300 s tickets in TLS 1.3 (its -sess_timeout default for the test), 20 and 16
        signature algorithms, one authority (the test CA)."""
        t12 = rows(os.path.join(harness.CAPTURES, "tls12-resume-ticket.pcap"), PLUGIN)
        self.assertEqual(["7200"], t12[9]["tlsedu.ticket.lifetime"])
        c12 = rows(os.path.join(harness.CAPTURES, "tls-client-cert.pcap"), PLUGIN)
        self.assertEqual((["3"], ["20"], ["1"]), (c12[6]["tlsedu.cert_request.cert_types"],
                                                 c12[6]["tlsedu.cert_request.signature_algorithms"],
                                                 c12[6]["tlsedu.cert_request.authorities"]))
        c13 = rows(os.path.join(harness.CAPTURES, "tls13-client-cert.pcap"), PLUGIN)
        self.assertEqual(([], ["16"], ["1"]), (c13[6]["tlsedu.cert_request.cert_types"],
                                              c13[6]["tlsedu.cert_request.signature_algorithms"],
                                              c13[6]["tlsedu.cert_request.authorities"]))


class DecryptedData(unittest.TestCase):
    """Decrypted application data (issue 16): its size on the wire is the sum of its records'
    tls.record.length, the protocol is the layer Wireshark dissected after tls, the message
    Wireshark's HTTP request line or status, SMTP or IMAP command; the explanation says so."""
    CAPTURES = ["https-tls13.pcap", "https-tls12-ecdhe.pcap", "smtps-465.pcap", "imaps-993.pcap"]

    def test_against_stock(self):
        names = ["frame.number", "frame.protocols", "tls.record.content_type", "tls.record.length",
                 "http.request.method", "http.request.uri", "http.response.code", "smtp.req.command",
                 "smtp.response.code", "imap.request.command"]
        seen = 0
        for name in self.CAPTURES:
            path = os.path.join(harness.CAPTURES, name)
            stock = rows(path, names, plugin=False)
            ours = rows(path, PLUGIN + ["tlsedu.data.wire_bytes", "tlsedu.data.protocol", "tlsedu.data.message"])
            for f, s in stock.items():
                layers = s["frame.protocols"][0].split(":") if s["frame.protocols"] else []
                app = [int(n) for t, n in zip(s["tls.record.content_type"], s["tls.record.length"]) if t == "23"]
                inner = layers[layers.index("tls") + 1] if "tls" in layers and layers[-1] != "tls" else None
                p = ours[f]
                with self.subTest(capture=name, frame=f):
                    if not app or inner is None:
                        self.assertEqual([], p["tlsedu.data.wire_bytes"])
                        continue
                    seen += 1
                    self.assertEqual([str(sum(app))], p["tlsedu.data.wire_bytes"])
                    self.assertEqual([inner.upper()], [v.upper() for v in p["tlsedu.data.protocol"]])
                    if s["http.request.method"]:
                        self.assertEqual(["%s %s" % (s["http.request.method"][0], s["http.request.uri"][0])],
                                         p["tlsedu.data.message"])
                    elif s["http.response.code"]:
                        self.assertTrue(p["tlsedu.data.message"][0].startswith(s["http.response.code"][0] + " "))
                    said = " ".join(p["tlsedu.explain"])
                    # RSA key transport: the server's private key can decrypt too (RFC 5246 7.4.7.1)
                    self.assertRegex(said, r"encrypted \(%d bytes\); Wireshark shows (their content decrypted with "
                                           r"the key log|them decrypted with the key log or the server's RSA private key)"
                                     % sum(app))
                    self.assertIn("Inside: %s" % p["tlsedu.data.protocol"][0], said)
        self.assertGreaterEqual(seen, 8)


if __name__ == "__main__":
    unittest.main()
