"""``hdrectify draft-report`` and ``report --file``: the quarterly report drafted, read back with
python-docx, and the final file kept with the report record.

The draft's table rows are the quarter's records, its figures the very counts ``status --json``
gives for the pairing and quarter, and what the data cannot say is left marked 【请填写：…】.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from hdrectify.printing.report_draft_docx import FIGURE_COLUMNS, FIGURE_STATUSES, printable
from tests.cli.cli_helpers import CHEN, A, ok, query, status
from tests.cli.conftest import Runner

LONG = "中心活动正常" * 3334  # 20,004 characters
TODAY = dt.date.today().isoformat()


@pytest.fixture
def quarter_db(db: Path, run: Runner) -> Path:
    """陈志强 — 平山 in 2024-Q1: a visit that found a problem (with progress), a phone call with a note
    starting "=", a WeChat contact with no note, and one with a 20,000-character note."""
    for args in (
        ("log", CHEN, A, "--date", "2024-01-09", "--method", "phone", "--note", "=HYPERLINK(\"http://x\",\"y\")"),
        ("log", CHEN, A, "--date", "2024-02-06", "--method", "onsite", "--note", "查看康复训练，场地整洁",
         "--problems", "灭火器过期未更换"),
        ("log", CHEN, A, "--date", "2024-02-20", "--method", "wechat"),
        ("log", CHEN, A, "--date", "2024-03-12", "--method", "meeting", "--note", LONG),
    ):  # fmt: skip
        ok(run("--db", db, *args))
    (no,) = query(db, "SELECT no FROM ledger_problems WHERE source = 'visit'")[0]
    ok(run("--db", db, "measure", "progress", f"{no}.1", "--date", "2024-02-10", "--text", "已联系镇政府更换"))
    return db


def draft(run: Runner, db: Path, out: Path, *extra: str) -> docx.document.Document:
    said = ok(run("--db", db, "draft-report", CHEN, A, "--quarter", "2024-Q1", "-o", out, *extra))
    assert str(out) in said and "2024年第1季度" in said
    return docx.Document(str(out))


def texts(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def test_the_draft_reads_as_the_member_s_report_of_the_quarter(run: Runner, quarter_db: Path, tmp_path: Path) -> None:
    document = draft(run, quarter_db, tmp_path / "汇报.docx")
    paras = texts(document)
    assert paras[0] == f"关于{A}2024年第1季度联系督导情况的汇报"
    assert paras[1].endswith("党组：")
    headings = [p for p in paras if p[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert headings == ["一、联系和到岗情况", "二、发现的问题及整改情况", "三、中心开展工作情况", "四、下一步工作打算",
                        "五、完成情况统计"]  # fmt: skip
    body = "\n".join(paras)
    assert "本季度共联系4次，其中到中心现场1次" in body
    # the problem found on the visit, its measure's state and latest progress
    assert "灭火器过期未更换（2024年2月6日发现）" in body
    assert "最新进展（2024年2月10日）：已联系镇政府更换" in body and "整改中" in body
    # the activities from the notes, the whole long note and the "=" note as text; the plans left to fill
    assert "2024年2月6日（到岗）：查看康复训练，场地整洁" in body
    assert LONG in body and '=HYPERLINK("http://x","y")' in body
    assert "【请填写：下季度联系督导的重点" in body
    assert paras[-3:] == [f"汇报人：{CHEN}", "签名：＿＿＿＿＿＿", "＿＿＿＿年＿＿月＿＿日"]
    assert document.core_properties.title == paras[0]


def test_the_table_rows_are_the_quarter_s_records(run: Runner, quarter_db: Path, tmp_path: Path) -> None:
    contacts, _figures = draft(run, quarter_db, tmp_path / "汇报.docx").tables
    rows = [[c.text for c in r.cells] for r in contacts.rows]
    assert rows[0] == ["序号", "日期", "方式", "了解到的情况"]
    records = query(
        quarter_db,
        "SELECT date, method, note FROM contacts WHERE date BETWEEN '2024-01-01' AND '2024-03-31'"
        " AND deleted_at IS NULL ORDER BY date",
    )
    methods = {"phone": "电话", "onsite": "到岗", "wechat": "微信", "meeting": "会议"}
    assert len(rows) - 1 == len(records) == 4
    for n, (row, (day, method, note)) in enumerate(zip(rows[1:], records, strict=True), start=1):
        y, m, d = (int(x) for x in day.split("-"))
        assert row[:3] == [str(n), f"{y}年{m}月{d}日", methods[method]]
        assert row[3].startswith(note or "【请填写：这次联系了解到的情况】")
    assert rows[2][3].endswith("发现问题：灭火器过期未更换")


def test_the_figures_are_those_of_status(run: Runner, quarter_db: Path, tmp_path: Path) -> None:
    _contacts, figures = draft(run, quarter_db, tmp_path / "汇报.docx").tables
    rows = [[c.text for c in r.cells] for r in figures.rows]
    assert tuple(rows[0]) == FIGURE_COLUMNS
    data = status(run, quarter_db, "--quarter", "2024-Q1", "--as-of", TODAY)
    mine = [r for r in data["rows"] if r["member"] == CHEN and r["centre"] == A]
    labels = {"contact": "每周联系", "visit": "每月到岗", "report": "季度汇报"}
    for row, obligation in zip(rows[1:], labels, strict=True):
        counted = Counter(r["status"] for r in mine if r["obligation"] == obligation)
        assert row[0] == labels[obligation]
        assert row[1] == str(sum(counted.values()) - counted["exempt"])  # 应完成: as the summary, without 免
        assert row[2:5] == [str(counted[s.value]) for s in FIGURE_STATUSES]
        assert row[5] == str(counted["due"] + counted["upcoming"])
        assert row[6] == str(counted["exempt"])
    totals = data["totals"]
    rate = (totals["done"] + totals["late"]) / (totals["done"] + totals["late"] + totals["missed"])
    assert f"完成率{rate * 100:.1f}%" in "\n".join(texts(docx.Document(str(tmp_path / "汇报.docx"))))


def test_a_quarter_with_nothing_recorded_is_left_for_the_member(run: Runner, db: Path, tmp_path: Path) -> None:
    body = "\n".join(texts(draft(run, db, tmp_path / "空.docx")))
    assert "本季度没有联系记录。【请填写：本季度未能联系的原因】" in body
    assert "【请填写：本季度中心开展康复服务" in body
    assert "整改台账中没有本中心到岗走访发现" in body


def test_stored_control_characters_are_shown_not_obeyed(run: Runner, quarter_db: Path, tmp_path: Path) -> None:
    # text the store refuses can still arrive from an older database: written here behind its back
    conn = sqlite3.connect(quarter_db)
    with conn:
        conn.execute("UPDATE contacts SET note = '铃声\x07与\u202e反转' WHERE date = '2024-02-20'")
    conn.close()
    contacts, _ = draft(run, quarter_db, tmp_path / "汇报.docx").tables
    assert contacts.rows[3].cells[3].text == "铃声\\x07与\\u202e反转"
    assert printable("一行\r\n二行\t三") == "一行\n二行\t三"


def test_refusals_say_what_to_do(refused: Callable[..., str], quarter_db: Path, tmp_path: Path, run: Runner) -> None:
    assert "DOCX" in refused(quarter_db, "draft-report", CHEN, A, "--quarter", "2024-Q1", "-o", tmp_path / "x.pdf")
    assert "2023年第4季度" in refused(
        quarter_db, "draft-report", CHEN, A, "--quarter", "2023-Q4", "-o", tmp_path / "x.docx"
    )
    assert "无名" in refused(quarter_db, "draft-report", "无名", A, "--quarter", "2024-Q1", "-o", tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "x.pdf").exists()


def test_report_file_keeps_the_final_draft_with_the_record(run: Runner, quarter_db: Path, tmp_path: Path) -> None:
    final = tmp_path / "汇报（定稿）.docx"
    draft(run, quarter_db, final)
    ok(run("--db", quarter_db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-08", "--file", final))
    ((name, size, report_quarter),) = query(
        quarter_db,
        "SELECT f.file_name, f.size, r.quarter FROM report_files f JOIN reports r ON r.id = f.report_id",
    )
    assert (name, size, report_quarter) == (final.name, final.stat().st_size, "2024-Q1")
    code, _out, err = run("--db", quarter_db, "verify")
    assert (code, err) == (0, ""), err


@pytest.mark.parametrize("case", ["missing", "folder"])
def test_a_bad_report_file_is_refused_and_no_report_is_written(
    refused: Callable[..., str], quarter_db: Path, tmp_path: Path, case: str
) -> None:
    bad = tmp_path / "汇报.docx"
    if case == "folder":
        bad.mkdir()
    message = refused(quarter_db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-08", "--file", bad)
    assert ("找不到文件" if case == "missing" else "不是文件") in message
