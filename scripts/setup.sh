#!/usr/bin/env bash
# Installs what the build and the tests need, when it is missing. Quick when all is there.
#   scripts/setup.sh rust     wasm32 target, wasm-bindgen-cli at the Cargo.lock version, and the
#                             pinned nightly that builds the package's wasm (PACKAGE_TOOLCHAIN,
#                             set by the Makefile)
#   scripts/setup.sh node     npm dev tools (node_modules)
#   scripts/setup.sh browser  Debian's chromium and chromium-driver
#   scripts/setup.sh data     Python packages that regenerate data/countries.tsv and
#                             data/phone-examples.tsv (.tools/venv)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

rust() {
  command -v cargo >/dev/null || { say "cargo not found: install Rust with rustup (https://rustup.rs)"; exit 1; }
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local nightly=${PACKAGE_TOOLCHAIN:?run setup through make, which names the package toolchain}
  if ! rustup run "$nightly" rustc --print sysroot >/dev/null 2>&1 \
    || [ ! -d "$(rustup run "$nightly" rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
    say "installing $nightly for the package build (minimal, with rust-src; about 15 s, once)"
    rustup toolchain install "$nightly" --profile minimal --component rust-src
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want have
  want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $want (about 3 minutes, once)"
    # --locked first for the exact tool the release was tested with; if a locked dependency is
    # not on the registry any more, let cargo pick compatible ones.
    cargo install wasm-bindgen-cli --version "$want" --locked --force \
      || cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

node_tools() {
  command -v npm >/dev/null || { say "npm not found: install Node.js 20 or later"; exit 1; }
  if [ ! -f node_modules/.installed ] || [ package-lock.json -nt node_modules/.installed ]; then
    say "installing the npm dev tools"
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules/.installed
  fi
}

browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  if [ "$(id -u)" -eq 0 ]; then
    say "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    say "the browser tests need Chromium: run  sudo apt-get install -y chromium chromium-driver  and retry"
    exit 1
  fi
}

data_tools() {
  local venv=.tools/venv
  if [ ! -f "$venv/.installed" ] || [ scripts/requirements-data.txt -nt "$venv/.installed" ]; then
    command -v python3 >/dev/null || { say "python3 not found: apt-get install -y python3 python3-venv"; exit 1; }
    say "installing the data tools (pinned Python packages) into $venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
      if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
      else
        say "python3 cannot make a venv: run  sudo apt-get install -y python3-venv  and retry"; exit 1
      fi
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r scripts/requirements-data.txt
    touch "$venv/.installed"
  fi
}

for what in "$@"; do
  case "$what" in
    rust) rust ;;
    node) node_tools ;;
    browser) browser ;;
    data) data_tools ;;
    *) say "unknown part: $what"; exit 2 ;;
  esac
done
