# clustermap: `make serve` to look at it, `make test` to check everything.
# Both install what they need on first run (see .ci/setup).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: setup serve build test fmt-check lint test-native test-wasm e2e size bench bench-map bench-first-visit fuzz clean

setup:
	@.ci/setup

serve: setup
	trunk serve --release

build: setup
	trunk build --release

fmt-check:
	cargo fmt --all -- --check

# Clippy on both targets: the UI is only really exercised on wasm32.
lint:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --bins --test wasm_app $(WASM) -- -D warnings
	@# The pure core must not reach for the browser.
	@if grep -rnE 'web_sys|js_sys|leptos' src/model src/ingest src/graph src/analysis src/layout src/i18n src/sample src/session src/view src/privacy src/present src/workspace.rs; then \
		echo "pure modules must not use web_sys/js_sys/leptos"; exit 1; fi

test-native:
	cargo test --all-targets
	cargo test --doc

test-wasm:
	cargo test $(WASM) --test wasm_app

e2e: build
	npx playwright test -c tests/e2e/playwright.config.mjs --grep-invert @solo
	npx playwright test -c tests/e2e/playwright.config.mjs --grep @solo --workers 1

# First-visit bytes (issue 10): gzip -9 of every file the release build's
# page fetches until a click on an actor of the sample map opens its panel,
# against the budget in tests/size-budget.json (raising it is a change
# there). Prints the figures per file.
size: build
	node tests/size/first_visit.mjs --budget tests/size-budget.json dist

test: setup fmt-check lint test-native test-wasm e2e size
	@echo "all tests passed"

# Each reader under libFuzzer, one target after another, FUZZ_SECONDS each
# (see fuzz/RESULTS.md). Installs cargo-fuzz on first use.
FUZZ_SECONDS ?= 600
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh

# Benchmarks in headless Chromium: clustermap's wasm against JavaScript peers
# (PapaParse, graphology) on the same generated data, in the same page; see
# BENCHMARKS.md and tests/bench/. Not part of `make test`. The run takes ~6 minutes,
# then `bench` runs bench-map (below) as well.
BENCH_PKG := target/bench-pkg
.PHONY: bench-build
bench-build: setup
	@# Twice, as shipped: the page's profile (release) for what runs on the
	@# page and in the analysis worker, the reader worker's (reader) for ingest.
	cargo build --release $(WASM) --example bench_wasm
	wasm-bindgen --target web --out-dir $(BENCH_PKG) $${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/examples/bench_wasm.wasm
	cargo build --profile reader $(WASM) --example bench_wasm
	wasm-bindgen --target web --out-dir $(BENCH_PKG) --out-name bench_reader $${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/reader/examples/bench_wasm.wasm
	wasm-opt -Oz $(BENCH_PKG)/bench_reader_bg.wasm -o $(BENCH_PKG)/bench_reader_bg.wasm
	@# As shipped: Trunk runs wasm-opt -Oz on the app (index.html).
	wasm-opt -Oz $(BENCH_PKG)/bench_wasm_bg.wasm -o $(BENCH_PKG)/bench_wasm_bg.wasm
	esbuild tests/bench/peers.mjs --bundle --format=esm --outfile=$(BENCH_PKG)/peers.js

bench: bench-build
	node tests/bench/run.mjs $(BENCH_PKG)
	$(MAKE) --no-print-directory bench-first-visit
	$(MAKE) --no-print-directory bench-map

# Navigation until a click on an actor opens its panel, median of 5 cold
# loads, with the first-visit bytes (raw, gzip, brotli) per file; peers:
# Gephi Lite 930 KB and 2.5 s (BENCHMARKS.md). BENCH_BASE_DIST=<dist of
# another build> measures that build in the same run, alternating loads.
BENCH_BASE_DIST ?=
bench-first-visit: build
	node tests/size/first_visit.mjs --runs 5 dist $(BENCH_BASE_DIST)

# Map rendering (issue 5): pan/zoom frame times and time to first map of the
# built app (dist/) against sigma.js + graphology and Cytoscape.js on the
# same generated graphs, 1k and 10k actors; see BENCHMARKS.md. About 15
# minutes; writes target/bench-map-results.json.
bench-map: build
	node tests/bench/map_run.mjs

clean:
	cargo clean
	rm -rf dist test-results
