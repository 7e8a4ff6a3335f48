# SPDX-License-Identifier: GPL-2.0-or-later
"""The ladder diagram of a conversation: its rows (one per message, runs of application
data folded into one) and their SVG drawing, in chunks a printed page can hold."""
import html
import re
import textwrap

# The stage colours: the same as the coloring rules of the tlsedu profile
# (profile/tlsedu/colorfilters; a test checks they agree): an alert is beige (a close_notify
# is an ordinary end; a failed handshake's warning is on its row), STARTTLS steps teal
STAGE_COLOURS = {1: "#cfe2ff", 2: "#c8ecc8", 3: "#fff0a8", 4: "#ffd8a8", 5: "#e2cdf7",
                 6: "#c9eeee", 7: "#f9cbe3", 8: "#e3e3e3", 9: "#f3f3f3", 10: "#ebe6de"}
STEP_COLOUR = "#a0e0d0"          # STARTTLS steps
WARN_COLOUR = "#ffe0e0"          # a frame tlsedu flags and explains nothing else of
APP_DATA = 6
ALERT = 10
INNER_MAX = 8                    # inner protocol lines listed on a data arrow, then "… N more"

# the message each warning concerns (tlsedu.message's value); the others go on the frame's
# last row
EXPERT_MESSAGE = {"tlsedu.no_forward_secrecy": "ServerHello", "tlsedu.weak_cipher": "ServerHello",
                  "tlsedu.weak_version": "ServerHello", "tlsedu.cert.expired": "Certificate",
                  "tlsedu.cert.name_mismatch": "Certificate"}

# the SVG's geometry: width, frame-number column, client and server lifelines, explanations
WIDTH, LX, CX, SX, TX = 1100, 8, 170, 470, 500
CHARS = 92                       # characters of an explanation line
HEADER = 60                      # the client and server labels above the first row
FIRST_CHUNK, CHUNK, LAST_CHUNK = 900, 1150, 360   # SVG units (a printed page is ~1450)
SPLIT_FROM = 620                 # a ladder this tall puts its last rows in a chunk of their own


def new_row(kind, f, to_server, **kw):
    row = {"kind": kind, "frames": [f["num"]], "time": f["time"], "to_server": to_server,
           "stage": None, "title": "", "label": "", "explain": "", "warnings": [], "count": 1,
           "up": 1 if to_server else 0, "down": 0 if to_server else 1, "lines": [],
           "course_step": None, "message": "", "early": False, "protocol": ""}
    row.update(kw)
    return row


def item_row(f, it, to_server):
    row = new_row("msg", f, to_server, stage=it["stage"], title=it.get("shown") or it["message"],
                  label=it["label"], explain=it["explain"], course_step=it.get("course_step"),
                  message=it["message"], early=it.get("early", False), inferred=it.get("inferred", False))
    if it["stage"] == APP_DATA:
        add_inner(row, it, to_server)
    return row


def add_inner(row, it, to_server):
    """The inner protocol's first line of a data message (with the key log), by direction."""
    if it.get("protocol") or it.get("inner"):
        row["protocol"] = row["protocol"] or it.get("protocol", "")
        row["lines"].append((to_server, it.get("inner")))


def folds(prev, it):
    """Application data folds into the row before when that row is application data too
    (either direction), of the same kind (0-RTT or not), with no warning on it."""
    return (it["stage"] == APP_DATA and prev is not None and prev["kind"] == "msg"
            and prev["stage"] == APP_DATA and not prev["warnings"]
            and prev["early"] == it.get("early", False)
            and prev.get("inferred", False) == it.get("inferred", False))


def common_sentences(texts):
    """The sentences every folded message's explanation says (what the run has in common),
    else the first explanation's first sentence."""
    split = [re.split(r"(?<=[.!?»])\s+(?=[A-ZА-ЯЁÀ-Ý«\"])", t) for t in texts if t]
    if not split:
        return ""
    common = [x for x in split[0] if all(x in other for other in split[1:])]
    return " ".join(common or split[0][:1])


def fold(prev, f, it, to_server):
    prev.setdefault("explains", [prev["explain"]]).append(it["explain"])
    prev["explain"] = common_sentences(prev["explains"])
    prev["count"] += 1
    prev["up" if to_server else "down"] += 1
    if f["num"] not in prev["frames"]:
        prev["frames"].append(f["num"])
    add_inner(prev, it, to_server)


def warning_row(f, to_server, w):
    """A frame whose only annotation is a warning (the bytes a STARTTLS injection puts
    between the command and TLS): a row of its own, with its cleartext first lines."""
    lines = f.get("payload") or []
    title = "⚠ " + (lines[0] if lines else w["warning"])
    explain = w["flagged"] + (" " + w["cleartext_lines"] if lines else "")
    return new_row("warn", f, to_server, title=title, explain=explain,
                   lines=[(to_server, l) for l in lines])


