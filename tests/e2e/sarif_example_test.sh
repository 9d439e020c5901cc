#!/usr/bin/env bash
# The SARIF tenet writes for the bundled examples/ project (README's first command) passes
# the official schema, the SARIF multitool with GitHub's ingestion rules and tenet's
# consumer expectations, with every line hash recomputed from the sources. Also checks a
# mixed Python + C++ run, so one run covers both languages.
#   sarif_example_test.sh TENET_BINARY SOURCE_DIR OUT_DIR
set -euo pipefail
TENET="$1" SOURCE_DIR="$2" OUT_DIR="$3"
mkdir -p "$OUT_DIR"
cd "$SOURCE_DIR"
rc=0
"$TENET" check examples --isolated --format sarif -o "$OUT_DIR/examples.sarif" || rc=$?
[[ $rc == 1 ]] || { echo "FAIL: tenet check examples exited $rc, wanted 1 (findings)"; exit 1; }
"$SOURCE_DIR/tests/sarif/validate.sh" "$OUT_DIR/examples.sarif" --srcroot "$SOURCE_DIR"

# `tenet merge`: two runs with overlapping rule sets make one valid run holding each finding once.
for part in "D1" "D103,E722,BLE001"; do
  rc=0
  "$TENET" check examples --isolated --select "$part" --format sarif -o "$OUT_DIR/part-${part//,/_}.sarif" || rc=$?
  [[ $rc == 1 ]] || { echo "FAIL: tenet check --select $part exited $rc, wanted 1"; exit 1; }
done
"$TENET" merge "$OUT_DIR"/part-*.sarif -o "$OUT_DIR/merged.sarif"
python3 - "$OUT_DIR/merged.sarif" "$OUT_DIR"/part-*.sarif <<'PY'
import json, sys
def keys(path):
    run = json.load(open(path))["runs"][0]
    return run, [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                  json.dumps(r["locations"][0]["physicalLocation"]["region"], sort_keys=True)) for r in run["results"]]
merged, merged_keys = keys(sys.argv[1])
parts = [key for path in sys.argv[2:] for key in keys(path)[1]]
assert len(merged_keys) == len(set(merged_keys)) == len(set(parts)) < len(parts), (len(merged_keys), len(set(parts)), len(parts))
ids = [rule["id"] for rule in merged["tool"]["driver"]["rules"]]
assert ids == sorted(set(ids)) and all(ids[r["ruleIndex"]] == r["ruleId"] for r in merged["results"])
print(f"ok: merged {len(parts)} results into {len(merged_keys)}, {len(ids)} rules")
PY
"$SOURCE_DIR/tests/sarif/validate.sh" "$OUT_DIR/merged.sarif" --srcroot "$SOURCE_DIR"

# One run for both languages: a C++ fixture next to the Python example (only where the
# C++ engine is built: the sanitizer build leaves it out).
if [[ ! -x "$(dirname "$TENET")/tenet-cpp" ]]; then
  echo "note: no tenet-cpp beside $TENET; the mixed-language run is skipped"
  exit 0
fi
rc=0
"$TENET" check examples tests/fixtures/cpp/CXE003 --isolated --format sarif -o "$OUT_DIR/mixed.sarif" || rc=$?
[[ $rc == 1 ]] || { echo "FAIL: mixed run exited $rc, wanted 1"; exit 1; }
python3 - "$OUT_DIR/mixed.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
assert len(log["runs"]) == 1, "one run per invocation"
codes = {r["ruleId"] for r in log["runs"][0]["results"]}
assert any(c.startswith("D1") for c in codes) and "CXE003" in codes, codes
print("ok: one run with Python and C++ results:", sorted(codes))
PY
"$SOURCE_DIR/tests/sarif/validate.sh" "$OUT_DIR/mixed.sarif" --srcroot "$SOURCE_DIR"
