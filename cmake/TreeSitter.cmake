# The tree-sitter C runtime and the Python grammar, both from the pinned npm tarballs
# that scripts/setup.sh unpacks into third_party/ (never committed).

set(_ts_lib "${TENET_THIRD_PARTY_DIR}/tree-sitter/vendor/tree-sitter/lib")
set(_ts_python "${TENET_THIRD_PARTY_DIR}/tree-sitter-python/src")
if(NOT EXISTS "${_ts_lib}/src/lib.c" OR NOT EXISTS "${_ts_python}/parser.c")
  message(FATAL_ERROR "tree-sitter sources not found under ${TENET_THIRD_PARTY_DIR}; "
                      "run scripts/setup.sh first")
endif()

# The parse is most of a Python check's CPU (bench/README.md), so the parser is built for speed:
# - not position-independent: nothing links it into a shared object, and -fPIC makes every
#   function of the runtime interposable, which stops GCC from inlining one into another
#   (ts_language_table_entry into ts_parser_parse, for one);
# - with link-time optimisation in optimised GCC builds (sanitizer and fuzz builds keep their
#   own instrumented code generation).
# Together they take about 12% off the bare parse of the standard library (bench/floor.c).
set(TENET_TREE_SITTER_LTO OFF)
if(CMAKE_C_COMPILER_ID STREQUAL "GNU" AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$"
   AND NOT TENET_SANITIZE AND NOT TENET_FUZZ)
  include(CheckIPOSupported)
  check_ipo_supported(RESULT TENET_TREE_SITTER_LTO LANGUAGES C)
endif()

add_library(tenet_tree_sitter STATIC "${_ts_lib}/src/lib.c")
target_include_directories(tenet_tree_sitter SYSTEM PUBLIC "${_ts_lib}/include"
                                             PRIVATE "${_ts_lib}/src")
target_compile_options(tenet_tree_sitter PRIVATE -w)
set_target_properties(tenet_tree_sitter PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE OFF
                                                   INTERPROCEDURAL_OPTIMIZATION ${TENET_TREE_SITTER_LTO})
tenet_instrument(tenet_tree_sitter)
tenet_exempt_vendored_c(tenet_tree_sitter)

# tree-sitter-python 0.25.0's scanner writes two bytes per indentation level while fewer
# than TREE_SITTER_SERIALIZATION_BUFFER_SIZE are written, so past about 511 nested blocks
# it writes one byte beyond the buffer (an abort in debug builds, silent corruption in
# release builds: a hostile file could take the whole run down). The scanner is compiled
# from a copy whose loop stops while both bytes still fit.
file(READ "${_ts_python}/scanner.c" _ts_scanner)
set(_ts_overflowing_loop "size < TREE_SITTER_SERIALIZATION_BUFFER_SIZE; ++iter")
string(FIND "${_ts_scanner}" "${_ts_overflowing_loop}" _ts_loop_at)
if(_ts_loop_at EQUAL -1)
  message(FATAL_ERROR "tree-sitter-python's scanner.c changed: re-check the indentation "
                      "serialisation bound patched in cmake/TreeSitter.cmake")
endif()
string(REPLACE "${_ts_overflowing_loop}" "size + 1 < TREE_SITTER_SERIALIZATION_BUFFER_SIZE; ++iter"
       _ts_scanner "${_ts_scanner}")
set(_ts_scanner_copy "${CMAKE_BINARY_DIR}/third_party/tree-sitter-python/scanner.c")
file(CONFIGURE OUTPUT "${_ts_scanner_copy}" CONTENT "${_ts_scanner}" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_ts_python}/scanner.c")

add_library(tenet_tree_sitter_python STATIC "${_ts_python}/parser.c" "${_ts_scanner_copy}")
target_include_directories(tenet_tree_sitter_python PRIVATE "${_ts_python}")
target_compile_options(tenet_tree_sitter_python PRIVATE -w)
set_target_properties(tenet_tree_sitter_python PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE OFF
                                                          INTERPROCEDURAL_OPTIMIZATION ${TENET_TREE_SITTER_LTO})
tenet_instrument(tenet_tree_sitter_python)
tenet_exempt_vendored_c(tenet_tree_sitter_python)
