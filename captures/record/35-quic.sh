#!/bin/bash
# Records quic-443.pcap: one HTTP/3 request over QUIC (TLS 1.3 inside QUIC CRYPTO frames)
# between ngtcp2's example server and client (GnuTLS builds, Debian's ngtcp2-server and
# ngtcp2-client) on 127.0.0.1 udp/443, with the client's TLS key log beside it; then
# quic-0rtt-443.pcap: the same client resuming that session (PSK) with its request in 0-RTT.
# Usage (as root, from anywhere): bash captures/record/35-quic.sh
set -eu
. "$(dirname "$0")/common.sh"

SRV_PID=""
keys() { rm -f "$CAPDIR/$1.keys"; echo "$CAPDIR/$1.keys"; }

log "quic-443"
mkdir -p "$WORK/htdocs"
echo "hello from tlsedu over QUIC" > "$WORK/htdocs/index.html"
chmod -R a+rX "$WORK/htdocs"

# The example server: address, port, key, certificate; -q quiet, -d the files it serves.
bg_start gtlsserver -q -d "$WORK/htdocs" 127.0.0.1 443 "$PKI/server.key" "$PKI/server-chain.crt"
SRV_PID=$LAST_PID
wait_port 443 udp

rec_start quic-443 "udp port 443"
# The example client takes its key log from SSLKEYLOGFILE. It does not check the server's
# certificate against a CA (an example client); the name it asks for (SNI) is localhost.
# --exit-on-all-streams-close: one request, then close.
SSLKEYLOGFILE=$(keys quic-443) timeout 20 gtlsclient -q --exit-on-all-streams-close \
    --sni=localhost 127.0.0.1 443 https://localhost/index.html >"$WORK/client.out" 2>&1 \
    || log "gtlsclient failed"
rec_stop
grep -h "dropped" "$WORK/tcpdump.err" >&2 || true

log "quic-0rtt-443"
# A first connection (not recorded) leaves the session ticket and the server's transport
# parameters in files; the recorded one resumes with them and sends its request as 0-RTT.
timeout 20 gtlsclient -q --exit-on-all-streams-close --sni=localhost \
    --session-file="$WORK/session" --tp-file="$WORK/tp" \
    127.0.0.1 443 https://localhost/index.html >"$WORK/client0.out" 2>&1 || log "gtlsclient (ticket) failed"
rec_start quic-0rtt-443 "udp port 443"
SSLKEYLOGFILE=$(keys quic-0rtt-443) timeout 20 gtlsclient -q --exit-on-all-streams-close \
    --sni=localhost --session-file="$WORK/session" --tp-file="$WORK/tp" \
    127.0.0.1 443 https://localhost/index.html >>"$WORK/client.out" 2>&1 || log "gtlsclient (0-RTT) failed"
rec_stop
grep -h "dropped" "$WORK/tcpdump.err" >&2 || true
stop_pid "$SRV_PID"
log "client said: $(head -c 200 "$WORK/client.out")"
