# newsfuse: `make demo` runs the whole pipeline on the bundled sample corpus; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.install-stamp
DEMO_DB ?= demo.db
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install browser demo test test-fast clean-demo

install: $(STAMP)

# Re-runs only when pyproject.toml changes. torch is installed first with its exact pin so
# that pip takes the machine's CPU build instead of a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet 'torch==2.13.0'
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(VENV)/bin/newsfuse run examples/corpus --db $(DEMO_DB)
	$(VENV)/bin/newsfuse stories --db $(DEMO_DB)
	$(VENV)/bin/newsfuse report --db $(DEMO_DB) --out report
	@echo
	@echo "Story reports are in report/. Start the web app with:"
	@echo "    $(VENV)/bin/newsfuse serve --db $(DEMO_DB)    # then open http://127.0.0.1:8000/"

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
# Where it cannot be installed (not root, no apt), the browser tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed: the browser tests will be skipped"

test: install browser
	$(VENV)/bin/ruff check src tests
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not model"

clean-demo:
	rm -rf $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm report
