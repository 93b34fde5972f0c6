# dotbe-rules — `make demo` and `make test` are all a new user needs (see README.md).
SHELL := /bin/bash
PORT ?= 8080
WASM_TARGET := wasm32-unknown-unknown
# The package's wasm is built by a pinned nightly in its own target directory (see below).
PACKAGE_TOOLCHAIN := nightly-2026-05-20
export PACKAGE_TOOLCHAIN
RELEASE_WASM := target/package/dotbe_rules.wasm
REGISTRANT_WASM := target/package/dotbe_rules_registrant.wasm
RUST_SOURCES := $(shell find src build -name "*.rs") Cargo.toml Cargo.lock build.rs $(wildcard data/*.tsv) Makefile
WASM_OPT := node_modules/.bin/wasm-opt
# The features rustc enables by default for wasm32-unknown-unknown; wasm-opt must accept them.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue
# wasm-opt's memory-packing pass splits the data segments around their runs of zeros: fewer raw
# bytes, but more gzip. Skipped, measured 2026-12-01 (`gzip -9c pkg/…_bg.wasm | wc -c` / brotli
# 11 / raw): the full wasm 81,032 → 80,834 (−198) / 69,659 → 69,630 / 179,553 → 180,338; the
# registrant entry's 57,139 → 56,975 (−164) / 49,222 → 48,882 / 121,625 → 122,413.
WASM_OPT_FLAGS := -Oz --strip-debug --strip-producers --skip-pass=memory-packing $(WASM_FEATURES)

.PHONY: demo test pkg bench setup clean data fuzz


## Build the package and serve the demo page (http://localhost:$(PORT)/).
demo: pkg
	node scripts/serve.mjs --port $(PORT)

## Run every test layer: native, wasm in Node, wasm in Chromium, the package, the demo page.
test: pkg
	@scripts/setup.sh browser data
	@scripts/test.sh

## Size and speed figures.
bench: pkg
	@scripts/setup.sh browser
	node bench/bench.mjs

setup:
	@scripts/setup.sh rust node

## The npm package in pkg/.
pkg: setup pkg/package.json

# Paths of the build machine stay out of the builds (a native panic names its source file).
REMAP := --remap-path-prefix=$(HOME)/.cargo/registry/src=crates --remap-path-prefix=$(CURDIR)=dotbe-rules

# `opt-level = "z"` inlines almost nothing, and V8 does not inline small wasm functions either:
# LLVM's inliner at threshold 35 makes the wasm both smaller and faster (measured 2026-11-24 on
# validateRegistrant: threshold 15 / default / 35 / 50 → 92.4 / 92.0 / 91.3 / 96.8 KB gzip,
# 7.8 / 8.5 / 7.3 / 6.8 µs per full registrant).
INLINE := -C llvm-args=-inline-threshold=35

# Only the npm package's wasm needs nightly (the crate, its tests and users stay on stable): the
# standard library rebuilt (`build-std`) with panics that trap at once. With stable's prebuilt
# std every bounds check still links Rust's panic-message formatting and its source locations,
# which nothing in a browser reads (panic = "abort" on wasm32 had no stderr to print them to).
# core and alloc are built at opt-level 3 as in stable's prebuilt std (at "z" they cost ~8 % in
# speed). Measured 2026-11-24: 94.7 → 87.2 KB gzip for the package, validateRegistrant unchanged
# within noise (7.7 / 15.2 → 7.3 / 15.4 µs full / invalid). scripts/setup.sh installs the
# toolchain (minimal profile and rust-src; about 15 s).
BUILD_STD := -Zbuild-std=std,panic_abort \
  --config profile.release.package.core.opt-level=3 --config profile.release.package.alloc.opt-level=3 \
  --config profile.release.package.std.opt-level=3
TRAP := -Zunstable-options -Cpanic=immediate-abort

# The full wasm and the `dotbe-rules/registrant` entry's (feature `registrant-entry`: only
# validateRegistrant and countries), both without their messages (feature `message-packs`: each
# language is a file of pkg/messages/, below, which a page loads for the languages it shows), share one target directory (the rebuilt std is built once);
# each is copied out of cargo's output, which the other build overwrites.
CARGO_PACKAGE = RUSTFLAGS="$(REMAP) $(INLINE) $(TRAP)" cargo +$(PACKAGE_TOOLCHAIN) build $(BUILD_STD) --lib --release \
  --target $(WASM_TARGET) --target-dir target/package
CARGO_WASM := target/package/$(WASM_TARGET)/release/dotbe_rules.wasm

$(RELEASE_WASM): $(RUST_SOURCES) | setup
	$(CARGO_PACKAGE) --features small-alloc,message-packs
	cp $(CARGO_WASM) $@

$(REGISTRANT_WASM): $(RUST_SOURCES) | setup $(RELEASE_WASM)
	$(CARGO_PACKAGE) --features small-alloc,registrant-entry,message-packs
	cp $(CARGO_WASM) $@

pkg/dotbe_rules_bg.wasm pkg/dotbe_rules.js &: $(RELEASE_WASM) scripts/minify.mjs
	rm -rf pkg/snippets
	wasm-bindgen --target web --no-typescript --out-dir pkg --out-name dotbe_rules $<
	node scripts/minify.mjs pkg/dotbe_rules.js
	$(WASM_OPT) $(WASM_OPT_FLAGS) pkg/dotbe_rules_bg.wasm -o pkg/dotbe_rules_bg.wasm

pkg/dotbe_rules_registrant_bg.wasm pkg/dotbe_rules_registrant.js &: $(REGISTRANT_WASM) scripts/minify.mjs | pkg/dotbe_rules.js
	wasm-bindgen --target web --no-typescript --out-dir pkg --out-name dotbe_rules_registrant $<
	node scripts/minify.mjs pkg/dotbe_rules_registrant.js
	$(WASM_OPT) $(WASM_OPT_FLAGS) pkg/dotbe_rules_registrant_bg.wasm -o pkg/dotbe_rules_registrant_bg.wasm

pkg/%: js/%
	@mkdir -p pkg
	cp $< $@

# The JS side of the boundary, generated from the Rust definitions (src/boundary/codegen.rs);
# committed, and a native test fails while it differs from what the generator writes.
js/boundary.js: $(RUST_SOURCES) js/boundary.runtime.js examples/boundary-js.rs
	cargo run --quiet --example boundary-js > $@.tmp && mv $@.tmp $@

# Each language's messages, for every check and for the registrant entry: pkg/messages/*.js, from
# the message table (src/boundary/codegen.rs, `message_packs`).
MESSAGE_PACKS := $(foreach l,en nl fr de,pkg/messages/$(l).js pkg/messages/registrant-$(l).js)
$(MESSAGE_PACKS) &: $(RUST_SOURCES) examples/message-packs.rs
	cargo run --quiet --example message-packs pkg/messages

# The country list as static data (`dotbe-rules/countries`), generated from the country table.
js/countries.js: $(RUST_SOURCES) examples/countries-js.rs
	cargo run --quiet --example countries-js > $@.tmp && mv $@.tmp $@

# The entries a browser downloads, each with what it shares with another (js/loader.js,
# js/bind-form-core.js, js/boundary.js) bundled in, minified (scripts/minify.mjs).
pkg/index.js pkg/registrant.js pkg/bind-form.js pkg/registrant-bind-form.js pkg/node-bind-form.js pkg/embedded.js pkg/registrant-embedded.js pkg/countries.js: pkg/%.js: js/%.js js/loader.js js/bind-form-core.js js/boundary.js js/countries.js js/country-order.js js/dates.js scripts/minify.mjs
	@mkdir -p pkg
	node scripts/minify.mjs $< $@

# Files at the subpaths, for resolvers that do not read package.json's exports (Parcel by
# default): re-exports of the entry files.
pkg/registrant/bind-form.js pkg/registrant/embedded.js: pkg/registrant/%.js: js/registrant-%.js
	@mkdir -p pkg/registrant
	echo "export * from '../registrant-$*.js';" > $@

# The '/embedded' entries' wasm, in base64 (scripts/embed-wasm.mjs).
pkg/dotbe_rules_embedded.js: pkg/dotbe_rules_bg.wasm scripts/embed-wasm.mjs
	node scripts/embed-wasm.mjs $< $@
pkg/dotbe_rules_registrant_embedded.js: pkg/dotbe_rules_registrant_bg.wasm scripts/embed-wasm.mjs
	node scripts/embed-wasm.mjs $< $@

# Node's require(): the ESM glue and entry bundled into one CommonJS file by esbuild.
pkg/node.cjs: js/node-cjs.js pkg/index.js pkg/dotbe_rules.js scripts/build-cjs.mjs $(MESSAGE_PACKS)
	node scripts/build-cjs.mjs

pkg/index.d.cts: js/index.d.ts
	cp $< $@

pkg/README.md: pkg-README.md
	@mkdir -p pkg
	cp $< $@

pkg/package.json: Cargo.toml scripts/package-json.mjs pkg/dotbe_rules_bg.wasm pkg/dotbe_rules.js \
		pkg/dotbe_rules_registrant_bg.wasm pkg/dotbe_rules_registrant.js pkg/registrant.js pkg/registrant.d.ts pkg/registrant-bind-form.js pkg/registrant-bind-form.d.ts \
		pkg/index.js pkg/node.js pkg/node.cjs pkg/index.d.ts pkg/index.d.cts pkg/bind-form.js pkg/bind-form.d.ts pkg/README.md \
		pkg/node-bind-form.js pkg/embedded.js pkg/embedded.d.ts pkg/registrant-embedded.js pkg/registrant-embedded.d.ts \
		pkg/dotbe_rules_embedded.js pkg/dotbe_rules_registrant_embedded.js pkg/registrant/bind-form.js pkg/registrant/embedded.js \
		pkg/countries.js pkg/countries.d.ts $(MESSAGE_PACKS) pkg/messages.d.ts
	node scripts/package-json.mjs Cargo.toml $@

clean:
	rm -rf pkg target/$(WASM_TARGET) target/package tests/out bench/out

## Regenerate data/countries.tsv and data/phone-examples.tsv from their sources (see data/README.md).
data:
	@scripts/setup.sh data
	.tools/venv/bin/python scripts/gen_countries.py

## Fuzz every entry point of the core with libFuzzer (nightly), FUZZ_SECONDS each (default 30).
fuzz:
	@scripts/fuzz.sh

# The portfolio audit (spec §7): the dotbe-rules/audit entry and the `dotbe-rules` command, over
# their own wasm (feature `audit-entry`: validateRegistrant, countries and the audit), so that no
# form downloads the audit; built by esbuild with papaparse bundled in (scripts/build-audit.mjs
# says why).
AUDIT_WASM := target/package/dotbe_rules_audit.wasm
$(AUDIT_WASM): $(RUST_SOURCES) | setup $(REGISTRANT_WASM)
	$(CARGO_PACKAGE) --features small-alloc,audit-entry
	cp $(CARGO_WASM) $@

pkg/dotbe_rules_audit_bg.wasm pkg/dotbe_rules_audit.js &: $(AUDIT_WASM) scripts/minify.mjs | pkg/dotbe_rules_registrant.js
	wasm-bindgen --target web --no-typescript --out-dir pkg --out-name dotbe_rules_audit $<
	node scripts/minify.mjs pkg/dotbe_rules_audit.js
	$(WASM_OPT) -Oz --strip-debug --strip-producers $(WASM_FEATURES) pkg/dotbe_rules_audit_bg.wasm -o pkg/dotbe_rules_audit_bg.wasm

AUDIT_JS := js/audit.js $(wildcard js/audit/*.js js/cli/*.js) js/loader.js js/boundary.js
pkg/audit.js pkg/cli.mjs &: $(AUDIT_JS) pkg/dotbe_rules_audit.js scripts/build-audit.mjs Cargo.toml package-lock.json
	node scripts/build-audit.mjs
	chmod +x pkg/cli.mjs

pkg/package.json: pkg/dotbe_rules_audit_bg.wasm pkg/dotbe_rules_audit.js pkg/audit.js pkg/cli.mjs pkg/audit-node.js pkg/audit.d.ts
