#!/usr/bin/env bash
# `make bench-cli`: the native CLI against `typst compile` on the same words, whole
# processes, with hyperfine; then `tiaojie batch` throughput on one and on every core.
# Numbers go in docs/performance.md ("CLI against typst") and the README.
#
# Typst is not a dependency of the project: without `typst` (cargo install typst-cli
# --locked) or `hyperfine` (apt install hyperfine) the comparison is skipped with a
# message, and the script still succeeds. Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

RUNS="${RUNS:-20}"
# The goldens' day, so the documents are the ones benches/typst/*.typ were made from.
TODAY=2026-11-23

cargo build --profile cli --bin tiaojie
bin=target/cli/tiaojie
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if ! command -v hyperfine >/dev/null; then
    echo "bench-cli: hyperfine is not installed (apt install hyperfine); comparison skipped"
elif ! command -v typst >/dev/null; then
    echo "bench-cli: typst is not installed (cargo install typst-cli --locked); comparison skipped"
else
    typst --version
    # Same faces for both: typst sees only assets/fonts (no system or embedded fonts).
    for case in agreement-2-pages group-inline; do
        hyperfine -N --warmup 3 --runs "$RUNS" \
            -n "tiaojie render $case" \
            "$bin render tests/fixtures/$case.json --doc agreement --today $TODAY -o $out/$case.pdf" \
            -n "typst compile $case" \
            "typst compile --font-path assets/fonts --ignore-system-fonts --ignore-embedded-fonts benches/typst/$case.typ $out/$case-typst.pdf"
    done
fi

# Batch throughput: 200 copies of the 2-page agreement, one thread and every core.
mkdir -p "$out/cases"
for i in $(seq -w 1 200); do cp tests/fixtures/agreement-2-pages.json "$out/cases/$i.json"; done
cores=$(nproc)
for jobs in 1 "$cores"; do
    echo "tiaojie batch, 200 agreements, --jobs $jobs:"
    "$bin" batch "$out/cases" -o "$out/pdf" --doc agreement --today "$TODAY" --jobs "$jobs"
done
