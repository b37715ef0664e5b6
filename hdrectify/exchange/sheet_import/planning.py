"""Checking every row of a workbook against the database and the rows above it, then writing the good ones.

Kinds are handled in the order centres, members, pairings, contacts, reports, reviews whatever
the order of the sheets, and a row sees the rows of the same file before it (a pairing in the 挂钩
sheet makes the contacts of the 联系记录 sheet valid). The rules are SPEC's as the store applies
them, with its own checks and messages:

- centres, members and pairings (a few dozen rows) go through the store's checked writes
  (``add_centre``, ``add_pairing``…), one savepoint per row, inside the import's transaction;
- contacts, reports and reviews (tens of thousands) are checked in memory against what is read
  once: each pair's pairings with their spans, each pairing's stored records by natural key,
  with the store's pure checks (``pairing_active_in``, ``contact_values``…); the good ones are
  then written together (``Store.insert_many``: audited and versioned like any other insert).

:func:`plan` does this in a transaction that is rolled back at the end (or kept, with
``write_if_ok``, when no row is refused); :func:`apply` does it again in ONE transaction and
refuses if any row is refused, unless ``only_good``. A row already stored (see
:mod:`hdrectify.store.imports`) is "present" and written again never: importing the same file
twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Period
from hdrectify.domain.text import clean_name, clean_note, name_key
from hdrectify.exchange.sheet_import.fields import FIELDS, KIND_ORDER, Kind, missing_required
from hdrectify.exchange.sheet_import.reading import Mapping, Progress, Workbook, default_mapping
from hdrectify.exchange.sheet_import.values import read_value
from hdrectify.store.base import Row, Store, now_stamp

K = TypeVar("K", bound=Hashable)  # what tells one imported record from another of its pairing

PROGRESS_EVERY = 500  # rows between two progress calls


class Outcome(StrEnum):
    ADD = "add"  # new: will be written
    PRESENT = "present"  # already stored (same natural key): nothing to write
    REFUSED = "refused"  # breaks a rule: ``error`` says which


@dataclass
class PlannedRow:
    """One row of a sheet: its number as the spreadsheet shows it, its values as read, what will happen."""

    sheet: str
    row: int
    kind: Kind
    values: dict[str, Any]
    outcome: Outcome
    error: InputError | None = None

    @property
    def reason(self) -> str:
        return str(self.error) if self.error is not None else ""

    @property
    def refusal(self) -> InputError:
        """The row named and why it is refused, as a refusal of the catalogue (the window words it)."""
        return InputError("import.row", None, sheet=self.sheet, row=self.row, reason=self.error or "")

    @property
    def line(self) -> str:
        """``联系记录 第5行: 原因`` (the command line's and the report's form of a refusal)."""
        return str(self.refusal)


@dataclass
class SheetPlan:
    """One sheet's rows as planned; ``kind`` None: the sheet is skipped (not recognised, or the user said so)."""

    name: str
    kind: Kind | None
    columns: dict[int, str]
    rows: list[PlannedRow] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(r.outcome is outcome for r in self.rows)


@dataclass
class Plan:
    """What importing a workbook would do, per sheet."""

    path: Path
    sheets: list[SheetPlan]

    def rows(self) -> Iterator[PlannedRow]:
        """Every planned row, in the order they are written (by kind, then sheet, then row)."""
        for kind in KIND_ORDER:
            for sheet in self.sheets:
                if sheet.kind is kind:
                    yield from sheet.rows

    @property
    def refused(self) -> list[PlannedRow]:
        return [r for s in self.sheets for r in s.rows if r.outcome is Outcome.REFUSED]

    @property
    def ok(self) -> bool:
        return not self.refused

    @property
    def skipped(self) -> list[str]:
        """The sheets not imported (no header found, or no kind given)."""
        return [s.name for s in self.sheets if s.kind is None]

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind (``contact``…): ``{"added": …, "present": …, "refused": …}``; ``added`` means "to add"
        in a plan, "added" after :func:`apply`."""
        out: dict[str, dict[str, int]] = {}
        for kind in KIND_ORDER:
            sheets = [s for s in self.sheets if s.kind is kind]
            if sheets:
                out[kind.value] = {
                    "added": sum(s.count(Outcome.ADD) for s in sheets),
                    "present": sum(s.count(Outcome.PRESENT) for s in sheets),
                    "refused": sum(s.count(Outcome.REFUSED) for s in sheets),
                }
        return out


class _Rollback(Exception):
    """Raised to undo a plan's trial writes."""


