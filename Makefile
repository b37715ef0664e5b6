# The two commands a new user needs (README): `make run` and `make test`.
# Each creates the virtual environment and installs what it needs on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := .demo/hdrectify-demo.db
# what Qt needs to show a window on an X11 desktop (Debian 12 names)
X11_PACKAGES := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	@bash packaging/debian-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	@bash packaging/debian-packages.sh $(X11_PACKAGES)
	$(BIN)/hdrectify demo --path $(DEMO)
	$(BIN)/hdrectify --db $(DEMO)

lint: $(STAMP)
	$(BIN)/ruff check hdrectify tests
	$(BIN)/ruff format --check hdrectify tests
	$(BIN)/mypy

test: lint
	@bash packaging/debian-packages.sh poppler-utils  # pdftoppm: the tests render every page type
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_core.py
	$(BIN)/python tests/benchmarks/bench_startup.py
	$(BIN)/python tests/benchmarks/bench_records.py
	$(BIN)/python tests/benchmarks/bench_checklist.py

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache
