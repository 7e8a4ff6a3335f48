#!/bin/bash
# Records the web and TLS teaching captures: nginx (Debian nginx-light) on 127.0.0.1 as
# the server, curl and openssl s_client as clients. Every TLS capture gets an NSS key log
# (captures/NAME.keys) so Wireshark can decrypt it.
# Usage (as root, from anywhere): bash captures/record/20-web-tls.sh
set -eu
. "$(dirname "$0")/common.sh"

CA="$PKI/ca.crt"
. "$(dirname "$0")/nginx.sh"

keys() { rm -f "$CAPDIR/$1.keys"; echo "$CAPDIR/$1.keys"; }

# curl against https://localhost:PORT/ pinned to 127.0.0.1 (SNI stays "localhost").
kcurl() { # NAME PORT ARGS...
    local name=$1 port=$2; shift 2
    SSLKEYLOGFILE=$(keys "$name") curl -sS --resolve "localhost:$port:127.0.0.1" \
        --cacert "$CA" "$@" "https://localhost:$port/" || true
}

# openssl s_client sending one HTTP/1.1 GET and reading until the server closes.
sclient_get() { # KEYLOG ARGS...
    local kl=$1; shift
    printf 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' |
        openssl s_client -connect 127.0.0.1:443 -servername localhost -CAfile "$CA" \
            -verify_return_error -keylogfile "$kl" -ign_eof "$@" >"$WORK/sclient.out" 2>&1 || true
}

# 1. TLS 1.2, static RSA key exchange
log "https-tls12-rsa"
nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" \
    'ssl_protocols TLSv1.2; ssl_ciphers AES128-GCM-SHA256;')"
rec_start https-tls12-rsa "tcp port 443"
kcurl https-tls12-rsa 443 --tlsv1.2 --tls-max 1.2 --ciphers AES128-GCM-SHA256 >/dev/null
rec_stop; nginx_stop

# 2. TLS 1.2, ECDHE-RSA
log "https-tls12-ecdhe"
nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" \
    'ssl_protocols TLSv1.2; ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256;')"
rec_start https-tls12-ecdhe "tcp port 443"
kcurl https-tls12-ecdhe 443 --tlsv1.2 --tls-max 1.2 --ciphers ECDHE-RSA-AES128-GCM-SHA256 >/dev/null
rec_stop; nginx_stop

# 3. TLS 1.3, curl defaults
log "https-tls13"
nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" 'ssl_protocols TLSv1.2 TLSv1.3;')"
rec_start https-tls13 "tcp port 443"
kcurl https-tls13 443 >/dev/null
rec_stop; nginx_stop

# 4. HTTP 80 -> 301 -> HTTPS 443, followed by curl -L
log "http-redirect-80"
nginx_start "    server {
        listen 127.0.0.1:80;
        server_name localhost;
        return 301 https://localhost/;
    }
$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" 'ssl_protocols TLSv1.2 TLSv1.3;')"
rec_start http-redirect-80 "tcp port 80 or tcp port 443"
SSLKEYLOGFILE=$(keys http-redirect-80) curl -sS -L --cacert "$CA" \
    --resolve localhost:80:127.0.0.1 --resolve localhost:443:127.0.0.1 http://localhost/ >/dev/null || true
rec_stop; nginx_stop

# 5. HTTP Basic authentication in cleartext: 401, then the request with credentials, 200
log "http-basic-auth-80"
nginx_start "    server {
        listen 127.0.0.1:80;
        server_name localhost;
        auth_basic \"tlsedu students\";
        auth_basic_user_file $WORK/htpasswd;
    }"
rec_start http-basic-auth-80 "tcp port 80"
# --anyauth: curl first asks without credentials, gets the 401 and its WWW-Authenticate,
# then repeats the request with the Authorization header (on the same connection).
curl -sS --anyauth -u 'student:s3cret-Passw0rd' --resolve localhost:80:127.0.0.1 \
    http://localhost/ >/dev/null || true
rec_stop; nginx_stop

# 6. HTTPS (TLS 1.3) on a non-standard port
log "tls-nonstandard-8443"
nginx_start "$(tls_server 8443 "$PKI/server.crt" "$PKI/server.key" 'ssl_protocols TLSv1.2 TLSv1.3;')"
rec_start tls-nonstandard-8443 "tcp port 8443"
kcurl tls-nonstandard-8443 8443 --tlsv1.3 >/dev/null
rec_stop; nginx_stop

# 7. certificate from a CA the client does not trust -> alert unknown_ca (TLS 1.2)
log "tls-unknown-ca"
nginx_start "$(tls_server 443 "$PKI/unknown-ca-server.crt" "$PKI/unknown-ca-server.key" 'ssl_protocols TLSv1.2 TLSv1.3;')"
rec_start tls-unknown-ca "tcp port 443"
kcurl tls-unknown-ca 443 --tlsv1.2 --tls-max 1.2 2>"$WORK/curl.err" >/dev/null
log "curl: $(cat "$WORK/curl.err")"
rec_stop; nginx_stop

