#!/bin/sh
# run-libfuzzer.sh - build the libFuzzer target of the teaching core with clang and run it
# for a fixed number of inputs (reproducible: fixed seed, seed corpus made here).
#
#   sh tests/fuzz/run-libfuzzer.sh SOURCE_DIR WORK_DIR [RUNS]
#
# RUNS defaults to 120000 (about 3 minutes on 2 cores: every input explains up to 16 items in
# full, long texts copied byte by byte under coverage instrumentation, about 600 inputs a
# second); TLSEDU_FUZZ_LONG=1 makes it 600000.
# A crash or a broken contract leaves crash-* files in WORK_DIR; replay one with
# WORK_DIR/fuzz_core CRASH_FILE (or build-asan/tests/fuzz_core_driver CRASH_FILE).
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
SRC=$1
WORK=$2
RUNS=${3:-120000}
[ "${TLSEDU_FUZZ_LONG:-0}" = 1 ] && RUNS=600000

CLANG=""
for c in clang clang-14 clang-15 clang-16; do
    command -v "$c" >/dev/null 2>&1 && { CLANG=$c; break; }
done
if [ -z "$CLANG" ]; then
    echo "run-libfuzzer: clang is missing (Debian: clang libclang-rt-dev; tools/setup.sh installs them)" >&2
    exit 1
fi

mkdir -p "$WORK/corpus"
rm -f "$WORK"/crash-* "$WORK"/leak-* "$WORK"/timeout-*
"$CLANG" -g -O1 -std=c11 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -fno-omit-frame-pointer -I"$SRC/plugin" \
    "$SRC/tests/fuzz/fuzz_core.c" "$SRC"/plugin/core/*.c $(pkg-config --cflags --libs gnutls) \
    -o "$WORK/fuzz_core"

# Seed corpus: 16 bytes of arguments (transport, ports, handshake side, SNMP facts, names),
# then a payload: SNMPv2c, SNMPv3 with a long-form length, a service name.
printf '\001\000\031\324\061\000\031\003\000\000\002\000\002\000\000\000SMTPS' > "$WORK/corpus/smtps"
printf '\002\000\241\303\120\000\241\001\001\001\000\000\001\000\000\000\060\013\002\001\001\004\006public' > "$WORK/corpus/snmp2"
printf '\002\000\242\000\242\000\000\000\001\003\005\001\004\000\000\000\060\201\003\002\001\003' > "$WORK/corpus/snmp3"
printf '\001\000\024\233\042\000\024\001\000\000\000\000\001\000\000\000FTP-DATA' > "$WORK/corpus/ftpdata"
# a real certificate (the test PKI's ECDSA server, 728 bytes DER) after 16 bytes whose
# middle is an SNI: for the certificate reader (core/cert.c)
{ printf '\000\000\000\000localhost\000\000\011'; openssl x509 -in "$SRC/captures/pki/server-ecdsa.crt" -outform DER; } \
    > "$WORK/corpus/cert"

cd "$WORK"
# -runs counts inputs; -seed fixes the mutations; -max_len keeps inputs near datagram size
# (and fits the certificate seed).
rc=0
"./fuzz_core" -runs="$RUNS" -seed=1 -max_len=800 -print_final_stats=1 corpus > fuzz.log 2>&1 || rc=$?
tail -n 40 fuzz.log
if [ "$rc" != 0 ]; then
    echo "run-libfuzzer: FAILED (exit $rc): see the report above; the input is in $WORK/crash-*" >&2
    exit 1
fi
echo "run-libfuzzer: $RUNS inputs, no crash, no sanitizer report, no broken contract"
