"""Shared fixtures: every test runs offscreen, with its own home folder and a real database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from hdrectify.store.base import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs and HOME point into tmp_path; no real database can be touched."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))  # the log file (hdrectify/logs.py)
    monkeypatch.delenv("HDRECTIFY_DB", raising=False)
    monkeypatch.setenv("HDRECTIFY_USER", "tester")
    monkeypatch.delenv("HDRECTIFY_PASSWORD", raising=False)
    from hdrectify.store import dbapi

    dbapi.forget_passwords()  # a database password given in one test is not known in the next
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """An initialised, empty database file."""
    path = tmp_path / "hd.db"
    with Store.open(path, create=True) as store, store.transaction():
        store.initialise_settings()
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as s:
        yield s
