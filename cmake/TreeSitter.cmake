# The tree-sitter C runtime and the Python grammar, both from the pinned npm tarballs
# that scripts/setup.sh unpacks into third_party/ (never committed).

set(_ts_lib "${TENET_THIRD_PARTY_DIR}/tree-sitter/vendor/tree-sitter/lib")
set(_ts_python "${TENET_THIRD_PARTY_DIR}/tree-sitter-python/src")
if(NOT EXISTS "${_ts_lib}/src/lib.c" OR NOT EXISTS "${_ts_python}/parser.c")
  message(FATAL_ERROR "tree-sitter sources not found under ${TENET_THIRD_PARTY_DIR}; "
                      "run scripts/setup.sh first")
endif()

add_library(tenet_tree_sitter STATIC "${_ts_lib}/src/lib.c")
target_include_directories(tenet_tree_sitter SYSTEM PUBLIC "${_ts_lib}/include"
                                             PRIVATE "${_ts_lib}/src")
target_compile_options(tenet_tree_sitter PRIVATE -w)
set_target_properties(tenet_tree_sitter PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
tenet_instrument(tenet_tree_sitter)
tenet_exempt_vendored_c(tenet_tree_sitter)

add_library(tenet_tree_sitter_python STATIC "${_ts_python}/parser.c" "${_ts_python}/scanner.c")
target_include_directories(tenet_tree_sitter_python PRIVATE "${_ts_python}")
target_compile_options(tenet_tree_sitter_python PRIVATE -w)
set_target_properties(tenet_tree_sitter_python PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
tenet_instrument(tenet_tree_sitter_python)
tenet_exempt_vendored_c(tenet_tree_sitter_python)
