# SPDX-License-Identifier: GPL-2.0-or-later
"""The annotated pcapng: on every frame tlsedu annotates, one packet comment per message
(stage item, STARTTLS step, warning), each short enough for stock Wireshark to show whole;
the capture's comment (the scenario) and the key log (a Decryption Secrets Block)."""
import os
import re
import subprocess

from .pcapng import PcapngError, annotate
from .run import LessonError, first_error

# bytes of UTF-8 per comment: Wireshark labels hold 240 bytes with their final NUL
# (ITEM_LABEL_LENGTH), so a comment of 239 bytes is the longest shown whole
LIMIT = 239
CONTINUED = "(\u2026)"     # "(…)": the mark of a comment that goes on with the one before
ELLIPSIS = "\u2026"
SENTENCE_END = re.compile(r"[.!?] ")
OPENERS = "\"'\u00ab\u201c\u201e("


def capital(word):
    return word[:1].upper() + word[1:]


def size(text):
    return len(text.encode("utf-8"))


def sentences(text):
    """The text cut after each ". " (or "! ", "? ") followed by a capital letter or an
    opening quote or guillemet: joined again with single spaces, they give the text back."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if nxt and (nxt.isupper() or nxt in OPENERS):
            out.append(text[start:m.end() - 1])
            start = m.end()
    out.append(text[start:])
    return [s for s in out if s]


def cut_words(text, limit):
    """(head ending with "…", rest): head fits in limit bytes and ends at a word boundary,
    preferably after a comma, semicolon, colon or dash, and not inside parentheses, when
    such a place comes late enough (inside a word only when the first word alone is too
    long, never inside a character)."""
    room = limit - size(ELLIPSIS)
    best = {"clause": -1, "outside": -1, "space": -1}
    used = depth = 0
    for i, ch in enumerate(text):
        if ch == " ":
            if used > room:
                break
            best["space"] = i
            if depth == 0 and used >= room // 2:
                best["outside"] = i
                if text[i - 1] in ",;:\u2014":
                    best["clause"] = i
        depth = max(0, depth + (ch == "(") - (ch == ")"))
        used += size(ch)
    cut = next((c for c in (best["clause"], best["outside"], best["space"]) if c > 0), -1)
    if cut > 0:
        return text[:cut] + ELLIPSIS, text[cut + 1:]
    head = text.encode("utf-8")[:max(room, 1)].decode("utf-8", "ignore") or text[:1]
    return head + ELLIPSIS, text[len(head):]


def split_text(text, first, rest):
    """The text in pieces of at most first bytes (the first piece) and rest bytes (the
    others), packed sentence by sentence; a sentence too long for a piece is cut between
    words, "…" at the cut."""
    out, cur = [], ""
    for s in sentences(text):
        while s:
            limit = rest if out else first
            cand = cur + " " + s if cur else s
            if size(cand) <= limit:
                cur, s = cand, ""
            elif cur:
                out.append(cur)
                cur = ""
            else:
                head, s = cut_words(s, limit)
                out.append(head)
    if cur or not out:
        out.append(cur)
    return out


def shorten(text, limit):
    return text if size(text) <= limit else cut_words(text, limit)[0]


def comments_of(head, name, body, w):
    """One message's comments: head + body, and when that is too long, continuation
    comments "<name> (…): <more of body>", each at most LIMIT bytes."""
    if not body:
        return [shorten(head[:-len(w["colon"])] if head.endswith(w["colon"]) else head, LIMIT)]
    head = shorten(head, LIMIT // 2)
    cont = shorten(name, LIMIT // 3) + " " + CONTINUED + w["colon"]
    pieces = split_text(body, LIMIT - size(head), LIMIT - size(cont))
    return [head + pieces[0]] + [cont + p for p in pieces[1:]]


def names_itself(text, names):
    """True when the explanation starts with the message's name, with or without its
    qualifier in parentheses ("ServerHelloDone: ...", "Finished (client): ...", "Alert sent
    by ...", "Application data, ..."): the comment then does not say the name before it."""
    for n in names:
        for name in {n, re.sub(r" \(.*\)$", "", n or "")}:
            if name and text[:len(name)].lower() == name.lower() and not text[len(name):][:1].isalnum():
                return True
    return False


def stage_comments(it, w):
    n = it["stage"]
    names = w.get("stage_names") or []
    label = names[n - 1] if 0 < n <= len(names) else it["label"]
    head = "%s %d (%s) \u2014 " % (capital(w["stage"]), n, label)
    shown = it.get("shown") or it["message"]
    if not names_itself(it["explain"], (it["message"], shown)):
        head += shown + w["colon"]
    return comments_of(head, shown, it["explain"], w)


def frame_comment(f, w):
    """The frame's comments: one per message (stage item, STARTTLS step, warning), each at
    most LIMIT bytes of UTF-8 (a long explanation goes on in continuation comments)."""
    out = []
    for it in f["items"]:
        out += stage_comments(it, w)
    if f["step"]:
        name = "%s %d" % (capital(w["step"]), f["step"]["step"])
        head = "%s (%s)" % (name, f["step"]["label"])
        explain = f["starttls"].get("explain")
        out += comments_of(head + w["colon"], name, explain, w) if explain else [shorten(head, LIMIT)]
    for e in f["experts"]:
        name = "%s (%s)" % (capital(w["warning"]), e["name"])
        out += comments_of(name + w["colon"], name, e["message"], w)
    return out


def capture_comment(frames, w, keylog):
    """The scenario, for the capture as a whole: services, handshakes, warnings, language."""
    services, handshakes, warnings = [], [], []
    for f in frames:
        if f["service"] and f["security"]:
            s = "%s (%s)" % (f["service"], f["security"])
            if s not in services:
                services.append(s)
        s = f["summary"]
        if s.get("version") and s.get("cipher_suite"):
            h = "%s %s" % (s["version"]["show"], s["cipher_suite"]["show"])
        elif s.get("client_hello_frame") and not s.get("server_hello_frame"):
            h = w["hs_client_only"] % s["client_hello_frame"]["show"]
        else:
            h = None
        if h and h not in handshakes:
            handshakes.append(h)
        for k in f["warnings"]:
            if k not in warnings:
                warnings.append(k)
    lines = [w["made"]]
    for label, values in ((w["services_short"], services), (w["handshakes"], handshakes),
                          (w["warnings"], warnings)):
        lines.append("%s%s%s" % (label, w["colon"], ", ".join(values) if values else w["none"]))
    if keylog:
        lines.append(w["embedded"])
    return "\n".join(lines)


def write_annotated(run, capture, out_path, frames, w, keylog=None):
    """Writes the annotated pcapng: one editcap run converts the capture to pcapng with the
    capture's comment and, with a key log, the key log as a Decryption Secrets Block
    (--inject-secrets: stock Wireshark then decrypts the capture by itself); then the frames'
    comments go in, several per frame (pcapng.py). Returns the number of annotated frames."""
    comments = {}
    for f in frames:
        if f["items"] or f["step"] or f["experts"]:
            comments[f["num"]] = frame_comment(f, w)
    converted = os.path.join(run.tmp, "converted.pcapng")
    cmd = [run.editcap_bin, "-F", "pcapng", "--capture-comment", capture_comment(frames, w, keylog)]
    if keylog:
        cmd += ["--inject-secrets", "tls," + keylog]
    proc = subprocess.run(cmd + [capture, converted], capture_output=True, text=True)
    if proc.returncode != 0:
        raise LessonError("editcap failed: %s" % first_error(proc.stderr))
    try:
        annotate(converted, out_path, comments)
    except PcapngError as e:
        raise LessonError("cannot add the comments to the pcapng editcap wrote: %s" % e)
    return len(comments)


# ---------------------------------------------------------------------------------------
# The HTML page
