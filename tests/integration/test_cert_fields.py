"""The certificate facts of issue 16 (tlsedu.cert.san, .chain_length, .key,
.signature_algorithm) and the Certificate explanation's sentences that name them, on
shipped and public captures, in English and French.

Expected values are Wireshark's own, from stock tshark (no plugin) on the same frame
(-T pdml): the tls.handshake.certificate items of the server's Certificate message (their
count is the chain), and in the first one (the leaf) the x509ce.dNSName items of its
subjectAltName extension (2.5.29.17), the x509af.algorithm.id and pkcs1.namedCurve /
pkcs1.modulus of its subjectPublicKeyInfo, and its outer signatureAlgorithm's
x509af.algorithm.id with the name Wireshark gives it.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import re
import unittest
import xml.etree.ElementTree as ET

import harness

NBSP = "\u00a0"
TLSEDU = ["frame.number", "tlsedu.cert.san", "tlsedu.cert.chain_length", "tlsedu.cert.key",
          "tlsedu.cert.signature_algorithm", "tlsedu.explain"]
SAN_OID = "2.5.29.17"
CURVES = {"1.2.840.10045.3.1.7": "P-256", "1.3.132.0.34": "P-384", "1.3.132.0.35": "P-521"}
NAMES_BYTES = 150   # core/explain.c: the bytes of names a sentence lists

# shipped captures (with their key logs) and public ones: (path, frame of the server's Certificate)
SHIPPED = [("https-tls12-rsa.pcap", 6), ("https-tls12-ecdhe.pcap", 6), ("https-tls13.pcap", 6),
           ("tls-self-signed.pcap", 6), ("tls-name-mismatch.pcap", 6)]
PUBLIC = [("wireshark-test-captures/captures/http2_follow_multistream.pcapng", 6),   # mozilla.org, EV
          ("zeek/tls/ecdsa-cert.pcap", 7),   # EC P-384 leaf
          ("zeek/tls/ecdhe.pcap", 9),        # 46 names, SHA-1
          ("zeek/tls/tls1.2.pcap", 8),       # a chain of 3
          ("zeek/tls/signed_certificate_timestamp_tls1_0.pcap", 9)]   # 60 names


def fields_of(elem, name):
    return [f for f in elem.iter("field") if f.get("name") == name]


def oid_name(field):
    """'Algorithm Id: 1.2.840.113549.1.1.11 (sha256WithRSAEncryption)' -> the name."""
    m = re.search(r"\(([^()]*)\)\s*$", field.get("showname", ""))
    return m.group(1) if m else field.get("show")


def wireshark_leaf(path, frame):
    """What stock tshark shows of the server's Certificate message in frame."""
    out = harness.tshark(["-r", harness.readable(path), "-Y", "frame.number==%d" % frame, "-T", "pdml"]
                         + harness.keylog_args(path), plugin=False).stdout
    root = ET.fromstring(out)
    for hs in fields_of(root, "tls.handshake"):
        types = [f.get("show") for f in hs if f.get("name") == "tls.handshake.type"]
        if types == ["11"]:
            break
    else:
        raise AssertionError("no Certificate message in frame %d of %s" % (frame, path))
    certs = fields_of(hs, "tls.handshake.certificate")
    leaf = certs[0]
    names = []
    for ext in fields_of(leaf, "x509af.Extension_element"):
        if [f.get("show") for f in fields_of(ext, "x509af.extension.id")] == [SAN_OID]:
            names += [f.get("show") for f in fields_of(ext, "x509ce.dNSName")]
    spki = fields_of(leaf, "x509af.subjectPublicKeyInfo_element")[0]
    key_oid = oid_name(fields_of(spki, "x509af.algorithm.id")[0])
    if key_oid == "rsaEncryption":
        # Wireshark 4.6 names PKCS #1's fields pkixalgs.*
        modulus = (fields_of(spki, "pkcs1.modulus") or fields_of(spki, "pkixalgs.modulus"))[0].get("value")
        key = "RSA %d bits" % int(modulus, 16).bit_length()
    elif key_oid == "id-ecPublicKey":
        key = "EC " + CURVES[(fields_of(spki, "pkcs1.namedCurve") or fields_of(spki, "pkixalgs.namedCurve"))[0].get("show")]
    else:
        key = key_oid
    # the leaf's algorithm ids: tbsCertificate.signature, its key's, signatureAlgorithm (last)
    signature = oid_name(fields_of(leaf, "x509af.algorithm.id")[-1])
    return {"chain": len(certs), "names": names, "key": key, "signature": signature}


def tlsedu_row(path, frame, extra=()):
    rows = harness.fields(path, TLSEDU, display_filter="frame.number==%d" % frame,
                          extra=harness.keylog_args(path) + list(extra))
    assert len(rows) == 1, rows
    return rows[0]


