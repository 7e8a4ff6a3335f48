#!/bin/sh
# tests/package/install_test.sh SUITE DEB - install the tlsedu package into a fresh minimal
# chroot of Debian SUITE that holds only tshark from Debian, check it as an unprivileged
# user, remove it and check that nothing of it is left.
#
# The chroot: debootstrap --variant=minbase plus tshark, made once and kept in
# $TLSEDU_CHROOTS/SUITE-tshark (default /var/tmp/tlsedu-chroots); each run mounts a fresh
# overlay over it, thrown away at the end, so every run starts from the same clean system.
# Needs root (debootstrap, chroot, mount); exit 77 (skipped) otherwise.
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
[ $# -eq 2 ] || { echo "usage: install_test.sh SUITE DEB" >&2; exit 2; }
suite=$1
deb=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
TOP=$(cd "$(dirname "$0")/../.." && pwd)
CHROOTS=${TLSEDU_CHROOTS:-/var/tmp/tlsedu-chroots}
MIRROR=${TLSEDU_MIRROR:-http://deb.debian.org/debian}
APT_OPTS="-o Acquire::Check-Valid-Until=false -o Acquire::Retries=3"
base="$CHROOTS/$suite-tshark"

if [ "$(id -u)" != 0 ]; then
    echo "install_test: needs root (debootstrap, chroot, mount); skipped" >&2
    exit 77
fi
[ -f "$deb" ] || { echo "install_test: no package $deb" >&2; exit 1; }

fail() { echo "install_test ($suite): FAIL: $*" >&2; exit 1; }

# the clean system, made once: minbase and tshark (its dependencies, no recommends)
if [ ! -f "$base/.tlsedu-ready" ]; then
    rm -rf "$base"
    mkdir -p "$CHROOTS"
    debootstrap --variant=minbase "$suite" "$base" "$MIRROR" > "$base.debootstrap.log" 2>&1 || {
        tail -20 "$base.debootstrap.log" >&2; exit 1; }
    printf 'deb %s %s main\n' "$MIRROR" "$suite" > "$base/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' > "$base/usr/sbin/policy-rc.d"
    chmod 755 "$base/usr/sbin/policy-rc.d"
    mount --bind /proc "$base/proc"
    chroot "$base" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        sh -c "apt-get $APT_OPTS update -qq && apt-get $APT_OPTS install -y -qq --no-install-recommends tshark" >"$base.apt.log" 2>&1 || {
        tail -20 "$base.apt.log" >&2
        umount -l "$base/proc"; exit 1; }
    umount -l "$base/proc"
    touch "$base/.tlsedu-ready"
fi

# a fresh overlay for this run
run=$(mktemp -d /var/tmp/tlsedu-install.XXXXXX)
mkdir -p "$run/upper" "$run/work" "$run/root"
mounted=""
cleanup() {
    for m in $mounted; do umount -l "$m" 2>/dev/null || true; done
    rm -rf "$run"
}
trap cleanup EXIT INT TERM
mount -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" "$run/root"
mounted="$run/root"
root="$run/root"
mount --bind /proc "$root/proc"; mounted="$root/proc $mounted"
mount --bind /dev "$root/dev"; mounted="$root/dev $mounted"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 "$@"; }
as_user() { in_root setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp/home "$@"; }

# only tshark: no tlsedu before the install
in_root tshark -G plugins 2>/dev/null | grep -q tlsedu && fail "tlsedu present before the install"
mkdir -p "$root/tmp/t" "$root/tmp/home"
cp "$deb" "$root/tmp/t/"
cp "$TOP/captures/smtp-starttls-25.pcap" "$TOP/captures/smtp-starttls-25.keys" "$root/tmp/t/"
chmod -R a+rX "$root/tmp/t"
chmod 777 "$root/tmp/home"
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get $APT_OPTS install -y -qq --no-install-recommends /tmp/t/$(basename "$deb") >/tmp/t/apt.log 2>&1" || {
    tail -20 "$root/tmp/t/apt.log" >&2; fail "apt-get install"; }
files=$(in_root dpkg -L tlsedu)

# as an unprivileged user: the plugin, its annotations, the profile, a lesson
as_user tshark -G plugins 2>/dev/null | grep -q "^tlsedu.so" || fail "tshark -G plugins does not list tlsedu.so"
stages=$(as_user tshark -r /tmp/t/smtp-starttls-25.pcap -o tls.keylog_file:/tmp/t/smtp-starttls-25.keys \
    -Y tlsedu.stage -T fields -e frame.number -e tlsedu.stage 2>/dev/null | head -3)
echo "$stages" | grep -q "^11	1" || fail "no stage 1 on frame 11 (ClientHello): $stages"
as_user tshark -C tlsedu -r /tmp/t/smtp-starttls-25.pcap -c 1 >/dev/null 2>"$root/tmp/t/profile.err" ||
    fail "tshark -C tlsedu: $(cat "$root/tmp/t/profile.err")"
as_user tlsedu-lesson /tmp/t/smtp-starttls-25.pcap --keylog /tmp/t/smtp-starttls-25.keys --worksheet \
    --out /tmp/home/lesson >/dev/null 2>"$root/tmp/t/lesson.err" || fail "tlsedu-lesson: $(cat "$root/tmp/t/lesson.err")"
for f in annotated.pcapng lesson.html worksheet.html answers.html; do
    [ -s "$root/tmp/home/lesson/smtp-starttls-25-$f" ] || fail "tlsedu-lesson wrote no $f"
done
in_root man -w tlsedu-lesson >/dev/null 2>&1 || [ -f "$root/usr/share/man/man1/tlsedu-lesson.1.gz" ] ||
    fail "no manual page"

# removed: nothing of it left
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get $APT_OPTS purge -y -qq tlsedu >/dev/null 2>&1" || fail "apt-get purge"
left=""
for f in $files; do
    [ -f "$root$f" ] && left="$left $f"
done
for d in /usr/share/tlsedu /usr/share/wireshark/profiles/tlsedu /usr/share/doc/tlsedu; do
    [ -e "$root$d" ] && left="$left $d"
done
[ -z "$left" ] || fail "left after purge:$left"
in_root tshark -G plugins 2>/dev/null | grep -q tlsedu && fail "tshark still lists tlsedu after purge"
echo "install_test ($suite): $(basename "$deb"): installed, checked as uid 65534, purged clean"
