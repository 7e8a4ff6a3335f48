"""tlsedu-lesson: the annotated pcapng, read back by a stock tshark without the plugin, and
the HTML lesson page (structure, explanations, summary, errors, rendering in Chromium).

Expected values come from stock tshark (the plugin folder empty) on the same captures: the
frames that carry TLS records, the handshake messages, ChangeCipherSpec and alert records
in each frame (with the key log), and the suites the ServerHellos chose (IANA names of
0xc02f and 0x1302).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import html.parser
import importlib.machinery
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import harness

SCRIPT = os.path.join(harness.SOURCE_DIR, "tools", "tlsedu-lesson", "tlsedu-lesson")


def lesson(capture, keylog=False, lang=None, extra_env=None, out=None, args=()):
    """Runs tlsedu-lesson on captures/CAPTURE (with ARGS); returns (process, out dir)."""
    out = out or tempfile.mkdtemp(prefix="lesson-", dir=harness.sandbox()["root"])
    os.chmod(out, 0o755)
    path = harness.capture(capture) if not os.path.isabs(capture) else capture
    cmd = [sys.executable, SCRIPT, path, "--out", out]
    if keylog:
        cmd += ["--keylog", keylog if isinstance(keylog, str) else path.rsplit(".", 1)[0] + ".keys"]
    if lang:
        cmd += ["--lang", lang]
    cmd += list(args)
    env = dict(os.environ, WIRESHARK_PLUGIN_DIR=harness.sandbox()["with"])
    env.update(extra_env or {})
    if os.geteuid() != 0:
        env["HOME"] = harness.sandbox()["home"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    return proc, out


def stock_records(capture):
    """frame -> number of handshake messages + ChangeCipherSpec + alert records (stock tshark)."""
    path = harness.capture(capture)
    rows = harness.fields(path, ["frame.number", "tls.handshake.type", "tls.record.content_type"],
                          plugin=False, extra=harness.keylog_args(path), display_filter="tls")
    counts = {}
    for r in rows:
        hs = [t for t in r["tls.handshake.type"].split(",") if t]
        ct = r["tls.record.content_type"].split(",")
        n = len(hs) + ct.count("20") + ct.count("21")
        if n:
            counts[int(r["frame.number"])] = n
    return counts


class Page(html.parser.HTMLParser):
    """The arrows (svg g.arrow), their texts, and the summary tables of a lesson page."""

    def __init__(self):
        super().__init__()
        self.arrows, self.tables, self.stack, self.text_owner = [], [], [], None
        self.no_tls, self.svgs, self.cell, self.row = False, 0, None, None
        self._p_no_tls = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class", "")
        if tag == "svg":
            self.svgs += 1
        if tag == "g" and "arrow" in cls.split():
            self.arrows.append({"kind": cls.split()[1], "stage": a.get("data-stage"),
                                "frame": int(a["data-frame"]), "count": int(a["data-count"]),
                                "title": "", "explain": "", "warning": ""})
        if tag == "text" and self.arrows and cls in ("title", "explain", "warning"):
            self.text_owner = cls
        if tag == "table" and cls == "summary":
            self.tables.append({})
        if tag in ("th", "td") and self.tables:
            self.cell = tag
            if tag == "th":
                self.row = ""
        if tag == "p" and cls == "no-tls":
            self.no_tls = True
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "text":
            self.text_owner = None
        if tag in ("th", "td"):
            self.cell = None
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.text_owner and self.arrows:
            sep = " " if self.arrows[-1][self.text_owner] and self.text_owner != "title" else ""
            self.arrows[-1][self.text_owner] += sep + data
        elif self.cell == "th" and self.tables:
            self.row += data
        elif self.cell == "td" and self.tables:
            self.tables[-1][self.row] = self.tables[-1].get(self.row, "") + data


def page(out, name):
    p = Page()
    with open(os.path.join(out, name + "-lesson.html"), encoding="utf-8") as f:
        p.feed(f.read())
    return p


def comments(out, name):
    """frame -> its packet comments, one per line (one comment per message, test_lesson_comments)."""
    from test_lesson_comments import packets
    found = packets(os.path.join(out, name + "-annotated.pcapng"))
    return {n: "\n".join(p["comments"]) for n, p in found.items() if p["comments"]}


class AnnotatedCaptureTest(unittest.TestCase):
    def test_comments_read_without_the_plugin(self):
        proc, out = lesson("https-tls12-rsa.pcap")
        self.assertEqual(0, proc.returncode, proc.stderr)
        got = comments(out, "https-tls12-rsa")
        path = harness.capture("https-tls12-rsa.pcap")
        tls_frames = {int(r["frame.number"]) for r in harness.fields(path, ["frame.number"], plugin=False,
                                                                      display_filter="tls.record")}
        self.assertEqual(tls_frames, set(got))            # every frame with TLS records, only those
        self.assertIn("Stage 1 (client proposes) \u2014 ClientHello: The client proposes:", got[4])
        self.assertIn("Stage 2 (", got[6])
        self.assertIn("Stage 3 (", got[6])                  # ServerHello, Certificate, ServerHelloDone
        self.assertIn("Warning (tlsedu.no_forward_secrecy): No forward secrecy (RSA key transport)", got[6])
        self.assertIn("Stage 4 (", got[8])                  # ClientKeyExchange, CCS, Finished
        self.assertIn("RSA key transport", got[8])
        # the packets themselves are unchanged
        stock = harness.fields(path, ["frame.number", "frame.len", "tcp.seq"], plugin=False)
        again = harness.fields(harness.readable(os.path.join(out, "https-tls12-rsa-annotated.pcapng")),
                               ["frame.number", "frame.len", "tcp.seq"], plugin=False)
        self.assertEqual(stock, again)

    def test_french(self):
        proc, out = lesson("https-tls13.pcap", keylog=True, lang="fr")
        self.assertEqual(0, proc.returncode, proc.stderr)
        got = comments(out, "https-tls13")
        self.assertEqual({4, 6, 8, 9, 10, 11, 12, 13}, set(got))
        self.assertIn("Phase 1 (le client propose) \u2014 ClientHello\u00a0: Le client propose\u00a0:", got[4])
        # one comment per message: SH, CCS, EE, Cert, CV, Finished
        self.assertEqual(6, sum(1 for c in got[6].split("\n") if c.startswith("Phase ")))

    def test_key_log_and_scenario_embedded(self):
        # issue 18: stock Wireshark, no plugin and no key-log option, decrypts the annotated
        # capture by itself (the key log as a Decryption Secrets Block), and the capture has a
        # comment giving the scenario in the lesson's language
        proc, out = lesson("https-tls12-rsa.pcap", keylog=True, lang="fr")
        self.assertEqual(0, proc.returncode, proc.stderr)
        annotated = harness.readable(os.path.join(out, "https-tls12-rsa-annotated.pcapng"))
        stock = harness.fields(annotated, ["frame.number", "tls.handshake.type", "http.request.method"], plugin=False)
        finished = [r["frame.number"] for r in stock if "20" in r["tls.handshake.type"].split(",")]
        self.assertEqual(["8", "9"], finished)                        # both Finished, decrypted
        self.assertEqual(["10"], [r["frame.number"] for r in stock if r["http.request.method"] == "GET"])
        plain = harness.fields(harness.readable(harness.capture("https-tls12-rsa.pcap")),
                               ["frame.number", "http.request.method"], plugin=False)
        self.assertEqual([], [r for r in plain if r["http.request.method"]])   # the input alone does not
        info = subprocess.run(["capinfos", "-k", annotated], capture_output=True, text=True).stdout
        self.assertIn("Leçon TLS produite par tlsedu-lesson, en français.", info)
        self.assertIn("TLS 1.2 TLS_RSA_WITH_AES_128_GCM_SHA256", info)
        self.assertIn("sans confidentialité persistante", info)      # the warning, in French
        self.assertIn("déchiffre chaque connexion dont il contient les secrets", info)

    def test_no_key_log_no_secrets(self):
        proc, out = lesson("https-tls12-rsa.pcap")
        self.assertEqual(0, proc.returncode, proc.stderr)
        info = subprocess.run(["capinfos", "-k", os.path.join(out, "https-tls12-rsa-annotated.pcapng")],
                              capture_output=True, text=True).stdout
        self.assertIn("TLS lesson made by tlsedu-lesson, in English.", info)
        self.assertNotIn("key log is embedded", info)


class HtmlTest(unittest.TestCase):
    def check_arrows(self, capture, p):
        handshake = [a for a in p.arrows if a["kind"] == "msg" and a["stage"] != "6"]
        per_frame = {}
        for a in handshake:
            per_frame[a["frame"]] = per_frame.get(a["frame"], 0) + 1
        stock = stock_records(capture)
        # stock counts include application data frames' close_notify alerts etc.: compare all
        self.assertEqual(stock, per_frame)
        for a in p.arrows:
            self.assertTrue(a["explain"].strip(), a)

    def test_tls12_ecdhe(self):
        proc, out = lesson("https-tls12-ecdhe.pcap", keylog=True)
        self.assertEqual(0, proc.returncode, proc.stderr)
        p = page(out, "https-tls12-ecdhe")
        with open(os.path.join(out, "https-tls12-ecdhe-lesson.html"), encoding="utf-8") as f:
            # one ladder (its client and server heading once), in SVGs a printed page can hold
            self.assertEqual(1, f.read().count('<svg class="ladder"'))
        self.check_arrows("https-tls12-ecdhe.pcap", p)
        first = p.arrows[0]
        self.assertEqual(("ClientHello", "1", 4), (first["title"], first["stage"], first["frame"]))
        self.assertTrue(first["explain"].startswith("The client proposes:"))
        s = p.tables[0]
        self.assertEqual("TLS 1.2", s["Version"])
        self.assertEqual("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", s["Cipher suite"])   # 0xc02f
        self.assertIn("ECDHE", s["Key exchange"])
        self.assertEqual(("yes", "no", "2", "none"), (s["Forward secrecy"], s["Resumed"], s["Round trips"], s["Warnings"]))

    def test_tls13_with_keys(self):
        proc, out = lesson("https-tls13.pcap", keylog=True)
        self.assertEqual(0, proc.returncode, proc.stderr)
        p = page(out, "https-tls13")
        self.check_arrows("https-tls13.pcap", p)
        titles = [a["title"] for a in p.arrows if a["frame"] == 6]
        self.assertEqual(["ServerHello", "ChangeCipherSpec (compatibility)", "EncryptedExtensions",
                          "Certificate", "CertificateVerify", "Finished"], titles)
        s = p.tables[0]
        self.assertEqual(("TLS 1.3", "TLS_AES_256_GCM_SHA384", "yes", "no", "1"),      # 0x1302
                         (s["Version"], s["Cipher suite"], s["Forward secrecy"], s["Resumed"], s["Round trips"]))

    def test_warning_in_summary_and_french(self):
        proc, out = lesson("https-tls12-rsa.pcap", lang="fr")
        self.assertEqual(0, proc.returncode, proc.stderr)
        p = page(out, "https-tls12-rsa")
        s = p.tables[0]
        self.assertEqual(("non", "transport de clé RSA"), (s["Confidentialité persistante"], s["Échange de clés"]))
        self.assertIn("Pas de confidentialité persistante", s["Avertissements"])
        self.assertIn("Pas de confidentialité persistante", " ".join(a["warning"] for a in p.arrows))

    def test_russian_page_has_no_english_left(self):
        """Issue 16: with --lang ru, every word of the page's own text is Russian: none of the
        English page's words (tools/tlsedu-lesson's "en" dict) shows, and the tree's texts
        come in Russian (the summary, the warnings, the arrows' explanations)."""
        import importlib.machinery
        import importlib.util
        loader = importlib.machinery.SourceFileLoader("tlsedu_lesson", SCRIPT)
        spec = importlib.util.spec_from_loader("tlsedu_lesson", loader)
        tool = importlib.util.module_from_spec(spec)
        loader.exec_module(tool)
        words = tool.WORDS
        english = {v for k, v in words["en"].items() if isinstance(v, str) and re.search(r"[a-z]{4}", v)
                   and v != words["ru"].get(k) and "%" not in v}
        proc, out = lesson("https-tls12-rsa.pcap", lang="ru")
        self.assertEqual(0, proc.returncode, proc.stderr)
        with open(os.path.join(out, "https-tls12-rsa-lesson.html"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn('<html lang="ru"', text)
        visible = re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", " ", text, flags=re.S))
        # TLS message names stay as the RFCs write them ("Client Hello", "ServerKeyExchange")
        visible = re.sub(r"\b(Client|Server) ?(Hello|Key ?Exchange|Certificate)\w*", " ", visible)
        self.assertEqual([], sorted(e for e in english if e in visible))
        p = page(out, "https-tls12-rsa")
        s = p.tables[0]
        self.assertEqual("нет", s["Прямая секретность (forward secrecy)"])
        self.assertIn("Нет прямой секретности", s["Предупреждения"])
        self.assertTrue(all(re.search("[а-яА-Я]", a["explain"]) for a in p.arrows))

    def test_no_tls(self):
        proc, out = lesson("dns-53.pcap")
        self.assertEqual(0, proc.returncode, proc.stderr)
        p = page(out, "dns-53")
        self.assertTrue(p.no_tls)
        self.assertEqual((0, []), (p.svgs, p.arrows))
        self.assertEqual({}, comments(out, "dns-53"))

    def test_everything_from_packets_is_escaped(self):
        spec = importlib.util.spec_from_loader("tlsedu_lesson", importlib.machinery.SourceFileLoader("tlsedu_lesson", SCRIPT))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        evil = '<script>alert("x")</script>&'
        f = {"num": 1, "time": 0.0, "src": evil, "dst": "b", "sport": "1", "dport": "2", "conv": ("tcp", 0),
             "items": [{"stage": 1, "label": evil, "message": evil, "explain": evil, "inferred": False, "early": False}],
             "step": None, "experts": [{"name": "tlsedu.x", "message": evil, "severity": "warning"}],
             "summary": {"version": {"show": evil, "label": evil}}, "cert": {"subject": evil},
             "service": evil, "security": evil, "direction": 1, "starttls": {}}
        out = mod.render_html(evil, [f], mod.WORDS["en"], "en", None, 1)
        self.assertNotIn("<script", out)
        self.assertIn("&lt;script&gt;", out)
        self.assertEqual(out.count("<svg"), 1)

    def test_legend_names_are_the_plugins(self):
        # the legend names each stage as the plugin's Info bracket does, in every language
        spec = importlib.util.spec_from_loader("tlsedu_lesson3", importlib.machinery.SourceFileLoader("tlsedu_lesson3", SCRIPT))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        checked = 0
        for lang in ("en", "fr", "ru"):
            for capture in ("https-tls13.pcap", "https-tls12-rsa.pcap", "tls13-client-cert.pcap"):
                path = harness.capture(capture)
                info = harness.info_column(path, extra=harness.keylog_args(path) + ["-o", "tlsedu.language:" + lang])
                for text in info.values():
                    for nums, phrases in re.findall(r"\[(?:stages?|phases?|фазы?) ([\d, ]+)\u00a0?: ([^\]]+)\]", text):
                        for n, phrase in zip(nums.split(", "), phrases.split(", ")):
                            if "," in mod.WORDS[lang]["stage_names"][int(n) - 1]:
                                continue
                            self.assertEqual(mod.WORDS[lang]["stage_names"][int(n) - 1], phrase, (lang, n))
                            checked += 1
        self.assertGreater(checked, 30)
        proc, out = lesson("https-tls12-rsa.pcap", lang="fr")
        self.assertEqual(0, proc.returncode, proc.stderr)
        with open(os.path.join(out, "https-tls12-rsa-lesson.html"), encoding="utf-8") as f:
            self.assertIn("phase 1\u00a0: le client propose</li>", html.unescape(f.read()))

    def test_warning_only_frames_are_kept(self):
        # the injected bytes' frame carries only a warning (tlsedu.starttls.injection): the
        # page still shows it, on the ladder and in the summary (review 15r)
        proc, out = lesson("smtp-starttls-injection-separate-25.pcap", keylog=True)
        self.assertEqual(0, proc.returncode, proc.stderr)
        warned = {int(r["frame.number"]) for r in harness.fields(
            harness.capture("smtp-starttls-injection-separate-25.pcap"), ["frame.number"],
            display_filter="tlsedu.starttls.injection")}
        self.assertEqual(1, len(warned))
        with open(os.path.join(out, "smtp-starttls-injection-separate-25-lesson.html"), encoding="utf-8") as f:
            text = html.unescape(f.read())
        self.assertIn("frame %d: Cleartext bytes after STARTTLS and before TLS" % warned.pop(), text)
        self.assertIn('class="warning"', text)

    def test_colours_match_the_profile(self):
        spec = importlib.util.spec_from_loader("tlsedu_lesson2", importlib.machinery.SourceFileLoader("tlsedu_lesson2", SCRIPT))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        import re
        rules = open(os.path.join(harness.SOURCE_DIR, "profile", "tlsedu", "colorfilters"), encoding="utf-8").read()
        for stage, colour in mod.STAGE_COLOURS.items():
            m = re.search(r"@tlsedu\.stage == %d@\[(\d+),(\d+),(\d+)\]" % stage, rules)
            self.assertIsNotNone(m, stage)
            self.assertEqual(colour, "#%02x%02x%02x" % tuple(int(v) // 257 for v in m.groups()))
        m = re.search(r"@tlsedu\.starttls\.step@\[(\d+),(\d+),(\d+)\]", rules)
        self.assertEqual(mod.STEP_COLOUR, "#%02x%02x%02x" % tuple(int(v) // 257 for v in m.groups()))


class ErrorTest(unittest.TestCase):
    def fails(self, capture, expect, **kw):
        proc, out = lesson(capture, **kw)
        self.assertEqual(2, proc.returncode, proc.stderr)
        self.assertIn(expect, proc.stderr)
        self.assertNotIn("Traceback", proc.stderr)
        self.assertEqual([], os.listdir(out))

    def test_missing_file(self):
        self.fails(os.path.join(harness.CAPTURES, "no-such.pcap"), "no-such.pcap: no such file")

    def test_not_a_capture(self):
        self.fails(os.path.join(harness.CAPTURES, "README.md"), "is not a capture file Wireshark can read")

    def test_wrong_key_log(self):
        self.fails("https-tls13.pcap", "wrong key log", keylog=os.path.join(harness.CAPTURES, "https-tls12-rsa.keys"))

    def test_key_log_without_secrets(self):
        self.fails("https-tls13.pcap", "is not a TLS key log", keylog=os.path.join(harness.CAPTURES, "README.md"))

    def test_missing_key_log(self):
        self.fails("https-tls13.pcap", "no such file", keylog="/nonexistent/keys")

    def test_without_the_plugin(self):
        proc, out = lesson("https-tls13.pcap", extra_env={"WIRESHARK_PLUGIN_DIR": harness.sandbox()["without"]})
        self.assertEqual(2, proc.returncode)
        self.assertIn("does not load the tlsedu plugin", proc.stderr)


class InstalledTest(unittest.TestCase):
    def test_installed_program_finds_its_parts(self):
        # cmake --install puts the program in bin/ and its package in share/tlsedu/
        dest = tempfile.mkdtemp(prefix="tlsedu-lesson-install-")
        try:
            subprocess.run(["cmake", "--install", harness.BUILD_DIR], env=dict(os.environ, DESTDIR=dest),
                           check=True, capture_output=True)
            progs = [os.path.join(d, "tlsedu-lesson") for d, _, files in os.walk(dest) if "tlsedu-lesson" in files]
            self.assertEqual(1, len(progs), progs)
            parts = os.path.join(os.path.dirname(progs[0]), "..", "share", "tlsedu", "tlsedu_lesson", "main.py")
            self.assertTrue(os.path.exists(parts), parts)
            out = subprocess.run([sys.executable, progs[0], "--help"], capture_output=True, text=True)
            self.assertEqual(0, out.returncode, out.stderr)
            self.assertIn("--keylog", out.stdout)
        finally:
            shutil.rmtree(dest, ignore_errors=True)


class ChromiumTest(unittest.TestCase):
    def test_page_renders(self):
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            # the chroots of other Wireshark versions (tools/ws-versions.sh) have no browser:
            # the page does not depend on the Wireshark version
            if harness.IN_CI and not os.environ.get("TLSEDU_VERSIONS_CHROOT"):
                self.fail("CI=true but chromium is missing (tools/setup.sh installs it)")
            raise unittest.SkipTest("chromium is not installed")
        proc, out = lesson("https-tls13.pcap", keylog=True)
        self.assertEqual(0, proc.returncode, proc.stderr)
        png = os.path.join(out, "page.png")
        home = tempfile.mkdtemp(prefix="chromium-home-")
        try:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            "--window-size=1200,1600", "--screenshot=" + png,
                            "file://" + os.path.join(out, "https-tls13-lesson.html")],
                           capture_output=True, timeout=180, env=dict(os.environ, HOME=home))
        finally:
            shutil.rmtree(home, ignore_errors=True)
        with open(png, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"\x89PNG\r\n\x1a\n"))
        self.assertGreater(len(data), 20000)        # a blank page is a few kB


if __name__ == "__main__":
    unittest.main()
