"""The office's own ledger from the command line: problems, measures, ``log --problems``, ``measure set``.

SPEC's forms (``problem add|edit``, ``measure add|progress|attach|close|set``), removal with a reason and
``log --problems`` reaching the ledger. Areas and inspections are in test_cli_inspections.py, the
numbering (a number once shown never changes) in test_cli_ledger_numbering.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.cli.cli_helpers import CHEN, A, ledger, ok, problem, problems, query

VISIT_AREA = 4
TODAY = dt.date.today()
DUE = (TODAY + dt.timedelta(days=30)).isoformat()  # a problem added now is found today: deadlines after it


def audit_reasons(db: Path, table: str) -> list[tuple[str, str]]:
    return query(db, "SELECT action, reason FROM audit_log WHERE table_name = ? AND action = 'delete'", (table,))


def a_file(tmp_path: Path, name: str, content: bytes = b"%PDF-1.4 minutes") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


# -- problems -------------------------------------------------------------------------------------


def test_problem_add_numbers_it_after_the_notice_and_ledger_json_shows_it(run, db: Path) -> None:
    out = ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    assert "问题18" in out
    added = problem(run, db, "档案管理不规范")
    assert (added["no"], added["source"], added["measures"]) == (18, "inspection", [])
    area_two = ledger(run, db)["areas"][1]
    assert area_two["problems"][-1]["title"] == "档案管理不规范"
    ok(run("--db", db, "problem", "add", "--area", "1", "--title", "走访中发现台账缺失", "--source", "visit"))
    assert problem(run, db, "走访中发现台账缺失")["no"] == 19


def test_problem_edit_changes_the_title_and_keeps_the_number(run, db: Path) -> None:
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    out = ok(run("--db", db, "problem", "edit", "18", "--title", "文书档案管理不规范"))
    assert "问题18" in out
    assert problem(run, db, "文书档案管理不规范")["no"] == 18


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("problem", "add", "--area", "9", "--title", "x"), "没有第 9 个方面"),
        (("problem", "add", "--area", "一", "--title", "x"), "方面编号"),
        (("problem", "add", "--area", "1", "--title", "  "), "问题描述不能为空"),
        (("problem", "add", "--area", "1", "--title", "x", "--source", "rumour"), "问题来源"),
        (("problem", "edit", "99", "--title", "x"), "没有问题 99"),
        (("problem", "edit", "3.x", "--title", "x"), "问题编号“3.x”无效"),
        (("problem", "edit", "1", "--title", "改写通报"), "通报原文"),
        (("problem", "remove", "1", "--reason", " "), "删除必须写明原因"),
        # the notice is the Federation's public record: its rows are not removed (nor can a bundle remove them)
        (("problem", "remove", "1", "--reason", "不需要"), "通报原文，不能删除"),
        (("measure", "remove", "3.1", "--reason", "不需要"), "通报原文，不能删除"),
        (("area", "remove", "1", "--reason", "不需要"), "不能删除"),
    ],
)
def test_bad_problem_input_is_refused(refused, db: Path, args: tuple[str, ...], says: str) -> None:
    assert says in refused(db, *args)


def test_problem_remove_needs_a_reason_and_refuses_while_records_would_go_too(
    run, refused, db: Path, tmp_path: Path
) -> None:
    assert "--reason" in refused(db, "problem", "remove", "1")
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录"))
    ok(run("--db", db, "measure", "progress", "18.1", "--date", "2024-05-06", "--text", "已整理一半"))
    message = refused(db, "problem", "remove", "18", "--reason", "重复登记")
    assert "1 条整改进展" in message and "--with-records" in message
    ok(run("--db", db, "problem", "remove", "18", "--reason", "重复登记", "--with-records"))
    assert [p for p in problems(run, db) if p["title"] == "档案管理不规范"] == []
    assert audit_reasons(db, "ledger_problems") == [("delete", "重复登记")]
    assert audit_reasons(db, "ledger_progress") == [("delete", "重复登记")]
    # the removal travels in bundles: every removed row has a tombstone
    assert query(db, "SELECT count(*) FROM sync_rows WHERE deleted = 1") == [(3,)]
    # and its number is never given again
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "会议记录不全"))
    assert problem(run, db, "会议记录不全")["no"] == 19


# -- measures -------------------------------------------------------------------------------------


def test_measure_add_progress_attach_and_close(run, db: Path, tmp_path: Path) -> None:
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    out = ok(
        run(
            "--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录",
            "--leader", "李主席", "--unit", "办公室", "--owner", "王敏", "--deadline", DUE,
        )
    )  # fmt: skip
    assert "18.1" in out
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "每季度检查一次"))
    measures = problem(run, db, "档案管理不规范")["measures"]
    assert [(m["no"], m["text"], m["status"], m["deadline"]) for m in measures] == [
        (1, "建立档案目录", "open", DUE),
        (2, "每季度检查一次", "open", None),
    ]
    assert query(db, "SELECT leader, unit, person FROM ledger_measures WHERE text = '建立档案目录'") == [
        ("李主席", "办公室", "王敏")
    ]
    ok(run("--db", db, "measure", "progress", "18.1", "--date", "2024-05-06", "--text", "已整理一半"))
    assert problem(run, db, "档案管理不规范")["measures"][0]["status"] == "in_progress"
    ok(
        run(
            "--db",
            db,
            "measure",
            "attach",
            "18.1",
            a_file(tmp_path, "目录.pdf"),
            a_file(tmp_path, "照片.jpg", b"jpg"),
            "--note",
            "档案目录",
        )
    )
    assert query(db, "SELECT file_name, note FROM evidence ORDER BY file_name") == [
        ("照片.jpg", "档案目录"),
        ("目录.pdf", "档案目录"),
    ]
    ok(
        run(
            "--db",
            db,
            "measure",
            "close",
            "18.1",
            "--date",
            "2024-06-20",
            "--evidence",
            a_file(tmp_path, "验收.pdf", b"ok"),
        )
    )
    ok(run("--db", db, "measure", "close", "18.2", "--date", "2024-06-21", "--reason", "已并入档案目录的检查制度"))
    assert [m["status"] for m in problem(run, db, "档案管理不规范")["measures"]] == ["done", "done"]
    assert query(db, "SELECT closed_at, close_reason FROM ledger_measures WHERE text = '每季度检查一次'") == [
        ("2024-06-21", "已并入档案目录的检查制度")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("measure", "add", "--problem", "99", "--text", "x"), "没有问题 99"),
        (("measure", "add", "--problem", "1", "--text", "x", "--deadline", "2024/06/30"), "格式不对"),
        (("measure", "add", "--problem", "1", "--text", " "), "整改措施不能为空"),
        (("measure", "progress", "3.x", "--date", "2024-05-06", "--text", "x"), "措施编号“3.x”无效"),
        (("measure", "progress", "3", "--date", "2024-05-06", "--text", "x"), "措施编号“3”无效"),
        (("measure", "progress", "3.99", "--date", "2024-05-06", "--text", "x"), "没有第 99 项整改措施"),
        (("measure", "progress", "99.1", "--date", "2024-05-06", "--text", "x"), "没有问题 99"),
        (("measure", "progress", "3.1", "--date", "6 May", "--text", "x"), "格式不对"),
        (("measure", "progress", "3.1", "--date", "2024-02-30", "--text", "x"), "不存在"),
        (("measure", "close", "3.1", "--date", "2024-06-01"), "销号需要佐证材料或书面说明"),
        (("measure", "attach", "3.1", "/nonexistent/scan.pdf"), "找不到文件"),
        (("measure", "remove", "3.1", "--reason", ""), "删除必须写明原因"),
    ],
)
def test_bad_measure_input_is_refused(refused, db: Path, args: tuple[str, ...], says: str) -> None:
    assert says in refused(db, *args)


def test_closing_twice_or_with_both_evidence_and_reason_is_refused(run, refused, db: Path, tmp_path: Path) -> None:
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录"))
    scan = a_file(tmp_path, "scan.pdf")
    assert "二者选一" in refused(
        db, "measure", "close", "18.1", "--date", "2024-06-01", "--evidence", scan, "--reason", "x"
    )
    assert "已经销号" in refused(db, "measure", "close", "3.1", "--date", "2024-06-01", "--reason", "再次销号")


def test_measure_remove_refuses_with_evidence_unless_it_goes_too(run, refused, db: Path, tmp_path: Path) -> None:
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "第二项"))
    ok(run("--db", db, "measure", "attach", "18.2", a_file(tmp_path, "scan.pdf")))
    ok(run("--db", db, "measure", "remove", "18.1", "--reason", "写错了"))
    assert "1 份佐证材料" in refused(db, "measure", "remove", "18.2", "--reason", "重复")
    ok(run("--db", db, "measure", "remove", "18.2", "--reason", "重复", "--with-records"))
    assert problem(run, db, "档案管理不规范")["measures"] == []
    assert sorted(audit_reasons(db, "ledger_measures")) == [("delete", "写错了"), ("delete", "重复")]


def test_an_extended_measure_is_removed_only_with_its_records(run, refused, db: Path) -> None:
    """A 延期 is a record of the measure, as a progress note is: removing the measure names it and is
    refused, then takes it along when asked (it failed with "数据库操作失败" before)."""
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录", "--deadline", "2027-06-30"))
    ok(
        run(
            "--db",
            db,
            "measure",
            "extend",
            "18.1",
            "--to",
            "2027-09-30",
            "--reason",
            "等待经费",
            "--approved-by",
            "李局",
        )
    )
    before = query(db, "SELECT count(*) FROM ledger_measures")
    says = refused(db, "measure", "remove", "18.1", "--reason", "重复")
    assert "1 条延期或销号申请" in says and "数据库" not in says, says
    assert "1 条延期或销号申请" in refused(db, "problem", "remove", "18", "--reason", "重复")
    assert query(db, "SELECT count(*) FROM ledger_measures") == before
    ok(run("--db", db, "problem", "remove", "18", "--reason", "重复", "--with-records"))
    assert query(db, "SELECT count(*) FROM measure_extensions") == [(0,)]
    assert audit_reasons(db, "measure_extensions") == [("delete", "重复")]


# -- log --problems -------------------------------------------------------------------------------


def test_log_problems_adds_each_line_to_the_ledger_as_a_visit_problem(run, db: Path) -> None:
    out = ok(
        run(
            "--db",
            db,
            "log",
            CHEN,
            A,
            "--date",
            "2024-03-05",
            "--method",
            "onsite",
            "--problems",
            "灭火器过期\n\n扶手松动\n台账缺页",
        )
    )
    assert out.count("已记入整改台账") == 3
    visits = ledger(run, db)["areas"][VISIT_AREA - 1]
    assert [(p["no"], p["title"], p["source"]) for p in visits["problems"]] == [
        (18, "灭火器过期", "visit"),
        (19, "扶手松动", "visit"),
        (20, "台账缺页", "visit"),
    ]
    assert query(
        db, "SELECT count(*) FROM ledger_problems WHERE contact_id IS NOT NULL AND found_on = '2024-03-05'"
    ) == [(3,)]
    assert query(db, "SELECT problems FROM contacts") == [("灭火器过期\n扶手松动\n台账缺页",)]


# -- measure set: the owners and deadline of many measures at once ---------------------------------


def measure_rows(db: Path) -> dict[tuple[int, int], tuple[str, str, str, str | None]]:
    """(problem no, measure no) → (leader, unit, person, deadline)."""
    rows = query(
        db,
        "SELECT p.no, m.no, m.leader, m.unit, m.person, m.deadline FROM ledger_measures m"
        " JOIN ledger_problems p ON p.id = m.problem_id",
    )
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def test_measure_set_all_sets_every_measure(run, db: Path) -> None:
    out = ok(run("--db", db, "measure", "set", "--all", "--leader", "张书记", "--deadline", "2026-12-31"))
    rows = measure_rows(db)
    assert len(rows) == 66 and f"已修改 {len(rows)} 项整改措施" in out
    assert {(r[0], r[3]) for r in rows.values()} == {("张书记", "2026-12-31")}
    assert {(r[1], r[2]) for r in rows.values()} == {("", "")}  # fields not given are left as they were
    audited = query(db, "SELECT count(*) FROM audit_log WHERE table_name = 'ledger_measures' AND action = 'update'")
    assert audited == [(66,)]
    again = ok(run("--db", db, "measure", "set", "--all", "--leader", "张书记"))
    assert "已修改 0 项整改措施" in again


def test_measure_set_a_problem_or_one_measure(run, db: Path) -> None:
    before = measure_rows(db)
    out = ok(run("--db", db, "measure", "set", "--problem", "3", "--unit", "办公室", "--owner", "李明"))
    after = measure_rows(db)
    threes = [k for k in after if k[0] == 3]
    assert len(threes) > 1 and f"已修改 {len(threes)} 项" in out
    assert all(after[k][1:3] == ("办公室", "李明") for k in threes)
    assert all(after[k] == before[k] for k in after if k[0] != 3)
    ok(run("--db", db, "measure", "set", "--problem", "3", "--measure", "2", "--unit", "康复部"))
    final = measure_rows(db)
    assert final[(3, 2)][1] == "康复部" and final[(3, 1)][1] == "办公室"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--all", "--deadline", "2023-01-01"), "整改时限不能早于问题发现日期"),  # before the inspection found them
        (("--all", "--deadline", "2026-13-01"), "日期"),
        (("--all",), "请至少给出一项"),
        (("--problem", "3"), "请至少给出一项"),
        (("--unit", "办公室"), "二者选一"),
        (("--all", "--problem", "3", "--unit", "办公室"), "二者选一"),
        (("--all", "--measure", "2", "--unit", "办公室"), "--measure 须与 --problem 一起使用"),
        (("--problem", "3", "--measure", "99", "--unit", "办公室"), "没有第 99 项"),
        (("--problem", "99", "--unit", "办公室"), "没有问题 99"),
        (("--all", "--unit", "  "), "不能为空"),
    ],
)
def test_measure_set_refuses_and_changes_nothing(refused, db: Path, args: tuple[str, ...], says: str) -> None:
    assert says in refused(db, "measure", "set", *args)


def test_measure_set_refuses_all_when_one_measure_cannot_take_the_deadline(run, refused, db: Path) -> None:
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))  # found today
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "整理档案"))
    message = refused(db, "measure", "set", "--all", "--deadline", "2025-01-01")
    assert "措施 18.1" in message and "整改时限不能早于问题发现日期" in message
