# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package (issue 19): built with Debian's tools for each supported Wireshark
# (4.0 here on bookworm, 4.4 in the trixie chroot, 4.6 in the sid chroot), installed with
# apt-get into a fresh minimal chroot of the same release that holds only tshark, checked
# as an unprivileged user, purged, and checked gone (tests/package/install_test.sh). They
# need root; as another user they are skipped, and TLSEDU_SKIP_PACKAGES=1 skips them too.
set(TLSEDU_PACKAGE_OUT "${CMAKE_BINARY_DIR}/dist")
set(TLSEDU_PACKAGE_SKIP "[ -n \"$TLSEDU_SKIP_PACKAGES\" ] && { echo 'skipped: TLSEDU_SKIP_PACKAGES is set'; exit 77; }; [ \"$(id -u)\" = 0 ] || { echo 'skipped: needs root'; exit 77; }")
# named by Debian release: the chroots register these tests too (their builds run other labels)
add_test(NAME package_bookworm_wireshark_4.0
         COMMAND sh -c "${TLSEDU_PACKAGE_SKIP}; . /etc/os-release; [ \"$VERSION_CODENAME\" = bookworm ] || { echo \"skipped: not bookworm\"; exit 77; }; set -e; rm -f '${TLSEDU_PACKAGE_OUT}'/tlsedu_*+ws4.0_*.deb; deb=$(sh '${CMAKE_SOURCE_DIR}/tools/package.sh' '${TLSEDU_PACKAGE_OUT}' | tail -1); exec sh '${CMAKE_SOURCE_DIR}/tests/package/install_test.sh' bookworm \"$deb\"")
set_tests_properties(package_bookworm_wireshark_4.0 PROPERTIES
  LABELS package SKIP_RETURN_CODE 77 TIMEOUT 1800 RESOURCE_LOCK tlsedu_chroots)
foreach(pair "4.4:trixie" "4.6:sid")
  string(REPLACE ":" ";" parts "${pair}")
  list(GET parts 0 wsver)
  list(GET parts 1 suite)
  add_test(NAME package_${suite}_wireshark_${wsver}
           COMMAND sh -c "${TLSEDU_PACKAGE_SKIP}; set -e; rm -f '${TLSEDU_PACKAGE_OUT}'/tlsedu_*+ws${wsver}_*.deb; deb=$(sh '${CMAKE_SOURCE_DIR}/tools/ws-versions.sh' package ${suite} '${TLSEDU_PACKAGE_OUT}' | tail -1); exec sh '${CMAKE_SOURCE_DIR}/tests/package/install_test.sh' ${suite} \"$deb\"")
  set_tests_properties(package_${suite}_wireshark_${wsver} PROPERTIES
    LABELS package SKIP_RETURN_CODE 77 TIMEOUT 2400 RESOURCE_LOCK tlsedu_chroot_${suite})
endforeach()
