# Parley: two commands do all the set-up (see README.md).
#   make samples   renders every model in Samples/ into Output/
#   make test      runs the whole test suite
# Both install missing Debian packages first (scripts/setup.sh).

SWIFT ?= swift
PARLEY = .build/release/parley
FORMATS = svg png pdf json

.PHONY: setup build release samples test clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product parley

samples: release
	@set -e; for model in Samples/*.yaml Samples/*.json; do \
	  [ -f "$$model" ] || continue; \
	  id=$$(basename "$${model%.*}"); \
	  for chart in overview; do \
	    for format in $(FORMATS); do \
	      $(PARLEY) render "$$model" --chart $$chart -o "Output/$$id/$$chart.$$format"; \
	    done; \
	    $(PARLEY) render "$$model" --chart $$chart --scale 2 -o "Output/$$id/$$chart@2x.png"; \
	  done; \
	  echo "rendered $$model into Output/$$id/"; \
	done

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build Output/*/
