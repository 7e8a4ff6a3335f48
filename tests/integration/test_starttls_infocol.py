"""The STARTTLS step in the Info column (tlsedu.info_column, issue 4): appended after what
Wireshark wrote, the same in one pass and two, in English or French, and nothing with the
preference off. Frames: captures/README.md (smtp-starttls-25: f8 offer, f9 STARTTLS, f10
220, f11 ClientHello), checked against stock tshark's Info column, which must be a prefix.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import unittest

import harness

STEPS = {8: (1, "offered", "proposé"), 9: (2, "requested", "demandé"),
         10: (3, "accepted", "accepté"), 11: (5, "TLS started", "TLS démarré")}


def info(path, extra=(), plugin=True, two_pass=False):
    return harness.info_column(path, extra=extra, plugin=plugin, two_pass=two_pass)


class InfoColumn(unittest.TestCase):
    path = harness.capture("smtp-starttls-25.pcap")

    def test_english_one_and_two_passes(self):
        stock = info(self.path, plugin=False)
        for two_pass in (False, True):
            ours = info(self.path, two_pass=two_pass)
            for f, (n, en, _) in STEPS.items():
                with self.subTest(frame=f, two_pass=two_pass):
                    self.assertTrue(ours[f].startswith(stock[f]), (ours[f], stock[f]))
                    self.assertIn("[STARTTLS step %d: %s]" % (n, en), ours[f])
            self.assertNotIn("STARTTLS step", ours[4])   # the banner is no step

    def test_french(self):
        ours = info(self.path, extra=["-o", "tlsedu.language:fr"])
        for f, (n, _, fr) in STEPS.items():
            self.assertIn("[avancement STARTTLS %d\u00a0: %s]" % (n, fr), ours[f])

    def test_off(self):
        stock = info(self.path, plugin=False)
        ours = info(self.path, extra=["-o", "tlsedu.info_column:FALSE"])
        for f in STEPS:
            self.assertEqual(stock[f], ours[f])


if __name__ == "__main__":
    unittest.main()
