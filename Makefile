# The two commands a new user needs (README): `make run` and `make test`.
# Each creates the virtual environment and installs what it needs on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := .demo/hdrectify-demo.db

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	@bash packaging/debian-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/hdrectify demo --path $(DEMO)
	$(BIN)/hdrectify --db $(DEMO) status --month $$(date +%Y-%m)

lint: $(STAMP)
	$(BIN)/ruff check hdrectify tests
	$(BIN)/ruff format --check hdrectify tests
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_core.py

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache
