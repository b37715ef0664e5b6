"""The quarterly and annual summary of the demo database (a realistic year): it agrees with the cadence engine."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from hdrectify.domain.cadence import Obligation, totals
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.wording import percent as pct
from hdrectify.printing.summary_pdf import write_summary_pdf
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view
from hdrectify.store.summary import SummaryData, summary_data
from tests.printing.printing_helpers import DEMO_TODAY, pdf_text


def _demo_data(demo: Path, quarter: str) -> tuple[SummaryData, str]:
    with Store.open(demo) as store:
        return summary_data(store, Period.parse(quarter, Kind.QUARTER), DEMO_TODAY), store.setting("federation_name")


@pytest.mark.parametrize("quarter", ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
def test_demo_counts_equal_the_engines(demo: Path, quarter: str) -> None:
    period = Period.parse(quarter, Kind.QUARTER)
    with Store.open(demo) as store:
        data = summary_data(store, period, DEMO_TODAY)
        view = cadence_view(store, period, DEMO_TODAY)
    rows = view.rows()
    assert data.totals == totals(rows)
    for ob in (Obligation.CONTACT, Obligation.VISIT, Obligation.REPORT):
        assert data.by_obligation[ob] == totals(r for r in rows if r.obligation is ob)
    for p in data.pairings:
        mine = [r for r in rows if r.pairing_id == p.pairing_id]
        assert p.totals == totals(mine)
        assert p.by_obligation[Obligation.VISIT] == totals(r for r in mine if r.obligation is Obligation.VISIT)
    assert {p.pairing_id for p in data.pairings} == {r.pairing_id for r in rows}
    assert len(data.centres) == 17
    rates = [c.completion_rate for c in data.centres if c.completion_rate is not None]
    assert len(rates) == 17 and rates == sorted(rates, reverse=True)


def test_demo_pdf(assert_not_blank, demo: Path, tmp_path: Path) -> None:
    data, federation = _demo_data(demo, "2026-Q1")
    pdf = tmp_path / "demo.pdf"
    pages = write_summary_pdf(data, pdf, federation, today=DEMO_TODAY)
    assert pages >= 3
    text = pdf_text(pdf)
    assert "2026年第1季度挂钩联系工作汇总" in text and federation in text
    assert "统计期间：2026年1月1日至2026年3月31日" in text
    for p in data.pairings:
        assert p.member in text and p.centre in text
        assert pct(p.completion_rate) in text
    assert f"总体完成率为{pct(data.totals.completion_rate)}" in text.replace("\n", "")
    for c in data.centres:
        assert text.count(c.centre) >= 2  # in the table and as a bar's label
    for e in data.exemptions:
        assert e.reason in text
    assert data.problems and all(p.title in text for p in data.problems)
    assert data.backfilled and "补录" in text
    assert_not_blank(pdf)


def test_demo_pdf_with_a_handover(assert_not_blank, demo: Path, tmp_path: Path) -> None:
    """吉隆 changed hands on 1 June: two rows, each saying which part of the quarter it covers."""
    data, federation = _demo_data(demo, "2026-Q2")
    assert len(data.pairings) == 18 and len(data.centres) == 17
    pdf = tmp_path / "q2.pdf"
    write_summary_pdf(data, pdf, federation, today=DEMO_TODAY)
    text = pdf_text(pdf)
    assert "（至5月31日）" in text and "（6月1日起）" in text and "不需提交" in text
    assert_not_blank(pdf)


def test_demo_xlsx_rows_equal_the_data(demo: Path, tmp_path: Path) -> None:
    data, federation = _demo_data(demo, "2026-Q3")
    path = tmp_path / "q3.xlsx"
    write_summary_xlsx(data, path, federation)
    wb = openpyxl.load_workbook(path)
    assert wb["挂钩"].max_row == 1 + len(data.pairings)
    assert wb["记录"].max_row == 1 + len(data.records)
    assert wb["问题"].max_row == 1 + sum(max(1, len(p.measures)) for p in data.problems)
    assert wb["免除"].max_row == 1 + len(data.exemptions)
    summary = wb["统计"]
    assert summary.cell(2 + 3 + len(data.centres), 1).value == "康园中心"
    assert summary.cell(2 + 3 + len(data.centres) + 1, 1).value is None
    notes = [summary.cell(r, 2).value for r in range(summary.max_row - 5, summary.max_row + 1)]
    assert federation in notes
    # column widths follow the text: the centre column fits its longest name (CJK counts double)
    longest = max(len(c.centre) for c in data.centres)
    assert wb["挂钩"].column_dimensions["C"].width >= 2 * longest


def test_member_totals_are_the_sums_of_their_pairings(demo: Path) -> None:
    for span in ("2026-Q2", "2026"):
        data, _ = _demo_data_span(demo, span)
        several = 0
        for m in data.member_totals:
            mine = [p for p in data.pairings if p.member == m.member]
            several += len(mine) > 1
            for field in ("done", "late", "exempt", "missed", "due", "upcoming"):
                assert getattr(m.totals, field) == sum(getattr(p.totals, field) for p in mine), (m.member, field)
                for ob in data.obligations:
                    got = getattr(m.by_obligation[ob], field)
                    assert got == sum(getattr(p.by_obligation[ob], field) for p in mine)
        assert several  # the demo has members with two centres
        assert {m.member for m in data.member_totals} == {p.member for p in data.pairings}


def _demo_data_span(demo: Path, span: str) -> tuple[SummaryData, str]:
    with Store.open(demo) as store:
        return summary_data(store, Period.parse(span), DEMO_TODAY), store.setting("federation_name")


def test_the_years_reviews_list_towns_and_centres_by_pinyin(demo: Path) -> None:
    from hdrectify.domain.collation import zh_key

    with Store.open(demo) as store:
        data = summary_data(store, Period.parse("2025", Kind.YEAR), DEMO_TODAY)

    listed = [(p.town, p.centre) for p in data.reviews]
    assert len({town for town, _ in listed}) > 1
    assert listed == sorted(listed, key=lambda tc: (zh_key(tc[0]), zh_key(tc[1])))
