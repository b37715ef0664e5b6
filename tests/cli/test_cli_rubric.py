"""The annual review scored against the rubric from the command line: ``review --item`` and ``review-sheet``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli.conftest import CENTRE_A, MEMBER_A

REVIEW = ("review", MEMBER_A, CENTRE_A, "--year", "2024", "--date", "2025-01-20")
GOOD = ("组织管理=18", "服务开展=25", "档案管理=13", "安全管理=15", "会员满意度=19")


def items(*pairs: str) -> list[str]:
    return [a for p in pairs for a in ("--item", p)]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_review_scored_item_by_item_is_the_sum(run, db: Path) -> None:
    code, out, err = run("--db", db, *REVIEW, *items(*GOOD), "--note", "=SUM(A1)")
    assert (code, err) == (0, "")
    assert "90 分" in out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT score, note FROM reviews").fetchall() == [(90, "=SUM(A1)")]
    rows = conn.execute("SELECT position, name, max_points, points FROM review_items ORDER BY position").fetchall()
    assert rows == [
        (1, "组织管理", 20, 18),
        (2, "服务开展", 30, 25),
        (3, "档案管理", 15, 13),
        (4, "安全管理", 15, 15),
        (5, "会员满意度", 20, 19),
    ]


def test_plain_score_still_works(run, db: Path) -> None:
    code, out, err = run("--db", db, *REVIEW, "--score", "88")
    assert (code, err) == (0, "") and "88 分" in out
    assert sqlite3.connect(db).execute("SELECT count(*) FROM review_items").fetchone() == (0,)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (items("组织管理=21", *GOOD[1:]), "超出范围"),  # over the item's maximum
        (items("组织管理=-1", *GOOD[1:]), "超出范围"),  # negative
        (items("组织管理=十八", *GOOD[1:]), "不是整数"),  # not a number
        (items("组织管理=18.5", *GOOD[1:]), "不是整数"),
        (items(*GOOD, "卫生=5"), "没有名为“卫生”"),  # an unknown item
        (items(*GOOD[:-1]), "会员满意度"),  # a missing item
        (items(*GOOD, "组织管理=10"), "两次"),
        (items("组织管理", *GOOD[1:]), "项目=分数"),
        ([*items(*GOOD), "--score", "90"], "只能填一种"),  # both
        ([], "请填写考评分数"),  # neither
        (["--score", "101"], "0"),
    ],
)
def test_bad_scores_are_refused_and_nothing_written(refused, db: Path, args: list[str], says: str) -> None:
    assert says in refused(db, *REVIEW, *args)


def test_review_sheet_prefilled_where_scored_blank_where_not(run, refused, db: Path, tmp_path: Path) -> None:
    blank = tmp_path / "2025.pdf"
    code, _out, err = run("--db", db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2025", "-o", blank)
    assert (code, err) == (0, "")
    text = pdf_text(blank)
    for word in (
        "康园中心年度考评表",
        CENTRE_A,
        MEMBER_A,
        "2025年",
        "组织管理",
        "会员满意度",
        "20 分",
        "考评人",
        "中心负责人",
        "日期",
    ):
        assert word in text, word
    assert "制度健全" in text  # the guidance
    assert "18 分" not in text
    run("--db", db, *REVIEW, *items(*GOOD))
    scored = tmp_path / "2024.pdf"
    code, _out, err = run("--db", db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2024", "-o", scored)
    assert (code, err) == (0, "")
    text = pdf_text(scored)
    assert "18 分" in text and "90 分" in text and "2025年1月20日" in text
    # the -o rules: an existing file only with --force, never the database, only .pdf
    assert "已存在" in refused(db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2024", "-o", scored)
    code, _out, err = run("--db", db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2024", "-o", scored, "--force")
    assert (code, err) == (0, "")
    refused(db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2024", "-o", db, "--force")
    refused(db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2024", "-o", tmp_path / "x.xlsx")
    refused(db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2023", "-o", tmp_path / "y.pdf")  # not owed


def test_annual_summary_xlsx_has_the_item_scores_per_centre(run, db: Path, tmp_path: Path) -> None:
    run("--db", db, *REVIEW, *items(*GOOD))
    out = tmp_path / "2024.xlsx"
    code, _out, err = run("--db", db, "summary", "--year", "2024", "-o", out)
    assert (code, err) == (0, "")
    ws = openpyxl.load_workbook(out)["考评得分"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == ["康园中心", "镇（街道）", "党员", "考评项目", "满分", "得分", "总分"]
    assert rows[1:] == [
        [CENTRE_A, "平山街道", MEMBER_A, "组织管理", 20, 18, 90],
        [CENTRE_A, "平山街道", MEMBER_A, "服务开展", 30, 25, 90],
        [CENTRE_A, "平山街道", MEMBER_A, "档案管理", 15, 13, 90],
        [CENTRE_A, "平山街道", MEMBER_A, "安全管理", 15, 15, 90],
        [CENTRE_A, "平山街道", MEMBER_A, "会员满意度", 20, 19, 90],
    ]


def test_a_20000_character_opinion_flows_on_to_continuation_pages(run, db: Path, tmp_path: Path) -> None:
    note = "甲乙丙丁" * 5000
    assert run("--db", db, *REVIEW, *items(*GOOD), "--note", note)[0] == 0
    out = tmp_path / "long.pdf"
    code, stdout, err = run("--db", db, "review-sheet", MEMBER_A, CENTRE_A, "--year", "2024", "-o", out)
    assert (code, err) == (0, "")
    pages = [p.extract_text() or "" for p in PdfReader(out).pages]
    assert len(pages) > 1 and f"（{len(pages)} 页）" in stdout
    assert all("康园中心年度考评表（续）" in p and "考评意见（续）" in p for p in pages[1:])
    assert "".join(pages).count("甲") == 5000  # nothing cut
    assert "考评人" in pages[-1]
