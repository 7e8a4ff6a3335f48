#!/bin/bash
# Records the TLS library and handshake-variant captures: openssl s_server/s_client (OpenSSL
# 3.0) and gnutls-serv/gnutls-cli (GnuTLS 3.7, Debian gnutls-bin) on 127.0.0.1. Anonymous
# and NULL-encryption suites, 3DES and RC4 (GnuTLS), DTLS 1.2 with a HelloVerifyRequest
# cookie, TLS 1.2 resumption by session ID and by ticket, TLS 1.3 PSK resumption, a
# protocol_version alert, a declined client certificate (TLS 1.2 and 1.3) and a client
# certificate the server rejects (unknown_ca). Every TLS capture gets the client's NSS key
# log beside it (captures/NAME.keys).
# Each connection carries one line: the client sends "hello", the server answers (s_server
# -rev sends the line back reversed, gnutls-serv --echo sends it back), then the client
# closes on end of input (close_notify).
# Usage (as root, from anywhere):
#   bash captures/record/22-tls-libraries.sh [anon null gnutls dtls resume psk version clientcert unknownca]
set -eu
. "$(dirname "$0")/common.sh"

CA="$PKI/ca.crt"
SRV_PID=""
STEPS=${*:-anon null gnutls dtls resume psk version clientcert unknownca}

want() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
keys() { rm -f "$CAPDIR/$1.keys"; echo "$CAPDIR/$1.keys"; }

# srv_start CMD ARGS...: start one server in the foreground (remembered in SRV_PID).
srv_start() { bg_start "$@"; SRV_PID=$LAST_PID; }
srv_stop() {
    [ -n "$SRV_PID" ] || return 0
    stop_pid "$SRV_PID"
    STARTED_PIDS=$(printf '%s' "$STARTED_PIDS" | sed "s/ $SRV_PID\b//")
    SRV_PID=""
}

# ossl_server PORT ARGS...: openssl s_server on 127.0.0.1:PORT answering each line reversed.
ossl_server() {
    local port=$1; shift
    srv_start openssl s_server -accept "127.0.0.1:$port" -rev "$@" \
        </dev/null >>"$WORK/sserver.out" 2>&1
    wait_port "$port"
}

# ossl_client PORT KEYLOG ARGS...: openssl s_client sends "hello", waits a second for the
# answer (and, in TLS 1.3, the NewSessionTicket), then closes on end of input.
ossl_client() {
    local port=$1 kl=$2; shift 2
    (printf 'hello\n'; sleep 1) |
        timeout 15 openssl s_client -connect "127.0.0.1:$port" -keylogfile "$kl" "$@" \
            >"$WORK/sclient.out" 2>&1 || true
    grep -E '^(New|Reused),|^olleh|alert' "$WORK/sclient.out" >&2 || true
}

# ------------------------------------------------------------ anonymous (EC)DH, no certificate
if want anon; then
    # TLS 1.2, anonymous ECDHE: no Certificate, ServerKeyExchange without a signature
    log "tls12-anon-aecdh"
    ossl_server 4433 -nocert -tls1_2 -cipher 'AECDH-AES128-SHA:@SECLEVEL=0' -naccept 1
    rec_start tls12-anon-aecdh "tcp port 4433"
    ossl_client 4433 "$(keys tls12-anon-aecdh)" -tls1_2 -cipher 'AECDH-AES128-SHA:@SECLEVEL=0'
    rec_stop; srv_stop

    # TLS 1.2, anonymous finite-field DHE (s_server's built-in DH parameters: for an
    # anonymous suite OpenSSL's automatic choice is a 1024-bit group)
    log "tls12-anon-adh"
    ossl_server 4434 -nocert -tls1_2 -cipher 'ADH-AES128-GCM-SHA256:@SECLEVEL=0' -naccept 1
    rec_start tls12-anon-adh "tcp port 4434"
    ossl_client 4434 "$(keys tls12-anon-adh)" -tls1_2 -cipher 'ADH-AES128-GCM-SHA256:@SECLEVEL=0'
    rec_stop; srv_stop
fi

# ------------------------------------------------------------ NULL encryption (MAC only)
if want null; then
    log "tls12-null-sha256"
    ossl_server 4435 -cert "$PKI/server.crt" -key "$PKI/server.key" -tls1_2 \
        -cipher 'NULL-SHA256:@SECLEVEL=0' -naccept 1
    rec_start tls12-null-sha256 "tcp port 4435"
    ossl_client 4435 "$(keys tls12-null-sha256)" -tls1_2 -cipher 'NULL-SHA256:@SECLEVEL=0' \
        -servername localhost -CAfile "$CA" -verify_return_error
    rec_stop; srv_stop
