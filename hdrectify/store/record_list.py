"""Contact records as a list: filtered pages newest first, counts, corrections and deletions.

The window's 走访记录 screen shows every contact record, over a million on a city's
database, so a query never reads more than it shows: pages come by keyset
(``date, recorded_at, id`` below the last row shown) along the ``contacts_date``
index, and counting is a separate query the window runs off the UI thread.

Searching text with ``LIKE '%…%'`` must otherwise read every row when few match; a
:class:`~hdrectify.store.text_index.TextIndex`, when the window has built one, turns a
search for a rare word into a list of candidate rowids, which SQL then checks against the
real rows.

Corrections and deletions go through the audited :meth:`Store.update` and
:meth:`Store.soft_delete`, so the audit log keeps the record as it was and the reason.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hdrectify.domain.cadence import Method
from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi
from hdrectify.store.base import Row, Store
from hdrectify.store.records import pairing_on
from hdrectify.store.roles import require_own_pairing
from hdrectify.store.text_index import RESTRICT_LIMIT, StopCheck, TextIndex

PAGE_SIZE = 200

COLUMNS = "c.rowid, c.id, c.pairing_id, c.date, c.method, c.note, c.problems, c.recorded_at, c.author, c.deleted_at"
COLUMNS += ", c.delete_reason"
ORDER = "ORDER BY date DESC, recorded_at DESC, id DESC"
EDITABLE = ("date", "method", "note", "problems")

Cursor = tuple[str, str, str]  # (date, recorded_at, id) of the last row shown


class FieldError(InputError):
    """Bad input about one field (``date``, ``method``, ``note``, ``problems``, ``reason``)."""

    field: str

    def __init__(self, code: str, field: str, /, **params: Any) -> None:
        super().__init__(code, field, **params)


@dataclass(frozen=True)
class RecordFilter:
    """What the user asked to see. Empty values do not filter."""

    text: str = ""
    member_id: str | None = None
    centre_id: str | None = None
    method: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_deleted: bool = False

    def words(self) -> list[str]:
        """The search words: every one must match (note, problems, member, centre or town)."""
        cleaned = "".join(ch if ch.isprintable() else " " for ch in self.text)
        return [w.casefold() for w in cleaned.split()]


@dataclass(frozen=True)
class PairingNames:
    member_id: str
    centre_id: str
    member: str
    centre: str
    town: str


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One record as the list shows it."""

    id: str
    pairing_id: str
    date: str
    method: str
    note: str
    problems: str
    recorded_at: str
    author: str
    deleted_at: str | None
    delete_reason: str | None
    member: str
    centre: str
    town: str
    backfilled: bool

    @property
    def cursor(self) -> Cursor:
        return (self.date, self.recorded_at, self.id)


def pairing_names(store: Store) -> dict[str, PairingNames]:
    """Every pairing's member, centre and town (a few hundred rows even for a city)."""
    rows = store.db.execute(
        "SELECT p.id, p.member_id, p.centre_id, m.name, c.name, c.town FROM pairings p"
        " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id"
    ).fetchall()
    return {r[0]: PairingNames(r[1], r[2], r[3], r[4], r[5]) for r in rows}


@dataclass(frozen=True)
class ContactQuery:
    """A filter turned into SQL, with what is needed to show its rows."""

    where: str  # conditions on ``c`` (contacts), without the deleted test
    params: list[Any]
    include_deleted: bool
    use_date_index: bool  # nothing narrower than the date order: walk contacts_date newest first
    names: Mapping[str, PairingNames] = field(repr=False)
    backfill_days: int = 7
    deleted_where: str = "1"  # narrows the search for deleted records (a full scan otherwise)
    deleted_params: list[Any] = field(default_factory=list)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _marks(values: Iterable[Any]) -> str:
    return ", ".join("?" for _ in values)


