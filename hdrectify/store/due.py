"""What is due and overdue as of a day, for ``hdrectify due`` and the tray. No Qt.

The statuses are the dashboard's (``store/dashboard.build``, the cadence engine's ``due`` and
``missed``); this module only picks and shapes them: every period due, and every period missed that
is still worth a reminder (``domain/reminders.overdue_counts``).
"""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.cadence import OBLIGATIONS
from hdrectify.domain.collation import zh_key
from hdrectify.domain.reminders import DueItem, DueList, overdue_counts
from hdrectify.store.base import Store
from hdrectify.store.dashboard import Item, build


def _item(i: Item) -> DueItem:
    p = i.pairing
    return DueItem(p.pairing.id, p.member, p.centre, p.town, i.obligation, i.period, i.deadline, i.status)


def _order(i: DueItem) -> tuple[object, ...]:
    return (i.deadline, zh_key(i.member), zh_key(i.centre), OBLIGATIONS.index(i.obligation), i.period)


def due_list(store: Store, member_id: str | None, today: dt.date) -> DueList:
    """Due and overdue for one member (``member_id``) or everyone (None), as of ``today``."""
    # the dashboard lists the periods missed since a day: here, since the first day it looks at
    # (this year, and last year in January and February), filtered by overdue_counts
    first_year = today.year - 1 if today.month <= 2 else today.year
    board = build(store, member_id, today, dt.date(first_year, 1, 1).isoformat())
    due = sorted((_item(i) for i in board.due), key=_order)
    overdue = sorted((_item(i) for i in board.missed if overdue_counts(_item(i), today)), key=_order)
    return DueList(today, due, overdue)
