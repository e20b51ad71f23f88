# Two commands (README): `make run` serves the app at http://127.0.0.1:8080,
# `make test` runs every test. Both install what they need first (scripts/setup.sh).
SHELL := bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: run test setup build bench bench-cli bench-browser fonts

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

fonts:
	scripts/make-fonts.sh
