# SPDX-License-Identifier: GPL-2.0-or-later
"""tlsedu's annotations of each frame, read from a two-pass tshark run (PDML)."""
import re
import subprocess
import time
import xml.etree.ElementTree as ET

from .run import LessonError, bounded, first_error, progress


LABEL = re.compile(r"^[^:]*: (.*) \((\d+)\)(?: \(.*\))?$")
NUMBERED = re.compile(r"^[^—]*?\d+ — (.*)$")
PAYLOAD_BYTES = 512              # of a cleartext frame's TCP payload, for its first lines
LINE_MAX = 100


def label_of(showname, suffix=None):
    """The value label of a numbered item, without the message name after it (suffix):
    'Stage 1 — Client Hello: the client proposes (ClientHello)' (or 'Фаза 1 — ...') and
    'Stage: Client Hello: the client proposes (1) (ClientHello)' -> 'Client Hello: ...'."""
    s = showname or ""
    m = LABEL.match(s)
    if m:
        return m.group(1)
    m = NUMBERED.match(s)
    if not m:
        return ""
    text = m.group(1)
    if suffix and text.endswith(" (%s)" % suffix):
        text = text[: -len(suffix) - 3]
    return text


def value_label(showname):
    """'Key exchange: RSA key transport (1)' -> 'RSA key transport'; 'Version: TLS 1.2' -> 'TLS 1.2'."""
    s = showname or ""
    s = s.split(": ", 1)[1] if ": " in s else s
    return re.sub(r" \(\d+\)$", "", s)


def parse_packet(pkt):
    f = {"num": None, "time": 0.0, "src": "", "dst": "", "sport": "", "dport": "", "conv": None,
         "items": [], "step": None, "experts": [], "summary": {}, "cert": {}, "cert_show": {},
         "service": "", "security": "", "direction": 0, "starttls": {}, "warnings": [], "payload": []}
    payload = ""
    for proto in pkt.findall("proto"):
        name = proto.get("name")
        if name == "geninfo":
            for fl in proto.iter("field"):
                if fl.get("name") == "num":
                    f["num"] = int(fl.get("show"))
        elif name == "frame":
            for fl in proto.iter("field"):
                if fl.get("name") == "frame.time_relative":
                    f["time"] = float(fl.get("show") or 0)
        elif name in ("ip", "ipv6"):
            for fl in proto.findall("field"):
                if fl.get("name") in ("ip.src", "ipv6.src"):
                    f["src"] = fl.get("show")
                elif fl.get("name") in ("ip.dst", "ipv6.dst"):
                    f["dst"] = fl.get("show")
        elif name in ("tcp", "udp"):
            for fl in proto.findall("field"):
                n = fl.get("name")
                if n == name + ".srcport":
                    f["sport"] = fl.get("show")
                elif n == name + ".dstport":
                    f["dport"] = fl.get("show")
                elif n == name + ".stream":
                    f["conv"] = (name, int(fl.get("show")))
                elif n == "tcp.payload":
                    payload = (fl.get("value") or "")[: 2 * PAYLOAD_BYTES]
        elif name == "tlsedu":
            parse_tlsedu(proto, f)
    if f["conv"] is None:
        f["conv"] = ("frame", f["num"])
    if payload and not f["items"]:        # cleartext bytes (STARTTLS, injected commands)
        f["payload"] = payload_lines(payload)
    return f


def payload_lines(hexdata, keep=3):
    """The first lines of a TCP payload (hex, as PDML's value), as text: at most KEEP lines
    of at most LINE_MAX characters, control characters shown as '.'."""
    try:
        data = bytes.fromhex(hexdata[: 2 * PAYLOAD_BYTES - (len(hexdata) % 2)])
    except ValueError:
        return []
    text = data.decode("utf-8", "replace")
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = "".join(c if c.isprintable() else "." for c in line).strip()
        if line:
            lines.append(line if len(line) <= LINE_MAX else line[:LINE_MAX] + "…")
        if len(lines) == keep:
            break
    return lines


