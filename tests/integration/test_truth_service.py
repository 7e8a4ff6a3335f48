"""Issue 15 (every statement true), the service and STARTTLS parts: E2 TLS data connections
called cleartext, E3 "the usual port" on non-standard ports, E4 port 465 offered for SMTP
relay, and the misleading texts of the same files (refusals without the real reply, the
capabilities asked again on LDAP/FTP, "redirect and HSTS", SNMPv3 noAuthNoPriv and QUIC as
"own encryption (not TLS)").

Every assertion is made per frame against Wireshark's own fields in the same frame: the
TCP payload and frame.protocols (ftp-data) with the key log, tls.record.content_type of
stock tshark without it, the TCP ports, smtp.response.code, imap.tag and
imap.response.status, pop.response.indicator, snmp.msgFlags.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import functools
import glob
import os
import unittest

import harness

IMPLICIT_TLS, OWN_ENCRYPTION, CLEARTEXT = "2", "3", "0"
LANGS = ("en", "fr")

# Sentences the corrections removed: none may come back on any shipped capture.
REMOVED = (
    "on the usual port", "sur le port habituel",                           # E3
    "454 (or another", "4xx/5xx", "tag NO or tag BAD",                      # refusals
    "must ask for the capabilities again", "doit redemander les capacités",  # a SHOULD
    "(301/308) and HSTS", "(301/308) avec HSTS",                            # RFC 6797 7.2
    "own encryption (not TLS)", "chiffrement propre (pas TLS)",             # QUIC: TLS 1.3
    "SNMPv3 brings its own authentication and encryption",
    "SNMPv3 apporte sa propre authentification et son chiffrement",
    "QUIC (HTTP/3) runs over UDP", "QUIC (HTTP/3) fonctionne sur UDP",
    "FTP data connection: the files and directory listings travel in cleartext.",
    "Connexion de données FTP : fichiers et listes de répertoires circulent en clair.",
)


@functools.lru_cache(maxsize=None)
def text_fields():
    """Every string field tlsedu registers (what a student reads), plus the expert messages."""
    rows = [l.split("\t") for l in harness.tshark(["-G", "fields"]).stdout.splitlines()]
    names = sorted(r[2] for r in rows if r[0] == "F" and r[2].startswith("tlsedu.") and r[3] == "FT_STRING")
    return tuple(names) + ("_ws.expert.message",)


@functools.lru_cache(maxsize=None)
def texts(name, lang, two_pass=False):
    """frame -> row of the capture's tlsedu texts, with the key log, in a language."""
    path = harness.capture(name)
    extra = harness.keylog_args(path) + ["-o", "tlsedu.language:" + lang]
    names = ["frame.number", "tcp.srcport", "tcp.dstport", "udp.srcport", "udp.dstport"] + list(text_fields())
    return {int(r["frame.number"]): r for r in harness.fields(path, names, extra=extra, two_pass=two_pass)}


def joined(row):
    return " | ".join(v for k, v in row.items() if k in text_fields() and v)


def rows(name, names, plugin=True, keys=True, two_pass=False, extra=()):
    path = harness.capture(name)
    args = (harness.keylog_args(path) if keys else []) + list(extra)
    return {int(r["frame.number"]): r for r in
            harness.fields(path, ["frame.number"] + names, extra=args, plugin=plugin, two_pass=two_pass)}


