# Parley: two commands do all the set-up (see README.md).
#   make samples   renders every model in Samples/ into Output/
#   make test      runs the whole test suite
# Both install missing Debian packages first (scripts/setup.sh).

SWIFT ?= swift
PARLEY = .build/release/parley
FORMATS = svg png pdf json

.PHONY: setup build release samples test fuzz fuzz-coverage bench docs clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product parley

# Per model: Output/<model>/timeline.* (all rounds), overview.*, seating-compare.* (two or more
# rounds with a table), and <round>/timeline.* and <round>/seating.* (rounds with a table).
samples: release
	@set -e; for model in Samples/*.yaml Samples/*.json; do \
	  [ -f "$$model" ] || continue; \
	  out="Output/$$(basename "$${model%.*}")"; \
	  for format in $(FORMATS); do \
	    $(PARLEY) render "$$model" --chart timeline -o "$$out/timeline.$$format"; \
	    $(PARLEY) render "$$model" --chart overview -o "$$out/overview.$$format"; \
	    for round in $$($(PARLEY) rounds --ids "$$model"); do \
	      $(PARLEY) render "$$model" --chart timeline --round "$$round" -o "$$out/$$round/timeline.$$format"; \
	    done; \
	    for round in $$($(PARLEY) rounds --ids --with-table "$$model"); do \
	      $(PARLEY) render "$$model" --chart seating --round "$$round" -o "$$out/$$round/seating.$$format"; \
	    done; \
	    if [ $$($(PARLEY) rounds --ids --with-table "$$model" | wc -l) -ge 2 ]; then \
	      $(PARLEY) render "$$model" --chart seating-compare -o "$$out/seating-compare.$$format"; \
	    fi; \
	  done; \
	  $(PARLEY) render "$$model" --chart timeline --scale 2 -o "$$out/timeline@2x.png"; \
	  echo "rendered $$model into $$out/"; \
	done

# The release build too: the resource-contract tests measure the optimised `parley`.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) build -c release --product parley
	$(SWIFT) test --skip-build

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

# Speed and memory against the peers (../shared/bench/peers when present); see README.
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
