"""``verify`` checks the files of signed checklist scans and record photos as it checks evidence files."""

from __future__ import annotations

import datetime as dt
import io

from hdrectify.domain.scans import ChecklistCode
from hdrectify.store.base import Store
from hdrectify.store.evidence import stage_stream, stored_path
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.photos import record_photo
from hdrectify.store.records import log_contact
from hdrectify.store.scans import file_scan
from hdrectify.store.verify import verify


def test_a_missing_scan_and_an_altered_photo_are_reported(store: Store) -> None:
    with store.transaction():
        centre = add_centre(store, "平山街道康园中心", "平山街道")
        member = add_member(store, "陈志强")
        pairing = add_pairing(store, member, centre, dt.date(2024, 1, 1))
        visit = log_contact(store, member, centre, dt.date(2024, 3, 5), "onsite")
    scan_staged = stage_stream(store.path, io.BytesIO(b"signed page"), "清单第1页.png", "清单第1页.png")
    photo_staged = stage_stream(store.path, io.BytesIO(b"photo bytes"), "现场.jpg", "现场.jpg")
    with store.transaction():
        scan = file_scan(store, ChecklistCode(pairing["id"], "2024-02"), scan_staged, "清单.pdf", 1).row
        photo = record_photo(store, visit["id"], photo_staged, dt.date(2024, 3, 5), "mtime", True)
    assert scan is not None and photo is not None
    assert verify(store).ok

    scan_file, photo_file = stored_path(store, scan["sha256"]), stored_path(store, photo["sha256"])
    scan_file.chmod(0o644)
    scan_file.unlink()
    photo_file.chmod(0o644)
    photo_file.write_bytes(b"edited")
    report = verify(store)
    assert not report.ok and report.untampered
    assert len(report.evidence_missing) == 1 and "清单第1页.png" in str(report.evidence_missing[0])
    assert "签字清单扫描件" in str(report.evidence_missing[0])
    assert len(report.evidence_altered) == 1 and "现场.jpg" in str(report.evidence_altered[0])
    assert "照片" in str(report.evidence_altered[0])