# 8. TLS 1.3 HelloRetryRequest: the server only accepts X25519, the client's first (and
# only) key share is for P-256.
log "tls13-hello-retry"
nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" 'ssl_protocols TLSv1.3; ssl_ecdh_curve X25519;')"
rec_start tls13-hello-retry "tcp port 443"
sclient_get "$(keys tls13-hello-retry)" -tls1_3 -groups P-256:X25519
rec_stop; nginx_stop

# 9. TLS 1.2 session resumption by session ID (server-side session cache, tickets off)
log "tls12-resumption"
nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" \
    "ssl_protocols TLSv1.2; ssl_session_cache shared:tlsedu:1m; ssl_session_tickets off;")"
rec_start tls12-resumption "tcp port 443"
k=$(keys tls12-resumption)
sclient_get "$k" -tls1_2 -sess_out "$WORK/tls12.sess"
sleep 0.3
sclient_get "$k" -tls1_2 -sess_in "$WORK/tls12.sess"
grep -E '^(New|Reused)' "$WORK/sclient.out" >&2 || true
rec_stop; nginx_stop

# 10. TLS 1.3 resumption with a PSK from a NewSessionTicket
log "tls13-resumption"
nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" 'ssl_protocols TLSv1.3;')"
rec_start tls13-resumption "tcp port 443"
k=$(keys tls13-resumption)
sclient_get "$k" -tls1_3 -sess_out "$WORK/tls13.sess"
sleep 0.3
sclient_get "$k" -tls1_3 -sess_in "$WORK/tls13.sess"
grep -E '^(New|Reused)' "$WORK/sclient.out" >&2 || true
rec_stop; nginx_stop

# 11. mutual TLS: the server asks for and verifies a client certificate (TLS 1.2, then 1.3)
for v in 12 13; do
    if [ $v = 12 ]; then name=tls-client-cert; prot=TLSv1.2; copt="--tlsv1.2 --tls-max 1.2"
    else name=tls13-client-cert; prot=TLSv1.3; copt="--tlsv1.3"; fi
    log "$name"
    nginx_start "$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" \
        "ssl_protocols $prot; ssl_verify_client on; ssl_client_certificate $CA;")"
    rec_start $name "tcp port 443"
    # shellcheck disable=SC2086
    kcurl $name 443 $copt --cert "$PKI/client.crt" --key "$PKI/client.key" >/dev/null
    rec_stop; nginx_stop
done

# 12. expired server certificate -> alert certificate_expired (TLS 1.2)
log "tls-expired-cert"
nginx_start "$(tls_server 443 "$PKI/expired.crt" "$PKI/expired.key" 'ssl_protocols TLSv1.2 TLSv1.3;')"
rec_start tls-expired-cert "tcp port 443"
kcurl tls-expired-cert 443 --tlsv1.2 --tls-max 1.2 2>"$WORK/curl.err" >/dev/null
log "curl: $(cat "$WORK/curl.err")"
rec_stop; nginx_stop

# 13. self-signed server certificate (TLS 1.2): the client aborts
log "tls-self-signed"
nginx_start "$(tls_server 443 "$PKI/selfsigned.crt" "$PKI/selfsigned.key" 'ssl_protocols TLSv1.2 TLSv1.3;')"
rec_start tls-self-signed "tcp port 443"
kcurl tls-self-signed 443 --tlsv1.2 --tls-max 1.2 2>"$WORK/curl.err" >/dev/null
log "curl: $(cat "$WORK/curl.err")"
rec_stop; nginx_stop


# 14. HSTS: port 80 sends a temporary redirect (302) with an HSTS header, which browsers
# ignore over HTTP (RFC 6797 8.1); the HTTPS site sends the HSTS header that counts.
log "http-hsts-80"
nginx_start "    server {
        listen 127.0.0.1:80;
        server_name localhost;
        add_header Strict-Transport-Security \"max-age=31536000\" always;
        return 302 https://localhost/;
    }
$(tls_server 443 "$PKI/server.crt" "$PKI/server.key" 'ssl_protocols TLSv1.2 TLSv1.3; add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;')"
rec_start http-hsts-80 "tcp port 80 or tcp port 443"
SSLKEYLOGFILE=$(keys http-hsts-80) curl -sS -L --cacert "$CA" \
    --resolve localhost:80:127.0.0.1 --resolve localhost:443:127.0.0.1 http://localhost/ >/dev/null || true
rec_stop; nginx_stop

# Sanity check: warn when a capture misses a TCP segment (then simply run the script again).
for f in https-tls12-rsa https-tls12-ecdhe https-tls13 http-redirect-80 http-basic-auth-80 \
         tls-nonstandard-8443 tls-unknown-ca tls13-hello-retry tls12-resumption tls13-resumption \
         tls-client-cert tls13-client-cert tls-expired-cert tls-self-signed http-hsts-80; do
    n=$(tshark -r "$CAPDIR/$f.pcap" -Y 'tcp.analysis.lost_segment or tcp.analysis.ack_lost_segment' 2>/dev/null | wc -l)
    [ "$n" = 0 ] || log "WARNING: $f.pcap misses TCP segments; re-run this script"
done
log "done: web/TLS captures in $CAPDIR"