# few rows, and what later rows refer to: each through the store's checked writes, one savepoint each
_ONE_BY_ONE = (Kind.CENTRE, Kind.MEMBER, Kind.PAIRING)


def plan(
    store: Store,
    workbook: Workbook,
    mapping: Mapping | None = None,
    progress: Progress | None = None,
    *,
    write_if_ok: bool = False,
) -> Plan:
    """Check every row of ``workbook`` as read with ``mapping`` (default: the guess); the database is unchanged.

    ``write_if_ok``: when no row is refused, keep the trial's writes (one transaction) instead of
    undoing them: the command line's import in one pass, without a second :func:`apply`.

    ``progress(done, total)`` is called every few hundred rows. An InputError when no sheet can be imported.
    """
    mapping = default_mapping(workbook) if mapping is None else mapping
    sheets: list[SheetPlan] = []
    for sheet in workbook.sheets:
        m = mapping.get(sheet.name)
        kind = m.kind if m is not None else None
        columns = dict(m.columns) if m is not None else {}
        sp = SheetPlan(sheet.name, kind, columns)
        sheets.append(sp)
        if kind is None:
            continue
        missing = missing_required(kind, columns)
        if missing:
            error = InputError("import.column_missing", missing[0].key, field=missing[0].header)
            sp.rows.append(PlannedRow(sheet.name, sheet.header_row or 1, kind, {}, Outcome.REFUSED, error))
            continue
        fields = {f.key: f for f in FIELDS[kind]}
        for number, cells in sheet.rows:
            values: dict[str, Any] = {}
            try:
                for index, key in columns.items():
                    values[key] = read_value(fields[key], cells[index] if index < len(cells) else None)
                for f in FIELDS[kind]:  # a required field whose column is mapped but out of range
                    if f.required and values.get(f.key) is None:
                        raise InputError("import.required", f.key, field=f.header)
            except InputError as e:
                sp.rows.append(PlannedRow(sheet.name, number, kind, values, Outcome.REFUSED, e))
                continue
            sp.rows.append(PlannedRow(sheet.name, number, kind, values, Outcome.ADD))
    result = Plan(workbook.path, sheets)
    if all(s.kind is None for s in sheets):
        raise InputError("import.nothing_found", None, name=workbook.path.name)
    todo = [r for r in result.rows() if r.outcome is not Outcome.REFUSED]
    try:
        with store.transaction():
            records = _check(store, todo, progress)
            if not (write_if_ok and result.ok):
                raise _Rollback
            records.write()
    except _Rollback:
        pass
    return result


def apply(store: Store, plan: Plan, only_good: bool = False, progress: Progress | None = None) -> Plan:
    """Write ``plan``'s rows in one transaction; returns the plan as written (``added`` now means added).

    Refused (nothing written) if the plan has a refused row, unless ``only_good``: then those rows
    are left out. A row that the database no longer allows (it changed since the plan) refuses the
    whole import, or with ``only_good`` is left out and marked refused.
    """
    if plan.refused and not only_good:
        first = plan.refused[0]
        raise InputError("import.rows_refused", None, count=len(plan.refused), first=first.refusal)
    todo = [r for r in plan.rows() if r.outcome is not Outcome.REFUSED]
    with store.transaction():
        records = _check(store, todo, progress)
        changed = [r for r in todo if r.outcome is Outcome.REFUSED]
        if changed and not only_good:
            raise InputError("import.changed", None, line=changed[0].refusal)
        records.write()
    return plan


def _check(store: Store, todo: list[PlannedRow], progress: Progress | None) -> _Records:
    """Give each row of ``todo`` (in the order of :meth:`Plan.rows`) its outcome; the roster's rows are
    written as they come, the records' rows are queued in the returned :class:`_Records`."""
    writer = _Writer(store)
    records = _Records(store, writer)
    for done, row in enumerate(todo, start=1):
        try:
            if row.kind in _ONE_BY_ONE:
                try:
                    with store.transaction():  # a savepoint: a refused row leaves nothing behind
                        added = writer.write(row.kind, row.values)
                except InputError:
                    writer.forget()
                    raise
            else:
                added = records.check(row.kind, row.values)
        except InputError as e:
            row.outcome, row.error = Outcome.REFUSED, e
        else:
            row.outcome = Outcome.ADD if added else Outcome.PRESENT
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(todo))
    if progress is not None:
        progress(len(todo), len(todo))
    return records


