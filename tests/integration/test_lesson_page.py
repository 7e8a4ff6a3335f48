"""tlsedu-lesson's HTML page (issue 18): runs of application data folded into one arrow
(both directions) with the inner protocol's first lines, injected cleartext on a row of its
own, each warning on the message it concerns, the course step under each arrow, values in
the page's language, and printing (Chromium) with no page holding only a heading or only a
summary table.

Expected values come from stock tshark (the plugin folder empty) on the same captures: the
frames carrying decrypted application data records (tls.record.content_type 23), the SMTP
commands and reply codes inside them, the frame carrying the injected command, the frame of
the ServerHello (handshake type 2); the course steps and the handshake duration are the
plugin's own fields.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import html
import html.parser
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import unittest
import xml.etree.ElementTree as ET
import zlib

import harness
from test_lesson import lesson

ENGLISH = ["seconds", "offered", "requested", "accepted", "TLS started", "January", "February",
           "March", "April", "June", "July", "August", "September", "October", "November",
           "December"] + ["%s " % m for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                              "Oct", "Nov", "Dec")]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MESYATSA = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Arrows(html.parser.HTMLParser):
    """Every g.arrow of a lesson page: its data attributes and its texts by class, each
    text as its lines (tspans)."""

    def __init__(self):
        super().__init__()
        self.arrows, self.cls, self.svgs = [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg":
            self.svgs += 1
        if tag == "g" and "arrow" in (a.get("class") or "").split():
            self.arrows.append({"kind": a["class"].split()[1], "stage": a.get("data-stage"),
                                "frames": [int(x) for x in a["data-frames"].split()],
                                "count": int(a["data-count"]), "up": int(a["data-up"]),
                                "down": int(a["data-down"])})
        elif tag == "text" and self.arrows:
            self.cls = "stage_text" if a.get("class") == "stage" else a.get("class")
            self.arrows[-1].setdefault(self.cls, [])
            self.arrows[-1][self.cls].append("")
        elif tag == "tspan" and self.cls and self.arrows[-1][self.cls][-1]:
            self.arrows[-1][self.cls].append("")

    def handle_endtag(self, tag):
        if tag == "text":
            self.cls = None

    def handle_data(self, data):
        if self.cls:
            self.arrows[-1][self.cls][-1] += data


def arrows(out, name):
    with open(os.path.join(out, name + "-lesson.html"), encoding="utf-8") as f:
        text = f.read()
    p = Arrows()
    p.feed(text)
    return p.arrows, text


def made(testcase, capture, lang=None, keylog=True):
    proc, out = lesson(capture, keylog=keylog, lang=lang)
    testcase.assertEqual(0, proc.returncode, proc.stderr)
    return out


def stock_tls(capture):
    """[(frame, from the client?, record content types)] of every TLS frame, stock tshark
    with the key log (TLS 1.3 records show their inner type)."""
    path = harness.capture(capture)
    rows = harness.fields(path, ["frame.number", "tcp.srcport", "tcp.dstport", "tls.record.content_type",
                                 "tls.handshake.type"],
                          plugin=False, extra=harness.keylog_args(path), display_filter="tls")
    hello = next(r for r in rows if "1" in r["tls.handshake.type"].split(","))
    return [(int(r["frame.number"]), r["tcp.srcport"] == hello["tcp.srcport"],
             [t for t in r["tls.record.content_type"].split(",") if t]) for r in rows]


def data_runs(tls):
    """Runs of consecutive TLS frames that carry application data records only."""
    runs, cur = [], []
    for num, up, types in tls:
        if types and set(types) == {"23"}:
            cur.append((num, up, len(types)))
        elif cur:
            runs.append(cur)
            cur = []
    return runs + ([cur] if cur else [])


class FoldingTest(unittest.TestCase):
    CAPTURE = "smtp-starttls-25.pcap"

    def test_application_data_folds_both_directions(self):
        runs = data_runs(stock_tls(self.CAPTURE))
        self.assertTrue(runs and len(runs[0]) > 4, runs)
        out = made(self, self.CAPTURE)
        got, _ = arrows(out, "smtp-starttls-25")
        data = [a for a in got if a["stage"] == "6"]
        self.assertLess(len(data), sum(len(r) for r in runs))      # fewer arrows than data frames
        self.assertEqual([[n for n, _, _ in r] for r in runs], [a["frames"] for a in data])
        for run, a in zip(runs, data):
            up = sum(k for _, is_up, k in run if is_up)
            down = sum(k for _, is_up, k in run if not is_up)
            self.assertEqual((up, down, up + down), (a["up"], a["down"], a["count"]))
            self.assertIn("×%d (→ %d, ← %d)" % (up + down, up, down), "".join(a["title"]))
            self.assertIn("#%d–%d" % (run[0][0], run[-1][0]), "".join(a["fno"]))

    def test_inner_lines_are_the_smtp_commands(self):
        path = harness.capture(self.CAPTURE)
        run = data_runs(stock_tls(self.CAPTURE))[0]
        smtp = {int(r["frame.number"]): r for r in harness.fields(
            path, ["frame.number", "smtp.req.command", "smtp.response.code"], plugin=False,
            extra=harness.keylog_args(path), display_filter="smtp")}
        expected = []
        for num, up, _ in run:
            r = smtp.get(num, {})
            first = (r.get("smtp.req.command") or r.get("smtp.response.code") or "").split(",")[0]
            expected.append(("→ " if up else "← ") + (first.upper() or "(no first line)"))
        self.assertIn("→ EHLO", expected)
        out = made(self, self.CAPTURE)
        got, _ = arrows(out, "smtp-starttls-25")
        folded = next(a for a in got if a["stage"] == "6")
        lines = folded["inner"]
        self.assertEqual("Inside (SMTP):", lines[0])
        listed = [l if l.endswith("line)") else l.upper() for l in lines[1:9]]
        self.assertEqual(expected[:8], listed)
        if len(expected) > 8:
            self.assertEqual("… %d more" % (len(expected) - 8), lines[9])

    def test_without_key_log_no_inner_lines(self):
        out = made(self, self.CAPTURE, keylog=False)
        got, _ = arrows(out, "smtp-starttls-25")
        self.assertTrue(all("inner" not in a for a in got if a["stage"] == "6"), got)


class InjectionTest(unittest.TestCase):
    def test_injected_command_on_its_own_row(self):
        name = "smtp-starttls-injection-separate-25"
        path = harness.capture(name + ".pcap")
        stock = harness.fields(path, ["frame.number", "tcp.dstport"], plugin=False,
                               display_filter='smtp.req.command == "RSET"')
        self.assertEqual(1, len(stock))
        frame = int(stock[0]["frame.number"])
        out = made(self, name + ".pcap")
        got, _ = arrows(out, name)
        rows = [a for a in got if frame in a["frames"]]
        self.assertEqual(1, len(rows), rows)
        row = rows[0]
        self.assertEqual(("warn", [frame]), (row["kind"], row["frames"]))
        self.assertEqual("⚠ RSET", "".join(row["title"]))
        to_server = stock[0]["tcp.dstport"] == "25"
        self.assertIn(("→ " if to_server else "← ") + "RSET", row["inner"])
        self.assertEqual((1, 0) if to_server else (0, 1), (row["up"], row["down"]))
        self.assertIn("Cleartext bytes after STARTTLS", " ".join(row["warning"]))

    def test_injection_in_the_starttls_frame(self):
        # the command and the injected one in one segment: both listed on the STARTTLS row
        name = "smtp-starttls-injection-25"
        path = harness.capture(name + ".pcap")
        frame = int(harness.fields(path, ["frame.number"], plugin=False,
                                   display_filter='smtp.req.command == "RSET"')[0]["frame.number"])
        out = made(self, name + ".pcap")
        got, _ = arrows(out, name)
        row = next(a for a in got if a["kind"] == "step" and frame in a["frames"])
        self.assertEqual(["→ STARTTLS", "→ RSET"], row["inner"])
        self.assertIn("Cleartext bytes after STARTTLS", " ".join(row["warning"]))


def handshake_frame(capture, htype):
    path = harness.capture(capture)
    rows = harness.fields(path, ["frame.number"], plugin=False, extra=harness.keylog_args(path),
                          display_filter="tls.handshake.type == %d" % htype)
    return int(rows[0]["frame.number"])


class WarningPlacementTest(unittest.TestCase):
    def test_no_forward_secrecy_on_the_server_hello(self):
        frame = handshake_frame("https-tls12-rsa.pcap", 2)
        out = made(self, "https-tls12-rsa.pcap", keylog=False)
        got, _ = arrows(out, "https-tls12-rsa")
        mine = {"".join(a["title"]): a for a in got if a["frames"] == [frame]}
        self.assertIn("ServerHelloDone", mine)                  # same frame, after it
        self.assertIn("No forward secrecy", " ".join(mine["ServerHello"].get("warning", [])))
        self.assertNotIn("warning", mine["ServerHelloDone"])
        self.assertEqual(1, sum(1 for a in got if "No forward secrecy" in " ".join(a.get("warning", []))))

    def test_expired_certificate_on_the_certificate(self):
        frame = handshake_frame("tls-expired-cert.pcap", 11)
        out = made(self, "tls-expired-cert.pcap", keylog=False)
        got, _ = arrows(out, "tls-expired-cert")
        warned = [("".join(a["title"]), a["frames"]) for a in got if a.get("warning")]
        self.assertIn(("Certificate", [frame]), warned)


class CourseStepTest(unittest.TestCase):
    def test_course_step_under_each_arrow(self):
        for capture in ("https-tls12-rsa.pcap", "https-tls13.pcap"):
            path = harness.capture(capture)
            pdml = harness.tshark(["-r", harness.readable(path), "-T", "pdml", "-J", "tlsedu", "-Y", "tlsedu.stage"]
                                  + harness.keylog_args(path)).stdout
            expected = []
            for pkt in ET.fromstring(pdml).iter("packet"):
                num = int(next(f.get("show") for f in pkt.iter("field") if f.get("name") == "num"))
                for st in pkt.iter("field"):
                    if st.get("name") == "tlsedu.stage" and st.get("show") != "6":
                        step = [c.get("show") for c in st.findall("field") if c.get("name") == "tlsedu.course_step"]
                        expected.append((num, "stage %s" % st.get("show") + (" · course step %s" % step[0] if step else "")))
            self.assertTrue(any("course step" in e for _, e in expected))
            out = made(self, capture)
            got, _ = arrows(out, capture[:-5])
            shown = [(a["frames"][0], "".join(a["stage_text"])) for a in got if a["stage"] not in ("", "6")]
            self.assertEqual(expected, shown, capture)


class LanguageTest(unittest.TestCase):
    def visible(self, text):
        text = re.sub(r"<style.*?</style>", " ", text, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", text))

    def test_french_and_russian_values(self):
        path = harness.capture("smtp-starttls-25.pcap")
        row = harness.fields(path, ["tlsedu.handshake.duration", "tlsedu.cert.not_after"],
                             extra=harness.keylog_args(path), two_pass=True,
                             display_filter="tlsedu.cert.not_after")[0]
        ms = ("%.3f" % (float(row["tlsedu.handshake.duration"].split(",")[0]) * 1000)).replace(".", ",")
        m = re.match(r"([A-Z][a-z]{2}) +(\d+), (\d{4})", row["tlsedu.cert.not_after"])
        month, day, year = ABBR.index(m.group(1)), int(m.group(2)), m.group(3)
        for lang, unit, date, title in (
                ("fr", "ms", "%s %s %s" % ("1er" if day == 1 else day, MOIS[month], year), "Durée"),
                ("ru", "мс", "%d %s %s г." % (day, MESYATSA[month], year), "Длительность")):
            out = made(self, "smtp-starttls-25.pcap", lang=lang)
            got, text = arrows(out, "smtp-starttls-25")
            seen = self.visible(text)
            self.assertEqual([], [e for e in ENGLISH if e in seen], lang)
            self.assertRegex(seen, r"%s\s+%s %s" % (title, re.escape(ms), unit))
            self.assertIn(date, seen)
            steps = ["".join(a["title"]) for a in got if a["kind"] == "step"]
            colon = "\u00a0: " if lang == "fr" else ": "          # French typography
            self.assertTrue(steps and all(s.startswith("STARTTLS" + colon) for s in steps), steps)
            self.assertTrue(all(re.search("[а-яà-ÿ]", s) for s in steps), steps)


def package():
    """tools/tlsedu-lesson's package, imported from the source tree."""
    import importlib
    import sys
    root = os.path.join(harness.SOURCE_DIR, "tools", "tlsedu-lesson")
    if root not in sys.path:
        sys.path.insert(0, root)
    return importlib.import_module("tlsedu_lesson.page"), importlib.import_module("tlsedu_lesson.words")


