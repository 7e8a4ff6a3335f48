"""No password or base64 credential from a packet appears in anything tlsedu shows.

The captures carry real credentials in cleartext (HTTP Basic, SMTP AUTH PLAIN, IMAP LOGIN,
POP3 PASS, FTP PASS, SNMPv3 user keys); stock tshark shows them, tlsedu's subtree and its
warnings must not.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import base64
import glob
import os
import unittest

import harness

PASSWORDS = ["s3cret-Passw0rd", "auth-s3cret-Passw0rd", "priv-s3cret-Passw0rd",
             "admin-s3cret"]                                            # LDAP simple bind
SECRETS = PASSWORDS + [
    base64.b64encode(b"student:s3cret-Passw0rd").decode(),           # HTTP Basic
    base64.b64encode(b"\0student\0s3cret-Passw0rd").decode(),        # SMTP AUTH PLAIN
]


def tlsedu_lines(verbose_output):
    """The lines of the TLS Classroom subtrees in tshark -V output."""
    lines, inside = [], False
    for line in verbose_output.splitlines():
        if line.startswith("TLS Classroom"):
            inside = True
        elif line and not line.startswith(" "):
            inside = False
        if inside:
            lines.append(line)
    return lines


class SecretsTest(unittest.TestCase):
    def test_no_credential_in_tlsedu_output(self):
        shown_by_wireshark = set()
        for path in sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap"))):
            name = os.path.basename(path)
            args = ["-r", harness.readable(path), "-V", "-2"] + harness.keylog_args(path)
            out = harness.tshark(args).stdout
            ours = "\n".join(tlsedu_lines(out))
            for secret in SECRETS:
                if secret in out:
                    shown_by_wireshark.add(name)
                self.assertNotIn(secret, ours, "%s: tlsedu shows a credential" % name)
            experts = harness.fields(path, ["_ws.expert.message"], display_filter="tlsedu",
                                     extra=harness.keylog_args(path))
            for row in experts:
                for secret in SECRETS:
                    self.assertNotIn(secret, row["_ws.expert.message"], name)
        # The check looked where the secrets are: Wireshark itself shows them in these.
        self.assertTrue({"http-basic-auth-80.pcap", "smtp-auth-cleartext-587.pcap",
                         "pop3-userpass-cleartext-110.pcap", "ftp-cleartext-21.pcap",
                         "ldap-simple-bind-389.pcap"} <= shown_by_wireshark,
                        sorted(shown_by_wireshark))


if __name__ == "__main__":
    unittest.main()
