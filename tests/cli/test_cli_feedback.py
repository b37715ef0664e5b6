"""``hdrectify feedback``: the office marks a quarterly report or an annual review 已阅 or 退回."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_helpers import ok, query, status
from tests.cli.conftest import CENTRE_A, CENTRE_B, MEMBER_A

Q1 = ("--quarter", "2024-Q1")
FEEDBACK = ("feedback", MEMBER_A, CENTRE_A)


@pytest.fixture
def reported(run, db: Path) -> Path:
    """The seeded office database with 陈志强's report for 2024-Q1 and review for 2024."""
    ok(run("--db", db, "report", MEMBER_A, CENTRE_A, *Q1, "--date", "2024-04-08", "--note", "一季度走访 13 次"))
    ok(run("--db", db, "review", MEMBER_A, CENTRE_A, "--year", "2024", "--date", "2025-01-20", "--score", "88"))
    return db


def marks(db: Path) -> list[tuple[object, ...]]:
    return query(
        db,
        "SELECT coalesce(r.quarter, v.year), f.verdict, f.comment, f.seen_note, f.seen_on, f.author"
        " FROM report_feedback f LEFT JOIN reports r ON r.id = f.report_id LEFT JOIN reviews v ON v.id = f.review_id"
        " ORDER BY f.given_at, f.rowid",
    )


def test_return_then_accept_a_report_and_accept_a_review(run, reported: Path) -> None:
    out = ok(run("--db", reported, *FEEDBACK, *Q1, "--return", "请补充到岗的具体情况"))
    assert out == f"2024年第1季度汇报已退回：{MEMBER_A} — {CENTRE_A}\n"
    ok(run("--db", reported, *FEEDBACK, *Q1, "--accept"))
    assert "已阅" in ok(run("--db", reported, *FEEDBACK, "--year", "2024", "--accept"))
    assert marks(reported) == [
        ("2024-Q1", "returned", "请补充到岗的具体情况", "一季度走访 13 次", "2024-04-08", "tester"),
        ("2024-Q1", "accepted", "", "一季度走访 13 次", "2024-04-08", "tester"),
        (2024, "accepted", "", "", "2025-01-20", "tester"),
    ]


def test_a_long_comment_or_one_like_a_formula_is_kept_as_typed(run, reported: Path) -> None:
    long = "请补充" * 6667  # 20,001 characters
    ok(run("--db", reported, *FEEDBACK, *Q1, "--return", long))
    ok(run("--db", reported, *FEEDBACK, "--year", "2024", "--return", '=HYPERLINK("x")'))
    assert [m[2] for m in marks(reported)] == [long, '=HYPERLINK("x")']


def test_status_json_is_the_same_whether_read_or_returned(run, reported: Path) -> None:
    before = [status(run, reported, "--year", "2024", "--as-of", "2025-03-01")]
    ok(run("--db", reported, *FEEDBACK, *Q1, "--return", "请重写"))
    ok(run("--db", reported, *FEEDBACK, "--year", "2024", "--accept"))
    assert [status(run, reported, "--year", "2024", "--as-of", "2025-03-01")] == before
    rows = before[0]["rows"]
    assert {(r["obligation"], r["period"], r["status"]) for r in rows if r["obligation"] in ("report", "review")} >= {
        ("report", "2024-Q1", "done"),
        ("review", "2024", "done"),
    }


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ((*FEEDBACK, "--quarter", "2024-Q2", "--accept"), "还没有2024年第2季度的汇报或考评"),
        (("feedback", MEMBER_A, CENTRE_B, *Q1, "--accept"), "还没有2024年第1季度的汇报或考评"),
        ((*FEEDBACK, "--year", "2023", "--accept"), "还没有2023年的汇报或考评"),
        ((*FEEDBACK, *Q1, "--accept", "--return", "请重写"), "--accept（已阅）或 --return"),
        ((*FEEDBACK, *Q1), "--accept（已阅）或 --return"),
        ((*FEEDBACK, *Q1, "--return", " \t "), "退回必须写明意见"),
        ((*FEEDBACK, *Q1, "--return", ""), "退回必须写明意见"),
        ((*FEEDBACK, *Q1, "--year", "2024", "--accept"), "--quarter（季度汇报）或 --year"),
        ((*FEEDBACK, "--accept"), "--quarter（季度汇报）或 --year"),
        ((*FEEDBACK, "--quarter", "2024Q1", "--accept"), "无法识别的季度"),
        ((*FEEDBACK, *Q1, "--return", "请\u202e重写"), "退回意见"),
        (("feedback", "无此人", CENTRE_A, *Q1, "--accept"), "无此人"),
    ],
)
def test_refusals_write_nothing(refused, reported: Path, args: tuple[str, ...], words: str) -> None:
    assert words in refused(reported, *args)


