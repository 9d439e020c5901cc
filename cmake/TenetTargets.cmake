# Helpers every tenet target uses: one place for the language level and warnings.

# tenet_target_defaults(<target>): C++20, warnings, the repository root as include root.
function(tenet_target_defaults target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()
