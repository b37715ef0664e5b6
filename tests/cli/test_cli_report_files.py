"""``hdrectify report-file list|remove``: a file attached to a quarterly report by mistake is taken off with a
reason (a soft delete: the row and the stored file stay, ``verify`` still passes); refusals say what to do."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from hdrectify.store.base import Store
from hdrectify.store.evidence import stage_evidence
from hdrectify.store.report_files import record_report_file
from tests.cli.cli_helpers import CHEN, A, ok, query
from tests.cli.conftest import Runner

WRONG = "=错附的文件\u200b.docx"  # a name a spreadsheet would run, with an invisible character in it
SHOWN = "=错附的文件.docx"  # as it is kept and shown: the invisible character dropped


@pytest.fixture
def filed(db: Path, run: Runner, tmp_path: Path) -> Path:
    """陈志强's 2024-Q1 report, submitted with the wrong file."""
    wrong = tmp_path / WRONG
    wrong.write_bytes(b"PK\x03\x04 last year's report")
    ok(run("--db", db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-08", "--file", wrong))
    return db


def listed(run: Runner, db: Path) -> list[dict[str, object]]:
    out = ok(run("--db", db, "report-file", "list", CHEN, A, "--quarter", "2024-Q1", "--json"))
    data = json.loads(out)
    assert data["quarter"] == "2024-Q1"
    return list(data["files"])


def test_a_wrong_file_is_removed_with_its_reason_and_kept(run: Runner, filed: Path) -> None:
    (before,) = listed(run, filed)
    assert before["file_name"] == SHOWN
    assert SHOWN in ok(run("--db", filed, "report-file", "list", CHEN, A, "--quarter", "2024-Q1"))
    said = ok(
        run("--db", filed, "report-file", "remove", CHEN, A, "--quarter", "2024-Q1", WRONG, "--reason", "附错了文件")
    )
    assert said.strip() == f"已从2024年第1季度汇报移除文件：{SHOWN}"  # named as on disk, found as kept
    assert listed(run, filed) == []
    assert "没有文件" in ok(run("--db", filed, "report-file", "list", CHEN, A, "--quarter", "2024-Q1"))
    ((deleted_at, reason),) = query(filed, "SELECT deleted_at, delete_reason FROM report_files")
    assert deleted_at and reason == "附错了文件"
    code, _out, err = run("--db", filed, "verify")  # the stored copy stays, as the row does
    assert (code, err) == (0, ""), err


def test_a_file_is_named_by_its_id_too(run: Runner, filed: Path) -> None:
    (before,) = listed(run, filed)
    ok(run("--db", filed, "report-file", "remove", CHEN, A, "--quarter", "2024-Q1", before["id"], "--reason", "错"))
    assert listed(run, filed) == []


def _second_of_the_same_name(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / WRONG
    other.parent.mkdir()
    other.write_bytes(b"PK\x03\x04 another file of the same name")
    with Store.open(db) as store:
        staged = stage_evidence(store.path, other)
        with store.transaction():
            report_id = str(store.scalar("SELECT id FROM reports"))
            assert record_report_file(store, report_id, staged) is not None


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("no reason", "请填写移除这份汇报文件的原因"),
        ("unknown file", "这份汇报没有名为“定稿.docx”的文件"),
        ("two of that name", "有 2 个名为"),
        ("no report", "还没有"),
        ("already removed", "已被移除"),
    ],
)
def test_refusals_say_what_to_do(
    refused: Callable[..., str], run: Runner, filed: Path, tmp_path: Path, case: str, said: str
) -> None:
    name, reason, quarter = WRONG, "附错了", "2024-Q1"
    if case == "no reason":
        reason = "   "
    elif case == "unknown file":
        name = "定稿.docx"
    elif case == "two of that name":
        _second_of_the_same_name(filed, tmp_path)
    elif case == "no report":
        quarter = "2024-Q2"
    elif case == "already removed":
        (row,) = listed(run, filed)
        name = str(row["id"])
        ok(run("--db", filed, "report-file", "remove", CHEN, A, "--quarter", quarter, name, "--reason", "错"))
    message = refused(filed, "report-file", "remove", CHEN, A, "--quarter", quarter, name, "--reason", reason)
    assert said in message


def test_a_member_laptop_that_has_not_said_whose_it_is_refuses(
    refused: Callable[..., str], run: Runner, filed: Path
) -> None:
    ok(run("--db", filed, "init", "--role", "member"))
    message = refused(filed, "report-file", "remove", CHEN, A, "--quarter", "2024-Q1", WRONG, "--reason", "附错了")
    assert "我是" in message
