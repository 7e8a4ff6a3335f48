# SPDX-License-Identifier: GPL-2.0-or-later
"""The HTML lesson: a ladder diagram and a summary table per conversation."""
import html
import os
import textwrap

# The stage colours: the same as the coloring rules of the tlsedu profile
# (profile/tlsedu/colorfilters; a test checks they agree).
# the tlsedu profile's colours (profile/tlsedu/colorfilters): an alert is beige (a close_notify
# is an ordinary end; a failed handshake's warning is on its row), STARTTLS steps teal
STAGE_COLOURS = {1: "#cfe2ff", 2: "#c8ecc8", 3: "#fff0a8", 4: "#ffd8a8", 5: "#e2cdf7",
                 6: "#c9eeee", 7: "#f9cbe3", 8: "#e3e3e3", 9: "#f3f3f3", 10: "#ebe6de"}
STEP_COLOUR = "#a0e0d0"          # STARTTLS steps
APP_DATA = 6


def conversations(frames):
    """TLS or STARTTLS conversations, in the order of their first annotated frame."""
    convs = {}
    for f in frames:
        if f["items"] or f["step"]:
            convs.setdefault(f["conv"], []).append(f)
    # a frame whose only annotation is a warning (a STARTTLS injection's bytes) belongs to
    # its conversation too: its warning goes on the row before it and into the summary
    for f in frames:
        if f["experts"] and not (f["items"] or f["step"]) and f["conv"] in convs:
            convs[f["conv"]].append(f)
    return [sorted(c, key=lambda f: f["num"]) for c in convs.values()]


def client_of(conv):
    for f in conv:
        if f["direction"] in (1, 2):
            return (f["src"], f["sport"]) if f["direction"] == 1 else (f["dst"], f["dport"])
    for f in conv:
        for it in f["items"]:
            if it["stage"] == 1:
                return (f["src"], f["sport"])
    return (conv[0]["src"], conv[0]["sport"])


def ladder_rows(conv, client):
    """One row per message: every stage item and STARTTLS step; runs of application data
    in one direction collapse into one row."""
    rows = []
    for f in conv:
        to_server = (f["src"], f["sport"]) == client
        if f["step"]:
            rows.append({"kind": "step", "frames": [f["num"]], "time": f["time"], "to_server": to_server,
                         "stage": None, "title": "%s: %s" % ("STARTTLS", f["step"]["label"]),
                         "explain": f["starttls"].get("explain", ""), "warnings": [], "count": 1})
        for it in f["items"]:
            prev = rows[-1] if rows else None
            if (it["stage"] == APP_DATA and prev is not None and prev["stage"] == APP_DATA
                    and prev["to_server"] == to_server and not prev["warnings"]):
                prev["count"] += 1
                if f["num"] not in prev["frames"]:
                    prev["frames"].append(f["num"])
                continue
            rows.append({"kind": "msg", "frames": [f["num"]], "time": f["time"], "to_server": to_server,
                         "stage": it["stage"], "title": it.get("shown") or it["message"], "label": it["label"],
                         "explain": it["explain"], "warnings": [], "count": 1})
        if f["experts"] and rows:
            rows[-1]["warnings"] += [e["message"] for e in f["experts"]]
    return rows


def wrap(text, width):
    return textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [""]


