# SPDX-License-Identifier: GPL-2.0-or-later
#
# Robustness (issue 7): sanitizers, fuzzing, transparency, bounds, valgrind, static checks.
# Included by tests/CMakeLists.txt after the unit and integration tests are registered.
# Every test here is labelled "robustness" (ctest -L robustness).
#
# Two builds share this file:
#   build/       (normal)  transparency, one-pass = two-pass, valgrind, static checks,
#                          the libFuzzer target (built by clang on its own)
#   build-asan/  (-DTLSEDU_SANITIZE=ON) every integration test again, with tshark running
#                          the ASan+UBSan plugin (tools/setup.sh test does both builds),
#                          the capture fuzzing, the 10,000-conversation capture, the
#                          gcc-built driver of the core's fuzz target
# tests/integration/test_robustness_*.py are picked up by the integration glob; the ones
# that belong to the other build are DISABLED here (ctest lists them as "Not Run").

set(TLSEDU_ROBUSTNESS_ENV
    "TLSEDU_BUILD_DIR=${CMAKE_BINARY_DIR}"
    "TLSEDU_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
    "TLSEDU_WS_MAJOR_MINOR=${TLSEDU_WS_MAJOR_MINOR}")

# Canary plugins: one deliberate fault each (tests/fuzz/canary.c). Never installed.
foreach(kind heap ubsan leak bug)
  string(TOUPPER "${kind}" KIND)
  add_library(tlsedu_canary_${kind} MODULE fuzz/canary.c)
  target_link_libraries(tlsedu_canary_${kind} PRIVATE epan)
  target_compile_definitions(tlsedu_canary_${kind} PRIVATE CANARY_${KIND})
  set_target_properties(tlsedu_canary_${kind} PROPERTIES
    PREFIX ""
    DEFINE_SYMBOL ""
    C_VISIBILITY_PRESET hidden
    LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/canaries/${kind}/${TLSEDU_WS_MAJOR_MINOR}/epan")
endforeach()

# The robustness tests of the integration glob, by build.
set(TLSEDU_ROBUSTNESS_NORMAL_ONLY test_robustness_transparency test_robustness_passes
    test_robustness_valgrind)
set(TLSEDU_ROBUSTNESS_SANITIZER_ONLY test_robustness_fuzz test_robustness_scale)

foreach(script ${TLSEDU_INTEGRATION_TESTS})
  get_filename_component(name "${script}" NAME_WE)
  if(name MATCHES "^test_robustness")
    # The heavy ones take a lock so that at most one runs at a time (each runs tshark
    # two at a time): 2 cores.
    set_tests_properties(integration_${name} PROPERTIES LABELS robustness
                         RESOURCE_LOCK tlsedu_tshark_heavy)
    if(TLSEDU_SANITIZE)
      list(FIND TLSEDU_ROBUSTNESS_NORMAL_ONLY "${name}" idx)
    else()
      list(FIND TLSEDU_ROBUSTNESS_SANITIZER_ONLY "${name}" idx)
    endif()
    if(NOT idx EQUAL -1)
      set_tests_properties(integration_${name} PROPERTIES DISABLED TRUE)
    endif()
  endif()
endforeach()

if(TLSEDU_SANITIZE)
  # The ASan runtime to preload into the stock, uninstrumented tshark.
  if(CMAKE_C_COMPILER_ID STREQUAL "GNU")
    set(asan_name libasan.so)
  else()
    set(asan_name libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so)
  endif()
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=${asan_name}
                  OUTPUT_VARIABLE asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${asan_runtime}" OR NOT EXISTS "${asan_runtime}")
    message(FATAL_ERROR "TLSEDU_SANITIZE: no ASan runtime found (${asan_name}: '${asan_runtime}')")
  endif()
  file(REAL_PATH "${asan_runtime}" TLSEDU_ASAN_RUNTIME)
  find_program(TLSEDU_TSHARK tshark REQUIRED)
  # exitcode=86: a sanitizer report, told apart from tshark's own exit codes.
  # detect_leaks=1 with tests/lsan.supp; fast unwinding (the default) keeps a run under a
  # second; detect_odr_violation=0: tshark's libraries are not ours.
  set(TLSEDU_ASAN_OPTIONS "detect_leaks=1:exitcode=86:abort_on_error=0:detect_odr_violation=0:check_initialization_order=1:strict_init_order=1")
  set(TLSEDU_UBSAN_OPTIONS "print_stacktrace=1:halt_on_error=1:exitcode=86")
  set(TLSEDU_LSAN_OPTIONS "suppressions=${CMAKE_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
  set(TLSEDU_SANITIZER_BIN "${CMAKE_BINARY_DIR}/sanitizer-bin")
  file(MAKE_DIRECTORY "${TLSEDU_SANITIZER_BIN}/no-extcap")
  configure_file(fuzz/tshark-sanitized.in "${TLSEDU_SANITIZER_BIN}/tshark" @ONLY
                 FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
                 GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

  # Every integration test (the existing ones included) runs tshark through that wrapper.
  foreach(script ${TLSEDU_INTEGRATION_TESTS})
    get_filename_component(name "${script}" NAME_WE)
    set_property(TEST integration_${name} APPEND PROPERTY ENVIRONMENT
                 "PATH=${TLSEDU_SANITIZER_BIN}:$ENV{PATH}" "TLSEDU_SANITIZED=1")
  endforeach()

  # The fuzz target of the core, driven by a deterministic generator (gcc has no libFuzzer).
  add_executable(fuzz_core_driver fuzz/fuzz_core.c fuzz/fuzz_main.c)
  target_link_libraries(fuzz_core_driver PRIVATE tlsedu_core)
  target_compile_options(fuzz_core_driver PRIVATE ${TLSEDU_WARNINGS})
  add_test(NAME robustness_core_driver COMMAND fuzz_core_driver 2000000 1)
  set_tests_properties(robustness_core_driver PROPERTIES LABELS robustness TIMEOUT 600
    ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:exitcode=86;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
else()
  # libFuzzer on the core (clang, its own compile; see tests/fuzz/run-libfuzzer.sh).
  add_test(NAME robustness_libfuzzer_core
           COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run-libfuzzer.sh"
                   "${CMAKE_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/libfuzzer")
  set_tests_properties(robustness_libfuzzer_core PROPERTIES LABELS robustness TIMEOUT 900)

  # cppcheck and clang-tidy on plugin/ and tests/unit/ (tools/static-checks.sh).
  add_test(NAME robustness_static_checks
           COMMAND sh "${CMAKE_SOURCE_DIR}/tools/static-checks.sh" "${CMAKE_BINARY_DIR}")
  set_tests_properties(robustness_static_checks PROPERTIES LABELS robustness TIMEOUT 900)
endif()

foreach(script ${TLSEDU_INTEGRATION_TESTS})
  get_filename_component(name "${script}" NAME_WE)
  if(name MATCHES "^test_robustness")
    set_property(TEST integration_${name} APPEND PROPERTY ENVIRONMENT
                 "TLSEDU_CANARIES=${CMAKE_BINARY_DIR}/canaries")
  endif()
endforeach()