def target_row(frame_rows, name):
    """The row of this frame a warning concerns (EXPERT_MESSAGE; a failed handshake: the
    alert; a STARTTLS warning: the STARTTLS step), else the frame's last row."""
    want = EXPERT_MESSAGE.get(name)
    for r in frame_rows:
        if want and r["message"] == want:
            return r
        if name == "tlsedu.handshake_failed" and r["stage"] == ALERT:
            return r
        if name.startswith("tlsedu.starttls.") and r["kind"] == "step":
            return r
    return frame_rows[-1]


def ladder_rows(conv, client, w):
    """One row per message: every stage item and STARTTLS step; a run of application data
    (both directions) folds into one row; a frame with only a warning gets a row of its own."""
    rows = []
    for f in conv:
        to_server = (f["src"], f["sport"]) == client
        frame_rows = []
        if f["step"]:
            step = new_row("step", f, to_server, title="STARTTLS%s%s" % (w["colon"], f["step"]["label"]),
                           explain=f["starttls"].get("explain", ""))
            if any(e["name"] == "tlsedu.starttls.injection" for e in f["experts"]):
                step["lines"] = [(to_server, l) for l in f.get("payload") or []]
            frame_rows.append(step)
            rows.append(step)
        for it in f["items"]:
            prev = rows[-1] if rows else None
            if folds(prev, it):
                fold(prev, f, it, to_server)
                if prev not in frame_rows:
                    frame_rows.append(prev)
                continue
            frame_rows.append(item_row(f, it, to_server))
            rows.append(frame_rows[-1])
        if f["experts"] and not frame_rows:
            frame_rows.append(warning_row(f, to_server, w))
            rows.append(frame_rows[-1])
        for e in f["experts"]:
            target_row(frame_rows, e["name"])["warnings"].append(e["message"])
    return rows


def wrap(text, width):
    return textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [""]


def inner_lines(r, w):
    """The listed lines of a row: '→ EHLO' / '← 250', at most INNER_MAX, then '… N more'."""
    if not r["lines"]:
        return []
    out = [w["inside"] % r["protocol"]] if r["protocol"] else []
    for to_server, text in r["lines"][:INNER_MAX]:
        out += wrap("%s %s" % ("→" if to_server else "←", text or w["other_content"]), CHARS)
    if len(r["lines"]) > INNER_MAX:
        out.append(w["more"] % (len(r["lines"]) - INNER_MAX))
    return out


def row_texts(r, w):
    """The title, the stage line, and the explanation, listed and warning lines of a row."""
    title = r["title"]
    if r["count"] > 1:
        # without keys (TLS 1.3) a record cannot be told from a post-handshake message: only
        # "encrypted records" (RFC 8446 5.2)
        title = "%s ×%d" % (w["enc_records"] if r.get("inferred") else w["appdata"], r["count"])
        if r["up"] and r["down"]:
            title += " (→ %d, ← %d)" % (r["up"], r["down"])
    if r["stage"]:
        stage = "%s %d" % (w["stage"], r["stage"])
        if r["course_step"]:
            stage += " · " + w["course_step"] % r["course_step"]
    else:
        stage = w["starttls"] if r["kind"] == "step" else w["warning"]
    chars = w.get("chars", CHARS)   # Cyrillic letters are wider
    warn = [l for m in r["warnings"] for l in wrap("⚠ " + m, chars - 12)]   # bold: wider
    return title, stage, wrap(r["explain"], chars), inner_lines(r, w), warn


def text_block(cls, x, y, lines):
    if not lines:
        return ""
    spans = "".join('<tspan x="%d" dy="%d">%s</tspan>' % (x, 0 if i == 0 else 15, html.escape(l))
                    for i, l in enumerate(lines))
    return '<text class="%s" x="%d" y="%d">%s</text>' % (cls, x, y, spans)


def arrow_line(r, ay):
    if r["up"] and r["down"]:      # a folded run in both directions: heads on both ends
        return ('<line x1="%d" y1="%d" x2="%d" y2="%d" class="msgline both" marker-start="url(#arrow-s)"'
                ' marker-end="url(#arrow-r)"/>' % (CX + 6, ay, SX - 6, ay))
    x1, x2 = (CX, SX) if r["to_server"] else (SX, CX)
    return ('<line x1="%d" y1="%d" x2="%d" y2="%d" class="msgline" marker-end="url(#%s)"/>'
            % (x1, ay, x2 + (-6 if r["to_server"] else 6), ay, "arrow-r" if r["to_server"] else "arrow-l"))


