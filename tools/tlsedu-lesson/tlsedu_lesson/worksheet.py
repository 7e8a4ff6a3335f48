# SPDX-License-Identifier: GPL-2.0-or-later
"""--worksheet: a worksheet and its answer key, made from the capture itself. Each question
is asked only when the capture answers it; each answer names its frame. The facts are
Wireshark's fields (facts.py); the key exchange's name and forward secrecy are tlsedu's."""
import html
import os

from . import facts
from .worksheet_words import WS

MAX_HANDSHAKES = 3


def summary_of(frames, key, client_hello):
    """tlsedu's summary of the handshake that starts at this ClientHello (the -2 run's last)."""
    found, any_of_conv = {}, {}
    for f in frames:
        if f["conv"] == key and f["summary"]:
            any_of_conv = f["summary"]
            ch = f["summary"].get("client_hello_frame", {}).get("show")
            if ch in (None, str(client_hello)):
                found = f["summary"]
    return found or any_of_conv     # a ClientHello Wireshark reassembled in another frame


def q(qid, question, answer, frame, value=""):
    return {"id": qid, "q": question, "a": answer, "frame": frame, "value": str(value)}


def is_tls13(version):
    """TLS 1.3, its drafts (0x7fNN, RFC 8446 is draft 28) and DTLS 1.3."""
    return version is not None and (version in (0x0304, 0xfefc) or (version & 0xff00) == 0x7f00)


def version_text(version, s):
    if version is not None and (version & 0xff00) == 0x7f00:
        return s["draft"].format(n=version & 0xff)
    return facts.version_name(version)


def no_encryption(summary):
    """"null": a NULL cipher (TLS <= 1.2, RFC 5246 6.2.3.1); "integrity": an integrity-only
    TLS 1.3 suite (RFC 9150); "" otherwise."""
    name = summary.get("cipher_suite", {}).get("show", "")
    if name in ("TLS_SHA256_SHA256", "TLS_SHA384_SHA384"):
        return "integrity"
    return "null" if "_WITH_NULL_" in name else ""


def questions(hs, summary, steps, s, keys):
    """The questions this handshake answers, in the order of a Wireshark TLS lab."""
    out = [q("client_hello", s["q_client_hello"], s["a_client_hello"].format(
        frame=hs["client_hello"], client=hs["client"], server=hs["server"]), hs["client_hello"], hs["client"])]
    if hs["suites"]:
        text = s["a_suites_grease"] if hs["not_suites"] else s["a_suites"]
        out.append(q("suites", s["q_suites"], text.format(n=hs["suites"], frame=hs["client_hello"],
                                                          t=hs["suites"] + len(hs["not_suites"]),
                                                          g=", ".join(hs["not_suites"])),
                     hs["client_hello"], hs["suites"]))
    sh = hs["server_hello"]
    tls13 = is_tls13(hs["version"])
    if sh is not None:
        out.append(randoms(hs, summary, s, tls13))
        out += chosen(hs, summary, s)
    if hs["cert"]:
        c = hs["cert"]
        out.append(q("cert", s["q_cert"], s["a_cert"].format(frame=c["frame"], issuer=c["issuer"], subject=c["subject"],
                                                         key=c["key"], signature=c["signature"]), c["frame"], c["issuer"]))
    out += key_exchange(hs, summary, s, tls13)
    out += encryption(hs, summary, s, keys, tls13)
    out += upgrade(steps, s)
    out.append(seen(hs, summary, steps, s, tls13))
    return out


def randoms(hs, summary, s, tls13):
    resumed = summary.get("resumed", {}).get("show") in ("1", "True")
    which = ("a_randoms_quic" if hs["quic"] else "a_randoms13" if tls13
             else "a_randoms12_resumed" if resumed else "a_randoms12")
    text = s[which].format(c=hs["client_hello"], s=hs["server_hello"]) + (s["a_randoms_ech"] if hs["ech"] else "")
    return q("randoms", s["q_randoms"], text, hs["server_hello"])


def chosen(hs, summary, s):
    if hs["suite"] is None:
        return []
    code = "0x%04x" % hs["suite"]
    name = summary.get("cipher_suite", {}).get("show")
    text = s["a_chosen13"] if hs["version"] == 0x0304 else s["a_chosen"]
    text = text.format(frame=hs["server_hello"], version=version_text(hs["version"], s),
                       suite=name if name and name != code else code, code=code)
    text = text.replace("%s (%s)" % (code, code), code)     # no name: the number once
    return [q("chosen", s["q_chosen"], text,
              hs["server_hello"], "%s %s" % (facts.version_name(hs["version"]), code))]


