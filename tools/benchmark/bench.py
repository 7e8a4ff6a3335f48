#!/usr/bin/python3
"""tlsedu benchmark driver (issue 8): tshark without and with the plugin on one capture.

usage: bench.py CAPTURE --plugin tlsedu.so [--runs 5] [--scales 1,2,4] [--scale-runs 3]
                [--scale-modes plain,V] [--slice-packets 20000] [--no-callgrind] [--workdir DIR]

1. Timing: the four modes, `-r F` / `-r F -Y tlsedu` / `-r F -V` / `-r F -2 -V`, output to
   /dev/null, without and with the plugin, interleaved (each round runs every mode both
   ways, the order of the two flipping from round to round), after one untimed warm-up of
   each. Wall time and CPU time (user+sys) and peak memory (/usr/bin/time -f %M) per run;
   the table gives medians and the ratios of medians (with / without).
   Without the plugin `tlsedu` is not a filter, so the baseline of `-Y tlsedu` is the
   filter a user would write instead: the catalogue's ports of the capture
   (`tcp.port in {...} or udp.port == 53`); both build a tree for every frame and keep
   every frame of this capture.
2. Linearity: the capture repeated 2x and 4x (copies shifted in time with editcap -t, joined
   with mergecap -a, so that each copy's conversations are new ones), some modes timed the
   same way; time per packet against 1x.
3. Callgrind: instruction counts (stable on a busy machine) on a 20,000-packet slice made of
   whole conversations (every 10th TCP and UDP stream, cut at 20,000 packets), plain and -V,
   without and with; plus the start-up cost (a one-packet file) so that the per-packet
   counts can be compared without tshark's start-up.

"Without the plugin" is WIRESHARK_PLUGIN_DIR pointing at an empty folder, "with" at a folder
holding only tlsedu.so. Run as root, tshark runs as uid 65534 (setpriv), since tshark run as
root ignores WIRESHARK_PLUGIN_DIR; every file it reads is copied into a world-readable
work folder. Python 3 standard library only.
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

NOBODY = 65534
PORT_FILTER = "tcp.port in {25, 80, 110, 143, 443, 587, 993} or udp.port == 53 or tcp.port == 53"
MODES = {  # name -> (label, args without the file, args of the baseline when they differ)
    "plain": ("-r F", [], None),
    "filter": ("-r F -Y tlsedu", ["-Y", "tlsedu"], ["-Y", PORT_FILTER]),
    "V": ("-r F -V", ["-V"], None),
    "2V": ("-r F -2 -V", ["-2", "-V"], None),
}
GOALS = {"plain": 1.05, "V": 1.02, "2V": 1.02}  # time ratio goals; memory 1.05 everywhere
MEM_GOAL = 1.05
VARIANTS = ("without", "with")


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


class Bench:
    def __init__(self, args):
        self.args = args
        base = args.workdir or os.path.join(os.environ.get("TMPDIR", "/tmp"), "tlsedu-bench")
        os.makedirs(base, exist_ok=True)
        self.work = tempfile.mkdtemp(prefix="run-" + time.strftime("%Y%m%d-%H%M%S-"), dir=base)
        os.chmod(self.work, 0o755)
        self.home = self.mkdir("home", 0o777)
        self.out = self.mkdir("out", 0o777)
        self.as_nobody = os.geteuid() == 0
        ver = subprocess.run(["tshark", "--version"], capture_output=True, text=True).stdout
        self.tshark_version = ver.splitlines()[0] if ver else "?"
        m = re.search(r"TShark \(Wireshark\) (\d+)\.(\d+)", ver)
        if not m:
            sys.exit("cannot read tshark's version")
        self.plugdir = {"without": self.mkdir("plugins-empty", 0o755),
                        "with": self.mkdir("plugins-with", 0o755)}
        epan = os.path.join(self.plugdir["with"], f"{m.group(1)}.{m.group(2)}", "epan")
        os.makedirs(epan)
        for d in (os.path.dirname(epan), epan):
            os.chmod(d, 0o755)
        shutil.copy(args.plugin, os.path.join(epan, "tlsedu.so"))
        os.chmod(os.path.join(epan, "tlsedu.so"), 0o755)
        self.results = {"timing": [], "callgrind": {}, "files": {}}

    def mkdir(self, name, mode):
        p = os.path.join(self.work, name)
        os.makedirs(p, exist_ok=True)
        os.chmod(p, mode)
        return p

    # ------------------------------------------------------------------ commands
    def env_prefix(self, variant):
        pre = []
        if self.as_nobody:
            pre = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        return pre + ["env", f"HOME={self.home}", f"WIRESHARK_PLUGIN_DIR={self.plugdir[variant]}"]

    def tshark_args(self, mode, variant, f):
        _, extra, baseline = MODES[mode]
        if variant == "without" and baseline is not None:
            extra = baseline
        return ["tshark", "-r", f] + extra

    def timed(self, mode, variant, f):
        tf = os.path.join(self.out, "time.txt")
        if os.path.exists(tf):
            os.remove(tf)
        cmd = (self.env_prefix(variant) + ["/usr/bin/time", "-f", "%e %U %S %M", "-o", tf]
               + self.tshark_args(mode, variant, f))
        t0 = time.monotonic()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.monotonic() - t0
        if p.returncode != 0:
            sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
        e, u, s, mx = open(tf).read().split()[-4:]
        return {"wall": wall, "cpu": float(u) + float(s), "maxrss_kb": int(mx)}

    # ------------------------------------------------------------------ files
    def capinfo(self, f):
        out = subprocess.run(["capinfos", "-M", "-c", "-u", f], capture_output=True, text=True).stdout
        n = int(re.search(r"Number of packets:\s+(\d+)", out).group(1))
        d = float(re.search(r"Capture duration:\s+([\d.]+)", out).group(1))
        return n, d

    def public(self, f):
        os.chmod(f, 0o644)
        return f

    def prepare_files(self):
        a = self.args
        f1 = os.path.join(self.work, "bench-1x.pcap")
        shutil.copy(a.capture, f1)
        self.public(f1)
        n1, dur = self.capinfo(f1)
        self.files = {1: f1}
        self.packets = {1: n1}
        log(f"capture: {n1} packets, {dur:.1f} s")
        for k in sorted(set(a.scales) - {1}):
            parts = [f1]
            for i in range(1, k):
                part = os.path.join(self.work, f"shift-{i}.pcap")
                run(["editcap", "-t", f"{i * (int(dur) + 10)}", f1, part])
                parts.append(part)
            fk = os.path.join(self.work, f"bench-{k}x.pcap")
            run(["mergecap", "-a", "-w", fk] + parts)
            for p in parts[1:]:
                os.remove(p)
            self.public(fk)
            self.files[k] = fk
            self.packets[k] = self.capinfo(fk)[0]
            log(f"{k}x: {self.packets[k]} packets")
        if not a.no_callgrind:
            # whole conversations: every 10th TCP and UDP stream (uid 65534 writes into out/)
            sel = os.path.join(self.out, "selection.pcap")
            run(self.env_prefix("without") + ["tshark", "-r", f1, "-Y",
                "tcp.stream % 10 == 0 or udp.stream % 10 == 0", "-w", sel])
            self.slice = os.path.join(self.work, f"slice-{a.slice_packets}.pcap")
            run(["editcap", "-r", sel, self.slice, f"1-{a.slice_packets}"])
            os.remove(sel)
            self.public(self.slice)
            self.one = os.path.join(self.work, "one-packet.pcap")
            run(["editcap", "-r", self.slice, self.one, "1"])
            self.public(self.one)
            self.slice_packets = self.capinfo(self.slice)[0]
            log(f"callgrind slice: {self.slice_packets} packets (every 10th conversation)")

    def sanity(self):
        for v in VARIANTS:
            out = subprocess.run(self.env_prefix(v) + ["tshark", "-G", "plugins"],
                                 capture_output=True, text=True).stdout
            has = "tlsedu" in out
            if has != (v == "with"):
                sys.exit(f"plugin set-up wrong: {v} the plugin, tshark -G plugins says:\n{out}")
        out = subprocess.run(self.env_prefix("with") + ["tshark", "-r", self.files[1], "-c", "2000",
                             "-Y", "tlsedu", "-T", "fields", "-e", "tlsedu.service"],
                             capture_output=True, text=True).stdout.split()
        if not out:
            sys.exit("the plugin annotates nothing in the capture's first 2000 packets")
        log(f"plugin loads; first 2000 packets: {len(out)} annotated frames")

    # ------------------------------------------------------------------ timing
    def timing_rounds(self, scales, modes, runs):
        """runs rounds; each round times every scale, mode and variant once, the order of
        the two variants flipping from round to round. Returns {scale: {(mode, variant): [...]}}."""
        res = {k: {(m, v): [] for m in modes for v in VARIANTS} for k in scales}
        for k in scales:  # warm-up: page cache, plugin file, the user's profile folder
            for v in VARIANTS:
                self.timed("plain", v, self.files[k])
        for r in range(runs):
            order = VARIANTS if r % 2 == 0 else VARIANTS[::-1]
            for k in scales:
                for m in modes:
                    for v in order:
                        x = self.timed(m, v, self.files[k])
                        res[k][(m, v)].append(x)
                        self.results["timing"].append(dict(scale=k, mode=m, variant=v, round=r, **x))
            log(f"round {r + 1}/{runs}: " + "; ".join(
                f"{k}x {m} {res[k][(m, 'without')][-1]['wall']:.2f}/{res[k][(m, 'with')][-1]['wall']:.2f}s"
                for k in scales for m in modes))
        return res

    # ------------------------------------------------------------------ callgrind
    def callgrind_one(self, name, mode, variant, f):
        cg = os.path.join(self.out, f"callgrind-{name}.out")
        cmd = (self.env_prefix(variant) + ["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}"]
               + self.tshark_args(mode, variant, f))
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            sys.exit(f"callgrind failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
        ir = None
        with open(cg) as fh:
            for line in fh:
                if line.startswith(("summary:", "totals:")):
                    ir = int(line.split()[1])
        return name, ir

    def callgrind(self):
        jobs = []
        for v in VARIANTS:
            jobs.append((f"startup-{v}", "plain", v, self.one))
            for m in ("plain", "V"):
                jobs.append((f"{m}-{v}", m, v, self.slice))
        log(f"callgrind: {len(jobs)} runs, {self.args.jobs} at a time")
        with concurrent.futures.ThreadPoolExecutor(self.args.jobs) as ex:
            for name, ir in ex.map(lambda j: self.callgrind_one(*j), jobs):
                self.results["callgrind"][name] = ir
                log(f"callgrind {name}: {ir:,} instructions")

    # ------------------------------------------------------------------ report
    def report(self, main, scaled):
        a = self.args
        med = lambda xs, k: statistics.median(x[k] for x in xs)
        L = []
        L.append(f"tlsedu benchmark, {datetime.date.today()}, {self.tshark_version}, "
                 f"{os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.2f}")
        L.append("")
        L.append(f"Capture: {self.packets[1]:,} packets ({os.path.basename(a.capture)}); "
                 f"{a.runs} interleaved runs per mode and variant; medians; ratio = with / without.")
        L.append("")
        L.append("| mode | without (s) | with (s) | time ratio | CPU ratio | peak MB without | peak MB with | memory ratio | goal |")
        L.append("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for m in a.modes:
            wo, wi = main[(m, "without")], main[(m, "with")]
            tr = med(wi, "wall") / med(wo, "wall")
            cr = med(wi, "cpu") / med(wo, "cpu")
            mw, mi = med(wo, "maxrss_kb") / 1024, med(wi, "maxrss_kb") / 1024
            mr = mi / mw
            goal = []
            if m in GOALS:
                ok = lambda r: "met" if r <= GOALS[m] else "MISSED"
                goal.append(f"time ≤ {GOALS[m]:.2f}: wall {ok(tr)}, CPU {ok(cr)}")
            goal.append(f"memory ≤ {MEM_GOAL:.2f}: {'met' if mr <= MEM_GOAL else 'MISSED'}")
            L.append(f"| `{MODES[m][0]}` | {med(wo, 'wall'):.2f} | {med(wi, 'wall'):.2f} | {tr:.3f} | "
                     f"{cr:.3f} | {mw:.1f} | {mi:.1f} | {mr:.3f} | {'; '.join(goal)} |")
        L.append("")
        L.append(f"`-Y tlsedu` is compared with `-Y \"{PORT_FILTER}\"` without the plugin. "
                 "Wall and CPU (user+sys) ratios are judged separately; on a shared machine both "
                 "move by a few percent from run to run, the instruction counts below do not.")
        cg = self.results["callgrind"]
        if cg:
            L.append("")
            L.append(f"Callgrind, {self.slice_packets:,}-packet slice (whole conversations), instructions:")
            L.append("")
            L.append("| run | without | with | ratio | per packet without | per packet with | per-packet ratio |")
            L.append("|---|---:|---:|---:|---:|---:|---:|")
            sw, si = cg["startup-without"], cg["startup-with"]
            L.append(f"| start-up (1 packet) | {sw:,} | {si:,} | {si / sw:.4f} | | | |")
            for m in ("plain", "V"):
                w, i = cg[f"{m}-without"], cg[f"{m}-with"]
                pw, pi = (w - sw) / self.slice_packets, (i - si) / self.slice_packets
                L.append(f"| `{MODES[m][0]}` | {w:,} | {i:,} | {i / w:.4f} | {pw:,.0f} | {pi:,.0f} | {pi / pw:.4f} |")
        if scaled:
            L.append("")
            L.append("Linearity: the capture repeated, copies shifted in time (TCP: new conversations on each new SYN; "
                     "UDP DNS: the same 5-tuples, found again).")
            L.append("")
            L.append(f"Every size timed in the same {a.scale_runs} interleaved rounds; µs per packet "
                     "from the medians; 'vs 1x': µs per packet with the plugin against 1x.")
            L.append("")
            L.append("| size | packets | mode | without (s) | with (s) | ratio | µs/packet without | µs/packet with | vs 1x | peak MB without | peak MB with | memory ratio |")
            L.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            base = {}
            for m in a.scale_modes:
                for k in sorted(scaled):
                    wo, wi = scaled[k][(m, "without")], scaled[k][(m, "with")]
                    uw = med(wo, "wall") / self.packets[k] * 1e6
                    upp = med(wi, "wall") / self.packets[k] * 1e6
                    base.setdefault(m, upp)
                    mw, mi = med(wo, "maxrss_kb") / 1024, med(wi, "maxrss_kb") / 1024
                    L.append(f"| {k}x | {self.packets[k]:,} | `{MODES[m][0]}` | {med(wo, 'wall'):.2f} | "
                             f"{med(wi, 'wall'):.2f} | {med(wi, 'wall') / med(wo, 'wall'):.3f} | "
                             f"{uw:.2f} | {upp:.2f} | {upp / base[m]:.2f} | {mw:.1f} | {mi:.1f} | {mi / mw:.3f} |")
        return "\n".join(L) + "\n"

    def main(self):
        a = self.args
        self.prepare_files()
        self.sanity()
        log(f"timing: {a.runs} rounds of {', '.join(a.modes)} on 1x")
        main = self.timing_rounds([1], a.modes, a.runs)[1]
        scaled = {}
        if len(a.scales) > 1:
            # every size again, 1x included, in the same rounds: comparable conditions
            log(f"linearity: {a.scale_runs} rounds of {', '.join(a.scale_modes)} on "
                + ", ".join(f"{k}x" for k in sorted(a.scales)))
            scaled = self.timing_rounds(sorted(a.scales), a.scale_modes, a.scale_runs)
        if not a.no_callgrind:
            self.callgrind()
        table = self.report(main, scaled)
        with open(os.path.join(self.work, "results.json"), "w") as fh:
            json.dump(self.results, fh, indent=1)
        with open(os.path.join(self.work, "results.md"), "w") as fh:
            fh.write(table)
        if not a.keep:
            for k, f in self.files.items():
                if k != 1:
                    os.remove(f)
        print(table)
        log(f"results, callgrind outputs and the slice: {self.work}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("capture")
    ap.add_argument("--plugin", required=True, help="path of tlsedu.so")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modes", default="plain,filter,V,2V")
    ap.add_argument("--scales", default="1,2,4", help="capture sizes for the linearity check ('1': none)")
    ap.add_argument("--scale-runs", type=int, default=3)
    ap.add_argument("--scale-modes", default="plain,V")
    ap.add_argument("--slice-packets", type=int, default=20000)
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--jobs", type=int, default=2, help="callgrind runs at a time (counts do not depend on load)")
    ap.add_argument("--workdir", help="parent of the run folder (default $TMPDIR/tlsedu-bench)")
    ap.add_argument("--keep", action="store_true", help="keep the 2x/4x captures")
    a = ap.parse_args()
    a.modes = a.modes.split(",")
    a.scale_modes = a.scale_modes.split(",")
    a.scales = [int(x) for x in a.scales.split(",")]
    for m in a.modes + a.scale_modes:
        if m not in MODES:
            sys.exit(f"unknown mode {m}; modes: {', '.join(MODES)}")
    for tool in ("tshark", "capinfos", "editcap", "mergecap", "/usr/bin/time") + (() if a.no_callgrind else ("valgrind",)):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (Debian: apt-get install tshark time valgrind)")
    if not os.path.isfile(a.plugin):
        sys.exit(f"no plugin at {a.plugin}: build it first (cmake -S . -B build && cmake --build build)")
    Bench(a).main()


if __name__ == "__main__":
    main()
