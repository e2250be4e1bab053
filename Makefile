# The two commands of the README. Each sets up everything it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: graph test install install-test browser clean

graph: install  ## build the graph of seeds/ into output/
	$(BIN)/kg build seeds --out output

test: install-test browser  ## run the test suite
	$(BIN)/python -m pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

browser:  ## Debian's Chromium for the browser tests (needs root, as on CI)
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf $(VENV) output/graph.*
