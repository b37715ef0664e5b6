"""The command line's happy paths (SPEC, "Command line"): each command on a real database file.

Statuses are checked through ``status --json`` against scenarios whose answers are
worked out by hand from SPEC's rules: weeks belong to the month of their Thursday, a
period is owed iff the pairing is active on its last day, a report is on time up to
the 10th day after its quarter, a review up to 31 January, and a record entered more
than 7 days after its date is 补录.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from hdrectify import __version__
from tests.cli.cli_helpers import (
    CHEN,
    HUANG,
    TOWN_A,
    TOWN_C,
    A,
    B,
    C,
    exempt,
    month_of_week,
    ok,
    query,
    slots,
    status,
    week_label,
)


# -- init ------------------------------------------------------------------------
def test_init_creates_the_database_and_a_second_init_changes_nothing(tmp_path: Path, run, snapshot) -> None:
    path = tmp_path / "new" / "hd.db"

    assert ok(run("--db", path, "init")) == f"已创建数据库：{path}\n"
    assert path.exists()
    first = snapshot(path)
    assert {"settings", "centres", "members", "pairings", "contacts", "audit_log", "_sqlite_migrations"} <= set(first)
    assert first["ledger_areas"] == []

    assert ok(run("--db", path, "init")) == f"数据库已存在：{path}\n"
    assert snapshot(path) == first


def test_init_seed_twice_adds_nothing_the_second_time(tmp_path: Path, run, snapshot) -> None:
    path = tmp_path / "hd.db"
    assert ok(run("--db", path, "init", "--seed")) == f"已创建数据库：{path}\n整改台账：新增 87 条\n"
    ledger = ok(run("--db", path, "ledger", "--json"))
    before = snapshot(path)

    out = ok(run("--db", path, "init", "--seed"))

    assert out == f"数据库已存在：{path}\n整改台账：已载入过，无需重复载入\n"
    assert ok(run("--db", path, "ledger", "--json")) == ledger
    after = snapshot(path)
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    assert after == before


def test_init_then_seed_later_loads_the_ledger(tmp_path: Path, run) -> None:
    path = tmp_path / "hd.db"
    ok(run("--db", path, "init"))
    assert ok(run("--db", path, "init", "--seed")).splitlines()[1] == "整改台账：新增 87 条"
    counts = query(
        path,
        "SELECT (SELECT count(*) FROM ledger_sources), (SELECT count(*) FROM ledger_areas),"
        " (SELECT count(*) FROM ledger_problems), (SELECT count(*) FROM ledger_measures)",
    )
    assert counts == [(1, 3, 17, 66)]


def test_without_db_option_the_user_data_directory_is_used(tmp_path: Path, run) -> None:
    expected = tmp_path / "data" / "hdrectify" / "hdrectify.db"
    assert ok(run("init")) == f"已创建数据库：{expected}\n"
    assert expected.exists()
    ok(run("centre", "add", A, "--town", TOWN_A))
    assert query(expected, "SELECT name FROM centres") == [(A,)]


def test_db_option_beats_environment_variable(tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    from_env, from_option = tmp_path / "env.db", tmp_path / "option.db"
    monkeypatch.setenv("HDRECTIFY_DB", str(from_env))

    assert ok(run("init")) == f"已创建数据库：{from_env}\n"
    assert ok(run("--db", from_option, "init")) == f"已创建数据库：{from_option}\n"
    ok(run("member", "add", CHEN))

    assert query(from_env, "SELECT name FROM members") == [(CHEN,)]
    assert query(from_option, "SELECT name FROM members") == []
    assert not (tmp_path / "data" / "hdrectify").exists()


def test_snapshot_sees_every_write(db: Path, run, snapshot) -> None:
    """The error tests rely on snapshots; a successful command must show up in one."""
    before = snapshot(db)
    ok(run("--db", db, "member", "add", "李秀英"))
    after = snapshot(db)
    assert after != before
    assert len(after["members"]) == len(before["members"]) + 1 == 3
    assert len(after["audit_log"]) == len(before["audit_log"]) + 1
    assert after["_sqlite_migrations"] == before["_sqlite_migrations"] != []


# -- centres, members, pairings -------------------------------------------------
def test_centre_add_stores_the_centre_and_prints_its_id(tmp_path: Path, run) -> None:
    path = tmp_path / "hd.db"
    ok(run("--db", path, "init"))

    out = ok(run("--db", path, "centre", "add", C, "--town", TOWN_C, "--contact", "蔡永康", "--phone", "0752-8800000"))

    m = re.fullmatch(r"已添加康园中心：铁涌镇康园中心（铁涌镇，编号 ([0-9a-f-]{36})）\n", out)
    assert m, out
    assert query(path, "SELECT id, name, town, contact_person, contact_phone FROM centres") == [
        (m.group(1), C, TOWN_C, "蔡永康", "0752-8800000")
    ]
    assert query(path, "SELECT actor, table_name, action FROM audit_log WHERE row_id = ?", (m.group(1),)) == [
        ("tester", "centres", "insert")
    ]


def test_member_add_allows_a_duplicate_name_with_a_warning_and_the_id_resolves_it(db: Path, run, expect_error) -> None:
    code, out, err = run("--db", db, "member", "add", HUANG)

    assert code == 0
    added = re.fullmatch(r"已添加党员：黄伟明（编号 ([0-9a-f-]{36})）\n", out)
    assert added is not None, out
    new_id = added.group(1)
    assert err == f"注意：已有同名党员，今后请用编号指定（{new_id}）\n"
    assert len(query(db, "SELECT id FROM members WHERE name = ?", (HUANG,))) == 2

    message = expect_error(*run("--db", db, "pair", HUANG, B, "--from", "2024-01-01"))
    assert "编号" in message and new_id in message

    assert (
        ok(run("--db", db, "pair", new_id, B, "--from", "2024-01-01")) == f"已挂钩：{HUANG} — {B}，2024-01-01 至 今\n"
    )
    assert query(
        db, "SELECT member_id FROM pairings p JOIN centres c ON c.id = p.centre_id WHERE c.name = ?", (B,)
    ) == [(new_id,)]


def test_pair_with_an_end_date_and_a_member_holding_several_centres(db: Path, run) -> None:
    assert ok(run("--db", db, "pair", CHEN, B, "--from", "2024-02-01", "--to", "2024-06-30")) == (
        f"已挂钩：{CHEN} — {B}，2024-02-01 至 2024-06-30\n"
    )
    # the centre is free again the day after the pairing ends
    assert ok(run("--db", db, "pair", HUANG, B, "--from", "2024-07-01")) == f"已挂钩：{HUANG} — {B}，2024-07-01 至 今\n"
    rows = query(
        db,
        "SELECT m.name, c.name, p.start_on, p.end_on FROM pairings p JOIN members m ON m.id = p.member_id"
        " JOIN centres c ON c.id = p.centre_id ORDER BY p.start_on, c.name",
    )
    assert rows == [
        (CHEN, A, "2024-01-01", None),
        (CHEN, B, "2024-02-01", "2024-06-30"),
        (HUANG, B, "2024-07-01", None),
    ]


# -- log ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "label"),
    [("phone", "电话"), ("wechat", "微信"), ("onsite", "到岗"), ("meeting", "会议"), ("other", "其他")],
)
def test_log_each_method_meets_the_weeks_contact_and_only_onsite_meets_the_visit(
    db: Path, run, method: str, label: str
) -> None:
    out = ok(run("--db", db, "log", CHEN, A, "--date", "2024-03-05", "--method", method, "--note", "了解情况"))

    assert out == f"已登记{label}联系：{CHEN} — {A}，2024-03-05（补录）\n"
    assert query(db, "SELECT date, method, note, author FROM contacts") == [
        ("2024-03-05", method, "了解情况", "tester")
    ]
    got = slots(status(run, db, "--month", "2024-03", "--as-of", "2024-04-30"))
    assert got[("contact", "2024-W10")] == ("done", True)
    assert got[("contact", "2024-W11")] == ("missed", False)
    assert got[("visit", "2024-03")] == (("done", True) if method == "onsite" else ("missed", False))


def test_log_dated_today_is_not_backfilled(db: Path, run) -> None:
    today = dt.date.today()

    out = ok(run("--db", db, "log", CHEN, A, "--date", today.isoformat(), "--method", "phone"))

    assert out == f"已登记电话联系：{CHEN} — {A}，{today}\n"
    data = status(run, db, "--month", month_of_week(today))
    assert data["as_of"] == today.isoformat()
    assert slots(data)[("contact", week_label(today))] == ("done", False)


def test_backfill_limit_is_more_than_seven_days(db: Path, run) -> None:
    """Entered now: a record 7 days old is on time, one 8 days old is 补录."""
    today = dt.date.today()
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01"))
    seven, eight = today - dt.timedelta(days=7), today - dt.timedelta(days=8)

    assert "补录" not in ok(run("--db", db, "log", CHEN, A, "--date", seven.isoformat(), "--method", "wechat"))
    assert "（补录）" in ok(run("--db", db, "log", HUANG, B, "--date", eight.isoformat(), "--method", "wechat"))

    on_time = slots(status(run, db, "--month", month_of_week(seven), "--as-of", today.isoformat()), CHEN, A)
    late = slots(status(run, db, "--month", month_of_week(eight), "--as-of", today.isoformat()), HUANG, B)
    assert on_time[("contact", week_label(seven))] == ("done", False)
    assert late[("contact", week_label(eight))] == ("done", True)


# -- report and review -------------------------------------------------------------
def test_report_on_time_is_done_and_after_the_tenth_day_is_late(db: Path, run) -> None:
    on_time = ok(run("--db", db, "report", CHEN, A, "--quarter", "2024-Q1", "--date", "2024-04-10", "--note", "一季度"))
    late = ok(run("--db", db, "report", CHEN, A, "--quarter", "2024-Q2", "--date", "2024-07-11"))

    assert on_time == f"已登记2024年第1季度汇报：{CHEN} — {A}，2024-04-10\n"
    assert late == f"已登记2024年第2季度汇报：{CHEN} — {A}，2024-07-11（逾期，截止 2024-07-10）\n"
    q1 = slots(status(run, db, "--quarter", "2024-Q1", "--as-of", "2024-04-30"))
    q2 = slots(status(run, db, "--quarter", "2024-Q2", "--as-of", "2024-07-31"))
    assert q1[("report", "2024-Q1")] == ("done", True)
    assert q2[("report", "2024-Q2")] == ("late", True)
    # before the deadline an unmet report is due, after it missed
    assert slots(status(run, db, "--quarter", "2024-Q3", "--as-of", "2024-10-10"))[("report", "2024-Q3")] == (
        "due",
        False,
    )
    assert slots(status(run, db, "--quarter", "2024-Q3", "--as-of", "2024-10-11"))[("report", "2024-Q3")] == (
        "missed",
        False,
    )
    assert query(db, "SELECT quarter, submitted_on, note, author FROM reports ORDER BY quarter") == [
        ("2024-Q1", "2024-04-10", "一季度", "tester"),
        ("2024-Q2", "2024-07-11", "", "tester"),
    ]


def test_report_is_accepted_after_the_pairing_ended_if_it_owed_the_quarter(db: Path, run) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01", "--to", "2024-03-31"))

    out = ok(run("--db", db, "report", HUANG, B, "--quarter", "2024-Q1", "--date", "2024-04-05"))

    assert out == f"已登记2024年第1季度汇报：{HUANG} — {B}，2024-04-05\n"
    assert slots(status(run, db, "--quarter", "2024-Q1", "--as-of", "2024-05-01"), HUANG, B)[("report", "2024-Q1")] == (
        "done",
        True,
    )


def test_review_by_31_january_is_done_and_later_is_late(db: Path, run) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01"))

    done = ok(run("--db", db, "review", CHEN, A, "--year", "2024", "--date", "2025-01-31", "--score", "100"))
    late = ok(run("--db", db, "review", HUANG, B, "--year", "2024", "--date", "2025-02-01", "--score", "0"))

    assert done == f"已登记2024年考评：{CHEN} — {A}，100 分\n"
    assert late == f"已登记2024年考评：{HUANG} — {B}，0 分\n"
    data = status(run, db, "--year", "2024", "--as-of", "2025-03-01")
    assert slots(data, CHEN, A)[("review", "2024")] == ("done", True)
    assert slots(data, HUANG, B)[("review", "2024")] == ("late", True)
    assert query(db, "SELECT year, score FROM reviews ORDER BY score") == [(2024, 0), (2024, 100)]


# -- exemptions --------------------------------------------------------------------
def test_exempt_one_pairing_for_a_whole_month(db: Path, run) -> None:
    out = ok(exempt(run, db, CHEN, A, start="2024-02-01", end="2024-02-29", reason="春节放假，中心闭馆"))

    assert out == f"已登记免除：{CHEN} — {A}，每月到岗，2024-02-01 至 2024-02-29（1 条）\n"
    feb = slots(status(run, db, "--month", "2024-02", "--as-of", "2024-03-31"))
    assert feb[("visit", "2024-02")] == ("exempt", False)
    assert feb[("contact", "2024-W06")] == ("missed", False)  # only the visit is exempt
    assert slots(status(run, db, "--month", "2024-03", "--as-of", "2024-04-30"))[("visit", "2024-03")] == (
        "missed",
        False,
    )
    assert query(db, "SELECT obligation, start_on, end_on, reason, author FROM exemptions") == [
        ("visit", "2024-02-01", "2024-02-29", "春节放假，中心闭馆", "tester")
    ]


def test_exempt_all_covers_every_pairing_and_a_partial_month_exempts_nothing(db: Path, run) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01"))

    out = ok(exempt(run, db, "--all", start="2024-02-01", end="2024-02-29", reason="春节放假"))
    ok(exempt(run, db, "--all", start="2024-03-01", end="2024-03-30", reason="装修"))

    assert out == "已登记免除：所有挂钩，每月到岗，2024-02-01 至 2024-02-29（1 条）\n"
    data = status(run, db, "--quarter", "2024-Q1", "--as-of", "2024-04-30")
    for member, centre in ((CHEN, A), (HUANG, B)):
        got = slots(data, member, centre)
        assert got[("visit", "2024-01")] == ("missed", False)
        assert got[("visit", "2024-02")] == ("exempt", False)
        assert got[("visit", "2024-03")] == ("missed", False)  # 31 March is not covered
    assert query(db, "SELECT count(*) FROM exemptions WHERE pairing_id IS NULL") == [(2,)]


def test_a_met_period_is_done_even_when_exempt(db: Path, run) -> None:
    ok(run("--db", db, "log", CHEN, A, "--date", "2024-02-07", "--method", "onsite"))
    ok(exempt(run, db, CHEN, A, start="2024-02-01", end="2024-02-29", reason="春节放假"))

    got = slots(status(run, db, "--month", "2024-02", "--as-of", "2024-03-31"))

    assert got[("visit", "2024-02")] == ("done", True)
    assert got[("contact", "2024-W06")] == ("done", True)


# -- ledger --------------------------------------------------------------------------
def test_ledger_json_after_seed(db: Path, run) -> None:
    data = json.loads(ok(run("--db", db, "ledger", "--json")))

    assert list(data) == ["areas"]
    areas = data["areas"]
    assert [a["no"] for a in areas] == [1, 2, 3]
    assert areas[0]["title"] == "关于党组领导核心作用发挥不够充分，贯彻落实上级重大决策部署有差距方面"
    assert areas[2]["title"] == "关于党组织建设存在差距，干部队伍建设有待加强方面"
    assert [[p["no"] for p in a["problems"]] for a in areas] == [
        list(range(1, 9)),
        list(range(9, 14)),
        list(range(14, 18)),
    ]
    problems = [p for a in areas for p in a["problems"]]
    assert problems[1]["title"] == "意识形态工作抓得不紧"
    assert problems[16]["title"] == "在编人员人岗相适度较低，劳务派遣用工情况突出"
    assert [len(p["measures"]) for p in problems] == [5, 4, 3, 4, 5, 4, 6, 6, 3, 3, 4, 1, 1, 5, 5, 4, 3]
    for area in areas:
        assert set(area) == {"no", "title", "problems"}
    for p in problems:
        assert set(p) == {"no", "title", "source", "measures", "id"}  # id: added (SPEC allows new fields)
        assert p["source"] == "inspection"
        assert [m["no"] for m in p["measures"]] == list(range(1, len(p["measures"]) + 1))
        for m in p["measures"]:
            assert set(m) == {"no", "text", "status", "deadline", "id", "original_deadline"}  # #22: 延期
            assert m["original_deadline"] == m["deadline"]  # no extension in the seed
            assert m["text"].strip()
            assert m["status"] == "done"
            assert m["deadline"] is None
    assert problems[0]["measures"][0]["text"].startswith("认真贯彻“第一议题”制度")


def test_ledger_json_is_empty_without_seed(tmp_path: Path, run) -> None:
    path = tmp_path / "hd.db"
    ok(run("--db", path, "init"))
    assert json.loads(ok(run("--db", path, "ledger", "--json"))) == {"areas": []}
    assert ok(run("--db", path, "ledger")) == "整改台账为空：可用 hdrectify init --seed 载入通报中的问题。\n"


def test_ledger_plain_text(db: Path, run) -> None:
    lines = ok(run("--db", db, "ledger")).splitlines()

    assert lines[0] == "一、关于党组领导核心作用发挥不够充分，贯彻落实上级重大决策部署有差距方面"
    assert lines[1].startswith("  1. 学习贯彻习近平重要论述") and lines[1].endswith("（措施 5 条，已完成 5 条）")
    assert lines[2].startswith("     (1) [已完成] 认真贯彻“第一议题”制度")
    assert sum(line.startswith(("一、", "二、", "三、")) for line in lines) == 3
    assert sum(bool(re.match(r"  \d+\. ", line)) for line in lines) == 17
    assert sum(bool(re.match(r" {5}\(\d+\) \[已完成\] ", line)) for line in lines) == 66
    assert any(line.startswith("  17. 在编人员人岗相适度较低") for line in lines)


# -- demo ------------------------------------------------------------------------------
def test_demo_builds_a_separate_database_once(tmp_path: Path, run) -> None:
    path = tmp_path / "try-demo.db"

    assert ok(run("demo", "--path", path, "--today", "2026-06-15")) == f"已生成演示数据库：{path}\n"
    assert ok(run("demo", "--path", path, "--today", "2026-06-15")) == f"已存在演示数据库：{path}\n"

    data = status(run, path, "--month", "2026-05", "--as-of", "2026-06-15")
    assert len({r["centre"] for r in data["rows"]}) == 17
    assert 0.5 < data["totals"]["completion_rate"] <= 1.0
    assert query(path, "SELECT value FROM settings WHERE key = 'demo'") == [("true",)]
    areas = json.loads(ok(run("--db", path, "ledger", "--json")))["areas"]
    assert [a["no"] for a in areas] == [1, 2, 3, 4]
    assert all(p["source"] == "visit" for p in areas[3]["problems"])
    assert not (tmp_path / "data" / "hdrectify" / "hdrectify.db").exists()


def test_demo_default_path_is_in_the_user_data_directory(tmp_path: Path, run) -> None:
    expected = tmp_path / "data" / "hdrectify" / "hdrectify-demo.db"
    assert ok(run("demo", "--today", "2026-03-01")) == f"已生成演示数据库：{expected}\n"
    assert expected.exists()


# -- help and version -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("command", "options"),
    [
        ((), ["--db", "--version", "--help", "init", "centre", "member", "pair", "log", "status", "ledger"]),
        (("init",), ["--seed"]),
        (("centre",), ["add"]),
        (("centre", "add"), ["NAME", "--town"]),
        (("member",), ["add"]),
        (("member", "add"), ["NAME", "--phone"]),
        (("pair",), ["MEMBER", "CENTRE", "--from", "--to"]),
        (("log",), ["MEMBER", "CENTRE", "--date", "--method", "phone", "onsite", "--note"]),
        (("report",), ["--quarter", "--date", "--note"]),
        (("review",), ["--year", "--date", "--score", "--note"]),
        (("exempt",), ["--all", "--obligation", "--from", "--to", "--reason"]),
        (("status",), ["--month", "--quarter", "--year", "--as-of", "--json"]),
        (("ledger",), ["--json"]),
        (("demo",), ["--path", "--today", "--force"]),
    ],
)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help(run, command: tuple[str, ...], options: list[str], flag: str) -> None:
    out = ok(run(*command, flag))
    assert out.startswith(f"用法: hdrectify {' '.join(command)}".rstrip() + " ")
    for option in options:
        assert option in out


def test_version(run) -> None:
    assert ok(run("--version")) == f"hdrectify, version {__version__}\n"


# -- a real process ------------------------------------------------------------------------
def test_python_m_hdrectify_runs_commands(tmp_path: Path, run_subprocess) -> None:
    path = tmp_path / "hd.db"
    assert run_subprocess("--db", path, "init") == (0, f"已创建数据库：{path}\n", "")
    assert run_subprocess("--db", path, "centre", "add", A, "--town", TOWN_A)[0] == 0
    assert run_subprocess("--db", path, "member", "add", CHEN)[0] == 0
    assert run_subprocess("--db", path, "pair", CHEN, A, "--from", "2024-01-01")[0] == 0
    assert run_subprocess("--db", path, "log", CHEN, A, "--date", "2024-03-05", "--method", "phone")[0] == 0

    code, out, err = run_subprocess("--db", path, "status", "--month", "2024-03", "--as-of", "2024-04-30", "--json")

    assert (code, err) == (0, "")
    assert json.loads(out)["totals"] == {
        "done": 1,
        "late": 0,
        "exempt": 0,
        "missed": 4,
        "due": 0,
        "upcoming": 0,
        "completion_rate": 0.2,
    }


def test_hdrectify_db_environment_variable_in_a_real_process(
    tmp_path: Path, run_subprocess, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("HDRECTIFY_DB", str(path))
    assert run_subprocess("init", "--seed") == (0, f"已创建数据库：{path}\n整改台账：新增 87 条\n", "")
    code, out, _ = run_subprocess("ledger", "--json")
    assert code == 0
    assert len(json.loads(out)["areas"]) == 3
