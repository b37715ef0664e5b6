"""Bad input on the command line (SPEC, "Command line").

Every refusal exits non-zero, prints one line on stderr that starts with 错误：, prints
nothing on stdout, and leaves the database as it was: the ``refused`` fixture compares
every table's rows (audit_log and _sqlite_migrations included) before and after.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hdrectify.store.schema import SCHEMA_VERSION

A = "平山街道康园中心"  # paired with 陈志强 from 2024-01-01, open-ended (the db fixture)
B = "安墩镇康园中心"  # not paired
CHEN, HUANG = "陈志强", "黄伟明"
TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()

# One of each writing and reading command, valid in every way except the database.
EVERY_COMMAND = [
    ("init",),
    ("status", "--month", "2024-03"),
    ("ledger", "--json"),
    ("centre", "add", B, "--town", "安墩镇"),
    ("member", "add", HUANG),
    ("pair", CHEN, A, "--from", "2024-01-01"),
    ("log", CHEN, A, "--date", "2024-03-05", "--method", "phone"),
    ("report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-05"),
    ("review", CHEN, A, "--year", "2024", "--date", "2025-01-05", "--score", "90"),
    ("exempt", "--all", "--obligation", "visit", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", "春节"),
]
NEEDS_DATABASE = [c for c in EVERY_COMMAND if c[0] != "init"]


def ok(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert (code, err) == (0, ""), f"exit {code}, stderr {err!r}"
    return out


# -- names -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ("pair", "王小明", B, "--from", "2024-01-01"),
        ("log", "王小明", A, "--date", "2024-03-05", "--method", "phone"),
        ("report", "王小明", A, "--quarter", "2024-Q1", "--date", "2024-04-05"),
        ("review", "王小明", A, "--year", "2024", "--date", "2025-01-05", "--score", "90"),
        ("exempt", "王小明", A, "--obligation", "visit", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", "x"),
    ],
)
def test_unknown_member(db: Path, refused, args: tuple[str, ...]) -> None:
    message = refused(db, *args)
    assert "王小明" in message and "党员" in message


@pytest.mark.parametrize(
    "args",
    [
        ("pair", CHEN, "不存在康园中心", "--from", "2024-01-01"),
        ("log", CHEN, "不存在康园中心", "--date", "2024-03-05", "--method", "phone"),
        ("report", CHEN, "不存在康园中心", "--quarter", "2024-Q1", "--date", "2024-04-05"),
    ],
)
def test_unknown_centre(db: Path, refused, args: tuple[str, ...]) -> None:
    assert "不存在康园中心" in refused(db, *args)


def test_names_are_matched_exactly(db: Path, refused) -> None:
    assert "陈志" in refused(db, "log", "陈志", A, "--date", "2024-03-05", "--method", "phone")
    assert "平山街道" in refused(db, "log", CHEN, "平山街道", "--date", "2024-03-05", "--method", "phone")


@pytest.mark.parametrize(
    "args",
    [
        ("log", CHEN, A, "--date", "2024-03-05", "--method", "phone"),
        ("pair", CHEN, B, "--from", "2024-01-01"),
        ("report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-05"),
    ],
)
def test_ambiguous_member_name(db: Path, run, refused, args: tuple[str, ...]) -> None:
    code, _, warning = run("--db", db, "member", "add", CHEN)
    assert code == 0 and warning.startswith("注意：已有同名党员")
    message = refused(db, *args)
    assert "编号" in message and CHEN in message


def test_duplicate_centre_name(db: Path, refused) -> None:
    assert A in refused(db, "centre", "add", A, "--town", "平山街道")
    assert A in refused(db, "centre", "add", f"  {A} ", "--town", "别的镇")


@pytest.mark.parametrize(
    "args",
    [
        ("centre", "add", "   ", "--town", "平山街道"),
        ("centre", "add", "新中心", "--town", " "),
        ("member", "add", " "),
    ],
)
def test_blank_names(db: Path, refused, args: tuple[str, ...]) -> None:
    refused(db, *args)


# -- dates -------------------------------------------------------------------------
@pytest.mark.parametrize("bad", ["2024-3-5", "abc", "2024/03/05", "20240305", "2024-03-05x", " "])
@pytest.mark.parametrize(
    "template",
    [
        ("pair", HUANG, B, "--from", "{}"),
        ("pair", HUANG, B, "--from", "2024-01-01", "--to", "{}"),
        ("log", CHEN, A, "--date", "{}", "--method", "phone"),
        ("report", CHEN, A, "--quarter", "2024-Q1", "--date", "{}"),
        ("review", CHEN, A, "--year", "2024", "--date", "{}", "--score", "90"),
        ("exempt", "--all", "--obligation", "visit", "--from", "{}", "--to", "2024-02-29", "--reason", "春节"),
        ("status", "--month", "2024-03", "--as-of", "{}"),
    ],
)
def test_malformed_date(db: Path, refused, template: tuple[str, ...], bad: str) -> None:
    message = refused(db, *(a.format(bad) for a in template))
    assert "YYYY-MM-DD" in message


@pytest.mark.parametrize(
    "args",
    [
        ("pair", HUANG, B, "--from", ""),
        ("log", CHEN, A, "--date", "", "--method", "phone"),
        ("exempt", "--all", "--obligation", "visit", "--from", "2024-02-01", "--to", "", "--reason", "春节"),
    ],
)
def test_empty_date(db: Path, refused, args: tuple[str, ...]) -> None:
    assert "YYYY-MM-DD" in refused(db, *args)


@pytest.mark.parametrize(
    "args",
    [
        ("pair", HUANG, B, "--from", "2024-01-01", "--to", ""),
        ("status", "--month", "2024-03", "--as-of", ""),
    ],
)
def test_empty_optional_date(db: Path, refused, args: tuple[str, ...]) -> None:
    assert "YYYY-MM-DD" in refused(db, *args)


@pytest.mark.parametrize("bad", ["2024-02-30", "2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10"])
def test_impossible_date(db: Path, refused, bad: str) -> None:
    assert bad in refused(db, "log", CHEN, A, "--date", bad, "--method", "phone")
    assert bad in refused(db, "pair", HUANG, B, "--from", bad)


def test_to_before_from(db: Path, refused) -> None:
    assert "早于" in refused(db, "pair", HUANG, B, "--from", "2024-03-01", "--to", "2024-02-29")
    message = refused(
        db, "exempt", CHEN, A, "--obligation", "visit", "--from", "2024-03-01", "--to", "2024-02-29", "--reason", "x"
    )
    assert "早于" in message
    refused(
        db, "exempt", "--all", "--obligation", "visit", "--from", "2024-03-01", "--to", "2024-02-29", "--reason", "x"
    )


def test_future_dates_are_refused(db: Path, refused) -> None:
    assert TOMORROW in refused(db, "log", CHEN, A, "--date", TOMORROW, "--method", "phone")
    quarter = f"{dt.date.today().year}-Q{(dt.date.today().month - 1) // 3 + 1}"
    refused(db, "report", CHEN, A, "--quarter", quarter, "--date", TOMORROW)


# -- pairings ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2025-01-01", None),  # open-ended, starting inside the open-ended existing one
        ("2023-01-01", None),  # open-ended, starting before it
        ("2023-06-01", "2024-01-01"),  # one shared day
        ("2024-05-01", "2024-05-31"),
    ],
)
def test_overlapping_pairing_for_the_same_centre(db: Path, refused, start: str, end: str | None) -> None:
    args = ("pair", HUANG, A, "--from", start) + (("--to", end) if end else ())
    message = refused(db, *args)
    assert A in message and CHEN in message


def test_overlapping_closed_pairings(db: Path, run, refused) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01", "--to", "2024-06-30"))
    refused(db, "pair", CHEN, B, "--from", "2024-06-30", "--to", "2024-12-31")
    refused(db, "pair", CHEN, B, "--from", "2023-01-01")
    refused(db, "pair", HUANG, B, "--from", "2024-03-01", "--to", "2024-03-31")  # the same member too


# -- contacts ------------------------------------------------------------------------
@pytest.mark.parametrize("day", ["2024-01-31", "2024-07-01", "2025-03-05"])
def test_log_outside_the_pairing(db: Path, run, refused, day: str) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-02-01", "--to", "2024-06-30"))
    message = refused(db, "log", HUANG, B, "--date", day, "--method", "phone")
    assert "没有挂钩关系" in message and "2024-02-01 至 2024-06-30" in message


def test_log_for_a_member_and_centre_never_paired(db: Path, refused) -> None:
    assert "从未挂钩" in refused(db, "log", HUANG, A, "--date", "2024-03-05", "--method", "phone")
    assert "从未挂钩" in refused(db, "log", CHEN, B, "--date", "2024-03-05", "--method", "onsite")


@pytest.mark.parametrize("method", ["fax", "PHONE", "电话", ""])
def test_invalid_method_is_one_line(db: Path, refused, method: str) -> None:
    message = refused(db, "log", CHEN, A, "--date", "2024-03-05", "--method", method)
    assert all(m in message for m in ("phone", "wechat", "onsite", "meeting", "other"))


@pytest.mark.parametrize(
    "args",
    [
        ("log", CHEN, A, "--date", "2024-03-05"),  # --method missing
        ("exempt", "--all", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", "x"),  # --obligation missing
    ],
)
def test_missing_method_or_obligation_is_one_line(db: Path, refused, args: tuple[str, ...]) -> None:
    message = refused(db, *args)
    assert "--method" in message or "--obligation" in message


@pytest.mark.parametrize(
    "args",
    [
        ("log", CHEN, A, "--method", "phone"),  # --date missing
        ("pair", CHEN),  # CENTRE missing
        ("review", CHEN, A, "--year", "2024", "--date", "2025-01-05", "--score", "abc"),
        ("status", "--month", "2024-03", "--bogus"),
        ("nosuchcommand",),
    ],
)
def test_usage_errors_are_one_line(db: Path, refused, args: tuple[str, ...]) -> None:
    refused(db, *args)


# -- reports and reviews ------------------------------------------------------------------
@pytest.mark.parametrize("score", ["150", "-1", "101"])
def test_review_score_outside_0_to_100(db: Path, refused, score: str) -> None:
    message = refused(db, "review", CHEN, A, "--year", "2024", "--date", "2025-01-05", "--score", score)
    assert score in message and "0 到 100" in message


def test_report_for_a_quarter_the_pairing_does_not_owe(db: Path, run, refused) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01", "--to", "2024-03-30"))
    message = refused(db, "report", HUANG, B, "--quarter", "2024-Q1", "--date", "2024-04-05")
    assert "2024年第1季度" in message
    refused(db, "report", CHEN, A, "--quarter", "2023-Q4", "--date", "2024-01-05")  # before the pairing began
    refused(db, "report", HUANG, A, "--quarter", "2024-Q1", "--date", "2024-04-05")  # never paired


def test_review_for_a_year_the_pairing_does_not_owe(db: Path, run, refused) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01", "--to", "2024-12-30"))
    assert "2024年" in refused(db, "review", HUANG, B, "--year", "2024", "--date", "2025-01-05", "--score", "90")


def test_duplicate_report_and_review(db: Path, run, refused) -> None:
    ok(run("--db", db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-05"))
    ok(run("--db", db, "review", CHEN, A, "--year", "2024", "--date", "2025-01-05", "--score", "90"))

    assert "重复" in refused(db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-08")
    assert "重复" in refused(db, "review", CHEN, A, "--year", "2024", "--date", "2025-01-20", "--score", "80")


@pytest.mark.parametrize("bad", ["2024-Q5", "2024Q1", "24-Q1", "2024-Q0", "2024-03", "Q1-2024"])
def test_malformed_quarter(db: Path, refused, bad: str) -> None:
    assert bad in refused(db, "status", "--quarter", bad)
    assert bad in refused(db, "report", CHEN, A, "--quarter", bad, "--date", "2024-04-05")


@pytest.mark.parametrize("bad", ["2024-13", "2024-00", "2024-3", "202403", "2024-Q1", "March"])
def test_malformed_month(db: Path, refused, bad: str) -> None:
    assert bad in refused(db, "status", "--month", bad)


@pytest.mark.parametrize("bad", ["24", "2024-01", "twenty", "0000", "20245"])
def test_malformed_year(db: Path, refused, bad: str) -> None:
    assert bad in refused(db, "status", "--year", bad)
    assert bad in refused(db, "review", CHEN, A, "--year", bad, "--date", "2025-01-05", "--score", "90")


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--as-of", "2024-04-01"),
        ("--month", "2024-03", "--quarter", "2024-Q1"),
        ("--month", "2024-03", "--year", "2024"),
        ("--month", "2024-03", "--quarter", "2024-Q1", "--year", "2024", "--json"),
    ],
)
def test_status_needs_exactly_one_span(db: Path, refused, args: tuple[str, ...]) -> None:
    message = refused(db, "status", *args)
    assert "--month" in message and "--quarter" in message and "--year" in message


# -- exemptions ------------------------------------------------------------------------
@pytest.mark.parametrize("reason", ["", "   "])
def test_exempt_needs_a_reason(db: Path, refused, reason: str) -> None:
    message = refused(
        db, "exempt", CHEN, A, "--obligation", "visit", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", reason
    )
    assert "原因" in message
    refused(
        db, "exempt", "--all", "--obligation", "visit", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", reason
    )


@pytest.mark.parametrize(
    "who",
    [
        (CHEN, A, "--all"),  # both
        (),  # neither
        (CHEN,),  # one name only
        (CHEN, A, "另一个"),  # three names
    ],
)
def test_exempt_needs_either_two_names_or_all(db: Path, refused, who: tuple[str, ...]) -> None:
    message = refused(
        db, "exempt", *who, "--obligation", "visit", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", "春节"
    )
    assert "--all" in message


def test_exempt_for_a_pair_not_paired_in_the_span(db: Path, refused) -> None:
    refused(
        db, "exempt", CHEN, A, "--obligation", "visit", "--from", "2023-02-01", "--to", "2023-02-28", "--reason", "x"
    )
    refused(
        db, "exempt", HUANG, B, "--obligation", "visit", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", "x"
    )


def test_exempt_invalid_obligation(db: Path, refused) -> None:
    refused(
        db, "exempt", "--all", "--obligation", "party", "--from", "2024-02-01", "--to", "2024-02-29", "--reason", "x"
    )


# -- the database file itself ------------------------------------------------------------
@pytest.mark.parametrize("args", NEEDS_DATABASE, ids=lambda a: a[0])
@pytest.mark.parametrize("where", ["missing.db", "no/such/dir/missing.db"])
def test_database_that_does_not_exist_is_not_created(
    tmp_path: Path, run, expect_error, args: tuple[str, ...], where: str
) -> None:
    path = tmp_path / where
    before = sorted(tmp_path.rglob("*"))

    message = expect_error(*run("--db", path, *args))

    assert "hdrectify init" in message
    assert not path.exists()
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize("args", NEEDS_DATABASE, ids=lambda a: a[0])
def test_empty_file_is_not_initialised(tmp_path: Path, run, expect_error, args: tuple[str, ...]) -> None:
    path = tmp_path / "empty.db"
    path.touch()

    message = expect_error(*run("--db", path, *args))

    assert "hdrectify init" in message
    assert path.read_bytes() == b""


@pytest.mark.parametrize("args", EVERY_COMMAND, ids=lambda a: a[0])
def test_file_that_is_not_a_database(tmp_path: Path, run, expect_error, args: tuple[str, ...]) -> None:
    path = tmp_path / "notes.db"
    content = bytes(range(256)) * 64
    path.write_bytes(content)

    message = expect_error(*run("--db", path, *args))

    assert "不是 hdrectify 数据库" in message
    assert path.read_bytes() == content


def test_a_sqlite_file_of_another_program(tmp_path: Path, run, expect_error) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()

    assert "不是 hdrectify 数据库" in expect_error(*run("--db", path, "status", "--month", "2024-03"))
    assert "不是 hdrectify 数据库" in expect_error(*run("--db", path, "member", "add", CHEN))
    assert "不是 hdrectify 数据库" in expect_error(*run("--db", path, "init", "--seed"))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("recipes",)]
    finally:
        conn.close()


def test_a_directory_is_not_a_database(tmp_path: Path, run, expect_error) -> None:
    expect_error(*run("--db", tmp_path, "status", "--month", "2024-03"))
    expect_error(*run("--db", tmp_path, "init"))


def test_init_where_the_directory_cannot_be_created(tmp_path: Path, run, expect_error) -> None:
    (tmp_path / "afile").write_text("x")
    expect_error(*run("--db", tmp_path / "afile" / "hd.db", "init"))


def test_demo_where_the_directory_cannot_be_created(tmp_path: Path, run, expect_error) -> None:
    (tmp_path / "afile").write_text("x")
    expect_error(*run("demo", "--path", tmp_path / "afile" / "demo.db"))


@pytest.mark.parametrize("args", [*EVERY_COMMAND, ("init", "--seed")], ids=lambda a: " ".join(a[:2]))
def test_database_from_a_newer_version_is_refused(db: Path, refused, args: tuple[str, ...]) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()

    message = refused(db, *args)

    assert "更新版本" in message and "升级" in message
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    finally:
        conn.close()
    assert not list(db.parent.glob("*.bak"))


def test_demo_never_overwrites_a_real_database(db: Path, run, expect_error, snapshot) -> None:
    before = snapshot(db)
    for extra in ((), ("--force",)):
        message = expect_error(*run("demo", "--path", db, "--today", "2026-06-15", *extra))
        assert "不是演示数据库" in message
    assert snapshot(db) == before


# -- a real process -----------------------------------------------------------------------
def test_errors_in_a_real_process(db: Path, run_subprocess) -> None:
    code, out, err = run_subprocess("--db", db, "log", CHEN, B, "--date", "2024-03-05", "--method", "phone")
    assert (code, out) == (1, "")
    assert err.startswith("错误：") and err.count("\n") == 1 and "从未挂钩" in err

    code, out, err = run_subprocess("--db", db, "log", CHEN, A, "--date", "2024-03-05", "--method", "fax")
    assert code != 0 and out == ""
    assert err.startswith("错误：") and err.count("\n") == 1

    code, out, err = run_subprocess("--db", db, "log", CHEN, A, "--method", "phone")
    assert code != 0 and out == ""
    assert err.startswith("错误：") and err.count("\n") == 1 and "--date" in err

    code, out, err = run_subprocess("--db", db.parent / "missing.db", "status", "--month", "2024-03")
    assert (code, out) == (1, "")
    assert err.startswith("错误：") and err.count("\n") == 1
    assert not (db.parent / "missing.db").exists()


def test_the_command_line_does_not_import_qt(db: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from hdrectify.cli import main
        main(["--db", {str(db)!r}, "status", "--year", "2024", "--as-of", "2024-06-30", "--json"])
        main(["--db", {str(db)!r}, "log", "陈志强", "平山街道康园中心", "--date", "2024-03-05", "--method", "onsite"])
        main(["--db", {str(db)!r}, "ledger"])
        main(["--help"])
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "PyQt")))
        assert not qt, qt
        print("no Qt")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8", timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("no Qt")
    assert "已登记到岗联系" in done.stdout


def test_the_log_of_a_command_line_test_stays_in_its_own_home(tmp_path: Path) -> None:
    """A refusal's English goes to the log file (hdrectify/logs.py): under tmp_path, whatever XDG_STATE_HOME says."""
    from hdrectify import logs

    assert logs.log_file().is_relative_to(tmp_path)
