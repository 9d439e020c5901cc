#!/usr/bin/env bash
# fuzz.sh — build the libFuzzer targets (clang-19, ASan+UBSan) and run each for a while.
#
#   scripts/fuzz.sh [--seconds N] [TARGET...]
#
# Seeds come from tenet's own fixtures and examples, copied into build-fuzz/corpus/ at run
# time. A crash leaves its input in build-fuzz/crashes/ and makes the script exit 1.
# Prints executions per target. CI (.ci/run) runs it for 60 s a target and fails on a
# crash, a timeout or running out of memory; run it longer by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH=60
TARGETS=()
while (($#)); do
  case "$1" in
    --seconds) SECONDS_EACH="$2"; shift ;;
    *) TARGETS+=("$1") ;;
  esac
  shift
done
((${#TARGETS[@]})) || TARGETS=(fuzz_python_front_end fuzz_suppressions fuzz_config fuzz_sarif_roundtrip fuzz_docstring fuzz_rst)

BUILD="${TENET_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
command -v clang++-19 >/dev/null || { echo "fuzz: clang++-19 not found (scripts/setup.sh installs it)" >&2; exit 2; }
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  CC=clang-19 CXX=clang++-19 cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTENET_FUZZ=ON -DTENET_SANITIZE=address,undefined -DTENET_BUILD_TESTS=OFF -DTENET_CPP_ENGINE=OFF >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)" --target "${TARGETS[@]}" >/dev/null

seed() {  # seed <corpus dir> <files...>
  local dir="$1"; shift
  mkdir -p "$dir"
  local f
  for f in "$@"; do [[ -f "$f" ]] && cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)"; done
  return 0
}
CORPUS="$BUILD/corpus"
mapfile -t python_seeds < <(find "$ROOT/tests/fixtures/python" "$ROOT/examples" -name '*.py' | head -400)
seed "$CORPUS/fuzz_python_front_end" "${python_seeds[@]}"
mapfile -t comment_seeds < <(grep -rhoE '(#|//) *(noqa|NOLINT|tenet:)[^"]*' "$ROOT/tests/fixtures" | head -200 | \
  while read -r line; do f="$(mktemp)"; printf '%s' "$line" >"$f"; echo "$f"; done)
seed "$CORPUS/fuzz_suppressions" "${comment_seeds[@]}"
rm -f "${comment_seeds[@]}"
mapfile -t config_seeds < <(find "$ROOT/tests" "$ROOT/examples" -name '*.toml' | head -100)
seed "$CORPUS/fuzz_config" "${config_seeds[@]}"
mkdir -p "$CORPUS/fuzz_sarif_roundtrip"
printf 'src/a.py\0Public function `f` has no docstring.\0second\0' >"$CORPUS/fuzz_sarif_roundtrip/seed"
# The docstring parsers and the reST checker take a docstring's content: the triple-quoted
# strings of the Python fixtures (D, DOC and RST rules) as written between the quotes, and
# the fixture files themselves.
docstring_seeds="$(mktemp -d)"
python3 - "$docstring_seeds" "$ROOT/tests/fixtures/python" "$ROOT/examples" <<'PY' || true
import hashlib, pathlib, re, sys
out = pathlib.Path(sys.argv[1])
pattern = re.compile(r"(?s)(\"\"\"|''')(.*?)\1")
for root in sys.argv[2:]:
    for path in sorted(pathlib.Path(root).rglob("*.py")):
        for match in pattern.finditer(path.read_text(encoding="utf-8", errors="ignore")):
            body = match.group(2).encode()
            (out / hashlib.md5(body).hexdigest()[:16]).write_bytes(body)
PY
mapfile -t docstring_files < <(find "$docstring_seeds" -type f | head -2000)
docstring_files+=("${python_seeds[@]:0:200}")
seed "$CORPUS/fuzz_docstring" "${docstring_files[@]}"
seed "$CORPUS/fuzz_rst" "${docstring_files[@]}"
rm -rf "$docstring_seeds"

mkdir -p "$BUILD/crashes"
failed=0
for target in "${TARGETS[@]}"; do
  log="$BUILD/$target.log"
  rc=0
  "$BUILD/fuzz/$target" "$CORPUS/$target" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$BUILD/crashes/$target-" -print_final_stats=1 >"$log" 2>&1 || rc=$?
  execs="$(grep -m1 -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')"
  if ((rc == 0)); then
    echo "fuzz: $target: $execs executions in ${SECONDS_EACH}s, no crash"
  else
    echo "fuzz: $target: FAILED after $execs executions (exit $rc); input in $BUILD/crashes/"
    grep -m5 -E 'ERROR|SUMMARY|runtime error' "$log" | sed 's/^/    /'
    failed=1
  fi
done
exit "$failed"
