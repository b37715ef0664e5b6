"""Signed checklist scans and record photos travel in bundles, their files with them, hash-checked on arrival."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.scans import ChecklistCode, ScanResult
from hdrectify.exchange.export import export_bundle
from hdrectify.store.base import Store
from hdrectify.store.evidence import file_sha256, stage_stream, stored_path
from hdrectify.store.people import find_centre, find_member
from hdrectify.store.photos import record_photo
from hdrectify.store.scans import file_scan
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site, log, members, pack

SCAN = b"\x89PNG signed checklist page " * 64
PHOTO = b"\xff\xd8\xff photo of the centre " * 64


def chen_pairing(store: Store) -> str:
    member, centre = find_member(store, CHEN), find_centre(store, CENTRE_A)
    found = store.scalar("SELECT id FROM pairings WHERE member_id = ? AND centre_id = ?", [member["id"], centre["id"]])
    return str(found)


def file_page(site: Site, month: str, content: bytes) -> dict[str, Any]:
    with site.store() as store:
        staged = stage_stream(store.path, io.BytesIO(content), "清单.png", "清单.png")
        with store.transaction():
            filed = file_scan(store, ChecklistCode(chen_pairing(store), month), staged, "清单.pdf", 1)
    assert filed.result is ScanResult.PENDING and filed.row is not None
    return filed.row


def add_photo(site: Site, contact_id: str, content: bytes) -> dict[str, Any]:
    with site.store() as store:
        staged = stage_stream(store.path, io.BytesIO(content), "现场.jpg", "现场.jpg")
        with store.transaction():
            row = record_photo(store, contact_id, staged, dt.date(2026, 3, 5), "mtime", True)
    assert row is not None
    return row


@pytest.fixture
def filed_on_laptop(chen: Site) -> tuple[dict[str, Any], dict[str, Any]]:
    """On 陈志强's laptop: a signed checklist of 2026-02 with no visit yet, and a photo of the 2026-03-05 visit."""
    scan = file_page(chen, "2026-02", SCAN)
    visit = log(chen, CHEN, CENTRE_A, "2026-03-05", "onsite", "到岗")
    photo = add_photo(chen, str(visit["id"]), PHOTO)
    return scan, photo


def test_a_laptop_s_scans_and_photos_reach_the_office_with_their_files(
    office: Site, chen: Site, filed_on_laptop: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scan, photo = filed_on_laptop
    bundle = chen.export()
    result = office.take(bundle)
    assert not result.violations and not result.missing_evidence
    assert result.tables["checklist_scans"].added == 1 and result.tables["contact_photos"].added == 1
    assert result.evidence_stored == 2
    assert office.rows("SELECT * FROM checklist_scans") == chen.rows("SELECT * FROM checklist_scans")
    assert office.rows("SELECT * FROM contact_photos") == chen.rows("SELECT * FROM contact_photos")
    with office.store() as store:
        for row, content in ((scan, SCAN), (photo, PHOTO)):
            stored = stored_path(store, str(row["sha256"]))
            assert stored.read_bytes() == content and file_sha256(stored) == row["sha256"]
        from hdrectify.store.verify import verify

        assert verify(store).ok

    before = office.everything()
    again = office.take(bundle)
    assert again.imported_before is not None and office.everything() == before
    # the office's whole bundle back to the laptop adds nothing there either
    laptop_before = chen.everything()["checklist_scans"], chen.everything()["contact_photos"]
    back = chen.take(office.export(whole=True))
    assert back.tables["checklist_scans"].added == 0 and back.tables["contact_photos"].added == 0
    assert (chen.everything()["checklist_scans"], chen.everything()["contact_photos"]) == laptop_before


def test_a_visit_recorded_later_from_the_scan_travels_as_an_update(
    office: Site, chen: Site, filed_on_laptop: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    from hdrectify.store.scans import visit_from_scan

    scan, _ = filed_on_laptop
    office.take(chen.export())
    visit = chen.do(lambda s: visit_from_scan(s, str(scan["id"]), dt.date(2026, 2, 20)))
    result = office.take(chen.export())
    assert result.tables["checklist_scans"].updated == 1 and not result.violations
    assert office.rows("SELECT contact_id FROM checklist_scans") == [{"contact_id": visit["id"]}]


def test_a_bundle_whose_scan_file_was_altered_is_refused_and_nothing_is_written(
    tmp_path: Path, office: Site, chen: Site, filed_on_laptop: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scan, _ = filed_on_laptop
    parts = members(chen.export())
    name = f"evidence/{scan['sha256']}"
    assert name in parts
    parts[name] = SCAN.replace(b"signed", b"forged")
    before = office.everything()
    for resign in (False, True):  # the manifest's own hash left as it was, or made to match the forged file
        forged = pack(tmp_path / f"forged-{resign}.hdbundle", parts, resign=resign)
        with pytest.raises(InputError):
            office.take(forged)
        assert office.everything() == before
    with office.store() as store:
        assert not stored_path(store, str(scan["sha256"])).exists()


def test_a_bundle_for_a_member_carries_only_that_member_s_scans_and_photos(
    tmp_path: Path, office: Site, chen: Site, filed_on_laptop: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    office.take(chen.export())
    with office.store() as store:
        huang = find_member(store, "黄伟明")
        chen_id = find_member(store, CHEN)["id"]
        for_huang = export_bundle(store, tmp_path / "huang.hdbundle", for_member=str(huang["id"]))
        for_chen = export_bundle(store, tmp_path / "chen.hdbundle", for_member=str(chen_id))
    assert "checklist_scans" not in for_huang.counts and "contact_photos" not in for_huang.counts
    assert for_chen.counts["checklist_scans"] == 1 and for_chen.counts["contact_photos"] == 1
    parts = members(for_huang.path)
    assert not [n for n in parts if n.startswith("evidence/") and n[9:] in {_sha(SCAN), _sha(PHOTO)}]
    manifest = json.loads(parts["manifest.json"])
    assert manifest["evidence_files"] == len([n for n in parts if n.startswith("evidence/")])


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
