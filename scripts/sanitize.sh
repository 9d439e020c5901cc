#!/usr/bin/env bash
# sanitize.sh — build tenet with AddressSanitizer + UndefinedBehaviorSanitizer and run the
# whole test suite under it (the Clang engine is left out: LLVM itself is not
# instrumented, and building it twice would double CI's time).
#   scripts/sanitize.sh [ctest args...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${TENET_ASAN_BUILD_DIR:-$ROOT/build-asan}"
"$ROOT/scripts/setup.sh" --no-build
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTENET_SANITIZE=address,undefined -DTENET_CPP_ENGINE=OFF >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$BUILD" --output-on-failure --parallel "$(nproc)" "$@"
