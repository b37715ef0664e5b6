"""SPEC's pairing and centre rules, checked on the rows a merge touched, before it commits.

A merge writes every version first (foreign keys deferred), then asks here whether the
result still keeps the rules; any breach is named row by row and the whole merge is
rolled back. Only rows near what changed are read, so a merge that changes little is
checked quickly whatever the size of the database. Of the rows a merge inserts (most of a
big bundle) the merge notes, as it writes them, only what the checks ask (:class:`Inserted`):
neither held nor read back.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.wording import Phrase, pairing_named
from hdrectify.store.base import Row, Store
from hdrectify.store.people import pairing_of


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


log = logging.getLogger(__name__)

ROW = QT_TRANSLATE_NOOP("Labels", "{0} {1}：{2}")  # a row that breaks a rule: 挂钩 0190abcd：why

# what each table holds, as a refusal names it (the window translates it in the context Labels)
TABLE_LABELS = {
    "centres": QT_TRANSLATE_NOOP("Labels", "康园中心"),
    "members": QT_TRANSLATE_NOOP("Labels", "党员"),
    "pairings": QT_TRANSLATE_NOOP("Labels", "挂钩"),
    "contacts": QT_TRANSLATE_NOOP("Labels", "联系记录"),
    "reports": QT_TRANSLATE_NOOP("Labels", "季度汇报"),
    "reviews": QT_TRANSLATE_NOOP("Labels", "年度考评"),
    "exemptions": QT_TRANSLATE_NOOP("Labels", "免除"),
    "ledger_sources": QT_TRANSLATE_NOOP("Labels", "通报"),
    "ledger_areas": QT_TRANSLATE_NOOP("Labels", "方面"),
    "ledger_problems": QT_TRANSLATE_NOOP("Labels", "问题"),
    "ledger_measures": QT_TRANSLATE_NOOP("Labels", "整改措施"),
    "ledger_progress": QT_TRANSLATE_NOOP("Labels", "整改进展"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "佐证材料"),
    "measure_extensions": QT_TRANSLATE_NOOP("Labels", "延期"),
    "checklist_scans": QT_TRANSLATE_NOOP("Labels", "签字清单扫描件"),
    "contact_photos": QT_TRANSLATE_NOOP("Labels", "记录照片"),
    "report_files": QT_TRANSLATE_NOOP("Labels", "汇报文件"),
    "rubrics": QT_TRANSLATE_NOOP("Labels", "考评细则"),
    "review_items": QT_TRANSLATE_NOOP("Labels", "考评分项得分"),
    "close_requests": QT_TRANSLATE_NOOP("Labels", "销号申请"),
    "close_request_files": QT_TRANSLATE_NOOP("Labels", "销号申请材料"),
    "close_request_answers": QT_TRANSLATE_NOOP("Labels", "销号申请审核"),
    "report_feedback": QT_TRANSLATE_NOOP("Labels", "汇报审阅意见"),
}


@dataclass(frozen=True)
class Violation:
    """One row that would break a rule, and how: ``reason`` is a refusal of the catalogue (code and values),
    said in Chinese by :attr:`message` (the command line) and in the user's language by the window."""

    table: str
    row_id: str
    reason: InputError

    @property
    def message(self) -> str:
        return str(self.reason)

    def as_phrase(self) -> Phrase:
        """The row named and the reason (``str()``: in Chinese, on one line as the command line prints it)."""
        return Phrase(ROW, (TABLE_LABELS.get(self.table, self.table), self.row_id[:8], self.reason))

    def __str__(self) -> str:
        return one_line(str(self.as_phrase()))


