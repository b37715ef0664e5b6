"""``hdrectify template`` and ``hdrectify import``: the workbook written, read back, checked, written once."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import openpyxl

from tests.cli.cli_helpers import CHEN as MEMBER_A
from tests.cli.cli_helpers import HUANG as MEMBER_B
from tests.cli.cli_helpers import A as CENTRE_A
from tests.cli.cli_helpers import B as CENTRE_B


def contacts_workbook(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = [[MEMBER_A, CENTRE_A, "2024-03-04", "电话", "一"], [MEMBER_A, CENTRE_A, "2024/3/12", "走访", "二"]]


def test_template_writes_the_workbook_and_refuses_to_overwrite(run, db: Path, tmp_path: Path, expect_error) -> None:
    out = tmp_path / "导入模板.xlsx"
    code, stdout, err = run("--db", db, "template", "-o", out)
    assert (code, err) == (0, ""), err
    assert str(out) in stdout
    assert openpyxl.load_workbook(out).sheetnames == ["康园中心", "党员", "挂钩", "联系记录", "季度汇报", "年度考评"]
    assert "--force" in expect_error(*run("--db", db, "template", "-o", out))
    assert run("--db", db, "template", "-o", out, "--force")[0] == 0
    assert "数据库" in expect_error(*run("--db", db, "template", "-o", db, "--force"))


def test_import_json_counts_and_reimport_adds_nothing(run, db: Path, tmp_path: Path, snapshot) -> None:
    path = contacts_workbook(tmp_path / "联系.xlsx", GOOD)
    code, out, err = run("--db", db, "import", path, "--json")
    assert (code, err) == (0, ""), err
    data = json.loads(out)
    assert data["counts"] == {"contact": {"added": 2, "present": 0, "refused": 0}}
    assert data["refused"] == [] and data["written"] is True
    before = snapshot(db)
    code, out, err = run("--db", db, "import", path, "--json")
    assert code == 0 and json.loads(out)["counts"] == {"contact": {"added": 0, "present": 2, "refused": 0}}
    assert snapshot(db) == before


def test_dry_run_writes_nothing(run, db: Path, tmp_path: Path, snapshot) -> None:
    path = contacts_workbook(tmp_path / "联系.xlsx", GOOD)
    before = snapshot(db)
    code, out, err = run("--db", db, "import", path, "--dry-run")
    assert (code, err) == (0, ""), err
    assert "联系记录：新增 2 行" in out and "未写入" in out
    assert snapshot(db) == before


def test_a_bad_row_writes_nothing_and_is_listed(run, db: Path, tmp_path: Path, snapshot) -> None:
    rows = [*GOOD, [MEMBER_A, CENTRE_A, "2024-03-20", "电话", ""], [MEMBER_B, CENTRE_B, "2024-03-21", "电话", ""]]
    path = contacts_workbook(tmp_path / "联系.xlsx", rows)  # row 5: 黄伟明 is not paired with 安墩镇
    before = snapshot(db)
    code, out, err = run("--db", db, "import", path)
    assert code != 0 and "不能导入 1 行" in out and "已导入" not in out
    lines = err.splitlines()
    assert lines[0].startswith("联系记录 第5行: ") and "没有挂钩关系" in lines[0]
    assert lines[-1].startswith("错误：有 1 行不能导入")
    assert snapshot(db) == before
    code, out, err = run("--db", db, "import", path, "--json")
    assert code != 0
    data = json.loads(out)
    assert data["written"] is False and data["counts"]["contact"] == {"added": 3, "present": 0, "refused": 1}
    assert data["refused"][0]["sheet"] == "联系记录" and data["refused"][0]["row"] == 5
    assert snapshot(db) == before


def test_import_refuses_what_is_not_a_workbook(run, db: Path, tmp_path: Path, refused) -> None:
    (tmp_path / "x.txt").write_text("hello")
    assert ".xlsx" in refused(db, "import", tmp_path / "x.txt")
    assert "找不到" in refused(db, "import", tmp_path / "missing.xlsx")
