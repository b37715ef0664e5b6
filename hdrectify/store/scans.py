"""Signed checklist pages scanned back, filed for their pairing and month (table ``checklist_scans``).

The page's file is kept with the evidence, by content hash (:mod:`hdrectify.store.evidence`): it is
staged outside the write transaction, and :func:`file_scan` only renames it into place and writes
the row. A page is filed with that month's visit record (the earliest live on-site contact of the
pairing in the month) when there is one; otherwise it waits as "scan received" until a visit is
recorded from it (:func:`visit_from_scan`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.scans import ChecklistCode, ScanFile, ScanResult, SignedMonth
from hdrectify.store.base import Row, Store
from hdrectify.store.evidence import StagedFile


@dataclass(frozen=True)
class Filed:
    """What :func:`file_scan` did with one page: the outcome, the pairing's names, the row if one was written."""

    result: ScanResult
    member: str | None = None
    centre: str | None = None
    row: Row | None = None


def _canonical_pairing(store: Store, pairing_id: str) -> Row | None:
    """The pairing a code names, also when it was printed on another computer under another id."""
    found = store.get("pairings", pairing_id)
    if found is not None:
        return found
    canonical = store.scalar(
        "SELECT canonical_id FROM sync_aliases WHERE table_name = 'pairings' AND alias_id = ?", [pairing_id]
    )
    return None if canonical is None else store.get("pairings", canonical)


def visit_of_month(store: Store, pairing_id: str, month: str) -> str | None:
    """The id of the pairing's visit record of the month: its earliest live on-site contact."""
    found = store.scalar(
        "SELECT id FROM contacts WHERE pairing_id = ? AND substr(date, 1, 7) = ? AND method = 'onsite'"
        " AND deleted_at IS NULL ORDER BY date, recorded_at LIMIT 1",
        [pairing_id, month],
    )
    return None if found is None else str(found)


def file_scan(store: Store, code: ChecklistCode, staged: StagedFile, source_file: str, page: int) -> Filed:
    """File one decoded page (inside the caller's transaction); the staged copy is discarded if not filed."""
    try:
        pairing = _canonical_pairing(store, code.pairing_id)
        if pairing is None:
            return Filed(ScanResult.UNKNOWN_PAIRING)
        names = store.rows(
            "SELECT m.name AS member, c.name AS centre FROM members m, centres c WHERE m.id = ? AND c.id = ?",
            [pairing["member_id"], pairing["centre_id"]],
        )[0]
        member, centre = str(names["member"]), str(names["centre"])
        last = Period.parse(code.month, Kind.MONTH).last_day
        end = pairing["end_on"]
        if pairing["start_on"] > last.isoformat() or (end is not None and end < last.isoformat()):
            return Filed(ScanResult.NOT_OWED, member, centre)
        if store.scalar(
            "SELECT 1 FROM checklist_scans WHERE pairing_id = ? AND month = ? AND sha256 = ? AND deleted_at IS NULL",
            [pairing["id"], code.month, staged.sha256],
        ):
            return Filed(ScanResult.DUPLICATE, member, centre)
        contact_id = visit_of_month(store, str(pairing["id"]), code.month)
        staged.place_or_refuse()  # the system's refusal in the catalogue's words, its English to the log
        row = store.insert(
            "checklist_scans",
            {
                "pairing_id": pairing["id"],
                "month": code.month,
                "contact_id": contact_id,
                "file_name": staged.file_name,
                "sha256": staged.sha256,
                "size": staged.size,
                "source_file": source_file,
                "source_page": page,
                "author": store.actor,
            },
        )
        result = ScanResult.PENDING if contact_id is None else ScanResult.ATTACHED
        return Filed(result, member, centre, row)
    finally:
        staged.discard()


def scans_of_month(store: Store, pairing_id: str, month: str) -> list[Row]:
    """The live signed checklist pages of a pairing's month, in the order they were filed."""
    return store.rows(
        "SELECT * FROM checklist_scans WHERE pairing_id = ? AND month = ? AND deleted_at IS NULL"
        " ORDER BY created_at, source_file, source_page",
        [pairing_id, month],
    )


def months_on_file(store: Store, first_month: str, last_month: str) -> dict[tuple[str, str], tuple[int, int]]:
    """Signed checklist pages on file per (pairing id, month) in the span: (pages, of which pending)."""
    found = store.execute(
        "SELECT pairing_id, month, count(*), count(*) - count(contact_id) FROM checklist_scans"
        " WHERE month BETWEEN ? AND ? AND deleted_at IS NULL GROUP BY pairing_id, month",
        [first_month, last_month],
    ).fetchall()
    return {(str(p), str(m)): (int(n), int(w)) for p, m, n, w in found}


def signed_months(store: Store, last_month: str) -> list[SignedMonth]:
    """Every pairing's owed months up to ``last_month`` (active on the month's last day), with its scans on file;
    not a month whose visit was exempt (免) and not made, for which no signed checklist is expected (as the
    summaries count them).

    For the evidence ZIP: by town, centre, member (pinyin), then month.
    """
    from hdrectify.domain.cadence import Method, Obligation
    from hdrectify.domain.collation import zh_key
    from hdrectify.store.cadence import load_exemptions

    pairings = store.rows(
        "SELECT p.id, p.start_on, p.end_on, m.name AS member, c.name AS centre, c.town FROM pairings p"
        " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id"
    )
    on_file = months_on_file(store, "0000-01", last_month)
    found: list[SignedMonth] = []
    end_of_span = Period.parse(last_month, Kind.MONTH)
    exempt = [e for e in load_exemptions(store, dt.date.min, end_of_span.last_day) if e.obligation is Obligation.VISIT]
    visited = {
        (str(pid), str(month))
        for pid, month in store.execute(
            "SELECT DISTINCT pairing_id, substr(date, 1, 7) FROM contacts WHERE deleted_at IS NULL AND method = ?",
            [Method.ONSITE.value],
        )
    }
    for p in sorted(pairings, key=lambda r: (zh_key(r["town"]), zh_key(r["centre"]), zh_key(r["member"]))):
        month = Period.month_of(dt.date.fromisoformat(p["start_on"]))
        while month.first_day <= end_of_span.first_day:
            last = month.last_day.isoformat()
            excused = (str(p["id"]), str(month)) not in visited and any(
                e.pairing_id in (None, p["id"]) and e.covers(month) for e in exempt
            )
            if p["start_on"] <= last and (p["end_on"] is None or p["end_on"] >= last) and not excused:
                pages, pending = on_file.get((str(p["id"]), str(month)), (0, 0))
                found.append(SignedMonth(p["member"], p["centre"], p["town"], str(month), pages, pending))
            month = month.next()
    return found


