"""The "tlsedu" configuration profile (profile/tlsedu), as cmake --install lays it out.

The profile is installed with DESTDIR into a temporary folder, that folder's profiles are
given to tshark as its global data folder (WIRESHARK_DATA_DIR), and `tshark -C tlsedu` must
pick the profile from there (tshark copies a global profile into the user's folder) and show
its columns, with the values tlsedu's own fields have. Every coloring rule must compile
with the built plugin, except the rules naming warnings of the STARTTLS, certificate and
content-check work that this build does not register yet (a rule that does not compile is
only disabled by Wireshark, with a warning, not the whole file).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import harness

PROFILE = os.path.join(harness.SOURCE_DIR, "profile", "tlsedu")
# Warnings of the other issues (contract names); their rules compile once those are merged.
PENDING = {"tlsedu.starttls.injection", "tlsedu.cleartext_credentials", "tlsedu.cert.expired",
           "tlsedu.cert.name_mismatch", "tlsedu.starttls.refused", "tlsedu.starttls.not_used",
           "tlsedu.starttls.tls_after_refusal", "tlsedu.starttls.no_tls", "tlsedu.service.mismatch",
           "tlsedu.starttls.not_offered"}


def installed_data_dir():
    """A world-readable Wireshark data folder holding the installed profiles folder."""
    dest = tempfile.mkdtemp(prefix="tlsedu-destdir-")
    try:
        env = dict(os.environ, DESTDIR=dest)
        subprocess.run(["cmake", "--install", harness.BUILD_DIR], env=env, check=True,
                       capture_output=True)
        found = [d for d, _, files in os.walk(dest) if os.path.basename(d) == "tlsedu" and "preferences" in files]
        if len(found) != 1:
            raise AssertionError("cmake --install put no single tlsedu profile under %s: %s" % (dest, found))
        data = os.path.join(harness.sandbox()["root"], "data")
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(os.path.dirname(found[0]), os.path.join(data, "profiles"))
        for d, dirs, files in os.walk(data):
            os.chmod(d, 0o755)
            for f in files:
                os.chmod(os.path.join(d, f), 0o644)
        return data, found[0][len(dest):]
    finally:
        shutil.rmtree(dest, ignore_errors=True)


class ProfileTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data, cls.install_path = installed_data_dir()
        cls.home = os.path.join(harness.sandbox()["root"], "profile-home")
        shutil.rmtree(cls.home, ignore_errors=True)
        os.makedirs(cls.home)
        os.chmod(cls.home, 0o777)
        cls.env = {"WIRESHARK_DATA_DIR": cls.data, "HOME": cls.home}

    def test_installed_into_the_global_profiles_folder(self):
        # Debian: /usr/share/wireshark/profiles/tlsedu ("Global configuration" + /profiles)
        out = subprocess.run(["tshark", "-G", "folders"], capture_output=True, text=True).stdout
        global_dir = re.search(r"^Global configuration:\s*(\S.*)$", out, re.M).group(1).strip()
        self.assertEqual(os.path.join(global_dir, "profiles", "tlsedu"), self.install_path)

    def test_columns(self):
        path = harness.capture("https-tls13.pcap")
        args = ["-C", "tlsedu", "-r", harness.readable(path)] + harness.keylog_args(path)
        # the fields the profile's custom columns show (-T fields names custom columns
        # differently from one Wireshark version to the next: read the summary lines)
        rows = {int(r["frame.number"]): r for r in harness.fields(
            path, ["frame.number", "tlsedu.stage", "tlsedu.stages", "tlsedu.service", "tlsedu.info"],
            extra=harness.keylog_args(path))}
        self.assertEqual(("1", "HTTPS"), (rows[4]["tlsedu.stage"], rows[4]["tlsedu.service"]))
        self.assertEqual("2,9,2,3,3,5", rows[6]["tlsedu.stage"])   # SH, CCS, EE, Cert, CV, Finished
        self.assertEqual("2, 9, 3, 5", rows[6]["tlsedu.stages"])   # one value per frame, each stage once
        self.assertEqual("[stages 2, 9, 3, 5: server chooses, compatibility record, server proves its identity, "
                         "handshake finished]", rows[6]["tlsedu.info"])
        self.assertEqual("[stage 6: application data, decrypted here by Wireshark]", rows[11]["tlsedu.info"])
        # the summary output shows the profile's columns, in its order: the short security
        # word, then Info beginning with the bracket (tlsedu.info_column_position: start)
        summary = harness.tshark(args, env_extra=self.env).stdout.splitlines()
        line4 = [l for l in summary if l.split()[0] == "4"][0]
        self.assertRegex(line4, r"TLSv1 +HTTPS +implicit TLS +\[stage 1: client proposes\] Client Hello( \(SNI=localhost\))? *$")   # 4.6: SNI
        line6 = [l for l in summary if l.split()[0] == "6"][0]
        self.assertRegex(line6, r"HTTPS +implicit TLS +\[stages 2, 9, 3, 5: server chooses, .*\] Server Hello, "
                                r"Change Cipher Spec, .*Finished")
        self.assertEqual(1, line6.count("[stages"))
        # without the profile: stock columns
        stock = harness.tshark(["-r", harness.readable(path)], env_extra={"HOME": self.home}).stdout
        self.assertNotIn("implicit TLS", stock)

    def colours(self, name):
        path = harness.capture(name)
        out = harness.tshark(["-C", "tlsedu", "--color", "-r", harness.readable(path), "-T", "fields",
                              "-e", "frame.number", "-e", "frame.coloring_rule.name"] + harness.keylog_args(path),
                             env_extra=self.env).stdout
        return {int(l.split("\t")[0]): l.split("\t")[1] for l in out.splitlines()}

    def test_colours_keep_the_stage_and_show_the_warning(self):
        rsa = self.colours("https-tls12-rsa.pcap")
        # the RSA ServerHello (no forward secrecy): stage 2's background, the warning's text
        self.assertEqual("tlsedu warning on stage 2: server chooses", rsa[6])
        self.assertEqual("tlsedu stage 1: client proposes", rsa[4])
        self.assertEqual("tlsedu stage 10: alert", rsa[12])            # close_notify: not a failure
        failed = self.colours("tls-unknown-ca.pcap")
        self.assertIn("tlsedu warning on a fatal alert", failed.values())
        # the STARTTLS steps have their own colour: offer, request, answer
        imap = self.colours("imap-starttls-143.pcap")
        steps = [int(r["frame.number"]) for r in harness.fields(harness.capture("imap-starttls-143.pcap"),
                                                                ["frame.number"], display_filter="tlsedu.starttls.step")]
        self.assertGreaterEqual(len(steps), 3)
        self.assertEqual({"tlsedu STARTTLS step"}, {imap[n] for n in steps if n not in
                                                     self.stage_frames("imap-starttls-143.pcap")})
        refused = self.colours("imap-starttls-refused-143.pcap")
        self.assertIn("tlsedu warning on a STARTTLS step", refused.values())

    def stage_frames(self, name):
        return {int(r["frame.number"]) for r in harness.fields(harness.capture(name), ["frame.number"],
                                                               display_filter="tlsedu.stage")}

    def test_coloring_rules_compile(self):
        rules = [l.rstrip("\n") for l in open(os.path.join(PROFILE, "colorfilters"), encoding="utf-8")
                 if l.startswith("@")]
        ours = [r for r in rules if "tlsedu" in r.split("@")[2]]
        stages = {int(m.group(1)) for r in ours for m in [re.search(r"tlsedu\.stage == (\d+)@", r)] if m}
        self.assertEqual(set(range(1, 11)), stages)
        registered = {l.split("\t")[2] for l in harness.tshark(["-G", "fields"]).stdout.splitlines()
                      if l.count("\t") >= 2}
        # the warnings (tlsedu.warnings: every kind of warning), the STARTTLS steps, the attack
        for name in ("tlsedu.warnings", "tlsedu.starttls.step", "tlsedu.starttls.injection"):
            self.assertTrue(any(r.split("@")[2] == name for r in ours), name)
        capture = harness.readable(harness.capture("https-tls12-rsa.pcap"))
        for rule in rules:
            _, name, flt, colours = rule.split("@")
            self.assertRegex(colours, r"^\[\d+,\d+,\d+\]\[\d+,\d+,\d+\]$")
            names = set(re.findall(r"tlsedu(?:\.[a-z_0-9]+)+", flt))
            if names - registered:
                self.assertLessEqual(names - registered, PENDING, rule)
                continue
            proc = harness.tshark(["-r", capture, "-c", "1", "-Y", flt], check=False)
            self.assertEqual(0, proc.returncode, "%s: %s" % (rule, proc.stderr))
        # and tshark --color with the profile reports only the pending rules
        proc = harness.tshark(["-C", "tlsedu", "--color", "-r", capture, "-c", "1"], env_extra=self.env)
        failed = set(re.findall(r'Could not compile "([^"]+)"', proc.stderr))
        for rule in rules:
            if rule.split("@")[1] in failed:
                self.assertTrue(set(re.findall(r"tlsedu(?:\.[a-z_0-9]+)+", rule.split("@")[2])) & PENDING, rule)

    def test_heuristics_file(self):
        lines = open(os.path.join(PROFILE, "heuristic_protos"), encoding="utf-8").read().splitlines()
        for line in lines:
            self.assertRegex(line, r"^[a-z0-9_]+,1$")           # Wireshark's format: short_name,enabled
        self.assertIn("tls_tcp,1", lines)
        # -G heuristic-decodes names the protocol, not the short name: Wireshark's TLS
        # heuristic on TCP is "tls_tcp" (epan/dissectors/packet-tls.c)
        heur = ["\t".join(l.split("\t")[:3]) for l in harness.tshark(["-G", "heuristic-decodes"]).stdout.splitlines()]
        self.assertIn("tcp\ttls\tT", heur)   # (Wireshark 4.4 adds columns: the first three)


if __name__ == "__main__":
    unittest.main()
