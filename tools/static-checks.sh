#!/bin/sh
# tools/static-checks.sh - cppcheck and clang-tidy on tlsedu's own C code: every folder
# of plugin/ (found recursively), tests/unit/ and tests/fuzz/. Exits non-zero on any finding.
#
#   sh tools/static-checks.sh [BUILD_DIR]
#
# clang-tidy reads BUILD_DIR/compile_commands.json (cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON;
# tools/setup.sh test sets it). Without one, a scratch configure in BUILD_DIR/static-checks
# makes it. The checks are in .clang-tidy (each disabled one says why); cppcheck's
# suppressions are below, each with its reason. Debian: cppcheck clang-tidy.
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
cd "$(dirname "$0")/.."
TOP=$(pwd)
BUILD=${1:-$TOP/build}
status=0

for tool in cppcheck clang-tidy; do
    command -v "$tool" >/dev/null 2>&1 || { echo "static-checks: $tool is missing (apt-get install cppcheck clang-tidy)" >&2; exit 1; }
done

DB=$BUILD
if [ ! -f "$DB/compile_commands.json" ]; then
    DB=$BUILD/static-checks
    cmake -S "$TOP" -B "$DB" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi

# Every C source under plugin/ (found recursively: each feature has a folder), the unit
# tests and the fuzz targets. tests/fuzz/canary.c is left out: its faults are deliberate
# (the tests' canaries).
SOURCES=$(find plugin tests/unit -name '*.c' | sort; ls tests/fuzz/fuzz_*.c)

# No folder may drop out of the checks: every file of plugin/ that the build compiles
# (the compile database) must be among them.
compiled=$(grep -o "\"file\": \"$TOP/plugin/[^\"]*\.c\"" "$DB/compile_commands.json" | sed "s|.*\"$TOP/||; s|\"$||" | sort -u)
missing=$(printf '%s\n' "$compiled" | while read -r f; do
    if [ -n "$f" ] && ! printf '%s\n' "$SOURCES" | grep -qx "$f"; then echo "$f"; fi; done)
n_compiled=$(printf '%s\n' "$compiled" | grep -c . || true)
n_checked=$(printf '%s\n' "$SOURCES" | grep -c '^plugin/' || true)
if [ -n "$missing" ] || [ "$n_checked" -lt "$n_compiled" ]; then
    echo "static-checks: the build compiles $n_compiled files of plugin/ but $n_checked are checked; missing:" >&2
    printf '%s\n' "$missing" >&2
    exit 1
fi
WS_INCLUDES=$(pkg-config --cflags-only-I wireshark 2>/dev/null || echo "-I/usr/include/wireshark")

echo "== cppcheck $(cppcheck --version | sed 's/Cppcheck //')"
# --library=gnu: glibc; the Wireshark and GLib headers are not given to cppcheck (their
# macros would drown it), so it must not complain about what it cannot see:
#   missingIncludeSystem   the system headers are not passed on purpose
#   unusedFunction         plugin_register and LLVMFuzzerTestOneInput are called from outside
#   unmatchedSuppression   the list serves every file, not each
#   checkersReport         an informational line of newer cppcheck versions
#   *:/usr/include/*       findings inside Wireshark's and GLib's headers are not ours
#   variableScope          locals are declared at the top of a function (Wireshark's style)
# shellcheck disable=SC2086
if ! cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
        --std=c11 --library=gnu --inline-suppr -Iplugin $WS_INCLUDES \
        -DWIRESHARK_VERSION_MAJOR=4 -DWIRESHARK_VERSION_MINOR=0 -DWS_DLL_PUBLIC_DEF= \
        -DWS_DLL_PUBLIC=extern -D_U_= \
        --suppress=missingIncludeSystem --suppress=unusedFunction \
        --suppress=unmatchedSuppression --suppress=checkersReport \
        --suppress='*:/usr/include/*' --suppress=variableScope \
        --template='{file}:{line}: {severity} ({id}): {message}' $SOURCES; then
    echo "static-checks: cppcheck found problems" >&2
    status=1
fi

echo "== clang-tidy $(clang-tidy --version | sed -n 's/.*LLVM version //p')"
# Files missing from the compile database (the fuzz target and its driver exist only in
# the sanitizer build) are checked with the core's flags.
for f in $SOURCES; do
    rc=0
    if grep -q "\"file\": \"$TOP/$f\"" "$DB/compile_commands.json"; then
        out=$(clang-tidy --quiet -p "$DB" "$TOP/$f" 2>&1) || rc=$?
    else
        out=$(clang-tidy --quiet "$TOP/$f" -- -std=c11 -I"$TOP/plugin" 2>&1) || rc=$?
    fi
    if [ "$rc" != 0 ] || echo "$out" | grep -qE "(warning|error):"; then
        echo "$out" | grep -v "warnings generated" >&2
        status=1
    fi
done

if [ "$status" = 0 ]; then
    echo "static-checks: cppcheck and clang-tidy clean on $(echo "$SOURCES" | wc -w) files"
fi
exit "$status"
