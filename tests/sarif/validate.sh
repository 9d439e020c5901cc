#!/usr/bin/env bash
# validate.sh — check a SARIF log the way tenet's consumers will read it.
#
#   tests/sarif/validate.sh FILE.sarif [--srcroot DIR]
#
# Stages (the file passes only if all pass):
#   1. schema        the official SARIF 2.1.0 JSON schema, as shipped in the npm package
#                    of Microsoft's SARIF multitool, checked with python3-jsonschema;
#   2. multitool     the multitool's `validate` with the SARIF and GitHub ingestion rule
#                    kinds; errors and warnings fail (the tool itself always exits 0, so
#                    its output log is read instead);
#   3. expectations  what tenet promises (DESIGN.md §7): one run, automationDetails.id,
#                    one location per result with a relative URI under %SRCROOT%, a full
#                    region, primaryLocationLineHash — with --srcroot DIR recomputed from
#                    the sources the URIs point to under DIR.
#
# The first run installs @microsoft/sarif-multitool (pinned, about 100 MB) with npm into
# TENET_SARIF_TOOLS_DIR (default: ${XDG_CACHE_HOME:-~/.cache}/tenet/sarif-multitool-VERSION).
# PYTHON may name an interpreter that has jsonschema.
# Exit: 0 passed, 1 failed, 2 set-up problem (no python3-jsonschema, no npm, install failed).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MULTITOOL_VERSION=5.7.0
TOOLS_DIR="${TENET_SARIF_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tenet/sarif-multitool-$MULTITOOL_VERSION}"

# Prints the comment block above as help.
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }
setup_error() { echo "validate.sh: $*" >&2; exit 2; }

LOG=""
SRCROOT=""
while (($#)); do
  case "$1" in
    --srcroot) (($# >= 2)) || setup_error "--srcroot needs a directory"; SRCROOT="$2"; shift ;;
    --srcroot=*) SRCROOT="${1#--srcroot=}" ;;
    -h|--help) usage; exit 0 ;;
    -*) setup_error "unknown option $1 (see --help)" ;;
    *) [[ -z "$LOG" ]] || setup_error "one SARIF file at a time"; LOG="$1" ;;
  esac
  shift
done
[[ -n "$LOG" ]] || { usage >&2; exit 2; }
[[ -f "$LOG" ]] || setup_error "no such file: $LOG"
[[ -z "$SRCROOT" || -d "$SRCROOT" ]] || setup_error "--srcroot $SRCROOT is not a directory"
LOG="$(cd "$(dirname "$LOG")" && pwd)/$(basename "$LOG")"

# ---- python3 with jsonschema ------------------------------------------------------
find_python() {
  local candidate
  for candidate in "${PYTHON:-}" /usr/bin/python3 python3; do
    [[ -n "$candidate" ]] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    "$candidate" -c 'import jsonschema' >/dev/null 2>&1 && { echo "$candidate"; return 0; }
  done
  return 1
}
if ! PY="$(find_python)"; then
  # CI machines start bare; as root the Debian package can be installed on the spot.
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "validate.sh: installing python3-jsonschema" >&2
    { apt-get install -y -q python3-jsonschema || { apt-get update -q && apt-get install -y -q python3-jsonschema; }; } \
      >/dev/null 2>&1 || setup_error "could not install python3-jsonschema"
    PY="$(find_python)" || setup_error "python3-jsonschema installed but not importable"
  else
    setup_error "need python3 with jsonschema (Debian: apt-get install python3-jsonschema)"
  fi
fi

