# Every target does its own set-up on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
CHROMIUM := /usr/bin/chromium
FIREFOX  := /usr/bin/firefox-esr

.PHONY: serve test test-python test-js lint-extension extension train evaluate corpus bench browsers chromium clean

serve: $(STAMP)
	$(PY) -m server

test: $(STAMP) $(NPM_STAMP) browsers
	$(PY) -m corpus --check
	npm run --silent lint
	npm run --silent test:unit
	$(PY) -m pytest

test-python: $(STAMP)
	$(PY) -m pytest -m "not e2e"

test-js: $(NPM_STAMP)
	npm run --silent test:unit

lint-extension: $(NPM_STAMP)
	npm run --silent lint

extension: $(NPM_STAMP)
	npm run --silent build

train: $(STAMP)
	$(PY) -m model.train

evaluate: $(STAMP)
	$(PY) -m model.evaluate $(FILE)

corpus: $(STAMP)
	$(PY) -m corpus

bench: $(STAMP) $(NPM_STAMP) chromium
	$(PY) -m bench

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's chromium and firefox-esr: the browser tests drive them (Playwright
# and puppeteer-core); test tools cannot download a browser here.
browsers:
	@missing=""; \
	test -x $(CHROMIUM) || missing="$$missing chromium"; \
	test -x $(FIREFOX) || missing="$$missing firefox-esr"; \
	test -z "$$missing" || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; }

# bench needs only Chromium.
chromium:
	@test -x $(CHROMIUM) || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf $(VENV) node_modules dist .pytest_cache tests/artifacts
