"""Fixtures of the exchange tests: an office set up with centres, members and pairings, and laptops."""

from __future__ import annotations

from pathlib import Path

import pytest

from hdrectify.store.base import Store
from tests.exchange.exchange_helpers import CENTRE_A, CENTRE_B, CHEN, HUANG, START, TOWN_A, TOWN_B, Site, laptop


@pytest.fixture
def office(tmp_path: Path) -> Site:
    """The office: two centres, two members, each paired from 2026-01-01, and the notice's ledger."""
    from hdrectify.store.ledger import load_seed
    from hdrectify.store.people import add_centre, add_member, add_pairing

    site = Site(tmp_path / "office", "办公室")

    def setup(store: Store) -> None:
        load_seed(store)
        a = add_centre(store, CENTRE_A, TOWN_A)
        b = add_centre(store, CENTRE_B, TOWN_B)
        chen = add_member(store, CHEN)
        huang = add_member(store, HUANG)
        add_pairing(store, chen, a, START)
        add_pairing(store, huang, b, START)

    site.do(setup)
    return site


@pytest.fixture
def chen(tmp_path: Path, office: Site) -> Site:
    return laptop(tmp_path, office, "陈志强的电脑", member=CHEN)


@pytest.fixture
def huang(tmp_path: Path, office: Site) -> Site:
    return laptop(tmp_path, office, "黄伟明的电脑", member=HUANG)