fi

# ------------------------------------------------------------ GnuTLS: 3DES and RC4
# gnutls-serv cannot bind to one address: it listens on every address for the few seconds
# of each recording; the client connects to 127.0.0.1 (SNI localhost). Key log: SSLKEYLOGFILE.
if want gnutls; then
    for c in 3des rc4; do
        if [ $c = 3des ]; then port=4436; ciph=3DES-CBC; else port=4437; ciph=ARCFOUR-128; fi
        name=tls12-gnutls-$c
        prio="NONE:+VERS-TLS1.2:+$ciph:+RSA:+SHA1:+COMP-NULL:+SIGN-ALL"
        log "$name ($prio)"
        srv_start gnutls-serv --echo -p $port --disable-client-cert \
            --x509certfile "$PKI/server.crt" --x509keyfile "$PKI/server.key" --priority "$prio" \
            </dev/null >>"$WORK/gnutls-serv.out" 2>&1
        wait_port $port
        rec_start $name "tcp port $port"
        (printf 'hello\n'; sleep 1) |
            SSLKEYLOGFILE=$(keys $name) timeout 15 gnutls-cli -p $port --x509cafile "$CA" \
                --sni-hostname localhost --priority "$prio" 127.0.0.1 >"$WORK/gnutls-cli.out" 2>&1 \
            || log "gnutls-cli failed: $(tail -3 "$WORK/gnutls-cli.out")"
        grep -E 'Description|^hello|Error' "$WORK/gnutls-cli.out" >&2 || true
        rec_stop; srv_stop
    done
fi

# ------------------------------------------------------------ DTLS 1.2 with a cookie
# s_server -listen answers a ClientHello without a cookie with a HelloVerifyRequest
# (DTLSv1_listen); the client repeats its ClientHello with the cookie. s_server cannot use
# -rev with DTLS: its answer comes from its standard input, a FIFO we write to once the
# client's line has arrived.
if want dtls; then
    log "dtls12-cookie"
    mkfifo "$WORK/dtls.in"
    exec 3<>"$WORK/dtls.in"
    # (a background command's standard input is /dev/null: sh -c 'exec ...' sets it to the
    # FIFO and keeps the PID)
    srv_start sh -c 'exec openssl s_server "$@" <"$0"' "$WORK/dtls.in" \
        -accept 127.0.0.1:4438 -dtls1_2 -listen -cert "$PKI/server.crt" -key "$PKI/server.key" \
        -naccept 1 >"$WORK/dtls-server.out" 2>&1
    wait_port 4438 udp || { cat "$WORK/dtls-server.out" >&2; exit 1; }
    rec_start dtls12-cookie "udp port 4438"
    (printf 'hello\n'; sleep 2) |
        timeout 15 openssl s_client -dtls1_2 -connect 127.0.0.1:4438 -servername localhost \
            -CAfile "$CA" -verify_return_error -keylogfile "$(keys dtls12-cookie)" \
            >"$WORK/sclient.out" 2>&1 &
    cl=$!
    i=0
    while ! grep -q '^hello' "$WORK/dtls-server.out" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    printf 'hello back\n' >&3
    wait $cl || true
    exec 3>&-
    grep -E '^New,|^hello' "$WORK/sclient.out" >&2 || log "DTLS client: no answer"
    rec_stop; srv_stop
fi

# ------------------------------------------------------------ TLS 1.2 resumption
if want resume; then
    # by session ID: no tickets, the server keeps the session in its cache
    log "tls12-resume-session-id"
    ossl_server 4439 -cert "$PKI/server.crt" -key "$PKI/server.key" -tls1_2 -no_ticket -naccept 2
    rec_start tls12-resume-session-id "tcp port 4439"
    k=$(keys tls12-resume-session-id)
    ossl_client 4439 "$k" -tls1_2 -no_ticket -servername localhost -CAfile "$CA" \
        -verify_return_error -sess_out "$WORK/sid.sess"
    ossl_client 4439 "$k" -tls1_2 -no_ticket -servername localhost -CAfile "$CA" \
        -verify_return_error -sess_in "$WORK/sid.sess"
    rec_stop; srv_stop

    # by session ticket: the server keeps no session cache (-no_cache), so only the ticket
    # the client got in the first connection's NewSessionTicket can resume the session
    log "tls12-resume-ticket"
    ossl_server 4440 -cert "$PKI/server.crt" -key "$PKI/server.key" -tls1_2 -no_cache -naccept 2
    rec_start tls12-resume-ticket "tcp port 4440"
    k=$(keys tls12-resume-ticket)
    ossl_client 4440 "$k" -tls1_2 -servername localhost -CAfile "$CA" \
        -verify_return_error -sess_out "$WORK/ticket.sess"
    ossl_client 4440 "$k" -tls1_2 -servername localhost -CAfile "$CA" \
        -verify_return_error -sess_in "$WORK/ticket.sess"
    rec_stop; srv_stop
