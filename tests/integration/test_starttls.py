"""STARTTLS on SMTP, IMAP and POP3 (issue 4): the step of every frame, the links between
the steps (backward in one pass, forward too with -2), tlsedu.security 5 after an accepted
upgrade, and the warnings, on the project's captures and the public corpus.

Expected frames come from what stock tshark (no plugin) shows in each frame, checked in
every test by `stock_lines` against Wireshark's own fields: the capability listing
(smtp.rsp.parameter STARTTLS, imap.line with CAPABILITY ... STARTTLS, the POP3 CAPA lines
with STLS), the request (smtp.command_line STARTTLS, imap.request.command STARTTLS,
pop.request.command STLS), the reply (smtp.response.code, imap.response.status,
pop.response.indicator) and the first TLS record (tls.record.content_type), and the frame
numbers of captures/README.md.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import unittest

import harness

PLUGIN = ["frame.number", "tcp.stream", "tlsedu.starttls.step", "tlsedu.starttls.protocol",
          "tlsedu.starttls.offer_frame", "tlsedu.starttls.request_frame",
          "tlsedu.starttls.response_frame", "tlsedu.starttls.tls_frame", "tlsedu.security",
          "tlsedu.starttls.explain"]
EXPERTS = ["tlsedu.starttls.refused", "tlsedu.starttls.not_used", "tlsedu.starttls.not_offered",
           "tlsedu.starttls.tls_after_refusal", "tlsedu.starttls.injection", "tlsedu.starttls.no_tls",
           "tlsedu.cleartext_credentials"]
STOCK = ["frame.number", "smtp.command_line", "smtp.response.code", "smtp.rsp.parameter",
         "imap.line", "imap.request.command", "imap.response.status", "pop.request.command",
         "pop.response.indicator", "tls.record.content_type"]


def steps(path, two_pass=False, extra=()):
    """frame -> (step, offer, request, response, tls) for every frame with a step."""
    rows = harness.fields(path, PLUGIN, two_pass=two_pass, extra=list(extra))
    out = {}
    for r in rows:
        if r["tlsedu.starttls.step"]:
            out[int(r["frame.number"])] = tuple(
                int(r[k]) if r[k] else 0 for k in
                ("tlsedu.starttls.step", "tlsedu.starttls.offer_frame", "tlsedu.starttls.request_frame",
                 "tlsedu.starttls.response_frame", "tlsedu.starttls.tls_frame"))
    return out


def rows_by_frame(path, names, two_pass=False, extra=(), plugin=True):
    return {int(r["frame.number"]): r for r in
            harness.fields(path, ["frame.number"] + names, two_pass=two_pass, extra=list(extra), plugin=plugin)}


def experts(path, extra=()):
    """expert name -> sorted frames where it is raised."""
    out = {}
    for name in EXPERTS:
        rows = harness.fields(path, ["frame.number"], display_filter=name, extra=list(extra))
        frames = sorted(int(r["frame.number"]) for r in rows)
        if frames:
            out[name] = frames
    return out


def stock_lines(path, extra=()):
    return rows_by_frame(path, STOCK[1:], extra=extra, plugin=False)


def expected(offer_frames, request, response, tls, accepted=True, two_pass=False):
    """The step table of one exchange: offers (the latest is linked), request, response, TLS."""
    final = (offer_frames[-1] if offer_frames else 0, request, response, tls)

    def links(upto):
        if two_pass:
            return final
        known = [final[0] if upto >= 1 else 0, request if upto >= 2 else 0,
                 response if upto >= 3 else 0, tls if upto >= 4 else 0]
        return tuple(known)
    out = {}
    for f in offer_frames:
        out[f] = (1,) + ((f, 0, 0, 0) if not two_pass else final)
    out[request] = (2,) + links(2)
    if response:
        out[response] = ((3 if accepted else 4),) + links(3)
    if tls:
        out[tls] = (5,) + links(4)
    return out


class Mail(unittest.TestCase):
    """Helpers shared by the capture tests."""

    def check_exchange(self, path, proto, offers, request, response, tls, accepted=True, extra=(),
                       stock_extra=None):
        # stock_extra: how stock tshark must be told the protocol (Decode As) when tlsedu's
        # heuristics find it by themselves
        stock = stock_lines(path, extra if stock_extra is None else stock_extra)
        # the request, the reply and the first TLS record, as stock tshark shows them
        req = stock[request]
        self.assertTrue(req["smtp.command_line"].upper().startswith("STARTTLS") or
                        "STARTTLS" in req["smtp.command_line"].upper().split("\\R\\N,") or
                        req["imap.request.command"].upper() == "STARTTLS" or
                        req["pop.request.command"].upper() == "STLS", req)
        rsp = stock[response]
        if proto == "SMTP":
            self.assertEqual(accepted, rsp["smtp.response.code"].startswith("2"), rsp)
        elif proto == "IMAP":
            self.assertIn(rsp["imap.response.status"], ("OK",) if accepted else ("NO", "BAD"))
        else:
            self.assertEqual("+OK" if accepted else "-ERR", rsp["pop.response.indicator"])
        for f in offers:
            s = stock[f]
            self.assertTrue("STARTTLS" in s["smtp.rsp.parameter"].split(",") or
                            ("CAPABILITY" in s["imap.line"] and "STARTTLS" in s["imap.line"]) or
                            proto == "POP3", s)
        if tls:
            self.assertIn("22", stock[tls]["tls.record.content_type"].split(","))
            first_tls = min(f for f, s in stock.items() if s["tls.record.content_type"])
            self.assertEqual(tls, first_tls)
        self.assertEqual(expected(offers, request, response, tls, accepted), steps(path, extra=extra))
        self.assertEqual(expected(offers, request, response, tls, accepted, two_pass=True),
                         steps(path, two_pass=True, extra=extra))
        rows = rows_by_frame(path, ["tlsedu.starttls.protocol", "tlsedu.security", "tlsedu.starttls.explain"],
                             extra=extra)
        for f in expected(offers, request, response, tls, accepted):
            self.assertEqual(proto, rows[f]["tlsedu.starttls.protocol"])
            self.assertGreater(len(rows[f]["tlsedu.starttls.explain"]), 40)
        return rows

    def check_security(self, rows, tls, accepted=True):
        """Frames from the first TLS frame after the acceptance carry security 5; before 1."""
        for f, r in rows.items():
            if not r["tlsedu.security"]:
                continue   # the lead's hand-off will annotate non-standard ports
            want = 5 if accepted and f >= tls else 1
            self.assertEqual(str(want), r["tlsedu.security"], "frame %d" % f)


class OwnCaptures(Mail):
    def test_smtp_25(self):
        path = harness.capture("smtp-starttls-25.pcap")
        rows = self.check_exchange(path, "SMTP", [8], 9, 10, 11)
        self.check_security(rows, 11)
        self.assertEqual({}, experts(path))

    def test_smtp_587(self):
        path = harness.capture("smtp-starttls-587.pcap")
        rows = self.check_exchange(path, "SMTP", [8], 9, 10, 11)
        self.check_security(rows, 11)
        # f17 AUTH PLAIN is inside TLS: no cleartext_credentials, with or without keys
        self.assertEqual({}, experts(path))
        self.assertEqual({}, experts(path, extra=harness.keylog_args(path)))

    def test_imap_143(self):
        path = harness.capture("imap-starttls-143.pcap")
        rows = self.check_exchange(path, "IMAP", [4, 8], 9, 11, 12)
        self.check_security(rows, 12)
        self.assertEqual({}, experts(path))

    def test_imap_tls12_143(self):
        path = harness.capture("imap-starttls-tls12-143.pcap")
        self.check_exchange(path, "IMAP", [4, 8], 9, 11, 12)
        self.assertEqual({}, experts(path, extra=harness.keylog_args(path)))

    def test_pop3_110(self):
        path = harness.capture("pop3-stls-110.pcap")
        # f8: the CAPA listing (stock: +OK, then the data lines, one of them STLS)
        rows = self.check_exchange(path, "POP3", [8], 9, 11, 12)
        self.check_security(rows, 12)
        self.assertEqual({}, experts(path))
        self.assertEqual({}, experts(path, extra=harness.keylog_args(path)))   # f22 PASS inside TLS

    def test_smtp_refused(self):
        path = harness.capture("smtp-starttls-refused-25.pcap")
        rows = self.check_exchange(path, "SMTP", [8], 9, 10, 0, accepted=False)
        self.check_security(rows, 0, accepted=False)
        self.assertEqual({"tlsedu.starttls.refused": [10]}, experts(path))

    def test_imap_refused_bad_not_offered(self):
        # f4 greeting's CAPABILITY lacks STARTTLS (stock imap.line), f9 STARTTLS, f11 BAD
        path = harness.capture("imap-starttls-refused-143.pcap")
        self.assertNotIn("STARTTLS", stock_lines(path)[4]["imap.line"])
        self.check_exchange(path, "IMAP", [], 9, 11, 0, accepted=False)
        self.assertEqual({"tlsedu.starttls.refused": [11], "tlsedu.starttls.not_offered": [9]}, experts(path))

    def test_pop3_refused_err_not_offered(self):
        path = harness.capture("pop3-stls-refused-110.pcap")
        self.check_exchange(path, "POP3", [], 9, 11, 0, accepted=False)
        self.assertEqual({"tlsedu.starttls.refused": [11], "tlsedu.starttls.not_offered": [9]}, experts(path))

    def test_injection_pipelined(self):
        # stock: f9 holds two smtp.command_line, STARTTLS and RSET
        path = harness.capture("smtp-starttls-injection-25.pcap")
        self.assertEqual("STARTTLS\\r\\n,RSET\\r\\n", stock_lines(path)[9]["smtp.command_line"])
        self.check_exchange(path, "SMTP", [8], 9, 10, 11)
        self.assertEqual({"tlsedu.starttls.injection": [9]}, experts(path))

    def test_cleartext_credentials(self):
        # STARTTLS offered, the client logs in without it: not_used on the first command
        # that goes on, cleartext_credentials on the frame carrying the secret; Wireshark's
        # own credentials tap (-z credentials) finds the same frames.
        cases = {
            "smtp-auth-cleartext-587.pcap": ({8: (1, 8, 0, 0, 0)}, [9], [9]),
            "imap-login-cleartext-143.pcap": ({4: (1, 4, 0, 0, 0), 8: (1, 8, 0, 0, 0)}, [9], [9]),
            "pop3-userpass-cleartext-110.pcap": ({8: (1, 8, 0, 0, 0)}, [9], [12]),
        }
        for name, (want_steps, not_used, creds) in cases.items():
            with self.subTest(name):
                path = harness.capture(name)
                self.assertEqual(want_steps, steps(path))
                self.assertEqual({"tlsedu.starttls.not_used": not_used,
                                  "tlsedu.cleartext_credentials": creds}, experts(path))
                # (the SMTP dissector reports AUTH PLAIN to the tap only with its decoding on)
                tap = harness.tshark(["-r", harness.readable(path), "-o", "smtp.decryption:TRUE",
                                      "-q", "-z", "credentials"], plugin=False,
                                  env_extra={"ASAN_OPTIONS": "detect_leaks=0"}).stdout  # Wireshark's tap leaks at exit
                tap_frames = [int(l.split()[0]) for l in tap.splitlines() if l.split() and l.split()[0].isdigit()]
                self.assertEqual(creds, tap_frames)

    def test_no_secret_in_texts(self):
        for name in ("smtp-auth-cleartext-587.pcap", "imap-login-cleartext-143.pcap",
                     "pop3-userpass-cleartext-110.pcap"):
            out = harness.tshark(["-r", harness.readable(harness.capture(name)), "-V"]).stdout
            ours = "\n".join(l for l in out.splitlines() if "tlsedu" in l.lower() or "cleartext" in l.lower())
            for secret in ("s3cret-Passw0rd", "AHN0dWRlbnQAczNjcmV0LVBhc3N3MHJk", "czNjcmV0"):
                self.assertNotIn(secret, ours)

    def test_negatives(self):
        # (FTP AUTH TLS and LDAP StartTLS have steps too: test_starttls_other.py)
        for name in ("https-tls13.pcap", "imaps-993.pcap", "smtps-465.pcap", "pop3s-995.pcap",
                     "ftp-cleartext-21.pcap", "ldap-simple-bind-389.pcap", "dns-53.pcap"):
            with self.subTest(name):
                path = harness.capture(name)
                self.assertEqual({}, steps(path))
                self.assertEqual({}, {k: v for k, v in experts(path).items() if k.startswith("tlsedu.starttls")})


class NonStandardPorts(Mail):
    """SMTP on 2525, IMAP on 1143, POP3 on 1110: tlsedu's heuristics hand them to Wireshark's
    mail dissectors (issue 3), no Decode As here."""

    def test_smtp_2525(self):
        self.check_exchange(harness.capture("smtp-starttls-2525.pcap"), "SMTP", [8], 9, 10, 11,
                            stock_extra=["-d", "tcp.port==2525,smtp"])

    def test_imap_1143(self):
        self.check_exchange(harness.capture("imap-starttls-1143.pcap"), "IMAP", [4, 8], 9, 11, 12,
                            stock_extra=["-d", "tcp.port==1143,imap"])

    def test_pop3_1110(self):
        self.check_exchange(harness.capture("pop3-stls-1110.pcap"), "POP3", [8], 9, 11, 12,
                            stock_extra=["-d", "tcp.port==1110,pop"])


class NonStandardPortsDecodeAs(Mail):
    """The same captures with Decode As: the same steps whichever way they are dissected."""

    def test_smtp_2525(self):
        self.check_exchange(harness.capture("smtp-starttls-2525.pcap"), "SMTP", [8], 9, 10, 11,
                            extra=["-d", "tcp.port==2525,smtp"])

    def test_imap_1143(self):
        self.check_exchange(harness.capture("imap-starttls-1143.pcap"), "IMAP", [4, 8], 9, 11, 12,
                            extra=["-d", "tcp.port==1143,imap"])

    def test_pop3_1110(self):
        self.check_exchange(harness.capture("pop3-stls-1110.pcap"), "POP3", [8], 9, 11, 12,
                            extra=["-d", "tcp.port==1110,pop"])


class PublicCorpus(Mail):
    def setUp(self):
        self.public = harness.require_public(self)

    def pub(self, *parts):
        return os.path.join(self.public, *parts)

    def test_zeek_smtp(self):
        path = self.pub("zeek", "tls", "smtp-starttls.pcap")
        self.check_exchange(path, "SMTP", [8], 10, 11, 13)
        self.assertEqual({}, experts(path))

    def test_zeek_imap(self):
        path = self.pub("zeek", "tls", "imap-starttls.pcap")
        self.check_exchange(path, "IMAP", [4, 8], 10, 11, 14)
        self.assertEqual({}, experts(path))

    def test_zeek_pop3(self):
        # no CAPA before STLS (stock: f5 greeting, f7 STLS, f9 +OK, f11 ClientHello)
        path = self.pub("zeek", "tls", "pop3-starttls.pcap")
        self.check_exchange(path, "POP3", [], 7, 9, 11)
        self.assertEqual({}, experts(path))

    def test_ndpi_pop3(self):
        path = self.pub("ndpi", "pop3_stls.pcap")
        self.check_exchange(path, "POP3", [10], 11, 12, 13)
        self.assertEqual({}, experts(path))

    def test_ndpi_smtp_two_upgrades(self):
        # two connections (tcp.stream 0 and 1), one upgrade each
        path = self.pub("ndpi", "smtp-starttls.pcap")
        want = expected([8], 9, 10, 11)
        want.update(expected([43], 44, 45, 46))
        self.assertEqual(want, steps(path))
        want2 = expected([8], 9, 10, 11, two_pass=True)
        want2.update(expected([43], 44, 45, 46, two_pass=True))
        self.assertEqual(want2, steps(path, two_pass=True))
        streams = rows_by_frame(path, ["tcp.stream"])
        self.assertEqual(("0", "1"), (streams[9]["tcp.stream"], streams[44]["tcp.stream"]))
        self.assertEqual({}, experts(path))

    def test_suricata_rset_starttls(self):
        # f6 "rset\nstaRttLs\n" pipelined in one segment: f7 250 answers RSET, f9 220 answers
        # STARTTLS; nothing follows STARTTLS, so no injection. The bare "250" EHLO reply (f5)
        # lists no STARTTLS: not_offered.
        path = self.pub("suricata-verify", "smtp-rset-starttls", "input.pcap")
        self.assertEqual({6: (2, 0, 6, 0, 0), 9: (3, 0, 6, 9, 0)}, steps(path))
        self.assertEqual({6: (2, 0, 6, 9, 0), 9: (3, 0, 6, 9, 0)}, steps(path, two_pass=True))
        self.assertEqual({"tlsedu.starttls.not_offered": [6]}, experts(path))

    def test_public_negatives(self):
        for parts in (("ndpi", "imaps.pcap"), ("ndpi", "smtp.pcap"), ("zeek", "pop3", "pop3.pcap")):
            with self.subTest(parts):
                path = self.pub(*parts)
                self.assertEqual({}, {f: s for f, s in steps(path).items() if s[0] >= 2})


if __name__ == "__main__":
    unittest.main()