def names_sentence(names, fr):
    """The start of the names sentence core/explain.c builds from these names."""
    listed = ", ".join(names)
    if len(listed) <= NAMES_BYTES:
        return ("Noms DNS pour lesquels il est valable (subjectAltName)" + NBSP + ": " if fr
                else "DNS names it is valid for (subjectAltName): ") + listed + "."
    if fr:
        return "Il est valable pour %d noms DNS (subjectAltName), dont%s: %s, " % (len(names), NBSP, names[0])
    return "It is valid for %d DNS names (subjectAltName), including: %s, " % (len(names), names[0])


class CertFields(unittest.TestCase):
    def check(self, path, frame):
        want = wireshark_leaf(path, frame)
        got = tlsedu_row(path, frame)
        self.assertTrue(want["names"], "%s: no DNS name to compare" % path)
        self.assertEqual(got["tlsedu.cert.san"].split(","), want["names"], path)
        self.assertEqual(int(got["tlsedu.cert.chain_length"]), want["chain"], path)
        self.assertEqual(got["tlsedu.cert.key"], want["key"], path)
        self.assertEqual(got["tlsedu.cert.signature_algorithm"], want["signature"], path)
        self.check_sentences(path, frame, want, got["tlsedu.explain"], fr=False)
        fr = tlsedu_row(path, frame, ["-o", "tlsedu.language:fr"])["tlsedu.explain"]
        self.check_sentences(path, frame, want, fr, fr=True)
        return want

    def check_sentences(self, path, frame, want, text, fr):
        self_signed = "auto-sign" in text or "self-signed" in text
        n = want["chain"]
        if fr:
            chain = ("Chaîne de %d certificats%s: celui du serveur, puis ceux des autorités" % (n, NBSP) if n > 1
                     else "Chaîne d'un seul certificat, auto-signé" if self_signed
                     else "Chaîne d'un seul certificat, celui du serveur" + NBSP + ": ")
            if self_signed:
                key = "Sa clé publique%s: %s%s; le certificat est signé avec %s, par cette même clé." % (
                    NBSP, want["key"], NBSP, want["signature"])
            else:
                key = "Sa clé publique%s: %s%s; l'émetteur a signé le certificat avec %s." % (
                    NBSP, want["key"], NBSP, want["signature"])
        else:
            chain = ("Chain of %d certificates: the server's first, then the authorities'" % n if n > 1
                     else "Chain of 1 certificate, self-signed" if self_signed
                     else "Chain of 1 certificate, the server's own: ")
            if self_signed:
                key = "Its public key: %s; the certificate is signed with %s, by that same key." % (want["key"], want["signature"])
            else:
                key = "Its public key: %s; the issuer signed the certificate with %s." % (want["key"], want["signature"])
        where = "%s frame %d (%s)" % (path, frame, "fr" if fr else "en")
        for part in (chain, key, names_sentence(want["names"], fr)):
            self.assertIn(part, text, where)

    def test_shipped(self):
        seen = set()
        for name, frame in SHIPPED:
            with self.subTest(capture=name):
                want = self.check(harness.capture(name), frame)
                seen.add(want["key"])
        self.assertIn("RSA 2048 bits", seen)

    def test_public(self):
        public = harness.require_public(self)
        seen_chains, seen_keys = set(), set()
        for name, frame in PUBLIC:
            path = os.path.join(public, name)
            if not os.path.exists(path):
                if harness.IN_CI:
                    self.fail("%s is missing" % path)
                continue
            with self.subTest(capture=name):
                want = self.check(path, frame)
                seen_chains.add(want["chain"])
                seen_keys.add(want["key"])
        # several chain lengths and key kinds were compared, a long list of names too
        self.assertTrue({2, 3} <= seen_chains and "EC P-384" in seen_keys, (seen_chains, seen_keys))

    def test_only_server_certificate_frames(self):
        """The fields come with the server's certificate only: a client certificate (mutual
        TLS) gets none, and every item stays within Wireshark's label."""
        path = harness.capture("tls-client-cert.pcap")
        rows = harness.fields(path, TLSEDU + ["tls.handshake.type", "tcp.srcport"], extra=harness.keylog_args(path))
        with_cert = [r["frame.number"] for r in rows if r["tlsedu.cert.chain_length"]]
        server = [r["frame.number"] for r in rows if "11" in r["tls.handshake.type"].split(",") and
                  r["tcp.srcport"] == "443"]
        client = [r["frame.number"] for r in rows if "11" in r["tls.handshake.type"].split(",") and
                  r["tcp.srcport"] != "443"]
        self.assertTrue(server and client, rows)
        self.assertEqual(with_cert, server)
        out = harness.tshark(["-r", harness.readable(path), "-V", "-o", "tlsedu.language:fr"]
                             + harness.keylog_args(path)).stdout
        for line in out.splitlines():
            if "subjectAltName" in line or "Clé publique" in line or "Longueur de la chaîne" in line:
                self.assertLessEqual(len(line.strip().strip("[]").encode()), 239, line)


if __name__ == "__main__":
    unittest.main()
