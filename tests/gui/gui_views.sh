#!/bin/sh
# gui_views.sh - issue 17: Wireshark's own views of tlsedu, in the real Wireshark (Qt) under
# Xvfb. Opens a shipped capture that warns with the tlsedu profile and the plugin, then,
# through the menus, the way a teacher would:
#
#   Analyze > Expert Information               (Group by summary unticked, Expand All)
#   Statistics > TLS Classroom: conversations  (Apply)
#   Statistics > TLS Classroom: totals         (Apply)
#
# and saves a screenshot of each dialog into OUT_DIR (gui-expert-info.png,
# gui-stats-conversations.png, gui-stats-totals.png; docs/ keeps copies for the README).
#
#   sh tests/gui/gui_views.sh BUILD_DIR OUT_DIR      (as root: wireshark runs as uid 65534)
#
# Fails (exit 1, with the reason, Wireshark's output and a screenshot of the whole screen)
# when a dialog does not open within TLSEDU_GUI_TIMEOUT seconds (default 30), when
# Wireshark shows a message box (that is how the GUI says a plugin did not load) or dies,
# when a screenshot or its first row is blank, when Wireshark does not quit cleanly, or when
# Wireshark's output has a line that mentions tlsedu or a plugin, or an error, critical
# or warning (Qt's own "[GUI WARNING]" lines excepted). Exits 77 (skipped) without root or
# without Xvfb, wireshark, xdotool or ImageMagick (packages xvfb, wireshark-qt, xdotool,
# imagemagick). TLSEDU_GUI_CAPTURE picks another capture of captures/.
#
# There is no window manager: xdotool gives the focus itself (windowfocus) and moves and
# sizes the dialogs. The menus are walked with the keyboard: Alt+A or Alt+S opens the menu
# with its first item selected; "Expert Information" and "TLS Classroom: totals" are the
# last items of theirs (Up), "TLS Classroom: conversations" the 12th of Statistics in
# Wireshark 4.0 (TLSEDU_GUI_CONV_DOWNS=11 Downs). Each step is checked by the title of
# the window it opens, so a changed menu fails the test instead of taking a wrong picture.
#
# SPDX-License-Identifier: GPL-2.0-or-later
set -eu

