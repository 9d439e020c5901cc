#!/usr/bin/env bash
# ctest_validate_sample.sh WRITER SAMPLE_ROOT OUT_DIR
#
# The `sarif` ctest: renders the sample run (the golden SARIF) with WRITER
# (report_sample_writer), then validates it with validate.sh, recomputing line hashes
# from SAMPLE_ROOT. Exits 77 — which the test declares as its SKIP_RETURN_CODE — only
# when npm is missing and the multitool is not already installed; any other set-up
# problem fails the test.
set -euo pipefail
(($# == 3)) || { echo "usage: $0 WRITER SAMPLE_ROOT OUT_DIR" >&2; exit 2; }
WRITER="$1" SAMPLE_ROOT="$2" OUT_DIR="$3"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

TOOLS_DIR="${TENET_SARIF_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tenet/sarif-multitool-5.7.0}"
if ! command -v npm >/dev/null && [[ ! -x "$TOOLS_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]]; then
  echo "SKIP: npm not found, so the SARIF multitool cannot be installed (Debian: apt-get install npm)"
  exit 77
fi

mkdir -p "$OUT_DIR"
"$WRITER" "$SAMPLE_ROOT" sarif "$OUT_DIR/sample.sarif"
"$HERE/validate.sh" "$OUT_DIR/sample.sarif" --srcroot "$SAMPLE_ROOT"
