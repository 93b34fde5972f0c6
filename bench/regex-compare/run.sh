#!/usr/bin/env bash
# Builds the `lite` and `full` variants for wasm32-unknown-unknown and measures them.
set -euo pipefail
cd "$(dirname "$0")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/regex-compare-target}"
out="$CARGO_TARGET_DIR/regex-compare-out"
mkdir -p "$out"
rm -f "$out"/*.wasm

# Optional: wasm-opt from PATH, else the repo's dev tools (binaryen from npm, `make setup`).
wasm_opt="$(command -v wasm-opt || true)"
tools_opt=../../node_modules/.bin/wasm-opt
if [ -z "$wasm_opt" ] && [ -x "$tools_opt" ]; then wasm_opt="$(realpath "$tools_opt")"; fi
# The features rustc enables by default for wasm32 (strip=true drops the target_features section).
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-multivalue --enable-reference-types"

files=()
for v in lite full; do
  cargo build --release --target wasm32-unknown-unknown --no-default-features --features "$v"
  cp "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/regex_compare.wasm" "$out/$v.wasm"
  files+=("$out/$v.wasm")
  if [ -n "$wasm_opt" ]; then
    # shellcheck disable=SC2086
    "$wasm_opt" -Oz $features "$out/$v.wasm" -o "$out/$v.wasm-opt.wasm"
    files+=("$out/$v.wasm-opt.wasm")
  fi
done
[ -n "$wasm_opt" ] || echo "note: no wasm-opt found; measuring unoptimized modules only" >&2

node measure.mjs "${files[@]}"
