"""The STARTTLS steps for other protocols' upgrades (issue 4, "where cheap"): FTP AUTH TLS
(RFC 4217), LDAP StartTLS (extended operation 1.3.6.1.4.1.1466.20037) and XMPP
<starttls/>, on the project's and the public captures.

Expected frames come from stock tshark (no plugin): ftp.request.command/arg AUTH TLS and
ftp.response.code 234, ldap.requestName and the extendedResp's ldap.resultCode 0, the
XMPP features frame carrying the xmpp-tls namespace (xmpp.xmlns), xmpp.starttls and
xmpp.proceed, and the first TLS record (tls.record.content_type) of the stream.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import unittest

import harness
from test_starttls import experts, expected, rows_by_frame, steps


class Other(unittest.TestCase):
    def check(self, path, proto, offers, request, response, tls, stock_request, stock_response, extra=()):
        s = rows_by_frame(path, ["tls.record.content_type"], plugin=False)
        self.assertEqual(tls, min(f for f, r in s.items() if r["tls.record.content_type"]))
        req = harness.fields(path, ["frame.number"], display_filter=stock_request, plugin=False)
        self.assertEqual(request, int(req[0]["frame.number"]))
        rsp = harness.fields(path, ["frame.number"], display_filter=stock_response, plugin=False)
        self.assertEqual(response, int(rsp[0]["frame.number"]))
        self.assertEqual(expected(offers, request, response, tls), steps(path, extra=extra))
        self.assertEqual(expected(offers, request, response, tls, two_pass=True),
                         steps(path, two_pass=True, extra=extra))
        rows = rows_by_frame(path, ["tlsedu.starttls.protocol", "tlsedu.security", "tlsedu.starttls.explain",
                                    "tcp.stream"])
        for f in expected(offers, request, response, tls):
            self.assertEqual(proto, rows[f]["tlsedu.starttls.protocol"])
            self.assertGreater(len(rows[f]["tlsedu.starttls.explain"]), 40)
        for f, r in rows.items():
            # (the FTP data connections are other streams, with their own security)
            if r["tlsedu.security"] and f >= tls and r["tcp.stream"] == rows[request]["tcp.stream"]:
                self.assertEqual("5", r["tlsedu.security"], "frame %d" % f)
        self.assertEqual({}, experts(path))


FTP_REQ = 'ftp.request.command == "AUTH" && ftp.request.arg == "TLS"'
FTP_RSP = "ftp.response.code == 234"
LDAP_REQ = 'ldap.requestName == "1.3.6.1.4.1.1466.20037"'
# (Wireshark 4.6 names the extended response's result code ldap.extendedResponse_resultCode)
LDAP_RSP = ("ldap.protocolOp == 24 && ldap.resultCode == 0" if harness.ws_major_minor() in ("4.0", "4.2", "4.4")
            else "ldap.protocolOp == 24 && ldap.extendedResponse_resultCode == 0")


class OwnCaptures(Other):
    def test_ftp_auth_tls(self):
        # f24 AUTH TLS · f25 234 · f26 ClientHello (FEAT's listing is no offer here)
        self.check(harness.capture("ftp-auth-tls-21.pcap"), "FTP", [], 24, 25, 26, FTP_REQ, FTP_RSP)

    def test_ldap_starttls(self):
        self.check(harness.capture("ldap-starttls-389.pcap"), "LDAP", [], 4, 6, 8, LDAP_REQ, LDAP_RSP)

    def test_info_column(self):
        rows = harness.info_column(harness.capture("ldap-starttls-389.pcap"))
        self.assertIn("[STARTTLS step 3: accepted]", rows[6])


class PublicCorpus(Other):
    def setUp(self):
        self.public = harness.require_public(self)

    def pub(self, *parts):
        return os.path.join(self.public, *parts)

    def test_zeek_ftp(self):
        self.check(self.pub("zeek", "ftp", "ftp-auth-tls.pcap"), "FTP", [], 20, 21, 22, FTP_REQ, FTP_RSP)

    def test_ndpi_ftp(self):
        self.check(self.pub("ndpi", "ftp-start-tls.pcap"), "FTP", [], 7, 10, 12, FTP_REQ, FTP_RSP)

    def test_zeek_ldap(self):
        self.check(self.pub("zeek", "ldap", "ldap-starttls.pcap"), "LDAP", [], 4, 6, 8, LDAP_REQ, LDAP_RSP)

    def test_zeek_xmpp(self):
        # f8 stream features with the xmpp-tls namespace (the offer) · f10 <starttls/> ·
        # f11 <proceed/> · f13 ClientHello
        path = self.pub("zeek", "tls", "xmpp-starttls.pcap")
        feats = harness.fields(path, ["frame.number", "xmpp.xmlns"], display_filter="xmpp.features", plugin=False)
        self.assertEqual(8, int(feats[0]["frame.number"]))
        self.assertIn("urn:ietf:params:xml:ns:xmpp-tls", feats[0]["xmpp.xmlns"].split(","))
        self.check(path, "XMPP", [8], 10, 11, 13, "xmpp.starttls", "xmpp.proceed")


if __name__ == "__main__":
    unittest.main()