class _Records:
    """Contacts, reports and reviews checked in memory, then written together.

    What the checks need is read once and kept up to date with the rows queued: the pairings of
    each member and centre (after the roster's rows are written), and each pairing's stored
    records by natural key. The checks and their messages are the store's own, in the order
    the one-row writes apply them (pairing, then already present, then the row's values).
    """

    def __init__(self, store: Store, writer: _Writer) -> None:
        self.store = store
        self.writer = writer
        self._people: dict[tuple[str, str], Row | InputError] = {}
        self._pairings: dict[tuple[str, str], list[Row]] = {}
        self._contact_keys: dict[str, set[tuple[str, str, str]]] = {}
        self._report_keys: dict[str, set[str]] = {}
        self._review_keys: dict[str, set[int]] = {}
        self.contacts: list[tuple[Row, str, str, str]] = []  # (row, problems, centre id, member's name)
        self.reports: list[Row] = []
        self.reviews: list[Row] = []
        self.stamp = now_stamp()  # the rows' one recorded_at (as insert_many gives them one created_at)

    def check(self, kind: Kind, v: dict[str, Any]) -> bool:
        """Queue the row (True) or find it already stored or queued (False); an InputError if a rule refuses it."""
        return bool(getattr(self, f"_{kind.value}")(v))

    def write(self) -> None:
        """Insert every queued row (inside the caller's transaction)."""
        from hdrectify.store.ledger import add_visit_problems

        written = self.store.insert_many("contacts", [c[0] for c in self.contacts])
        for contact, (_, problems, centre_id, person) in zip(written, self.contacts, strict=True):
            if problems:
                add_visit_problems(self.store, problems, contact, centre_id, person=person)
        self.store.insert_many("reports", self.reports)
        self.store.insert_many("reviews", self.reviews)

    def _person(self, kind: str, name: str) -> Row:
        found = self._people.get((kind, name))
        if found is None:
            try:
                found = self.writer.member(name) if kind == "member" else self.writer.centre(name)
            except InputError as e:
                found = e
            self._people[(kind, name)] = found
        if isinstance(found, InputError):
            raise found
        return found

    def _pair(self, v: dict[str, Any]) -> tuple[Row, Row, list[Row]]:
        from hdrectify.store.people import pairings_between

        m, c = self._person("member", v["member"]), self._person("centre", v["centre"])
        key = (m["id"], c["id"])
        if key not in self._pairings:
            self._pairings[key] = pairings_between(self.store, m, c)
        return m, c, self._pairings[key]

    def _contact(self, v: dict[str, Any]) -> bool:
        from hdrectify.store import imports
        from hdrectify.store.records import contact_values, pairing_active_in

        m, c, pairings = self._pair(v)
        day: dt.date = v["date"]
        pairing = pairing_active_in(pairings, m, c, day)
        note = clean_note(v.get("note") or "", "情况记录")
        keys = self._known(self._contact_keys, pairing["id"], imports.contact_keys)
        key = (day.isoformat(), v["method"], note)
        if key in keys:
            return False
        problems = "\n".join(s.strip() for s in (v.get("problems") or "").splitlines() if s.strip())
        row = contact_values(self.store, pairing, day, v["method"], note, problems, stamp=self.stamp)
        if problems:  # what add_visit_problems checks of each line and of the person
            for line in problems.splitlines():
                clean_name(line, "问题描述")
            clean_name(m["name"], "责任人")
        keys.add(key)
        self.contacts.append((row, problems, c["id"], m["name"]))
        return True

    def _known(self, cache: dict[str, set[K]], pairing_id: str, load: Callable[[Store, str], set[K]]) -> set[K]:
        """What the pairing already has in the database (read once per pairing), with what this import adds."""
        keys = cache.get(pairing_id)
        if keys is None:
            from hdrectify.store.roles import require_own_pairing

            require_own_pairing(self.store, pairing_id)  # a member's laptop: its own member's rows only
            keys = cache[pairing_id] = load(self.store, pairing_id)
        return keys

    def _owing(
        self, v: dict[str, Any], period: Period, key: K, cache: dict[str, set[K]], load: Callable[[Store, str], set[K]]
    ) -> tuple[Row, set[K]] | None:
        """The pairing owing ``period``'s report or review, and what it has; None if it has ``key`` already."""
        from hdrectify.store.records import pairing_owing_in

        m, c, pairings = self._pair(v)
        pairing = pairing_owing_in(pairings, m, c, period)
        keys = self._known(cache, pairing["id"], load)
        return None if key in keys else (pairing, keys)

    def _report(self, v: dict[str, Any]) -> bool:
        from hdrectify.store import imports
        from hdrectify.store.records import check_submission_dates, report_values

        quarter: Period = v["quarter"]
        found = self._owing(v, quarter, str(quarter), self._report_keys, imports.report_quarters)
        if found is None:
            return False
        pairing, keys = found
        check_submission_dates(quarter, v["date"])
        self.reports.append(report_values(self.store, pairing, quarter, v["date"], v.get("note") or ""))
        keys.add(str(quarter))
        return True

    def _review(self, v: dict[str, Any]) -> bool:
        from hdrectify.store import imports
        from hdrectify.store.records import check_score, check_submission_dates, review_values

        year: Period = v["year"]
        found = self._owing(v, year, year.year, self._review_keys, imports.review_years)
        if found is None:
            return False
        pairing, keys = found
        check_score(v["score"])
        check_submission_dates(year, v["date"])
        self.reviews.append(review_values(self.store, pairing, year, v["date"], v["score"], v.get("note") or ""))
        keys.add(year.year)
        return True