def key_exchange(hs, summary, s, tls13):
    if "kex" not in summary or "forward_secrecy" not in summary:
        return []
    frame = int(summary.get("server_hello_frame", {}).get("show") or hs["server_hello"] or hs["client_hello"])
    if summary.get("resumed", {}).get("show") in ("1", "True") and not tls13:
        return [q("kex", s["q_kex"], s["a_kex_resumed"], frame, "resumed")]
    fs = summary["forward_secrecy"]["show"] in ("1", "True")
    group = s["group"].format(group=hs["group"]) if hs["group"] else ""
    kex = summary["kex"]["show"]           # tlsedu's kex: 1 RSA key transport, 4 PSK alone
    suite = summary.get("cipher_suite", {}).get("show", "")
    if fs and "_anon_" in suite:            # RFC 5246 F.1.1.1: nobody authenticated
        which = "a_kex_anon"
    elif fs and hs["early_data"]:          # RFC 8446 2.3, E.5: 0-RTT keyed from the PSK alone
        which = "a_kex_0rtt"
    elif fs and hs["ticket"] and not tls13:   # RFC 5077 3.3: the ticket in the clear
        which = "a_kex_ticket"
    elif fs:
        which = "a_kex_fs"
    else:
        which = {"1": "a_kex_rsa", "4": "a_kex_psk"}.get(kex, "a_kex_nofs")
    text = s[which].format(kex=summary["kex"]["label"], group=group, f=hs["early_data"], t=hs["ticket"])
    text = text[:1].upper() + text[1:]     # the key exchange's name starts the sentence
    return [q("kex", s["q_kex"], text, frame, "fs" if fs else "nofs")]


def encryption(hs, summary, s, keys, tls13):
    if hs["server_hello"] is None or hs["quic"]:
        return []      # QUIC: packet protection, not records (RFC 9001 5)
    ccs = hs["ccs"]
    if no_encryption(summary) == "integrity":
        return [q("encryption", s["q_enc"], s["a_enc_integrity"].format(suite=summary["cipher_suite"]["show"],
                                                                       frame=hs["server_hello"]),
                  hs["server_hello"], "integrity")]
    if no_encryption(summary) == "null" and "client" in ccs and "server" in ccs:
        return [q("encryption", s["q_enc"], s["a_enc_null"].format(suite=summary["cipher_suite"]["show"],
                                                                  c=ccs["client"], s=ccs["server"]),
                  min(ccs.values()), "null")]
    if tls13:
        nokeys = "" if keys else s["a_enc_dtls13_nokeys"] if hs["dtls"] else s["a_enc13_nokeys"]
        text = s["a_enc13"].format(frame=hs["server_hello"]) + nokeys
        return [q("encryption", s["q_enc"], text, hs["server_hello"])]
    if "client" in ccs and "server" in ccs:
        c, sv = ccs["client"], ccs["server"]
        return [q("encryption", s["q_enc"], s["a_enc12"].format(c=c, s=sv), min(c, sv), "%d %d" % (c, sv))]
    return []


def upgrade(steps, s):
    if 3 not in steps or 2 not in steps:
        return []
    frame, line, protocol = steps[3]
    request, command, _ = steps[2]
    if protocol in facts.BINARY_UPGRADES:     # a binary request and reply: their names
        line, command = facts.BINARY_UPGRADES[protocol]
        text = s["a_starttls_named"].format(frame=frame, line=line, command=command, request=request)
    else:
        text = s["a_starttls"].format(frame=frame, line=line, command=command, request=request)
    return [q("starttls", s["q_starttls"].format(protocol=protocol or "STARTTLS"), text, frame, line)]


def seen(hs, summary, steps, s, tls13):
    lines = [s["a_seen_addr_quic" if hs["quic"] else "a_seen_addr"].format(client=hs["client"], server=hs["server"])]
    if hs["quic"]:
        lines.append(s["a_seen_quic"])
    clear = no_encryption(summary)
    if clear:
        lines.append(s["a_seen_integrity" if clear == "integrity" else "a_seen_null"])
    if hs["sni"]:
        which = "a_seen_sni_ech" if hs["ech"] else "a_seen_sni_esni" if hs["esni"] else "a_seen_sni"
        lines.append(s[which].format(frame=hs["client_hello"], sni=hs["sni"]))
    if hs["alpn"]:
        lines.append(s["a_seen_alpn"].format(frame=hs["client_hello"], alpn=hs["alpn"]))
    if hs["server_hello"] is not None:
        lines.append(s["a_seen_choice"].format(frame=hs["server_hello"]))
    if hs["cert"] and not tls13:
        lines.append(s["a_seen_cert12"].format(subject=hs["cert"]["subject"], frame=hs["cert"]["frame"]))
    if hs["client_cert"] and not tls13:
        lines.append(s["a_seen_client_cert"].format(subject="", frame=hs["client_cert"]))
    resumed = summary.get("resumed", {}).get("show") in ("1", "True")
    if tls13 and clear != "integrity":     # RFC 8446 2.2: a PSK resumption sends no certificate
        lines.append(s["a_seen_nocert13"] if resumed or (keys_seen(hs) and not hs["server_cert_sent"])
                     else s["a_seen_cert13"])
    if 2 in steps:
        command = facts.BINARY_UPGRADES.get(steps[2][2], (None, steps[2][1]))[1]
        lines.append(s["a_seen_starttls"].format(frame=steps.get(3, steps[2])[0], command=command))
    return q("seen", s["q_seen"], "\n".join(lines), hs["client_hello"], hs["sni"])


