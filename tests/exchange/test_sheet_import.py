"""Excel / CSV import: our template filled and read back, workbooks that are not ours, CSV.

Every workbook is built with openpyxl here and read back through the API the command line and the
window use; the database is a real file (the ``store`` fixture), written only by ``apply``. Bad rows are in
test_sheet_import_refusals.py, hostile input in test_sheet_import_hostile.py, many rows in
test_sheet_import_bulk.py, the parsers of single values in test_sheet_values.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.sheet_import import Kind, SheetMapping, apply, default_mapping, plan, read_workbook
from hdrectify.exchange.sheet_import.template import make_template
from hdrectify.store.base import Store
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    TOWN_A,
    TOWN_B,
    counts,
    roster_db,
)


def roster(ws_centres, ws_members, ws_pairs) -> None:
    ws_centres.append([CENTRE_A, TOWN_A, "平山大道1号", "李主任", "0752-1234567", "2020-01-01", None])
    ws_centres.append([CENTRE_B, TOWN_B, None, None, None, None, None])
    ws_members.append([CHEN, "机关第一支部", "13800000001"])
    ws_members.append([HUANG, "机关第二支部", None])
    ws_pairs.append([CHEN, CENTRE_A, "2024-01-01", None])
    ws_pairs.append([HUANG, CENTRE_B, "2024-01-01", None])


def filled_template(tmp_path: Path, db: Path) -> Path:
    path = make_template(tmp_path / "模板.xlsx", db)
    wb = openpyxl.load_workbook(path)
    roster(wb["康园中心"], wb["党员"], wb["挂钩"])
    wb["联系记录"].append([CHEN, CENTRE_A, dt.date(2024, 3, 4), "电话", "了解近况", None])
    wb["联系记录"].append([CHEN, CENTRE_A, dt.date(2024, 3, 12), "到岗", "现场查看", "消防通道堆放杂物\n台账不全"])
    wb["联系记录"].append([HUANG, CENTRE_B, dt.date(2024, 3, 5), "微信", "", None])
    wb["季度汇报"].append([CHEN, CENTRE_A, "2024-Q1", dt.date(2024, 4, 8), "一季度情况"])
    wb["年度考评"].append([CHEN, CENTRE_A, 2024, dt.date(2025, 1, 20), 92, "良好"])
    out = tmp_path / "填好的模板.xlsx"
    wb.save(out)
    return out


# -- our template --------------------------------------------------------------------------------
def test_template_has_a_sheet_per_kind_with_notes_validation_and_date_formats(tmp_path: Path, db_path: Path) -> None:
    path = make_template(tmp_path / "模板.xlsx", db_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["康园中心", "党员", "挂钩", "联系记录", "季度汇报", "年度考评"]
    ws = wb["联系记录"]
    assert [c.value for c in ws[1]] == ["党员", "康园中心", "日期", "方式", "情况", "发现问题"]
    assert ws["A1"].comment is not None and "党员" in ws["A1"].comment.text
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists and "电话" in lists[0].formula1 and "到岗" in lists[0].formula1
    assert "D2" in lists[0].sqref
    assert "yy" in ws.column_dimensions["C"].number_format  # dates as dates
    assert [c.value for c in wb["康园中心"][1]] == [
        "名称",
        "所在镇街",
        "地址",
        "负责人",
        "联系电话",
        "启用日期",
        "撤销日期",
    ]
    with pytest.raises(InputError, match="--force"):
        make_template(path, db_path)
    with pytest.raises(InputError, match="数据库"):
        make_template(db_path, db_path, force=True)


def test_our_template_filled_is_read_back_and_imported(tmp_path: Path, db_path: Path, store: Store) -> None:
    wb = read_workbook(filled_template(tmp_path, db_path))
    assert [s.kind for s in wb.sheets] == list(Kind)
    p = plan(store, wb)
    assert p.ok, [r.line for r in p.refused]
    before = counts(db_path)
    assert before["contacts"] == 0  # the plan wrote nothing
    apply(store, p)
    after = counts(db_path)
    assert {k: after[k] - before[k] for k in ("centres", "members", "pairings", "contacts", "reports", "reviews")} == {
        "centres": 2,
        "members": 2,
        "pairings": 2,
        "contacts": 3,
        "reports": 1,
        "reviews": 1,
    }
    assert after["audit_log"] > before["audit_log"]  # written through the store: audited
    assert store.scalar("SELECT closed_on FROM centres WHERE name = ?", [CENTRE_B]) is None
    assert store.scalar("SELECT note FROM members WHERE name = ?", [CHEN]) == "所在支部：机关第一支部"
    assert store.scalar("SELECT method FROM contacts WHERE date = '2024-03-12'") == "onsite"
    assert store.scalar("SELECT count(*) FROM ledger_problems WHERE title LIKE '消防通道%'") == 1
    assert store.scalar("SELECT score FROM reviews") == 92


def test_importing_the_same_file_twice_adds_nothing(tmp_path: Path, db_path: Path, store: Store) -> None:
    path = filled_template(tmp_path, db_path)
    apply(store, plan(store, read_workbook(path)))
    before = counts(db_path)
    again = plan(store, read_workbook(path))
    assert again.ok
    assert all(c["added"] == 0 and c["present"] > 0 for c in again.counts().values()), again.counts()
    apply(store, again)
    assert counts(db_path) == before


# -- workbooks that are not ours ------------------------------------------------------------------


def test_merged_title_rows_other_order_and_serial_dates(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年挂钩联系台账"
    ws.merge_cells("A1:E1")
    ws["A1"] = "惠东县残联2024年挂钩联系台账"
    ws.merge_cells("A2:E2")
    ws["A2"] = "填表单位：办公室"
    ws.append(["序号", "联系日期", "联系方式", "康园中心名称", "党员姓名", "联系情况"])
    ws.append([1, 45356, "电话", CENTRE_A, CHEN, "一"])  # 45356 = 2024-03-05
    ws.append([2, 45364.0, "现场", CENTRE_A, CHEN, "二"])  # 2024-03-13
    ws.append([3, dt.datetime(2024, 3, 6, 9, 30), "视频", CENTRE_B, HUANG, ""])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    read = read_workbook(path)
    sheet = read.sheets[0]
    assert (sheet.kind, sheet.header_row) == (Kind.CONTACT, 3)
    assert sheet.columns == {1: "date", 2: "method", 3: "centre", 4: "member", 5: "note"}
    p = plan(store, read)
    assert p.ok and p.counts() == {"contact": {"added": 3, "present": 0, "refused": 0}}
    apply(store, p)
    rows = store.rows("SELECT date, method FROM contacts ORDER BY date")
    assert [(r["date"], r["method"]) for r in rows] == [
        ("2024-03-05", "phone"),
        ("2024-03-06", "wechat"),
        ("2024-03-13", "onsite"),
    ]


def test_synonyms_text_dates_and_full_width_digits(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"  # the kind comes from the headers
    ws.append(["中心", "姓名", "日期（年月日）", "方式", "内容"])
    for day in ("2024.3.5", "2024年3月12日", "２０２４－０３－１９", "2024/3/26", "2024-04-02"):
        ws.append([CENTRE_A, CHEN, day, "走访" if day.endswith("12日") else "电话", day])
    path = tmp_path / "别人的表.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    assert p.ok, [r.line for r in p.refused]
    apply(store, p)
    dates = [r["date"] for r in store.rows("SELECT date FROM contacts ORDER BY date")]
    assert dates == ["2024-03-05", "2024-03-12", "2024-03-19", "2024-03-26", "2024-04-02"]


def test_a_changed_mapping_is_used(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "记录"
    ws.append(["人员", "单位", "时间", "类型"])  # nothing we know: no header found
    ws.append([CHEN, CENTRE_A, "2024-03-05", "电话"])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    read = read_workbook(path)
    assert read.sheets[0].kind is None
    with pytest.raises(InputError, match="没有能导入的工作表"):
        plan(store, read)
    # the window's preview lets the user say what the sheet and its columns are
    read.sheets[0].header_row, read.sheets[0].rows = 1, [(2, (CHEN, CENTRE_A, "2024-03-05", "电话"))]
    mapping = default_mapping(read)
    mapping["记录"] = SheetMapping(Kind.CONTACT, {0: "member", 1: "centre", 2: "date", 3: "method"})
    p = plan(store, read, mapping)
    assert p.counts() == {"contact": {"added": 1, "present": 0, "refused": 0}}


def test_csv_in_gbk_and_with_a_bom(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    text = (
        f"党员,康园中心,联系日期,联系方式,情况\n{CHEN},{CENTRE_A},2024/3/5,电话,电话了解\n"
        f"{HUANG},{CENTRE_B},2024/3/6 0:00,微信,\n"
    )
    gbk, bom = tmp_path / "联系.csv", tmp_path / "bom.csv"
    gbk.write_bytes(text.encode("gbk"))
    bom.write_bytes(text.encode("utf-8-sig"))
    for path in (gbk, bom):
        read = read_workbook(path)
        assert read.sheets[0].kind is Kind.CONTACT
        assert read.sheets[0].headers[0] == "党员"  # no BOM left on the first header
        assert [r[1][0] for r in read.sheets[0].rows] == [CHEN, HUANG]
    apply(store, plan(store, read_workbook(gbk)))
    assert plan(store, read_workbook(bom)).counts() == {"contact": {"added": 0, "present": 2, "refused": 0}}
