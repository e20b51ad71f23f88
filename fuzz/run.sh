#!/usr/bin/env bash
# Fuzz every target in turn, one job at a time (docs/testing.md, "Fuzzing"): the fast
# targets (loading, validation, holiday files) longest, then the builders, layout and PDF
# export on the ordinary examples, then the 121-party group case on its own with a longer
# time limit per input.
#   fuzz/run.sh [seconds per fast target] [seconds per heavy target] [seconds for group]
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`).
# Each target's corpus grows in fuzz/corpus/<target> (not committed); the loading and
# validation targets are seeded with examples/ and tests/fixtures/ (read, not written).
# A crash, panic, hang (> 1 s), or more than 2 GB of memory stops that target and
# leaves the input in fuzz/artifacts/<target>/; the other targets still run, and the
# script exits 1 naming the targets that found something.
set -euo pipefail
cd "$(dirname "$0")/.."
fast=${1:-1500}
heavy=${2:-250}
group=${3:-300}
# No sanitizer by default (safe Rust; the unsafe code is in the dependencies): two to
# three times the executions. SANITIZER=address fuzz/run.sh … for AddressSanitizer.
sanitizer=${SANITIZER:-none}
flags=(-jobs=1 -workers=1 -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 -print_funcs=0)
mkdir -p fuzz/logs
# run TARGET SECONDS [SEED DIR…] [-LIBFUZZER FLAG…]
run() {
  local target=$1 seconds=$2
  shift 2
  local dirs=() extra=()
  for a in "$@"; do
    if [[ $a == -* ]]; then extra+=("$a"); else dirs+=("$a"); fi
  done
  mkdir -p "fuzz/corpus/$target"
  echo "== $target: $seconds s"
  # With -jobs, libFuzzer writes its log to ./fuzz-0.log: kept as fuzz/logs/<target>.log.
  local status=0
  cargo +nightly fuzz run -O --debug-assertions -s "$sanitizer" "$target" "fuzz/corpus/$target" "${dirs[@]}" \
    -- "${flags[@]}" "${extra[@]}" -max_total_time="$seconds" || status=$?
  mv fuzz-0.log "fuzz/logs/$target.log"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|slowest_unit)' \
    "fuzz/logs/$target.log" || true
  return "$status"
}
# Inputs up to 8 KB: most examples whole, the 96 KB group cases cut (7 times the
# executions per second of the full length).
found=()
run load "$fast" examples tests/fixtures -max_len=8192 || found+=(load)
run validate "$((fast * 2 / 3))" examples tests/fixtures -max_len=8192 || found+=(validate)
run holidays "$((fast / 3))" -max_len=4096 || found+=(holidays)
run builders "$heavy" || found+=(builders)
run layout "$heavy" || found+=(layout)
run pdf "$heavy" || found+=(pdf)
# The group case: seconds an input, by nature (its 卷宗 lays out 70 pages).
run group "$group" -timeout=30 || found+=(group)
if [ ${#found[@]} -gt 0 ]; then
  echo "findings in: ${found[*]} (fuzz/artifacts/)"
  exit 1
fi