def frame(num, to_server, **kw):
    f = {"num": num, "time": num / 1000.0, "src": "c" if to_server else "s", "dst": "s" if to_server else "c",
         "sport": "1" if to_server else "2", "dport": "2" if to_server else "1", "conv": ("tcp", 0),
         "items": [], "step": None, "experts": [], "summary": {}, "cert": {}, "cert_show": {},
         "service": "", "security": "", "direction": 1 if to_server else 2, "starttls": {},
         "warnings": [], "payload": []}
    f.update(kw)
    return f


def data_item(inner, protocol="SMTP"):
    return {"stage": 6, "label": "x", "message": "Application Data", "shown": "Application Data",
            "explain": "x", "inferred": False, "early": False, "course_step": 6, "protocol": protocol,
            "inner": inner}


class RenderTest(unittest.TestCase):
    """render_html on frames as read.py makes them: values tshark formats in English (as
    Wireshark 4.4's PDML shows them whatever tlsedu.language says) and hostile texts."""

    def test_values_formatted_in_the_language(self):
        page, words = package()
        hello = {"stage": 1, "label": "x", "message": "ClientHello", "shown": "ClientHello", "explain": "x",
                 "inferred": False, "early": False, "course_step": 2, "protocol": "", "inner": None}
        f = frame(1, True, items=[hello],
                  summary={"duration": {"show": "0.001869000", "label": "0.001869000 seconds"}},
                  cert={"not_after": "Jan  1, 2036 00:00:00.000000000 UTC"},
                  cert_show={"not_after": "Jan  1, 2036 00:00:00.000000000 UTC"})
        for lang, ms, date in (("fr", "1,869 ms", "1er janvier 2036"), ("ru", "1,869 мс", "1 января 2036 г."),
                               ("en", "1.869 ms", "January 1, 2036")):
            text = html.unescape(page.render_html("x", [f], words.WORDS[lang], lang, None, 1))
            self.assertIn(ms, text)
            self.assertIn(date, text)
            self.assertNotIn("seconds", text)
            self.assertNotIn("Jan ", text)

    def test_inner_and_injected_lines_are_escaped(self):
        page, words = package()
        evil = '<script>alert("x")</script>&'
        frames = [frame(1, True, items=[data_item(evil)]), frame(2, False, items=[data_item(evil)]),
                  frame(3, True, payload=[evil], experts=[{"name": "tlsedu.starttls.injection",
                                                           "message": evil, "severity": "warning"}])]
        out = page.render_html("x", frames, words.WORDS["en"], "en", None, 3)
        self.assertNotIn("<script", out)
        self.assertGreaterEqual(out.count("&lt;script&gt;alert"), 3)   # → and ← inner lines, the row's line
        p = Arrows()
        p.feed(out)
        self.assertEqual([[1, 2], [3]], [a["frames"] for a in p.arrows])
        self.assertEqual(["warn"], [a["kind"] for a in p.arrows if a["frames"] == [3]])


