"""Statutory holidays and 调休 against the State Council General Office's notices for 2024 and 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from hdrectify.domain import holidays
from hdrectify.domain.cadence import Obligation
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period, days

D = dt.date

# 国务院办公厅关于2024年部分节假日安排的通知 / 关于2025年部分节假日安排的通知: (name, off from, off to, work days)
NOTICES = {
    2024: [
        ("元旦", D(2023, 12, 30), D(2024, 1, 1), []),
        ("春节", D(2024, 2, 10), D(2024, 2, 17), [D(2024, 2, 4), D(2024, 2, 18)]),
        ("清明节", D(2024, 4, 4), D(2024, 4, 6), [D(2024, 4, 7)]),
        ("劳动节", D(2024, 5, 1), D(2024, 5, 5), [D(2024, 4, 28), D(2024, 5, 11)]),
        ("端午节", D(2024, 6, 10), D(2024, 6, 10), []),
        ("中秋节", D(2024, 9, 15), D(2024, 9, 17), [D(2024, 9, 14)]),
        ("国庆节", D(2024, 10, 1), D(2024, 10, 7), [D(2024, 9, 29), D(2024, 10, 12)]),
    ],
    2025: [
        ("元旦", D(2025, 1, 1), D(2025, 1, 1), []),
        ("春节", D(2025, 1, 28), D(2025, 2, 4), [D(2025, 1, 26), D(2025, 2, 8)]),
        ("清明节", D(2025, 4, 4), D(2025, 4, 6), []),
        ("劳动节", D(2025, 5, 1), D(2025, 5, 5), [D(2025, 4, 27)]),
        ("端午节", D(2025, 5, 31), D(2025, 6, 2), []),
        ("国庆节、中秋节", D(2025, 10, 1), D(2025, 10, 8), [D(2025, 9, 28), D(2025, 10, 11)]),
    ],
}


@pytest.mark.parametrize("year", sorted(NOTICES))
def test_closures_are_the_notices(year: int) -> None:
    found = [(c.label(), c.first, c.last, list(c.makeup)) for c in holidays.closures(year)]
    assert found == NOTICES[year]


@pytest.mark.parametrize("year", sorted(NOTICES))
def test_days_off_and_make_up_days(year: int) -> None:
    for _name, first, last, work in NOTICES[year]:
        for day in days(first, last):
            assert holidays.is_holiday(day) and not holidays.is_workday(day), day
            closure = holidays.closure_off(day)
            assert closure is not None and closure.first == first
        for day in work:
            assert day.weekday() >= 5  # a weekend day worked
            assert holidays.is_workday(day) and not holidays.is_holiday(day), day
            closure = holidays.closure_makeup(day)
            assert closure is not None and closure.first == first
    assert holidays.is_workday(D(year, 3, 12)) and holidays.closure_off(D(year, 3, 12)) is None
    assert holidays.is_holiday(D(2025, 3, 15))  # an ordinary Saturday


def test_2025_spring_festival_dates() -> None:
    assert all(holidays.is_holiday(d) for d in days(D(2025, 1, 28), D(2025, 2, 4)))
    assert holidays.is_workday(D(2025, 1, 26)) and holidays.is_workday(D(2025, 2, 8))
    assert all(holidays.is_holiday(d) for d in days(D(2025, 10, 1), D(2025, 10, 8)))
    assert holidays.is_workday(D(2025, 9, 28)) and holidays.is_workday(D(2025, 10, 11))
    assert all(holidays.is_holiday(d) for d in days(D(2024, 2, 10), D(2024, 2, 17)))
    assert holidays.is_workday(D(2024, 2, 4)) and holidays.is_workday(D(2024, 2, 18))


def test_reasons() -> None:
    by_label = {c.label(): c for c in holidays.closures(2025)}
    assert by_label["春节"].reason() == "2025年春节假期（1月28日—2月4日）"
    assert by_label["元旦"].reason() == "2025年元旦假期（1月1日）"
    assert by_label["国庆节、中秋节"].reason() == "2025年国庆节、中秋节假期（10月1日—10月8日）"
    new_year_2024 = holidays.closures(2024)[0]
    assert new_year_2024.reason() == "2024年元旦假期（2023年12月30日—1月1日）"


def test_suggestions_2025() -> None:
    found = holidays.suggestions(2025)
    spring = found[0]
    assert (spring.obligation, str(spring.period)) == (Obligation.CONTACT, "2025-W05")
    assert (spring.start, spring.end) == (D(2025, 1, 27), D(2025, 2, 2))
    assert spring.workdays == 1  # Monday 27 January only
    assert spring.reason == "2025年春节假期（1月28日—2月4日）"
    national = [s for s in found if s.closure.label() == "国庆节、中秋节"]
    assert [str(s.period) for s in national] == ["2025-W40"]  # 29, 30 September worked; W41 keeps 3 days
    assert all(s.workdays <= holidays.WEEK_MAX_WORKDAYS for s in found)
    # the week after the Spring Festival keeps 4 working days (5–8 February, Saturday worked): not offered
    assert "2025-W06" not in {str(s.period) for s in found}
    assert [s for s in found if s.obligation is Obligation.VISIT] == []  # no month is left that short


def test_month_rule() -> None:
    """A month is offered when at most ``month_max`` working days are left: February 2024 keeps 18."""
    feb = [s for s in holidays.suggestions(2024, month_max=18) if s.obligation is Obligation.VISIT]
    assert [(str(s.period), s.workdays, s.closure.label()) for s in feb] == [("2024-02", 18, "春节")]
    assert [s for s in holidays.suggestions(2024, month_max=17) if s.obligation is Obligation.VISIT] == []


@pytest.mark.parametrize("year", [2027, 2003, 2100])
def test_unknown_year_is_said(year: int) -> None:
    assert year not in holidays.known_years() and not holidays.is_known(year)
    for call in (lambda: holidays.suggestions(year), lambda: holidays.closures(year)):
        with pytest.raises(InputError) as e:
            call()
        assert e.value.code == "holidays.unknown_year" and e.value.field == "year"
        assert str(e.value).startswith(f"{year}年的法定节假日尚未收录，请更新本软件")
    with pytest.raises(InputError):
        holidays.is_workday(D(year, 5, 1))
    assert holidays.closures_between(D(year, 1, 1), D(year, 12, 31)) == []


def test_last_known_years_edge_week_is_not_guessed() -> None:
    """2026-W53 ends on 3 January 2027, a year not listed: it is never offered."""
    last = holidays.known_years()[-1]
    weeks = Period(Kind.YEAR, last).subperiods(Kind.WEEK)
    offered = {s.period for s in holidays.suggestions(last)}
    assert all(w.last_day.year == last for w in offered if w in weeks)


def test_closures_between_a_week() -> None:
    found = holidays.closures_between(D(2025, 1, 20), D(2025, 1, 26))  # 26 January is a 调休 day
    assert [c.label() for c in found] == ["春节"]


@pytest.mark.parametrize(
    ("year", "marked"),
    [
        (2024, {2: "Spring Festival", 5: "Labour Day", 10: "National Day"}),  # 清明 Thu–Sat, 中秋 Sun–Tue: 2 weekdays
        (2025, {1: "Spring Festival", 5: "Labour Day", 10: "National Day"}),  # 春节 28 Jan–4 Feb: 4 weekdays in January
    ],
)
def test_the_months_a_long_closure_takes_three_weekdays_of(year: int, marked: dict[int, str]) -> None:
    found = {}
    for month in Period(Kind.YEAR, year).subperiods(Kind.MONTH):
        long = holidays.long_closures_in(month.first_day, month.last_day)
        if long:
            (closure,) = long
            found[month.index] = closure.names[0]
    assert found == marked
