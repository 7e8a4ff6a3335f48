"""Issue 15 (every statement true), the upgrade parts: STARTTLS step 5 only on a frame with
a TLS record; in-protocol upgrades outside the port list (PostgreSQL SSLRequest, MariaDB's
SSL request) never called "TLS from the first byte"; two-step SASL logins flagged on the
line that carries the secret; the IMAP request's tag quoted; FTP PROT P data connections as
TLS with and without the key log; QUIC evidence 2 on 443/udp and DTLS named by content;
the TLS rows' texts told by the handshake's outcome.

Every expectation is worked out per frame from stock tshark's own fields (run without the
plugin): frame.protocols, tls/dtls records, tcp/udp ports, pgsql.type, the TCP payload,
smtp.auth.*, imap.request_tag, pop.request.command, tls.alert_message.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import shutil
import subprocess
import tempfile
import unittest

import harness

CLEARTEXT, CAN_UPGRADE, IMPLICIT_TLS, OWN_ENCRYPTION, NEGOTIATED, UPGRADED = map(str, range(6))
LANGS = ("en", "fr")
IMPLICIT_NAMES = ("implicit TLS (TLS from the first byte)", "TLS implicite (TLS dès le premier octet)")


def rows(name, names, plugin=True, keys=True, two_pass=False, extra=(), path=None):
    path = path or harness.capture(name)
    args = (harness.keylog_args(path) if keys else []) + list(extra)
    return {int(r["frame.number"]): r for r in
            harness.fields(path, ["frame.number"] + names, extra=args, plugin=plugin, two_pass=two_pass)}


def layers(r):
    return r["frame.protocols"].split(":")


class StepFiveOnRecords(unittest.TestCase):
    """Item 1: "TLS started" (step 5) only on a frame that carries a TLS record."""

    CAPTURES = ("smtp-starttls-25.pcap", "smtp-starttls-587.pcap", "imap-starttls-143.pcap",
                "pop3-stls-110.pcap", "ldap-starttls-389.pcap", "ftp-auth-tls-21.pcap",
                "postgresql-tls-5432.pcap")

    def test_step_five_frames_carry_a_record(self):
        for name in self.CAPTURES:
            for keys in (True, False):
                stock = rows(name, ["tls.record.content_type", "frame.protocols"], plugin=False, keys=keys)
                mine = rows(name, ["tlsedu.starttls.step"], keys=keys)
                fives = [f for f, r in mine.items() if "5" in r["tlsedu.starttls.step"].split(",")]
                self.assertEqual(1, len(fives), (name, keys, fives))
                f = fives[0]
                self.assertTrue(stock[f]["tls.record.content_type"], (name, f))
                # the first TLS record of the connection
                first = min(g for g, r in stock.items() if r["tls.record.content_type"])
                self.assertEqual(first, f, name)

    def test_tls_layer_without_a_record_is_no_step(self):
        # ssh-port-443.pcap: Wireshark's TLS dissector is handed SSH bytes on 443 and shows
        # its layer with no record (stock tshark): no STARTTLS step may ever come from that
        stock = rows("ssh-port-443.pcap", ["frame.protocols", "tls.record.content_type"], plugin=False)
        bare = [f for f, r in stock.items() if "tls" in layers(r) and not r["tls.record.content_type"]]
        if not bare and tuple(int(x) for x in harness.ws_major_minor().split(".")) >= (4, 6):
            self.skipTest("Wireshark 4.6 no longer hands these SSH bytes to its TLS dissector")
        self.assertTrue(bare)
        mine = rows("ssh-port-443.pcap", ["tlsedu.starttls.step"])
        for f in bare:
            self.assertEqual("", mine[f]["tlsedu.starttls.step"], f)

    def test_upgrade_whose_handshake_the_capture_does_not_show(self):
        # smtp-starttls-25 cut after the server's 220 (editcap keeps the real frames up to
        # it and the client's ACK, and drops the rest): the upgrade is accepted, no TLS
        # record follows
        src = harness.capture("smtp-starttls-25.pcap")
        stock = rows("smtp-starttls-25.pcap", ["smtp.response.code", "tls.record.content_type"], plugin=False)
        accept = min(f for f, r in stock.items() if r["smtp.response.code"] == "220" and f > 4)
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp, True)
        cut = os.path.join(tmp, "smtp-starttls-25-cut.pcap")
        last = accept + 1 if not stock[accept + 1]["tls.record.content_type"] else accept
        subprocess.run(["editcap", "-r", src, cut, "1-%d" % last], check=True, capture_output=True)
        cut_stock = rows(None, ["tls.record.content_type"], plugin=False, path=cut)
        self.assertFalse(any(r["tls.record.content_type"] for r in cut_stock.values()))
        mine = rows(None, ["tlsedu.starttls.step", "tlsedu.security"], path=cut, two_pass=True)
        self.assertEqual("3", mine[accept]["tlsedu.starttls.step"])
        for f, r in mine.items():
            self.assertNotIn("5", r["tlsedu.starttls.step"].split(","), f)
            self.assertNotEqual(UPGRADED, r["tlsedu.security"], f)


class InProtocolUpgrades(unittest.TestCase):
    """Item 2: PostgreSQL and MariaDB start in cleartext and upgrade on the same connection."""

    def check(self, name, two_pass):
        stock = rows(name, ["frame.protocols", "tls.record.content_type", "tcp.len"], plugin=False)
        mine = rows(name, ["tlsedu.service", "tlsedu.security", "tlsedu.service.explain",
                           "tlsedu.secure_alternative"], two_pass=two_pass)
        first_tls = min(f for f, r in stock.items() if "tls" in layers(r))
        cleartext = [f for f, r in stock.items() if f < first_tls and r["tcp.len"] not in ("", "0")]
        self.assertGreaterEqual(len(cleartext), 2, name)   # the request and the answer at least
        self.assertTrue(stock[first_tls]["tls.record.content_type"].startswith("22"), name)
        for f, r in mine.items():
            self.assertNotEqual(IMPLICIT_TLS, r["tlsedu.security"], (name, f))
            if f < first_tls:
                self.assertIn(r["tlsedu.security"], ("", CAN_UPGRADE), (name, f))
            else:
                self.assertEqual(UPGRADED, r["tlsedu.security"], (name, f))
            if r["tlsedu.service"]:
                self.assertIn("after a cleartext start", r["tlsedu.service.explain"], (name, f))
        if two_pass:
            for f in cleartext:
                self.assertEqual(CAN_UPGRADE, mine[f]["tlsedu.security"], (name, f))
        for lang in LANGS:
            shown = rows(name, ["tlsedu.security", "tlsedu.service.explain"], two_pass=two_pass,
                         extra=["-o", "tlsedu.language:" + lang])
            for f in cleartext:
                self.assertNotIn("premier octet", shown[f]["tlsedu.service.explain"], (name, f))

    def test_postgresql_one_pass(self):
        self.check("postgresql-tls-5432.pcap", False)

    def test_postgresql_two_passes(self):
        self.check("postgresql-tls-5432.pcap", True)

    def test_mysql_one_pass(self):
        self.check("mysql-tls-3306.pcap", False)

    def test_mysql_two_passes(self):
        self.check("mysql-tls-3306.pcap", True)

    def test_no_implicit_name_on_cleartext_frames(self):
        for name in ("postgresql-tls-5432.pcap", "mysql-tls-3306.pcap"):
            stock = rows(name, ["frame.protocols"], plugin=False)
            first_tls = min(f for f, r in stock.items() if "tls" in layers(r))
            for lang in LANGS:
                out = harness.tshark(["-r", harness.readable(harness.capture(name)), "-2", "-V",
                                      "-o", "tlsedu.language:" + lang]).stdout
                frames = out.split("\nFrame ")
                for chunk in frames[1:]:
                    num = int(chunk.split(":", 1)[0])
                    if num < first_tls:
                        for implicit in IMPLICIT_NAMES:
                            self.assertNotIn(implicit, chunk, (name, num, lang))

    def test_postgresql_steps(self):
        # stock: the client's SSLRequest (pgsql.type), the server's one-byte answer 'S'
        # (TCP payload 53, no pgsql item), then the first TLS record
        name = "postgresql-tls-5432.pcap"
        stock = rows(name, ["pgsql.type", "tcp.payload", "tcp.srcport", "tls.record.content_type"], plugin=False)
        request = [f for f, r in stock.items() if r["pgsql.type"] == "SSL request"]
        self.assertEqual(1, len(request))
        answer = [f for f, r in stock.items() if r["tcp.payload"] == "53" and r["tcp.srcport"] == "5432"]
        self.assertEqual(1, len(answer))
        first_tls = min(f for f, r in stock.items() if r["tls.record.content_type"])
        self.assertLess(request[0], answer[0])
        self.assertLess(answer[0], first_tls)
        for lang in LANGS:
            mine = rows(name, ["tlsedu.starttls.step", "tlsedu.starttls.protocol", "tlsedu.starttls.explain"],
                        extra=["-o", "tlsedu.language:" + lang])
            steps = {f: r["tlsedu.starttls.step"] for f, r in mine.items() if r["tlsedu.starttls.step"]}
            self.assertEqual({request[0]: "2", answer[0]: "3", first_tls: "5"}, steps, lang)
            for f in steps:
                self.assertEqual("PostgreSQL", mine[f]["tlsedu.starttls.protocol"])
            self.assertIn("SSLRequest", mine[request[0]]["tlsedu.starttls.explain"])
            self.assertIn("'S'", mine[answer[0]]["tlsedu.starttls.explain"])
        # the 8-byte SSLRequest is all its segment carries (stock tcp.len): no injection
        self.assertEqual("8", rows(name, ["tcp.len"], plugin=False)[request[0]]["tcp.len"])
        self.assertEqual({}, rows(name, ["tlsedu.starttls.step"], extra=["-Y", "tlsedu.starttls.injection"]))


class TwoStepLogins(unittest.TestCase):
    """Item 3: the secret on its own line after the server's continuation is flagged there."""

    WARNING = "tlsedu.cleartext_credentials"

    def flagged(self, name, extra=()):
        mine = rows(name, ["_ws.expert.message"], extra=["-Y", self.WARNING] + list(extra))
        return sorted(mine)

    def test_smtp_auth_login(self):
        name = "smtp-auth-login-two-step-587.pcap"
        stock = rows(name, ["smtp.req.command", "smtp.req.parameter", "smtp.auth.username", "smtp.auth.password",
                            "smtp.response.code"], plugin=False)
        auth = [f for f, r in stock.items() if r["smtp.req.command"] == "AUTH"]
        self.assertEqual(1, len(auth))
        self.assertEqual("LOGIN", stock[auth[0]]["smtp.req.parameter"])   # no initial response
        password = [f for f, r in stock.items() if r["smtp.auth.password"]]
        self.assertEqual(1, len(password))
        self.assertEqual("334", stock[password[0] - 1]["smtp.response.code"])
        self.assertEqual(password, self.flagged(name))
        for lang in LANGS:
            msg = rows(name, ["_ws.expert.message"], extra=["-Y", self.WARNING, "-o", "tlsedu.language:" + lang])
            self.assertIn("AUTH LOGIN", msg[password[0]]["_ws.expert.message"])

    def test_imap_authenticate_plain(self):
        name = "imap-authenticate-two-step-143.pcap"
        stock = rows(name, ["imap.request_tag", "imap.request.command", "imap.response_tag", "imap.request"],
                     plugin=False)
        auth = [f for f, r in stock.items() if r["imap.request.command"] == "AUTHENTICATE"]
        self.assertEqual(1, len(auth))
        self.assertTrue(stock[auth[0]]["imap.request"].endswith("AUTHENTICATE PLAIN"))
        plus = [f for f, r in stock.items() if r["imap.response_tag"] == "+" and f > auth[0]]
        secret = [f for f, r in stock.items() if f > plus[0] and r["imap.request"]
                  and not r["imap.request.command"]]
        self.assertEqual(1, len(secret[:1]))
        self.assertEqual(secret[:1], self.flagged(name))

    def test_pop3_auth_plain(self):
        name = "pop3-auth-two-step-110.pcap"
        stock = rows(name, ["pop.request.command", "pop.request.parameter", "tcp.payload", "tcp.srcport"],
                     plugin=False)
        auth = [f for f, r in stock.items() if r["pop.request.command"] == "AUTH"]
        self.assertEqual(1, len(auth))
        self.assertEqual("PLAIN", stock[auth[0]]["pop.request.parameter"])
        # the server's "+ " continuation (2b 20 0d 0a), then the client's base64 line
        plus = [f for f, r in stock.items() if r["tcp.payload"] == "2b200d0a" and r["tcp.srcport"] == "110"]
        self.assertEqual(1, len(plus))
        secret = [f for f, r in stock.items() if f > plus[0] and r["pop.request.command"]]
        self.assertTrue(secret)
        self.assertEqual(secret[:1], self.flagged(name))

    def test_one_line_form_still_flagged_once(self):
        stock = rows("smtp-auth-cleartext-587.pcap", ["smtp.req.command"], plugin=False)
        auth = [f for f, r in stock.items() if r["smtp.req.command"] == "AUTH"]
        self.assertEqual(auth, self.flagged("smtp-auth-cleartext-587.pcap"))


