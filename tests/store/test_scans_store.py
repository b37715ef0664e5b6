"""Checklist scans in the store: a scan received becomes a visit record, a code printed under another id."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.scans import ChecklistCode, ScanResult
from hdrectify.store.base import Row, Store
from hdrectify.store.evidence import stage_stream
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.scans import file_scan, months_on_file, pending_scans, visit_from_scan


@pytest.fixture
def pairing(store: Store) -> Row:
    with store.transaction():
        centre = add_centre(store, "平山街道康园中心", "平山街道")
        member = add_member(store, "陈志强")
        return add_pairing(store, member, centre, dt.date(2024, 1, 1))


def filed(store: Store, code: ChecklistCode, content: bytes, page: int = 1) -> ScanResult:
    staged = stage_stream(store.path, io.BytesIO(content), "p.png", "p.png")
    with store.transaction():
        return file_scan(store, code, staged, "scan.pdf", page).result


def test_a_scan_received_becomes_the_visit_record(store: Store, pairing: Row) -> None:
    code = ChecklistCode(pairing["id"], "2024-03")
    assert filed(store, code, b"page one") is ScanResult.PENDING
    assert filed(store, code, b"page two", 2) is ScanResult.PENDING
    waiting = pending_scans(store)
    assert [(w["member"], w["centre"], w["month"]) for w in waiting] == [("陈志强", "平山街道康园中心", "2024-03")] * 2

    with pytest.raises(InputError) as refused, store.transaction():
        visit_from_scan(store, waiting[0]["id"], dt.date(2024, 4, 2))
    assert refused.value.code == "scans.visit_outside_month" and refused.value.field == "date"
    assert store.scalar("SELECT count(*) FROM contacts") == 0

    with store.transaction():
        visit = visit_from_scan(store, waiting[0]["id"], dt.date(2024, 3, 12), "据签字清单补登")

    assert (visit["method"], visit["date"]) == ("onsite", "2024-03-12")
    assert pending_scans(store) == []
    assert store.scalar("SELECT count(*) FROM checklist_scans WHERE contact_id = ?", [visit["id"]]) == 2
    assert months_on_file(store, "2024-01", "2024-12") == {(pairing["id"], "2024-03"): (2, 0)}
    with pytest.raises(InputError) as again, store.transaction():
        visit_from_scan(store, waiting[0]["id"], dt.date(2024, 3, 13))
    assert again.value.code == "scans.already_visit"
    # the next page of that month goes straight to the visit record
    assert filed(store, code, b"page three", 3) is ScanResult.ATTACHED


def test_a_checklist_printed_on_another_computer_finds_the_pairing_by_its_alias(store: Store, pairing: Row) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_aliases (id, table_name, alias_id, canonical_id, installation_id, bundle_id,"
            " created_at, updated_at) VALUES ('a1', 'pairings', 'other-laptops-id', ?, 'laptop', 'b1', '', '')",
            [pairing["id"]],
        )
    assert filed(store, ChecklistCode("other-laptops-id", "2024-03"), b"page") is ScanResult.PENDING
    assert filed(store, ChecklistCode("nobody", "2024-03"), b"page 2") is ScanResult.UNKNOWN_PAIRING
    assert filed(store, ChecklistCode(pairing["id"], "2023-12"), b"page 3") is ScanResult.NOT_OWED
    assert store.scalar("SELECT count(*) FROM checklist_scans") == 1
    # pages not filed leave no file behind in the evidence folder
    folder = Path(store.path).parent / f"{Path(store.path).stem}-evidence"
    assert not [p for p in folder.rglob("*") if p.is_file() and p.name.startswith(".incoming")]
