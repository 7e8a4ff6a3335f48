#!/bin/sh
# tools/package.sh - build the tlsedu Debian package for the Wireshark of this machine (or
# chroot) into dist/, with Debian's own tools (dpkg-buildpackage, debhelper with CMake), and
# check it with lintian (no errors allowed).
#
#   sh tools/package.sh [DIST]     DIST: the output folder (default ./dist)
#
# The package's version carries the Wireshark minor version it was built for
# (0.1.0+ws4.0): a plugin loads only into that one (plugins/4.0), and the package depends
# on it (wireshark-common (>= 4.0), (<< 4.1~), and the libwireshark ABI package).
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
cd "$(dirname "$0")/.."
TOP=$(pwd)
DIST=${1:-$TOP/dist}
mkdir -p "$DIST"
DIST=$(cd "$DIST" && pwd)
ws=$(dpkg-query -W -f='${Version}' libwireshark-dev)
mm=$(echo "$ws" | sed -E 's/^([0-9]+)\.([0-9]+).*/\1.\2/')

work=$(mktemp -d /tmp/tlsedu-package.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM
src="$work/tlsedu"
mkdir -p "$src"
# the source without builds, captures or tests (they are not part of the binary package)
tar -C "$TOP" --exclude='./build*' --exclude='./dist' --exclude='./.git' --exclude='./captures' \
    --exclude='./tests' --exclude='./docs' --exclude='__pycache__' -cf - . | tar -C "$src" -xf -
# the version: the changelog's, for this Wireshark minor version
sed -i "1s/(\([^)]*\))/(\1+ws$mm)/" "$src/debian/changelog"
(cd "$src" && dpkg-buildpackage -b -us -uc) > "$work/build.log" 2>&1 || {
    tail -40 "$work/build.log" >&2
    echo "package: dpkg-buildpackage failed" >&2
    exit 1
}
deb=$(ls "$work"/tlsedu_*.deb)
# lintian: no errors (warnings and information are printed)
if command -v lintian >/dev/null 2>&1; then
    root=""
    [ "$(id -u)" = 0 ] && root=--allow-root
    lintian $root --fail-on error "$deb" || { echo "package: lintian reports errors" >&2; exit 1; }
else
    echo "package: lintian not installed: not checked" >&2
fi
cp "$deb" "$DIST/"
echo "$DIST/$(basename "$deb")"