def parse_tlsedu(proto, f):
    for fl in proto.iter("field"):
        n = fl.get("name") or ""
        show = fl.get("show")
        if n == "tlsedu.stage":
            f["items"].append(parse_stage(fl))
        elif n == "tlsedu.starttls.step" and f["step"] is None:
            f["step"] = {"step": int(show), "label": label_of(fl.get("showname")) or value_label(fl.get("showname"))}
        elif n == "tlsedu.starttls.explain":
            f["starttls"].setdefault("explain", bounded(show))
        elif n == "tlsedu.starttls.protocol":
            f["starttls"].setdefault("protocol", bounded(show))
        elif n.startswith("tlsedu.handshake."):
            key = n[len("tlsedu.handshake."):]
            f["summary"][key] = {"show": bounded(show), "label": bounded(value_label(fl.get("showname")))}
        elif n.startswith("tlsedu.cert.") and fl.get("show") is not None:
            f["cert"].setdefault(n[len("tlsedu.cert."):], bounded(value_label(fl.get("showname"))))
            f["cert_show"].setdefault(n[len("tlsedu.cert."):], bounded(fl.get("show")))
        elif n == "tlsedu.service":
            f["service"] = bounded(show)
        elif n == "tlsedu.security":
            f["security"] = bounded(value_label(fl.get("showname")))
        elif n == "tlsedu.direction":
            f["direction"] = int(show or 0)
        elif n == "tlsedu.warnings":   # the kinds, in the reader's language
            f["warnings"] = [k.strip() for k in bounded(show).split(",") if k.strip()]
        elif n == "_ws.expert":
            parse_expert(fl, f)


def parse_stage(fl):
    """A stage item: its message, explanation, course step and (application data) the
    protocol inside and its message."""
    item = {"stage": int(fl.get("show")), "label": "", "message": "", "explain": "",
            "inferred": False, "early": False, "course_step": None, "protocol": "", "inner": None}
    shown_message = None      # the message's name in the language, after the label
    for c in fl.findall("field"):
        cn = c.get("name")
        if cn == "tlsedu.message":
            item["message"] = bounded(c.get("show"))
            shown_message = value_label(c.get("showname"))
        elif cn == "tlsedu.explain":
            item["explain"] = bounded(c.get("show"))
        elif cn == "tlsedu.stage.inferred":
            item["inferred"] = c.get("show") in ("1", "True")
        elif cn == "tlsedu.data.early":
            item["early"] = c.get("show") in ("1", "True")
        elif cn == "tlsedu.course_step" and (c.get("show") or "").isdigit():
            item["course_step"] = int(c.get("show"))
        elif cn == "tlsedu.data.protocol":
            item["protocol"] = bounded(c.get("show"))
        elif cn == "tlsedu.data.message":
            item["inner"] = bounded(c.get("show"))
    item["label"] = bounded(label_of(fl.get("showname"), shown_message))
    item["shown"] = bounded(shown_message) or item["message"]   # in the page's language
    return item


def parse_expert(fl, f):
    ename, msg, sev = "", "", ""
    for c in fl.findall("field"):
        cn = c.get("name") or ""
        if cn.startswith("tlsedu."):
            ename = cn
        elif cn == "_ws.expert.message":
            msg = c.get("show") or ""
        elif cn == "_ws.expert.severity":
            sev = c.get("showname") or ""
    if ename and ename != "tlsedu.unknown_language":
        f["experts"].append({"name": ename, "message": bounded(msg),
                             "severity": value_label(sev).lower()})


def read_annotations(run, capture, keylog, lang, fields, total):
    """Every frame tlsedu annotates, from a two-pass tshark run (forward links, full summaries)."""
    args = ["-r", capture, "-2", "-T", "pdml", "-J", "frame ip ipv6 tcp udp tlsedu", "-Y", "tlsedu",
            "-o", "tlsedu.language:" + lang, "-o", "tlsedu.info_column:FALSE"]
    if keylog:
        args += ["-o", "tls.keylog_file:" + keylog]
    if "tlsedu" not in " ".join(sorted(fields)):
        raise LessonError("tshark does not load the tlsedu plugin")
    proc = subprocess.Popen(run.tshark_cmd(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=run.env)
    frames, last = [], time.monotonic()
    started = last
    try:
        for _, elem in ET.iterparse(proc.stdout, events=("end",)):
            if elem.tag != "packet":
                continue
            f = parse_packet(elem)
            elem.clear()
            frames.append(f)
            now = time.monotonic()
            if now - last >= 1.0 and now - started >= 1.0:
                last = now
                progress("frame %d%s" % (f["num"], " of %d (%d%%)" % (total, 100 * f["num"] // total) if total else ""))
    except ET.ParseError:
        pass
    err = proc.stderr.read().decode("utf-8", "replace")
    if proc.wait() != 0:
        raise LessonError("tshark failed: %s" % first_error(err))
    return frames


# ---------------------------------------------------------------------------------------
# The annotated pcapng