def svg_ladder(rows, w, t0, server_label, client_label):
    E = html.escape
    width, lx, cx, sx, tx = 1100, 8, 170, 470, 500
    chars = 92
    y = 60
    parts = []
    for r in rows:
        exp = wrap(r["explain"], chars)
        warn = [l for m in r["warnings"] for l in wrap("⚠ " + m, chars - 12)]   # bold: wider
        h = max(44, 18 + 15 * (len(exp) + len(warn)) + 8)
        colour = STEP_COLOUR if r["kind"] == "step" else STAGE_COLOURS.get(r["stage"], "#ffffff")
        frames = r["frames"]
        ftxt = ("#%d" % frames[0]) if len(frames) == 1 else ("#%d–%d" % (frames[0], frames[-1]))
        rel = (r["time"] - t0) * 1000.0
        title = r["title"] if r["count"] == 1 else "%s ×%d" % (w["appdata"], r["count"])
        stage_txt = ("%s %d" % (w["stage"], r["stage"])) if r["stage"] else w["starttls"]
        ay = y + 26
        x1, x2 = (cx, sx) if r["to_server"] else (sx, cx)
        head = "arrow-r" if r["to_server"] else "arrow-l"
        p = ['<g class="%s" data-stage="%s" data-frame="%d" data-frames="%s" data-count="%d">'
             % ("arrow " + r["kind"], r["stage"] or "", frames[0], " ".join(map(str, frames)), r["count"])]
        p.append('<rect x="0" y="%d" width="%d" height="%d" fill="%s"/>' % (y, width, h - 2, colour))
        p.append('<text class="fno" x="%d" y="%d">%s</text>' % (lx, ay - 4, E(ftxt)))
        rel_txt = w["ms"] % rel
        if w.get("decimal_comma"):
            rel_txt = rel_txt.replace(".", ",")
        p.append('<text class="time" x="%d" y="%d">%s</text>' % (lx, ay + 11, E(rel_txt)))
        p.append('<text class="title" x="%d" y="%d" text-anchor="middle">%s</text>'
                 % ((cx + sx) // 2, ay - 6, E(title)))
        p.append('<line x1="%d" y1="%d" x2="%d" y2="%d" class="msgline" marker-end="url(#%s)"/>'
                 % (x1, ay, x2 + (-6 if r["to_server"] else 6), ay, head))
        p.append('<text class="stage" x="%d" y="%d" text-anchor="middle">%s</text>'
                 % ((cx + sx) // 2, ay + 14, E(stage_txt)))
        p.append('<text class="explain" x="%d" y="%d">' % (tx, y + 16))
        for i, line in enumerate(exp):
            p.append('<tspan x="%d" dy="%d">%s</tspan>' % (tx, 0 if i == 0 else 15, E(line)))
        p.append('</text>')
        if warn:
            p.append('<text class="warning" x="%d" y="%d">' % (tx, y + 16 + 15 * len(exp)))
            for i, line in enumerate(warn):
                p.append('<tspan x="%d" dy="%d">%s</tspan>' % (tx, 0 if i == 0 else 15, E(line)))
            p.append('</text>')
        p.append('</g>')
        parts.append("".join(p))
        y += h
    height = y + 10
    head = ['<svg class="ladder" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img">'
            % (width, height, width, height),
            '<defs><marker id="arrow-r" markerWidth="10" markerHeight="8" refX="8" refY="4" orient="auto">'
            '<path d="M0,0 L10,4 L0,8 z" fill="#222"/></marker>'
            '<marker id="arrow-l" markerWidth="10" markerHeight="8" refX="8" refY="4" orient="auto">'
            '<path d="M0,0 L10,4 L0,8 z" fill="#222"/></marker></defs>',
            '<text class="side" x="%d" y="22" text-anchor="middle">%s</text>' % (cx, E(w["client"])),
            '<text class="addr" x="%d" y="40" text-anchor="middle">%s</text>' % (cx, E(client_label)),
            '<text class="side" x="%d" y="22" text-anchor="middle">%s</text>' % (sx, E(w["server"])),
            '<text class="addr" x="%d" y="40" text-anchor="middle">%s</text>' % (sx, E(server_label))]
    lifelines = ['<line class="lifeline" x1="%d" y1="48" x2="%d" y2="%d"/>' % (cx, cx, height - 4),
                 '<line class="lifeline" x1="%d" y1="48" x2="%d" y2="%d"/>' % (sx, sx, height - 4)]
    return "\n".join(head + parts + lifelines + ["</svg>"])


def summaries(conv):
    """One summary per handshake (by its ClientHello frame), from its last frame (full on -2)."""
    found = {}
    for f in conv:
        s = f["summary"]
        if not s:
            continue
        key = s.get("client_hello_frame", {}).get("show") or "?"
        found[key] = (f, s)
    return list(found.values())


def yes_no(entry, w):
    if entry is None:
        return w["unknown"]
    return w["yes"] if entry["show"] in ("1", "True") else w["no"]


def summary_table(conv, w):
    E = html.escape
    out = []
    warnings = ["%s %d%s%s" % (w["frame"], f["num"], w["colon"], e["message"]) for f in conv for e in f["experts"]]
    cert = {}
    for f in conv:
        for k, v in f["cert"].items():
            cert.setdefault(k, v)
    protocol = next((f["starttls"]["protocol"] for f in conv if f["starttls"].get("protocol")), None)
    hs = summaries(conv) or [(None, {})]
    for f, s in hs:
        rows = []
        get = lambda k: s.get(k, {}).get("label") or w["unknown"]
        if protocol:
            rows.append((w["starttls"], protocol))
        rows += [(w["version"], get("version")), (w["suite"], get("cipher_suite")), (w["kex"], get("kex")),
                 (w["fs"], yes_no(s.get("forward_secrecy"), w)), (w["resumed"], yes_no(s.get("resumed"), w)),
                 (w["rtt"], get("round_trips"))]
        if "duration" in s:
            rows.append((w["duration"], s["duration"]["label"]))
        if "subject" in cert:
            rows.append((w["subject"], cert["subject"]))
        if "issuer" in cert:
            rows.append((w["issuer"], cert["issuer"]))
        if "not_after" in cert:
            rows.append((w["not_after"], cert["not_after"]))
        rows.append((w["warnings"], "\n".join(warnings) if warnings else w["none"]))
        cap = w["summary"]
        if s.get("client_hello_frame"):
            cap += " — %s (ClientHello%s%s %s)" % (w["handshake"], w["colon"], w["frame"], s["client_hello_frame"]["show"])
        out.append('<table class="summary"><caption>%s</caption>' % E(cap))
        for k, v in rows:
            cls = ' class="warn"' if k == w["warnings"] and warnings else ""
            out.append('<tr><th scope="row">%s</th><td%s>%s</td></tr>'
                       % (E(k), cls, "<br>".join(E(x) for x in v.split("\n"))))
        out.append("</table>")
    return "\n".join(out)


CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #111; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 2px solid #333; }
p.meta { color: #444; font-size: .9em; }
section.conversation { page-break-before: auto; }
svg.ladder { max-width: 100%; height: auto; display: block; margin: .6em 0; }
svg .lifeline { stroke: #333; stroke-width: 2; }
svg .msgline { stroke: #222; stroke-width: 1.6; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12px; fill: #111; }
svg text.side { font-size: 15px; font-weight: bold; } svg text.addr { font-size: 11px; fill: #333; }
svg text.title { font-weight: bold; } svg text.stage { font-size: 10.5px; fill: #333; }
svg text.fno { font-weight: bold; } svg text.time { font-size: 10.5px; fill: #333; }
svg text.warning { fill: #a40000; font-weight: bold; }
table.summary { border-collapse: collapse; margin: .8em 0 1.2em; min-width: 40em; }
table.summary caption { text-align: left; font-weight: bold; padding: .3em 0; }
table.summary th, table.summary td { border: 1px solid #999; padding: .25em .6em; text-align: left; vertical-align: top; }
table.summary th { background: #eee; width: 14em; } td.warn { color: #a40000; font-weight: bold; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em; font-size: .85em; }
ul.legend li { padding: .15em .5em; border: 1px solid #999; }
table.services { border-collapse: collapse; } table.services th, table.services td { border: 1px solid #999; padding: .25em .6em; }
@media print {
  body { margin: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.conversation { page-break-before: always; } section.conversation:first-of-type { page-break-before: avoid; }
  table.summary { page-break-inside: avoid; }
}
"""


def render_html(name, frames, w, lang, keylog, total):
    E = html.escape
    convs = conversations(frames)
    body = ['<h1>%s — %s</h1>' % (E(w["title"]), E(name)),
            '<p class="meta">%s %s%s%s.</p>' % (E(w["generated"]), E(name),
                                                (" " + E(w["keylog"]) + " " + E(os.path.basename(keylog))) if keylog else "",
                                                (", " + E(w["frames_total"] % total)) if total else "")]
    if not convs:
        body.append('<p class="no-tls">%s</p>' % E(w["no_tls"]))
        services = {}
        for f in frames:
            if f["service"]:
                services.setdefault((f["service"], f["security"]), 0)
                services[(f["service"], f["security"])] += 1
        if services:
            body.append('<table class="services"><caption>%s</caption><tr><th>%s</th><th>%s</th><th>%s</th></tr>'
                        % (E(w["services"]), E(w["service"]), E(w["security"]), E(w["frames"])))
            for (svc, sec), n in sorted(services.items()):
                body.append("<tr><td>%s</td><td>%s</td><td>%d</td></tr>" % (E(svc), E(sec), n))
            body.append("</table>")
    else:
        # each stage with its name, as the plugin's Info bracket says it (core/classroom.c)
        legend = "".join('<li style="background:%s">%s %d%s%s</li>' % (c, E(w["stage"]), s, E(w["colon"]),
                                                                       E(w["stage_names"][s - 1]))
                         for s, c in sorted(STAGE_COLOURS.items()))
        body.append('<ul class="legend" aria-label="%s">%s<li style="background:%s">%s</li></ul>'
                    % (E(w["legend"]), legend, STEP_COLOUR, E(w["starttls"])))
        body.append('<p class="meta">%s</p>' % E(w["times"]))
    for i, conv in enumerate(convs, 1):
        client = client_of(conv)
        first = conv[0]
        server = (first["dst"], first["dport"]) if (first["src"], first["sport"]) == client else (first["src"], first["sport"])
        service = next((f["service"] for f in conv if f["service"]), "")
        rows = ladder_rows(conv, client)
        fmt = lambda a: ("[%s]:%s" % a if ":" in a[0] else "%s:%s" % a) if a[1] else a[0]
        body.append('<section class="conversation" data-conversation="%d">' % i)
        body.append('<h2>%s %d%s%s → %s%s</h2>' % (E(w["conversation"]), i, E(w["colon"]), E(fmt(client)), E(fmt(server)),
                                                   (" (%s)" % E(service)) if service else ""))
        body.append(svg_ladder(rows, w, rows[0]["time"] if rows else 0.0, fmt(server), fmt(client)))
        body.append(summary_table(conv, w))
        body.append("</section>")
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s — %s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, E(w["title"]), E(name), CSS, "\n".join(body)))


# ---------------------------------------------------------------------------------------