def contact_query(
    store: Store,
    f: RecordFilter,
    names: Mapping[str, PairingNames] | None = None,
    text_index: TextIndex | None = None,
) -> ContactQuery:
    """The SQL for ``f``. ``text_index``, when given, must be current (see :meth:`TextIndex.catch_up`)."""
    names = pairing_names(store) if names is None else names
    where: list[str] = []
    params: list[Any] = []
    narrowed = False
    if f.member_id is not None or f.centre_id is not None:
        chosen = [
            pid for pid, n in names.items() if f.member_id in (None, n.member_id) and f.centre_id in (None, n.centre_id)
        ]
        where.append(f"c.pairing_id IN ({_marks(chosen)})" if chosen else "0")
        params += chosen
        narrowed = True
    if f.method is not None:
        where.append("c.method = ?")
        params.append(f.method)
    if f.date_from is not None:
        where.append("c.date >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        where.append("c.date <= ?")
        params.append(f.date_to.isoformat())
    restrictions: list[tuple[int, str, list[Any]]] = []
    per_pairing = (text_index.max_rowid if text_index else 0) // max(1, len(names))
    for word in f.words():
        named = [
            pid
            for pid, n in names.items()
            if word in n.member.casefold() or word in n.centre.casefold() or word in n.town.casefold()
        ]
        like = _like(word)
        clause = "c.note LIKE ? ESCAPE '\\' OR c.problems LIKE ? ESCAPE '\\'"
        if named:
            clause += f" OR c.pairing_id IN ({_marks(named)})"
        where.append(f"({clause})")
        params += [like, like, *named]
        candidates = text_index.rowids_matching(word) if text_index is not None else None
        if text_index is not None and candidates is not None:
            size = len(candidates) + len(text_index.changed) + len(named) * per_pairing
            # integers only, so written into the SQL: no limit on the number of parameters
            ids = ", ".join(map(str, [*candidates, *text_index.changed])) or "NULL"
            sql = f"(c.rowid IN ({ids}) OR c.rowid > ?"
            sql += f" OR c.pairing_id IN ({_marks(named)}))" if named else ")"
            restrictions.append((size, sql, [text_index.max_rowid, *named]))
    if restrictions:
        size, sql, extra = min(restrictions, key=lambda r: r[0])
        if size <= RESTRICT_LIMIT:
            where.append(sql)
            params += extra
            narrowed = True
    deleted_where, deleted_params = "1", []
    if f.include_deleted and text_index is not None and len(text_index.deleted) <= RESTRICT_LIMIT:
        ids = ", ".join(map(str, [*text_index.deleted, *text_index.changed])) or "NULL"
        deleted_where, deleted_params = f"(c.rowid IN ({ids}) OR c.rowid > ?)", [text_index.max_rowid]
    cadence = store.cadence_settings()
    return ContactQuery(
        " AND ".join(where) or "1",
        params,
        f.include_deleted,
        use_date_index=not narrowed,
        names=names,
        backfill_days=cadence.backfill_days,
        deleted_where=deleted_where,
        deleted_params=deleted_params,
    )


def _select(q: ContactQuery, deleted: bool, after: Cursor | None, what: str = COLUMNS) -> tuple[str, list[Any]]:
    index = " INDEXED BY contacts_date" if q.use_date_index and not deleted else ""
    sql = f"SELECT {what} FROM contacts c{index} WHERE c.deleted_at IS {'NOT ' if deleted else ''}NULL AND {q.where}"
    params = list(q.params)
    if deleted:
        sql += f" AND {q.deleted_where}"
        params += q.deleted_params
    if after is not None:
        sql += " AND c.date <= ? AND (c.date, c.recorded_at, c.id) < (?, ?, ?)"
        params += [after[0], *after]
    return sql, params


def list_page(store: Store, q: ContactQuery, after: Cursor | None = None, limit: int = PAGE_SIZE) -> list[ContactRow]:
    """The next ``limit`` records of ``q`` below ``after``, newest first."""
    sql, params = _select(q, False, after)
    sql = f"{sql} {ORDER} LIMIT {int(limit)}"
    if q.include_deleted:
        deleted_sql, deleted_params = _select(q, True, after)
        sql = (
            f"SELECT * FROM ({sql}) UNION ALL SELECT * FROM ({deleted_sql} {ORDER} LIMIT {int(limit)})"
            f" {ORDER} LIMIT {int(limit)}"
        )
        params += deleted_params
    return [_row(q, r) for r in store.db.execute(sql, params).fetchall()]


def _row(q: ContactQuery, r: tuple[Any, ...]) -> ContactRow:
    _, cid, pid, date, method, note, problems, recorded_at, author, deleted_at, reason = r
    names = q.names.get(pid)
    late = (dt.date.fromisoformat(recorded_at[:10]) - dt.date.fromisoformat(date)).days > q.backfill_days
    return ContactRow(
        cid,
        pid,
        date,
        method,
        note,
        problems,
        recorded_at,
        author,
        deleted_at,
        reason,
        names.member if names else "",
        names.centre if names else "",
        names.town if names else "",
        late,
    )


def count_contacts(store: Store, q: ContactQuery, should_stop: StopCheck | None = None) -> int | None:
    """How many records ``q`` finds; None if ``should_stop`` said so while counting."""
    conn = store.db.conn
    if should_stop is not None:
        conn.set_progress_handler(lambda: int(should_stop()), 20_000)
    try:
        total = 0
        for deleted in (False, True) if q.include_deleted else (False,):
            if should_stop is not None and should_stop():
                return None
            sql, params = _select(q, deleted, None, "count(*)")
            total += int(store.db.execute(sql, params).fetchone()[0])
        return total
    except dbapi.OperationalError:
        if should_stop is not None and should_stop():
            return None
        raise
    finally:
        if should_stop is not None:
            conn.set_progress_handler(None, 0)


def list_contacts(store: Store, f: RecordFilter, limit: int = PAGE_SIZE) -> list[ContactRow]:
    """The first page for ``f`` (the command line and tests; the window pages through it)."""
    return list_page(store, contact_query(store, f), None, limit)


# -- corrections and deletions ----------------------------------------------------


def _live_contact(store: Store, contact_id: str) -> Row:
    row = store.get("contacts", contact_id)
    if row is None:
        raise InputError("records.contact_gone")
    if row["deleted_at"] is not None:
        raise InputError("records.contact_deleted")
    return row


def _reason(reason: str, code: str) -> str:
    reason = reason.strip()
    if not reason:
        raise FieldError(code, "reason")
    return reason


def correct_contact(store: Store, contact_id: str, changes: Mapping[str, Any], reason: str) -> Row:
    """Correct a contact's date, method, note or problems; the audit log keeps the old version.

    A new date must lie within a pairing of the same member and centre (the record
    moves to that pairing) and not after today.
    """
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InputError("records.not_editable", None, fields=", ".join(unknown))
    reason = _reason(reason, "records.correction_needs_reason")
    before = _live_contact(store, contact_id)
    require_own_pairing(store, before["pairing_id"])
    values: Row = {}
    if "method" in changes:
        try:
            values["method"] = Method(changes["method"]).value
        except ValueError:
            raise FieldError("records.bad_method_choice", "method", value=changes["method"]) from None
    for key in ("note", "problems"):
        if key in changes:
            values[key] = str(changes[key]).strip()
    if "date" in changes:
        raw = changes["date"]
        try:
            day = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))
        except ValueError:
            raise FieldError("records.bad_date", "date", text=raw) from None
        if day > dt.date.today():
            raise FieldError("records.date_in_the_future", "date", day=day)
        pairing = store.get("pairings", before["pairing_id"])
        assert pairing is not None
        member, centre = store.get("members", pairing["member_id"]), store.get("centres", pairing["centre_id"])
        assert member is not None and centre is not None
        try:
            moved_to = pairing_on(store, member, centre, day)
        except InputError as e:
            raise FieldError(e.code, "date", **e.params) from None
        values["date"] = day.isoformat()
        values["pairing_id"] = moved_to["id"]
    changed = {k: v for k, v in values.items() if before[k] != v}
    if not changed:
        raise InputError("records.nothing_changed")
    return store.update("contacts", contact_id, changed, reason=reason)


