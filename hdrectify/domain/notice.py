"""The 督办提醒单's rules: which items a notice chases, and how hard (提醒 → 督办 → 告诫). No SQL, no Qt.

An item is a ledger measure not yet closed or a missed obligation of the cadence, with its deadline.
An overdue item is chased once it is ``remind`` days overdue; its level rises to 督办 at ``urge``
days and to 告诫 at ``warn`` days (the settings ``notice_remind_days``, ``notice_urge_days``,
``notice_warn_days``; 1 / 15 / 30 unless the office sets them). A measure not yet due is chased as a
提醒 when its deadline is near (the ledger's yellow, ``warn_yellow_days``). A notice is as hard as its
hardest item, and asks for a reply within ``notice_reply_days``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from hdrectify.domain import wording
from hdrectify.domain.errors import InputError


class NoticeLevel(IntEnum):
    REMIND = 1  # 提醒
    URGE = 2  # 督办
    WARN = 3  # 告诫

    @property
    def key(self) -> str:
        return self.name.lower()

    @property
    def label_zh(self) -> str:
        return wording.notice_level_label(self.key)


@dataclass(frozen=True)
class Thresholds:
    remind: int = 1
    urge: int = 15
    warn: int = 30
    reply_days: int = 5
    near_days: int = 10  # a deadline this near is chased before it passes

    def check(self) -> Thresholds:
        """Refuses thresholds out of order: 1 ≤ 提醒 ≤ 督办 ≤ 告诫 ≤ 3650, a reply within 1–90 days."""
        if not (1 <= self.remind <= self.urge <= self.warn <= 3650):
            raise InputError("notice.levels_order", "notice_levels", remind=self.remind, urge=self.urge, warn=self.warn)
        if not 1 <= self.reply_days <= 90:
            raise InputError("notice.reply_days", "notice_reply_days", days=self.reply_days)
        return self

    def level(self, days_overdue: int) -> NoticeLevel | None:
        """The level of an item ``days_overdue`` days past its deadline (≤ 0: not yet due); None: not chased yet."""
        if days_overdue >= self.warn:
            return NoticeLevel.WARN
        if days_overdue >= self.urge:
            return NoticeLevel.URGE
        if days_overdue >= self.remind:
            return NoticeLevel.REMIND
        return None


@dataclass(frozen=True)
class NoticeItem:
    what: str  # 问题3 第2项措施：… / 每周联系 2024年第10周（平山街道康园中心）
    kind: str  # "measure" or the obligation's value
    deadline: dt.date
    days_overdue: int  # 0 when not yet due
    days_left: int  # 0 when overdue
    level: NoticeLevel


def chase(what: str, kind: str, deadline: dt.date, as_of: dt.date, t: Thresholds) -> NoticeItem | None:
    """The item a notice lists for ``deadline`` as of ``as_of``, or None when it is not to be chased."""
    late = (as_of - deadline).days
    if late > 0:
        level = t.level(late)
        return None if level is None else NoticeItem(what, kind, deadline, late, 0, level)
    if kind == "measure" and -late <= t.near_days:
        return NoticeItem(what, kind, deadline, 0, -late, NoticeLevel.REMIND)
    return None


@dataclass(frozen=True)
class Notice:
    """One 督办提醒单: to a responsible unit or member, as of a day."""

    addressee: str
    to_unit: bool  # True: a responsible unit (责任单位); False: a member (责任人 / 挂钩党员)
    as_of: dt.date
    reply_by: dt.date
    items: tuple[NoticeItem, ...]  # most overdue first

    @property
    def level(self) -> NoticeLevel:
        return max(i.level for i in self.items)


def notice(addressee: str, to_unit: bool, as_of: dt.date, items: list[NoticeItem], t: Thresholds) -> Notice | None:
    """The notice of ``items`` (None when there is nothing to chase), most overdue first."""
    if not items:
        return None
    ordered = sorted(items, key=lambda i: (-i.days_overdue, i.days_left, i.deadline, i.what))
    return Notice(addressee, to_unit, as_of, as_of + dt.timedelta(days=t.reply_days), tuple(ordered))
