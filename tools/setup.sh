#!/bin/sh
# tools/setup.sh - set up, build, install, demo and test tlsedu on Debian (bookworm).
#
#   sh tools/setup.sh demo    install the build dependencies, build, install the plugin into
#                             the system plugin folder (the tlsedu profile into Wireshark's
#                             global profiles folder, tlsedu-lesson into /usr/local/bin) and
#                             show tshark's annotated view of a shipped capture and a lesson
#   sh tools/setup.sh test    install the dependencies, build and run the whole test suite
#   sh tools/setup.sh package build the Debian package (.deb) for this machine's Debian and
#                             Wireshark into ./dist (tools/package.sh; 4.4 and 4.6:
#                             sh tools/ws-versions.sh package trixie|sid)
#   sh tools/setup.sh deps    only install the Debian packages (idempotent)
#   sh tools/setup.sh build   only configure and build into ./build
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
cd "$(dirname "$0")/.."
TOP=$(pwd)
BUILD=${TLSEDU_BUILD:-$TOP/build}

# Build and test dependencies, all from Debian's archive.
# clang, libclang-rt-dev (libFuzzer), clang-tidy, cppcheck and valgrind: the robustness
# tests (tests/robustness.cmake); gcc brings the ASan/UBSan runtimes (libasan8, libubsan1).
# chromium: the lesson page is rendered headless (tests/integration/test_lesson.py).
# debhelper, dpkg-dev, lintian, fakeroot: the Debian package (tools/package.sh, tests/package).
PACKAGES="tshark libwireshark-dev wireshark-dev libgnutls28-dev cmake make gcc libc6-dev pkg-config python3 openssl util-linux clang libclang-rt-dev clang-tidy cppcheck valgrind chromium xvfb wireshark-qt xdotool imagemagick debhelper dpkg-dev lintian fakeroot build-essential"

deps() {
    missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "setup: missing Debian packages:$missing (run as root, or install them)" >&2
        exit 1
    fi
    echo "setup: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

build() {
    cmake -S "$TOP" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$BUILD" -j "$(nproc)"
}

demo() {
    deps
    build
    cmake --install "$BUILD"
    cap=captures/smtp-starttls-25.pcap
    echo
    echo "== tshark with tlsedu on $cap (frame, protocol, service, server port, security, TLS stages, info)"
    tshark -r "$cap" -o "tls.keylog_file:captures/smtp-starttls-25.keys" \
        -T fields -E header=y -e frame.number -e _ws.col.Protocol -e tlsedu.service \
        -e tlsedu.service.port -e tlsedu.security -e tlsedu.stage -e _ws.col.Info 2>/dev/null
    echo
    echo "== the tlsedu tree of frame 4 (the server's greeting) and 12 (ServerHello and more)"
    tshark -r "$cap" -o "tls.keylog_file:captures/smtp-starttls-25.keys" \
        -Y "frame.number==4 || frame.number==12" -O tlsedu 2>/dev/null | sed -n '/^TLS Classroom/,/^$/p'
    echo
    echo "== tlsedu-lesson: an annotated pcapng and an HTML lesson (profile: wireshark -C tlsedu)"
    tlsedu-lesson captures/https-tls13.pcap --keylog captures/https-tls13.keys --out /tmp/tlsedu-lesson-demo
}

tests() {
    deps
    rc=0
    # The normal build: every test (tests/robustness.cmake leaves out the ones that need
    # the sanitizer build); the compile database is for clang-tidy (tools/static-checks.sh).
    build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
    (cd "$BUILD" && ctest --output-on-failure -j "$(nproc)") || rc=1
    # The sanitizer build (ASan + UBSan) in its own folder: the unit tests, every
    # integration test again with tshark running the instrumented plugin, then the capture
    # fuzzing and the 10,000-conversation capture (label robustness).
    normal=$BUILD
    BUILD=${TLSEDU_ASAN_BUILD:-$TOP/build-asan}
    build -DTLSEDU_SANITIZE=ON
    (cd "$BUILD" && ctest --output-on-failure -j "$(nproc)" -L '^(unit|integration|robustness)$') || rc=1
    BUILD=$normal
    return "$rc"
}

case "${1:-}" in
    demo) demo ;;
    test) tests ;;
    deps) deps ;;
    package) deps; sh tools/package.sh "$TOP/dist" ;;
    build) shift; deps; build "$@" ;;
    *) echo "usage: sh tools/setup.sh demo|test|package|deps|build" >&2; exit 2 ;;
esac
