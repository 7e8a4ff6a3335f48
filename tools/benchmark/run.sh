#!/bin/sh
# Times tshark without and with the tlsedu plugin on a capture (issue 8) and prints a
# markdown table: medians of interleaved runs in four modes, peak memory, callgrind
# instruction counts on a 20,000-packet slice, linearity at 1x/2x/4x. Builds nothing.
#
# Usage (as root or not): sh tools/benchmark/run.sh CAPTURE [bench.py options]
#   CAPTURE: e.g. /tmp/tlsedu-bench/bench.pcap from make-capture.sh
#   The plugin: $TLSEDU_SO, else build/plugins/<x.y>/epan/tlsedu.so of this repository.
#   Options: --runs N (5), --modes plain,filter,V,2V, --scales 1,2,4 (1: no linearity
#   check), --scale-runs N (3), --scale-modes plain,V, --no-callgrind, --workdir DIR,
#   --keep; see: /usr/bin/python3 tools/benchmark/bench.py --help
# Needs tshark, capinfos/editcap/mergecap, /usr/bin/time (Debian: time) and valgrind.
# Takes about 15 minutes with the defaults on 2 cores; the table is also written to
# the run folder ($TMPDIR/tlsedu-bench/run-*/results.md, with results.json and the
# callgrind outputs for callgrind_annotate).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
[ $# -ge 1 ] || { sed -n '2,15p' "$0"; exit 2; }
CAPTURE=$1; shift
SO=${TLSEDU_SO:-}
if [ -z "$SO" ]; then
    SO=$(ls "$REPO"/build/plugins/*/epan/tlsedu.so 2>/dev/null | head -n 1 || true)
fi
[ -n "$SO" ] && [ -f "$SO" ] || { echo "no tlsedu.so: build first (cmake -S . -B build && cmake --build build) or set TLSEDU_SO" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }
exec /usr/bin/python3 "$HERE/bench.py" "$CAPTURE" --plugin "$SO" "$@"