class ImapTag(unittest.TestCase):
    """Item 4: the texts quote the request's tag (imap.request_tag), never a placeholder."""

    def test_request_and_accept_quote_the_tag(self):
        for name in ("imap-starttls-143.pcap", "imap-starttls-1143.pcap", "imap-starttls-tls12-143.pcap"):
            extra = ["-d", "tcp.port==1143,imap"] if "1143" in name else []
            stock = rows(name, ["imap.request_tag", "imap.request.command", "imap.response_tag",
                                "imap.response.status"], plugin=False, extra=extra)
            req = [f for f, r in stock.items() if r["imap.request.command"] == "STARTTLS"]
            self.assertEqual(1, len(req), name)
            tag = stock[req[0]]["imap.request_tag"]
            ok = [f for f, r in stock.items() if r["imap.response_tag"] == tag and r["imap.response.status"] == "OK"]
            for lang in LANGS:
                mine = rows(name, ["tlsedu.starttls.step", "tlsedu.starttls.explain"],
                            extra=["-o", "tlsedu.language:" + lang])
                self.assertEqual("2", mine[req[0]]["tlsedu.starttls.step"])
                self.assertIn("(%s STARTTLS)" % tag, mine[req[0]]["tlsedu.starttls.explain"], (name, lang))
                self.assertEqual("3", mine[ok[0]]["tlsedu.starttls.step"])
                self.assertIn("(%s OK)" % tag, mine[ok[0]]["tlsedu.starttls.explain"], (name, lang))
                for f, r in mine.items():
                    self.assertNotIn("tag STARTTLS", r["tlsedu.starttls.explain"], (name, f))
                    self.assertNotIn("tag OK", r["tlsedu.starttls.explain"], (name, f))

    def test_refusal_quotes_the_tag(self):
        name = "imap-starttls-refused-143.pcap"
        stock = rows(name, ["imap.request_tag", "imap.request.command"], plugin=False)
        tag = [r["imap.request_tag"] for r in stock.values() if r["imap.request.command"] == "STARTTLS"][0]
        mine = rows(name, ["tlsedu.starttls.step", "tlsedu.starttls.explain"])
        refused = [r for r in mine.values() if r["tlsedu.starttls.step"] == "4"]
        self.assertIn("(tag %s)" % tag, refused[0]["tlsedu.starttls.explain"])


