"""Evidence files (佐证材料) of ledger measures, kept beside the database by content hash.

A file is copied to ``<db>-evidence/<sha[:2]>/<sha256>``: the same content is stored
once however often it is attached, and a stored file is never changed in place (its
name is its hash, so a changed file would no longer match). The copy goes to a temporary
name in the same folder, is hashed again from disk, and only then renamed into place,
so a crash or a full disk never leaves a half-written file under a real name.

The copying and hashing (:func:`stage_evidence`) take no lock: the window does them off the UI
thread, and the write transaction only renames the file into place and writes the ``evidence``
row (:func:`record_evidence`), so other writers never wait for a big file. If the transaction
then fails, the file stays behind unreferenced: harmless, and the next attach of the same file
finds it already there.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from hdrectify.domain.errors import InputError
from hdrectify.domain.text import clean_file_name, clean_note
from hdrectify.outputs import refusal
from hdrectify.paths import evidence_dir
from hdrectify.store import faults
from hdrectify.store.acceptance import check_unlocked
from hdrectify.store.base import Row, Store
from hdrectify.store.soft_delete import live_rows, remove_with_reason

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
# The largest file one piece of evidence may be: a bundle refuses bigger ones (exchange/bundle.py
# reads this same limit), so attaching one here would only fail later, at the office.
MAX_EVIDENCE_BYTES = 256 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")
Progress = Callable[[int, int], object]  # (bytes copied, of how many); False stops the copy


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def stored_path(store: Store, sha256: str) -> Path:
    """Where the content with this hash lives; refuses anything that is not a hash (bundles are untrusted)."""
    if not _SHA256.fullmatch(sha256):
        raise InputError("evidence.bad_hash", None, value=repr(sha256))
    return evidence_dir(store.path) / sha256[:2] / sha256


def evidence_file(store: Store, row: Row) -> Path:
    """The stored copy of one evidence row (it may be missing if the folder was not copied along)."""
    return stored_path(store, str(row["sha256"]))


def store_file(store: Store, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the evidence folder under its hash; returns (sha256, size).

    Content already stored is not copied again (after checking the stored copy is intact).
    """
    with open(source, "rb") as src:
        return store_stream(store, src, source.name)


def store_stream(store: Store, src: BinaryIO, label: str) -> tuple[str, int]:
    """:func:`store_file` from an open binary stream (``label`` names it in messages)."""
    staged = stage_stream(store.path, src, label, label)
    staged.place()
    return staged.sha256, staged.size


@dataclass
class StagedFile:
    """A file copied beside the evidence under a temporary name, synced and hashed: ready to record.

    :meth:`place` renames it into place; :meth:`discard` removes it (a refused or cancelled attach).
    """

    temp: Path | None  # None when the same content is already stored intact
    target: Path
    sha256: str
    size: int
    file_name: str

    def place(self) -> None:
        if self.temp is None:
            return
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if self.target.exists():  # a damaged copy: replace it (Windows will not replace a read-only file)
            self.target.chmod(stat.S_IRUSR | stat.S_IWUSR)
        os.replace(self.temp, self.target)
        self.temp = None
        # Read-only, so that opening it in an editor cannot change evidence in place.
        self.target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)

    def place_or_refuse(self) -> None:
        """:meth:`place`, with the system's refusal said as the user's error (disk full, cannot store)."""
        try:
            self.place()
        except OSError as e:
            log.warning("cannot store the file %s: %s", self.file_name, e)
            if faults.classify(e) == faults.FULL:
                raise InputError("evidence.disk_full", "file", name=self.file_name) from None
            raise InputError("evidence.cannot_store", "file", name=self.file_name) from None

    def discard(self) -> None:
        if self.temp is not None:
            with contextlib.suppress(FileNotFoundError):
                self.temp.unlink()
            self.temp = None


def stage_stream(
    db_path: Path, src: BinaryIO, label: str, file_name: str, progress: Progress | None = None, total: int = 0
) -> StagedFile:
    """Copy ``src`` to a temporary name in the evidence folder, fsync it and hash it again from disk.

    No database is touched: this is the slow part of attaching, done before the write transaction.
    ``progress(done, total)`` is told each megabyte; if it returns False the copy stops (InputError).
    """
    folder = evidence_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as dst:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
                if progress is not None and progress(size, max(total, size)) is False:
                    raise InputError("evidence.cancelled", None, name=label)
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        # Read back what reached the disk: a copy that differs from what was read is refused.
        if file_sha256(tmp) != sha:
            raise InputError("evidence.copy_differs", None, name=label)
        target = evidence_dir(db_path) / sha[:2] / sha
        if target.exists() and file_sha256(target) == sha:
            tmp.unlink()
            return StagedFile(None, target, sha, size, file_name)
        return StagedFile(tmp, target, sha, size, file_name)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


# The database, its companions and its backups hold every record and this computer's private keys:
# as evidence they would travel in every bundle and evidence zip.
_APP_FILES = frozenset({"output.is_database", "output.is_companion", "output.in_backups"})


