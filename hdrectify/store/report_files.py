"""The file a quarterly report was submitted as (the member's edited draft), kept as evidence.

Staged outside the transaction (``store.evidence.stage_evidence``: checked, copied, synced, hashed),
then renamed into place and recorded here, in the caller's one write, beside the report row.
A file attached by mistake is removed with a reason (:func:`remove_report_file`, a soft delete:
the row and the stored file stay for the record), by the office or on its own member's laptop.
"""

from __future__ import annotations

from hdrectify.domain.errors import InputError
from hdrectify.domain.text import name_key
from hdrectify.store.base import Row, Store
from hdrectify.store.evidence import StagedFile
from hdrectify.store.roles import own_pairing_refusal, require_own_pairing
from hdrectify.store.soft_delete import live_rows, remove_with_reason


def record_report_file(store: Store, report_id: str, staged: StagedFile) -> Row | None:
    """Attach a staged file to a report; None (and nothing written) if the report has that content already."""
    try:
        report = store.get("reports", report_id)
        if report is None or report["deleted_at"] is not None:
            raise InputError("reports.gone")
        require_own_pairing(store, report["pairing_id"])
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
    return live_rows(store, "report_files", "report_id", report_id, "created_at, id")


def find_report_file(store: Store, report_id: str, ref: str) -> Row:
    """The live file of the report named ``ref``: its file name, matched exactly as stored (so cleaned as
    it was: the name on the disk, with an invisible character, names it too), or its id."""
    name = name_key(ref)
    found = [r for r in report_files(store, report_id) if ref == r["id"] or name == r["file_name"]]
    if not found:
        removed = store.scalar(
            "SELECT 1 FROM report_files WHERE report_id = ? AND deleted_at IS NOT NULL AND (id = ? OR file_name = ?)",
            [report_id, ref, name],
        )
        raise InputError("report_files.removed_already" if removed else "report_files.no_such_file", "file", name=ref)
    if len(found) > 1:
        raise InputError("report_files.ambiguous_name", "file", name=ref, count=len(found))
    return found[0]


def removal_refusal(store: Store, report_id: str) -> InputError | None:
    """Why this computer may not remove the files of the report ``report_id``, or None if it may.

    The office may remove any; a member's laptop only those of its own member's reports (its 我是),
    as the office's import would refuse any other (exchange/roles.py: report_files are OWN rows).
    """
    pairing = store.scalar("SELECT pairing_id FROM reports WHERE id = ?", [report_id])
    return own_pairing_refusal(
        store, str(pairing), not_own="report_files.not_own", me_not_set="report_files.me_not_set"
    )


def remove_report_file(store: Store, file_id: str, reason: str) -> Row:
    """Take a file off its report (soft delete, with why); the stored file is kept for the record."""

    def may_remove(row: Row) -> None:
        refusal = removal_refusal(store, str(row["report_id"]))
        if refusal is not None:
            raise refusal

    return remove_with_reason(
        store,
        "report_files",
        file_id,
        reason,
        gone="report_files.gone",
        needs_reason="report_files.remove_needs_reason",
        check=may_remove,
    )
