"""Helpers of the robustness tests (tests/integration/test_robustness_*.py): the corpus,
tshark runs with full control of the environment and the memory used, the scanner of
sanitizer and dissector-bug reports, the canary plugins, pcap reading and writing.

Built on tests/integration/harness.py: same sandbox, same unprivileged user, same
"without the plugin" (an empty WIRESHARK_PLUGIN_DIR).

SPDX-License-Identifier: GPL-2.0-or-later
"""
import os
import re
import shutil
import struct
import subprocess
import tempfile
import threading

import harness

SANITIZED = os.environ.get("TLSEDU_SANITIZED") == "1"
LONG = os.environ.get("TLSEDU_FUZZ_LONG") == "1"
CANARIES = os.environ.get("TLSEDU_CANARIES") or os.path.join(harness.BUILD_DIR, "canaries")
SANITIZER_EXIT = 86  # exitcode= in the sanitizer options (tests/robustness.cmake)
CAPTURE_ENDINGS = (".pcap", ".pcapng", ".pcap.gz", ".pcapng.gz")


def own_captures():
    return sorted(os.path.join(harness.CAPTURES, f) for f in os.listdir(harness.CAPTURES)
                  if f.endswith(CAPTURE_ENDINGS))


def public_captures(root):
    found = []
    for dirpath, _dirs, files in os.walk(root):
        found += [os.path.join(dirpath, f) for f in files if f.endswith(CAPTURE_ENDINGS)]
    return sorted(found)


def corpus(testcase):
    """Every own capture and every public capture (skip/fail rules of harness)."""
    return own_captures() + public_captures(harness.require_public(testcase))


def label(path):
    """A short name for a capture: captures/x.pcap or public/<relpath>."""
    if path.startswith(harness.PUBLIC + os.sep):
        return "public/" + os.path.relpath(path, harness.PUBLIC)
    return os.path.relpath(path, harness.SOURCE_DIR)


def scratch(name):
    """A folder the unprivileged user can read and write, inside the harness sandbox."""
    path = os.path.join(harness.sandbox()["root"], name)
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o777)
    return path


def plugin_dir(plugin):
    """WIRESHARK_PLUGIN_DIR for True (tlsedu), False (none) or a canary kind."""
    box = harness.sandbox()
    if plugin is True:
        return box["with"]
    if plugin is False:
        return box["without"]
    module = os.path.join(CANARIES, plugin, harness.ws_major_minor(), "epan",
                          "tlsedu_canary_%s.so" % plugin)
    if not os.path.exists(module):
        raise AssertionError("canary plugin not built: %s" % module)
    target = os.path.join(box["root"], "canary-" + plugin)
    epan = os.path.join(target, harness.ws_major_minor(), "epan")
    if not os.path.isdir(epan):
        os.makedirs(epan)
        shutil.copy(module, epan)
        for dirpath, _dirs, files in os.walk(target):
            os.chmod(dirpath, 0o755)
            for f in files:
                os.chmod(os.path.join(dirpath, f), 0o644)
    return target


class Run:
    def __init__(self, args, returncode, stdout, stderr, maxrss_kb):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr, self.maxrss_kb = stdout, stderr, maxrss_kb


def run(program, args, plugin=True, timeout=600, keep_stdout=True, extra_env=None):
    """Runs PROGRAM ARGS (["tshark"], or a valgrind command line ending in tshark) as
    harness.tshark does: as uid 65534 when root, HOME in the sandbox, PATH as the test has
    it (the sanitizer build puts its tshark wrapper first). Returns a Run with the peak
    resident memory of that process (ru_maxrss from wait4, KiB)."""
    box = harness.sandbox()
    env = {"HOME": box["home"], "LC_ALL": "C.UTF-8",
           "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "WIRESHARK_PLUGIN_DIR": plugin_dir(plugin)}
    for var in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if var in os.environ:
            env[var] = os.environ[var]
    env.update(extra_env or {})
    cmd = list(program) + list(args)
    if os.geteuid() == 0:
        cmd = (["setpriv", "--reuid=%d" % harness.NOBODY, "--regid=%d" % harness.NOBODY,
                "--clear-groups", "env"] + ["%s=%s" % kv for kv in env.items()] + cmd)
        env = None
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out if keep_stdout else subprocess.DEVNULL,
                                stderr=err, env=env)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Run(cmd, proc.returncode, stdout, stderr, usage.ru_maxrss)


SANITIZER_MARKERS = re.compile(
    r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|"
    r"SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer)|"
    r"ASan runtime does not come first|failed to parse suppressions")
OURS = re.compile(r"tlsedu|TLS Classroom", re.I)
BUG_LINE = re.compile(r"Dissector bug|Malformed Packet")


def problems(result):
    """What is wrong with one tshark run: a crash, a sanitizer report, a "Dissector bug"
    or "Malformed Packet" naming tlsedu (an exception out of the postdissector). Empty
    when the run is clean."""
    found = []
    rc = result.returncode
    if rc < 0:
        found.append("killed by signal %d" % -rc)
    elif rc == SANITIZER_EXIT:
        found.append("sanitizer exit code %d" % rc)
    elif rc not in (0, 2):
        # 2: tshark's own "could not be read completely" on a damaged file
        found.append("exit code %d" % rc)
    m = SANITIZER_MARKERS.search(result.stderr)
    if m:
        start = max(0, m.start() - 200)
        found.append("sanitizer report: " + result.stderr[start:start + 2000])
    for text in (result.stdout, result.stderr):
        for line in text.splitlines():
            if BUG_LINE.search(line) and OURS.search(line):
                found.append("tshark reports: " + line.strip())
                break
    return found


# --- pcap (libpcap format, as captures/ holds) ---------------------------------------

def read_pcap(path):
    """(header bytes, [(ts_sec, ts_usec, orig_len, data)]) of a little- or big-endian pcap."""
    with open(path, "rb") as f:
        data = f.read()
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        endian = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        endian = ">"
    else:
        raise ValueError("%s is not a pcap file" % path)
    linktype = struct.unpack(endian + "I", data[20:24])[0]
    packets, off = [], 24
    while off + 16 <= len(data):
        sec, usec, incl, orig = struct.unpack(endian + "IIII", data[off:off + 16])
        packets.append((sec, usec, orig, data[off + 16:off + 16 + incl]))
        off += 16 + incl
    return linktype, packets


def write_pcap(path, linktype, packets):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, linktype))
        for sec, usec, orig, data in packets:
            f.write(struct.pack("<IIII", sec, usec, len(data) if orig < len(data) else orig,
                                len(data)))
            f.write(data)
    os.chmod(path, 0o644)


def ipv4_checksum(header):
    total = 0
    for i in range(0, len(header), 2):
        total += (header[i] << 8) + header[i + 1]
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return (~total) & 0xFFFF
