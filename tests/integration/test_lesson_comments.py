"""tlsedu-lesson's annotated pcapng as a student sees it in stock Wireshark (issue 18): one
packet comment per message (stage item, STARTTLS step, warning), each short enough to be
shown whole (at most 240 bytes of UTF-8), the message name said once, the long
explanations carried on in continuation comments "<name> (…): ...".

Expected values come from stock tshark (the plugin folder empty, no key-log option: the
annotated capture decrypts itself with its Decryption Secrets Block) and from tshark with
the plugin on the original capture (its tlsedu.explain texts).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import io
import os
import re
import struct
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

import harness

TOOL_DIR = os.path.join(harness.SOURCE_DIR, "tools", "tlsedu-lesson")
LIMIT = 240          # bytes; and Wireshark's label of the comment must show it whole
CONTINUED = re.compile(r"^(.+?) \(\u2026\)\u00a0?: ")
DOUBLED = re.compile(r"(\b\w+)(?: \([^)]*\))?\u00a0?: \1\b(?: \([^)]*\))?\u00a0?:")


def lesson(capture, keylog=None, lang=None):
    """Runs tlsedu-lesson on CAPTURE (a shipped capture's name or a path); returns
    (process, path of the annotated pcapng). keylog: True for the capture's .keys."""
    import test_lesson
    path = capture if os.path.isabs(capture) else harness.capture(capture)
    proc, out = test_lesson.lesson(path, keylog=keylog, lang=lang)
    name = os.path.basename(path).rsplit(".", 1)[0]
    return proc, os.path.join(out, name + "-annotated.pcapng")


def packets(path, plugin=False, extra=()):
    """frame number -> its packet comments, handshake types, record content types and (with
    the plugin) its tlsedu stage items (message, explanation), from tshark's PDML."""
    out = harness.tshark(["-r", harness.readable(path), "-T", "pdml"] + list(extra), plugin=plugin).stdout
    frames = {}
    for pkt in ET.fromstring(out).iter("packet"):
        p = {"comments": [], "labels": [], "hs": [], "ct": [], "items": []}
        for proto in pkt.findall("proto"):
            if proto.get("name") == "geninfo":
                num = int(next(f.get("show") for f in proto.iter("field") if f.get("name") == "num"))
            elif proto.get("name") == "pkt_comment":
                found = [f for f in proto.findall("field") if f.get("name") == "frame.comment"]
                p["comments"] += [f.get("show") for f in found]
                p["labels"] += [f.get("showname") for f in found]
        for f in pkt.iter("field"):
            name = f.get("name")
            if name == "tls.handshake.type":
                p["hs"].append(f.get("show"))
            elif name == "tls.record.content_type":
                p["ct"].append(f.get("show"))
            elif name == "tlsedu.stage":
                kids = {c.get("name"): c.get("show") for c in f.findall("field")}
                p["items"].append((kids.get("tlsedu.message"), kids.get("tlsedu.explain")))
        frames[num] = p
    return frames


def rebuilt(comments, stage_word):
    """The stage items' texts, each put back together from its comment and continuations
    (the header up to " — " left out; a "…" at a cut between words undone)."""
    texts, in_stage = [], False
    for c in comments:
        m = CONTINUED.match(c)
        if m and in_stage:
            texts[-1].append(c[m.end():])
        elif re.match(r"%s \d+ \(" % stage_word, c):
            texts.append([c.split(" \u2014 ", 1)[1]])
            in_stage = True
        elif not m:
            in_stage = False
    return [" ".join(p[:-1] if p.endswith("\u2026") else p for p in parts) for parts in texts]


def records(p):
    """Handshake messages + ChangeCipherSpec + alert records stock tshark sees in a frame."""
    return len(p["hs"]) + p["ct"].count("20") + p["ct"].count("21")


class CommentsTest(unittest.TestCase):
    def check_lesson(self, name, lang="en", stage="Stage", colon=": "):
        """The checks every capture passes; returns the stock reading of the annotated file.
        stage, colon: the stage word and the colon of the language."""
        proc, annotated = lesson(name, keylog=True, lang=lang)
        self.assertEqual(0, proc.returncode, proc.stderr)
        stock = packets(annotated)                       # no plugin, no key log option
        path = harness.capture(name)
        plugin = packets(path, plugin=True, extra=["-2", "-o", "tlsedu.language:" + lang] + harness.keylog_args(path))
        annotated_frames = {n for n, p in plugin.items() if p["items"]}
        self.assertTrue(annotated_frames)
        self.assertLessEqual(annotated_frames, {n for n, p in stock.items() if p["comments"]})
        for n, p in stock.items():
            names = {m for m, _ in plugin[n]["items"]} | {re.sub(r" \(.*\)$", "", m) for m, _ in plugin[n]["items"]}
            for c in p["comments"]:
                self.assertLessEqual(len(c.encode("utf-8")), LIMIT, (n, c))
                self.assertIsNone(DOUBLED.search(c), (n, c))
                for m in names:      # "Alert: Alert sent ...", "Application Data: Application data"
                    self.assertNotRegex(c, re.compile(r"%s\u00a0?: %s\b" % (re.escape(m), re.escape(m)), re.I))
            self.assertEqual(p["comments"], p["labels"])             # not cut by Wireshark's label length
            self.assertGreaterEqual(len(p["comments"]), records(p), (n, p["comments"]))
            got = rebuilt(p["comments"], stage)
            self.assertEqual(len(plugin[n]["items"]), len(got), n)
            for (message, explain), text in zip(plugin[n]["items"], got):
                # the explanation whole (no cut inside a word), after the message's name in
                # the language ("ClientHello: ") unless it starts with it
                prefix = text[:len(text) - len(explain)]
                self.assertTrue(text.endswith(explain), (n, text, explain))
                self.assertTrue(prefix == "" or (prefix.endswith(colon) and ":" not in prefix[:-len(colon)]),
                                (n, text))
        hellos = [n for n, p in stock.items() if "1" in p["hs"]]
        self.assertTrue(hellos)
        for n in hellos:
            self.assertTrue([c for c in stock[n]["comments"] if c.startswith(stage + " 1 (") and "ClientHello" in c],
                            stock[n]["comments"])
        return stock, annotated

    def test_tls12(self):
        stock, annotated = self.check_lesson("https-tls12-ecdhe.pcap")
        # several comments on one frame: ServerHello, Certificate, ServerKeyExchange, ServerHelloDone
        self.assertGreaterEqual(max(len(p["comments"]) for p in stock.values()), 4)
        self.assertIn("20", [t for p in stock.values() for t in p["hs"]])   # decrypted Finished
        info = subprocess.run(["capinfos", "-k", annotated], capture_output=True, text=True).stdout
        self.assertIn("TLS lesson made by tlsedu-lesson, in English.", info)
        self.assertIn("The key log is embedded", info)

    def test_tls13(self):
        stock, _ = self.check_lesson("https-tls13.pcap")
        # the server's flight: SH, CCS, EE, Certificate, CertificateVerify, Finished (decrypted
        # with the embedded keys), each its own comment at least
        self.assertTrue([n for n, p in stock.items() if records(p) >= 6 and len(p["comments"]) >= 6])

    def test_starttls(self):
        stock, _ = self.check_lesson("smtp-starttls-25.pcap")
        steps = [c for p in stock.values() for c in p["comments"] if re.match(r"STARTTLS step \d \(", c)]
        self.assertTrue([c for c in steps if c.startswith("STARTTLS step 3 (accepted): ")], steps)
        self.assertGreaterEqual(len(steps), 4)

    def test_warning_has_its_own_comment(self):
        proc, annotated = lesson("https-tls12-rsa.pcap", keylog=True)
        self.assertEqual(0, proc.returncode, proc.stderr)
        comments = [c for p in packets(annotated).values() for c in p["comments"]]
        self.assertIn("Warning (tlsedu.no_forward_secrecy): No forward secrecy (RSA key transport): "
                      "whoever later obtains the long-term key can decrypt this recorded session", comments)
        self.assertIn("Stage 4 (key exchange) \u2014 ServerHelloDone: the server has said everything for this "
                      "round trip; it is now the client's turn.", comments)

    def test_french(self):
        proc, annotated = lesson("https-tls12-rsa.pcap", keylog=True, lang="fr")
        self.assertEqual(0, proc.returncode, proc.stderr)
        stock = packets(annotated)
        comments = [c for p in stock.values() for c in p["comments"]]
        self.assertTrue([c for c in comments if c.startswith("Phase 1 (le client propose) \u2014 ClientHello\u00a0: ")],
                        comments)
        self.assertEqual([], [c for c in comments if c.startswith(("Stage", "Warning"))])
        self.assertTrue([c for c in comments if c.startswith("Avertissement (tlsedu.no_forward_secrecy)\u00a0: ")])
        for c in comments:
            self.assertLessEqual(len(c.encode("utf-8")), LIMIT, c)
            self.assertIsNone(DOUBLED.search(c), c)
        self.assertTrue(rebuilt(stock[4]["comments"], "Phase")[0].startswith("ClientHello\u00a0: Le client propose"))

    def test_russian_fits_in_bytes(self):
        # Cyrillic takes two bytes a letter: the limit is in bytes, the cuts between words
        stock, _ = self.check_lesson("smtp-starttls-25.pcap", "ru", "Фаза")
        comments = [c for p in stock.values() for c in p["comments"]]
        self.assertTrue([c for c in comments if c.startswith("Фаза 1 (клиент предлагает) \u2014 ClientHello: ")])
        self.assertTrue([c for c in comments if c.startswith("Ход STARTTLS 3 (")])
        self.assertTrue([c for c in comments if CONTINUED.match(c)])
        for c in comments:
            self.assertNotIn("\ufffd", c)

    def test_packets_unchanged(self):
        proc, annotated = lesson("https-tls13.pcap", keylog=True)
        self.assertEqual(0, proc.returncode, proc.stderr)
        names = ["frame.number", "frame.time_epoch", "frame.len", "frame.cap_len", "frame.md5_hash"]
        md5 = ["-o", "frame.generate_md5_hash:TRUE"]
        before = harness.fields(harness.capture("https-tls13.pcap"), names, plugin=False, extra=md5)
        after = harness.fields(annotated, names, plugin=False, extra=md5)
        self.assertEqual(before, after)
        self.assertTrue(all(r["frame.md5_hash"] for r in after))

    def test_existing_comment_kept(self):
        tmp = tempfile.mkdtemp(prefix="lesson-commented-", dir=harness.sandbox()["root"])
        os.chmod(tmp, 0o755)
        src = os.path.join(tmp, "commented.pcapng")
        subprocess.run(["editcap", "-F", "pcapng", "-a", "4:teacher's note: look at the SNI",
                        harness.capture("https-tls12-ecdhe.pcap"), src], check=True, capture_output=True)
        os.chmod(src, 0o644)
        proc, annotated = lesson(src, keylog=harness.capture("https-tls12-ecdhe.keys"))
        self.assertEqual(0, proc.returncode, proc.stderr)
        frame4 = packets(annotated)[4]["comments"]
        self.assertEqual("teacher's note: look at the SNI", frame4[0])       # first, as it was
        self.assertTrue(frame4[1].startswith("Stage 1 (client proposes) \u2014 ClientHello: "), frame4)


# ---------------------------------------------------------------------------------------
# pcapng.py on a file made here: both byte orders, two sections, the three packet blocks

def block(endian, btype, body):
    body += b"\0" * (-len(body) % 4)
    total = struct.pack(endian + "I", len(body) + 12)
    return struct.pack(endian + "I", btype) + total + body + total


def section(endian, packets_blocks):
    shb = block(endian, 0x0A0D0D0A, struct.pack(endian + "IHHq", 0x1A2B3C4D, 1, 0, -1))
    idb = block(endian, 1, struct.pack(endian + "HHI", 147, 0, 0))   # LINKTYPE_USER0, no snap limit
    return shb + idb + b"".join(packets_blocks)


def epb(endian, data, ts, options=b""):
    head = struct.pack(endian + "IIIII", 0, ts >> 32, ts & 0xFFFFFFFF, len(data), len(data))
    return block(endian, 6, head + data + b"\0" * (-len(data) % 4) + options)


def comment(endian, text):
    data = text.encode("utf-8")
    return struct.pack(endian + "HH", 1, len(data)) + data + b"\0" * (-len(data) % 4)


class PcapngTest(unittest.TestCase):
    def test_both_byte_orders_and_all_packet_blocks(self):
        sys.path.insert(0, TOOL_DIR)
        from tlsedu_lesson import pcapng
        le, be = "<", ">"
        spb = block(le, 3, struct.pack(le + "I", 5) + b"hello")
        pb = block(le, 2, struct.pack(le + "HHIIII", 0, 0, 0, 1000002, 3, 3) + b"abc" + b"\0")
        first = epb(le, b"first", 1000001, comment(le, "kept") + struct.pack(le + "HH", 0, 0))
        data = section(le, [first, spb, pb]) + section(be, [epb(be, b"big-endian!", 1000003)])
        tmp = tempfile.mkdtemp(prefix="pcapng-", dir=harness.sandbox()["root"])
        os.chmod(tmp, 0o755)
        src, dst = os.path.join(tmp, "in.pcapng"), os.path.join(tmp, "out.pcapng")
        with open(src, "wb") as f:
            f.write(data)
        os.chmod(src, 0o644)
        texts = {1: ["one", "two é"], 2: ["never: a Simple Packet Block has no options"],
                 3: ["three…"], 4: ["quatre\u00a0: été", "пять"], 9: ["no such frame"]}
        self.assertEqual(3, pcapng.annotate(src, dst, texts))
        self.assertEqual([], [f for f in os.listdir(tmp) if f.endswith(".tmp")])
        got = packets(dst)
        self.assertEqual({1: ["kept", "one", "two é"], 2: [], 3: ["three…"], 4: ["quatre\u00a0: été", "пять"]},
                         {n: p["comments"] for n, p in got.items()})
        names = ["frame.number", "frame.time_epoch", "frame.len", "frame.cap_len", "data.data"]
        self.assertEqual(harness.fields(src, names, plugin=False), harness.fields(dst, names, plugin=False))
        with open(dst, "rb") as f:
            out = f.read()
        self.assertTrue(out.startswith(data[:data.index(first)]))        # SHB and IDB as they were
        self.assertIn(spb + pb[:4], out)                                 # the SPB as it was, then the PB
        self.assertIn(section(be, []), out)                               # the big-endian SHB and IDB
        blocks, stream, endian = [], io.BytesIO(out), None
        while True:
            got = pcapng.read_block(stream, endian)                       # lengths agree, all 4-aligned
            if got is None:
                break
            blocks.append((got[0], got[2]))
            endian = got[2]
        self.assertEqual([(0x0A0D0D0A, le), (1, le), (6, le), (3, le), (2, le), (0x0A0D0D0A, be), (1, be), (6, be)],
                         blocks)

if __name__ == "__main__":
    unittest.main()
