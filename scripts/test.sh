#!/usr/bin/env bash
# test.sh — set everything up, build, and run the whole test suite through ctest.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
ctest --test-dir "${TENET_BUILD_DIR:-$ROOT/build}" --output-on-failure --parallel "$(nproc)" "$@"