_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters as spaces: messages are one line."""
    return _BREAKS.sub(" ", text)


_STAMPS = ("created_at", "updated_at")


def same_row(a: Mapping[str, object] | None, b: Mapping[str, object] | None) -> bool:
    """Two versions say the same (but for when each was written); None is a deletion."""
    if a is None or b is None:
        return a is None and b is None
    return {k: v for k, v in a.items() if k not in _STAMPS} == {k: v for k, v in b.items() if k not in _STAMPS}


_TITLE_COLUMNS = ("name", "title", "file_name", "quarter", "year", "date", "text", "reason")


def row_title(row: Mapping[str, object] | None) -> str:
    """A few words that name a row for people (its name, title, date …), not its id."""
    for key in _TITLE_COLUMNS:
        value = (row or {}).get(key)
        if value not in (None, ""):
            text = one_line(str(value))
            return text if len(text) <= 24 else text[:24] + "…"
    return ""


def _chunks(ids: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    batch: list[str] = []
    for i in ids:
        batch.append(i)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _rows_in(store: Store, sql: str, ids: Iterable[str]) -> list[Row]:
    """``sql`` with ``{ids}`` standing for a list of placeholders, run over ``ids`` in chunks."""
    out: list[Row] = []
    for batch in _chunks(sorted(set(ids))):
        out += store.rows(sql.format(ids=", ".join("?" for _ in batch)), batch)
    return out


def _pairing_text(p: Row) -> Phrase:
    return pairing_named(p["member"] or "?", p["centre"] or "?", p["start_on"], p["end_on"])


_PAIRINGS = (
    "SELECT p.*, m.name AS member, c.name AS centre, c.closed_on FROM pairings p"
    " LEFT JOIN members m ON m.id = p.member_id LEFT JOIN centres c ON c.id = p.centre_id"
)


# Columns that hold a date (YYYY-MM-DD); a bundle could carry anything in them.
DATE_COLUMNS = {
    "centres": ("closed_on",),
    "pairings": ("start_on", "end_on"),
    "contacts": ("date",),
    "reports": ("submitted_on",),
    "reviews": ("submitted_on",),
    "exemptions": ("start_on", "end_on"),
    "ledger_problems": ("found_on",),
    "ledger_measures": ("deadline", "closed_at"),
    "ledger_progress": ("date",),
    "close_requests": ("requested_on",),
    "close_request_answers": ("answered_on",),
    "measure_extensions": ("from_date", "to_date"),
}


# The rows whose ids the checks start from, and the references they follow from the others.
_STARTS = ("centres", "pairings", "ledger_measures")
_PAIRED = ("contacts", "reports", "reviews")
FEEDBACK = "report_feedback"  # the office's marks on reports and reviews: office → laptop only
_NOTED_BY_ID = (*_STARTS, FEEDBACK)  # tables whose inserted rows the checks find by id


@dataclass
class Inserted:
    """What the checks need of the rows a merge inserted, noted as each is written (:meth:`add`).

    Their dates are checked there and then; of the many records only the pairings they name
    are kept, and of evidence the measures; the ids only of centres, pairings and measures.
    """

    tables: set[str] = field(default_factory=set)
    ids: dict[str, set[str]] = field(default_factory=dict)  # of _STARTS
    pairing_ids: set[str] = field(default_factory=set)
    measure_ids: set[str] = field(default_factory=set)
    bad_dates: dict[tuple[str, str], list[Violation]] = field(default_factory=dict)
    good_dates: set[object] = field(default_factory=set)  # values found to be dates: a year has 366

    def add(self, table: str, row: Mapping[str, object]) -> None:
        self.tables.add(table)
        row_id = str(row["id"])
        if table in _NOTED_BY_ID:
            self.ids.setdefault(table, set()).add(row_id)
        elif table in _PAIRED:
            self.pairing_ids.add(str(row["pairing_id"]))
        elif table == "evidence":
            self.measure_ids.add(str(row["measure_id"]))
        bad = _row_dates(table, row)
        if bad:
            self.bad_dates[(table, row_id)] = bad

    def add_many(self, table: str, rows: list[Row]) -> None:
        """:meth:`add` for a batch of one table's rows (a merge's 100,000 records go in batches)."""
        if not rows:
            return
        self.tables.add(table)
        if table in _NOTED_BY_ID:
            self.ids.setdefault(table, set()).update(str(row["id"]) for row in rows)
        elif table in _PAIRED:
            self.pairing_ids.update(str(row["pairing_id"]) for row in rows)
        elif table == "evidence":
            self.measure_ids.update(str(row["measure_id"]) for row in rows)
        columns = DATE_COLUMNS.get(table, ())
        good = self.good_dates
        for row in rows:
            for column in columns:
                value = row.get(column)
                if value is None or value in good:
                    continue
                if not _date_ok(value):
                    self.bad_dates[(table, str(row["id"]))] = _row_dates(table, row)
                    break
                if len(good) < 100_000 and type(value) is str:
                    good.add(value)

    def forget(self, table: str, row_id: str) -> None:
        """The row was written again: the checks read what the table holds (as one in ``touched``)."""
        self.bad_dates.pop((table, row_id), None)


def check(store: Store, touched: Mapping[str, set[str]], inserted: Inserted | None = None) -> list[Violation]:
    """Every breach of the pairing and centre rules among the rows near ``touched`` (read back
    from the tables) and ``inserted`` (noted by a merge as it wrote them)."""
    inserted = inserted or Inserted()
    out = _check_dates(store, touched)
    out += [v for bad in inserted.bad_dates.values() for v in bad]
    if out:  # the other checks read these dates
        return out
    pairing_ids = set(touched.get("pairings", ())) | inserted.ids.get("pairings", set()) | inserted.pairing_ids
    for table in _PAIRED:
        pairing_ids |= {
            r["pairing_id"]
            for r in _rows_in(store, f"SELECT pairing_id FROM [{table}] WHERE id IN ({{ids}})", touched.get(table, ()))
        }
    centre_ids = set(touched.get("centres", ())) | inserted.ids.get("centres", set())
    centre_ids |= {
        r["centre_id"] for r in _rows_in(store, "SELECT centre_id FROM pairings WHERE id IN ({ids})", pairing_ids)
    }
    out = _check_centres(store, centre_ids)
    pairings = {p["id"]: p for p in _rows_in(store, _PAIRINGS + " WHERE p.id IN ({ids})", pairing_ids)}
    out += _check_contacts(store, pairings)
    out += _check_submissions(store, pairings)
    out += _check_closed_measures(store, touched, inserted)
    out += _check_foreign_keys(store, {t for t, ids in touched.items() if ids} | inserted.tables)
    return out


def feedback_from_member(
    touched: Mapping[str, set[str]], inserted: Inserted, signer_role: str | None
) -> list[Violation]:
    """已阅 / 退回 are the office's word: a member's bundle that would add or change a mark is refused,
    row by row (a mark it merely relays, unchanged, touches nothing and passes)."""
    if signer_role != "member":
        return []
    ids = set(touched.get(FEEDBACK, ())) | inserted.ids.get(FEEDBACK, set())
    return [Violation(FEEDBACK, row_id, InputError("rules.feedback_from_member")) for row_id in sorted(ids)]


def _check_closed_measures(store: Store, touched: Mapping[str, set[str]], inserted: Inserted) -> list[Violation]:
    """SPEC: closing a measure (销号) needs evidence or a written reason, after a merge too."""
    measure_ids = set(touched.get("ledger_measures", ())) | inserted.ids.get("ledger_measures", set())
    measure_ids |= {
        r["measure_id"]
        for r in _rows_in(store, "SELECT measure_id FROM evidence WHERE id IN ({ids})", touched.get("evidence", ()))
    }
    measure_ids |= inserted.measure_ids
    return [
        Violation(
            "ledger_measures",
            m["id"],
            InputError("rules.closed_without_evidence", None, title=row_title(m)),
        )
        for m in _rows_in(
            store,
            "SELECT m.id, m.text FROM ledger_measures m WHERE m.id IN ({ids}) AND m.status = 'done'"
            " AND trim(m.close_reason) = '' AND NOT EXISTS"
            " (SELECT 1 FROM evidence e WHERE e.measure_id = m.id AND e.deleted_at IS NULL)",
            measure_ids,
        )
    ]


def _check_dates(store: Store, touched: Mapping[str, set[str]]) -> list[Violation]:
    out: list[Violation] = []
    for table, columns in DATE_COLUMNS.items():
        for row in _rows_in(
            store, f"SELECT id, {', '.join(columns)} FROM [{table}] WHERE id IN ({{ids}})", touched.get(table, ())
        ):
            out += _row_dates(table, row)
    return out


def _date_ok(value: object) -> bool:
    """A date column's value (not NULL) is a date as the database holds them."""
    try:
        return isinstance(value, str) and len(value) == 10 and dt.date.fromisoformat(value) is not None
    except ValueError:
        return False


