# SPDX-License-Identifier: GPL-2.0-or-later
#
# GUI (issue 17): the real Wireshark (Qt) under Xvfb opens a capture that warns with the
# tlsedu profile and the plugin, then Analyze > Expert Information, Statistics > TLS
# Classroom: conversations and Statistics > TLS Classroom: totals, and saves a screenshot of
# each into build/gui-views/ (docs/gui-*.png keep copies for the README). It fails when a
# dialog does not open, a screenshot is blank, or Wireshark's output mentions tlsedu, a
# plugin or an error. It needs root (wireshark runs as uid 65534 through setpriv) and the
# packages xvfb, wireshark-qt, xdotool and imagemagick; without them it is skipped (77).
# Label "gui" (ctest -L gui). About 30 s; the lock keeps it apart from the heavy tests,
# whose load would slow the dialogs down.
add_test(NAME gui_views
         COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/gui/gui_views.sh" "${CMAKE_BINARY_DIR}"
                 "${CMAKE_BINARY_DIR}/gui-views")
set_tests_properties(gui_views PROPERTIES
  LABELS gui
  SKIP_RETURN_CODE 77
  TIMEOUT 150
  RESOURCE_LOCK tlsedu_tshark_heavy)
# The sanitizer build's plugin needs the ASan runtime preloaded: the GUI test runs on the
# normal build only.
if(TLSEDU_SANITIZE)
  set_tests_properties(gui_views PROPERTIES DISABLED TRUE)
endif()