def pending_scans(store: Store) -> list[Row]:
    """Scans received for which no visit record exists yet, by month."""
    return store.rows(
        "SELECT s.*, m.name AS member, c.name AS centre FROM checklist_scans s"
        " JOIN pairings p ON p.id = s.pairing_id JOIN members m ON m.id = p.member_id"
        " JOIN centres c ON c.id = p.centre_id"
        " WHERE s.contact_id IS NULL AND s.deleted_at IS NULL ORDER BY s.month, m.name, c.name"
    )


def list_scans(store: Store, *, pending_only: bool = False) -> list[Row]:
    """The live signed checklist pages with their pairing's names and their visit's date (None: pending),
    by month, member and centre (pinyin), then file and page."""
    from hdrectify.domain.collation import zh_key

    rows = store.rows(
        "SELECT s.*, m.name AS member, c.name AS centre, v.date AS visit_date FROM checklist_scans s"
        " JOIN pairings p ON p.id = s.pairing_id JOIN members m ON m.id = p.member_id"
        " JOIN centres c ON c.id = p.centre_id LEFT JOIN contacts v ON v.id = s.contact_id"
        " WHERE s.deleted_at IS NULL" + (" AND s.contact_id IS NULL" if pending_only else "")
    )
    rows.sort(
        key=lambda r: (r["month"], zh_key(r["member"]), zh_key(r["centre"]), r["source_file"], r["source_page"] or 0)
    )
    return rows


def find_scan(store: Store, ref: str) -> Row:
    """The live scan whose id is ``ref`` or starts with it (the listing shows the first 8 characters)."""
    ref = ref.strip()
    if len(ref) < 4 or not ref.replace("-", "").isalnum():
        raise InputError("scans.unknown_ref", None, ref=ref[:40])
    found = store.rows(
        "SELECT * FROM checklist_scans WHERE deleted_at IS NULL AND (id = ? OR substr(id, 1, ?) = ?) LIMIT 2",
        [ref, len(ref), ref],
    )
    if not found:
        raise InputError("scans.unknown_ref", None, ref=ref)
    if len(found) > 1:
        raise InputError("scans.ambiguous_ref", None, ref=ref)
    return found[0]


def visit_from_scan(store: Store, scan_id: str, day: dt.date, note: str = "") -> Row:
    """Record the visit a pending scan shows (an on-site contact on ``day``) and file the month's scans with it."""
    from hdrectify.store.records import log_contact

    scan = store.get("checklist_scans", scan_id)
    if scan is None or scan["deleted_at"] is not None:
        raise InputError("scans.not_found")
    if scan["contact_id"] is not None:
        raise InputError("scans.already_visit")
    if day.isoformat()[:7] != scan["month"]:
        raise InputError("scans.visit_outside_month", "date", date=day.isoformat(), month=scan["month"])
    pairing = store.get("pairings", scan["pairing_id"])
    assert pairing is not None  # a foreign key
    member = store.get("members", pairing["member_id"])
    centre = store.get("centres", pairing["centre_id"])
    assert member is not None and centre is not None
    contact = log_contact(store, member, centre, day, "onsite", note)
    for pending in store.rows(
        "SELECT id FROM checklist_scans WHERE pairing_id = ? AND month = ? AND contact_id IS NULL"
        " AND deleted_at IS NULL",
        [scan["pairing_id"], scan["month"]],
    ):
        store.update("checklist_scans", str(pending["id"]), {"contact_id": contact["id"]}, "据签字清单登记到岗")
    return contact


def scan_files(store: Store) -> list[ScanFile]:
    """Every live signed checklist page on file, by pairing (town, centre, member) and month."""
    from hdrectify.domain.collation import zh_key

    rows = store.rows(
        "SELECT m.name AS member, c.name AS centre, c.town, s.month, s.file_name, s.sha256, s.size, s.created_at"
        " FROM checklist_scans s JOIN pairings p ON p.id = s.pairing_id JOIN members m ON m.id = p.member_id"
        " JOIN centres c ON c.id = p.centre_id WHERE s.deleted_at IS NULL ORDER BY s.month, s.created_at"
    )
    found = [
        ScanFile(
            r["member"], r["centre"], r["town"], r["month"], r["file_name"], r["sha256"], r["size"], r["created_at"]
        )
        for r in rows
    ]
    found.sort(key=lambda f: (zh_key(f.town), zh_key(f.centre), zh_key(f.member), f.month))
    return found


def filed_page(store: Store, source_file: str, page: int | None) -> Row | None:
    """The latest live scan filed from this file's page (the window's result list opens it)."""
    found = store.rows(
        "SELECT * FROM checklist_scans WHERE source_file = ? AND source_page IS ? AND deleted_at IS NULL"
        " ORDER BY created_at DESC LIMIT 1",
        [source_file, page],
    )
    return found[0] if found else None
