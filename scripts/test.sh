#!/usr/bin/env bash
# Runs every test layer, keeps going after a failure, and ends with one summary line.
# Called by `make test` once the package is built and the tools are installed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/out

export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
# The battery in Node runs against the package as it ships (tests/wasm/shipped.mjs).
export DOTBE_RULES_PKG=$PWD/pkg/node.cjs
total_pass=0 total_fail=0 failed_layers=()
summary=()

# layer NAME KIND COMMAND...   KIND: `cargo` or `node` (how to read the counts), `check` (one check)
layer() {
  local name=$1 kind=$2; shift 2
  local log="tests/out/$name.log" pass=0 fail=0 status
  printf '\n\033[1m== %s\033[0m  (%s)\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  if [ "$kind" = check ]; then
    if [ "$status" -eq 0 ]; then pass=1; else fail=1; fi
  elif [ "$kind" = cargo ]; then
    pass=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
    fail=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  else
    pass=$(awk '/^# pass /{print $3}' "$log" | tail -1); pass=${pass:-0}
    fail=$(awk '/^# fail /{print $3}' "$log" | tail -1); fail=${fail:-0}
  fi
  if [ "$status" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
  if [ "$pass" -eq 0 ] && [ "$fail" -eq 0 ]; then fail=1; echo "$name ran no test" >&2; fi
  total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
  [ "$fail" -ne 0 ] && failed_layers+=("$name")
  summary+=("$(printf '  %-16s %4d passed, %d failed' "$name" "$pass" "$fail")")
}

layer data-table    check .tools/venv/bin/python scripts/gen_countries.py --check
layer native        cargo cargo test --quiet
layer wasm-node     cargo cargo test --target wasm32-unknown-unknown --features small-alloc --test wasm_node
layer wasm-chromium cargo cargo test --target wasm32-unknown-unknown --features small-alloc --test wasm_browser
layer package-node  node  node --test tests/node/
layer consumer      node  node --test tests/consumer/
layer docs          node  node --test tests/docs/
layer demo-page     node  node --test tests/e2e/

printf '\n\033[1m== summary\033[0m\n'
printf '%s\n' "${summary[@]}"
if [ ${#failed_layers[@]} -ne 0 ]; then
  echo "failed layers: ${failed_layers[*]}"
fi
echo "tests: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
