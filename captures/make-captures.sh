#!/bin/sh
# Remakes every capture in this folder from real client and server software on 127.0.0.1.
# Run as root on Debian bookworm: sh captures/make-captures.sh [--no-install]
# Each recording script can also be run on its own (see captures/README.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" != "--no-install" ]; then sh "$here/record/install-deps.sh"; fi
[ -f "$here/pki/ca.crt" ] || sh "$here/pki/make-test-pki.sh"
for s in "$here"/record/[0-9]*.sh; do
    echo "== $s"
    bash "$s"
done
