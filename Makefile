# NewsDossier: every target sets up what it needs (a .venv with the project installed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test check clean-site browser-deps bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

## serve: build the site and serve it on http://$(HOST)/ with live reload
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr $(HOST)

## build: build the site into site/ with --strict; a failed build leaves the last site/ as it was
build: $(STAMP)
	rm -rf site.tmp
	$(BIN)/mkdocs build --strict --site-dir site.tmp
	rm -rf site.old; if [ -d site ]; then mv site site.old; fi
	mv site.tmp site
	rm -rf site.old

## check: validate the dossier and report every problem
check: $(STAMP)
	$(BIN)/dossier check

## browser-deps: Debian's chromium for the browser tests, axe-core from the npm registry
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else echo "The browser tests need Debian's chromium: sudo apt-get install -y chromium" >&2; exit 1; fi; }
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq npm; \
	  else echo "The accessibility tests need npm (for axe-core): sudo apt-get install -y npm" >&2; exit 1; fi; }
	@if [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then \
	  cd tests/browser && npm ci --silent --no-audit --no-fund; fi

## test: run every test (unit, whole-site build, golden pages, browser, accessibility)
test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

## bench: the benchmarks (medians; the machine is noisy, so compare ratios)
bench: $(STAMP)
	for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done
