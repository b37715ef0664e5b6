"""Fixtures for the safety tests: a database with a little of everything, and the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import Result, populate

from hdrectify.cli import main
from hdrectify.store.base import Store


@pytest.fixture
def full_db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "hdrectify.db"
    with Store.open(path, create=True) as store:
        populate(store)
    return path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """``run(*args)``: the CLI in-process, as the ``hdrectify`` script runs it; (exit code, stdout, stderr)."""

    def _run(*args: object) -> Result:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        out, err = capsys.readouterr()
        return code, out, err

    return _run