def pdf_pages(data):
    """The text of each page of a Chromium PDF: its content stream's strings (Tj, TJ) read
    through the fonts' ToUnicode maps (standard library only)."""
    objs = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}

    def stream(num):
        body = objs[num]
        m = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
        raw = m.group(1) if m else b""
        return zlib.decompress(raw) if b"FlateDecode" in body[:200] else raw

    def cmap(num):
        table, text = {}, stream(num)
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
            for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                table[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be", "replace")
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
            for a, b, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                for i, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                    table[code] = chr(int(dst, 16) + i)
        return table

    kids = re.search(rb"/Type\s*/Pages\b.*?/Kids\s*\[([^\]]*)\]", data, re.S).group(1)
    pages = []
    for num in map(int, re.findall(rb"(\d+) 0 R", kids)):
        maps = {}
        for name, ref in re.findall(rb"/(F\d+)\s+(\d+) 0 R", objs[num]):
            tu = re.search(rb"/ToUnicode (\d+) 0 R", objs[int(ref)])
            maps[name] = cmap(int(tu.group(1))) if tu else {}
        contents = re.search(rb"/Contents (\d+) 0 R", objs[num])
        out, font = [], {}
        for m in re.finditer(rb"/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|(BT)",
                             stream(int(contents.group(1))) if contents else b""):
            if m.group(1) or m.group(4):
                font, _ = (maps.get(m.group(1), {}), None) if m.group(1) else (font, out.append("\n"))
                continue
            for h in re.findall(rb"<([0-9A-Fa-f]*)>", m.group(2) or b"<" + (m.group(3) or b"") + b">"):
                out.append("".join(font.get(int(h[i:i + 4], 16), "?") for i in range(0, len(h) - 3, 4)))
        pages.append(unicodedata.normalize("NFKC", "".join(out)))
    return pages


class PrintTest(unittest.TestCase):
    # pages the page printed on before issue 18 (Chromium 156, Letter): the French SMTP
    # page printed its title alone on page 1, the RSA page its summary alone on page 3
    BEFORE = {"smtp-starttls-25": 4, "https-tls12-rsa": 3}

    def print_pdf(self, chromium, out, name):
        pdf = os.path.join(out, name + ".pdf")
        home = tempfile.mkdtemp(prefix="chromium-home-")
        try:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + home,
                            "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                            "file://" + os.path.join(out, name + "-lesson.html")],
                           capture_output=True, timeout=120, env=dict(os.environ, HOME=home))
        finally:
            shutil.rmtree(home, ignore_errors=True)
        with open(pdf, "rb") as f:
            return pdf_pages(f.read())

    def test_no_page_with_only_a_heading_or_a_summary(self):
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            if harness.IN_CI and not os.environ.get("TLSEDU_VERSIONS_CHROOT"):
                self.fail("CI=true but chromium is missing (tools/setup.sh installs it)")
            raise unittest.SkipTest("chromium is not installed")
        for capture, lang, keylog in (("smtp-starttls-25", "fr", True), ("https-tls12-rsa", "en", False)):
            out = made(self, capture + ".pcap", lang=lang, keylog=keylog)
            got, _ = arrows(out, capture)
            pages = self.print_pdf(chromium, out, capture)
            self.assertLess(len(pages), self.BEFORE[capture], capture)
            first = got[0]["frames"][0]
            self.assertIn("#%d\n" % first, pages[0], capture)          # the ladder starts on page 1
            for i, text in enumerate(pages):
                # every page holds ladder rows (their frame numbers), not only headings or a summary
                self.assertRegex(text, r"\n#\d+(–\d+)?\n", "%s page %d: %r" % (capture, i + 1, text[:300]))


if __name__ == "__main__":
    unittest.main()
