"""The preferences tlsedu.language and tlsedu.info_column on real captures.

The Info column is checked against stock tshark's own Info column (the plugin folder
empty): with the preference on, tlsedu only appends one bracket to the frames that carry
TLS records, listing their stages (known from the messages stock tshark shows in that
frame); with it off, the column is exactly stock's, in one pass and in two.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import unittest

import harness

TLS13 = "https-tls13.pcap"
RSA = "https-tls12-rsa.pcap"

# https-tls13.pcap with its key log: what stock tshark shows in each frame, as stages.
TLS13_STAGES_EN = {
    4: "[stage 1: client proposes]",                                      # Client Hello
    6: "[stages 2, 9, 3, 5: server chooses, compatibility record, "       # Server Hello, CCS,
       "server proves its identity, handshake finished]",                 # EE, Cert, CV, Finished
    8: "[stages 9, 5: compatibility record, handshake finished]",         # CCS, Finished
    9: "[stage 8: after the handshake]",                                  # New Session Ticket
    10: "[stage 8: after the handshake]",
    11: "[stage 6: application data, decrypted here by Wireshark]",         # GET / (key log)
    12: "[stage 6: application data, decrypted here by Wireshark]",         # 200 OK
    13: "[stage 10: alert]",                                              # close_notify
}
TLS13_STAGES_FR = {
    4: "[phase 1\u00a0: le client propose]",
    6: "[phases 2, 9, 3, 5\u00a0: le serveur choisit, enregistrement de compatibilité, "
       "le serveur prouve son identité, négociation terminée]",
    8: "[phases 9, 5\u00a0: enregistrement de compatibilité, négociation terminée]",
    9: "[phase 8\u00a0: après la négociation]",
    10: "[phase 8\u00a0: après la négociation]",
    11: "[phase 6\u00a0: données applicatives, déchiffrées ici par Wireshark]",
    12: "[phase 6\u00a0: données applicatives, déchiffrées ici par Wireshark]",
    13: "[phase 10\u00a0: alerte]",
}


def info(name, plugin=True, extra=(), two_pass=False):
    path = harness.capture(name)
    return harness.info_column(path, extra=harness.keylog_args(path) + list(extra), plugin=plugin,
                               two_pass=two_pass)


class InfoColumnTest(unittest.TestCase):
    def check_appended(self, expected, lang_args, two_pass=False):
        stock = info(TLS13, plugin=False, two_pass=two_pass)
        ours = info(TLS13, extra=lang_args, two_pass=two_pass)
        self.assertEqual(sorted(stock), sorted(ours))
        for frame, text in stock.items():
            if frame in expected:
                self.assertEqual(text + " " + expected[frame], ours[frame], "frame %d" % frame)
            else:
                self.assertEqual(text, ours[frame], "frame %d" % frame)

    def test_english(self):
        self.assertTrue(info(TLS13, plugin=False)[4].startswith("Client Hello"))   # stock's text
        self.check_appended(TLS13_STAGES_EN, [])

    def test_french(self):
        self.check_appended(TLS13_STAGES_FR, ["-o", "tlsedu.language:fr"])

    def test_two_passes(self):
        self.check_appended(TLS13_STAGES_EN, [], two_pass=True)

    def test_start(self):
        # tlsedu.info_column_position start (the profile's choice): the same bracket, first
        stock = info(TLS13, plugin=False)
        ours = info(TLS13, extra=["-o", "tlsedu.info_column_position:start"])
        for frame, text in stock.items():
            if frame in TLS13_STAGES_EN:
                self.assertEqual(TLS13_STAGES_EN[frame] + " " + text, ours[frame], "frame %d" % frame)
            else:
                self.assertEqual(text, ours[frame], "frame %d" % frame)

    def test_without_keys_nothing_is_said_decrypted(self):
        path = harness.capture(TLS13)
        ours = harness.info_column(path)
        self.assertTrue(ours[11].endswith("[stage 6: application data]"), ours[11])

    def test_off_is_stock(self):
        for two_pass in (False, True):
            self.assertEqual(info(TLS13, plugin=False, two_pass=two_pass),
                             info(TLS13, extra=["-o", "tlsedu.info_column:FALSE"], two_pass=two_pass))
            self.assertEqual(info(RSA, plugin=False, two_pass=two_pass),
                             info(RSA, extra=["-o", "tlsedu.info_column:FALSE"], two_pass=two_pass))

    def test_off_summary_output_is_stock(self):
        """The default summary lines (No., Time, Source, Destination, Protocol, Length, Info)."""
        path = harness.readable(harness.capture(RSA))
        stock = harness.tshark(["-r", path], plugin=False).stdout
        off = harness.tshark(["-r", path, "-o", "tlsedu.info_column:FALSE"]).stdout
        on = harness.tshark(["-r", path]).stdout
        self.assertEqual(stock, off)
        self.assertNotEqual(stock, on)
        self.assertRegex(on, r"Client Hello( \(SNI=localhost\))? \[stage 1: client proposes\]")   # 4.4 adds the SNI


class LanguageTest(unittest.TestCase):
    def explain(self, frame, extra):
        path = harness.capture(RSA)
        rows = harness.fields(path, ["frame.number", "tlsedu.explain", "tlsedu.service.explain"],
                              display_filter="frame.number == %d" % frame, extra=extra)
        return rows[0]

    def test_french_explanations(self):
        r = self.explain(4, ["-o", "tlsedu.language:fr"])
        self.assertTrue(r["tlsedu.explain"].startswith("Le client propose\u00a0:"), r)
        self.assertIn("premier octet", r["tlsedu.service.explain"])

    def test_french_warning(self):
        rows = harness.fields(harness.capture(RSA), ["frame.number", "_ws.expert.message"],
                              display_filter="tlsedu.no_forward_secrecy", extra=["-o", "tlsedu.language:fr"])
        self.assertEqual([6], [int(r["frame.number"]) for r in rows])
        self.assertIn("Pas de confidentialité persistante (transport de clé RSA)", rows[0]["_ws.expert.message"])

    def test_english_by_default(self):
        self.assertTrue(self.explain(4, [])["tlsedu.explain"].startswith("The client proposes:"))
        rows = harness.fields(harness.capture(RSA), ["_ws.expert.message"],
                              display_filter="tlsedu.no_forward_secrecy")
        self.assertIn("No forward secrecy (RSA key transport)", rows[0]["_ws.expert.message"])

    def test_unknown_language_is_reported_and_english_used(self):
        path = harness.readable(harness.capture(RSA))
        proc = harness.tshark(["-r", path, "-o", "tlsedu.language:de", "-Y", "tlsedu.unknown_language",
                               "-T", "fields", "-e", "frame.number", "-e", "tlsedu.explain"])
        self.assertIn('unknown tlsedu.language "de"', proc.stderr)
        lines = proc.stdout.splitlines()
        self.assertTrue(lines)      # every annotated frame carries the note
        frame4 = [l for l in lines if l.startswith("4\t")][0]
        self.assertIn("The client proposes:", frame4)
        # no note with a known value
        ok = harness.tshark(["-r", path, "-o", "tlsedu.language:fr", "-Y", "tlsedu.unknown_language"])
        self.assertEqual("", ok.stdout)
        self.assertNotIn("unknown tlsedu.language", ok.stderr)

    def test_preferences_are_registered(self):
        out = harness.tshark(["-G", "defaultprefs"]).stdout
        self.assertIn('#tlsedu.language: en', out)
        self.assertIn('#tlsedu.info_column: TRUE', out)
        self.assertRegex(out, r'#tlsedu.info_column_position: (end|After Wireshark)')   # 4.0 writes the description


if __name__ == "__main__":
    unittest.main()