class ProtPDataConnections(unittest.TestCase):
    """E2: FTP data connections after PROT P carry TLS records (RFC 4217 section 9)."""

    def check(self, name, stream):
        # Wireshark's fields with the key log (the FTP control is read, its data connection
        # handed to FTP-DATA), and stock tshark's without it (its TLS heuristic takes them)
        stock = rows(name, ["tcp.stream", "frame.protocols", "tcp.payload"])
        stock_nokeys = rows(name, ["frame.protocols", "tls.record.content_type"], plugin=False, keys=False)
        mine = rows(name, ["tcp.stream", "tlsedu.service", "tlsedu.security", "tlsedu.service.explain",
                           "tlsedu.secure_alternative"])
        mine2 = rows(name, ["tcp.stream", "tlsedu.security"], two_pass=True)
        data = [f for f, r in stock.items() if r["tcp.stream"] == stream]
        payload = [f for f in data if stock[f]["tcp.payload"]]
        self.assertGreater(len(payload), 5)
        # Wireshark's own view: with the key log the FTP dissector hands the connection to
        # FTP-DATA; the bytes are TLS records (handshake 16, CCS 14, application data 17,
        # version 03 0x), and without the key log stock tshark's TLS dissector reads them.
        self.assertTrue(any("ftp-data" in stock[f]["frame.protocols"].split(":") for f in payload))
        first = payload[0]
        self.assertTrue(stock[first]["tcp.payload"].startswith("1603"), stock[first])
        self.assertIn("22", stock_nokeys[first]["tls.record.content_type"].split(","))
        for f in payload:
            p = stock[f]["tcp.payload"]
            self.assertTrue(p[:2] in ("14", "15", "16", "17") and p[2:4] == "03", (f, p[:10]))
            self.assertIn("tls", stock_nokeys[f]["frame.protocols"].split(":"), f)
        # One pass: TLS from the first payload is known once both sides opened with a TLS
        # record (the server's ServerHello answers the ClientHello); two passes: every frame.
        answered = min(f for f in payload if stock[f]["tcp.payload"] and f != first
                       and stock[f]["tcp.payload"].startswith("16"))
        for f in [f for f in payload if f >= answered]:
            r = mine[f]
            self.assertEqual("FTP-DATA", r["tlsedu.service"], f)
            self.assertEqual(IMPLICIT_TLS, r["tlsedu.security"], f)
            self.assertNotIn("cleartext", r["tlsedu.service.explain"], f)
            self.assertIn("inside TLS", r["tlsedu.service.explain"], f)
            self.assertIn("PROT P", r["tlsedu.secure_alternative"], f)
        # two passes: the whole connection, its TCP handshake included
        for f in data:
            self.assertEqual(IMPLICIT_TLS, mine2[f]["tlsedu.security"], f)
        fr = texts(name, "fr")
        for f in [f for f in payload if f >= answered]:
            self.assertNotIn("en clair", fr[f]["tlsedu.service.explain"], f)
            self.assertIn("dans TLS", fr[f]["tlsedu.service.explain"], f)
        fr2 = texts(name, "fr", two_pass=True)
        for f in data:
            self.assertNotIn("en clair", fr2[f]["tlsedu.service.explain"], f)

    def test_ftps_990(self):
        self.check("ftps-990.pcap", "1")

    def test_ftp_auth_tls_21(self):
        self.check("ftp-auth-tls-21.pcap", "1")

    def test_cleartext_data_stays_cleartext(self):
        # active FTP without TLS: the listing is cleartext (stock: ftp-data, no TLS bytes)
        stock = rows("ftp-cleartext-21.pcap", ["frame.protocols", "tcp.payload"], plugin=False)
        mine = rows("ftp-cleartext-21.pcap", ["tlsedu.service", "tlsedu.security"])
        data = [f for f, r in stock.items() if "ftp-data" in r["frame.protocols"].split(":")]
        self.assertTrue(data)
        for f in data:
            self.assertFalse(stock[f]["tcp.payload"].startswith("16"), f)
            self.assertEqual(("FTP-DATA", CLEARTEXT), (mine[f]["tlsedu.service"], mine[f]["tlsedu.security"]), f)


STARTTLS = [("smtp-starttls-25.pcap", 25, True), ("smtp-starttls-587.pcap", 587, True),
            ("smtp-starttls-2525.pcap", 2525, False), ("imap-starttls-143.pcap", 143, True),
            ("imap-starttls-1143.pcap", 1143, False), ("pop3-stls-110.pcap", 110, True),
            ("pop3-stls-1110.pcap", 1110, False)]


class StartTlsPort(unittest.TestCase):
    """E3: the explanation names the real server port; "usual" only on registered ports."""

    def test_offer_names_the_server_port(self):
        for name, port, usual in STARTTLS:
            for lang in LANGS:
                got = texts(name, lang)
                steps = rows(name, ["tlsedu.starttls.step"])
                offers = [f for f, r in steps.items() if r["tlsedu.starttls.step"] == "1"]
                self.assertTrue(offers, name)
                for f in offers:
                    r = got[f]
                    # the offer comes from the server: its source port is the port named
                    self.assertEqual(str(port), r["tcp.srcport"], (name, f))
                    said = r["tlsedu.starttls.explain"]
                    on_port = ("sur le port %d" if lang == "fr" else "on port %d") % port
                    self.assertIn(on_port, said, (name, f, lang))
                    self.assertEqual(usual, ("habituel" if lang == "fr" else "usual") in said, (name, f, said))

    def test_no_usual_on_non_standard_ports(self):
        for name, port, usual in STARTTLS:
            if usual:
                continue
            for lang in LANGS:
                for f, r in texts(name, lang).items():
                    self.assertNotIn("usual", joined(r), (name, f))
                    self.assertNotIn("habituel", joined(r), (name, f))


