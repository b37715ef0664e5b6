"""The window's side of :mod:`hdrectify.domain.wording`: the same labels and formats, in the user's language.

Each function hands the Chinese text (marked there in the context ``Labels``) to Qt's translator, then
formats as the core does; nothing is worded here, so the window, the command line and the documents
cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from hdrectify.domain import wording
from hdrectify.domain.periods import Period

if TYPE_CHECKING:  # holidays (chinese_calendar) loads when a holiday is first worded, not at start-up
    from hdrectify.domain.holidays import Closure

percent = wording.percent  # digits and a per cent sign read the same in both languages


def tr(zh: str) -> str:
    """``zh``, a text of :mod:`hdrectify.domain.wording`, in the current language."""
    return QCoreApplication.translate(wording.CONTEXT, zh)


def date_text(day: dt.date | str | None) -> str:
    """2024年3月5日 (March 5, 2024 in English); empty for none."""
    return wording.date_text(day, tr(wording.DATE))


def short_date(day: dt.date, *, year: int | None = None) -> str:
    """3月5日 when ``year`` says the year goes without saying, else the whole date."""
    return wording.month_day_text(day, tr(wording.MONTH_DAY)) if year == day.year else date_text(day)


def timestamp_text(stamp: dt.datetime | str) -> str:
    """2026年3月5日 18:30."""
    return wording.timestamp_text(stamp, tr(wording.TIMESTAMP), tr(wording.DATE))


def month_short(month: int) -> str:
    """3月 (M3 in English): a month within a known year."""
    return tr(wording.MONTH_SHORT).format(month)


def period_text(period: Period) -> str:
    """2024年第10周, 2024年3月, 2024年第1季度, 2024年."""
    formats = (tr(wording.WEEK), tr(wording.MONTH), tr(wording.QUARTER), tr(wording.YEAR))
    return wording.period_text(period.kind.value, period.year, period.index, formats)


def quarter_text(year: int, quarter: int) -> str:
    return wording.quarter_text(year, quarter, tr(wording.QUARTER))


def area_heading(no: int, title: str) -> str:
    """一、title (1. title in English)."""
    chinese = QLocale().language() is QLocale.Language.Chinese  # i18n.install sets it with the language
    return wording.area_heading(no, title, tr(wording.AREA_HEADING), chinese=chinese)


def obligation_text(obligation: str) -> str:
    return tr(wording.obligation_label(obligation))


def weekday_text(iso_weekday: int) -> str:
    """星期一 (Monday) for ISO weekday 1."""
    return tr(wording.weekday_label(iso_weekday))


def method_text(method: str) -> str:
    """A contact's method; one this version does not know, as it is."""
    return tr(wording.method_label(method))


def role_text(role: str) -> str:
    """办公室 / 党员电脑: what an installation is; one this version does not know, as it is."""
    return tr(wording.ROLE.get(role, role))


def method_choice_text(method: str) -> str:
    """A method as a form offers it: 电话, 到岗（到中心现场） (On-site (at the centre))."""
    hint = wording.METHOD_HINT.get(method)
    return aside(method_text(method), tr(hint)) if hint else method_text(method)


def status_text(status: str) -> str:
    return tr(wording.status_label(status))


def measure_status_text(status: str) -> str:
    return QCoreApplication.translate(wording.MEASURE_STATUS_CONTEXT, wording.measure_status_label(status))


def request_state_text(state: str) -> str:
    """待审核 / 已销号 / 已退回: where a 申请销号 stands."""
    return tr(wording.request_state_label(state))


def deadline_warning_text(level: str) -> str:
    """已逾期 / 临近时限 / 时间充裕: the deadline colour of the dashboard and the ledger in words."""
    return tr(wording.deadline_warning_label(level))


def deadline_legend(yellow_days: int, green_days: int) -> str:
    """红底 已逾期　黄底 剩 N 天内到期　青底 剩 M 天以上: the colours named as they are painted."""
    return tr(wording.DEADLINE_LEGEND).format(yellow=yellow_days, green=green_days)


def source_text(source: str) -> str:
    return tr(wording.source_label(source))


def record_kind_text(table: str, method: str | None) -> str:
    """A cadence record: the contact's method, 季度汇报 or 年度考评."""
    return tr(wording.record_kind_label(table, method))


def join_list(items: Iterable[str]) -> str:
    """甲、乙 (A, B in English)."""
    return tr(wording.LIST_SEP).join(items)


def join_clauses(items: Iterable[str]) -> str:
    """甲；乙 (A; B in English)."""
    return tr(wording.CLAUSE_SEP).join(items)


def labelled(label: str, value: object) -> str:
    """方式：电话 (Method: Phone)."""
    return tr(wording.LABELLED).format(label, value)


def aside(text: str, note: object) -> str:
    """陈志强（138…） (Chen (138…))."""
    return tr(wording.ASIDE).format(text, note)


def span(first: str, last: str) -> str:
    return tr(wording.SPAN).format(first, last)


def holiday_name(closure: Closure) -> str:
    """春节; 国庆节、中秋节 (Spring Festival; National Day, Mid-autumn Festival)."""
    return closure.label(tr(wording.HOLIDAY_JOIN), {key: tr(zh) for key, zh in wording.HOLIDAY.items()})


def holiday_lines(closures: list[Closure], first: dt.date, last: dt.date) -> list[str]:
    """What a week's closures mean: 春节放假：2月15日—2月23日, and its 调休 days inside the week."""
    from hdrectify.domain.holidays import week_notes

    return week_notes(
        closures,
        first,
        last,
        off=tr(wording.HOLIDAY_OFF),
        work=tr(wording.HOLIDAY_WORK),
        sep=tr(wording.LIST_SEP),
        name=holiday_name,
        day=lambda d: short_date(d, year=first.year),
    )


def phrase_text(phrase: wording.Phrase, value: Callable[[object], object] | None = None) -> str:
    """A phrase of the core (a pairing with its dates, a member's pairing) in the current language;
    ``value`` says each value (a refusal's text, a label translated), else each stays as it is."""
    return phrase.text(tr, value)