class _Writer:
    """Writes one row of the roster (centre, member, pairing) through the store's checked functions;
    names looked up once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._members: dict[str, Row] = {}
        self._centres: dict[str, Row] = {}
        self._centre_keys: dict[str, Row] | None = None

    def forget(self) -> None:
        """A savepoint was rolled back: rows cached since may not exist any more."""
        self._members.clear()
        self._centres.clear()
        self._centre_keys = None

    def member(self, name: str) -> Row:
        found = self._members.get(name)
        if found is None:
            from hdrectify.store.people import find_member

            found = self._members[name] = find_member(self.store, name)
        return found

    def centre(self, name: str) -> Row:
        found = self._centres.get(name)
        if found is None:
            from hdrectify.store.people import find_centre

            found = self._centres[name] = find_centre(self.store, name)
        return found

    def write(self, kind: Kind, v: dict[str, Any]) -> bool:
        """Write the row (True) or find it already stored (False); an InputError if a rule refuses it."""
        return bool(getattr(self, f"_{kind.value}")(v))

    def _centre(self, v: dict[str, Any]) -> bool:
        from hdrectify.store import imports
        from hdrectify.store.people import add_centre

        if self._centre_keys is None:
            self._centre_keys = imports.centres_by_key(self.store)
        if name_key(clean_name(v["name"], "康园中心名称")) in self._centre_keys:
            return False
        row = add_centre(
            self.store,
            v["name"],
            v["town"],
            address=v.get("address") or "",
            contact_person=v.get("contact_person") or "",
            contact_phone=v.get("contact_phone") or "",
            closed_on=v.get("closed_on"),
        )
        if v.get("opened_on"):
            row = self.store.update("centres", row["id"], {"note": f"启用日期：{v['opened_on'].isoformat()}"})
        self._centre_keys[name_key(row["name"])] = row
        return True

    def _member(self, v: dict[str, Any]) -> bool:
        from hdrectify.store import imports
        from hdrectify.store.people import add_member, check_member_name

        if imports.members_named(self.store, check_member_name(v["name"])):
            return False
        note = f"所在支部：{v['branch']}" if v.get("branch") else ""
        add_member(self.store, v["name"], phone=v.get("phone") or "", note=note)
        return True

    def _pairing(self, v: dict[str, Any]) -> bool:
        from hdrectify.store import imports
        from hdrectify.store.people import add_pairing

        m, c = self.member(v["member"]), self.centre(v["centre"])
        start: dt.date = v["start"]
        if imports.pairing_starting(self.store, m["id"], c["id"], start.isoformat()) is not None:
            return False
        add_pairing(self.store, m, c, start, v.get("end"))
        return True