def test_a_member_installation_gives_no_feedback(run, refused, laptop: Path) -> None:
    ok(run("--db", laptop, "report", MEMBER_A, CENTRE_A, *Q1, "--date", "2024-04-08"))
    assert "只能在办公室的电脑上进行" in refused(laptop, *FEEDBACK, *Q1, "--accept")
    assert "只能在办公室的电脑上进行" in refused(laptop, *FEEDBACK, *Q1, "--return", "请重写")


def test_a_returned_report_is_resubmitted_from_the_command_line(run, reported: Path) -> None:
    ok(run("--db", reported, *FEEDBACK, *Q1, "--return", "请补充到岗的具体情况"))
    new = "一季度走访 13 次，到岗 3 次"
    out = ok(run("--db", reported, "report", MEMBER_A, CENTRE_A, *Q1, "--resubmit", "--note", new))
    assert out == f"已重新提交2024年第1季度汇报：{MEMBER_A} — {CENTRE_A}（提交日期 2024-04-08 不变）\n"
    # one report, the new text, the date it was first submitted; the earlier text and the comment stay in the mark
    assert query(reported, "SELECT quarter, submitted_on, note FROM reports WHERE deleted_at IS NULL") == [
        ("2024-Q1", "2024-04-08", new)
    ]
    assert marks(reported) == [
        ("2024-Q1", "returned", "请补充到岗的具体情况", "一季度走访 13 次", "2024-04-08", "tester"),
    ]
    reasons = query(reported, "SELECT reason FROM audit_log WHERE table_name = 'reports' AND action = 'update'")
    assert reasons == [("重新提交（退回后修改）",)]
    ok(run("--db", reported, *FEEDBACK, *Q1, "--accept"))  # pending again: the office reads it anew
    assert [m[1:4] for m in marks(reported)][-1] == ("accepted", "", new)


@pytest.mark.parametrize(
    ("returned_first", "args", "words"),
    [
        (False, ("--resubmit", "--note", "改过的"), "没有被办公室退回"),
        (True, ("--resubmit", "--note", "一季度走访 13 次"), "与退回的相同"),
        (True, ("--resubmit",), "与退回的相同"),
        (True, ("--resubmit", "--note", "改过的", "--date", "2024-04-09"), "--resubmit"),
        (True, ("--note", "改过的"), "--date"),
        (True, ("--date", "2024-04-09", "--note", "改过的"), "已被办公室退回：请用 --resubmit --note"),
    ],
)
def test_resubmission_refusals_write_nothing(run, refused, reported: Path, returned_first, args, words) -> None:
    if returned_first:
        ok(run("--db", reported, *FEEDBACK, *Q1, "--return", "请补充到岗的具体情况"))
    assert words in refused(reported, "report", MEMBER_A, CENTRE_A, *Q1, *args)


def test_resubmitting_a_report_never_filed_is_refused(refused, reported: Path) -> None:
    message = refused(reported, "report", MEMBER_A, CENTRE_A, "--quarter", "2024-Q2", "--resubmit", "--note", "新")
    assert "还没有2024年第2季度的汇报或考评" in message
