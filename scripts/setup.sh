#!/usr/bin/env bash
# setup.sh — install what tenet needs to build and test, then configure and build it.
#
#   scripts/setup.sh [--no-build]
#
# Idempotent: Debian packages are installed only when missing; the two pinned npm
# tarballs (tree-sitter's C runtime and the Python grammar) are fetched with `npm pack`,
# verified against their sha512 integrity and unpacked into third_party/ (ignored by git).
# Builds into build/ unless --no-build is given.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${TENET_BUILD_DIR:-$ROOT/build}"
DO_BUILD=1
[[ "${1:-}" == "--no-build" ]] && DO_BUILD=0

log() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# ---- Debian packages ----------------------------------------------------------
DEBIAN_PACKAGES=(
  cmake ninja-build g++ git python3 python3-jsonschema
  nlohmann-json3-dev libgtest-dev libgmock-dev libtomlplusplus-dev libcli11-dev libxxhash-dev libjemalloc-dev
  pre-commit doxygen pkg-config clang-tidy-19
  llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19 libclang-rt-19-dev
)
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=(); [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q >/dev/null
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- pinned npm tarballs --------------------------------------------------------
# name@version  sha512 integrity as published in the registry's metadata
NPM_PINS=(
  "tree-sitter@0.25.1 sha512-mrcEdkYtHfrK1A6fs3O6FxkBo0Qig5XUXqHhxUOQu0bmPo00QF4XaSx4edpazdHwxnSCjlGKGgIqWdaN4dvTLA=="
  "tree-sitter-python@0.25.0 sha512-eCmJx6zQa35GxaCtQD+wXHOhYqBxEL+bp71W/s3fcDMu06MrtzkVXR437dRrCrbrDbyLuUDJpAgycs7ncngLXw=="
)
THIRD_PARTY="$ROOT/third_party"
mkdir -p "$THIRD_PARTY/downloads"
for pin in "${NPM_PINS[@]}"; do
  spec="${pin%% *}"; integrity="${pin#* }"
  name="${spec%@*}"; version="${spec##*@}"
  dest="$THIRD_PARTY/$name"
  if [[ -f "$dest/.tenet-pin" && "$(cat "$dest/.tenet-pin")" == "$pin" ]]; then continue; fi
  tarball="$THIRD_PARTY/downloads/$name-$version.tgz"
  if [[ ! -f "$tarball" ]]; then
    log "fetching $spec with npm pack"
    (cd "$THIRD_PARTY/downloads" && npm pack --silent "$spec" >/dev/null) || die "npm pack $spec failed"
  fi
  actual="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tarball")"
  [[ "$actual" == "$integrity" ]] || { rm -f "$tarball"; die "$spec: integrity mismatch (got $actual)"; }
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xzf "$tarball" -C "$dest" --strip-components=1
  echo "$pin" >"$dest/.tenet-pin"
  log "unpacked $spec into third_party/$name"
done

# ---- build ---------------------------------------------------------------------------
if ((DO_BUILD)); then
  GENERATOR=(); command -v ninja >/dev/null && GENERATOR=(-G Ninja)
  if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
fi
