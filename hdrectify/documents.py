"""Making a document from the database: the one place the CLI and the window both call. No Qt.

Each ``make_*`` first checks where it is asked to write (hdrectify.outputs.check_output:
never the database, its companions, its evidence or backups; an existing file only with
``force``), gathers its data through the store, picks the writer by the file's suffix, and
returns how many pages (or files, or rows) it wrote. Bad input — a refused path, an
unknown suffix, a span with nothing to print, an unwritable path — is an InputError.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Period
from hdrectify.outputs import check_output
from hdrectify.paths import evidence_dir
from hdrectify.store.base import Row, Store

CHECKLIST_SUFFIXES = (".pdf",)
SUMMARY_SUFFIXES = (".pdf", ".xlsx")
LEDGER_SUFFIXES = (".pdf", ".xlsx", ".docx")


def _suffix(path: Path, allowed: tuple[str, ...], refusal: InputError) -> str:
    """The file's suffix, if it is one of ``allowed``; else ``refusal`` (the document's own code)."""
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise refusal
    return suffix


def make_checklist(
    store: Store,
    month: Period,
    path: Path,
    member_id: str | None = None,
    today: dt.date | None = None,
    *,
    force: bool = False,
) -> int:
    """The monthly checklist of one member's pairings (or every pairing) as a PDF; returns pages."""
    from hdrectify.printing.checklist import write_checklist
    from hdrectify.store.checklist import checklist_data

    path = check_output(path, store.path, force)
    _suffix(path, CHECKLIST_SUFFIXES, InputError("output.checklist_suffix", "path"))
    data = checklist_data(store, month, member_id, today)
    return write_checklist(data, path, str(store.setting("federation_name")), today)


def make_review_sheet(
    store: Store,
    member: Row,
    centre: Row,
    year: Period,
    path: Path,
    today: dt.date | None = None,
    *,
    force: bool = False,
) -> int:
    """The annual review sheet (考评表) of the pairing of ``member`` and ``centre`` owing ``year``, as a PDF."""
    from hdrectify.printing.review_sheet import write_review_sheet
    from hdrectify.store.rubric import review_sheet

    path = check_output(path, store.path, force)
    _suffix(path, CHECKLIST_SUFFIXES, InputError("output.review_sheet_suffix", "path"))
    data = review_sheet(store, member, centre, year)
    return write_review_sheet(data, path, str(store.setting("federation_name")), today)


def make_summary(
    store: Store, quarter: Period, path: Path, today: dt.date | None = None, *, force: bool = False
) -> int:
    """The quarterly summary (or, given a year, the annual one) as PDF (pages) or XLSX (rows)."""
    from hdrectify.store.summary import summary_data

    path = check_output(path, store.path, force)
    suffix = _suffix(path, SUMMARY_SUFFIXES, InputError("output.summary_suffix", "path"))
    data = summary_data(store, quarter, today)
    if suffix == ".xlsx":
        from hdrectify.printing.summary_xlsx import write_summary_xlsx

        return write_summary_xlsx(data, path, str(store.setting("federation_name")), today)
    from hdrectify.printing.summary_pdf import write_summary_pdf

    return write_summary_pdf(data, path, str(store.setting("federation_name")), today)


def make_ledger(store: Store, path: Path, today: dt.date | None = None, *, force: bool = False) -> int:
    """The rectification ledger as PDF (pages), XLSX (rows) or a DOCX report draft (1)."""
    from hdrectify.store.ledger_report import ledger_report

    path = check_output(path, store.path, force)
    suffix = _suffix(path, LEDGER_SUFFIXES, InputError("output.ledger_suffix", "path"))
    report = ledger_report(store)
    if suffix == ".xlsx":
        from hdrectify.printing.ledger_xlsx import write_ledger_xlsx

        return write_ledger_xlsx(report, path, today)
    if suffix == ".docx":
        from hdrectify.printing.ledger_docx import write_ledger_docx

        write_ledger_docx(report, path, today)
        return 1
    from hdrectify.printing.ledger_pdf import write_ledger_pdf

    return write_ledger_pdf(report, path, str(store.setting("federation_name")), today)


def make_evidence_zip(store: Store, path: Path, *, force: bool = False) -> int:
    """Every evidence file, organised by problem number, in one ZIP; returns the files written."""
    from hdrectify.printing.evidence_zip import write_evidence_zip
    from hdrectify.store.ledger_report import ledger_report
    from hdrectify.store.scans import scan_files, signed_months

    path = check_output(path, store.path, force)
    _suffix(path, (".zip",), InputError("output.evidence_zip_suffix", "path"))
    this_month = dt.date.today().isoformat()[:7]
    return write_evidence_zip(
        ledger_report(store), evidence_dir(store.path), path, scan_files(store), signed_months(store, this_month)
    )


def make_report_draft(
    store: Store,
    member: Row,
    centre: Row,
    quarter: Period,
    path: Path,
    as_of: dt.date | None = None,
    *,
    force: bool = False,
) -> int:
    """The member's quarterly report on the centre as a Word draft to edit (1 file)."""
    from hdrectify.printing.report_draft_docx import write_report_draft
    from hdrectify.store.report_draft import report_draft

    path = check_output(path, store.path, force)
    _suffix(path, (".docx",), InputError("output.draft_suffix", "path"))
    write_report_draft(report_draft(store, member, centre, quarter, as_of), path)
    return 1


def make_notice(
    store: Store,
    path: Path,
    as_of: dt.date,
    *,
    unit: str | None = None,
    member: Row | None = None,
    force: bool = False,
    today: dt.date | None = None,
) -> tuple[int, int]:
    """The 督办提醒单 of one responsible unit, one member, or (neither) every one with something to
    chase, as a PDF: (notices, pages). Nothing to chase is refused before any file is written."""
    from hdrectify.printing.notice_pdf import write_notice_pdf
    from hdrectify.store.notice import all_notices, member_notice, unit_notice

    path = check_output(path, store.path, force)
    _suffix(path, CHECKLIST_SUFFIXES, InputError("notice.suffix", "path"))
    if unit is not None:
        notices = [unit_notice(store, unit, as_of)]
    elif member is not None:
        notices = [member_notice(store, member, as_of)]
    else:
        notices = all_notices(store, as_of)
    return len(notices), write_notice_pdf(notices, path, str(store.setting("federation_name")), today or as_of)
