"""The parsers of single cells of an imported sheet: dates in the forms people type, methods, quarters."""

from __future__ import annotations

import datetime as dt

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.sheet_import.values import parse_date, parse_method, parse_quarter


# -- values --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value",
    [
        "2024-03-05",
        "2024/3/5",
        "2024.3.5",
        "2024年3月5日",
        "２０２４年３月５日",
        "20240305",
        "2024/3/5 0:00",
        45356,
        45356.0,
        "45356",
        dt.datetime(2024, 3, 5, 8),
        dt.date(2024, 3, 5),
    ],
)
def test_dates_in_the_forms_people_type(value: object) -> None:
    assert parse_date(value, "日期") == dt.date(2024, 3, 5)


@pytest.mark.parametrize("value", ["2024-02-30", "3月5日", "昨天", 0, -5, True])
def test_dates_refused(value: object) -> None:
    with pytest.raises(InputError):
        parse_date(value, "日期")


@pytest.mark.parametrize(
    ("text", "method"),
    [("电话", "phone"), ("微信", "wechat"), ("到岗", "onsite"), ("走访", "onsite"), ("现场", "onsite"),
     ("会议", "meeting"), ("其它", "other"), ("phone", "phone"), ("微信视频", "wechat")],
)  # fmt: skip
def test_methods(text: str, method: str) -> None:
    assert parse_method(text) == method


def test_quarters() -> None:
    assert str(parse_quarter("2024年第1季度")) == str(parse_quarter("2024-Q1")) == str(parse_quarter("2024Q1"))
    assert str(parse_quarter("2024年三季度")) == "2024-Q3"
