#!/bin/sh
# tools/ws-versions.sh - build and test tlsedu against other Wireshark versions, each from
# Debian's own packages in a debootstrap chroot:
#
#   Wireshark 4.4: Debian 13 "trixie"      Wireshark 4.6: Debian "sid"
#
#   sh tools/ws-versions.sh test SUITE     make (or reuse) the chroot, build the plugin inside
#                                          it and run the integration tests with its tshark
#   sh tools/ws-versions.sh package SUITE [DIR]  build the Debian package of tlsedu for this
#                                          version inside the chroot (tools/package.sh) into
#                                          DIR (default ./dist)
#   sh tools/ws-versions.sh chroot SUITE   only make the chroot
#   sh tools/ws-versions.sh shell SUITE    a shell inside it (the source is at /src)
#
# Needs root (debootstrap, chroot, mounts). Chroots live in $TLSEDU_CHROOTS
# (default /var/tmp/tlsedu-chroots) and are reused; delete a folder there to remake it.
# The Debian mirror here serves snapshots whose Release files may read as expired, hence
# Acquire::Check-Valid-Until=false.
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
cd "$(dirname "$0")/.."
TOP=$(pwd)
CHROOTS=${TLSEDU_CHROOTS:-/var/tmp/tlsedu-chroots}
MIRROR=${TLSEDU_MIRROR:-http://deb.debian.org/debian}
PACKAGES="tshark libwireshark-dev wireshark-dev libgnutls28-dev cmake make gcc libc6-dev pkg-config python3 openssl debhelper dpkg-dev lintian fakeroot build-essential"
APT_OPTS="-o Acquire::Check-Valid-Until=false -o Acquire::Retries=3"

usage() { echo "usage: sh tools/ws-versions.sh test|package|chroot|shell trixie|sid [DIR]" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
suite=$2
case "$suite" in trixie|sid) ;; *) usage ;; esac
root="$CHROOTS/$suite"

if [ "$(id -u)" != 0 ]; then
    echo "ws-versions: needs root (debootstrap and chroot); skipped" >&2
    exit 77
fi

mounted=""
cleanup() {
    for m in $mounted; do umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

mount_into() { # mount_into SRC DEST [opts]: bind mount, undone at exit
    mkdir -p "$2"
    # a run killed before its cleanup leaves its mounts behind (once their source is gone,
    # mounting over them fails with ENOENT): undo them first
    while mountpoint -q "$2" 2>/dev/null; do umount -l "$2" || break; done
    mount --bind "$1" "$2"
    mounted="$2 $mounted"
}

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 "$@"; }

make_chroot() {
    if [ -f "$root/.tlsedu-ready" ]; then
        # The marker holds the package list the chroot was made with: a chroot made before
        # a package was added to PACKAGES gets the new ones installed below.
        [ "$(cat "$root/.tlsedu-ready")" = "$PACKAGES" ] && return 0
    else
        if ! command -v debootstrap >/dev/null; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
        fi
        rm -rf "$root"
        mkdir -p "$CHROOTS"
        echo "ws-versions: debootstrap $suite into $root"
        debootstrap --variant=minbase "$suite" "$root" "$MIRROR" >"$CHROOTS/$suite.debootstrap.log" 2>&1 || {
            tail -20 "$CHROOTS/$suite.debootstrap.log" >&2; exit 1; }
        printf 'deb %s %s main\n' "$MIRROR" "$suite" > "$root/etc/apt/sources.list"
        printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
        chmod 755 "$root/usr/sbin/policy-rc.d"
    fi
    mount_into /proc "$root/proc"
    mount_into /dev "$root/dev"
    in_root apt-get $APT_OPTS update -qq
    in_root env DEBIAN_FRONTEND=noninteractive apt-get $APT_OPTS install -y -qq \
        --no-install-recommends $PACKAGES >/dev/null
    in_root apt-get clean
    printf '%s\n' "$PACKAGES" > "$root/.tlsedu-ready"
}

# The source tree as committed or not (no build folders), and the public captures beside it
# at /shared, where the tests look for ../shared relative to /src.
copy_source() {
    rm -rf "$root/src" "$root/build-tlsedu"
    mkdir -p "$root/src"
    tar -C "$TOP" --exclude='./build' --exclude='./build-*' --exclude='./.git' -cf - . | tar -C "$root/src" -xf -
    if [ -d "$TOP/../shared/captures-public" ]; then
        mkdir -p "$root/shared/captures-public"
        mount_into "$TOP/../shared/captures-public" "$root/shared/captures-public"
    fi
}

version_of() { in_root dpkg-query -W -f='${Version}' tshark; }

case "$cmd" in
    chroot)
        make_chroot
        echo "ws-versions: $suite ready, tshark $(version_of)"
        ;;
    shell)
        make_chroot
        copy_source
        mount_into /proc "$root/proc"
        in_root sh -c 'cd /src && exec bash -i'
        ;;
    test)
        make_chroot
        copy_source
        mount_into /proc "$root/proc"
        mount_into /dev "$root/dev"
        echo "ws-versions: $suite, tshark $(version_of)"
        in_root env CI="${CI:-}" TLSEDU_VERSIONS_CHROOT=1 sh -c '
            set -e
            cmake -S /src -B /build-tlsedu -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
            cmake --build /build-tlsedu -j "$(nproc)"
            # cmake --install puts the module where this version loads plugins from
            want=$(dpkg-query -W -f="\${Version}" tshark | cut -d. -f1,2)
            rm -rf /tmp/tlsedu-install
            DESTDIR=/tmp/tlsedu-install cmake --install /build-tlsedu >/dev/null
            ls /tmp/tlsedu-install/usr/lib/*/wireshark/plugins/"$want"/epan/tlsedu.so
            cd /build-tlsedu
            ctest --output-on-failure -j "$(nproc)" -L "unit|integration"'
        # The same classroom annotations as the host's Wireshark on every shipped capture.
        if [ -n "${TLSEDU_HOST_BUILD:-}" ]; then
            in_root env TLSEDU_BUILD_DIR=/build-tlsedu TLSEDU_SOURCE_DIR=/src \
                python3 /src/tests/integration/dump_annotations.py > "$root/annotations.txt"
            TLSEDU_BUILD_DIR="$TLSEDU_HOST_BUILD" python3 tests/integration/dump_annotations.py \
                > "$root/annotations.host.txt"
            lines=$(wc -l < "$root/annotations.host.txt")
            [ "$lines" -gt 500 ] || { echo "ws-versions: host dump has only $lines lines" >&2; exit 1; }
            if ! diff -u "$root/annotations.host.txt" "$root/annotations.txt" | head -40; then :; fi
            cmp -s "$root/annotations.host.txt" "$root/annotations.txt" || {
                echo "ws-versions: $suite annotates the captures differently from the host" >&2; exit 1; }
            echo "ws-versions: $suite gives the host's annotations on all $lines frames"
        fi
        ;;
    package)
        out=${3:-$TOP/dist}
        mkdir -p "$out"
        make_chroot
        copy_source
        mount_into /proc "$root/proc"
        mount_into /dev "$root/dev"
        rm -rf "$root/src/dist"
        in_root sh /src/tools/package.sh /src/dist
        cp "$root"/src/dist/tlsedu_*.deb "$out/"
        ls "$root"/src/dist/tlsedu_*.deb | sed "s|.*/|$out/|"
        ;;
    *) usage ;;
esac
