# NewsDossier: every target sets up what it needs (a .venv with the project installed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-newest lint lock check clean-site browser-deps bench

# Exact versions with hashes from requirements.lock (`make lock` rewrites it); the project itself
# is installed without its dependencies and without build isolation, so nothing unpinned slips in.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

## lock: pin the newest versions pyproject.toml allows, with hashes, into requirements.lock
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra test --extra build --generate-hashes \
	  --python-version 3.11 --no-header --upgrade --output-file requirements.lock
	@echo "requirements.lock rewritten: run 'make test', then commit it."

## lint: ruff (lint and format check, complexity C901) and mypy over the package
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

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

## test-newest: every test in .venv-newest, with the newest versions pyproject.toml allows (not the
## lock): what the scheduled "Newest dependencies" workflow runs to catch a breaking upstream release
test-newest: browser-deps
	rm -rf .venv-newest
	$(PYTHON) -m venv .venv-newest
	.venv-newest/bin/python -m pip install -q --upgrade pip
	.venv-newest/bin/python -m pip install -q -e '.[test]'
	.venv-newest/bin/ruff check src tests benchmarks
	.venv-newest/bin/mypy
	.venv-newest/bin/python -m pytest

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
test: $(STAMP) browser-deps lint
	$(BIN)/python -m pytest

## bench: the benchmarks (medians; the machine is noisy, so compare ratios), the newsroom scale at
## 100 and 500 articles only. The full one, 100 to 2,000 articles, about an hour on a quiet machine:
##   .venv/bin/python benchmarks/bench_scale.py --sizes 100 500 2000
BENCH_SCALE_SIZES ?= 100 500
bench: $(STAMP)
	for script in benchmarks/bench_*.py; do \
	  case $$script in */bench_scale.py) args="--sizes $(BENCH_SCALE_SIZES)";; *) args="";; esac; \
	  echo "== $$script $$args"; $(BIN)/python $$script $$args || exit 1; done