skip() { echo "gui_views: skipped: $*"; exit 77; }
unset DISPLAY
[ $# -eq 2 ] || { echo "usage: sh tests/gui/gui_views.sh BUILD_DIR OUT_DIR" >&2; exit 2; }
[ "$(id -u)" = 0 ] || skip "needs root (wireshark runs as uid 65534 through setpriv)"
for tool in Xvfb wireshark xdotool import convert identify setpriv timeout; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is missing (apt-get install xvfb wireshark-qt xdotool imagemagick)"
done

TOP=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "$1" && pwd)
mkdir -p "$2"
rm -f "$2/failure-screen.png"
OUT=$(cd "$2" && pwd)
CAPTURE=${TLSEDU_GUI_CAPTURE:-imap-tls-after-refusal-143.pcap}
TIMEOUT=${TLSEDU_GUI_TIMEOUT:-30}
CONV_DOWNS=${TLSEDU_GUI_CONV_DOWNS:-11}
SO=""
for f in "$BUILD"/plugins/*/epan/tlsedu.so; do [ -f "$f" ] && SO=$f && break; done
[ -n "$SO" ] || { echo "gui_views: FAIL: no tlsedu.so under $BUILD/plugins" >&2; exit 1; }
[ -f "$TOP/captures/$CAPTURE" ] || { echo "gui_views: FAIL: no captures/$CAPTURE" >&2; exit 1; }
VER=$(basename "$(dirname "$(dirname "$SO")")")
START=$(date +%s)

WORK=$(mktemp -d /tmp/tlsedu-gui-views.XXXXXX)
chmod 755 "$WORK"
HOME_DIR=$WORK/home
LOG=$WORK/wireshark.log
XVFB_PID=""
WS_PID=""

cleanup() {
    [ -n "$WS_PID" ] && kill "$WS_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE

fail() {
    echo "gui_views: FAIL: $*" >&2
    if [ -n "${DISPLAY:-}" ]; then
        import -window root "$OUT/failure-screen.png" 2>/dev/null &&
            echo "gui_views: the screen at the failure: $OUT/failure-screen.png" >&2
        echo "gui_views: windows on the screen:" >&2
        for w in $(xdotool search --onlyvisible --class '^wireshark$' 2>/dev/null); do
            echo "    $(xdotool getwindowname "$w" 2>/dev/null)" >&2
        done
    fi
    echo "gui_views: Wireshark's output ($LOG):" >&2
    sed 's/^/    /' "$LOG" >&2 2>/dev/null || true
    exit 1
}

# A scratch home: the tlsedu profile, the plugin, the capture, a main window of 1600x1000
# at the top left, and a runtime folder of its own (Qt warns about one it does not own).
mkdir -p "$HOME_DIR/.config/wireshark/profiles" "$HOME_DIR/plugins/$VER/epan" "$HOME_DIR/caps" "$HOME_DIR/run"
cp -r "$TOP/profile/tlsedu" "$HOME_DIR/.config/wireshark/profiles/"
# The plugin, once it has stopped changing (a build running beside this test would hand a
# half-written file to Wireshark, which says "invalid ELF header" or dies of a bus error).
i=0
while :; do
    cp "$SO" "$HOME_DIR/plugins/$VER/epan/tlsedu.so"
    [ $(($(date +%s) - $(stat -c %Y "$SO"))) -ge 3 ] && cmp -s "$SO" "$HOME_DIR/plugins/$VER/epan/tlsedu.so" && break
    i=$((i + 1))
    [ "$i" -le 10 ] || fail "$SO keeps changing (a build is running?)"
    sleep 2
done
cp "$TOP/captures/$CAPTURE" "$HOME_DIR/caps/"
printf 'gui.geometry_main_x: 0\ngui.geometry_main_y: 0\ngui.geometry_main_width: 1600\ngui.geometry_main_height: 1000\ngui.geometry_main_maximized: FALSE\n' \
    > "$HOME_DIR/.config/wireshark/recent_common"
chown -R 65534:65534 "$HOME_DIR"
chmod 700 "$HOME_DIR/run"
: > "$LOG"

# Xvfb on the first free display (-displayfd writes its number); timeout ends it even if
# this script is killed without its trap.
timeout -s KILL 200 Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp \
    3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
i=0
while [ ! -s "$WORK/display" ]; do
    i=$((i + 1))
    [ "$i" -le 100 ] || { cat "$WORK/xvfb.log" >&2; fail "Xvfb did not start"; }
    sleep 0.1
done
DISPLAY=:$(head -1 "$WORK/display")
export DISPLAY

timeout 200 setpriv --reuid=65534 --regid=65534 --clear-groups \
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$HOME_DIR" DISPLAY="$DISPLAY" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$HOME_DIR/run" WIRESHARK_PLUGIN_DIR="$HOME_DIR/plugins" \
    wireshark -C tlsedu -r "$HOME_DIR/caps/$CAPTURE" >"$LOG" 2>&1 &
WS_PID=$!

# check_log WHEN: Wireshark's output has no line that mentions tlsedu or a plugin, and no
# error, critical or warning (Qt's own "[GUI WARNING]" lines excepted).
check_log() {
    bad=$(grep -inE 'tlsedu|plugin|error|critical|warning' "$LOG" | grep -v '\[GUI WARNING\]' || true)
    [ -z "$bad" ] || fail "Wireshark's output mentions tlsedu, a plugin or an error ($1):
$bad"
}

# Wireshark's message boxes (a plugin that does not load, a failed file, a bad filter)
# are windows titled just "Wireshark" (in _NET_WM_NAME only, which xdotool's --name does
# not read: they are found by their class); its other windows say more.
no_message_box() {
    for w in $(xdotool search --onlyvisible --class '^wireshark$' 2>/dev/null); do
        [ "$(xdotool getwindowname "$w" 2>/dev/null)" != Wireshark ] ||
            fail "Wireshark shows a message box ($1)"
    done
}

# wait_window REGEX WHAT: the id of the first visible window whose title matches, or fail.
# Polls twice a second; a message box or Wireshark's end fails it at once.
wait_window() {
    t=0
    while :; do
        wid=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1) || true
        [ -n "$wid" ] && break
        kill -0 "$WS_PID" 2>/dev/null || fail "Wireshark exited ($2)"
        no_message_box "$2"
        t=$((t + 1))
        [ "$t" -le $((TIMEOUT * 2)) ] || fail "no window \"$1\" within ${TIMEOUT}s ($2)"
        sleep 0.5
    done
    no_message_box "$2"
    echo "gui_views: window \"$(xdotool getwindowname "$wid")\" ($2)"
}

focus() {
    timeout 10 xdotool windowfocus --sync "$1" || fail "cannot focus window $1"
    sleep 0.3
}

# place WID WIDTH HEIGHT: move the dialog to the top left and size it.
place() {
    xdotool windowmove "$1" 0 0 windowsize "$1" "$2" "$3"
    sleep 1
}

# Each dialog's buttons sit at its bottom right: Apply is 52 pixels from the right edge
# and 55 from the bottom (Wireshark 4.0, Fusion style).
apply() {
    xdotool mousemove --window "$1" $(($2 - 52)) $(($3 - 55)) click 1
    sleep 2
}

# shot WID FILE: the dialog's picture, checked for content: many colours, some contrast,
# and a first row (the band under the column headers) that is not empty.
shot() {
    import -window "$1" "$2" || fail "import of window $1 failed"
    colours=$(identify -format '%k' "$2")
    sd=$(convert "$2" -colorspace Gray -format '%[fx:int(1000*standard_deviation)]' info:)
    row=$(convert "$2" -crop "$(($(identify -format '%w' "$2") - 40))x12+20+36" +repage \
        -colorspace Gray -format '%[fx:int(1000*standard_deviation)]' info:)
    echo "gui_views: $(basename "$2"): $(identify -format '%wx%h' "$2"), $colours colours, contrast $sd, first row $row"
    if [ "$colours" -lt 16 ] || [ "$sd" -lt 20 ]; then
        fail "$(basename "$2") looks blank ($colours colours, contrast $sd)"
    fi
    [ "$row" -ge 20 ] || fail "$(basename "$2"): its first row is empty (contrast $row)"
}

wait_window "^$(echo "$CAPTURE" | sed 's/\./\\./g')\$" "the main window with $CAPTURE"
MAIN=$wid
sleep 2
no_message_box "after opening $CAPTURE"
check_log "after opening $CAPTURE"

# Analyze > Expert Information: the last item of Analyze.
focus "$MAIN"
xdotool key alt+a
sleep 0.8
xdotool key --delay 100 Up Return
wait_window 'Expert Information' "Analyze > Expert Information"
EXPERT=$wid
place "$EXPERT" 1400 400
# Untick "Group by summary" (bottom left, 55 pixels from the bottom like the buttons):
# each frame's own message, under its severity.
xdotool mousemove --window "$EXPERT" 260 $((400 - 55)) click 1
sleep 1.5
# The context menu's last item, "Expand All"; then the Summary column fitted to its text
# (a double click on its right border in the header, at x=540 when the dialog opens).
xdotool mousemove --window "$EXPERT" 300 42 click 1
sleep 0.3
xdotool key Menu
sleep 0.8
xdotool key --delay 100 Up Return
sleep 1
xdotool mousemove --window "$EXPERT" 540 22 click --repeat 2 --delay 80 1
sleep 1
# Ctrl+click takes the selection off the first row again (it is not the point).
xdotool mousemove --window "$EXPERT" 300 42 keydown ctrl click 1 keyup ctrl
sleep 0.5
xdotool mousemove 1900 1060
sleep 0.5
shot "$EXPERT" "$OUT/gui-expert-info.png"
focus "$EXPERT"
xdotool key Escape
sleep 1

# Statistics > TLS Classroom: conversations (the stat tap table).
focus "$MAIN"
xdotool key alt+s
sleep 0.8
i=0
while [ "$i" -lt "$CONV_DOWNS" ]; do xdotool key Down; i=$((i + 1)); done
xdotool key Return
wait_window 'TLS Classroom: conversations' "Statistics > TLS Classroom: conversations"
CONV=$wid
place "$CONV" 1500 250
apply "$CONV" 1500 250
xdotool mousemove 1900 1060
sleep 0.5
shot "$CONV" "$OUT/gui-stats-conversations.png"
focus "$CONV"
xdotool key Escape
sleep 1

# Statistics > TLS Classroom: totals (the stats tree): the last item of Statistics.
focus "$MAIN"
xdotool key alt+s
sleep 0.8
xdotool key --delay 100 Up Return
wait_window 'TLS Classroom: totals' "Statistics > TLS Classroom: totals"
TOTALS=$wid
place "$TOTALS" 800 330
apply "$TOTALS" 800 330
xdotool mousemove 1900 1060
sleep 0.5
shot "$TOTALS" "$OUT/gui-stats-totals.png"
focus "$TOTALS"
xdotool key Escape
sleep 1

no_message_box "after the three dialogs"

# Quit (Ctrl+Q) and wait for Wireshark to end by itself: a crash or an error at the end
# counts too.
focus "$MAIN"
xdotool key ctrl+q
i=0
while kill -0 "$WS_PID" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -le 100 ] || fail "Wireshark did not quit within 10 s of Ctrl+Q"
    sleep 0.1
done
rc=0
wait "$WS_PID" || rc=$?
WS_PID=""
[ "$rc" -eq 0 ] || fail "Wireshark exited with status $rc"

check_log "at the end"
if grep -q '\[GUI WARNING\]' "$LOG"; then
    echo "gui_views: Qt's own warnings (not counted):"
    grep '\[GUI WARNING\]' "$LOG" | sed 's/^/    /'
fi

echo "gui_views: ok in $(($(date +%s) - START)) s: $OUT/gui-expert-info.png $OUT/gui-stats-conversations.png $OUT/gui-stats-totals.png"
