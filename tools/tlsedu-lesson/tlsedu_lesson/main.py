# SPDX-License-Identifier: GPL-2.0-or-later
"""The command line of tlsedu-lesson."""
import argparse
import os
import shutil
import sys

from .capture import write_annotated
from .page import conversations, render_html
from .read import read_annotations
from .run import (LessonError, Runner, check_capture, check_keylog, frame_count, progress,
                  registered_fields)
from .words import WORDS
from .worksheet import write_worksheets


EPILOG = """\
files written into DIR (NAME: the capture's name without its extension):
  NAME-annotated.pcapng  the capture, one packet comment per message tlsedu explains and a
                         comment for the whole capture; with --keylog the key log embedded
                         (any Wireshark decrypts it with no setting)
  NAME-lesson.html       a ladder diagram and a summary per TLS or STARTTLS conversation
  NAME-worksheet.html    with --worksheet: learning goals and questions on this capture
  NAME-answers.html      with --worksheet: the answer key, each answer naming its frame

environment:
  WIRESHARK_PLUGIN_DIR   where tshark finds the tlsedu plugin besides the system and personal
                         folders (as root, tshark then runs as SUDO_UID, else uid 65534)

exit status: 0 done; 2 a missing or bad capture or key log, or tshark without the plugin

examples:
  tlsedu-lesson https-tls13.pcap --keylog https-tls13.keys --out lesson/
  tlsedu-lesson smtp-starttls-25.pcap --keylog smtp-starttls-25.keys --lang fr --worksheet --out lecon/
  tlsedu-lesson imap-starttls-143.pcap --lang ru --worksheet --out urok/
"""


def base_name(path):
    name = os.path.basename(path)
    for ext in (".gz", ".zst", ".lz4"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    for ext in (".pcapng", ".pcap", ".cap", ".ntar", ".erf"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return os.path.splitext(name)[0] or name


def main(argv=None):
    ap = argparse.ArgumentParser(prog="tlsedu-lesson", formatter_class=argparse.RawDescriptionHelpFormatter,
                                 description="Make a lesson from a capture: an annotated pcapng and an HTML ladder "
                                             "diagram (and, with --worksheet, a worksheet and its answer key).",
                                 epilog=EPILOG)
    ap.add_argument("capture", metavar="CAPTURE", help="the capture file (pcap, pcapng, ...)")
    ap.add_argument("--keylog", metavar="FILE", help="the TLS key log (SSLKEYLOGFILE format) that decrypts it")
    ap.add_argument("--lang", choices=("en", "fr", "ru"), default="en", help="language of the texts (default en)")
    ap.add_argument("--out", metavar="DIR", required=True, help="the folder to write into (made if missing)")
    ap.add_argument("--worksheet", action="store_true",
                    help="also write NAME-worksheet.html (learning goals and questions on this capture) "
                         "and NAME-answers.html (the answer key, each answer with its frame)")
    ap.add_argument("--tshark", default=os.environ.get("TLSEDU_TSHARK", "tshark"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    tools = {}
    for tool in ("tshark", "editcap", "capinfos"):
        path = args.tshark if tool == "tshark" else tool
        tools[tool] = shutil.which(path)
        if tools[tool] is None and tool != "capinfos":
            print("tlsedu-lesson: error: %s not found (install Wireshark's tshark)" % tool, file=sys.stderr)
            return 2
    run = Runner(tools["tshark"], tools["editcap"], tools["capinfos"] or "capinfos")
    w = WORDS[args.lang]
    try:
        check_capture(run, args.capture)
        fields = registered_fields(run)
        if "tlsedu.stage" not in fields:
            raise LessonError("tshark does not load the tlsedu plugin: install it (cmake --install build), "
                              "or point WIRESHARK_PLUGIN_DIR at the build's plugins folder")
        capture = run.readable(args.capture)
        keylog = None
        if args.keylog:
            if check_keylog(run, args.keylog, capture):
                keylog = run.readable(args.keylog)
            else:
                args.keylog = None
        total = frame_count(run, args.capture)
        if total and total > 20000:
            progress("%d frames: reading them twice (tshark -2), this takes a while" % total)
        frames = read_annotations(run, capture, keylog, args.lang, fields, total)
        os.makedirs(args.out, exist_ok=True)
        name = base_name(args.capture)
        pcap_out = os.path.join(args.out, name + "-annotated.pcapng")
        html_out = os.path.join(args.out, name + "-lesson.html")
        n = write_annotated(run, args.capture, pcap_out, frames, w, keylog=args.keylog)
        with open(html_out, "w", encoding="utf-8") as f:
            f.write(render_html(name, frames, w, args.lang, args.keylog, total))
        made = [pcap_out, html_out]
        if args.worksheet:
            made += write_worksheets(run, capture, keylog, frames, args.lang, name, args.out,
                                     os.path.basename(pcap_out))
        progress("%d annotated frames, %d conversations: %s"
                 % (n, len(conversations(frames)), ", ".join(made)))
        return 0
    except LessonError as e:
        print("tlsedu-lesson: error: %s" % e, file=sys.stderr)
        return 2
    except OSError as e:
        print("tlsedu-lesson: error: %s" % e, file=sys.stderr)
        return 2
    finally:
        run.cleanup()
