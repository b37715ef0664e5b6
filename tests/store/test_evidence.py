"""Evidence files stored by content hash beside the database, and the measure edits the ledger screen makes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.paths import evidence_dir
from hdrectify.store.base import Store
from hdrectify.store.evidence import (
    add_evidence,
    copy_for_viewing,
    evidence_file,
    list_evidence,
    remove_evidence,
    stored_path,
    verify_evidence,
)
from hdrectify.store.ledger import (
    MeasureInputError,
    add_progress,
    add_visit_problem,
    close_measure,
    load_seed,
    measure_detail,
    problem_detail,
    reopen_measure,
    seed_id,
    update_measure,
)

MEASURE = seed_id("measure", 2, 1)  # problem 2, measure 1 of the notice (closed in the seed)
OPEN = seed_id("measure", 1, 1)  # problem 1, measure 1, reopened by the fixture: a closed one is locked
OTHER = seed_id("measure", 1, 2)  # reopened by the fixture too


@pytest.fixture
def ledger(store: Store) -> Store:
    with store.transaction():
        load_seed(store)
        for measure in (OPEN, OTHER):
            reopen_measure(store, measure, dt.date(2024, 9, 1), "补充佐证材料")
    return store


def audit_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM audit_log"))


def stored_files(store: Store) -> list[Path]:
    return sorted(p for p in evidence_dir(store.path).rglob("*") if p.is_file())


def test_a_file_is_stored_under_its_hash_and_listed(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "会议纪要.pdf"
    source.write_bytes(b"%PDF minutes" * 1000)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    with ledger.transaction():
        row = add_evidence(ledger, OPEN, source, note="党组会议纪要")
    assert (row["file_name"], row["sha256"], row["size"], row["note"]) == ("会议纪要.pdf", sha, 12000, "党组会议纪要")
    path = evidence_file(ledger, row)
    assert path == evidence_dir(ledger.path) / sha[:2] / sha
    assert path.read_bytes() == source.read_bytes()
    assert not os.access(path, os.W_OK) or os.geteuid() == 0  # read-only (root may write anyway)
    assert [r["id"] for r in list_evidence(ledger, OPEN)] == [row["id"]]
    assert stored_files(ledger) == [path]  # no temporary file left behind
    assert verify_evidence(ledger, row) is None


def test_the_same_content_is_stored_once(ledger: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "照片.jpg", tmp_path / "照片（副本）.jpg"
    a.write_bytes(b"\xff\xd8photo")
    b.write_bytes(b"\xff\xd8photo")
    with ledger.transaction():
        first = add_evidence(ledger, OPEN, a)
        second = add_evidence(ledger, OTHER, b)
    assert first["sha256"] == second["sha256"]
    assert len(stored_files(ledger)) == 1


def test_attaching_the_same_content_twice_to_one_measure_is_refused(ledger: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(b"same")
    b.write_bytes(b"same")
    with ledger.transaction():
        add_evidence(ledger, OPEN, a)
    with pytest.raises(InputError, match="内容相同"), ledger.transaction():
        add_evidence(ledger, OPEN, b)
    assert len(list_evidence(ledger, OPEN)) == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.pdf", "找不到文件"),
        (lambda d: d, "不是文件"),
        (lambda d: (d / "empty.txt", (d / "empty.txt").write_bytes(b""))[0], "空文件"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(ledger: Store, tmp_path: Path, make, message: str) -> None:
    before = audit_count(ledger)
    with pytest.raises(InputError, match=message), ledger.transaction():
        add_evidence(ledger, OPEN, make(tmp_path))
    assert audit_count(ledger) == before
    assert stored_files(ledger) == []


def test_an_unknown_measure_is_refused(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "x.pdf"
    source.write_bytes(b"x")
    with pytest.raises(InputError, match="找不到该整改措施"), ledger.transaction():
        add_evidence(ledger, "no-such-measure", source)


def test_a_failed_transaction_leaves_only_a_harmless_copy(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "x.pdf"
    source.write_bytes(b"content")
    with pytest.raises(RuntimeError), ledger.transaction():
        add_evidence(ledger, OPEN, source)
        raise RuntimeError("the rest of the action failed")
    assert list_evidence(ledger, OPEN) == []
    assert len(stored_files(ledger)) == 1
    with ledger.transaction():  # attaching again finds the copy and writes the row
        add_evidence(ledger, OPEN, source)
    assert len(list_evidence(ledger, OPEN)) == 1


def test_removing_needs_a_reason_and_keeps_the_row_and_file(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "x.pdf"
    source.write_bytes(b"content")
    with ledger.transaction():
        row = add_evidence(ledger, OPEN, source)
    with pytest.raises(InputError, match="原因"), ledger.transaction():
        remove_evidence(ledger, row["id"], "  ")
    with ledger.transaction():
        remove_evidence(ledger, row["id"], "传错了文件")
    assert list_evidence(ledger, OPEN) == []
    kept = ledger.get("evidence", row["id"])
    assert kept is not None and kept["delete_reason"] == "传错了文件" and kept["deleted_at"]
    assert evidence_file(ledger, row).exists()
    with pytest.raises(InputError, match="已移除"), ledger.transaction():
        remove_evidence(ledger, row["id"], "again")


def test_closing_counts_only_live_evidence(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "x.pdf"
    source.write_bytes(b"content")
    with ledger.transaction():
        reopen_measure(ledger, MEASURE, dt.date(2026, 1, 5), "复查发现仍有遗漏")
        row = add_evidence(ledger, MEASURE, source)
        remove_evidence(ledger, row["id"], "不相关")
    with pytest.raises(InputError, match="佐证材料"), ledger.transaction():
        close_measure(ledger, MEASURE, dt.date(2026, 1, 6))


def test_a_changed_or_missing_stored_file_is_detected(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "照片.jpg"
    source.write_bytes(b"photo")
    with ledger.transaction():
        row = add_evidence(ledger, OPEN, source)
    path = evidence_file(ledger, row)
    path.chmod(0o644)
    path.write_bytes(b"edited")
    assert "改动" in (verify_evidence(ledger, row) or "")
    with pytest.raises(InputError, match="改动"):
        copy_for_viewing(ledger, row, tmp_path / "view")
    with ledger.transaction():  # attaching the original again repairs the stored copy
        add_evidence(ledger, OTHER, source)
    assert verify_evidence(ledger, row) is None
    path.chmod(0o644)
    path.unlink()
    assert "找不到" in (verify_evidence(ledger, row) or "")


def test_a_copy_for_viewing_has_the_original_name(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "现场照片.jpg"
    source.write_bytes(b"photo")
    with ledger.transaction():
        row = add_evidence(ledger, OPEN, source)
    copy = copy_for_viewing(ledger, row, tmp_path / "view")
    assert copy.name == "现场照片.jpg" and copy.read_bytes() == b"photo"
    assert copy_for_viewing(ledger, row, tmp_path / "view") == copy  # again: replaced, not refused


def test_a_bidi_control_cannot_hide_the_real_extension(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "会议纪要\u202egpj.exe"
    source.write_bytes(b"MZ not minutes")
    with ledger.transaction():
        row = add_evidence(ledger, OPEN, source, note="纪要\r\n第二行")
    assert (row["file_name"], row["note"]) == ("会议纪要gpj.exe", "纪要\r\n第二行")
    assert copy_for_viewing(ledger, row, tmp_path / "view").name == "会议纪要gpj.exe"


def test_a_stored_name_with_a_bidi_control_is_viewed_under_its_visible_name(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "x.exe"
    source.write_bytes(b"MZ")
    with ledger.transaction():
        row = add_evidence(ledger, OPEN, source)
        # as a bundle from an older version may have brought it
        row = ledger.update("evidence", row["id"], {"file_name": "会议纪要\u202egpj.exe"})
    assert copy_for_viewing(ledger, row, tmp_path / "view").name == "会议纪要gpj.exe"


def test_an_evidence_note_with_an_escape_is_refused(ledger: Store, tmp_path: Path) -> None:
    source = tmp_path / "a.pdf"
    source.write_bytes(b"a")
    with pytest.raises(InputError, match=r"U\+001B"), ledger.transaction():
        add_evidence(ledger, OPEN, source, note="\x1b[2J")
    assert list_evidence(ledger, OPEN) == []


def test_only_hashes_name_stored_files(ledger: Store) -> None:
    with pytest.raises(InputError):
        stored_path(ledger, "../../etc/passwd")


# -- the measure edits of the ledger screen --------------------------------------------------


def test_update_measure_writes_only_what_changed_and_audits_it(ledger: Store) -> None:
    before = audit_count(ledger)
    with ledger.transaction():
        update_measure(ledger, MEASURE, leader="  党组书记 ", unit="办公室", person="", deadline=dt.date(2024, 6, 30))
    row = ledger.get("ledger_measures", MEASURE)
    assert row is not None
    assert (row["leader"], row["unit"], row["deadline"]) == ("党组书记", "办公室", "2024-06-30")
    assert audit_count(ledger) == before + 1
    after = json.loads(ledger.scalar("SELECT after FROM audit_log ORDER BY rowid DESC LIMIT 1"))
    assert after["leader"] == "党组书记"
    with ledger.transaction():
        update_measure(ledger, MEASURE, leader="党组书记", unit="办公室", deadline=dt.date(2024, 6, 30))
    assert audit_count(ledger) == before + 1  # nothing changed, nothing written


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"leader": "长" * 101}, "leader", "100"),
        ({"leader": "党组\u202e书记"}, "leader", "U\\+202E"),
        ({"unit": "办公室\x1b[2J"}, "unit", "U\\+001B"),
        ({"deadline": dt.date(2023, 1, 1)}, "deadline", "早于问题发现日期"),
        ({"status": "open"}, "status", "重新打开"),  # the seed measure is closed
        ({"status": "finished"}, "status", "无效"),
        ({"text": "改写通报原文"}, "text", "通报原文"),
    ],
)
def test_update_measure_refuses_bad_input_naming_the_field(
    ledger: Store, changes: dict[str, object], field: str, message: str
) -> None:
    before = audit_count(ledger)
    with pytest.raises(MeasureInputError, match=message) as caught, ledger.transaction():
        update_measure(ledger, MEASURE, **changes)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert audit_count(ledger) == before


def test_done_is_reached_only_by_closing(ledger: Store) -> None:
    with ledger.transaction():
        reopen_measure(ledger, MEASURE, dt.date(2026, 1, 5), "复查发现仍有遗漏")
    with pytest.raises(MeasureInputError, match="销号") as caught, ledger.transaction():
        update_measure(ledger, MEASURE, status=MeasureStatus.DONE)
    assert caught.value.field == "status"
    with ledger.transaction():
        update_measure(ledger, MEASURE, status="open")
    assert measure_detail(ledger, MEASURE)["measure"]["status"] == "open"


def test_reopen_needs_a_reason_and_leaves_a_progress_note(ledger: Store) -> None:
    with pytest.raises(InputError, match="原因"), ledger.transaction():
        reopen_measure(ledger, MEASURE, dt.date(2026, 1, 5), "")
    with ledger.transaction():
        reopen_measure(ledger, MEASURE, dt.date(2026, 1, 5), "复查发现仍有遗漏")
    detail = measure_detail(ledger, MEASURE)
    assert detail["measure"]["status"] == MeasureStatus.IN_PROGRESS.value
    assert detail["measure"]["closed_at"] is None
    assert [p["text"] for p in detail["progress"]] == ["重新打开（撤销2024年8月20日的销号）：复查发现仍有遗漏"]
    assert problem_detail(ledger, detail["problem"]["id"])["status"] is MeasureStatus.IN_PROGRESS
    with pytest.raises(InputError, match="尚未销号"), ledger.transaction():
        reopen_measure(ledger, MEASURE, dt.date(2026, 1, 5), "again")


FOUND_ON = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "action",
    [
        lambda s: add_visit_problem(s, "活动室\u200b无扶手", centre_id=None, contact_id=None, found_on=FOUND_ON),
        lambda s: add_progress(s, OPEN, dt.date(2024, 3, 5), "已整改\x1b[2J"),
        lambda s: reopen_measure(s, MEASURE, dt.date(2024, 3, 5), "复查\x00"),
    ],
)
def test_ledger_text_with_invisible_characters_is_refused(ledger: Store, action) -> None:
    before = audit_count(ledger)
    with pytest.raises(InputError, match="不可见字符"), ledger.transaction():
        action(ledger)
    assert audit_count(ledger) == before


def test_a_visit_problem_title_is_a_clean_name(ledger: Store) -> None:
    with ledger.transaction():
        row = add_visit_problem(ledger, "\u3000活动室  无扶手 ", centre_id=None, contact_id=None, found_on=FOUND_ON)
    assert row["title"] == "活动室 无扶手"