# ---- the multitool and the schema, from npm ----------------------------------------
# The multitool's Linux binary comes as a platform package that npm installs beside it.
PACKAGE_DIR="$TOOLS_DIR/node_modules/@microsoft/sarif-multitool-linux"
MULTITOOL="$PACKAGE_DIR/Sarif.Multitool"
SCHEMA="$PACKAGE_DIR/sarif-2.1.0.json"
installed_version() {
  "$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$PACKAGE_DIR/package.json" 2>/dev/null || true
}
install_multitool() {
  [[ "$(uname -s)-$(uname -m)" == Linux-x86_64 ]] || setup_error "the multitool ships for Linux x86-64 only"
  command -v npm >/dev/null || setup_error "npm not found (Debian: apt-get install npm)"
  mkdir -p "$TOOLS_DIR"
  # Parallel test runs must not install into the same directory at once.
  exec 9>"$TOOLS_DIR/.install-lock"
  flock 9
  if [[ "$(installed_version)" != "$MULTITOOL_VERSION" ]]; then
    echo "validate.sh: installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $TOOLS_DIR" >&2
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --no-save --loglevel=error \
      "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >&2 || setup_error "npm install failed"
  fi
  exec 9>&-
}
[[ "$(installed_version)" == "$MULTITOOL_VERSION" ]] || install_multitool
[[ -f "$MULTITOOL" ]] || setup_error "multitool binary missing at $MULTITOOL"
[[ -f "$SCHEMA" ]] || setup_error "SARIF schema missing at $SCHEMA"
# Some npm versions skip the package's postinstall step that marks the binary executable.
[[ -x "$MULTITOOL" ]] || chmod u+x "$MULTITOOL"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tenet-validate-sarif.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# Policy: turn on the GitHub rules that are off by default; turn off SARIF2006, which
# fetches every URI in the log over the network, and SARIF2002, which prefers message
# ids with arguments — GitHub shows message.text only.
POLICY="$WORK/policy.json"
cat >"$POLICY" <<'JSON'
{
  "GH1001.ProvideRequiredLocationProperties.Options": { "RuleEnabled": "Error" },
  "GH1002.InlineThreadFlowLocations.Options": { "RuleEnabled": "Error" },
  "GH1003.ProvideRequiredRegionProperties.Options": { "RuleEnabled": "Error" },
  "GH1004.ReviewArraysThatExceedConfigurableDefaults.Options": { "RuleEnabled": "Error" },
  "GH1005.LocationsMustBeRelativeUrisOrFilePaths.Options": { "RuleEnabled": "Error" },
  "GH1006.ProvideCheckoutPath.Options": { "RuleEnabled": "Error" },
  "GH1007.ProvideFullyFormattedMessageStrings.Options": { "RuleEnabled": "Error" },
  "SARIF2002.ProvideMessageArguments.Options": { "RuleEnabled": "Disabled" },
  "SARIF2006.UrisShouldBeReachable.Options": { "RuleEnabled": "Disabled" }
}
JSON

failed=0
echo "== $LOG"
echo "-- [1] JSON schema: sarif-2.1.0.json from @microsoft/sarif-multitool@$MULTITOOL_VERSION"
"$PY" "$HERE/sarif_checks.py" schema "$LOG" "$SCHEMA" || failed=1

echo "-- [2] SARIF multitool $MULTITOOL_VERSION validate --rule-kind \"Sarif;Gh\""
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# The file goes first: the list-valued options would otherwise swallow it.
"$MULTITOOL" validate "$LOG" --rule-kind "Sarif;Gh" --level "Error;Warning;Note" --config "$POLICY" \
  --output "$WORK/multitool.sarif" --log ForceOverwrite >"$WORK/multitool.out" 2>&1 || true
if [[ -s "$WORK/multitool.sarif" ]]; then
  "$PY" "$HERE/sarif_checks.py" multitool-log "$WORK/multitool.sarif" || failed=1
else
  echo "  FAIL the multitool wrote no log; its output:"
  head -n 20 "$WORK/multitool.out" | sed 's/^/    /'
  failed=1
fi

echo "-- [3] tenet's consumer expectations${SRCROOT:+ (line hashes recomputed under $SRCROOT)}"
"$PY" "$HERE/sarif_checks.py" expectations "$LOG" ${SRCROOT:+--srcroot "$SRCROOT"} || failed=1

if ((failed)); then echo "RESULT: FAIL"; exit 1; fi
echo "RESULT: PASS"
