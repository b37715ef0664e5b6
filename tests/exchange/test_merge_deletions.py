"""Rows removed for good (tombstones) travelling between laptops and the office, and who may remove what."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.exchange.result import MergeRefused
from hdrectify.store.verify import verify
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    Site,
    laptop,
    log,
    members,
    pack,
)


def with_tombstones(tmp_path: Path, bundle: Path, sender: Site, table: str, ids: list[str]) -> Path:
    """``bundle`` with deletions of ``ids`` added, made (as it claims) on ``sender`` after the versions it holds."""
    import json

    from hdrectify.store import sync

    with sender.store() as store:
        me = store.installation_id()
    parts = members(bundle)
    name = f"rows/{table}.jsonl"
    lines = parts.get(name, b"").decode().splitlines()
    for n, row_id in enumerate(ids, 1):
        (found,) = sender.rows("SELECT vv FROM sync_rows WHERE table_name = ? AND row_id = ?", [table, row_id])
        vv = {**sync.decode(found["vv"]), me: sync.wall_ms() + n}
        tomb = {"id": row_id, "vv": vv, "origin": me, "changed_at": sync.utc_stamp(), "deleted": True, "row": None}
        lines.append(json.dumps(tomb))
    parts[name] = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(parts["manifest.json"])
    manifest["counts"][table] = len(lines)
    parts["manifest.json"] = json.dumps(manifest).encode()
    return pack(tmp_path / f"tombstones-{table}.hdbundle", parts)


def test_a_members_bundle_cannot_delete_the_ledger(tmp_path: Path, office: Site, chen: Site) -> None:
    """Deletions of rows the sending computer did not make (the notice's measures, the office's centre): refused."""

    log(chen, CHEN, CENTRE_A, "2026-04-06")
    measures = [r["id"] for r in chen.rows("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 10")]
    crafted = with_tombstones(tmp_path, chen.export(), chen, "ledger_measures", measures)
    centre_b = chen.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_B])[0]["id"]
    crafted = with_tombstones(tmp_path, crafted, chen, "centres", [centre_b])
    before = office.everything()
    with pytest.raises(MergeRefused, match="交换包未导入") as refused:
        office.take(crafted)
    assert office.everything() == before
    found = [(v.table, v.row_id) for v in refused.value.result.violations]
    assert sorted(found) == sorted([("centres", centre_b)] + [("ledger_measures", m) for m in measures])
    assert all("删除" in v.message for v in refused.value.result.violations)
    assert len(office.rows("SELECT id FROM ledger_measures")) == 66
    with office.store() as store:
        assert verify(store).ok


def test_a_deletion_by_the_computer_that_made_the_row_still_travels_onwards(tmp_path: Path, office: Site) -> None:
    """Chen removes his own contact: the office takes it, and a laptop set up from the office hears of it too."""
    chen = laptop(tmp_path, office, "陈", member=CHEN)
    row = log(chen, CHEN, CENTRE_A, "2026-06-01")
    office.take(chen.export())
    huang = laptop(tmp_path, office, "黄", member=HUANG)  # has Chen's contact, through the office
    chen.do(lambda s: s.delete("contacts", row["id"], "记错了"))
    assert office.take(chen.export()).tables["contacts"].deleted == 1
    assert huang.take(office.export(whole=True)).tables["contacts"].deleted == 1
    assert huang.rows("SELECT id FROM contacts WHERE id = ?", [row["id"]]) == []


def test_a_laptop_takes_the_offices_removal_of_rows_the_office_never_changed(tmp_path: Path, office: Site) -> None:
    """The office removes a problem entered twice, with the laptop's measure and progress note: the laptop follows."""
    from hdrectify.store.ledger import add_progress, add_visit_problem
    from hdrectify.store.ledger_edit import remove_problem

    chen = laptop(tmp_path, office, "陈")
    problem = chen.do(
        lambda s: add_visit_problem(s, "重复登记的问题", centre_id=None, contact_id=None, found_on=dt.date(2026, 9, 1))
    )
    measure = chen.rows("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem["id"]])[0]["id"]
    chen.do(lambda s: add_progress(s, measure, dt.date(2026, 9, 2), "已电话督促"))
    office.take(chen.export())
    office.do(lambda s: remove_problem(s, problem["id"], "与问题18重复", with_records=True))
    back = chen.take(office.export())
    assert not back.violations and back.tables["ledger_progress"].deleted == 1
    assert chen.rows("SELECT id FROM ledger_problems WHERE id = ?", [problem["id"]]) == []
    assert chen.rows("SELECT id FROM ledger_progress WHERE measure_id = ?", [measure]) == []
