# The whole set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= warta.duckdb

.PHONY: run test install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

## make run: install, ingest the bundled examples into warta.duckdb, print the events, serve the dashboard
run: install
	$(BIN)/warta ingest examples --db $(DB)
	$(BIN)/warta events --db $(DB)
	$(BIN)/warta serve --db $(DB)

## make test: install with the dev extras and run every test
test: install-dev
	@test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)  # browser tests (tests/serve)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
