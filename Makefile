# Parley: two commands do all the set-up (see README.md).
#   make samples   renders every model in Samples/ into Output/
#   make test      runs the whole test suite
# Both install missing Debian packages first (scripts/setup.sh).

SWIFT ?= swift
PARLEY = .build/release/parley
FORMATS = svg,png,pdf,json

.PHONY: setup build release samples test format fuzz fuzz-coverage bench docs clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

# parley and parley-server (what `parley serve` and `parley preview` run), built apart so the
# CLI does not link the HTTP stack.
release: setup
	$(SWIFT) build -c release --product parley
	$(SWIFT) build -c release --product parley-server

# Every chart `parley export` makes of each model (which ones is each chart's own registry entry:
# see docs/export.md) in every format, with Output/manifest.json, and each model's timeline at
# twice the scale, for HiDPI screens.
samples: release
	@set -e; $(PARLEY) export Samples --out Output --formats $(FORMATS); \
	for model in Samples/*.yaml Samples/*.yml Samples/*.json; do \
	  [ -f "$$model" ] || continue; \
	  $(PARLEY) render "$$model" --scale 2 -o "Output/$$(basename "$${model%.*}")/timeline@2x.png"; \
	done

# The release build too: the resource-contract tests measure the optimised `parley`, and the
# preview's latency test the optimised `parley-server`. The
# formatter (swift-format, in the toolchain, configured by .swift-format) runs first: a change
# that is not formatted fails the suite; `make format` formats it.
test: setup
	$(SWIFT) format lint --strict --recursive Sources Tests Snippets Plugins Package.swift
	$(SWIFT) build --build-tests
	$(SWIFT) build -c release --product parley
	$(SWIFT) build -c release --product parley-server
	$(SWIFT) test --skip-build

format:
	$(SWIFT) format --in-place --recursive Sources Tests Snippets Plugins Package.swift

# A longer run of the fuzz suite than `make test` does: FUZZ_CASES mutated models from a new
# seed each time (printed, so a failure can be replayed with FUZZ_SEED=…).
FUZZ_CASES ?= 20000
ifndef FUZZ_SEED
FUZZ_SEED := $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
fuzz: setup
	$(SWIFT) build --build-tests
	@echo "fuzz: seed $(FUZZ_SEED), $(FUZZ_CASES) cases"
	PARLEY_FUZZ_CASES=$(FUZZ_CASES) PARLEY_FUZZ_SEED=$(FUZZ_SEED) $(SWIFT) test --skip-build --filter 'FuzzTests|HostileInputTests|LimitTests'

# Coverage-guided fuzzing with libFuzzer and AddressSanitizer (docs/fuzzing.md): builds the loader
# and charts fuzzers in .build-fuzz and runs them one after the other for FUZZ_SECONDS in all, from
# a corpus in .build-fuzz/corpus seeded from the samples and Tests/Fuzz; prints where findings go,
# then executions and coverage.
FUZZ_SECONDS ?= 600
fuzz-coverage: setup
	SWIFT=$(SWIFT) FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz-coverage.sh

# Speed and memory against the peers (../shared/bench/peers when present), and parley serve under
# load; see README and docs/benchmark.md.
bench: release
	@bash scripts/setup.sh bench
	$(SWIFT) build -c release --product parley-bench
	.build/release/parley-bench

# The API documentation (DocC) of the facade, with the worked example from Snippets/, into
# .build/docs (open .build/docs/index.html through a web server, or use --transform-for-static-hosting).
docs: setup
	$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation --target Parley \
	  --output-path .build/docs --transform-for-static-hosting

clean:
	rm -rf .build Output/*/
