# Two commands (README): `make run` serves the app at http://127.0.0.1:8080,
# `make test` runs every test. Both install what they need first (scripts/setup.sh).
SHELL := bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: run test setup build bench fonts

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

fonts:
	scripts/make-fonts.sh
