"""Issue 16, the course's steps: tlsedu.course_step and tlsedu.course_note per message and
version, against what stock Wireshark shows in the same frame.

The course notes (../shared/course-notes, 000_*.txt) tell a TLS negotiation in six steps,
RSA-era: 2 browser and server communicate, 3 the server shares its certificate and public
key, 4 the browser checks it, 5 a session key travels encrypted with the server's public key
and the server acknowledges, 6 data encrypted with the session key. The README's table maps
every message; here, per capture:

- TLS 1.2 RSA: ClientKeyExchange is step 5, "this pre-master secret" (RFC 5246 7.4.7.1, 8.1);
- TLS 1.2 ECDHE: ServerKeyExchange and ClientKeyExchange are step 5, "no session key travels";
- TLS 1.3: the hellos are step 2 and say the key shares do step 5's work (RFC 8446 4.2.8);
- resumption: the ServerHello says steps 3 and 4 are skipped (RFC 5246 7.3; 1.3 may add a key exchange);
- mTLS: the server's CertificateRequest is in no step of the notes;
- STARTTLS: the cleartext frames before the ClientHello carry no step.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import unittest
import xml.etree.ElementTree as ET

import harness

STEP_OF = {1: 2, 2: 2, 11: 3, 16: 5, 20: 5}   # ClientHello, ServerHello, Certificate, CKE, Finished


def items(name, lang="en"):
    """frame -> [(message, step or None, note or None)] from tlsedu's stage items (PDML)."""
    path = harness.capture(name)
    args = ["-r", harness.readable(path), "-T", "pdml", "-o", "tlsedu.language:" + lang] + harness.keylog_args(path)
    out = {}
    for packet in ET.fromstring(harness.tshark(args).stdout).iter("packet"):
        frame = int(next(f.get("show") for f in packet.iter("field") if f.get("name") == "frame.number"))
        for stage in packet.iter("field"):
            if stage.get("name") != "tlsedu.stage":
                continue
            kids = {c.get("name"): c.get("show") for c in stage if c.get("name")}
            step = kids.get("tlsedu.course_step")
            out.setdefault(frame, []).append((kids.get("tlsedu.message"), int(step) if step else None,
                                              kids.get("tlsedu.course_note")))
    return out


def stock(name):
    """frame -> (handshake types, record content types, suite name) as stock tshark shows them."""
    path = harness.capture(name)
    rows = harness.fields(path, ["frame.number", "tls.handshake.type", "tls.record.content_type",
                                 "tls.handshake.ciphersuite"], extra=harness.keylog_args(path), plugin=False)
    return {int(r["frame.number"]): ([int(t) for t in r["tls.handshake.type"].split(",") if t],
                                     [int(t) for t in r["tls.record.content_type"].split(",") if t])
            for r in rows}


def of(frame_items, message):
    return [(s, n) for m, s, n in frame_items if m == message]


