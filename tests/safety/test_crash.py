"""Crash safety: the writer is killed with SIGKILL at random moments, 200 times; nothing reported is lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from crash_harness import run

from hdrectify.store.base import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.slow
def test_200_kills_lose_no_reported_commit(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    with Store.open(path, create=True) as store, store.transaction():
        store.initialise_settings()
    figures = run(path, kills=200, seed=7, verify_every=50)
    print(figures.line())
    assert figures.kills == 200 and figures.failures == 0
    assert figures.reported >= 200  # the writer got going before every kill
    assert figures.reported <= figures.found <= figures.reported + figures.kills
