"""Periods: ISO weeks placed by their Thursday, months, quarters, years, and their text forms."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period, parse_date

D = dt.date
dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31))


def test_2020_w53_spans_the_year_end_and_belongs_to_december() -> None:
    week = Period.parse("2020-W53")
    assert week.first_day == D(2020, 12, 28)
    assert week.last_day == D(2021, 1, 3)
    assert week.thursday == D(2020, 12, 31)
    assert str(week.month()) == "2020-12"
    assert str(week.quarter()) == "2020-Q4"
    assert week in Period.parse("2020-12").subperiods(Kind.WEEK)
    assert week not in Period.parse("2021-01").subperiods(Kind.WEEK)
    assert Period.week_of(D(2021, 1, 3)) == week


def test_2026_w01_starts_on_2025_12_29_and_belongs_to_january_2026() -> None:
    week = Period.week_of(D(2025, 12, 29))
    assert str(week) == "2026-W01"
    assert week.first_day == D(2025, 12, 29)
    assert str(week.month()) == "2026-01"
    assert week.within(Period.parse("2026"))
    assert not week.within(Period.parse("2025"))
    assert Period.parse("2026-01").subperiods(Kind.WEEK)[0] == week
    assert Period.parse("2025-12").subperiods(Kind.WEEK)[-1] == Period.parse("2025-W52")


def test_year_subperiods() -> None:
    assert len(Period.parse("2020").subperiods(Kind.WEEK)) == 53
    assert len(Period.parse("2026").subperiods(Kind.WEEK)) == 53
    assert len(Period.parse("2024").subperiods(Kind.WEEK)) == 52
    assert [str(p) for p in Period.parse("2024").subperiods(Kind.QUARTER)] == [
        "2024-Q1",
        "2024-Q2",
        "2024-Q3",
        "2024-Q4",
    ]
    assert [str(p) for p in Period.parse("2024-Q2").subperiods(Kind.MONTH)] == ["2024-04", "2024-05", "2024-06"]
    assert Period.parse("2024-03").subperiods(Kind.YEAR) == []


def test_bounds_of_months_quarters_and_years() -> None:
    assert Period.parse("2024-02").last_day == D(2024, 2, 29)
    assert Period.parse("2023-02").last_day == D(2023, 2, 28)
    assert Period.parse("2024-Q4").first_day == D(2024, 10, 1)
    assert Period.parse("2024-Q4").last_day == D(2024, 12, 31)
    assert Period.parse("2024").last_day == D(2024, 12, 31)
    assert Period.parse("2024-12").next() == Period.parse("2025-01")
    assert Period.parse("2024-Q4").next() == Period.parse("2025-Q1")
    assert Period.parse("2020-W53").next() == Period.parse("2021-W01")


@pytest.mark.parametrize("text", ["2024-W10", "2024-03", "2024-Q1", "2024", "2020-W53"])
def test_text_round_trips(text: str) -> None:
    assert str(Period.parse(text)) == text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2024-Q5", Kind.QUARTER),
        ("2024Q1", Kind.QUARTER),
        ("24-Q1", Kind.QUARTER),
        ("2024-13", Kind.MONTH),
        ("2024-3", Kind.MONTH),
        ("2024-Q1", Kind.MONTH),
        ("二〇二四", Kind.YEAR),
        ("2021-W53", Kind.WEEK),
        ("", None),
    ],
)
def test_malformed_periods_are_refused_with_a_hint(text: str, kind: Kind | None) -> None:
    with pytest.raises(InputError) as err:
        Period.parse(text, kind)
    assert "2024" in str(err.value) or "周" in str(err.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("2024-3-5", "格式"), ("abc", "格式"), ("2024-02-30", "不存在"), ("2023-02-29", "不存在")],
)
def test_bad_dates_say_what_is_wrong(text: str, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        parse_date(text)


def test_leap_day_parses() -> None:
    assert parse_date("2024-02-29") == D(2024, 2, 29)


@given(dates)
def test_every_week_lies_in_exactly_one_month(day: dt.date) -> None:
    week = Period.week_of(day)
    months = [
        m for m in (Period.month_of(week.first_day), Period.month_of(week.last_day)) if week in m.subperiods(Kind.WEEK)
    ]
    assert len(set(months)) == 1
    assert months[0] == week.month()
    assert week.first_day <= day <= week.last_day
    assert (week.last_day - week.first_day).days == 6


@given(dates)
def test_the_weeks_of_a_year_tile_it_by_thursday(day: dt.date) -> None:
    year = Period.year_of(day)
    weeks = year.subperiods(Kind.WEEK)
    for a, b in itertools.pairwise(weeks):
        assert a.next() == b
    assert all(w.thursday.year == year.year for w in weeks)
    months = year.subperiods(Kind.MONTH)
    assert sum(len(m.subperiods(Kind.WEEK)) for m in months) == len(weeks)


@given(dates)
def test_periods_contain_their_own_days(day: dt.date) -> None:
    for kind in Kind:
        p = Period.of(kind, day)
        assert p.contains(day)
        assert Period.parse(str(p), kind) == p
        assert p.next().first_day == p.last_day + dt.timedelta(days=1)


@pytest.mark.parametrize(
    "text",
    ["２０２４－０３－０５", "２０２４-０３-０５", "٢٠٢٤-03-05", "2024-03-05\u200b", "2024\u202e-03-05", "2024_03-05"],
)
def test_full_width_or_odd_characters_in_a_date_are_a_format_error(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse_date(text)
    message = str(err.value)
    assert "格式不对" in message and "YYYY-MM-DD" in message and "不存在" not in message
    assert all(ch.isprintable() for ch in message), "the message shows invisible characters escaped"


def test_a_full_width_date_is_told_to_use_half_width_digits() -> None:
    with pytest.raises(InputError, match="半角"):
        parse_date("２０２４－０３－０５")


def test_a_date_may_have_spaces_around_it() -> None:
    assert parse_date("\u30002024-03-05 ") == D(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("２０２４-Q1", Kind.QUARTER),
        ("２０２４", Kind.YEAR),
        ("2024-０３", Kind.MONTH),
        ("٢٠٢٤", None),
        ("2024\u200b", None),
    ],
)
def test_periods_take_only_ascii_digits(text: str, kind: Kind | None) -> None:
    with pytest.raises(InputError) as err:
        Period.parse(text, kind)
    assert all(ch.isprintable() for ch in str(err.value))