class ProtPWithoutKeys(unittest.TestCase):
    """Item 8: the PROT P data connection of ftp-auth-tls-21 is TLS, with and without keys."""

    def test_data_connection(self):
        name = "ftp-auth-tls-21.pcap"
        stock = rows(name, ["tcp.stream", "frame.protocols", "tcp.payload", "tls.record.content_type"],
                     plugin=False, keys=False)
        data = [f for f, r in stock.items() if r["tcp.stream"] == "1"]
        payload = [f for f in data if stock[f]["tcp.payload"]]
        self.assertGreater(len(payload), 5)
        self.assertTrue(all("tls" in layers(stock[f]) for f in payload))
        self.assertTrue(stock[payload[0]]["tls.record.content_type"].startswith("22"))
        # with the key log the PASV inside the control connection names FTP-DATA; without
        # it nothing tells the data connection's purpose: TLS on a port outside the list
        for keys, service in ((True, "FTP-DATA"), (False, "TLS")):
            mine = rows(name, ["tlsedu.service", "tlsedu.security"], keys=keys, two_pass=True)
            for f in data:
                self.assertEqual((service, IMPLICIT_TLS), (mine[f]["tlsedu.service"], mine[f]["tlsedu.security"]),
                                 (keys, f))

    def test_first_payload_one_pass(self):
        """Review E2/E3: in one pass, the ClientHello that opens the data connection (frame 53)
        is already TLS (RFC 4217 section 9), and the alternative says that Wireshark does not
        dissect that TLS, not that the capture lacks it."""
        name = "ftp-auth-tls-21.pcap"
        stock = rows(name, ["tcp.stream", "tcp.payload"], plugin=False, keys=True)
        payload = [f for f, r in stock.items() if r["tcp.stream"] == "1" and r["tcp.payload"]]
        mine = rows(name, ["tlsedu.service", "tlsedu.security", "tlsedu.secure_alternative"], keys=True)
        self.assertEqual(53, payload[0])
        for f in payload:
            self.assertEqual(("FTP-DATA", IMPLICIT_TLS), (mine[f]["tlsedu.service"], mine[f]["tlsedu.security"]), f)
            self.assertIn("Wireshark does not dissect TLS here", mine[f]["tlsedu.secure_alternative"], f)
            self.assertNotIn("capture", mine[f]["tlsedu.secure_alternative"], f)


