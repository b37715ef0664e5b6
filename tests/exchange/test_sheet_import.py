"""Excel / CSV import: our template filled and read back, workbooks that are not ours, CSV, hostile input.

Every workbook is built with openpyxl here and read back through the API the command line and the
window use; the database is a real file (the ``store`` fixture), written only by ``apply``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import openpyxl
import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.sheet_import import Kind, Outcome, SheetMapping, apply, default_mapping, plan, read_workbook
from hdrectify.exchange.sheet_import.template import make_template
from hdrectify.exchange.sheet_import.values import parse_date, parse_method, parse_quarter
from hdrectify.store.base import Store

A, TOWN_A = "平山街道康园中心", "平山街道"
B, TOWN_B = "安墩镇康园中心", "安墩镇"
CHEN, HUANG = "陈志强", "黄伟明"


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        tables = ("centres", "members", "pairings", "contacts", "reports", "reviews", "audit_log")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def roster(ws_centres, ws_members, ws_pairs) -> None:
    ws_centres.append([A, TOWN_A, "平山大道1号", "李主任", "0752-1234567", "2020-01-01", None])
    ws_centres.append([B, TOWN_B, None, None, None, None, None])
    ws_members.append([CHEN, "机关第一支部", "13800000001"])
    ws_members.append([HUANG, "机关第二支部", None])
    ws_pairs.append([CHEN, A, "2024-01-01", None])
    ws_pairs.append([HUANG, B, "2024-01-01", None])


def filled_template(tmp_path: Path, db: Path) -> Path:
    path = make_template(tmp_path / "模板.xlsx", db)
    wb = openpyxl.load_workbook(path)
    roster(wb["康园中心"], wb["党员"], wb["挂钩"])
    wb["联系记录"].append([CHEN, A, dt.date(2024, 3, 4), "电话", "了解近况", None])
    wb["联系记录"].append([CHEN, A, dt.date(2024, 3, 12), "到岗", "现场查看", "消防通道堆放杂物\n台账不全"])
    wb["联系记录"].append([HUANG, B, dt.date(2024, 3, 5), "微信", "", None])
    wb["季度汇报"].append([CHEN, A, "2024-Q1", dt.date(2024, 4, 8), "一季度情况"])
    wb["年度考评"].append([CHEN, A, 2024, dt.date(2025, 1, 20), 92, "良好"])
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
    assert store.scalar("SELECT closed_on FROM centres WHERE name = ?", [B]) is None
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
def roster_db(store: Store) -> None:
    from hdrectify.store.people import add_centre, add_member, add_pairing

    with store.transaction():
        a, b = add_centre(store, A, TOWN_A), add_centre(store, B, TOWN_B)
        add_pairing(store, add_member(store, CHEN), a, dt.date(2024, 1, 1))
        add_pairing(store, add_member(store, HUANG), b, dt.date(2024, 1, 1))


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
    ws.append([1, 45356, "电话", A, CHEN, "一"])  # 45356 = 2024-03-05
    ws.append([2, 45364.0, "现场", A, CHEN, "二"])  # 2024-03-13
    ws.append([3, dt.datetime(2024, 3, 6, 9, 30), "视频", B, HUANG, ""])
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
        ws.append([A, CHEN, day, "走访" if day.endswith("12日") else "电话", day])
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
    ws.append([CHEN, A, "2024-03-05", "电话"])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    read = read_workbook(path)
    assert read.sheets[0].kind is None
    with pytest.raises(InputError, match="没有能导入的工作表"):
        plan(store, read)
    # the window's preview lets the user say what the sheet and its columns are
    read.sheets[0].header_row, read.sheets[0].rows = 1, [(2, (CHEN, A, "2024-03-05", "电话"))]
    mapping = default_mapping(read)
    mapping["记录"] = SheetMapping(Kind.CONTACT, {0: "member", 1: "centre", 2: "date", 3: "method"})
    p = plan(store, read, mapping)
    assert p.counts() == {"contact": {"added": 1, "present": 0, "refused": 0}}


def test_csv_in_gbk_and_with_a_bom(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    text = f"党员,康园中心,联系日期,联系方式,情况\n{CHEN},{A},2024/3/5,电话,电话了解\n{HUANG},{B},2024/3/6 0:00,微信,\n"
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


# -- bad rows: nothing written, each said -----------------------------------------------------------
def test_a_bad_row_refuses_the_whole_import_and_is_listed(tmp_path: Path, store: Store, db_path: Path) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式"])
    ws.append([CHEN, A, "2024-03-05", "电话"])
    ws.append([CHEN, A, "2024-03-06", "电话"])
    ws.append([CHEN, A, "2024-03-07", "飞鸽传书"])  # row 4: an unknown method
    ws.append([CHEN, B, "2024-03-08", "电话"])  # row 5: not paired
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
    ws.append([CHEN, A, "2024-03-05", "电话"])
    ws.append([CHEN, A, "2023-12-05", "电话"])  # before the pairing in this file
    pairs = wb.create_sheet("挂钩")
    pairs.append(["党员", "康园中心", "开始日期", "结束日期"])
    pairs.append([CHEN, A, "2024-01-01", None])
    pairs.append([HUANG, A, "2024-02-01", None])  # a second active pairing of the centre
    centres = wb.create_sheet("康园中心")
    centres.append(["名称", "所在镇街"])
    centres.append([A, TOWN_A])
    centres.append([A, TOWN_A])  # the same centre twice: present the second time
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
    ws.append([CHEN, A, "2024年", "2025-01-10", 101])
    ws.append([CHEN, A, 2024, "2025-01-10", 95])
    ws.append([CHEN, A, 2023, "2024-01-10", 80])  # the pairing began in 2024: 2023 not owed
    reports = wb.create_sheet("季度汇报")
    reports.append(["党员", "康园中心", "汇报季度", "提交日期"])
    reports.append([CHEN, A, "2024年第一季度", "2024-04-03"])
    reports.append([CHEN, A, "2024-Q5", "2024-04-03"])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    lines = [r.line for r in p.refused]
    assert lines[0].startswith("年度考评 第2行: 分数“101”")
    assert lines[1].startswith("年度考评 第4行: ") and "不需要提交" in lines[1]
    assert lines[2].startswith("季度汇报 第3行: 季度“2024-Q5”")
    assert p.counts()["report"]["added"] == 1 and p.counts()["review"]["added"] == 1


# -- hostile input ------------------------------------------------------------------------------------
def test_formulas_are_text_long_notes_are_kept_invisible_characters_refused(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    ws.append([CHEN, A, "2024-03-05", "电话", "=cmd|' /C calc'!A0"])
    ws.append([CHEN, A, "2024-03-06", "电话", "长" * 20_000])
    ws.append(["陈\u200b志强", A, "2024-03-07", "电话", ""])
    path = tmp_path / "hostile.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    assert [r.row for r in p.refused] == [4]
    assert "不可见字符" in p.refused[0].reason and "U+200B" in p.refused[0].reason
    apply(store, p, only_good=True)
    notes = [r["note"] for r in store.rows("SELECT note FROM contacts ORDER BY date")]
    assert notes == ["=cmd|' /C calc'!A0", "长" * 20_000]


def with_cached_values(path: Path, cached: dict[str, str]) -> None:
    """Give formula cells the value Excel would have saved beside them (openpyxl writes none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in cached.items():
        pattern = rf'(<c r="{ref}"[^>]*)>(<f>[^<]*</f>)<v\s*/?>(?:</v>)?'
        xml, n = re.subn(pattern, lambda m: f'{m[1]} t="str">{m[2]}<v>{value}</v>', xml)  # noqa: B023 (used at once)
        assert n == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_formula_reads_as_the_value_excel_saved_else_as_its_text(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws["C1"] = "党员"  # the sheet starts at C1: row and column numbers still count from A1
    ws["D1"], ws["E1"], ws["F1"], ws["G1"] = "康园中心", "日期", "方式", "情况"
    ws["C2"], ws["D2"], ws["E2"], ws["F2"], ws["G2"] = '=""&"陈志强"', A, "2024-03-05", "电话", "=1+1"
    ws["C4"], ws["D4"], ws["E4"], ws["F4"], ws["G4"] = CHEN, A, "2024-03-07", "电话", "=cmd|' /C calc'!A0"
    ws["H5"] = "=SUM(A1:A2)"  # a formula alone, beyond the values, without a saved value
    path = tmp_path / "公式.xlsx"
    wb.save(path)
    with_cached_values(path, {"C2": CHEN, "G2": "2"})
    sheet = read_workbook(path).sheets[0]
    assert sheet.header_row == 1 and sheet.columns == {2: "member", 3: "centre", 4: "date", 5: "method", 6: "note"}
    assert [(n, cells[2:]) for n, cells in sheet.rows] == [
        (2, (CHEN, A, "2024-03-05", "电话", "2")),
        (4, (CHEN, A, "2024-03-07", "电话", "=cmd|' /C calc'!A0")),
        (5, (None, None, None, None, None, "=SUM(A1:A2)")),
    ]


def test_a_sheet_formatted_far_below_its_data_reads_quickly(tmp_path: Path, store: Store) -> None:
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式"])
    ws.append([CHEN, A, "2024-03-05", "电话"])
    bold = Font(bold=True)
    for row in range(3, 100_003):  # 100,000 empty rows that carry a format
        ws.cell(row=row, column=1).font = bold
    path = tmp_path / "big.xlsx"
    wb.save(path)
    started = time.perf_counter()
    read = read_workbook(path)
    assert time.perf_counter() - started < 10
    assert len(read.sheets[0].rows) == 1


def test_a_header_only_sheet_and_files_that_are_not_workbooks(tmp_path: Path, store: Store) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式"])
    path = tmp_path / "empty.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    assert p.ok and p.counts() == {"contact": {"added": 0, "present": 0, "refused": 0}}
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="无法读取"):
        read_workbook(fake)
    with pytest.raises(InputError, match=r"\.xlsx"):
        read_workbook(tmp_path / "x.pdf")
    latin = tmp_path / "bad.csv"
    latin.write_bytes(b"\xff\xfe\x00\x81\x30")
    with pytest.raises(InputError, match="编码"):
        read_workbook(latin)


def test_a_missing_required_column_is_said_at_the_header(tmp_path: Path, store: Store) -> None:
    read = read_workbook(write_csv(tmp_path / "联系记录.csv", "党员,康园中心,日期\n陈志强,x,2024-03-05\n"))
    mapping = default_mapping(read)
    mapping["联系记录"] = SheetMapping(Kind.CONTACT, {0: "member", 1: "centre", 2: "date"})
    p = plan(store, read, mapping)
    assert [r.line for r in p.refused] == ["联系记录 第1行: 缺少“方式”列：请在表头加上这一列，或在预览中为它选择一列"]
    assert p.refused[0].outcome is Outcome.REFUSED


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- values --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value",
    [
        "2024-03-05",
        "2024/3/5",
        "2024.3.5",
        "2024年3月5日",
        "２０２４年３月５日",
        "20240305",
        "2024/3/5 0:00",
        45356,
        45356.0,
        "45356",
        dt.datetime(2024, 3, 5, 8),
        dt.date(2024, 3, 5),
    ],
)
def test_dates_in_the_forms_people_type(value: object) -> None:
    assert parse_date(value, "日期") == dt.date(2024, 3, 5)


