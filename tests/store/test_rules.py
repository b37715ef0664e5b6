"""Rules that hold across modules: closed centres, visit problem numbers, evidence behind a 销号."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Store
from hdrectify.store.evidence import add_evidence, remove_evidence
from hdrectify.store.ledger import add_visit_problem, close_measure, load_seed
from hdrectify.store.people import add_centre, add_member, add_pairing

D = dt.date


def test_a_closed_centre_takes_no_open_ended_pairing(store: Store) -> None:
    with store.transaction():
        centre = add_centre(store, "平山街道碧山康园中心", "平山街道", closed_on=D(2023, 9, 30))
        member = add_member(store, "陈志强")
    before = store.scalar("SELECT count(*) FROM pairings")
    for end in (None, D(2023, 12, 31)):
        with pytest.raises(InputError, match="已于 2023-09-30 撤销"), store.transaction():
            add_pairing(store, member, centre, D(2023, 3, 1), end)
    assert store.scalar("SELECT count(*) FROM pairings") == before
    with store.transaction():
        add_pairing(store, member, centre, D(2023, 3, 1), D(2023, 9, 30))
    assert store.scalar("SELECT count(*) FROM pairings") == before + 1


def test_visit_problems_are_numbered_after_the_notice_even_before_it_is_loaded(store: Store) -> None:
    with store.transaction():
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        first = add_visit_problem(store, "灭火器过期", centre_id=centre["id"], contact_id=None, found_on=D(2026, 3, 5))
    assert first["no"] == 18
    with store.transaction():
        load_seed(store)  # the notice's 1–17 still fit
    assert [r["no"] for r in store.rows("SELECT no FROM ledger_problems ORDER BY no")] == list(range(1, 19))


def test_the_evidence_of_a_closed_measure_stays_until_it_is_reopened(store: Store, tmp_path: Path) -> None:
    photo = tmp_path / "照片.jpg"
    photo.write_bytes(b"photo")
    with store.transaction():
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        problem = add_visit_problem(store, "扶手松动", centre_id=centre["id"], contact_id=None, found_on=D(2026, 3, 5))
        measure = store.scalar("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem["id"]])
        evidence = add_evidence(store, measure, photo)
        close_measure(store, measure, D(2026, 3, 20))
    with pytest.raises(InputError, match="measure reopen"), store.transaction():
        remove_evidence(store, evidence["id"], "传错了")
    kept = store.get("evidence", evidence["id"])
    assert kept is not None and kept["deleted_at"] is None