fi

# ------------------------------------------------------------ TLS 1.3 PSK resumption
if want psk; then
    log "tls13-resume-psk"
    ossl_server 4441 -cert "$PKI/server.crt" -key "$PKI/server.key" -tls1_3 -naccept 2
    rec_start tls13-resume-psk "tcp port 4441"
    k=$(keys tls13-resume-psk)
    ossl_client 4441 "$k" -tls1_3 -servername localhost -CAfile "$CA" \
        -verify_return_error -sess_out "$WORK/psk.sess"
    ossl_client 4441 "$k" -tls1_3 -servername localhost -CAfile "$CA" \
        -verify_return_error -sess_in "$WORK/psk.sess"
    rec_stop; srv_stop
fi

# ------------------------------------------------------------ protocol_version alert
# The server accepts TLS 1.3 only, the client offers TLS 1.2 only: the server answers the
# ClientHello with a fatal protocol_version (70) alert.
if want version; then
    log "tls-alert-protocol-version"
    ossl_server 4442 -cert "$PKI/server.crt" -key "$PKI/server.key" -tls1_3 -naccept 1
    rec_start tls-alert-protocol-version "tcp port 4442"
    ossl_client 4442 "$(keys tls-alert-protocol-version)" -tls1_2 -servername localhost \
        -CAfile "$CA" -verify_return_error
    rec_stop; srv_stop
fi

# ------------------------------------------------------------ client certificate declined
# The server asks for a client certificate but does not require one (-verify, not -Verify);
# the client has none: it sends an empty Certificate and no CertificateVerify.
if want clientcert; then
    for v in 12 13; do
        if [ $v = 12 ]; then name=tls-client-cert-declined; port=4443
        else name=tls13-client-cert-declined; port=4444; fi
        log "$name"
        ossl_server $port -cert "$PKI/server.crt" -key "$PKI/server.key" -tls1_${v#1} \
            -verify 1 -CAfile "$CA" -naccept 1
        rec_start $name "tcp port $port"
        ossl_client $port "$(keys $name)" -tls1_${v#1} -servername localhost -CAfile "$CA" \
            -verify_return_error
        rec_stop; srv_stop
    done
fi

# ------------------------------------------------------------ server rejects the client's CA
# Mutual TLS 1.2: the server trusts only the "Unknown CA" (other-ca.crt); the client's
# certificate comes from the test root CA -> the server sends alert unknown_ca.
if want unknownca; then
    log "tls-server-unknown-ca"
    ossl_server 4445 -cert "$PKI/server.crt" -key "$PKI/server.key" -tls1_2 \
        -Verify 1 -CAfile "$PKI/other-ca.crt" -verify_return_error -naccept 1
    rec_start tls-server-unknown-ca "tcp port 4445"
    ossl_client 4445 "$(keys tls-server-unknown-ca)" -tls1_2 -servername localhost -CAfile "$CA" \
        -verify_return_error -cert "$PKI/client.crt" -key "$PKI/client.key"
    rec_stop; srv_stop
fi

# Sanity check: warn when a capture misses a TCP segment (then simply run the script again).
for f in tls12-anon-aecdh tls12-anon-adh tls12-null-sha256 tls12-gnutls-3des tls12-gnutls-rc4 \
         tls12-resume-session-id tls12-resume-ticket tls13-resume-psk tls-alert-protocol-version \
         tls-client-cert-declined tls13-client-cert-declined tls-server-unknown-ca; do
    [ -f "$CAPDIR/$f.pcap" ] || continue
    n=$(tshark -r "$CAPDIR/$f.pcap" -Y 'tcp.analysis.lost_segment or tcp.analysis.ack_lost_segment' 2>/dev/null | wc -l)
    [ "$n" = 0 ] || log "WARNING: $f.pcap misses TCP segments; re-run this script"
done
log "done: TLS library captures in $CAPDIR"
