"""Evidence is copied and hashed outside the write lock, then recorded in one short transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.paths import evidence_dir
from hdrectify.store.base import Store
from hdrectify.store.evidence import list_evidence, record_evidence, stage_evidence
from hdrectify.store.ledger import load_seed, reopen_measure, seed_id

MEASURE = seed_id("measure", 1, 1)  # reopened by the fixture: a closed measure takes no evidence
SECOND = seed_id("measure", 1, 3)


@pytest.fixture
def ledger(store: Store) -> Store:
    with store.transaction():
        load_seed(store)
        for measure in (MEASURE, SECOND):
            reopen_measure(store, measure, dt.date(2024, 9, 1), "补充佐证材料")
    return store


def files_in(store: Store) -> list[str]:
    return sorted(p.name for p in evidence_dir(store.path).rglob("*") if p.is_file())


def test_another_connection_writes_while_a_big_file_is_copied(ledger: Store, tmp_path: Path) -> None:
    big = tmp_path / "整改照片.zip"
    big.write_bytes(b"\x89PNG scan " * 800_000)  # 8 MB: eight progress steps
    writes: list[int] = []
    ledger.db.execute("CREATE TABLE scratch (n INTEGER)")

    def progress(done: int, total: int) -> bool:
        # another program (the command line, an import) writes meanwhile, and must not wait
        other = sqlite3.connect(str(ledger.path), timeout=0.05)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO scratch VALUES (?)", [done])
            other.execute("COMMIT")
        finally:
            other.close()
        writes.append(done)
        return True

    staged = stage_evidence(ledger.path, big, progress)
    assert len(writes) >= 8 and writes[-1] == big.stat().st_size
    assert staged.sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    assert staged.temp is not None and staged.temp.parent == evidence_dir(ledger.path)  # not under its name yet
    with ledger.transaction():
        row = record_evidence(ledger, MEASURE, staged, "现场照片")
    assert [r["id"] for r in list_evidence(ledger, MEASURE)][-1] == row["id"]
    assert files_in(ledger) == [staged.sha256]  # renamed into place; no temporary left


def test_a_refused_record_removes_the_temporary_copy(ledger: Store, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF scan" * 100)
    with ledger.transaction():
        record_evidence(ledger, MEASURE, stage_evidence(ledger.path, scan))
    again = tmp_path / "scan-copy.pdf"
    again.write_bytes(b"%PDF scan" * 100 + b"!")
    staged = stage_evidence(ledger.path, again)
    with pytest.raises(InputError, match="找不到该整改措施"), ledger.transaction():
        record_evidence(ledger, "no-such-measure", staged)
    assert len(files_in(ledger)) == 1  # only the first file; the refused one's copy is gone
    assert not any(name.startswith(".incoming-") for name in files_in(ledger))


def test_a_cancelled_copy_leaves_nothing(ledger: Store, tmp_path: Path) -> None:
    big = tmp_path / "big.zip"
    big.write_bytes(b"x" * (3 << 20))
    with pytest.raises(InputError, match="已取消"):
        stage_evidence(ledger.path, big, lambda done, total: False)
    assert files_in(ledger) == []


def test_content_already_stored_is_not_copied_again(ledger: Store, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF scan" * 100)
    with ledger.transaction():
        record_evidence(ledger, MEASURE, stage_evidence(ledger.path, scan))
    staged = stage_evidence(ledger.path, scan)
    assert staged.temp is None  # the stored copy is intact: nothing to rename
    with ledger.transaction():
        record_evidence(ledger, SECOND, staged)
    assert len(files_in(ledger)) == 1
