# SPDX-License-Identifier: GPL-2.0-or-later
"""Running tshark and editcap with the plugin, and checking the inputs."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

KEYLOG_LINE = re.compile(r"^(CLIENT_RANDOM|CLIENT_EARLY_TRAFFIC_SECRET|CLIENT_HANDSHAKE_TRAFFIC_SECRET|"
                         r"SERVER_HANDSHAKE_TRAFFIC_SECRET|CLIENT_TRAFFIC_SECRET_0|SERVER_TRAFFIC_SECRET_0|"
                         r"EARLY_EXPORTER_SECRET|EXPORTER_SECRET|RSA|PMS_CLIENT_RANDOM)\s+([0-9A-Fa-f]+)\s+[0-9A-Fa-f]+\s*$")
TEXT_MAX = 4000                  # bound on any one text taken from tshark's output


class LessonError(Exception):
    """An error the user can fix: printed without a traceback, exit status 2."""


def progress(msg):
    print("tlsedu-lesson: " + msg, file=sys.stderr, flush=True)


def bounded(text):
    text = text if text is not None else ""
    return text if len(text) <= TEXT_MAX else text[:TEXT_MAX] + "…"


# ---------------------------------------------------------------------------------------
# Running tshark (as the invoking user when root, so WIRESHARK_PLUGIN_DIR is honoured)

class Runner:
    def __init__(self, tshark, editcap, capinfos):
        self.tshark_bin, self.editcap_bin, self.capinfos_bin = tshark, editcap, capinfos
        self.tmp = tempfile.mkdtemp(prefix="tlsedu-lesson-")
        self.drop = None
        if os.geteuid() == 0 and os.environ.get("WIRESHARK_PLUGIN_DIR"):
            uid = int(os.environ.get("SUDO_UID") or 65534)
            gid = int(os.environ.get("SUDO_GID") or 65534)
            self.drop = ["setpriv", "--reuid=%d" % uid, "--regid=%d" % gid, "--clear-groups"]
            os.chmod(self.tmp, 0o755)
            home = os.path.join(self.tmp, "home")
            os.makedirs(home)
            os.chmod(home, 0o777)
            self.env = dict(os.environ, HOME=home)
        else:
            self.env = dict(os.environ)
        self.env["LC_ALL"] = "C.UTF-8"

    def readable(self, path):
        """A path tshark can read (a world-readable copy when tshark runs as another user)."""
        if self.drop is None:
            return path
        d = tempfile.mkdtemp(dir=self.tmp)
        os.chmod(d, 0o755)
        target = os.path.join(d, os.path.basename(path))
        shutil.copy(path, target)
        os.chmod(target, 0o644)
        return target

    def tshark_cmd(self, args):
        return (self.drop or []) + [self.tshark_bin] + list(args)

    def tshark(self, args, check=True):
        proc = subprocess.run(self.tshark_cmd(args), capture_output=True, text=True, env=self.env)
        if check and proc.returncode != 0:
            raise LessonError("tshark failed: %s" % first_error(proc.stderr))
        return proc

    def cleanup(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


def first_error(stderr):
    lines = [l for l in stderr.splitlines() if l.strip() and "Running as user" not in l]
    return " ".join(lines[:3]) if lines else "(no message)"


def registered_fields(run):
    out = run.tshark(["-G", "fields"]).stdout
    return {l.split("\t")[2] for l in out.splitlines() if l.startswith("F\t") and l.count("\t") >= 3}


def check_capture(run, path):
    if not os.path.exists(path):
        raise LessonError("%s: no such file" % path)
    if not os.path.isfile(path) or not os.access(path, os.R_OK):
        raise LessonError("%s: not a readable file" % path)
    copy = run.readable(path)
    proc = run.tshark(["-r", copy, "-c", "1", "-T", "fields", "-e", "frame.number"], check=False)
    if proc.returncode != 0:
        raise LessonError("%s is not a capture file Wireshark can read (%s)"
                          % (path, first_error(proc.stderr).replace(copy, path)))


def frame_count(run, path):
    try:
        proc = subprocess.run([run.capinfos_bin, "-M", "-c", "-T", "-r", path], capture_output=True, text=True)
        return int(proc.stdout.strip().split("\t")[-1])
    except (OSError, ValueError, IndexError):
        return None


def check_keylog(run, keylog, capture):
    """A key log must exist, hold NSS key log lines, and hold secrets for this capture; True
    when the lesson uses it, False when it holds only comments (no secret to use)."""
    if not os.path.isfile(keylog):
        raise LessonError("key log %s: no such file" % keylog)
    randoms, rsa, other = set(), set(), 0
    with open(keylog, "r", encoding="utf-8", errors="replace") as f:
        for line in f:
            m = KEYLOG_LINE.match(line.strip())
            if m:
                (rsa if m.group(1) == "RSA" else randoms).add(m.group(2).lower())
            elif line.strip() and not line.startswith("#"):
                other += 1
    if not randoms and not rsa and other == 0:
        # only comments: a key log a handshake that failed early left empty
        progress("warning: %s holds no TLS secret (no CLIENT_RANDOM or *_TRAFFIC_SECRET line; a handshake "
                 "that failed early leaves none): the lesson is made without keys" % keylog)
        return False
    if not randoms and not rsa:
        raise LessonError("%s is not a TLS key log: no CLIENT_RANDOM or *_TRAFFIC_SECRET line "
                          "(the NSS key log format of SSLKEYLOGFILE)" % keylog)
    # the client randoms of the ClientHellos, and the first 8 bytes of RSA-encrypted
    # pre-master secrets (what an RSA line names)
    out = run.tshark(["-r", capture, "-Y", "tls.handshake.type == 1 || tls.handshake.type == 16",
                      "-T", "fields", "-E", "separator=\t", "-e", "tls.handshake.random",
                      "-e", "tls.handshake.epms"]).stdout
    hellos, epms = set(), set()
    for line in out.splitlines():
        cols = (line.split("\t") + [""])[:2]
        hellos |= {r.strip().lower().replace(":", "") for r in cols[0].split(",") if r.strip()}
        epms |= {e.strip().lower().replace(":", "")[:16] for e in cols[1].split(",") if e.strip()}
    if hellos and not (hellos & randoms) and not (epms & rsa):
        raise LessonError("the key log %s holds no secrets for this capture's TLS handshakes "
                          "(none of its client randoms is in the capture): wrong key log?" % keylog)
    return True


# ---------------------------------------------------------------------------------------
# Reading tlsedu's annotations (PDML: the tlsedu tree, whatever fields it has)
