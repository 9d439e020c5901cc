#!/usr/bin/env bash
# demo.sh — set everything up, then run tenet on the bundled examples/ project:
# findings to the terminal and a SARIF log to build/examples.sarif.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
build/bin/tenet check examples --report sarif:build/examples.sarif --exit-zero
echo "SARIF written to build/examples.sarif"
