"""Shared helpers for the document tests: render a PDF's pages to PNG and check that none is blank.

They are fixtures, so every test module under tests/printing can ask for them:

- ``render_pages(pdf, dpi=60)`` renders every page with poppler's ``pdftoppm`` into the
  test's tmp folder and returns the PNG paths, in page order;
- ``assert_not_blank(pdf, dpi=60)`` renders and fails naming the first page that has
  (almost) nothing on it; returns the PNG paths.

Others may add helpers by appending new functions below; do not change these. Plain helpers
(no fixtures) are in printing_helpers.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.ledger_docx import write_ledger_docx
from hdrectify.printing.ledger_pdf import write_ledger_pdf
from hdrectify.printing.ledger_xlsx import write_ledger_xlsx
from hdrectify.store import ledger, people, records
from hdrectify.store.base import Row, Store
from hdrectify.store.demo import build_demo
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger import load_seed, seed_id
from hdrectify.store.ledger_report import LedgerReport, ledger_report
from hdrectify.store.summary import SummaryData, summary_data
from tests.before_the_lock import before_the_lock
from tests.printing.printing_helpers import (
    DEMO_TODAY,
    FEDERATION,
    LONG_NOTE,
    Q1,
    Q1_AS_OF,
    evening,
    log_contact_entered,
    write_file,
)

RenderPages = Callable[..., list[Path]]


def _render(pdf: Path, folder: Path, dpi: int = 60) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed to render PDF pages: apt-get install poppler-utils")
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(stem)], check=True, capture_output=True)
    # pdftoppm pads page numbers to the width of the last one: sort by the number, not the text
    pngs = sorted(folder.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert len(pngs) == len(PdfReader(pdf).pages), "pdftoppm did not render every page"
    return pngs


def ink_fraction(png: Path, body: float = 0.88) -> float:
    """The share of not (nearly) white pixels in the top ``body`` of a page.

    The footer band is left out: a page with nothing but its footer is blank.
    """
    with Image.open(png) as im:
        grey = im.convert("L")
        grey = grey.crop((0, 0, grey.width, int(grey.height * body)))
        histogram = grey.histogram()
        return sum(histogram[:200]) / (grey.width * grey.height)


@pytest.fixture
def render_pages(tmp_path: Path) -> RenderPages:
    """``render_pages(pdf, dpi=60) -> [png, …]``: every page of ``pdf`` as a PNG, in page order."""

    def render(pdf: Path, dpi: int = 60) -> list[Path]:
        return _render(pdf, tmp_path / f"{pdf.stem}-pages", dpi)

    return render


@pytest.fixture
def assert_not_blank(render_pages: RenderPages) -> RenderPages:
    """``assert_not_blank(pdf, dpi=60) -> [png, …]``: fails if any page is (almost) white above its footer."""

    def check(pdf: Path, dpi: int = 60) -> list[Path]:
        pngs = render_pages(pdf, dpi)
        for n, png in enumerate(pngs, start=1):
            assert ink_fraction(png) > 0.002, f"page {n} of {pdf.name} is blank"
        return pngs

    return check


# -- a seeded database, with evidence (the ledger document tests) ----------------------------


@pytest.fixture
def seeded(store: Store) -> Store:
    with store.transaction():
        load_seed(store)
    return store


# -- evidence ZIP ------------------------------------------------------------------------


@pytest.fixture
def with_evidence(seeded: Store, tmp_path: Path) -> Iterator[tuple[Store, dict[str, bytes]]]:
    """Problem 1 measure 1 holds two files named alike; problem 10 measure 2 one more."""
    files = {
        "a": (seed_id("measure", 1, 1), write_file(tmp_path / "a", "会议纪要.pdf", b"minutes of 2026-03-02")),
        "b": (seed_id("measure", 1, 1), write_file(tmp_path / "b", "会议纪要.pdf", b"minutes of 2026-04-06")),
        "c": (seed_id("measure", 10, 2), write_file(tmp_path / "c", "合同:验收*单?.docx", b"contract")),
    }
    with seeded.transaction(), before_the_lock(seeded, *{m for m, _ in files.values()}):
        for measure, path in files.values():
            add_evidence(seeded, measure, path)
    yield seeded, {k: p.read_bytes() for k, (_, p) in files.items()}


# -- the demo database (a realistic county), built once and only read -----------------------


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database as of ``DEMO_TODAY``; tests only read it."""
    path = tmp_path_factory.mktemp("demo") / "hdrectify-demo.db"
    build_demo(path, DEMO_TODAY)
    return path


@pytest.fixture(scope="session")
def demo_report(demo: Path) -> LedgerReport:
    with Store.open(demo) as s:
        return ledger_report(s)


