# SPDX-License-Identifier: GPL-2.0-or-later
# The same unit and integration tests built against Wireshark 4.4 (Debian trixie) and 4.6
# (Debian sid), each in a debootstrap chroot made by tools/ws-versions.sh. They need root;
# as another user they are skipped, and TLSEDU_SKIP_VERSIONS=1 skips them too.
foreach(pair "4.4:trixie" "4.6:sid")
  string(REPLACE ":" ";" parts "${pair}")
  list(GET parts 0 wsver)
  list(GET parts 1 suite)
  add_test(NAME versions_wireshark_${wsver}
           COMMAND sh -c "[ -n \"$TLSEDU_SKIP_VERSIONS\" ] && { echo 'skipped: TLSEDU_SKIP_VERSIONS is set'; exit 77; }; TLSEDU_HOST_BUILD='${CMAKE_BINARY_DIR}' exec sh '${CMAKE_SOURCE_DIR}/tools/ws-versions.sh' test ${suite}")
  set_tests_properties(versions_wireshark_${wsver} PROPERTIES
    LABELS versions SKIP_RETURN_CODE 77 TIMEOUT 2400 RESOURCE_LOCK tlsedu_chroot_${suite})
endforeach()
