"""Rules of the rectification ledger (整改台账): measure statuses, closing, problem state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import IntEnum, StrEnum

from hdrectify.domain import wording
from hdrectify.domain.errors import InputError


class Source(StrEnum):
    INSPECTION = "inspection"  # found by the county inspection (巡察)
    VISIT = "visit"  # found on a member's on-site visit (挂钩走访)

    @property
    def label_zh(self) -> str:
        return wording.source_label(self.value)


class MeasureStatus(StrEnum):
    OPEN = "open"  # 未开始
    IN_PROGRESS = "in_progress"  # 整改中
    DONE = "done"  # 已完成（销号）

    @property
    def label_zh(self) -> str:
        return wording.measure_status_label(self.value)


class DeadlineWarning(IntEnum):
    """How near a measure's deadline is, as the dashboard and the ledger colour it (higher is more urgent)."""

    NONE = 0  # done, no deadline, or between the two thresholds
    GREEN = 1  # more than ``warn_green_days`` left
    YELLOW = 2  # ``warn_yellow_days`` or fewer left (today included)
    RED = 3  # overdue


def deadline_warning(
    deadline: dt.date | str | None, today: dt.date, yellow_days: int, green_days: int, *, done: bool = False
) -> DeadlineWarning:
    """The one rule for the deadline warning (the settings ``warn_yellow_days`` / ``warn_green_days``).

    Red when the deadline has passed, yellow when at most ``yellow_days`` are left, green when more
    than ``green_days`` are; nothing for a closed measure, one without a deadline, or in between.
    """
    if deadline is None or deadline == "" or done:
        return DeadlineWarning.NONE
    day = dt.date.fromisoformat(deadline[:10]) if isinstance(deadline, str) else deadline
    left = (day - today).days
    if left < 0:
        return DeadlineWarning.RED
    if left <= yellow_days:
        return DeadlineWarning.YELLOW
    if left > green_days:
        return DeadlineWarning.GREEN
    return DeadlineWarning.NONE


def check_can_close(evidence_count: int, reason: str | None) -> None:
    """销号 needs evidence (佐证材料) or a written reason (SPEC, ledger)."""
    if evidence_count == 0 and not (reason or "").strip():
        raise InputError("ledger.close_needs_evidence")


def problem_status(measures: Iterable[MeasureStatus]) -> MeasureStatus:
    """A problem is closed when all its measures are; in progress once any has moved."""
    statuses = list(measures)
    if statuses and all(s is MeasureStatus.DONE for s in statuses):
        return MeasureStatus.DONE
    if any(s is not MeasureStatus.OPEN for s in statuses):
        return MeasureStatus.IN_PROGRESS
    return MeasureStatus.OPEN


PENDING_NO = "待编号"  # a problem made on a member's laptop, until the office numbers it


def problem_no_text(no: int | None) -> str:
    """A problem's number as documents print it: ``18``, or 待编号."""
    return PENDING_NO if no is None else str(no)


def problem_label(no: int | None) -> str:
    """``问题18``, or 待编号 for a problem the office has not numbered yet."""
    return PENDING_NO if no is None else f"问题{no}"