@pytest.mark.parametrize("value", ["2024-02-30", "3月5日", "昨天", 0, -5, True])
def test_dates_refused(value: object) -> None:
    with pytest.raises(InputError):
        parse_date(value, "日期")


@pytest.mark.parametrize(
    ("text", "method"),
    [("电话", "phone"), ("微信", "wechat"), ("到岗", "onsite"), ("走访", "onsite"), ("现场", "onsite"),
     ("会议", "meeting"), ("其它", "other"), ("phone", "phone"), ("微信视频", "wechat")],
)  # fmt: skip
def test_methods(text: str, method: str) -> None:
    assert parse_method(text) == method


def test_quarters() -> None:
    assert str(parse_quarter("2024年第1季度")) == str(parse_quarter("2024-Q1")) == str(parse_quarter("2024Q1"))
    assert str(parse_quarter("2024年三季度")) == "2024-Q3"


# -- many rows: checked in memory, written in bulk, audited and carried like any other write ------------
def many_contacts(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("联系记录")
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def year_of_contacts(member: str, centre: str, n: int, year: int = 2024) -> list[list[object]]:
    start = dt.date(year, 1, 1)
    return [[member, centre, start + dt.timedelta(days=k * 365 // n), "电话", f"第{k + 1}次"] for k in range(n)]


def test_a_clean_import_of_many_rows_takes_few_statements(tmp_path: Path, store: Store, db_path: Path) -> None:
    # 2,000 rows used to take ~12 statements each (a savepoint, the look-ups, the row, its audit entry,
    # its version and the clock); what is known is now read once and the rows written together
    roster_db(store)
    path = many_contacts(tmp_path / "多.xlsx", year_of_contacts(CHEN, A, 1000) + year_of_contacts(HUANG, B, 1000))
    read = read_workbook(path)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        p = plan(store, read, write_if_ok=True)
    finally:
        store.conn.set_trace_callback(None)
    assert p.counts() == {"contact": {"added": 2000, "present": 0, "refused": 0}}
    assert counts(db_path)["contacts"] == 2000
    reads = [s for s in statements if not s.startswith("INSERT")]  # look-ups, savepoints
    assert len(reads) < 100, reads[:20]
    assert len(statements) - len(reads) <= 3 * 2000 + 20  # each row, its audit entry, its version


def test_a_bulk_import_is_audited_and_carried_by_bundles(tmp_path: Path, office, chen) -> None:
    from hdrectify.store.verify import verify
    from tests.exchange.exchange_helpers import CENTRE_A
    from tests.exchange.exchange_helpers import CHEN as MEMBER

    path = many_contacts(tmp_path / "联系.xlsx", year_of_contacts(MEMBER, CENTRE_A, 300, year=2026)[:40])
    with office.store() as store:
        p = plan(store, read_workbook(path), write_if_ok=True)
        assert p.counts() == {"contact": {"added": 40, "present": 0, "refused": 0}}
        report = verify(store, evidence=False)
        assert report.untampered, (report.chain_break, report.row_problems[:3])
        tracked = store.scalar(
            "SELECT count(*) FROM contacts c JOIN sync_rows s ON s.table_name = 'contacts' AND s.row_id = c.id"
            " WHERE s.local_seq IS NOT NULL"
        )
        assert tracked == 40
        assert store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts'") == 40
    chen.take(office.export())
    assert chen.rows("SELECT count(*) AS n FROM contacts")[0]["n"] == 40


def test_rows_repeated_in_one_file_and_the_rules_of_records(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    future = dt.date.today() + dt.timedelta(days=3)
    rows: list[list[object]] = [
        [CHEN, A, "2024-03-05", "电话", "一"],
        [CHEN, A, "2024-03-05", "电话", "一"],  # the same row again: present
        [CHEN, A, "2024-03-05", "微信", "一"],  # another method: a record of its own
        [CHEN, A, future, "电话", ""],  # row 5: in the future
        ["无名氏", A, "2024-03-06", "电话", ""],  # row 6: no such member
        [CHEN, "无名中心", "2024-03-06", "电话", ""],  # row 7: no such centre
        [HUANG, A, "2024-03-06", "电话", ""],  # row 8: not paired
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
    ws.append([CHEN, A, "2024-Q1", "2024-04-03"])
    ws.append([CHEN, A, "2024-Q1", "2024-04-05"])  # the quarter again: present
    ws.append([CHEN, A, "2024-Q2", "2024-03-30"])  # before the quarter began
    ws.append([CHEN, A, "2023-Q4", "2024-01-03"])  # not owed: the pairing began in 2024
    path = tmp_path / "r.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path), write_if_ok=True)
    assert p.counts() == {"report": {"added": 1, "present": 1, "refused": 2}}
    assert "早于" in p.refused[0].reason and "不需要提交" in p.refused[1].reason
    assert store.scalar("SELECT count(*) FROM reports") == 0  # a refused row: nothing written
    apply(store, p, only_good=True)
    assert store.scalar("SELECT count(*) FROM reports") == 1
