"""The monthly checklist marks the weeks of statutory holidays: the days off and the 调休 days, named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.checklist import checklist_data
from tests.printing.printing_helpers import CHECKLIST_TODAY, pdf_pages, write_checklist_pdf


def _text(store: Store, tmp_path: Path, month: str, today: dt.date = CHECKLIST_TODAY) -> str:
    data = checklist_data(store, Period.parse(month, Kind.MONTH), today=today)
    path, _ = write_checklist_pdf(data, tmp_path, f"{month}.pdf")
    return "\n".join(pdf_pages(path))


def test_january_names_new_year_and_its_make_up_day(january: Store, tmp_path: Path) -> None:
    text = _text(january, tmp_path, "2026-01")
    assert "元旦放假：1月1日—1月3日" in text  # week 1 (29 December – 4 January) belongs to January
    assert "调休上班：1月4日" in text
    assert "春节" not in text


def test_february_names_the_spring_festival(january: Store, tmp_path: Path) -> None:
    text = _text(january, tmp_path, "2026-02", dt.date(2026, 3, 10))
    assert "春节放假：2月15日—2月23日" in text
    assert "调休上班：2月14日" in text and "调休上班：2月28日" in text


def test_a_month_without_holidays_says_none(january: Store, tmp_path: Path) -> None:
    text = _text(january, tmp_path, "2026-03", dt.date(2026, 4, 10))
    assert "放假" not in text and "调休" not in text


def test_a_year_not_listed_prints_without_guessing(january: Store, tmp_path: Path) -> None:
    with january.transaction():
        january.set_setting("federation_name", "惠东县残疾人联合会")
    text = _text(january, tmp_path, "2027-01", dt.date(2027, 2, 10))
    assert "放假" not in text  # 1 January 2027 is surely a holiday, but the notice is not out: nothing guessed
    assert "2027年法定节假日尚未收录" in text