def stage_evidence(db_path: Path, file_path: str | os.PathLike[str], progress: Progress | None = None) -> StagedFile:
    """Check a file chosen as evidence and copy it beside the database (:func:`stage_stream`).

    Runs outside any transaction (in the window, off the UI thread); :func:`record_evidence` then
    writes it in one short transaction.
    """
    source = Path(file_path)
    if not source.exists():
        raise InputError("evidence.no_such_file", "file", path=str(source))
    if not source.is_file():
        raise InputError("evidence.not_a_file", "file", name=source.name)
    kept = refusal(source, db_path)
    if kept is not None and kept.code in _APP_FILES:
        raise InputError("evidence.app_file", "file", name=source.name)
    file_name = clean_file_name(source.name)
    try:
        total = source.stat().st_size
        if total == 0:
            raise InputError("evidence.empty_file", "file", name=file_name)
        check_evidence_size(source)
        with open(source, "rb") as src:
            return stage_stream(db_path, src, file_name, file_name, progress, total)
    except PermissionError:
        raise InputError("evidence.no_permission", "file", name=file_name) from None
    except OSError as e:
        log.warning("cannot store the evidence file %s: %s", source, e)
        if faults.classify(e) == faults.FULL:
            raise InputError("evidence.disk_full", "file", name=file_name) from None
        raise InputError("evidence.cannot_store", "file", name=file_name) from None


def record_evidence(store: Store, measure_id: str, staged: StagedFile, note: str = "") -> Row:
    """Attach a staged file to a measure: rename it into place and write the ``evidence`` row.

    Quick (no copying, no hashing), so it belongs inside the write transaction. If it is refused,
    the temporary copy is removed; if the transaction rolls back later, the placed file stays
    unreferenced (harmless: the next attach of the same content finds it there).
    """
    try:
        measure = store.get("ledger_measures", measure_id)
        if measure is None:
            raise InputError("ledger.measure_gone")
        check_unlocked(measure, "file")
        note = clean_note(note, "说明")
        duplicate = store.scalar(
            "SELECT file_name FROM evidence WHERE measure_id = ? AND sha256 = ? AND deleted_at IS NULL",
            [measure_id, staged.sha256],
        )
        if duplicate is not None:
            raise InputError("evidence.duplicate", "file", name=staged.file_name, other=duplicate)
        staged.place_or_refuse()
        return store.insert(
            "evidence",
            {
                "measure_id": measure_id,
                "file_name": staged.file_name,
                "sha256": staged.sha256,
                "size": staged.size,
                "note": note,
                "author": store.actor,
            },
        )
    finally:
        staged.discard()


def add_evidence(store: Store, measure_id: str, file_path: str | os.PathLike[str], note: str = "") -> Row:
    """Attach a file to a measure: store it by content hash and write the ``evidence`` row.

    For the command line, where nothing else waits; the window stages the file first, outside the
    transaction (:func:`stage_evidence`, then :func:`record_evidence`).
    """
    if store.get("ledger_measures", measure_id) is None:
        raise InputError("ledger.measure_gone")
    clean_note(note, "说明")
    return record_evidence(store, measure_id, stage_evidence(store.path, file_path), note)


def check_evidence_size(source: Path) -> None:
    """Refuse a file larger than a bundle can carry (:data:`MAX_EVIDENCE_BYTES`)."""
    if source.stat().st_size > MAX_EVIDENCE_BYTES:
        limit = MAX_EVIDENCE_BYTES >> 20
        raise InputError("evidence.too_big", "file", name=source.name, limit=limit)


def list_evidence(store: Store, measure_id: str) -> list[Row]:
    """The measure's evidence that has not been removed, oldest first."""
    return live_rows(store, "evidence", "measure_id", measure_id, "created_at, file_name")


def remove_evidence(store: Store, evidence_id: str, reason: str) -> Row:
    """Remove evidence from its measure (soft delete, with why); the stored file is kept for the record."""

    def not_of_a_closed_measure(row: Row) -> None:
        measure = store.get("ledger_measures", row["measure_id"])
        if measure is not None:  # 销号 rests on its evidence: a closed measure's stay until it is reopened
            check_unlocked(measure)

    return remove_with_reason(
        store,
        "evidence",
        evidence_id,
        reason,
        gone="evidence.gone",
        needs_reason="evidence.remove_needs_reason",
        check=not_of_a_closed_measure,
    )


def verify_evidence(store: Store, row: Row) -> str | None:
    """None if the stored copy is present and intact, else what is wrong (in Chinese)."""
    problem = evidence_problem(store, row)
    return None if problem is None else str(problem)


def evidence_problem(store: Store, row: Row) -> InputError | None:
    """None if the stored copy is present and intact, else what is wrong (as a refusal)."""
    path = evidence_file(store, row)
    if not path.is_file():
        return InputError("evidence.stored_copy_missing", None, name=row["file_name"], path=str(path))
    if file_sha256(path) != row["sha256"]:
        return InputError("evidence.stored_copy_altered", None, name=row["file_name"])
    return None


def copy_for_viewing(store: Store, row: Row, folder: Path) -> Path:
    """A read-only copy of the evidence under its original name, for the system viewer.

    The stored file has no extension (viewers need one), and the viewer must not edit
    the stored evidence itself.
    """
    problem = evidence_problem(store, row)
    if problem is not None:
        raise problem
    target_dir = folder / str(row["id"])[:8]
    target_dir.mkdir(parents=True, exist_ok=True)
    # a name from a bundle or an older version may still hold a bidi control: show the real extension
    try:
        name = clean_file_name(Path(str(row["file_name"])).name)
    except InputError:
        name = str(row["sha256"])
    target = target_dir / name
    if target.exists():
        if target.is_file() and file_sha256(target) == row["sha256"]:
            return target  # still there from last time (and perhaps still open in the viewer)
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
        target.unlink()
    shutil.copyfile(evidence_file(store, row), target)
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return target
