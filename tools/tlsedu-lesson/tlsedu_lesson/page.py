# SPDX-License-Identifier: GPL-2.0-or-later
"""The HTML lesson: a ladder diagram and a summary table per conversation."""
import html
import os

from .ladder import APP_DATA, STAGE_COLOURS, STEP_COLOUR, ladder_rows, svg_ladder  # noqa: F401
from .words import format_date, format_duration


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
        for k, v in f.get("cert_show", {}).items():    # dates in the page's language
            if k == "not_after" and format_date(v, w):
                cert.setdefault("not_after_date", format_date(v, w))
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
            rows.append((w["duration"], format_duration(s["duration"]["show"], w) or s["duration"]["label"]))
        if "subject" in cert:
            rows.append((w["subject"], cert["subject"]))
        if "issuer" in cert:
            rows.append((w["issuer"], cert["issuer"]))
        if "not_after" in cert:
            rows.append((w["not_after"], cert.get("not_after_date") or cert["not_after"]))
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
div.ladder { margin: .6em 0 0; } div.ladder.split { margin-bottom: 0; } div.ladder.end { margin-top: 0; }
svg.ladder { max-width: 100%; height: auto; display: block; margin: 0; }
svg .lifeline { stroke: #333; stroke-width: 2; }
svg .msgline { stroke: #222; stroke-width: 1.6; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12px; fill: #111; }
svg text.side { font-size: 15px; font-weight: bold; } svg text.addr { font-size: 11px; fill: #333; }
svg text.title { font-weight: bold; } svg text.stage { font-size: 10.5px; fill: #333; }
svg text.fno { font-weight: bold; } svg text.time { font-size: 10.5px; fill: #333; }
svg text.warning { fill: #a40000; font-weight: bold; } svg text.inner { font-family: "DejaVu Sans Mono", monospace; font-size: 11.5px; fill: #063; }
table.summary { border-collapse: collapse; margin: .8em 0 1.2em; min-width: 40em; }
table.summary caption { text-align: left; font-weight: bold; padding: .3em 0; }
table.summary th, table.summary td { border: 1px solid #999; padding: .25em .6em; text-align: left; vertical-align: top; }
table.summary th { background: #eee; width: 14em; } td.warn { color: #a40000; font-weight: bold; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em; font-size: .85em; }
ul.legend li { padding: .15em .5em; border: 1px solid #999; }
table.services { border-collapse: collapse; } table.services th, table.services td { border: 1px solid #999; padding: .25em .6em; }
@media print {
  /* no page with a heading alone or a summary alone: the first conversation starts on the
     title's page, a heading stays with the ladder after it, a long ladder is several SVGs
     (ladder.py: chunks) that break between them, and its short last one stays with the
     summary table (div.keep) */
  body { margin: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1, h2, p.meta, ul.legend { break-after: avoid; page-break-after: avoid; }
  section.conversation + section.conversation { break-before: page; page-break-before: always; }
  svg.ladder { break-inside: avoid; page-break-inside: avoid; }
  div.keep { break-inside: avoid; page-break-inside: avoid; }
  table.summary { break-inside: avoid; page-break-inside: avoid; margin: .4em 0 0; }
  table.summary th, table.summary td { padding: .1em .5em; }
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
        rows = ladder_rows(conv, client, w)
        fmt = lambda a: ("[%s]:%s" % a if ":" in a[0] else "%s:%s" % a) if a[1] else a[0]
        body.append('<section class="conversation" data-conversation="%d">' % i)
        body.append('<h2>%s %d%s%s → %s%s</h2>' % (E(w["conversation"]), i, E(w["colon"]), E(fmt(client)), E(fmt(server)),
                                                   (" (%s)" % E(service)) if service else ""))
        svgs = svg_ladder(rows, w, rows[0]["time"] if rows else 0.0, fmt(server), fmt(client))
        if len(svgs) > 1:      # the last rows and the summary print together (CSS: div.keep)
            body.append('<div class="ladder split">\n%s\n</div>' % "\n".join(svgs[:-1]))
            body.append('<div class="keep">\n<div class="ladder end">\n%s\n</div>\n%s\n</div>'
                        % (svgs[-1], summary_table(conv, w)))
        else:
            body.append('<div class="ladder">\n%s\n</div>' % "\n".join(svgs))
            body.append(summary_table(conv, w))
        body.append("</section>")
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s — %s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, E(w["title"]), E(name), CSS, "\n".join(body)))


# ---------------------------------------------------------------------------------------