def delete_contact(store: Store, contact_id: str, reason: str) -> Row:
    """Soft-delete a contact: it stops counting, and stays (with the reason) in the audit log."""
    reason = _reason(reason, "records.deletion_needs_reason")
    require_own_pairing(store, _live_contact(store, contact_id)["pairing_id"])
    return store.soft_delete("contacts", contact_id, reason)


def linked_problems(store: Store, contact_id: str) -> list[str]:
    """Titles of the ledger problems found on this contact (they stay in the ledger)."""
    rows = store.db.execute(
        "SELECT title FROM ledger_problems WHERE contact_id = ? ORDER BY no", [contact_id]
    ).fetchall()
    return [str(r[0]) for r in rows]


def contact_with_names(store: Store, contact_id: str) -> Row | None:
    """The contact (deleted or not) with its pairing's ``member`` and ``centre`` names."""
    found = store.rows(
        "SELECT k.*, m.name AS member, c.name AS centre FROM contacts k JOIN pairings p ON p.id = k.pairing_id"
        " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id WHERE k.id = ?",
        [contact_id],
    )
    return found[0] if found else None


def data_version(store: Store) -> int:
    """SQLite's ``data_version``: it changes when another connection has written to the file."""
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])


def contacts_high_water(store: Store) -> int:
    """The highest rowid of ``contacts``: about how many records there are, at no cost."""
    return int(store.scalar("SELECT coalesce(max(rowid), 0) FROM contacts"))


def list_page_within(store: Store, q: ContactQuery, seconds: float) -> list[ContactRow] | None:
    """The first page, or None if finding it takes longer than ``seconds`` (the query is interrupted)."""
    deadline = time.perf_counter() + seconds
    store.conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), 1000)
    try:
        return list_page(store, q)
    except dbapi.OperationalError:
        if time.perf_counter() > deadline:
            return None
        raise
    finally:
        store.conn.set_progress_handler(None, 0)