class CourseSteps(unittest.TestCase):
    def check_common(self, name):
        mine, theirs = items(name), stock(name)
        for f, (types, cts) in theirs.items():
            for t, step in STEP_OF.items():
                if t in types and t != 11:
                    msg = {1: "ClientHello", 2: "ServerHello", 16: "ClientKeyExchange", 20: "Finished"}[t]
                    got = of(mine.get(f, []), msg)
                    self.assertTrue(got, (name, f, msg))
                    self.assertTrue(all(s == step for s, _ in got), (name, f, msg, got))
            if 23 in cts and 22 not in cts:   # decrypted application data
                self.assertIn(6, [s for _, s, _ in mine.get(f, [])], (name, f))
        return mine, theirs

    def test_tls12_rsa(self):
        mine, theirs = self.check_common("https-tls12-rsa.pcap")
        f = next(f for f, (t, _) in theirs.items() if 16 in t)
        step, note = of(mine[f], "ClientKeyExchange")[0]
        self.assertIn("is this pre-master secret", note)
        fr = items("https-tls12-rsa.pcap", "fr")
        self.assertTrue(of(fr[f], "ClientKeyExchange")[0][1].startswith("Étape 5 du cours\u00a0:"))

    def test_tls12_ecdhe(self):
        mine, theirs = self.check_common("https-tls12-ecdhe.pcap")
        f = next(f for f, (t, _) in theirs.items() if 12 in t)
        self.assertEqual(5, of(mine[f], "ServerKeyExchange")[0][0])
        f = next(f for f, (t, _) in theirs.items() if 16 in t)
        self.assertIn("no session key travels, not even encrypted", of(mine[f], "ClientKeyExchange")[0][1])
        self.assertNotIn("pre-master", of(mine[f], "ClientKeyExchange")[0][1])
        # step 3 and where step 4 shows; ServerHelloDone illustrates no step
        f = next(f for f, (t, _) in theirs.items() if 11 in t)
        step, note = of(mine[f], "Certificate")[0]
        self.assertEqual(3, step)
        self.assertIn("Step 4, the check, happens inside the client", note)
        self.assertIsNone(of(mine[f], "ServerHelloDone")[0][0])

    def test_tls13(self):
        mine, theirs = self.check_common("https-tls13.pcap")
        f = next(f for f, (t, _) in theirs.items() if 1 in t)
        self.assertIn("if the server picks TLS 1.3 and one of these groups, these key shares do step 5's work", of(mine[f], "ClientHello")[0][1])
        f = next(f for f, (t, _) in theirs.items() if 2 in t)
        self.assertIn("replaces the notes' step 5", of(mine[f], "ServerHello")[0][1])
        self.assertEqual(3, of(mine[f], "CertificateVerify")[0][0])
        self.assertIn("(in TLS 1.3 under the handshake keys), sent before the client's", of(mine[f], "Finished")[0][1])
        for rows in mine.values():
            self.assertFalse(any(n and "pre-master" in n for _, _, n in rows))

    def test_resumption(self):
        mine, theirs = self.check_common("tls12-resume-ticket.pcap")
        # the second connection: a ServerHello without a Certificate in its flight (stock)
        resumed = [f for f, (t, _) in theirs.items() if 2 in t and 11 not in t]
        self.assertTrue(resumed)
        self.assertIn("steps 3 and 4 are skipped", of(mine[resumed[0]], "ServerHello")[0][1])

    def test_mutual_tls(self):
        mine, theirs = self.check_common("tls13-client-cert.pcap")
        f = next(f for f, (t, _) in theirs.items() if 13 in t)
        step, note = of(mine[f], "CertificateRequest")[0]
        self.assertIsNone(step)
        self.assertIn("Not in the six steps", note)

    def test_starttls_cleartext_has_no_step(self):
        mine, theirs = self.check_common("smtp-starttls-25.pcap")
        first_tls = min(f for f, (t, _) in theirs.items() if 1 in t)
        self.assertFalse([f for f in mine if f < first_tls and any(s for _, s, _ in mine[f])])
        self.assertEqual(2, of(mine[first_tls], "ClientHello")[0][0])

    def test_starttls_request_carries_the_notes_special_command(self):
        """The request frame (the client's STARTTLS / STLS / AUTH TLS, as Wireshark reads it)
        carries the notes' "special command" and the port; no other frame does."""
        # Wireshark 4.0's SMTP dissector reads "STARTTLS" as command "STAR", parameter "TLS"
        for name, command, fields in (("smtp-starttls-25.pcap", "STARTTLS", ["smtp.req.command", "smtp.req.parameter"]),
                                      ("pop3-stls-110.pcap", "STLS", ["pop.request.command"]),
                                      ("imap-starttls-143.pcap", "STARTTLS", ["imap.request.command"])):
            path = harness.capture(name)
            theirs = harness.fields(path, ["frame.number"] + fields, plugin=False)
            requests = {int(r["frame.number"]) for r in theirs
                        if "".join(r[f] for f in fields).upper() in (command, "STARTLS")}
            self.assertEqual(1, len(requests), name)
            for lang, words in (("en", 'this %s is the "special command"' % command),
                                ("ru", "«произвольный» из конспекта")):
                ours = harness.fields(path, ["frame.number", "tlsedu.starttls.course_note"],
                                      extra=["-o", "tlsedu.language:" + lang])
                noted = {int(r["frame.number"]) for r in ours if r["tlsedu.starttls.course_note"]}
                self.assertEqual(requests, noted, (name, lang))
                self.assertTrue(all(words in r["tlsedu.starttls.course_note"] for r in ours
                                    if r["tlsedu.starttls.course_note"]), (name, lang))


if __name__ == "__main__":
    unittest.main()
