"""Runs the real tshark with and without the tlsedu plugin.

tshark run as root ignores WIRESHARK_PLUGIN_DIR and the personal plugin folder, so when
the tests run as root (CI does) tshark runs as an unprivileged user (uid 65534) through
setpriv, with everything it reads copied to a world-readable temporary folder.
WIRESHARK_PLUGIN_DIR replaces the system plugin folder, so runs "without the plugin"
point it at an empty folder: both sides see the same set of stock plugins (none).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import atexit
import functools
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("TLSEDU_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BUILD_DIR = os.environ.get("TLSEDU_BUILD_DIR") or os.path.join(SOURCE_DIR, "build")
CAPTURES = os.path.join(SOURCE_DIR, "captures")
# the public captures beside the clone (../shared/captures-public), or where
# TLSEDU_PUBLIC_CAPTURES says (a worktree elsewhere)
PUBLIC = os.environ.get("TLSEDU_PUBLIC_CAPTURES") or os.path.normpath(
    os.path.join(SOURCE_DIR, "..", "shared", "captures-public"))
IN_CI = os.environ.get("CI", "").lower() == "true"
NOBODY = 65534


def ws_major_minor():
    mm = os.environ.get("TLSEDU_WS_MAJOR_MINOR")
    if mm:
        return mm
    out = subprocess.run(["tshark", "--version"], capture_output=True, text=True).stdout
    version = out.split("(Wireshark) ")[1].split()[0]
    return ".".join(version.split(".")[:2])


@functools.lru_cache(maxsize=None)
def sandbox():
    """The world-readable folder tshark runs in: plugins with/without tlsedu, HOME, files."""
    root = tempfile.mkdtemp(prefix="tlsedu-tests-")
    atexit.register(shutil.rmtree, root, True)
    os.chmod(root, 0o755)
    module = os.path.join(BUILD_DIR, "plugins", ws_major_minor(), "epan", "tlsedu.so")
    if not os.path.exists(module):
        raise RuntimeError("plugin not built: %s is missing" % module)
    with_dir = os.path.join(root, "with", ws_major_minor(), "epan")
    os.makedirs(with_dir)
    shutil.copy(module, with_dir)
    os.makedirs(os.path.join(root, "without"))
    home = os.path.join(root, "home")
    os.makedirs(home)
    os.chmod(home, 0o777)
    os.makedirs(os.path.join(root, "files"))
    for dirpath, dirnames, filenames in os.walk(root):
        for d in dirnames:
            os.chmod(os.path.join(dirpath, d), 0o777 if d == "home" else 0o755)
        for f in filenames:
            os.chmod(os.path.join(dirpath, f), 0o644)
    return {"root": root, "with": os.path.join(root, "with"),
            "without": os.path.join(root, "without"), "home": home,
            "files": os.path.join(root, "files")}


@functools.lru_cache(maxsize=None)
def readable(path):
    """A copy of path that the unprivileged user can read."""
    digest = hashlib.sha1(os.path.abspath(path).encode()).hexdigest()[:12]
    target_dir = os.path.join(sandbox()["files"], digest)
    os.makedirs(target_dir, exist_ok=True)
    os.chmod(target_dir, 0o755)
    target = os.path.join(target_dir, os.path.basename(path))
    shutil.copy(path, target)
    os.chmod(target, 0o644)
    return target


def tshark(args, plugin=True, check=True, env_extra=None):
    """Runs tshark ARGS; returns the completed process (text output). env_extra: more
    environment variables (e.g. WIRESHARK_DATA_DIR, HOME)."""
    box = sandbox()
    env = {"HOME": box["home"], "LC_ALL": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "WIRESHARK_PLUGIN_DIR": box["with"] if plugin else box["without"]}
    env.update(env_extra or {})
    for var in ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if var in os.environ:
            env[var] = os.environ[var]
    cmd = ["tshark"] + list(args)
    if os.geteuid() == 0:
        cmd = (["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups", "env"]
               + ["%s=%s" % kv for kv in env.items()] + cmd)
        env = None
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError("tshark %s failed (%d): %s" % (" ".join(args), proc.returncode, proc.stderr))
    return proc


def fields(capture, names, display_filter=None, extra=(), plugin=True, two_pass=False,
           occurrence="a"):
    """Rows of tshark -T fields for CAPTURE: a list of dicts name -> string ('' when absent)."""
    args = ["-r", readable(capture), "-T", "fields", "-E", "header=n", "-E", "separator=\t",
            "-E", "occurrence=%s" % occurrence, "-E", "aggregator=,"]
    if two_pass:
        args.append("-2")
    if display_filter:
        args += ["-Y", display_filter]
    args += list(extra)
    for n in names:
        args += ["-e", n]
    out = tshark(args, plugin=plugin).stdout
    rows = []
    for line in out.splitlines():
        values = [_boolean(v) for v in line.split("\t")]
        values += [""] * (len(names) - len(values))
        rows.append(dict(zip(names, values)))
    return rows


def _boolean(value):
    """Wireshark 4.6 prints FT_BOOLEAN fields as True/False in -T fields, 4.0 and 4.4 as
    1/0: the tests compare 1/0 whatever the version."""
    if "True" not in value and "False" not in value:
        return value
    return ",".join({"True": "1", "False": "0"}.get(v, v) for v in value.split(","))


def capture(name):
    """Path of a capture shipped in captures/ (the test fails when it is missing)."""
    path = os.path.join(CAPTURES, name)
    if not os.path.exists(path):
        raise AssertionError("capture %s is missing from captures/" % name)
    return path


_STOCK_FIELDS = None


def has_field(name):
    """True when this tshark registers the field (names differ between Wireshark versions)."""
    global _STOCK_FIELDS
    if _STOCK_FIELDS is None:
        out = tshark(["-G", "fields"], plugin=False).stdout
        _STOCK_FIELDS = {line.split("\t")[2] for line in out.splitlines() if line.count("\t") >= 2}
    return name in _STOCK_FIELDS


def keylog_args(capture_path):
    """The -o option for the key log that goes with a capture, if there is one."""
    base = capture_path
    for ext in (".pcapng", ".pcap"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    keys = base + ".keys"
    return ["-o", "tls.keylog_file:" + readable(keys)] if os.path.exists(keys) else []


def require_public(testcase):
    """Skips (or, in CI, fails) when ../shared/captures-public is not beside the clone."""
    if os.path.isdir(PUBLIC):
        return PUBLIC
    if IN_CI:
        testcase.fail("CI=true but %s is missing" % PUBLIC)
    raise unittest.SkipTest("../shared/captures-public is absent (a user's own clone): skipped")


def info_column(capture, extra=(), plugin=True, two_pass=False, display_filter=None):
    """frame number -> the Info column as tshark's summary lines print it. (Read from the
    summary, not from -e _ws.col.Info: from Wireshark 4.2 on that field is filled before the
    postdissectors run, so it never shows what tlsedu appends.)"""
    args = ["-r", readable(capture), "-o", 'gui.column.format:"No.","%m","Info","%i"']
    if two_pass:
        args.append("-2")
    if display_filter:
        args += ["-Y", display_filter]
    out = tshark(args + list(extra), plugin=plugin).stdout
    rows = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\d+) (.*)$", line)
        if m:
            rows[int(m.group(1))] = m.group(2)
    return rows
