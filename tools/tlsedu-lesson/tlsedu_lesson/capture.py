# SPDX-License-Identifier: GPL-2.0-or-later
"""The annotated pcapng: a comment on every frame tlsedu annotates."""
import os
import subprocess

from .run import LessonError, first_error

BATCH = max(1, int(os.environ.get("TLSEDU_LESSON_BATCH") or 200))   # editcap -a options per run


def frame_comment(f, w):
    lines = []
    for it in f["items"]:
        lines.append("tlsedu %s %d (%s) - %s: %s" % (w["stage"], it["stage"], it["label"], it["message"], it["explain"]))
    if f["step"]:
        text = "tlsedu %s %d (%s)" % (w["step"], f["step"]["step"], f["step"]["label"])
        if f["starttls"].get("explain"):
            text += ": " + f["starttls"]["explain"]
        lines.append(text)
    for e in f["experts"]:
        lines.append("tlsedu %s (%s): %s" % (w["warning"], e["name"], e["message"]))
    comment = "\n".join(lines)
    return comment.encode("utf-8")[:65000].decode("utf-8", "ignore")


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
            if h not in handshakes:
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
    """Writes the frames' comments, the capture's comment and, with a key log, the key log as
    a Decryption Secrets Block (editcap --inject-secrets), so that stock Wireshark decrypts
    the annotated capture by itself."""
    comments = [(f["num"], frame_comment(f, w)) for f in frames
                if f["items"] or f["step"] or f["experts"]]
    batches = [comments[i:i + BATCH] for i in range(0, len(comments), BATCH)] or [[]]
    src = capture
    for i, batch in enumerate(batches):
        dst = out_path if i == len(batches) - 1 else os.path.join(run.tmp, "step%d.pcapng" % i)
        cmd = [run.editcap_bin, "-F", "pcapng"]
        if i == len(batches) - 1:   # editcap 4.0 writes no input's secrets: the last run adds them
            cmd += ["--capture-comment", capture_comment(frames, w, keylog)]
            if keylog:
                cmd += ["--inject-secrets", "tls," + keylog]
        for num, text in batch:
            cmd += ["-a", "%d:%s" % (num, text)]
        proc = subprocess.run(cmd + [src, dst], capture_output=True, text=True)
        if proc.returncode != 0:
            raise LessonError("editcap failed: %s" % first_error(proc.stderr))
        src = dst
    return len(comments)


# ---------------------------------------------------------------------------------------
# The HTML page
