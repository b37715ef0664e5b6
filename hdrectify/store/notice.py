"""What a 督办提醒单 lists (hdrectify notice): per responsible unit or member, as of a day. No Qt.

A unit's notice lists the ledger's measures with that 责任单位; a member's the measures whose 责任人
is that member, and the member's missed obligations of the cadence (store/due.py's overdue list).
The rules of what is chased and how hard are domain/notice.py's; the thresholds are settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, problem_label
from hdrectify.domain.notice import Notice, NoticeItem, Thresholds, chase, notice
from hdrectify.domain.wording import date_text
from hdrectify.store.base import Store
from hdrectify.store.due import due_list
from hdrectify.store.ledger_report import LedgerReport, MeasureItem, extensions_by_measure, ledger_report
from hdrectify.store.people import members


def thresholds(store: Store) -> Thresholds:
    """The office's thresholds (settings), as they are stored; checked where they are set."""
    return Thresholds(
        int(store.setting("notice_remind_days")),
        int(store.setting("notice_urge_days")),
        int(store.setting("notice_warn_days")),
        int(store.setting("notice_reply_days")),
        int(store.setting("warn_yellow_days")),
    )


def set_thresholds(store: Store, remind: int, urge: int, warn: int, reply_days: int) -> Thresholds:
    """Store new thresholds (inside the caller's transaction), refused when out of order."""
    t = Thresholds(remind, urge, warn, reply_days).check()
    for key, value in (
        ("notice_remind_days", remind),
        ("notice_urge_days", urge),
        ("notice_warn_days", warn),
        ("notice_reply_days", reply_days),
    ):
        store.set_setting(key, value)
    return t


def _ledger_or_none(store: Store) -> LedgerReport | None:
    """The ledger as it is, or None while it has no problem."""
    try:
        return ledger_report(store)
    except InputError as e:
        if e.code != "ledger.no_problems_yet":
            raise
        return None


def _ledger_as_of(store: Store, as_of: dt.date) -> LedgerReport | None:
    """The ledger's measures as they stood on ``as_of`` (a notice may be dated back, as its cadence items
    are): one closed (销号) after that day was still open, and a deadline extended (延期) after it was
    still the one before that 延期. None while the ledger has no problem: the cadence is chased alone."""
    report = _ledger_or_none(store)
    if report is None:
        return None
    known = extensions_by_measure(store, dt.date.min, as_of)  # those recorded by as_of, the first first

    def then(m: MeasureItem) -> MeasureItem:
        status, deadline = m.status, m.deadline
        if status is MeasureStatus.DONE and m.closed_at is not None and m.closed_at > as_of:
            status = MeasureStatus.IN_PROGRESS
        recorded = len(known.get(m.id, ()))
        if recorded < len(m.extensions):
            deadline = m.extensions[recorded].from_date
        return dataclasses.replace(m, status=status, deadline=deadline)

    return dataclasses.replace(
        report,
        areas=tuple(
            dataclasses.replace(
                a,
                problems=tuple(dataclasses.replace(p, measures=tuple(then(m) for m in p.measures)) for p in a.problems),
            )
            for a in report.areas
        ),
    )


def _measure_items(
    report: LedgerReport | None,
    as_of: dt.date,
    t: Thresholds,
    *,
    unit: str | None,
    person: str | None,
    keep: Callable[[MeasureItem], bool] | None = None,
) -> list[NoticeItem]:
    items: list[NoticeItem] = []
    for problem in report.problems if report is not None else ():
        for m in problem.measures:
            if m.status is MeasureStatus.DONE or m.deadline is None:
                continue
            if (unit is not None and m.unit != unit) or (person is not None and m.person != person):
                continue
            if keep is not None and not keep(m):
                continue
            what = f"{problem_label(problem.no)}（{problem.title}）第{m.no}项措施：{m.text}"
            item = chase(what, "measure", m.deadline, as_of, t)
            if item is not None:
                items.append(item)
    return items


def _obligation_items(store: Store, member_id: str, as_of: dt.date, t: Thresholds) -> list[NoticeItem]:
    items: list[NoticeItem] = []
    for d in due_list(store, member_id, as_of).overdue:
        what = f"{d.obligation.label_zh} {d.period.label_zh()}（{d.centre}）"
        item = chase(what, d.obligation.value, d.deadline, as_of, t)
        if item is not None:
            items.append(item)
    return items


def units(report: LedgerReport | None) -> list[str]:
    """Every 责任单位 the ledger names, in pinyin order."""
    if report is None:
        return []
    return sorted({m.unit for m in report.measures if m.unit.strip()}, key=zh_key)


def ledger_units(store: Store) -> list[str]:
    """Every 责任单位 the ledger names now, in pinyin order; none while the ledger has no problem."""
    return units(_ledger_or_none(store))


def unit_notice(store: Store, unit: str, as_of: dt.date) -> Notice:
    report, t = _ledger_as_of(store, as_of), thresholds(store)
    if unit not in units(report):
        raise InputError("notice.unit_unknown", "unit", name=unit)
    found = notice(unit, True, as_of, _measure_items(report, as_of, t, unit=unit, person=None), t)
    if found is None:
        raise InputError("notice.nothing_to_chase", None, day=date_text(as_of), who=unit)
    return found


def member_notice(store: Store, member: dict[str, object], as_of: dt.date) -> Notice:
    report, t = _ledger_as_of(store, as_of), thresholds(store)
    name = str(member["name"])
    items = _measure_items(report, as_of, t, unit=None, person=name)
    items += _obligation_items(store, str(member["id"]), as_of, t)
    found = notice(name, False, as_of, items, t)
    if found is None:
        raise InputError("notice.nothing_to_chase", None, day=date_text(as_of), who=name)
    return found


def unaddressed(store: Store, as_of: dt.date) -> list[str]:
    """The measures to chase that no notice of :func:`all_notices` lists: no 责任单位, and a 责任人 who
    is not a member (or none). Whoever prints them all is told, so none is dropped unseen."""
    names = {str(m["name"]) for m in members(store)}
    report, t = _ledger_as_of(store, as_of), thresholds(store)
    items = _measure_items(
        report, as_of, t, unit=None, person=None, keep=lambda m: not m.unit.strip() and m.person not in names
    )
    return [item.what for item in items]


def all_notices(store: Store, as_of: dt.date) -> list[Notice]:
    """A notice per unit, then per member, with something to chase; refused when none has."""
    report, t = _ledger_as_of(store, as_of), thresholds(store)
    out: list[Notice] = []
    for unit in units(report):
        found = notice(unit, True, as_of, _measure_items(report, as_of, t, unit=unit, person=None), t)
        if found is not None:
            out.append(found)
    for member in members(store):
        name = str(member["name"])
        items = _measure_items(report, as_of, t, unit=None, person=name)
        items += _obligation_items(store, str(member["id"]), as_of, t)
        found = notice(name, False, as_of, items, t)
        if found is not None:
            out.append(found)
    if not out:
        raise InputError("notice.nothing_to_chase", None, day=date_text(as_of), who="各责任单位和党员")
    return out
