# Every target does its own set-up on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
CHROMIUM := /usr/bin/chromium
FIREFOX  := /usr/bin/firefox-esr

# Python packages come from the lock files (make lock regenerates them).
.PHONY: lock serve test test-python test-js lint-extension extension train evaluate corpus bench realweb browsers chromium clean

# gunicorn (server/gunicorn.conf.py) on 127.0.0.1:8765: no development server.
serve: $(STAMP)
	$(VENV)/bin/nofoobar serve

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

# Real saved pages through the extension and the server; needs the page
# cache first: python -m realweb fetch (see README, "Real-web harness").
realweb: $(STAMP) chromium
	$(PY) -m realweb run

$(STAMP): pyproject.toml requirements-dev.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# Keeps the versions already pinned unless pyproject.toml needs others;
# 'make lock UPGRADE=--upgrade' moves everything to the newest releases.
lock: $(STAMP)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml $(UPGRADE) --python $(PY) \
	  --annotation-style line -o requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev $(UPGRADE) --python $(PY) \
	  --annotation-style line -o requirements-dev.lock

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