@pytest.fixture(scope="session")
def demo_pdf(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pdf") / "整改台账.pdf"
    pages = write_ledger_pdf(demo_report, path, demo_report.federation, DEMO_TODAY)
    return path, pages


@pytest.fixture(scope="session")
def demo_xlsx(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("xlsx") / "整改台账.xlsx"
    return path, write_ledger_xlsx(demo_report, path, DEMO_TODAY)


@pytest.fixture(scope="session")
def demo_docx(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "整改情况报告.docx"
    write_ledger_docx(demo_report, path, DEMO_TODAY)
    return path


Problem = Callable[..., Row]


@pytest.fixture
def problem() -> Problem:
    """``problem(store, title, centre, found_on, contact=None, measures=(), *, deadline=None, person="",
    closed=None)``: a problem found at ``centre`` (on the ``contact``'s visit, if given) with its measures;
    ``closed=(day, reason)``: its measure closed that day. Used by the hand-made quarter and January."""

    def make(
        store: Store,
        title: str,
        centre: Row,
        found_on: dt.date,
        contact: Row | None = None,
        measures: Sequence[str] = (),
        *,
        deadline: dt.date | None = None,
        person: str = "",
        closed: tuple[dt.date, str] | None = None,
    ) -> Row:
        row = ledger.add_visit_problem(
            store,
            title,
            centre_id=centre["id"],
            contact_id=None if contact is None else contact["id"],
            found_on=found_on,
            measures=list(measures),
            deadline=deadline,
            person=person,
        )
        if closed is not None:
            measure = store.scalar("SELECT id FROM ledger_measures WHERE problem_id = ?", [row["id"]])
            ledger.close_measure(store, str(measure), *closed)
        return row

    return make


# -- the summary's hand-made quarter (2024-Q1) -------------------------------------------------
#
# 2024-Q1 has 13 weeks (W01 starts Monday 1 January). Two pairings from 1 January:
#   王一—东山康园中心: a contact every week but W06 (exempt for all: 春节放假) and W10 (missed); on site
#     in January and March, not February → contact 11 done, 1 exempt, 1 missed; visit 2 done, 1 missed;
#     report on 8 April (on time) → done 14, exempt 1, missed 2: 14/16 = 87.5%.
#   李二—西河康园中心: contacts W01–W05 only (W06 exempt, W07–W13 missed), on site in January; March's
#     visit exempt (中心装修停业); report on 15 April (late, entered on 30 April: 补录)
#     → contact 5/1/7, visit 1 done, 1 exempt, 1 missed, report late → done 6, late 1, exempt 2,
#     missed 8: 7/15 = 46.7%.
#   All: done 20, late 1, exempt 3, missed 10 → 21/31 = 67.7%.
# 王一's W03 contact (17 January) was entered on 30 January: 补录. Problems found on visits: two in the
# quarter (one closed), one in April (not in the quarter's list). A review exemption is not listed.


@pytest.fixture
def quarter_db(db_path: Path, problem: Problem) -> Path:
    with Store.open(db_path) as store, store.transaction():
        east = people.add_centre(store, "东山康园中心", "东山镇")
        west = people.add_centre(store, "西河康园中心", "西河镇")
        wang = people.add_member(store, "王一")
        li = people.add_member(store, "李二")
        start = dt.date(2024, 1, 1)
        people.add_pairing(store, wang, east, start)
        people.add_pairing(store, li, west, start)
        weeks = Q1.subperiods(Kind.WEEK)
        assert len(weeks) == 13
        visits = {}
        for n, week in enumerate(weeks, start=1):
            day = week.first_day + dt.timedelta(days=2)  # Wednesdays
            if n not in (6, 10):
                method = "onsite" if n in (2, 11) else "phone"
                late = 13 if n == 3 else 0
                visits[n] = log_contact_entered(
                    store, wang, east, day, method, f"{day.month}月{day.day}日联系", late=late
                )
            if n <= 5:
                log_contact_entered(
                    store, li, west, day, "onsite" if n == 1 else "wechat", f"{day.month}月{day.day}日联系"
                )
        records.add_exemptions(store, None, None, "contact", dt.date(2024, 2, 5), dt.date(2024, 2, 11), "春节放假")
        records.add_exemptions(store, li, west, "visit", dt.date(2024, 3, 1), dt.date(2024, 3, 31), "中心装修停业")
        records.add_exemptions(store, None, None, "review", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "考评改期")
        on_time = records.add_report(store, wang, east, Q1, dt.date(2024, 4, 8))
        store.update("reports", on_time["id"], {"recorded_at": evening(dt.date(2024, 4, 8))})
        report = records.add_report(store, li, west, Q1, dt.date(2024, 4, 15), note="一季度汇报 <材料> & 照片")
        store.update("reports", report["id"], {"recorded_at": evening(dt.date(2024, 4, 30))})
        problem(
            store,
            "消防通道堆放杂物",
            east,
            dt.date(2024, 1, 10),
            visits[2],
            ["督促中心清理通道"],
            deadline=dt.date(2024, 2, 10),
            person="王一",
        )
        problem(
            store,
            "无障碍扶手松动",
            east,
            dt.date(2024, 3, 13),
            visits[11],
            ["联系镇残联维修扶手"],
            closed=(dt.date(2024, 3, 30), "已维修，到岗复查确认"),
        )
        problem(store, "四月发现的问题", east, dt.date(2024, 4, 3))
        # carried over from the quarter before: one overdue, one not yet, one closed (not listed)
        problem(
            store,
            "去年发现的台账缺页",
            west,
            dt.date(2023, 12, 20),
            None,
            ["补齐会员档案"],
            deadline=dt.date(2024, 6, 30),
        )
        problem(
            store,
            "去年发现的消防器材过期",
            east,
            dt.date(2023, 12, 27),
            None,
            ["更换灭火器"],
            deadline=dt.date(2024, 1, 31),
        )
        problem(
            store,
            "去年已整改的问题",
            east,
            dt.date(2023, 11, 1),
            None,
            ["已处理"],
            closed=(dt.date(2023, 11, 30), "已处理完毕"),
        )
        # part of 王一's missed W10 (4–10 March) was exempt: the week is still missed, with a note
        records.add_exemptions(store, wang, east, "contact", dt.date(2024, 3, 6), dt.date(2024, 3, 8), "外出培训")
        records.add_review(store, wang, east, Period(Kind.YEAR, 2024, 1), dt.date(2025, 1, 10), 88)
        store.set_setting("summary_preparer", "张小文")
        store.set_setting("summary_reviewer", "陈主任")
    return db_path


@pytest.fixture
def quarter_data(quarter_db: Path) -> SummaryData:
    with Store.open(quarter_db) as store:
        return summary_data(store, Q1, Q1_AS_OF)


# -- the checklist's hand-made January 2026 -----------------------------------------------------


@pytest.fixture
def january(store: Store, problem: Problem) -> Store:
    """陈志强 with 平山 (all month) and 梁化 (ended 6 January: owes W01 only), 李秀英 with 白花
    (nothing logged; W04 exempt for all), 张丽华 with 稔山 (ended 31 December: owes nothing)."""
    with store.transaction():
        store.set_setting("federation_name", FEDERATION)
        pingshan = people.add_centre(
            store, "平山街道康园中心", "平山街道", contact_person="黄淑贞", contact_phone="0752-8812345"
        )
        baihua = people.add_centre(store, "白花镇康园中心", "白花镇")
        lianghua = people.add_centre(store, "梁化镇康园中心", "梁化镇")
        renshan = people.add_centre(store, "稔山镇康园中心", "稔山镇")
        chen, li = people.add_member(store, "陈志强"), people.add_member(store, "李秀英")
        zhang, huang = people.add_member(store, "张丽华"), people.add_member(store, "黄伟明")
        start = dt.date(2025, 10, 1)
        people.add_pairing(store, chen, pingshan, start)
        people.add_pairing(store, chen, lianghua, start, dt.date(2026, 1, 6))
        people.add_pairing(store, li, baihua, start)
        people.add_pairing(store, zhang, renshan, start, dt.date(2025, 12, 31))
        people.add_pairing(store, huang, renshan, dt.date(2026, 2, 2))  # W05 ends on 1 February
        log_contact_entered(store, chen, pingshan, dt.date(2025, 12, 30), "phone", "电话了解元旦活动安排。")
        log_contact_entered(store, chen, pingshan, dt.date(2026, 1, 6), "wechat", LONG_NOTE)
        visit = log_contact_entered(
            store,
            chen,
            pingshan,
            dt.date(2026, 1, 14),
            "onsite",
            "到中心查看康复训练，会员 12 人。",
            problems="灭火器过期未更换",
        )
        log_contact_entered(store, chen, pingshan, dt.date(2026, 1, 20), "meeting", "参加镇残联工作例会。", late=16)
        log_contact_entered(store, chen, lianghua, dt.date(2026, 1, 2), "phone", "电话交接挂钩工作。")
        records.add_exemptions(store, None, None, "contact", dt.date(2026, 1, 19), dt.date(2026, 1, 25), "中心闭馆消杀")
        problem(
            store,
            "灭火器过期未更换",
            pingshan,
            dt.date(2026, 1, 14),
            visit,
            ["联系镇政府更换过期灭火器"],
            deadline=dt.date(2026, 2, 13),
        )
        problem(
            store,
            "无障碍坡道扶手松动",
            pingshan,
            dt.date(2025, 12, 3),
            None,
            ["维修扶手"],
            closed=(dt.date(2025, 12, 20), "已维修完毕"),
        )
        problem(store, "白花镇档案缺失", baihua, dt.date(2025, 12, 3))
    return store
