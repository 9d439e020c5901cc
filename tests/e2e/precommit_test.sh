#!/usr/bin/env bash
# The real pre-commit, offline, with this repository as the hook repository: a commit
# adding an undocumented public function is blocked; with the docstring it goes through.
#   precommit_test.sh TENET_BINARY SOURCE_DIR
set -euo pipefail
TENET="$1"
SOURCE_DIR="$2"
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (scripts/setup.sh installs it)"; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tenet-precommit.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export PRE_COMMIT_HOME="$WORK/cache" GIT_CONFIG_GLOBAL="$WORK/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --file "$GIT_CONFIG_GLOBAL" user.name "tenet test"
git config --file "$GIT_CONFIG_GLOBAL" user.email "test@example.invalid"
git config --file "$GIT_CONFIG_GLOBAL" init.defaultBranch main
export PATH="$(dirname "$TENET"):$PATH"
OFFLINE=()
unshare -n true 2>/dev/null && OFFLINE=(unshare -n)

# The hook repository: this repository's own .pre-commit-hooks.yaml, committed in a
# scratch copy so the test sees the working tree's version even before it is committed.
HOOKS="$WORK/hooks"
mkdir -p "$HOOKS"
cp "$SOURCE_DIR/.pre-commit-hooks.yaml" "$HOOKS/"
git -C "$HOOKS" init -q
git -C "$HOOKS" add -A
git -C "$HOOKS" commit -qm "hooks"
REV="$(git -C "$HOOKS" rev-parse HEAD)"

PROJECT="$WORK/project"
mkdir -p "$PROJECT"
cd "$PROJECT"
git init -q
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $HOOKS
    rev: $REV
    hooks:
      - id: tenet
        args: [--isolated, --select, D1]
YAML
printf '"""Project package."""\n' >project.py
git add -A
git commit -qm "initial" --no-verify
"${OFFLINE[@]}" pre-commit validate-manifest "$HOOKS/.pre-commit-hooks.yaml"
"${OFFLINE[@]}" pre-commit install

fail=0
printf '"""Geometry."""\n\n\ndef area(r):\n    return 3.14 * r * r\n' >geometry.py
git add geometry.py
if "${OFFLINE[@]}" git commit -qm "undocumented" >"$WORK/out1" 2>&1; then
  echo "FAIL: a commit adding an undocumented public function went through"; cat "$WORK/out1"; fail=1
else
  grep -q "geometry.py:4:5: D103" "$WORK/out1" && echo "ok: commit blocked with geometry.py:4:5: D103" \
    || { echo "FAIL: blocked, but the D103 finding was not shown"; cat "$WORK/out1"; fail=1; }
fi

printf '"""Geometry."""\n\n\ndef area(r):\n    """Return the area of a circle of radius r."""\n    return 3.14 * r * r\n' >geometry.py
git add geometry.py
if "${OFFLINE[@]}" git commit -qm "documented" >"$WORK/out2" 2>&1; then
  echo "ok: the documented version was committed"
else
  echo "FAIL: the documented version was blocked"; cat "$WORK/out2"; fail=1
fi
[[ "$(git log --oneline | wc -l)" == 2 ]] || { echo "FAIL: expected 2 commits"; fail=1; }
exit "$fail"
