"""The office reads a quarterly report or an annual review: 已阅 (accepted) or 退回 (returned, with a comment).

Each mark is a row of ``report_feedback`` (migration 0015) that keeps the text it judged (``seen_note``,
``seen_on``). A report's state is its latest mark's, as long as the report still says what that mark read;
once the member resubmits (:func:`resubmit`: a new text for the returned report) it is pending again, and
the earlier text and the comment stay as its history. SPEC's cadence statuses do not look here: a report
submitted by its deadline is done, whether read or returned. Only the office gives feedback; the rows
travel to the laptops in the office's bundles and never back (``exchange/rules.feedback_from_member``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.text import clean_note
from hdrectify.store.base import Row, Store, now_stamp
from hdrectify.store.numbering import OFFICE, role
from hdrectify.store.people import pairing_of, pairings_between
from hdrectify.store.roles import require_own_pairing

Table = Literal["reports", "reviews"]
ACCEPTED, RETURNED, PENDING = "accepted", "returned", "pending"
_COLUMN = {"reports": "report_id", "reviews": "review_id"}


@dataclass(frozen=True)
class FeedbackEntry:
    """One mark of the office, and the text it read."""

    verdict: str  # accepted | returned
    comment: str
    seen_note: str
    seen_on: str
    given_at: str
    author: str


@dataclass(frozen=True)
class Submission:
    """A report or review with the office's marks on it, oldest first."""

    table: Table
    id: str
    member: str
    centre: str
    period: Period
    submitted_on: str
    note: str
    updated_at: str
    history: list[FeedbackEntry] = field(default_factory=list)

    @property
    def state(self) -> str:
        """accepted or returned when the latest mark read the text as it is now; else pending."""
        if not self.history:
            return PENDING
        last = self.history[-1]
        if last.seen_note != self.note or last.seen_on != self.submitted_on:
            return PENDING  # resubmitted since
        return last.verdict

    @property
    def last_comment(self) -> str:
        return self.history[-1].comment if self.history else ""


def find_submission(store: Store, member: Row, centre: Row, period: Period) -> tuple[Table, Row]:
    """The live report (a quarter) or review (a year) of ``member`` and ``centre`` for ``period``."""
    table: Table = "reports" if period.kind is Kind.QUARTER else "reviews"
    column, value = ("quarter", str(period)) if table == "reports" else ("year", period.year)
    ids = [p["id"] for p in pairings_between(store, member, centre) if pairing_of(p).owes(period)]
    found = (
        store.rows(
            f"SELECT * FROM {table} WHERE {column} = ? AND deleted_at IS NULL"
            f" AND pairing_id IN ({', '.join('?' for _ in ids)}) ORDER BY submitted_on LIMIT 1",
            [value, *ids],
        )
        if ids
        else []
    )
    if not found:
        raise InputError(
            "feedback.no_submission", "period", member=member["name"], centre=centre["name"], period=period
        )
    return table, found[0]


def give_feedback(store: Store, table: Table, row_id: str, *, accept: bool, comment: str = "") -> Row:
    """Mark a report or review 已阅 (``accept``) or 退回 with ``comment``; the office only."""
    if role(store) != OFFICE:
        raise InputError("ledger.office_only", None, what="审阅汇报和考评")
    row = store.get(table, row_id)
    if row is None or row["deleted_at"] is not None:
        raise InputError("feedback.submission_gone")
    comment = clean_note(comment, "退回意见", field="comment")
    if not accept and not comment:
        raise InputError("feedback.return_needs_comment", "comment")
    return store.insert(
        "report_feedback",
        {
            _COLUMN[table]: row_id,
            "verdict": ACCEPTED if accept else RETURNED,
            "comment": comment,
            "seen_note": row["note"],
            "seen_on": row["submitted_on"],
            "given_at": now_stamp(),
            "author": store.actor,
        },
    )


def resubmit(store: Store, table: Table, row_id: str, note: str) -> Row:
    """The member's new text for a returned report or review; the earlier text stays in its marks."""
    found = submission(store, table, row_id)
    if found is None:
        raise InputError("feedback.submission_gone")
    if found.state != RETURNED:
        raise InputError("feedback.not_returned", None, period=found.period)
    require_own_pairing(store, str(store.scalar(f"SELECT pairing_id FROM {table} WHERE id = ?", [row_id])))
    what = "汇报内容" if table == "reports" else "考评意见"
    note = clean_note(note, what, field="note")
    if not note or note == found.note:
        raise InputError("feedback.resubmit_unchanged", "note")
    return store.update(table, row_id, {"note": note}, "重新提交（退回后修改）")


_NAMED = (
    "SELECT s.*, m.name AS member, c.name AS centre FROM {table} s JOIN pairings p ON p.id = s.pairing_id"
    " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id WHERE s.deleted_at IS NULL"
)


def _submissions(store: Store, table: Table, where: str, params: list[object]) -> list[Submission]:
    rows = store.rows(_NAMED.format(table=table) + where, params)
    marks: dict[str, list[FeedbackEntry]] = {}
    column = _COLUMN[table]
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        for f in store.rows(
            f"SELECT * FROM report_feedback WHERE {column} IN ({', '.join('?' for _ in batch)})"
            " AND deleted_at IS NULL ORDER BY given_at, rowid",
            batch,
        ):
            marks.setdefault(f[column], []).append(
                FeedbackEntry(f["verdict"], f["comment"], f["seen_note"], f["seen_on"], f["given_at"], f["author"])
            )
    kind = Kind.QUARTER if table == "reports" else Kind.YEAR
    return [
        Submission(
            table,
            r["id"],
            r["member"],
            r["centre"],
            Period.parse(str(r["quarter"] if table == "reports" else r["year"]), kind),
            r["submitted_on"],
            r["note"],
            r["updated_at"],
            marks.get(r["id"], []),
        )
        for r in rows
    ]


def submission(store: Store, table: Table, row_id: str) -> Submission | None:
    """A report or review with its marks (None if it is gone)."""
    found = _submissions(store, table, " AND s.id = ?", [row_id])
    return found[0] if found else None


def returned(store: Store, member_id: str | None = None) -> list[Submission]:
    """The reports and reviews whose latest mark is 退回 and not resubmitted yet (the dashboard's list)."""
    where = " AND EXISTS (SELECT 1 FROM report_feedback f WHERE f.{column} = s.id AND f.deleted_at IS NULL)"
    params: list[object] = []
    if member_id is not None:
        where += " AND p.member_id = ?"
        params.append(member_id)
    out: list[Submission] = []
    for table in ("reports", "reviews"):
        out += [
            s for s in _submissions(store, table, where.format(column=_COLUMN[table]), params) if s.state == RETURNED
        ]
    return sorted(out, key=lambda s: (s.period.first_day, zh_key(s.member), zh_key(s.centre)))
