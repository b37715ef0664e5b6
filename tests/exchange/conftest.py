"""Fixtures of the exchange tests: an office set up with centres, members and pairings, and laptops."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.exchange_helpers import CHEN, HUANG, Site, laptop, office_site


@pytest.fixture
def office(tmp_path: Path) -> Site:
    """The office: two centres, two members, each paired from 2026-01-01, and the notice's ledger."""
    return office_site(tmp_path / "office")


@pytest.fixture
def chen(tmp_path: Path, office: Site) -> Site:
    return laptop(tmp_path, office, "陈志强的电脑", member=CHEN)


@pytest.fixture
def huang(tmp_path: Path, office: Site) -> Site:
    return laptop(tmp_path, office, "黄伟明的电脑", member=HUANG)