class QuicAndDtls(unittest.TestCase):
    """Item 5: QUIC on 443/udp with evidence 2, DTLS outside the list named by content."""

    def test_quic_evidence(self):
        stock = rows("quic-443.pcap", ["frame.protocols", "udp.dstport", "udp.srcport"], plugin=False)
        mine = rows("quic-443.pcap", ["tlsedu.service", "tlsedu.service.evidence", "tlsedu.service.port"])
        for f, r in stock.items():
            self.assertIn("quic", layers(r), f)
            self.assertIn("443", (r["udp.dstport"], r["udp.srcport"]))
            self.assertEqual(("QUIC", "2", "443"), (mine[f]["tlsedu.service"], mine[f]["tlsedu.service.evidence"],
                                                    mine[f]["tlsedu.service.port"]), f)

    def test_dtls_named_by_content(self):
        name = "dtls12-cookie.pcap"
        stock = rows(name, ["frame.protocols", "udp.srcport", "udp.dstport", "dtls.handshake.type"], plugin=False)
        hello = min(f for f, r in stock.items() if "1" in r["dtls.handshake.type"].split(","))
        server = int(stock[hello]["udp.dstport"])
        self.assertNotIn(server, (443, 853, 5061))
        for two_pass in (False, True):
            mine = rows(name, ["tlsedu.service", "tlsedu.service.evidence", "tlsedu.service.port",
                               "tlsedu.security", "tlsedu.service.explain"], two_pass=two_pass)
            dtls = [f for f, r in stock.items() if "dtls" in layers(r)]
            self.assertGreater(len(dtls), 5)
            for f in dtls:
                self.assertEqual(("DTLS", "3", str(server), IMPLICIT_TLS),
                                 (mine[f]["tlsedu.service"], mine[f]["tlsedu.service.evidence"],
                                  mine[f]["tlsedu.service.port"], mine[f]["tlsedu.security"]), (f, two_pass))
                for w in ("SNI", "ALPN", "up to DTLS 1.2 the certificate"):
                    self.assertIn(w, mine[f]["tlsedu.service.explain"])


