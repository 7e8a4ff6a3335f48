#!/bin/sh
# make_cert_fixtures.sh - writes cert_fixtures.h, the DER certificates test_cert.c reads:
# four from captures/pki (the certificates the captures were recorded with) and four
# made here with openssl (throw-away keys, never written to disk outside a temp folder).
# Usage: sh tests/unit/make_cert_fixtures.sh > tests/unit/cert_fixtures.h
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pki="$here/../../captures/pki"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

# a wildcard certificate (self-signed): *.wild.tlsedu.test and www.Example.TEST
ec "$d/w.key"
openssl req -x509 -new -key "$d/w.key" -sha256 -days 3650 -subj "/O=tlsedu TEST-ONLY/CN=*.wild.tlsedu.test" \
    -addext "subjectAltName=DNS:*.wild.tlsedu.test,DNS:www.Example.TEST,IP:127.0.0.1" -out "$d/wild.pem" 2>/dev/null
# subject == issuer, but signed by another key: self-issued, not self-signed
ec "$d/a.key"; ec "$d/b.key"
openssl req -x509 -new -key "$d/a.key" -sha256 -days 3650 -subj "/O=tlsedu TEST-ONLY/CN=twin" -out "$d/a.pem" 2>/dev/null
openssl req -new -key "$d/b.key" -subj "/O=tlsedu TEST-ONLY/CN=twin" -out "$d/b.csr" 2>/dev/null
openssl x509 -req -in "$d/b.csr" -CA "$d/a.pem" -CAkey "$d/a.key" -CAcreateserial -days 3650 -sha256 \
    -out "$d/twin.pem" 2>/dev/null
# self-signed with SHA-1 (still self-signed: the check ignores the algorithm's strength)
openssl req -x509 -new -key "$d/w.key" -sha1 -days 3650 -subj "/CN=sha1.tlsedu.test" -out "$d/sha1.pem" 2>/dev/null
# a DN with characters RFC 4514 escapes, and a non-ASCII (UTF-8) one
openssl req -x509 -new -key "$d/w.key" -sha256 -days 3650 -utf8 \
    -subj "$(printf '/O=Caf\303\251, Inc./CN=a\\+b<c>.tlsedu.test')" -out "$d/odd.pem" 2>/dev/null

emit() { # name pem
    echo "static const unsigned char $1[] = {"
    openssl x509 -in "$2" -outform DER | od -An -v -tx1 | sed 's/ \([0-9a-f][0-9a-f]\)/0x\1,/g; s/^/   /'
    echo "};"
}
cat <<HDR
/* cert_fixtures.h - DER certificates for test_cert.c, made by make_cert_fixtures.sh.
 * Do not edit; remake with: sh tests/unit/make_cert_fixtures.sh > tests/unit/cert_fixtures.h
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
HDR
emit der_server "$pki/server.crt"
emit der_expired "$pki/expired.crt"
emit der_selfsigned "$pki/selfsigned.crt"
emit der_ca "$pki/ca.crt"
emit der_wild "$d/wild.pem"
emit der_twin "$d/twin.pem"
emit der_sha1 "$d/sha1.pem"
emit der_odd "$d/odd.pem"