def row_svg(r, y, w, t0):
    """One row's SVG group and its height."""
    E = html.escape
    title, stage, exp, inner, warn = row_texts(r, w)
    h = max(44, 18 + 15 * (len(exp) + len(inner) + len(warn)) + 8)
    colour = {"step": STEP_COLOUR, "warn": WARN_COLOUR}.get(r["kind"]) or STAGE_COLOURS.get(r["stage"], "#ffffff")
    frames = r["frames"]
    ftxt = ("#%d" % frames[0]) if len(frames) == 1 else ("#%d–%d" % (frames[0], frames[-1]))
    rel = w["ms"] % ((r["time"] - t0) * 1000.0)
    ay = y + 26
    p = ['<g class="arrow %s" data-stage="%s" data-frame="%d" data-frames="%s" data-count="%d" '
         'data-up="%d" data-down="%d">' % (r["kind"], r["stage"] or "", frames[0], " ".join(map(str, frames)),
                                           r["count"], r["up"], r["down"]),
         '<rect x="0" y="%d" width="%d" height="%d" fill="%s"/>' % (y, WIDTH, h - 2, colour),
         '<text class="fno" x="%d" y="%d">%s</text>' % (LX, ay - 4, E(ftxt)),
         '<text class="time" x="%d" y="%d">%s</text>' % (LX, ay + 11, E(rel.replace(".", ",") if w.get("decimal_comma") else rel)),
         '<text class="title" x="%d" y="%d" text-anchor="middle">%s</text>' % ((CX + SX) // 2, ay - 6, E(title)),
         arrow_line(r, ay),
         '<text class="stage" x="%d" y="%d" text-anchor="middle">%s</text>' % ((CX + SX) // 2, ay + 14, E(stage)),
         text_block("explain", TX, y + 16, exp),
         text_block("inner", TX, y + 16 + 15 * len(exp), inner),
         text_block("warning", TX, y + 16 + 15 * (len(exp) + len(inner)), warn), '</g>']
    return "".join(p), h


def chunks(rows):
    """Splits the rows [(row, height)] into SVGs a printed page can hold: the first after
    the page's headings, then a page each; a tall ladder ends with a short chunk, so that
    its summary table never goes to a page alone."""
    rows, tail = list(rows), []
    if sum(h for _, h in rows) + HEADER > SPLIT_FROM and len(rows) > 1:
        tail = [rows.pop()]
        while len(rows) > 1 and sum(h for _, h in tail) + rows[-1][1] <= LAST_CHUNK:
            tail.insert(0, rows.pop())
    out, cur, used, budget = [], [], 0, FIRST_CHUNK - HEADER
    for part in rows:
        if cur and used + part[1] > budget:
            out.append(cur)
            cur, used, budget = [], 0, CHUNK
        cur.append(part)
        used += part[1]
    out.append(cur)
    return out + ([tail] if tail else [])


def svg_head(height, first, w, server_label, client_label):
    E = html.escape
    head = ['<svg class="ladder%s" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" '
            'height="%d" role="img">' % ("" if first else " more", WIDTH, height, WIDTH, height),
            '<defs><marker id="arrow-r" markerWidth="10" markerHeight="8" refX="8" refY="4" orient="auto">'
            '<path d="M0,0 L10,4 L0,8 z" fill="#222"/></marker>'
            '<marker id="arrow-l" markerWidth="10" markerHeight="8" refX="8" refY="4" orient="auto">'
            '<path d="M0,0 L10,4 L0,8 z" fill="#222"/></marker>'
            '<marker id="arrow-s" markerWidth="10" markerHeight="8" refX="8" refY="4" orient="auto-start-reverse">'
            '<path d="M0,0 L10,4 L0,8 z" fill="#222"/></marker></defs>']
    if first:
        head += ['<text class="side" x="%d" y="22" text-anchor="middle">%s</text>' % (CX, E(w["client"])),
                 '<text class="addr" x="%d" y="40" text-anchor="middle">%s</text>' % (CX, E(client_label)),
                 '<text class="side" x="%d" y="22" text-anchor="middle">%s</text>' % (SX, E(w["server"])),
                 '<text class="addr" x="%d" y="40" text-anchor="middle">%s</text>' % (SX, E(server_label))]
    return head


def svg_ladder(rows, w, t0, server_label, client_label):
    """The ladder's SVGs: one, or (a long ladder) several stacked that print on several
    pages, the last a short one that the page keeps with the summary table."""
    groups = chunks((r, row_svg(r, 0, w, t0)[1]) for r in rows)
    parts = []
    for i, group in enumerate(groups):
        y, body = HEADER if i == 0 else 0, []
        for r, _ in group:
            svg, h = row_svg(r, y, w, t0)
            body.append(svg)
            y += h
        height = y + (10 if i == len(groups) - 1 else 0)
        life = ['<line class="lifeline" x1="%d" y1="%d" x2="%d" y2="%d"/>' % (x, 48 if i == 0 else 0, x, height)
                for x in (CX, SX)]
        parts.append("\n".join(svg_head(height, i == 0, w, server_label, client_label) + body + life + ["</svg>"]))
    return parts
