# Shared helpers for the recording scripts (sourced, not run).
# Every server is started by hand in the foreground on 127.0.0.1 and stopped by the PID
# we got when starting it; nothing else on the machine is touched.

CAPDIR=${TLSEDU_CAPDIR:-$(cd "$(dirname "$0")/.." && pwd)}     # captures/ (TLSEDU_CAPDIR: elsewhere, for a trial run)
PKI="$(cd "$(dirname "$0")/.." && pwd)/pki"   # the test PKI stays beside the scripts
WORK=$(mktemp -d /tmp/tlsedu-rec.XXXXXX)
chmod 755 "$WORK"
STARTED_PIDS=""
TCPDUMP_PID=""

log() { printf '[record] %s\n' "$*" >&2; }

# bg_start CMD ARGS...: start a process in the background and remember its PID.
bg_start() {
    "$@" &
    STARTED_PIDS="$STARTED_PIDS $!"
    LAST_PID=$!
}

# stop_pid PID: stop one process we started (TERM, then KILL after 5 s).
stop_pid() {
    kill "$1" 2>/dev/null || return 0
    i=0
    while kill -0 "$1" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

cleanup() {
    [ -n "$TCPDUMP_PID" ] && stop_pid "$TCPDUMP_PID"
    for p in $STARTED_PIDS; do stop_pid "$p"; done
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# wait_port PORT [tcp|udp]: wait until something listens on 127.0.0.1:PORT (10 s at most).
wait_port() {
    proto=${2:-tcp}
    i=0
    while [ $i -lt 100 ]; do
        if [ "$proto" = tcp ]; then ss -ltnH "sport = :$1" | grep -q . && return 0
        else ss -lunH "sport = :$1" | grep -q . && return 0; fi
        sleep 0.1; i=$((i + 1))
    done
    log "nothing listens on $proto port $1"; return 1
}

# rec_start NAME FILTER: record loopback traffic matching FILTER into captures/NAME.pcap.
rec_start() {
    rm -f "$CAPDIR/$1.pcap"
    tcpdump -i lo -U --immediate-mode -s 0 -w "$CAPDIR/$1.pcap" "$2" 2>"$WORK/tcpdump.err" &
    TCPDUMP_PID=$!
    i=0
    while ! grep -q listening "$WORK/tcpdump.err" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    sleep 0.2
}

# rec_stop: stop the running capture (lets the last packets reach the file first).
rec_stop() {
    sleep 0.5
    kill -INT "$TCPDUMP_PID" 2>/dev/null || true
    wait "$TCPDUMP_PID" 2>/dev/null || true
    TCPDUMP_PID=""
}
