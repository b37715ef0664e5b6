"""The one place for labels and formats: each format as users read it, and the enums' names."""

from __future__ import annotations

import datetime as dt

import pytest

from hdrectify.domain import wording
from hdrectify.domain.cadence import Method, Obligation, Status
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.domain.periods import Period


def test_dates() -> None:
    assert wording.date_text(dt.date(2024, 3, 5)) == "2024年3月5日"
    assert wording.date_text("2024-12-31") == "2024年12月31日"
    assert wording.date_text("2024-03-05T18:30:00+08:00") == "2024年3月5日"
    assert wording.date_text(None) == wording.date_text("") == ""
    assert wording.month_day_text(dt.date(2024, 3, 5)) == "3月5日"


def test_timestamps_keep_their_own_zone() -> None:
    assert wording.timestamp_text("2026-03-05T18:30:12+08:00") == "2026年3月5日 18:30"
    assert wording.timestamp_text(dt.datetime(2026, 1, 2, 7, 5)) == "2026年1月2日 07:05"
    assert wording.timestamp_text("not a time") == "not a time"


def test_periods() -> None:
    assert wording.week_text(2024, 10) == "2024年第10周"
    assert wording.month_text(2024, 3) == "2024年3月"
    assert wording.year_text(2024) == "2024年"
    assert [wording.period_text(k, 2024, i) for k, i in [("week", 1), ("month", 12), ("quarter", 4), ("year", 0)]] == [
        "2024年第1周",
        "2024年12月",
        "2024年第4季度",
        "2024年",
    ]


def test_one_spelling_of_a_quarter() -> None:
    """第1季度, as periods, file names and the command line write it; 第一季度 is gone."""
    assert wording.quarter_text(2024, 1) == "2024年第1季度"
    assert Period.parse("2024-Q3").label_zh() == "2024年第3季度"


@pytest.mark.parametrize(
    ("n", "zh"),
    [
        (1, "一"),
        (4, "四"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (12, "十二"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
    ],
)
def test_numerals(n: int, zh: str) -> None:
    assert wording.zh_numeral(n) == zh


@pytest.mark.parametrize("n", [0, -1, 100, 123])
def test_numerals_outside_1_99_stay_digits(n: int) -> None:
    assert wording.zh_numeral(n) == str(n)


@pytest.mark.parametrize(
    ("rate", "text"),
    [
        (None, "—"),
        (0.0, "0.0%"),
        (1 / 3, "33.3%"),
        (2 / 3, "66.7%"),
        (0.875, "87.5%"),
        (1.0, "100.0%"),
        (0.9995, "100.0%"),
    ],
)
def test_percent_has_one_precision(rate: float | None, text: str) -> None:
    assert wording.percent(rate) == text


def test_names_of_the_enums_come_from_here() -> None:
    assert [o.label_zh for o in Obligation] == ["每周联系", "每月到岗", "季度汇报", "年度考评"]
    assert [m.label_zh for m in Method] == ["电话", "微信", "到岗", "会议", "其他"]
    assert [s.label_zh for s in Status] == ["已完成", "逾期完成", "免", "未完成", "待完成", "未开始"]
    assert [s.label_zh for s in MeasureStatus] == ["未开始", "整改中", "已完成"]
    assert [s.label_zh for s in Source] == ["巡察反馈", "走访发现"]
    for enum, table in [
        (Obligation, wording.OBLIGATION),
        (Method, wording.METHOD),
        (Status, wording.STATUS),
        (MeasureStatus, wording.MEASURE_STATUS),
        (Source, wording.SOURCE),
    ]:
        assert set(table) == {e.value for e in enum}


def test_record_kinds() -> None:
    assert wording.record_kind_label("contacts", "onsite") == "到岗"
    assert wording.record_kind_label("contacts", "fax") == "fax"  # a method from a newer version, as it is
    assert wording.record_kind_label("reports", None) == "季度汇报"
    assert wording.record_kind_label("reviews", None) == "年度考评"


def test_a_member_told_from_namesakes_is_a_phrase_said_in_chinese() -> None:
    """The refusal of an ambiguous member passes this phrase, not a sentence: the window translates its parts."""
    from hdrectify.domain.wording import Phrase, member_described

    described = member_described("陈志强", ["平山街道康园中心", "安墩镇康园中心"], "13800000000")
    assert isinstance(described, Phrase)
    assert str(described) == "陈志强（挂钩平山街道康园中心、安墩镇康园中心，电话 13800000000）"
    assert str(member_described("陈志强", [], "")) == "陈志强（未挂钩）"
