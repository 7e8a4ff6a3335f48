"""The plugin loads into the real tshark and registers its protocol and fields as the
issues name them, each with a description a student can read (tshark -G fields).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import unittest

import harness

# name -> (type, base) as tshark -G fields prints them (no base for strings): a contract
# other tools rely on.
CONTRACT = {
    "tlsedu.data.early_kind": ("FT_UINT8", "BASE_DEC"),
    "tlsedu.service": ("FT_STRING", ""),
    "tlsedu.service.port": ("FT_UINT16", "BASE_DEC"),
    "tlsedu.security": ("FT_UINT8", "BASE_DEC"),
    "tlsedu.secure_alternative": ("FT_STRING", ""),
    "tlsedu.service.explain": ("FT_STRING", ""),
    "tlsedu.service.evidence": ("FT_UINT8", "BASE_DEC"),
    "tlsedu.cert.subject": ("FT_STRING", ""),
    "tlsedu.cert.issuer": ("FT_STRING", ""),
    "tlsedu.cert.not_before": ("FT_ABSOLUTE_TIME", ""),
    "tlsedu.cert.not_after": ("FT_ABSOLUTE_TIME", ""),
    "tlsedu.cert.self_signed": ("FT_BOOLEAN", "0"),   # a boolean's "base" is its bit width
    "tlsedu.cert.san": ("FT_STRING", ""),
    "tlsedu.cert.chain_length": ("FT_UINT8", "BASE_DEC"),
    "tlsedu.cert.key": ("FT_STRING", ""),
    "tlsedu.cert.signature_algorithm": ("FT_STRING", ""),
    "tlsedu.hello.versions_offered": ("FT_STRING", ""),
    "tlsedu.hello.suites_offered": ("FT_UINT16", "BASE_DEC"),
    "tlsedu.hello.key_share": ("FT_STRING", ""),
    "tlsedu.hello.alpn": ("FT_STRING", ""),
    "tlsedu.hello.retry_group": ("FT_STRING", ""),
    "tlsedu.handshake.group": ("FT_STRING", ""),
    "tlsedu.signature_algorithm": ("FT_STRING", ""),
    "tlsedu.course_step": ("FT_UINT8", "BASE_DEC"),
    "tlsedu.course_note": ("FT_STRING", ""),
    # STARTTLS (issue 4)
    "tlsedu.starttls.step": ("FT_UINT8", "BASE_DEC"),
    "tlsedu.starttls.protocol": ("FT_STRING", ""),
    "tlsedu.starttls.offer_frame": ("FT_FRAMENUM", ""),
    "tlsedu.starttls.request_frame": ("FT_FRAMENUM", ""),
    "tlsedu.starttls.response_frame": ("FT_FRAMENUM", ""),
    "tlsedu.starttls.tls_frame": ("FT_FRAMENUM", ""),
    "tlsedu.starttls.explain": ("FT_STRING", ""),
}


# Expert infos, filterable by these names.
EXPERT_INFOS = {"tlsedu.handshake_failed", "tlsedu.weak_version", "tlsedu.no_forward_secrecy", "tlsedu.weak_cipher",
                "tlsedu.service.mismatch", "tlsedu.http.redirect_to_https", "tlsedu.http.hsts",
                "tlsedu.unknown_language",
                "tlsedu.cert.expired", "tlsedu.cert.name_mismatch"}
EXPERT_INFOS |= {"tlsedu.starttls.refused", "tlsedu.starttls.not_used", "tlsedu.starttls.not_offered",
                 "tlsedu.starttls.tls_after_refusal", "tlsedu.starttls.injection", "tlsedu.starttls.no_tls",
                 "tlsedu.cleartext_credentials", "tlsedu.cleartext_challenge_login"}


class RegistrationTest(unittest.TestCase):
    def test_plugin_is_loaded(self):
        out = harness.tshark(["-G", "plugins"]).stdout
        self.assertRegex(out, r"tlsedu\.so\s+\d+\.\d+\.\d+\s+dissector")
        self.assertNotIn("tlsedu", harness.tshark(["-G", "plugins"], plugin=False).stdout)

    def test_protocol_names(self):
        # The first three columns; Wireshark 4.4 added three more (enabled, heuristics...).
        protocols = {tuple(l.split("\t")[:3]) for l in harness.tshark(["-G", "protocols"]).stdout.splitlines()}
        self.assertTrue(("TLS Classroom", "TLSEDU", "tlsedu") in protocols)

    def test_fields_contract_and_descriptions(self):
        rows = [l.split("\t") for l in harness.tshark(["-G", "fields"]).stdout.splitlines()]
        ours = {r[2]: r for r in rows if r[0] == "F" and r[2].startswith("tlsedu")}
        for name, (ftype, base) in CONTRACT.items():
            self.assertIn(name, ours)
            self.assertEqual(ftype, ours[name][3], name)
            self.assertEqual(base, ours[name][5], name)
        for name, row in ours.items():
            self.assertTrue(name.startswith("tlsedu."), name)
            if name in EXPERT_INFOS:
                continue  # Wireshark 4.6 lists expert infos as fields, their text is elsewhere
            self.assertEqual("tlsedu", row[4], name)            # parent protocol
            self.assertGreater(len(row[7].split()), 4, "%s needs a description" % name)

    def test_security_values(self):
        rows = [l.split("\t") for l in harness.tshark(["-G", "values"]).stdout.splitlines()]
        security = {int(r[2]): r[3] for r in rows if r[0] == "V" and r[1] == "tlsedu.security"}
        self.assertEqual(set(range(6)), set(security))
        self.assertIn("cleartext", security[0])
        self.assertIn("implicit TLS", security[2])
        self.assertIn("STARTTLS", security[5])
        evidence = {int(r[2]) for r in rows if r[0] == "V" and r[1] == "tlsedu.service.evidence"}
        self.assertEqual({1, 2, 3, 4}, evidence)


if __name__ == "__main__":
    unittest.main()
