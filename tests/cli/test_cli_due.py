"""``hdrectify due``: what is due and overdue as of a day, grouped by member and centre, or as JSON.

The statuses are the cadence engine's (due and missed); overdue keeps missed reports and reviews
whatever their age, missed contacts and visits for 30 days.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.cli_helpers import ok
from tests.cli.conftest import CENTRE_A, CENTRE_B, MEMBER_A, MEMBER_B, TOWN_A, TOWN_B, Runner

AS_OF = "2025-01-16"  # a Thursday, week 2025-W03: last year's review and fourth-quarter report still in view


@pytest.fixture
def due_db(db: Path, run: Runner) -> Path:
    """陈志强 — 平山 since 2024 (December's visit and weeks W51–W01 logged); 黄伟明 — 安墩 since 2025."""
    for args in (
        ("pair", MEMBER_B, CENTRE_B, "--from", "2025-01-01"),
        ("log", MEMBER_A, CENTRE_A, "--date", "2024-12-05", "--method", "onsite"),
        ("log", MEMBER_A, CENTRE_A, "--date", "2024-12-16", "--method", "phone"),
        ("log", MEMBER_A, CENTRE_A, "--date", "2024-12-23", "--method", "wechat"),
        ("log", MEMBER_A, CENTRE_A, "--date", "2024-12-30", "--method", "phone"),
    ):
        ok(run("--db", db, *args))
    return db


def due_json(run: Runner, db: Path, *args: str) -> dict[str, object]:
    data = json.loads(ok(run("--db", db, "due", "--as-of", AS_OF, "--json", *args)))
    assert isinstance(data, dict)
    return data


def brief(items: object) -> list[tuple[str, str, str, str]]:
    assert isinstance(items, list)
    return [(i["member"], i["obligation"], i["period"], i["deadline"]) for i in items]


def test_json_lists_due_and_overdue_by_deadline(due_db: Path, run: Runner) -> None:
    data = due_json(run, due_db, "--member", MEMBER_A)
    assert set(data) == {"as_of", "due", "overdue"}
    assert data["as_of"] == AS_OF
    assert brief(data["due"]) == [
        (MEMBER_A, "contact", "2025-W03", "2025-01-19"),
        (MEMBER_A, "visit", "2025-01", "2025-01-31"),
        (MEMBER_A, "review", "2024", "2025-01-31"),  # last year's review: due until 31 January
        (MEMBER_A, "report", "2025-Q1", "2025-04-10"),
        (MEMBER_A, "review", "2025", "2026-01-31"),
    ]
    # last year's reports are missed and still listed (they can be submitted late); week 2024-W50
    # (missed, ended 32 days ago) and November's visit are not; the logged weeks and December's visit are done
    assert brief(data["overdue"]) == [
        (MEMBER_A, "report", "2024-Q1", "2024-04-10"),
        (MEMBER_A, "report", "2024-Q2", "2024-07-10"),
        (MEMBER_A, "report", "2024-Q3", "2024-10-10"),
        (MEMBER_A, "report", "2024-Q4", "2025-01-10"),
        (MEMBER_A, "contact", "2025-W02", "2025-01-12"),
    ]
    assert isinstance(data["due"], list)
    assert data["due"][0] == {
        "member": MEMBER_A,
        "centre": CENTRE_A,
        "town": TOWN_A,
        "obligation": "contact",
        "period": "2025-W03",
        "deadline": "2025-01-19",
    }


def test_everyone_without_member_and_logging_clears_the_week(due_db: Path, run: Runner) -> None:
    data = due_json(run, due_db)
    members = {i[0] for i in brief(data["due"])}
    assert members == {MEMBER_A, MEMBER_B}
    ok(run("--db", due_db, "log", MEMBER_B, CENTRE_B, "--date", "2025-01-14", "--method", "phone"))
    after = brief(due_json(run, due_db, "--member", MEMBER_B)["due"])
    assert ("contact", "2025-W03") not in [(o, p) for _m, o, p, _d in after]
    assert [(o, p) for _m, o, p, _d in after] == [("visit", "2025-01"), ("report", "2025-Q1"), ("review", "2025")]


def test_text_groups_by_member_and_centre(due_db: Path, run: Runner) -> None:
    out = ok(run("--db", due_db, "due", "--as-of", AS_OF, "--member", MEMBER_B))
    assert out == (
        "截至 2025年1月16日：待完成 4 项（本周到期 1 项），已逾期 2 项\n"
        "\n"
        f"{MEMBER_B} — {CENTRE_B}（{TOWN_B}）\n"
        "  待完成　每周联系　2025年第3周，截止 2025年1月19日\n"
        "  待完成　每月到岗　2025年1月，截止 2025年1月31日\n"
        "  待完成　季度汇报　2025年第1季度，截止 2025年4月10日\n"
        "  待完成　年度考评　2025年，截止 2026年1月31日\n"
        "  已逾期　每周联系　2025年第1周，截止 2025年1月5日\n"
        "  已逾期　每周联系　2025年第2周，截止 2025年1月12日\n"
    )
    everyone = ok(run("--db", due_db, "due", "--as-of", AS_OF))
    # members in pinyin order (陈 chen before 黄 huang), each with its centre's heading
    assert everyone.index(f"{MEMBER_A} — {CENTRE_A}") < everyone.index(f"{MEMBER_B} — {CENTRE_B}")


def test_nothing_due_is_said(tmp_path: Path, run: Runner) -> None:
    db = tmp_path / "empty.db"
    ok(run("--db", db, "init"))
    out = ok(run("--db", db, "due"))
    today = dt.date.today()
    assert out == (
        f"截至 {today.year}年{today.month}月{today.day}日：待完成 0 项（本周到期 0 项），已逾期 0 项\n"
        "没有待完成或逾期的挂钩联系。\n"
    )
    assert json.loads(ok(run("--db", db, "due", "--json"))) == {"as_of": today.isoformat(), "due": [], "overdue": []}


def test_unknown_member_is_refused(due_db: Path, refused: Callable[..., str]) -> None:
    message = refused(due_db, "due", "--member", "王五")
    assert "王五" in message


def test_a_name_with_control_characters_is_printed_safely(db: Path, run: Runner) -> None:
    ok(run("--db", db, "member", "add", "=HYPERLINK(1)"))
    ok(run("--db", db, "pair", "=HYPERLINK(1)", CENTRE_B, "--from", "2025-01-01"))
    out = ok(run("--db", db, "due", "--as-of", AS_OF, "--member", "=HYPERLINK(1)"))
    assert f"=HYPERLINK(1) — {CENTRE_B}（{TOWN_B}）" in out
