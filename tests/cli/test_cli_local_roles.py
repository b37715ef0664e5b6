"""On a member's laptop the command line refuses, in Chinese and with the database unchanged, what only the
office may do (store/roles.py): the office would refuse the laptop's next bundle for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_helpers import ok
from tests.cli.conftest import CENTRE_A, MEMBER_A, TOWN_A


@pytest.fixture
def laptop_with_measures(run, laptop: Path) -> Path:
    """The laptop with the office's problem 18: measure 18.1 open, 18.2 due 2030-06-30 (set as the office)."""
    ok(run("--db", laptop, "init", "--role", "office"))
    ok(run("--db", laptop, "problem", "add", "--area", "1", "--title", "档案管理不规范"))
    ok(run("--db", laptop, "measure", "add", "--problem", "18", "--text", "一是建立台账"))
    ok(run("--db", laptop, "measure", "add", "--problem", "18", "--text", "二是专人管理"))
    ok(run("--db", laptop, "measure", "set", "--problem", "18", "--measure", "2", "--deadline", "2030-06-30"))
    ok(run("--db", laptop, "init", "--role", "member"))
    return laptop


ACTS = {
    "销号": (("measure", "close", "18.2", "--date", "2024-06-01", "--reason", "已整改"), "请用“申请销号”"),
    "重新打开": (("measure", "reopen", "1.1", "--reason", "佐证不全"), "由办公室写明原因后重新打开"),
    "延期": (
        ("measure", "extend", "18.2", "--to", "2030-09-30", "--reason", "施工延误", "--approved-by", "王主任"),
        "由办公室批准延期",
    ),
    "整改时限": (
        ("measure", "set", "--problem", "18", "--measure", "1", "--deadline", "2030-06-30"),
        "整改期限由办公室设定",
    ),
    "责任领导": (("measure", "set", "--problem", "18", "--measure", "1", "--leader", "张书记"), "只能改措施的进度状态"),
    "添加中心": (("centre", "add", "新建康园中心", "--town", TOWN_A), "名单由办公室维护"),
    "添加党员": (("member", "add", "李明"), "名单由办公室维护"),
    "结对": (("pair", MEMBER_A, CENTRE_A, "--from", "2025-01-01"), "名单由办公室维护"),
    "登记免除": (
        (
            "exempt",
            MEMBER_A,
            CENTRE_A,
            "--obligation",
            "visit",
            "--from",
            "2024-03-01",
            "--to",
            "2024-03-31",
            "--reason",
            "住院",
        ),
        "免除由办公室登记",
    ),
}


@pytest.mark.parametrize("act", ACTS, ids=list(ACTS))
def test_a_member_laptop_refuses_what_only_the_office_may_do(refused, laptop_with_measures: Path, act: str) -> None:
    args, says = ACTS[act]
    message = refused(laptop_with_measures, *args)
    assert says in message and "办公室" in message


def test_a_member_laptop_still_moves_a_measure_along(run, laptop_with_measures: Path) -> None:
    db = laptop_with_measures
    ok(run("--db", db, "measure", "progress", "18.1", "--date", "2024-06-01", "--text", "已建立台账"))
    ok(run("--db", db, "measure", "request-close", "18.2", "--date", "2024-06-01", "--reason", "已整改"))


def test_a_refused_close_with_evidence_copies_no_file(run, refused, laptop_with_measures: Path, tmp_path: Path) -> None:
    photo = tmp_path / "outside" / "整改照片.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"\xff\xd8 photo " * 100)
    message = refused(laptop_with_measures, "measure", "close", "18.2", "--date", "2024-06-01", "--evidence", photo)
    assert "请用“申请销号”" in message
    stored = laptop_with_measures.with_name(laptop_with_measures.stem + "-evidence")
    assert not stored.exists() or not [p for p in stored.rglob("*") if p.is_file()]
