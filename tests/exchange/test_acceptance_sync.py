"""销号 with 验收 and 延期 travel in bundles: the office's closure and extension reach a member's laptop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.exchange.result import MergeRefused
from hdrectify.store.acceptance import extend_measure
from hdrectify.store.base import Store
from hdrectify.store.ledger import add_visit_problem, close_measure, tree, update_measure
from tests.exchange.exchange_helpers import Site, members, pack

FOUND = dt.date(2026, 3, 5)


def _two_visit_measures(store: Store) -> list[str]:
    ids = []
    for title in ("扶手松动", "灭火器过期"):
        problem = add_visit_problem(store, title, centre_id=None, contact_id=None, found_on=FOUND)
        measure = str(store.scalar("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem["id"]]))
        update_measure(store, measure, deadline=dt.date(2026, 4, 5))
        ids.append(measure)
    return ids


def _measure(site: Site, measure_id: str) -> dict[str, object]:
    return site.rows(
        "SELECT status, closed_at, close_reason, accepted_by, accepted_opinion, deadline FROM ledger_measures"
        " WHERE id = ?",
        [measure_id],
    )[0]


def test_a_closure_with_acceptance_and_an_extension_reach_the_laptop(office: Site, chen: Site) -> None:
    closed, extended = office.do(_two_visit_measures)
    chen.take(office.export())
    original = _measure(office, extended)["deadline"]
    assert original == "2026-04-05"
    office.do(close_measure, closed, dt.date(2026, 3, 20), "已更换扶手", accepted_by="李主席", opinion="现场复查合格")
    office.do(extend_measure, extended, dt.date(2026, 6, 30), "等待采购", "张书记")

    result = chen.take(office.export())
    assert not result.violations
    assert _measure(chen, closed) == {
        "status": "done",
        "closed_at": "2026-03-20",
        "close_reason": "已更换扶手",
        "accepted_by": "李主席",
        "accepted_opinion": "现场复查合格",
        "deadline": _measure(office, closed)["deadline"],
    }
    assert _measure(chen, extended)["deadline"] == "2026-06-30"
    assert chen.rows("SELECT from_date, to_date, reason, approved_by, author FROM measure_extensions") == [
        {
            "from_date": original,
            "to_date": "2026-06-30",
            "reason": "等待采购",
            "approved_by": "张书记",
            "author": "办公室",
        }
    ]
    with chen.store() as store:
        shown = [
            (m["deadline"], m["original_deadline"])
            for area in tree(store)["areas"]
            for p in area["problems"]
            for m in p["measures"]
            if m["id"] == extended
        ]
    assert shown == [("2026-06-30", original)]
    assert chen.data()["measure_extensions"] == office.data()["measure_extensions"]


def test_a_bundle_whose_extension_has_a_bad_date_is_refused(office: Site, chen: Site, tmp_path: Path) -> None:
    measure = office.do(_two_visit_measures)[0]
    office.do(extend_measure, measure, dt.date(2026, 6, 30), "等待采购", "张书记")
    parts = members(office.export())
    rows = parts["rows/measure_extensions.jsonl"]
    assert b"2026-06-30" in rows
    hostile = pack(
        tmp_path / "hostile.hdbundle",
        {**parts, "rows/measure_extensions.jsonl": rows.replace(b"2026-06-30", b"2026-13-45")},
    )
    before = chen.everything()
    with pytest.raises(MergeRefused, match=r"延期.*2026-13-45"):
        chen.take(hostile)
    assert chen.everything() == before


@pytest.mark.parametrize("first", ["extension", "closure"])
def test_an_extension_meeting_a_closure_made_apart_is_a_conflict_both_computers_keep(
    tmp_path: Path, office: Site, first: str
) -> None:
    """Two office computers: one extends a measure, the other closes it, neither knowing. Whichever bundle
    arrives first, both end with the same rows, the extension kept, and the measure in conflict for a
    person to decide (工具 → 冲突处理), not silently closed or silently extended."""
    from hdrectify.exchange.conflicts import open_conflicts
    from tests.exchange.exchange_helpers import laptop

    second = laptop(tmp_path, office, "办公室的第二台电脑", role="office")
    measure = office.do(_two_visit_measures)[0]
    second.take(office.export())
    office.do(extend_measure, measure, dt.date(2026, 6, 30), "等待采购", "张书记")
    second.do(close_measure, measure, dt.date(2026, 3, 20), "已更换扶手", accepted_by="李主席")
    extension, closure = office.export(), second.export()
    if first == "extension":
        second.take(extension)
        office.take(closure)
    else:
        office.take(closure)
        second.take(extension)

    def state(site: Site) -> tuple[object, ...]:
        with site.store() as store:
            conflicts = sorted((c.table, c.row_id) for c in open_conflicts(store))
        return (
            site.rows(
                "SELECT id, status, deadline, closed_at, accepted_by FROM ledger_measures WHERE id = ?", [measure]
            ),
            site.rows("SELECT measure_id, from_date, to_date, reason FROM measure_extensions"),
            conflicts,
        )

    assert state(office) == state(second)
    _, extensions, conflicts = state(office)
    assert extensions == [
        {"measure_id": measure, "from_date": "2026-04-05", "to_date": "2026-06-30", "reason": "等待采购"}
    ]
    assert conflicts == [("ledger_measures", measure)]
