"""Rules of the rectification ledger (整改台账): measure statuses, closing, problem state."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from hdrectify.domain.errors import InputError


class Source(StrEnum):
    INSPECTION = "inspection"  # found by the county inspection (巡察)
    VISIT = "visit"  # found on a member's on-site visit (挂钩走访)

    @property
    def label_zh(self) -> str:
        return "巡察反馈" if self is Source.INSPECTION else "走访发现"


class MeasureStatus(StrEnum):
    OPEN = "open"  # 未开始
    IN_PROGRESS = "in_progress"  # 整改中
    DONE = "done"  # 已完成（销号）

    @property
    def label_zh(self) -> str:
        return _MEASURE_ZH[self]


_MEASURE_ZH = {
    MeasureStatus.OPEN: "未开始",
    MeasureStatus.IN_PROGRESS: "整改中",
    MeasureStatus.DONE: "已完成",
}


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
