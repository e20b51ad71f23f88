# Two commands (README): `make run` serves the app at http://127.0.0.1:8080,
# `make test` runs every test. Both install what they need first (scripts/setup.sh).
SHELL := bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: run test setup build bench bench-cli bench-browser bench-input profile-input lighthouse icons fonts

run: setup
	trunk serve --release

test: setup
	scripts/test.sh

setup:
	@scripts/setup.sh

build: setup
	trunk build --release

bench:
	cargo bench --bench pipeline

# The native CLI against `typst compile` on the same words (hyperfine; skipped with a
# message when typst or hyperfine is missing), and `tiaojie batch` throughput.
bench-cli:
	scripts/bench-cli.sh
# The export in headless Chromium, from wasm, side by side with pdfmake
# (docs/performance.md). Not part of `make test`.
bench-browser: setup
	trunk build benches/web/index.html --release --dist target/bench-web
	node benches/web/run.mjs

# Typing latency on the 120-party case with the preview open, CPU slowed 4× (the
# editor on a phone; docs/performance.md). Not part of `make test`.
bench-input: build
	node scripts/bench-input.mjs 4 40

# Where a keystroke's time goes (CDP profiler): a copy of dist/ whose wasm keeps its
# function names (the wasm before wasm-opt, through wasm-bindgen), then the profile.
profile-input: build
	rm -rf target/profile-dist && cp -a dist target/profile-dist
	js=$$(basename dist/app-*.js .js) && wasm-bindgen --target web --no-typescript \
	  --out-dir target/profile-dist --out-name $$js target/wasm32-unknown-unknown/release/app.wasm
	sed -i 's/ integrity="[^"]*"//g' target/profile-dist/index.html
	INCLUSIVE=1 TIAOJIE_DIST=target/profile-dist node scripts/profile-input.mjs '#f-parties-0-name' 9 4

# Lighthouse, mobile and desktop, on the release build served with gzip; reports in
# target/lighthouse/ (README.md, Measurements). Not part of `make test`: scores are
# timing-dependent.
lighthouse: build
	scripts/lighthouse.sh

# The app icons (assets/icons/*.png) from their SVGs; commit the PNGs.
icons:
	node scripts/make-icons.mjs

fonts:
	scripts/make-fonts.sh
