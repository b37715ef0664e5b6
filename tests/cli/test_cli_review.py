"""The command line as a clerk meets it: the defects a review found, each reproduced as the clerk ran into it."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from tests.cli.cli_helpers import CHEN, A
from tests.safety.safety_helpers import damage


def test_importing_a_summary_the_app_exported_is_refused_and_adds_no_members(run, db: Path, tmp_path: Path, refused):
    """The quarterly summary (汇总.xlsx) sits beside the import workbook in the clerk's folder; picked by
    mistake, its report tables (a 党员 column under section headings) were read as a 党员 sheet and each
    heading (三、各康园中心完成情况, 填报单位：…) became a member."""
    assert run("--db", db, "log", CHEN, A, "--date", "2024-03-05", "--method", "onsite")[0] == 0
    summary = tmp_path / "2024年第1季度汇总.xlsx"
    assert run("--db", db, "summary", "--quarter", "2024-Q1", "-o", summary)[0] == 0

    message = refused(db, "import", summary)
    assert "汇总" in message and "hdrectify template" in message, message
    message = refused(db, "import", summary, "--dry-run")
    assert "汇总" in message


def test_the_database_and_its_backups_are_refused_as_evidence(run, db: Path, refused):
    """Picking the wrong file in the folder: the database (or a backup of it) attached as evidence was
    copied into the evidence store, and from there into every bundle and evidence zip — with this
    computer's private signing key inside it."""
    assert run("--db", db, "measure", "reopen", "1.1", "--reason", "复查")[0] == 0
    assert run("--db", db, "backup")[0] == 0
    backup = next((db.parent / "backups").glob("*-manual.db"))
    for picked in (db, backup):
        message = refused(db, "measure", "attach", "1.1", picked)
        assert "不能作为佐证材料" in message, message
        message = refused(db, "measure", "close", "1.1", "--date", "2024-03-05", "--evidence", picked)
        assert "不能作为佐证材料" in message, message
        message = refused(db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-05", "--file", picked)
        assert "不能作为佐证材料" in message, message
    assert not [p for p in (db.parent / "hd-evidence").rglob("*") if p.is_file()]


def test_a_folder_given_for_a_file_is_called_a_folder(run, db: Path, tmp_path: Path, refused):
    """The clerk scanned into a folder and gave the folder: "找不到文件" sent them looking for a path that is there."""
    folder = tmp_path / "签字清单 扫描件"
    folder.mkdir()
    for args in (("scans", "import", folder), ("import", folder), ("restore", folder), ("verify", "--against", folder)):
        message = refused(db, *args)
        assert f"“{folder}”是文件夹" in message and "找不到" not in message, message


def test_a_member_laptop_cannot_prepare_a_bundle_for_a_member(run, laptop: Path, tmp_path: Path, refused):
    """Only the office prepares a member's laptop; the bundle a member's laptop made with --for was written
    (unencrypted, with the whole roster) and then refused by every computer it was taken to."""
    out = tmp_path / "为陈志强准备.hdbundle"
    message = refused(laptop, "bundle", "export", "--for", CHEN, "-o", out)
    assert "办公室" in message and "bundle export -o" in message, message
    assert not out.exists()
    assert run("--db", laptop, "bundle", "export", "-o", out)[0] == 0  # the laptop's own bundle still goes


def test_a_missing_or_unreadable_password_file_is_not_called_empty(db: Path, tmp_path: Path, refused):
    """A mistyped --password-file was reported as "是空的：请在第一行写上密码": the clerk opened a file
    that has the password on its first line and could not see what was wrong."""
    missing = tmp_path / "密码.txt"
    message = refused(db, "password", "set", "--password-file", missing)
    assert "找不到密码文件" in message and "是空的" not in message, message
    gbk = tmp_path / "密码-gbk.txt"
    gbk.write_bytes("口令一二三四".encode("gb18030"))
    message = refused(db, "password", "set", "--password-file", gbk)
    assert "无法读取密码文件" in message and "UTF-8" in message, message


def test_a_database_path_that_is_a_folder_is_called_a_folder(run, tmp_path: Path, expect_error):
    """--db (or HDRECTIFY_DB) given the data folder instead of the file: "文件夹可能只读或不存在" sent the
    clerk checking permissions of a folder that is there and writable."""
    folder = tmp_path / "残联 数据"
    folder.mkdir()
    for args in (("status", "--month", "2024-03"), ("member", "add", "李四"), ("init",)):
        message = expect_error(*run("--db", folder, *args))
        assert f"“{folder}”是文件夹" in message and "只读" not in message, message
    assert list(folder.iterdir()) == []


def test_removing_a_report_file_twice_says_it_is_already_removed(run, db: Path, tmp_path: Path, refused):
    """Run twice (the shell's history), the second removal told the clerk to "close and reopen the list of
    report files" — a list the command line never showed."""
    draft = tmp_path / "汇报.docx"
    draft.write_bytes(b"PK\x03\x04 a report")
    assert run("--db", db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-05", "--file", draft)[0] == 0
    remove = ("report-file", "remove", CHEN, A, draft.name, "--quarter", "2024-Q1", "--reason", "附错了")
    assert run("--db", db, *remove)[0] == 0
    message = refused(db, *remove)
    assert "已被移除，无需再移除" in message and "report-file list" in message, message


def test_the_same_close_request_sent_twice_is_refused(run, laptop: Path, tmp_path: Path, refused):
    """申请销号 typed twice (or run again from the shell's history) made two pending requests: the office had
    to pick one with --request, and after accepting it still had to return the copy, which the member
    then saw as 退回 on a measure already closed."""
    for step in (
        ("init", "--role", "office"),
        ("measure", "reopen", "1.2", "--reason", "复查"),
        ("init", "--role", "member"),
    ):
        assert run("--db", laptop, *step)[0] == 0, step
    scan = tmp_path / "会议记录.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes")
    ask = ("measure", "request-close", "1.2", "--date", "2024-03-05", "--evidence", scan)
    assert run("--db", laptop, *ask)[0] == 0
    message = refused(laptop, *ask)
    assert "等待办公室审核" in message and "不要重复" in message, message
    other = ("measure", "request-close", "1.2", "--date", "2024-03-05", "--reason", "会议记录见上一份申请")
    assert run("--db", laptop, *other)[0] == 0  # a request that says more is a new one


def test_the_same_exemption_registered_twice_is_refused(run, db: Path, tmp_path: Path, refused):
    """登记免除 run twice listed the exemption twice in the quarter's summary the office files."""
    for who in (("--all",), (CHEN, A)):
        args = ("exempt", *who, "--obligation", "visit", "--from", "2024-02-01", "--to", "2024-02-29")
        assert run("--db", db, *args, "--reason", "春节放假")[0] == 0
        message = refused(db, *args, "--reason", "春节闭馆")
        assert "已登记过" in message and "2024-02-01" in message, message
    summary = tmp_path / "汇总.xlsx"
    assert run("--db", db, "summary", "--quarter", "2024-Q1", "-o", summary)[0] == 0
    rows = [r for r in openpyxl.load_workbook(summary)["免除"].iter_rows(min_row=2, values_only=True) if any(r)]
    assert len(rows) == 2, rows


def test_a_damaged_database_with_no_backup_says_what_to_do(run, db: Path, expect_error):
    """A failing disk damaged the database and its backups folder was gone: the refusal only said the
    database was damaged, and the clerk's next move (deleting it and starting again) loses every record."""
    shutil.rmtree(db.parent / "backups", ignore_errors=True)
    damage(db)
    before = db.read_bytes()
    message = expect_error(*run("--db", db, "member", "add", "新党员"))
    assert "已损坏" in message and "不要删除" in message and "复制" in message, message
    assert db.read_bytes() == before


def test_help_says_required_in_chinese(run):
    """Every --help marked its required options "[required]": click's one word a clerk reads in English."""
    code, out, _err = run("log", "--help")
    assert code == 0
    assert "[必填]" in out and "required" not in out, out


def test_progress_and_closing_dates_are_not_after_today(run, db: Path, refused):
    """A year typed wrong (2099 for 2024) closed a measure "on 2099-03-05" and dated its progress so; the
    window's date fields never allowed a day after today."""
    assert run("--db", db, "measure", "reopen", "2.1", "--reason", "复查")[0] == 0
    for args in (
        ("measure", "progress", "2.1", "--date", "2099-03-05", "--text", "推进中"),
        ("measure", "close", "2.1", "--date", "2099-03-05", "--reason", "已完成"),
    ):
        message = refused(db, *args)
        assert "2099-03-05 晚于今天" in message, message
    assert run("--db", db, "measure", "close", "2.1", "--date", "2024-03-05", "--reason", "已完成")[0] == 0
