"""STARTTLS (issue 4), the captures of what goes wrong: command injection sent separately
(STARTTLS in one segment, RSET in the next before the answer) and TLS after a refusal
(the server offers no STARTTLS, refuses it, and the client sends a ClientHello anyway).

Expected frames come from stock tshark (no plugin): the command lines, reply codes,
capability lines, TCP payload lengths and the first bytes of the payload (a TLS record
header 16 03 01 .. .. 01: a ClientHello) of each frame, and captures/README.md.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import unittest

import harness
from test_starttls import Mail, experts, rows_by_frame, stock_lines


def stock(path, names, extra=()):
    return rows_by_frame(path, names, plugin=False, extra=extra)


def but(frame):
    """Stock tshark prints the text fields of a ClientHello read as a command with raw
    newlines in -T fields: leave that frame out of those reads."""
    return ["-Y", "frame.number != %d" % frame]


class InjectionSeparate(Mail):
    """smtp-starttls-injection-separate-25: f9 STARTTLS and f10 RSET, two segments sent
    before the server's f12 220; Postfix discards the RSET, TLS starts at f13."""

    path = harness.capture("smtp-starttls-injection-separate-25.pcap")

    def test_stock_frames(self):
        s = stock(self.path, ["smtp.command_line", "smtp.response.code", "tcp.srcport", "tcp.len"])
        self.assertEqual("STARTTLS\\r\\n", s[9]["smtp.command_line"])
        self.assertEqual("RSET\\r\\n", s[10]["smtp.command_line"])
        self.assertEqual(("10", "6"), (s[9]["tcp.len"], s[10]["tcp.len"]))
        # nothing from the server between the two: the RSET left before the answer
        self.assertEqual("0", s[11]["tcp.len"])
        self.assertEqual("220", s[12]["smtp.response.code"])

    def test_steps_links_security(self):
        rows = self.check_exchange(self.path, "SMTP", [8], 9, 12, 13)
        self.check_security(rows, 13)

    def test_injection_on_the_separate_segment(self):
        self.assertEqual({"tlsedu.starttls.injection": [10]}, experts(self.path))
        self.assertEqual({"tlsedu.starttls.injection": [10]},
                         experts(self.path, extra=harness.keylog_args(self.path)))

    def test_injection_frame_links_the_exchange(self):
        # the injected frame carries the exchange's links (one pass: what is known so far)
        one = rows_by_frame(self.path, ["tlsedu.starttls.request_frame", "tlsedu.starttls.response_frame"])
        self.assertEqual(("9", ""), (one[10]["tlsedu.starttls.request_frame"],
                                     one[10]["tlsedu.starttls.response_frame"]))
        two = rows_by_frame(self.path, ["tlsedu.starttls.request_frame", "tlsedu.starttls.response_frame",
                                        "tlsedu.starttls.tls_frame"], two_pass=True)
        self.assertEqual(("9", "12", "13"), (two[10]["tlsedu.starttls.request_frame"],
                                             two[10]["tlsedu.starttls.response_frame"],
                                             two[10]["tlsedu.starttls.tls_frame"]))


class TlsAfterRefusal(Mail):
    """The server has no TLS: it does not offer STARTTLS, refuses it, and the client sends a
    ClientHello anyway, which the server reads as a bad command."""

    def check_client_hello(self, path, frame):
        payload = stock(path, ["tcp.payload"])[frame]["tcp.payload"]
        self.assertTrue(payload.startswith("160301"), payload[:12])   # handshake record
        self.assertEqual("01", payload[10:12])                         # ClientHello
        self.assertEqual("", stock(path, ["tls.record.content_type"])[frame]["tls.record.content_type"])

    def test_smtp(self):
        # f8 EHLO reply without STARTTLS · f9 STARTTLS · f10 502 · f11 ClientHello read as
        # SMTP by Wireshark · f12 500 replies to it
        path = harness.capture("smtp-tls-after-refusal-25.pcap")
        s = stock_lines(path, but(11))
        self.assertNotIn("STARTTLS", s[8]["smtp.rsp.parameter"].split(","))
        self.assertIn("PIPELINING", s[8]["smtp.rsp.parameter"].split(","))
        self.assertEqual("502", s[10]["smtp.response.code"])
        self.check_client_hello(path, 11)
        rows = self.check_exchange(path, "SMTP", [], 9, 10, 0, accepted=False, stock_extra=but(11))
        self.check_security(rows, 0, accepted=False)
        self.assertEqual({"tlsedu.starttls.not_offered": [9], "tlsedu.starttls.refused": [10],
                          "tlsedu.starttls.tls_after_refusal": [11]}, experts(path))
        # the ClientHello frame links the refused exchange, one and two passes
        for two_pass in (False, True):
            r = rows_by_frame(path, ["tlsedu.starttls.request_frame", "tlsedu.starttls.response_frame",
                                     "tlsedu.starttls.step"], two_pass=two_pass)[11]
            self.assertEqual(("9", "10", ""), (r["tlsedu.starttls.request_frame"],
                                               r["tlsedu.starttls.response_frame"], r["tlsedu.starttls.step"]))

    def test_imap(self):
        # f4 greeting's CAPABILITY without STARTTLS · f6 a1 STARTTLS · f8 a1 BAD · f9 ClientHello
        path = harness.capture("imap-tls-after-refusal-143.pcap")
        s = stock(path, ["imap.line", "imap.response.status"], but(9))
        self.assertIn("CAPABILITY", s[4]["imap.line"])
        self.assertNotIn("STARTTLS", s[4]["imap.line"])
        self.assertEqual("BAD", s[8]["imap.response.status"])
        self.check_client_hello(path, 9)
        self.check_exchange(path, "IMAP", [], 6, 8, 0, accepted=False, stock_extra=but(9))
        self.assertEqual({"tlsedu.starttls.not_offered": [6], "tlsedu.starttls.refused": [8],
                          "tlsedu.starttls.tls_after_refusal": [9]}, experts(path))

    def test_refused_without_tls_has_no_tls_after_refusal(self):
        # the clients of the older refusal captures went on in cleartext: no such warning
        for name in ("smtp-starttls-refused-25.pcap", "imap-starttls-refused-143.pcap",
                     "pop3-stls-refused-110.pcap"):
            with self.subTest(name):
                self.assertNotIn("tlsedu.starttls.tls_after_refusal", experts(harness.capture(name)))


if __name__ == "__main__":
    unittest.main()
