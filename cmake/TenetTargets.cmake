# Helpers every tenet target uses: one place for the language level, warnings and
# instrumentation.

option(TENET_FUZZ "Build the libFuzzer targets of tests/fuzz (needs clang)" OFF)
set(TENET_SANITIZE "" CACHE STRING
    "Comma-separated sanitizers for every tenet target, e.g. address,undefined (empty: none)")

# tenet_target_defaults(<target>): C++20, warnings, the repository root as include root,
# and the sanitizers of TENET_SANITIZE.
function(tenet_target_defaults target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  tenet_instrument(${target})
endfunction()

# tenet_instrument(<target>): applies TENET_SANITIZE (also to the C libraries built from
# third_party/, so a bug in how tenet drives tree-sitter is caught where it happens).
function(tenet_instrument target)
  if(TENET_FUZZ)
    # Coverage for libFuzzer in every library a fuzz target links.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
  if(TENET_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${TENET_SANITIZE} -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PUBLIC -fsanitize=${TENET_SANITIZE})
  endif()
endfunction()

# tenet_exempt_vendored_c(<target>): tree-sitter calls each grammar's scanner functions
# through `void *(*)(void)`-style pointers, which clang's UBSan `function` check reports in
# its C code on every parse. That idiom is the library's, not tenet's; every other check
# stays on.
function(tenet_exempt_vendored_c target)
  if(TENET_SANITIZE MATCHES "undefined" AND CMAKE_C_COMPILER_ID MATCHES "Clang")
    target_compile_options(${target} PRIVATE -fno-sanitize=function)
  endif()
endfunction()
