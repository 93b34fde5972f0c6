#!/usr/bin/env bash
# `make fuzz`: every fuzz target (fuzz/fuzz_targets) for FUZZ_SECONDS each, with libFuzzer on the
# nightly toolchain; prints a table of executions and results. A crash leaves its input in
# fuzz/artifacts/<target>/ (reproduce: cargo +nightly fuzz run <target> <file>) and fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-30}

if ! rustup run nightly true 2>/dev/null; then
  echo "fuzz: needs the nightly toolchain (rustup toolchain install nightly)" >&2; exit 1
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked || cargo install cargo-fuzz

targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v dotbe-rules-fuzz)
mkdir -p fuzz/out
status=0
rows=()
for t in $targets; do
  mkdir -p "fuzz/corpus/$t"
  log="fuzz/out/$t.log"
  echo "== $t ($seconds s)"
  cargo +nightly fuzz run "$t" --fuzz-dir fuzz -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=4096 >"$log" 2>&1
  code=$?
  runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -1)
  if [ $code -eq 0 ]; then result=ok; else result="CRASH (see $log)"; status=1; fi
  rows+=("| $t | ${runs:-?} | $result |")
done
echo
echo "fuzz run $(date -u +%Y-%m-%d), ${seconds} s per target"
echo "| target | executions | result |"
echo "|---|---:|---|"
printf '%s\n' "${rows[@]}"
exit $status
