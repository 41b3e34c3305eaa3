#!/usr/bin/env bash
# Hemeroteca's two set-up commands, for a fresh Debian 12 machine (run as root, or with sudo
# available). Both are idempotent: they install only what is missing and rebuild incrementally.
#
#   scripts/bootstrap.sh run    install, build, import corpus/ into data/index, serve on
#                               http://127.0.0.1:8080/ (Ctrl-C stops)
#   scripts/bootstrap.sh test   install, build, run every test through ctest
#
# Environment: HEMEROTECA_PORT (default 8080), HEMEROTECA_DB (default data/index),
# BUILD_DIR (default build), JOBS (default 2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

build_dir=${BUILD_DIR:-build}
jobs=${JOBS:-2}

# Debian 12 packages, one per dependency named in the README.
packages=(
  build-essential cmake pkg-config
  libxapian-dev        # the index
  libpoco-dev          # HTTP server and client
  libpugixml-dev       # schema, gazetteers, archive files
  libspdlog-dev        # logging
  libgtest-dev libgmock-dev  # tests
  libicu-dev           # Unicode normalisation and folding, encodings
  nlohmann-json3-dev   # JSON
  libcli11-dev         # command line
)

step() { printf '\n==> %s\n' "$*"; }

install_packages() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$package")
  done
  if ((${#missing[@]} == 0)); then
    step "All Debian packages present"
    return
  fi
  step "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  step "Configuring and building (Release) in $build_dir with $jobs jobs"
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$build_dir" -j "$jobs"
}

run() {
  local db=${HEMEROTECA_DB:-data/index}
  local port=${HEMEROTECA_PORT:-8080}
  step "Importing corpus/ into $db"
  "$build_dir/hemeroteca" import corpus --db "$db"
  step "Serving on http://127.0.0.1:$port/ (Ctrl-C stops)"
  exec "$build_dir/hemeroteca" serve --db "$db" --port "$port" --bind 127.0.0.1
}

test_all() {
  step "Running every test"
  ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
}

case "${1:-}" in
  run) install_packages; build; run ;;
  test) install_packages; build; test_all ;;
  *) echo "usage: scripts/bootstrap.sh run|test" >&2; exit 2 ;;
esac