def _row_dates(table: str, row: Mapping[str, object]) -> list[Violation]:
    out: list[Violation] = []
    for column in DATE_COLUMNS.get(table, ()):
        value = row.get(column)
        if value is None:
            continue
        if not _date_ok(value):
            out.append(
                Violation(
                    table,
                    str(row["id"]),
                    InputError("rules.bad_date", None, value=one_line(str(value))[:20], column=column),
                )
            )
    return out


def _check_centres(store: Store, centre_ids: set[str]) -> list[Violation]:
    out: list[Violation] = []
    by_centre: dict[str, list[Row]] = {}
    for p in _rows_in(store, _PAIRINGS + " WHERE p.centre_id IN ({ids}) ORDER BY p.start_on, p.id", centre_ids):
        by_centre.setdefault(p["centre_id"], []).append(p)
    for pairings in by_centre.values():
        for i, p in enumerate(pairings):
            for q in pairings[:i]:
                if pairing_of(p).overlaps(pairing_of(q)):
                    out.append(
                        Violation(
                            "pairings",
                            p["id"],
                            InputError(
                                "rules.pairings_overlap", None, pairing=_pairing_text(p), other=_pairing_text(q)
                            ),
                        )
                    )
            closed = p["closed_on"]
            if closed and (p["end_on"] is None or p["end_on"] > closed):
                out.append(
                    Violation(
                        "pairings",
                        p["id"],
                        InputError("rules.pairing_after_closing", None, pairing=_pairing_text(p), closed=closed),
                    )
                )
    return out