def completions(name):
    """Per TCP stream, the frame that completes its first handshake as Wireshark shows it
    with the key log: the second frame carrying a Finished (tls.handshake.type 20)."""
    stock = rows(name, ["tcp.stream", "tls.handshake.type"], plugin=False)
    finished = {}
    for f in sorted(stock):
        if "20" in stock[f]["tls.handshake.type"].split(","):
            finished.setdefault(stock[f]["tcp.stream"], []).append(f)
    return stock, {s: fs[1] for s, fs in finished.items() if len(fs) >= 2}


class TlsRowOutcome(unittest.TestCase):
    """Item 6: "already secure" only after a handshake that succeeded, never beside SSL
    2.0/3.0 or a failed handshake. Item 7: the TLS row says what an eavesdropper sees."""

    ALREADY = ("already secure", "déjà sécurisé")
    NO_FS = ("encrypted, but without forward secrecy", "chiffré, mais sans confidentialité persistante")
    REJECTED = ("not secure as it stands", "pas sûr en l'état")

    def test_failed_handshakes(self):
        for name in ("tls-unknown-ca.pcap", "tls-expired-cert.pcap", "tls-self-signed.pcap"):
            stock = rows(name, ["tls.alert_message.level", "tls.alert_message.desc"], plugin=False)
            alert = [f for f, r in stock.items() if r["tls.alert_message.level"] == "2"]
            self.assertTrue(alert, name)
            for lang in LANGS:
                mine = rows(name, ["tlsedu.secure_alternative"], two_pass=True,
                            extra=["-o", "tlsedu.language:" + lang])
                one = rows(name, ["tlsedu.secure_alternative"], extra=["-o", "tlsedu.language:" + lang])
                for f, r in mine.items():
                    alt = r["tlsedu.secure_alternative"]
                    for text in (alt, one[f]["tlsedu.secure_alternative"]):
                        self.assertNotIn(self.ALREADY[0], text, (name, f))
                        self.assertNotIn(self.ALREADY[1], text, (name, f))
                    self.assertIn("échoué" if lang == "fr" else "failed", alt, (name, f, lang))
                    if f >= alert[0]:   # one pass: known from the fatal alert on
                        self.assertIn("échoué" if lang == "fr" else "failed", one[f]["tlsedu.secure_alternative"])

    def test_already_secure_only_from_the_completing_finished(self):
        # one pass: what is known at each frame; the handshake is complete on the frame of
        # the second Finished (Wireshark's own tls.handshake.type, decrypted with the key log)
        for name in ("https-tls13.pcap", "https-tls12-rsa.pcap", "https-tls12-ecdhe.pcap", "imaps-993.pcap",
                     "smtps-465.pcap", "pop3s-995.pcap"):
            stock, done = completions(name)
            self.assertTrue(done, name)
            for lang in LANGS:
                mine = rows(name, ["tlsedu.service", "tlsedu.secure_alternative"],
                            extra=["-o", "tlsedu.language:" + lang])
                before = after = 0
                for f, r in mine.items():
                    stream = stock[f]["tcp.stream"]
                    if not r["tlsedu.service"] or stream not in done:
                        continue
                    alt = r["tlsedu.secure_alternative"]
                    if f < done[stream]:
                        before += 1
                        self.assertFalse(alt.startswith(self.ALREADY[LANGS.index(lang)]), (name, f, lang))
                        self.assertIn("réussie" if lang == "fr" else "succeeds", alt, (name, f, lang))
                    else:
                        after += 1
                        # RSA key transport: encrypted, but no forward secrecy (review 15b, finding 1)
                        expected = self.NO_FS if "rsa" in name else self.ALREADY
                        self.assertTrue(alt.startswith(expected[LANGS.index(lang)]), (name, f, lang, alt))
                self.assertGreater(before, 2, name)
                self.assertGreater(after, 2, name)

    def test_rejected_certificate_is_not_already_secure(self):
        """A handshake that finished although the certificate names another server: on a
        second pass every frame says so, never "already secure" (RFC 9525 6)."""
        for lang in LANGS:
            mine = rows("tls-name-mismatch.pcap", ["tlsedu.secure_alternative", "tlsedu.cert.name_mismatch"],
                        two_pass=True, extra=["-o", "tlsedu.language:" + lang])
            alts = {r["tlsedu.secure_alternative"] for r in mine.values() if r["tlsedu.secure_alternative"]}
            self.assertTrue(any(r["tlsedu.cert.name_mismatch"] for r in mine.values()))
            self.assertEqual(1, len(alts), alts)
            self.assertTrue(alts.pop().startswith(self.REJECTED[LANGS.index(lang)]))

    def test_completed_handshake_keeps_already_secure(self):
        # two passes: the whole conversation knows its handshake succeeded
        mine = rows("https-tls13.pcap", ["tlsedu.secure_alternative"], two_pass=True)
        self.assertTrue(all(r["tlsedu.secure_alternative"].startswith("already secure") for r in mine.values()))

    def test_never_beside_ssl(self):
        root = harness.require_public(self)
        snakeoil = os.path.join(root, "wireshark-test-captures", "captures", "rsasnakeoil2.pcap")
        key = harness.readable(os.path.join(root, "wireshark-test-captures", "keys", "rsasnakeoil2.key"))
        # (capture, options, the server's hello type and version as Wireshark reads them)
        cases = ((os.path.join(root, "zeek", "tls", "ssl-v2.pcap"), (), "4", "0x0002", "SSL 2.0", "RFC 6176"),
                 (snakeoil, ("-o", 'uat:rsa_keys:"%s",""' % key), "2", "0x0300", "SSL 3.0", "RFC 7568"))
        for path, extra, hello, wire, version, rfc in cases:
            # Wireshark 4.2 and later name SSLv2's message type tls.ssl2.handshake.type
            types = ["tls.handshake.type"] + (["tls.ssl2.handshake.type"] if harness.has_field("tls.ssl2.handshake.type") else [])
            stock = rows(None, ["tls.handshake.version"] + types, plugin=False, keys=False, extra=extra, path=path)
            self.assertTrue(any(any(r[t].split(",")[0] == hello for t in types) and r["tls.handshake.version"] == wire
                                for r in stock.values()), path)
            for lang in LANGS:
                for two_pass in (False, True):
                    mine = rows(None, ["tlsedu.service", "tlsedu.handshake.version", "tlsedu.secure_alternative"],
                                keys=False, two_pass=two_pass, extra=list(extra) + ["-o", "tlsedu.language:" + lang],
                                path=path)
                    named = [r for r in mine.values() if r["tlsedu.service"]]
                    self.assertTrue(named, path)
                    self.assertTrue(any(version in r["tlsedu.handshake.version"] for r in named), path)
                    for r in named:
                        self.assertNotIn(self.ALREADY[LANGS.index(lang)], r["tlsedu.secure_alternative"], path)
                        if two_pass:
                            self.assertIn(rfc, r["tlsedu.secure_alternative"], path)

    def test_tls_row_names_what_stays_visible(self):
        mine = {lang: rows("tls-nonstandard-8443.pcap", ["tlsedu.service", "tlsedu.service.explain"],
                           extra=["-o", "tlsedu.language:" + lang]) for lang in LANGS}
        stock = rows("tls-nonstandard-8443.pcap", ["tls.handshake.extensions_server_name",
                                                   "tls.handshake.extensions_alpn_str"], plugin=False)
        # Wireshark reads the server name and the ALPN list in the cleartext ClientHello
        self.assertTrue(any(r["tls.handshake.extensions_server_name"] for r in stock.values()))
        self.assertTrue(any(r["tls.handshake.extensions_alpn_str"] for r in stock.values()))
        for lang, words in (("en", ("(SNI)", "ALPN", "sizes", "timing", "up to TLS 1.2 the certificate")),
                            ("fr", ("(SNI)", "ALPN", "tailles", "rythme", "jusqu'à TLS 1.2 le certificat"))):
            named = [r for r in mine[lang].values() if r["tlsedu.service"] == "TLS"]
            self.assertTrue(named)
            for r in named:
                text = r["tlsedu.service.explain"]
                self.assertNotIn("hidden without the keys", text)
                self.assertNotIn("cachée sans les clés", text)
                for w in words:
                    self.assertIn(w, text, lang)
                self.assertLessEqual(len(text.encode()), 239)


if __name__ == "__main__":
    unittest.main()
