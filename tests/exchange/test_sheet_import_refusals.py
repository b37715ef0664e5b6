"""Excel / CSV import of bad rows: nothing written, each row said, the rules of records seen row by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.sheet_import import apply, plan, read_workbook
from hdrectify.store.base import Store
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    TOWN_A,
    counts,
    many_contacts,
    roster_db,
)


# -- bad rows: nothing written, each said -----------------------------------------------------------
def test_a_bad_row_refuses_the_whole_import_and_is_listed(tmp_path: Path, store: Store, db_path: Path) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式"])
    ws.append([CHEN, CENTRE_A, "2024-03-05", "电话"])
    ws.append([CHEN, CENTRE_A, "2024-03-06", "电话"])
    ws.append([CHEN, CENTRE_A, "2024-03-07", "飞鸽传书"])  # row 4: an unknown method
    ws.append([CHEN, CENTRE_B, "2024-03-08", "电话"])  # row 5: not paired
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    before = counts(db_path)
    p = plan(store, read_workbook(path))
    lines = [r.line for r in p.refused]
    assert lines[0].startswith("联系记录 第4行: 联系方式“飞鸽传书”无法识别")
    assert lines[1].startswith("联系记录 第5行: ") and "没有挂钩关系" in lines[1]
    with pytest.raises(InputError, match="有 2 行不能导入") as e:
        apply(store, p)
    assert "联系记录 第4行" in str(e.value)
    assert counts(db_path) == before
    apply(store, p, only_good=True)  # the window's "import only the good rows"
    assert counts(db_path)["contacts"] == before["contacts"] + 2


def test_rules_see_earlier_rows_of_the_same_file(tmp_path: Path, store: Store) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"  # first in the file, written after the pairings all the same
    ws.append(["党员", "康园中心", "日期", "方式"])
    ws.append([CHEN, CENTRE_A, "2024-03-05", "电话"])
    ws.append([CHEN, CENTRE_A, "2023-12-05", "电话"])  # before the pairing in this file
    pairs = wb.create_sheet("挂钩")
    pairs.append(["党员", "康园中心", "开始日期", "结束日期"])
    pairs.append([CHEN, CENTRE_A, "2024-01-01", None])
    pairs.append([HUANG, CENTRE_A, "2024-02-01", None])  # a second active pairing of the centre
    centres = wb.create_sheet("康园中心")
    centres.append(["名称", "所在镇街"])
    centres.append([CENTRE_A, TOWN_A])
    centres.append([CENTRE_A, TOWN_A])  # the same centre twice: present the second time
    members = wb.create_sheet("党员")
    members.append(["姓名", "联系电话"])
    members.append([CHEN, None])
    members.append([HUANG, None])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    assert p.counts() == {
        "centre": {"added": 1, "present": 1, "refused": 0},
        "member": {"added": 2, "present": 0, "refused": 0},
        "pairing": {"added": 1, "present": 0, "refused": 1},
        "contact": {"added": 1, "present": 0, "refused": 1},
    }
    assert [r.line.split(":")[0] for r in p.refused] == ["联系记录 第3行", "挂钩 第3行"]  # in the file's order
    assert "同一天只能有一个挂钩党员" in p.refused[1].reason


def test_scores_quarters_and_years_are_checked(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "年度考评"
    ws.append(["党员", "康园中心", "年度", "考评日期", "得分"])
    ws.append([CHEN, CENTRE_A, "2024年", "2025-01-10", 101])
    ws.append([CHEN, CENTRE_A, 2024, "2025-01-10", 95])
    ws.append([CHEN, CENTRE_A, 2023, "2024-01-10", 80])  # the pairing began in 2024: 2023 not owed
    reports = wb.create_sheet("季度汇报")
    reports.append(["党员", "康园中心", "汇报季度", "提交日期"])
    reports.append([CHEN, CENTRE_A, "2024年第一季度", "2024-04-03"])
    reports.append([CHEN, CENTRE_A, "2024-Q5", "2024-04-03"])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    lines = [r.line for r in p.refused]
    assert lines[0].startswith("年度考评 第2行: 分数“101”")
    assert lines[1].startswith("年度考评 第4行: ") and "不需要提交" in lines[1]
    assert lines[2].startswith("季度汇报 第3行: 季度“2024-Q5”")
    assert p.counts()["report"]["added"] == 1 and p.counts()["review"]["added"] == 1


def test_rows_repeated_in_one_file_and_the_rules_of_records(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    future = dt.date.today() + dt.timedelta(days=3)
    rows: list[list[object]] = [
        [CHEN, CENTRE_A, "2024-03-05", "电话", "一"],
        [CHEN, CENTRE_A, "2024-03-05", "电话", "一"],  # the same row again: present
        [CHEN, CENTRE_A, "2024-03-05", "微信", "一"],  # another method: a record of its own
        [CHEN, CENTRE_A, future, "电话", ""],  # row 5: in the future
        ["无名氏", CENTRE_A, "2024-03-06", "电话", ""],  # row 6: no such member
        [CHEN, "无名中心", "2024-03-06", "电话", ""],  # row 7: no such centre
        [HUANG, CENTRE_A, "2024-03-06", "电话", ""],  # row 8: not paired
    ]
    p = plan(store, read_workbook(many_contacts(tmp_path / "x.xlsx", rows)))
    assert p.counts() == {"contact": {"added": 2, "present": 1, "refused": 4}}
    reasons = {r.row: r.reason for r in p.refused}
    assert "晚于今天" in reasons[5]
    assert "没有名为“无名氏”的党员" in reasons[6]
    assert "没有名为“无名中心”的康园中心" in reasons[7]
    assert "没有挂钩关系" in reasons[8] and "两者从未挂钩" in reasons[8]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "季度汇报"
    ws.append(["党员", "康园中心", "季度", "提交日期"])
    ws.append([CHEN, CENTRE_A, "2024-Q1", "2024-04-03"])
    ws.append([CHEN, CENTRE_A, "2024-Q1", "2024-04-05"])  # the quarter again: present
    ws.append([CHEN, CENTRE_A, "2024-Q2", "2024-03-30"])  # before the quarter began
    ws.append([CHEN, CENTRE_A, "2023-Q4", "2024-01-03"])  # not owed: the pairing began in 2024
    path = tmp_path / "r.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path), write_if_ok=True)
    assert p.counts() == {"report": {"added": 1, "present": 1, "refused": 2}}
    assert "早于" in p.refused[0].reason and "不需要提交" in p.refused[1].reason
    assert store.scalar("SELECT count(*) FROM reports") == 0  # a refused row: nothing written
    apply(store, p, only_good=True)
    assert store.scalar("SELECT count(*) FROM reports") == 1
