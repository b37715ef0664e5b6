"""The checks a merge makes of the rows it inserts in batches name each row at fault, and only those."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hdrectify.exchange.result import MergeRefused
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site, log, members, pack

DAYS = ("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05")


def test_new_records_with_bad_dates_are_refused_each_by_name(tmp_path: Path, office: Site, chen: Site) -> None:
    for day in DAYS:
        log(chen, CHEN, CENTRE_A, day, note=f"联系{day}")
    parts = members(chen.export())
    records = [json.loads(line) for line in parts["rows/contacts.jsonl"].splitlines()]
    bad = {"2026-03-03": "2026-02-30", "2026-03-05": "2026-3-5"}  # not a day; not the database's form
    wrong = {r["id"] for r in records if r["row"]["date"] in bad}
    for r in records:
        r["row"]["date"] = bad.get(r["row"]["date"], r["row"]["date"])
    parts["rows/contacts.jsonl"] = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)
    before = office.data()
    with pytest.raises(MergeRefused) as refused:
        office.take(pack(tmp_path / "dates.hdbundle", parts))
    named = {(v.table, v.row_id) for v in refused.value.result.violations}
    assert named == {("contacts", row_id) for row_id in wrong}
    assert all(v.reason.code == "rules.bad_date" for v in refused.value.result.violations)
    assert office.data() == before  # nothing of the bundle stays


def test_new_records_with_good_dates_all_arrive(office: Site, chen: Site) -> None:
    for day in DAYS:
        log(chen, CHEN, CENTRE_A, day)
    result = office.take(chen.export())
    assert result.tables["contacts"].added == len(DAYS) and not result.violations
    assert [r["date"] for r in office.rows("SELECT date FROM contacts ORDER BY date")] == list(DAYS)


@pytest.mark.parametrize(
    "table",
    [
        "centres",
        "pairings",
        "ledger_measures",
        "report_feedback",
        "contacts",
        "reports",
        "evidence",
        "measure_extensions",
    ],
)
def test_a_batch_is_noted_as_its_rows_one_by_one(table: str) -> None:
    """The merge notes rows one by one or a batch at a time: the checks must see the same either way
    (a table added to one and not the other let a member's 已阅 through)."""
    from hdrectify.exchange.rules import Inserted

    rows = [
        {
            "id": f"0000000{n}-0000-4000-8000-000000000000",
            "pairing_id": "p",
            "measure_id": "m",
            "to_date": "2026-13-45" if n else "2026-06-30",
            "from_date": "2026-04-05",
        }
        for n in range(2)
    ]
    one_by_one, batch = Inserted(), Inserted()
    for row in rows:
        one_by_one.add(table, row)
    batch.add_many(table, rows)

    def noted(found: Inserted) -> tuple[object, ...]:
        dates = {key: [str(v.reason) for v in found] for key, found in found.bad_dates.items()}
        return found.tables, found.ids, found.pairing_ids, found.measure_ids, dates

    assert noted(batch) == noted(one_by_one)
