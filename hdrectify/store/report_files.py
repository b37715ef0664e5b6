"""The file a quarterly report was submitted as (the member's edited draft), kept as evidence.

Staged outside the transaction (``store.evidence.stage_evidence``: checked, copied, synced, hashed),
then renamed into place and recorded here, in the caller's one write, beside the report row.
"""

from __future__ import annotations

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row, Store
from hdrectify.store.evidence import StagedFile


def record_report_file(store: Store, report_id: str, staged: StagedFile) -> Row | None:
    """Attach a staged file to a report; None (and nothing written) if the report has that content already."""
    try:
        report = store.get("reports", report_id)
        if report is None or report["deleted_at"] is not None:
            raise InputError("reports.gone")
        if store.scalar(
            "SELECT 1 FROM report_files WHERE report_id = ? AND sha256 = ? AND deleted_at IS NULL",
            [report_id, staged.sha256],
        ):
            return None
        staged.place_or_refuse()
        return store.insert(
            "report_files",
            {
                "report_id": report_id,
                "file_name": staged.file_name,
                "sha256": staged.sha256,
                "size": staged.size,
                "author": store.actor,
            },
        )
    finally:
        staged.discard()


def report_files(store: Store, report_id: str) -> list[Row]:
    """The report's files that have not been removed, oldest first."""
    return store.rows(
        "SELECT * FROM report_files WHERE report_id = ? AND deleted_at IS NULL ORDER BY created_at, id", [report_id]
    )
