"""``verify``: the whole check of a database (its audit chain, every row against its audit, the
evidence files), and of a backup before it is restored. No Qt.

Above the Store and the evidence store, which it reads; :mod:`hdrectify.store.audit` has the
chain's own checks, and :mod:`hdrectify.store.restore` restores only what verifies here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.store.audit import Report, check_chain, check_rows
from hdrectify.store.backup import open_backup
from hdrectify.store.base import Store
from hdrectify.store.evidence import evidence_file, evidence_problem
from hdrectify.store.schema import DATA_TABLES, FILE_TABLES

# what a stored file that is not a measure's evidence belongs to, said before its problem
_FILE_KINDS = {
    "checklist_scans": "audit.scan_finding",
    "contact_photos": "audit.photo_finding",
    "report_files": "audit.report_file_finding",
    "close_request_files": "audit.request_file_finding",
}
log = logging.getLogger(__name__)


def verify(store: Store, *, evidence: bool = True) -> Report:
    """Check the chain, that every data table matches its latest audited state, and the evidence files
    (those of ``store.path``: a backup checked before a restore is given the live database's path)."""
    conn = store.conn
    report = Report()
    if "hash" in {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}:
        report.entries, report.chain_break = check_chain(conn)
    else:  # a backup from before the chain (schema 2 or older): its upgrade chains the entries it has
        report.entries = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in (t for t in DATA_TABLES if t in tables):
        count, problems = check_rows(conn, table)
        report.rows += count
        report.row_problems += problems
    if evidence:
        check_evidence(store, report)
    return report


def check_evidence(store: Store, report: Report) -> None:
    """Sort each live stored copy (a measure's evidence, a signed checklist page, a record's photo) into
    missing or altered (its content no longer its hash)."""
    tables = {r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in (t for t in FILE_TABLES if t in tables):  # a backup of an older schema lacks the newer ones
        for row in store.rows(f"SELECT * FROM [{table}] WHERE deleted_at IS NULL ORDER BY created_at, id"):
            try:
                present = evidence_file(store, row).is_file()
                problem = evidence_problem(store, row)
            except InputError as e:  # the row's hash is not a hash at all: what it names cannot be checked
                report.evidence_altered.append(
                    _finding(table, InputError("audit.evidence_unchecked", None, name=row["file_name"], problem=e))
                )
                continue
            except OSError as e:  # what the system said goes to the log; the finding names the file
                log.warning("verify: cannot read the stored copy of %r (%s): %s", row["file_name"], table, e)
                report.evidence_missing.append(
                    _finding(table, InputError("audit.evidence_unreadable", None, name=row["file_name"]))
                )
                continue
            if problem is not None:
                (report.evidence_altered if present else report.evidence_missing).append(_finding(table, problem))


def _finding(table: str, problem: InputError) -> InputError:
    """A problem of a stored file, said with what the file belongs to (a measure's evidence: as it is)."""
    kind = _FILE_KINDS.get(table)
    return problem if kind is None else InputError(kind, None, problem=problem)


def check_backup(source: Path, db_path: Path) -> Report:
    """``verify`` a backup without changing it: its audit chain, its rows against their audit, and
    its evidence rows against the files beside ``db_path`` (backups hold the database only, so the
    evidence a restored database will use is the live one's)."""
    conn = open_backup(Path(source))
    try:
        return verify(Store(conn, Path(db_path)))
    finally:
        conn.close()