class SmtpRelay(unittest.TestCase):
    """E4: nothing shown on port 25 offers 465; relay gets MTA-STS or DANE."""

    def test_no_465_on_port_25(self):
        names = [os.path.basename(p) for p in glob.glob(os.path.join(harness.CAPTURES, "*-25.pcap"))]
        self.assertGreaterEqual(len(names), 5)
        for name in names:
            for lang in LANGS:
                for f, r in texts(name, lang).items():
                    if "25" not in (r["tcp.srcport"], r["tcp.dstport"]):
                        continue
                    self.assertNotIn("465", joined(r), (name, f, lang))

    def test_relay_answer_on_port_25(self):
        got = texts("smtp-starttls-25.pcap", "en")
        self.assertIn("MTA-STS or DANE", got[8]["tlsedu.starttls.explain"])
        self.assertIn("no implicit-TLS port", got[11]["tlsedu.starttls.explain"])
        got = texts("smtp-starttls-refused-25.pcap", "en")
        self.assertIn("MTA-STS or DANE", got[10]["tlsedu.starttls.explain"])

    def test_2525_is_neither_relay_nor_submission(self):
        for f, r in texts("smtp-starttls-2525.pcap", "en").items():
            if r["tlsedu.service.explain"]:
                self.assertNotIn("relay between mail servers", r["tlsedu.service.explain"], f)
                self.assertIn("does not tell submission from relay", r["tlsedu.service.explain"], f)


class Refusals(unittest.TestCase):
    """The refusal quotes the reply the server sent in that frame."""

    def check(self, name, stock_names, reply_of):
        stock = rows(name, stock_names, plugin=False)
        steps = rows(name, ["tlsedu.starttls.step"])
        refused = [f for f, r in steps.items() if r["tlsedu.starttls.step"] == "4"]
        self.assertEqual(1, len(refused), name)
        f = refused[0]
        for lang in LANGS:
            reply = reply_of(stock[f], lang)
            self.assertTrue(reply, stock[f])
            r = texts(name, lang)[f]
            answers = "sa réponse est " if lang == "fr" else "its reply is "
            self.assertIn(answers + reply + ".", r["tlsedu.starttls.explain"], (name, lang))
            quoted = "(réponse " if lang == "fr" else "(reply "
            self.assertIn(quoted + reply + ")", r["_ws.expert.message"], (name, lang))

    def test_smtp_454(self):
        self.check("smtp-starttls-refused-25.pcap", ["smtp.response.code"],
                   lambda r, lang: r["smtp.response.code"].split(",")[-1])

    def test_imap_bad(self):
        def tagged(r, lang):
            # the status first, then the random tag
            tags, status = r["imap.tag"].split(","), r["imap.response.status"]
            return ("%s (étiquette %s)" if lang == "fr" else "%s (tag %s)") % (status, tags[-1]) if status else ""
        self.check("imap-starttls-refused-143.pcap", ["imap.tag", "imap.response.status"], tagged)

    def test_pop3_err(self):
        self.check("pop3-stls-refused-110.pcap", ["pop.response.indicator"],
                   lambda r, lang: r["pop.response.indicator"])


class OtherTexts(unittest.TestCase):
    def test_snmpv3_no_auth_no_priv_is_cleartext(self):
        stock = rows("snmp-161.pcap", ["snmp.msgVersion", "snmp.msgFlags"], plugin=False)
        mine = rows("snmp-161.pcap", ["tlsedu.security"])
        seen = 0
        for f, r in stock.items():
            if r["snmp.msgVersion"] != "3":
                continue
            seen += 1
            flags = int(r["snmp.msgFlags"], 16)
            want = OWN_ENCRYPTION if flags & 3 == 3 else CLEARTEXT    # authPriv only
            self.assertEqual(want, mine[f]["tlsedu.security"], f)
        self.assertEqual(4, seen)
        self.assertEqual(CLEARTEXT, mine[3]["tlsedu.security"])       # discovery, noAuthNoPriv
        self.assertEqual(CLEARTEXT, mine[4]["tlsedu.security"])       # report

    def test_capabilities_not_asked_again_on_ldap_and_ftp(self):
        for name in ("ldap-starttls-389.pcap", "ftp-auth-tls-21.pcap"):
            for lang in LANGS:
                for f, r in texts(name, lang).items():
                    self.assertNotIn("capabilit", r["tlsedu.starttls.explain"], (name, f))
                    self.assertNotIn("capacités", r["tlsedu.starttls.explain"], (name, f))

    def test_removed_sentences_never_come_back(self):
        names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(harness.CAPTURES, "*.pcap")))
        bad = []
        for name in names:
            for lang in LANGS:
                for f, r in texts(name, lang).items():
                    text = joined(r)
                    bad += ["%s f%d (%s): %s" % (name, f, lang, s) for s in REMOVED if s in text]
                    server = {r["tcp.srcport"], r["tcp.dstport"]}
                    if "SMTP relay between mail servers" in text and "25" not in server:
                        bad.append("%s f%d: relay text off port 25" % (name, f))
        self.assertEqual([], bad[:20])


if __name__ == "__main__":
    unittest.main()