def _check_contacts(store: Store, pairings: Mapping[str, Row]) -> list[Violation]:
    """Live contacts of these pairings dated outside the pairing (dates are ISO text: they compare as text)."""
    out: list[Violation] = []
    for contact in _rows_in(
        store,
        "SELECT c.id, c.pairing_id, c.date FROM contacts c JOIN pairings p ON p.id = c.pairing_id"
        " WHERE c.pairing_id IN ({ids}) AND c.deleted_at IS NULL"
        " AND (c.date < p.start_on OR (p.end_on IS NOT NULL AND c.date > p.end_on))",
        pairings,
    ):
        p = pairings[contact["pairing_id"]]
        out.append(
            Violation(
                "contacts",
                contact["id"],
                InputError("rules.contact_outside_pairing", None, day=contact["date"], pairing=_pairing_text(p)),
            )
        )
    return out


def _check_submissions(store: Store, pairings: Mapping[str, Row]) -> list[Violation]:
    out: list[Violation] = []
    for table, column, kind in (("reports", "quarter", Kind.QUARTER), ("reviews", "year", Kind.YEAR)):
        for found in _rows_in(
            store,
            f"SELECT id, pairing_id, {column} AS period FROM {table}"
            " WHERE pairing_id IN ({ids}) AND deleted_at IS NULL",
            pairings,
        ):
            p = pairings[found["pairing_id"]]
            try:
                period = Period.parse(str(found["period"]), kind)
            except ValueError:
                out.append(Violation(table, found["id"], _period_bad(table, str(found["period"]))))
                continue
            if not pairing_of(p).owes(period):
                out.append(Violation(table, found["id"], _not_owed(table, _pairing_text(p), period)))
    return out


def _period_bad(table: str, text: str) -> InputError:
    if table == "reports":
        return InputError("rules.report_period_bad", None, period=text)
    return InputError("rules.review_period_bad", None, period=text)


def _not_owed(table: str, pairing: Phrase, period: Period) -> InputError:
    if table == "reports":
        return InputError("rules.report_not_owed", None, pairing=pairing, period=period, last=period.last_day)
    return InputError("rules.review_not_owed", None, pairing=pairing, period=period, last=period.last_day)


def _check_foreign_keys(store: Store, changed: set[str]) -> list[Violation]:
    # a touched table's own references, and the tables that refer to it (a parent may have gone)
    tables = {
        t
        for t in TABLE_LABELS
        if t in changed or any(fk[2] in changed for fk in store.execute(f"PRAGMA foreign_key_list([{t}])").fetchall())
    }
    out: list[Violation] = []
    for table in sorted(tables):
        for _, rowid, parent, _ in store.execute(f"PRAGMA foreign_key_check([{table}])").fetchall():
            row_id = store.scalar(f"SELECT id FROM [{table}] WHERE rowid = ?", [rowid]) or "?"
            out.append(
                Violation(
                    table,
                    str(row_id),
                    InputError("rules.missing_parent", None, parent=TABLE_LABELS.get(parent, parent)),
                )
            )
    return out


def integrity_refusal(error: sqlite3.IntegrityError) -> InputError:
    """SQLite's broken constraint as a refusal: which rule, by the columns it names (SQLite's own
    text goes to the log, never into the message)."""
    message = str(error)
    what = message.split(":", 1)[1].strip() if ":" in message else ""
    if message.startswith("UNIQUE constraint failed"):
        return _duplicate(what)
    if message.startswith("CHECK constraint failed"):
        return InputError("rules.check_failed", None, what=what)
    if message.startswith("NOT NULL constraint failed"):
        return InputError("rules.missing_value", None, what=what)
    log.warning("a bundle's row could not be written: %s", message)
    return InputError("rules.cannot_write")


def _duplicate(what: str) -> InputError:
    """A row the database already has, by the columns that must be unique."""
    if what == "centres.name":
        return InputError("rules.duplicate_centre_name")
    if what == "ledger_problems.no":
        return InputError("rules.duplicate_problem_no")
    if what == "ledger_areas.no":
        return InputError("rules.duplicate_area_no")
    if what == "ledger_measures.problem_id, ledger_measures.no":
        return InputError("rules.duplicate_measure_no")
    return InputError("rules.duplicate", None, what=what)
