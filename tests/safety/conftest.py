"""Fixtures for the safety tests: a database with a little of everything, and the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hdrectify.store.base import Store
from tests.cli_runner import Result, run_in_process
from tests.safety.safety_helpers import populate


@pytest.fixture
def full_db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "hdrectify.db"
    with Store.open(path, create=True) as store:
        populate(store)
    return path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """``run(*args)``: the CLI in-process, as the ``hdrectify`` script runs it; (exit code, stdout, stderr)."""
    return lambda *args: run_in_process(capsys, *args)
