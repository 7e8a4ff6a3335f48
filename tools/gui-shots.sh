#!/bin/sh
# gui-shots.sh - remake the README's screenshots of the real Wireshark (Qt) under Xvfb:
# a ClientHello and a server flight explained by tlsedu, in English and in Russian.
#
#   sh tools/gui-shots.sh [BUILD_DIR]      (as root: wireshark runs as uid 65534)
#
# Needs the packages xvfb, wireshark-qt, xdotool and imagemagick (apt-get install them
# first). Wireshark opens each capture with the tlsedu profile in a scratch home, goes to
# the frame, and the script expands the TLS Classroom subtree (its last top-level item:
# End, then Shift+Right, Wireshark's "Expand Subtrees") before the screenshot. Look at
# each picture before committing it.
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$TOP/build}
SO=$(ls "$BUILD"/plugins/*/epan/tlsedu.so | head -1)
VER=$(basename "$(dirname "$(dirname "$SO")")")
HOME_DIR=$(mktemp -d /tmp/tlsedu-gui.XXXXXX)
DISPLAY_NUM=:97
W=1900
H=1700

mkdir -p "$HOME_DIR/.config/wireshark/profiles" "$HOME_DIR/plugins/$VER/epan" "$HOME_DIR/caps"
cp -r "$TOP/profile/tlsedu" "$HOME_DIR/.config/wireshark/profiles/"
cp "$SO" "$HOME_DIR/plugins/$VER/epan/"
cp "$TOP"/captures/https-tls13.pcap "$TOP"/captures/https-tls12-ecdhe.pcap "$HOME_DIR/caps/"
printf 'gui.geometry_main_x: 0\ngui.geometry_main_y: 0\ngui.geometry_main_width: %s\ngui.geometry_main_height: %s\ngui.geometry_main_maximized: FALSE\n' \
    "$W" "$H" > "$HOME_DIR/.config/wireshark/recent_common"
printf 'gui.byte_view_show: FALSE\ngui.geometry_main_upper_pane: 230\n' \
    > "$HOME_DIR/.config/wireshark/profiles/tlsedu/recent"
chmod -R a+rwX "$HOME_DIR"

Xvfb "$DISPLAY_NUM" -screen 0 "${W}x${H}x24" >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
sleep 2

# shot CAPTURE FRAME LANG OUT HEIGHT
shot() {
    setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$HOME_DIR" DISPLAY="$DISPLAY_NUM" \
        XDG_RUNTIME_DIR="$HOME_DIR" WIRESHARK_PLUGIN_DIR="$HOME_DIR/plugins" \
        wireshark -C tlsedu -o "tlsedu.language:$3" -r "$HOME_DIR/caps/$1" -g "$2" >/dev/null 2>&1 &
    ws=$!
    sleep 9
    # the first line of the details pane, then its last top-level item, expanded
    DISPLAY=$DISPLAY_NUM xdotool mousemove 150 333 click 1
    sleep 0.5
    DISPLAY=$DISPLAY_NUM xdotool key End
    sleep 0.3
    DISPLAY=$DISPLAY_NUM xdotool key shift+Right
    sleep 1.5
    DISPLAY=$DISPLAY_NUM import -window root "$HOME_DIR/shot.png"
    convert "$HOME_DIR/shot.png" -crop "${W}x$5+0+0" +repage "$4"
    kill "$ws" 2>/dev/null || true
    sleep 1
}

shot https-tls13.pcap 4 en "$TOP/docs/gui-clienthello.png" 1085
shot https-tls12-ecdhe.pcap 6 en "$TOP/docs/gui-certificate.png" 1620
shot https-tls12-ecdhe.pcap 6 ru "$TOP/docs/gui-certificate-ru.png" 1620
echo "gui-shots: docs/gui-clienthello.png docs/gui-certificate.png docs/gui-certificate-ru.png"
