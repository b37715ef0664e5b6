"""The summary PDF at city and province scale: more centres than one page of bars.

A county has 17 centres and the chart fits a page; with 40 and more it used to stop the
document (reportlab's LayoutError). Each database here is made through the store, one
pairing per centre, centres spread over 30 towns, and a completion rate that differs from
centre to centre (a centre's number decides how many of the quarter's weeks it was contacted).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from hdrectify.domain.periods import Kind
from hdrectify.domain.wording import percent as pct
from hdrectify.store import people, records
from hdrectify.store.base import Store
from hdrectify.store.summary import summary_data
from tests.cli_runner import run_in_process
from tests.printing.printing_helpers import Q1, pdf_pages

TOWNS = 30


def _province(path: Path, n: int) -> Path:
    with Store.open(path, create=True) as store, store.transaction():
        store.initialise_settings()
        weeks = Q1.subperiods(Kind.WEEK)
        for i in range(n):
            centre = people.add_centre(store, f"第{i + 1:04d}号康园中心", f"第{i % TOWNS + 1:02d}镇")
            member = people.add_member(store, f"党员{i + 1:04d}")
            people.add_pairing(store, member, centre, dt.date(2024, 1, 1))
            for week in weeks[: (i * 7) % len(weeks)]:
                records.log_contact(store, member, centre, week.first_day, "phone")
    return path


@pytest.fixture(scope="module", params=[40, pytest.param(200, marks=pytest.mark.slow)])
def many(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _province(tmp_path_factory.mktemp("many") / f"p{request.param}.db", request.param)


def test_the_summary_prints_every_centres_rate(
    capsys: pytest.CaptureFixture[str], assert_not_blank, many: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "summary.pdf"
    code, _, err = run_in_process(capsys, "--db", many, "summary", "--quarter", "2024-Q1", "-o", pdf)
    assert code == 0, err
    pages = pdf_pages(pdf)
    with Store.open(many) as store:
        data = summary_data(store, Q1, dt.date(2024, 6, 30))
    assert len(data.centres) > 25
    # the table of every centre's figures: a row per centre, its name, town, member, counts and rate
    start = next(i for i, p in enumerate(pages) if "各康园中心完成率" in p)
    section = "\n".join(pages[start:])
    section = section[section.index("各康园中心完成率") :]
    section = section[: section.index("未完成明细")]
    for c in data.centres:
        assert re.search(
            rf"{c.centre}\s+{c.town}\s+{c.members[0]}\s+\d+\s+\d+\s+\d+\s+{re.escape(pct(c.completion_rate))}", section
        ), c.centre
    # the chart by town: every town's rate over its centres
    for t in range(1, TOWNS + 1):
        assert f"第{t:02d}镇" in section
    assert "完成率最低的" in section
    # long tables repeat their header: every page with a centre's row carries the table's head
    for page in pages[start:]:
        if re.search(r"第\d{4}号康园中心\s+第\d\d镇", page):
            assert "名次" in page or "序号" in page, page[:200]
    assert_not_blank(pdf)
