#!/usr/bin/env bash
# Every test, in layers, cheapest first. Run through `make test` (which installs the
# tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
# A fresh clone builds once: incremental caches would only add ~1 GB of disk.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
# Goldens and the schema are only ever rewritten by hand (UPDATE_GOLDEN=1), never by an
# inherited variable during the test run.
unset UPDATE_GOLDEN
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

df -h . | tail -1 | awk '{print "disk: " $4 " free before the build"}'

# Every file outside git's index (ignored ones too, e.g. a stray *.pdf) except where
# builds and tests are meant to write: compared at the end, so a test that leaves a file
# in the repository fails the run.
stray() {
  git ls-files --others -z | tr '\0' '\n' \
    | grep -vE '^(target|dist|node_modules|tests/e2e/out|\.tools|scripts/lighthouse/node_modules)/' \
    | sort || true
}
stray_before=$(stray)

step "architecture boundaries"
bad=$(grep -rlE '\b(yew|web_sys|js_sys|gloo)::' src --include='*.rs' | grep -vE '^src/(ui/|bin/app\.rs|bin/bench_web\.rs)' || true)
[ -z "$bad" ] || { echo "Yew/web-sys/js-sys/gloo named outside src/ui and the wasm entries: $bad"; exit 1; }
bad=$(grep -rlE '\bprintpdf::' src --include='*.rs' | grep -vE '^src/(render|fonts)/' || true)
[ -z "$bad" ] || { echo "printpdf named outside src/render and src/fonts: $bad"; exit 1; }
echo ok

step "cargo fmt --check"
cargo fmt --all -- --check

step "vendored crates = their crates.io releases + vendor/patches"
scripts/check-vendor.sh

step "cargo clippy (native: the library, CLI and tests without the app; then with it)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --features app -- -D warnings

step "cargo clippy (wasm32, the app)"
cargo clippy --all-targets --features app --target wasm32-unknown-unknown -- -D warnings

step "cargo test (native, no Yew: unit tests and tests/suite — property, golden, PDF readers, CLI)"
cargo test

step "cargo test --features app --lib ui:: (the app's state, reducer and panels, natively)"
cargo test --features app --lib ui::

step "wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features app --test web

step "trunk build --release"
trunk build --release
ls -l dist
download=0
for f in dist/*.wasm dist/*.js; do
  gz=$(gzip -9 -c "$f" | wc -c)
  download=$((download + gz))
  printf '%s: %s bytes raw, %s gzip\n' "$f" "$(stat -c %s "$f")" "$gz"
done
# The download budget (issue 14): wasm + js, gzip -9. README.md, Measurements.
budget=1200000
echo "wasm + js: $download bytes gzip (budget $budget)"
if [ "$download" -gt "$budget" ]; then
  echo "the app's download is over its budget"; exit 1
fi

step "end-to-end (Playwright + Chromium on the release build)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs

du -sh target 2>/dev/null | awk '{print "disk: target/ holds " $1}'

step "no tracked file changed and no file left behind by the run"
git diff --exit-code --stat -- . ':!Cargo.lock' || { echo "the test run changed tracked files (a golden or the schema?)"; exit 1; }
new=$(comm -13 <(printf '%s\n' "$stray_before") <(stray) | grep -v '^$' || true)
[ -z "$new" ] || { echo "the test run left files outside target/, dist/ and tests/e2e/out/:"; echo "$new"; exit 1; }
echo ok
