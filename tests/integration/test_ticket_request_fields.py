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


if __name__ == "__main__":
    unittest.main()
