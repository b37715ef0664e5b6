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

.PHONY: run test lint bench bundle deb deb-compat crash clean

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
	$(BIN)/ruff check hdrectify tests packaging
	$(BIN)/ruff format --check hdrectify tests packaging
	$(BIN)/mypy

test: lint
	@bash packaging/debian-packages.sh poppler-utils xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool  # pdftoppm renders every page type; the rest: the window read over AT-SPI (tests/ui/test_atspi.py)
	@bash packaging/debian-packages.sh dbus-bin ibus ibus-libpinyin fcitx5 fcitx5-pinyin || echo "Input methods not installed: tests/ui/test_input_method.py will be skipped"  # pinyin typed through IBus and fcitx5 (tests/ui/test_input_method.py)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_core.py
	$(BIN)/python tests/benchmarks/bench_startup.py
	$(BIN)/python tests/benchmarks/bench_records.py
	$(BIN)/python tests/benchmarks/bench_checklist.py
	$(BIN)/python tests/benchmarks/bench_exchange.py
	$(BIN)/python tests/benchmarks/bench_bundle_memory.py
	$(BIN)/python tests/benchmarks/bench_safety.py
	$(BIN)/python tests/benchmarks/bench_import.py
	$(BIN)/python tests/benchmarks/bench_province.py
	$(BIN)/python tests/benchmarks/bench_scans.py

# the one-folder app (dist/hdrectify/) and its check; the tests build their own copy in build/frozen/
bundle: $(STAMP)
	$(BIN)/python packaging/build.py
	$(BIN)/python packaging/check_frozen.py dist/hdrectify/hdrectify

# dist/hdrectify_<version>_<arch>.deb from that folder
deb: bundle
	$(BIN)/python packaging/build_deb.py

# dist/compat/hdrectify_<version>_<arch>.deb for glibc 2.28 and newer (UOS 20, Kylin V10), built and
# checked in a Debian 11 chroot (root only; packaging/old-glibc/README.md)
deb-compat: $(STAMP)
	bash packaging/old-glibc/build.sh
	PYTHON=$(abspath $(BIN))/python bash packaging/old-glibc/check.sh

# the crash harness's full round (the suite runs 200 kills): SIGKILL a writer at random moments, check every commit
crash: $(STAMP)
	$(BIN)/python tests/safety/crash_harness.py --kills 300

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache build dist
