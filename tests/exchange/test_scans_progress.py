"""Importing scans reports progress page by page, and a cancel leaves nothing behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.documents import make_checklist
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.exchange.scans import import_scans
from hdrectify.paths import evidence_dir
from hdrectify.store.base import Store
from hdrectify.store.people import add_centre, add_member, add_pairing


@pytest.fixture
def sheets(store: Store, tmp_path: Path) -> Path:
    with store.transaction():
        for n, name in enumerate(("陈志强", "黄伟明")):
            centre = add_centre(store, f"中心{n}", "平山街道")
            add_pairing(store, add_member(store, name), centre, dt.date(2024, 1, 1))
    path = tmp_path / "清单.pdf"
    assert make_checklist(store, Period.parse("2024-03", Kind.MONTH), path) == 2
    return path


def test_progress_counts_the_pages_and_a_cancel_files_nothing(store: Store, sheets: Path) -> None:
    seen: list[tuple[int, int]] = []
    outcomes = import_scans(store, [sheets], lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    assert [o.result.value for o in outcomes] == ["pending", "pending"]
    with store.transaction():
        store.conn.execute("DELETE FROM checklist_scans")

    with pytest.raises(InputError) as cancelled:
        import_scans(store, [sheets], lambda done, total: done < 1)

    assert cancelled.value.code == "scans.cancelled"
    assert store.scalar("SELECT count(*) FROM checklist_scans") == 0
    assert not [p for p in evidence_dir(store.path).rglob(".incoming-*")]
