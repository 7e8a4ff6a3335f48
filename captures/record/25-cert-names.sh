#!/bin/bash
# Records the certificate name check capture: the client asks (SNI) for a name the
# server's certificate does not carry. nginx (Debian nginx-light) on 127.0.0.1 serves the
# test PKI's server certificate (localhost, mail.tlsedu.test, www.tlsedu.test); curl asks
# for wrong.tlsedu.test (pinned to 127.0.0.1) and refuses the certificate. TLS 1.2, so the
# certificate is readable without the key log.
# Usage (as root, from anywhere): bash captures/record/25-cert-names.sh
set -eu
. "$(dirname "$0")/common.sh"

CA="$PKI/ca.crt"
. "$(dirname "$0")/nginx.sh"

# 1. SNI wrong.tlsedu.test, certificate for localhost/mail/www.tlsedu.test: curl checks the
# name after the handshake and closes (TLS 1.2)
log "tls-name-mismatch"
nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" 'ssl_protocols TLSv1.2 TLSv1.3;')"
rec_start tls-name-mismatch "tcp port 443"
rm -f "$CAPDIR/tls-name-mismatch.keys"
SSLKEYLOGFILE="$CAPDIR/tls-name-mismatch.keys" curl -sS --resolve "wrong.tlsedu.test:443:127.0.0.1" \
    --cacert "$CA" --tlsv1.2 --tls-max 1.2 "https://wrong.tlsedu.test/" 2>"$WORK/curl.err" >/dev/null || true
log "curl: $(cat "$WORK/curl.err")"
rec_stop; nginx_stop

n=$(tshark -r "$CAPDIR/tls-name-mismatch.pcap" -Y 'tcp.analysis.lost_segment or tcp.analysis.ack_lost_segment' 2>/dev/null | wc -l)
[ "$n" = 0 ] || log "WARNING: tls-name-mismatch.pcap misses TCP segments; re-run this script"
log "done: certificate name capture in $CAPDIR"
