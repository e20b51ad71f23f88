#!/usr/bin/env bash
# Install everything the app and the tests need, when missing. Idempotent; only the
# package registries (Debian, crates.io, npm) are used, and trunk is configured never
# to download a tool itself.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
command -v qpdf >/dev/null || need_apt+=(qpdf)
command -v mutool >/dev/null || need_apt+=(mupdf-tools)
# A font outside the bundle, for the test of the user-font fallback.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
# A CJK font for the end-to-end screenshots only (the app's labels; the PDFs embed their own).
[ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || need_apt+=(fonts-noto-cjk)
command -v node >/dev/null || need_apt+=(nodejs npm)
# Firefox, for the core path's end-to-end test (tests/e2e/firefox.test.mjs).
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WBG_VERSION (about 6 minutes)"
  # Not --locked: its lock file wants a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

GECKODRIVER_VERSION=0.37.1
if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
  say "cargo install geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi

# wasm-opt (binaryen 132, newer than Debian's), playwright-core, axe-core (the e2e accessibility check), pdfjs-dist (the
# fourth PDF reader of tests/pdf_readers.rs) and selenium-webdriver (Firefox over WebDriver), from npm.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/pdfjs-dist ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/pdfmake ] || [ ! -d node_modules/selenium-webdriver ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version), $(geckodriver --version 2>/dev/null | awk 'NR == 1')"