def keys_seen(hs):
    """Whether Wireshark saw the TLS 1.3 server flight decrypted (its certificate, if any)."""
    return hs["flight_decrypted"]


def goals(sections, s):
    ids = {x["id"] for _, qs in sections for x in qs}
    out = [s["g_find"]]
    out += [s["g_fs"]] if "kex" in ids else []
    out += [s["g_cert"]] if "cert" in ids else []
    out += [s["g_starttls"]] if "starttls" in ids else []
    return out + [s["g_seen"]]


def build(run, capture, keylog, frames):
    """[(handshake, [question])] for the first handshakes, and how many more there are."""
    rows = facts.read_fields(run, capture, keylog)
    found = facts.handshakes(rows)
    return found, rows


def sections_for(found, rows, frames, lang, keys):
    s = WS[lang]
    out = []
    for hs in found[:MAX_HANDSHAKES]:
        key = (hs["key"][0], int(hs["key"][1]))
        steps = facts.starttls(rows, hs["key"]) if hs["key"][0] == "tcp" else {}
        localize_cert(hs, frames, key)
        out.append((hs, questions(hs, summary_of(frames, key, hs["client_hello"]), steps, s, keys)))
    return out


def localize_cert(hs, frames, key):
    """The certificate's key as the tree shows it in the language ("RSA 2048 бит")."""
    if not hs["cert"]:
        return
    for f in frames:
        if f["conv"] == key and f["num"] == hs["cert"]["frame"] and f["cert"].get("key"):
            hs["cert"]["key"] = f["cert"]["key"]
            return


CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #111; max-width: 60em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; border-bottom: 2px solid #333; margin-top: 1.4em; }
ol.questions > li { margin: .5em 0 1.1em; } p.meta { color: #444; font-size: .9em; }
div.blank { border-bottom: 1px solid #888; height: 1.6em; margin: .2em 0; }
p.frame { color: #444; font-size: .9em; margin: .2em 0; }
div.answer { margin: .3em 0 0 0; padding: .3em .6em; background: #eef6ee; border-left: 3px solid #2a7a2a; }
@media print { body { margin: 0; font-size: 10.5pt; } h2 { break-after: avoid; } li { break-inside: avoid; } }
"""


def render(name, sections, more, lang, keys, answers, annotated):
    E = html.escape
    s = WS[lang]
    title = s["title_key"] if answers else s["title_ws"]
    body = ["<h1>%s — %s</h1>" % (E(title), E(name)),
            '<p class="meta">%s %s</p>' % (E(s["open"].format(file=annotated)),
                                           E(s["open_keys"] if keys else s["open_nokeys"]))]
    if answers:
        body.append('<p class="meta">%s</p>' % E(s["key_note"]))
    if not sections:
        body.append('<p class="no-tls">%s</p>' % E(s["no_hs"]))
    else:
        body.append('<h2>%s</h2><ul class="goals">%s</ul>'
                    % (E(s["goals"]), "".join("<li>%s</li>" % E(g) for g in goals(sections, s))))
    for n, (hs, qs) in enumerate(sections, 1):
        body.append('<section class="handshake" data-client-hello="%d"><h2>%s</h2><ol class="questions">'
                    % (hs["client_hello"], E(s["conv"].format(n=n, client=hs["client"], server=hs["server"]))))
        for x in qs:
            item = '<li data-q="%s">%s' % (E(x["id"]), E(x["q"]))
            if answers:
                item += ('<div class="answer" data-frame="%d" data-value="%s">%s</div>'
                         % (x["frame"], E(x["value"]), "<br>".join(E(l) for l in x["a"].split("\n"))))
            else:
                item += '<div class="blank"></div><div class="blank"></div><p class="frame">%s</p>' % E(s["frame_blank"])
            body.append(item + "</li>")
        body.append("</ol></section>")
    if more > 0:
        body.append('<p class="meta">%s</p>' % E(s["more"].format(n=more, k=len(sections))))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s — %s</title>\n'
            '<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, E(title), E(name), CSS, "\n".join(body)))


def write_worksheets(run, capture, keylog, frames, lang, name, out_dir, annotated):
    """Writes NAME-worksheet.html and NAME-answers.html; returns their paths."""
    found, rows = build(run, capture, keylog, frames)
    sections = sections_for(found, rows, frames, lang, bool(keylog))
    more = max(0, len(found) - len(sections))
    paths = []
    for answers, suffix in ((False, "-worksheet.html"), (True, "-answers.html")):
        path = os.path.join(out_dir, name + suffix)
        with open(path, "w", encoding="utf-8") as f:
            f.write(render(name, sections, more, lang, bool(keylog), answers, annotated))
        paths.append(path)
    return paths
