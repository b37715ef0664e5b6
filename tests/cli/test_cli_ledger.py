"""The office's own ledger from the command line: problems, measures, areas and inspections, and numbering.

SPEC's forms (``problem add|edit``, ``measure add|progress|attach|close``), the office's area
and inspection commands, removal with a reason, ``log --problems`` reaching the ledger, and
the rule that a number once shown never changes (only the office numbers; a member's
laptop leaves its problems 待编号 until :func:`number_pending` at the office).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from hdrectify.store.base import Store
from hdrectify.store.ledger_edit import number_pending
from tests.cli.cli_helpers import CHEN, A, ok, query

VISIT_AREA = 4
TODAY = dt.date.today()
DUE = (TODAY + dt.timedelta(days=30)).isoformat()  # a problem added now is found today: deadlines after it


def ledger(run, db: Path) -> dict[str, Any]:
    return json.loads(ok(run("--db", db, "ledger", "--json")))


def problems(run, db: Path) -> list[dict[str, Any]]:
    return [p for a in ledger(run, db)["areas"] for p in a["problems"]]


def problem(run, db: Path, title: str) -> dict[str, Any]:
    found = [p for p in problems(run, db) if p["title"] == title]
    assert len(found) == 1, f"{title!r}: {found}"
    return found[0]


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


# -- areas and inspections ------------------------------------------------------------------------


def test_an_office_adds_an_inspection_its_area_and_problems(run, refused, db: Path) -> None:
    ok(
        run(
            "--db",
            db,
            "inspection",
            "add",
            "--title",
            "2025年县委巡察反馈",
            "--issuer",
            "县委巡察办",
            "--notice-on",
            "2025-03-01",
        )
    )
    assert query(db, "SELECT title, issuer, notice_on FROM ledger_sources WHERE title LIKE '2025%'") == [
        ("2025年县委巡察反馈", "县委巡察办", "2025-03-01")
    ]
    assert "已有标题" in refused(db, "inspection", "add", "--title", "2025年县委巡察反馈")
    assert "格式不对" in refused(db, "inspection", "add", "--title", "另一次", "--notice-on", "2025.3.1")
    out = ok(run("--db", db, "area", "add", "--title", "关于作风建设方面", "--source-title", "2025年县委巡察反馈"))
    assert "方面 5" in out  # after the visits' area (四), which keeps its number on every computer
    assert query(
        db, "SELECT s.title FROM ledger_areas a JOIN ledger_sources s ON s.id = a.source_id WHERE a.no = 5"
    ) == [("2025年县委巡察反馈",)]
    ok(run("--db", db, "area", "edit", "5", "--title", "关于作风建设不够扎实方面"))
    ok(run("--db", db, "problem", "add", "--area", "5", "--title", "会风不严"))
    assert [a["title"] for a in ledger(run, db)["areas"]][-1] == "关于作风建设不够扎实方面"
    assert "还有 1 个问题" in refused(db, "area", "remove", "5", "--reason", "合并")
    assert "没有标题为" in refused(db, "area", "add", "--title", "x", "--source-title", "不存在的巡察")
    assert "通报原文" in refused(db, "area", "edit", "1", "--title", "改写")
    ok(run("--db", db, "problem", "remove", "18", "--reason", "并入问题5"))
    ok(run("--db", db, "area", "remove", "5", "--reason", "合并到通报的方面"))
    assert len(ledger(run, db)["areas"]) == 3


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


# -- numbering: a number once shown never changes ----------------------------------------------


@pytest.fixture
def laptop(tmp_path: Path, run) -> Path:
    """A member's laptop: role member, the notice loaded, 陈志强 paired with 平山."""
    path = tmp_path / "laptop.db"
    for args in (
        ("init", "--seed", "--role", "member"),
        ("centre", "add", A, "--town", "平山街道"),
        ("member", "add", CHEN),
        ("pair", CHEN, A, "--from", "2024-01-01"),
    ):
        ok(run("--db", path, *args))
    return path


def test_init_role_is_checked_and_office_is_the_default(run, tmp_path: Path, expect_error) -> None:
    path = tmp_path / "x.db"
    message = expect_error(*run("--db", path, "init", "--role", "boss"))
    assert "--role office" in message and not path.exists()
    ok(run("--db", path, "init"))
    assert query(path, "SELECT value FROM settings WHERE key = 'role'") == [('"office"',)]
    assert "党员电脑" in ok(run("--db", path, "init", "--role", "member"))
    assert query(path, "SELECT value FROM settings WHERE key = 'role'") == [('"member"',)]


def test_a_member_laptop_leaves_new_problems_pending(run, laptop: Path) -> None:
    out = ok(
        run("--db", laptop, "log", CHEN, A, "--date", "2024-03-05", "--method", "onsite", "--problems", "灭火器过期")
    )
    assert "待编号 灭火器过期" in out
    pending = problem(run, laptop, "灭火器过期")
    assert pending["no"] is None
    assert "待编号" in ok(run("--db", laptop, "ledger"))
    out = ok(run("--db", laptop, "problem", "add", "--area", "1", "--title", "学习记录不全"))
    assert "待编号" in out
    # a pending problem is named by its id until the office numbers it
    ok(run("--db", laptop, "measure", "add", "--problem", pending["id"], "--text", "更换灭火器"))
    ok(run("--db", laptop, "measure", "progress", f"{pending['id']}.2", "--date", "2024-03-08", "--text", "已购买"))
    with Store.open(laptop) as store, store.transaction():
        assert number_pending(store) == []  # a laptop never numbers


def test_number_pending_at_the_office_numbers_in_order_and_never_changes_a_number(run, db: Path) -> None:
    ok(run("--db", db, "log", CHEN, A, "--date", "2024-03-05", "--method", "onsite", "--problems", "灭火器过期"))
    assert problem(run, db, "灭火器过期")["no"] == 18  # the office numbers its own at once
    # problems that arrived unnumbered (as a member's bundle brings them)
    with Store.open(db, actor="tester") as store, store.transaction():
        area_id = store.scalar("SELECT id FROM ledger_areas WHERE no = 4")
        for title, found_on, made in (
            ("后发现的", "2024-04-02", "2024-04-02T09:00:00+08:00"),
            ("先发现的", "2024-03-01", "2024-04-03T09:00:00+08:00"),
            ("同日发现的", "2024-04-02", "2024-04-02T10:00:00+08:00"),  # found the same day, entered later
        ):
            store.insert(
                "ledger_problems",
                {"area_id": area_id, "no": None, "title": title, "source": "visit", "found_on": found_on}
                | {"created_at": made},
            )
    assert problem(run, db, "先发现的")["no"] is None
    with Store.open(db, actor="tester") as store, store.transaction():
        given = number_pending(store)
    assert [no for _id, no in given] == [19, 20, 21]
    numbers = {p["title"]: p["no"] for p in problems(run, db)}
    assert (numbers["灭火器过期"], numbers["先发现的"], numbers["后发现的"], numbers["同日发现的"]) == (18, 19, 20, 21)
    assert all(numbers[t] == n for t, n in zip(numbers, range(1, 18), strict=False))  # the notice's stay 1–17
    # a tracked local change: the numbers travel back in the office's next bundle
    ids = [i for i, _ in given]
    tracked = query(
        db,
        f"SELECT count(*) FROM sync_rows WHERE row_id IN ({','.join('?' * 3)}) AND local_seq IS NOT NULL",
        tuple(ids),
    )
    assert tracked == [(3,)]
    with Store.open(db, actor="tester") as store, store.transaction():
        assert number_pending(store) == []


def test_every_document_prints_a_problem_still_waiting_for_its_number(run, db: Path, tmp_path: Path) -> None:
    """A member's laptop prints its ledger, checklist and summaries with 待编号 where the number will be."""
    import openpyxl
    from pypdf import PdfReader

    with Store.open(db) as store, store.transaction():
        store.set_setting("role", "member")
    ok(
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
            "扶手松动\n灭火器过期",
        )
    )
    out = tmp_path / "out"
    out.mkdir()
    made = {
        "台账.pdf": ("ledger", "-o"),
        "台账.xlsx": ("ledger", "-o"),
        "报告.docx": ("ledger", "-o"),
        "汇总.pdf": ("summary", "--quarter", "2024-Q1", "-o"),
        "汇总.xlsx": ("summary", "--quarter", "2024-Q1", "-o"),
        "清单.pdf": ("checklist", "--month", "2024-03", "-o"),
    }
    for name, args in made.items():
        ok(run("--db", db, *args, out / name))
    for name in ("台账.pdf", "汇总.pdf", "清单.pdf"):
        text = "".join(page.extract_text() for page in PdfReader(out / name).pages).replace("\n", "").replace(" ", "")
        assert "扶手松动" in text and "待编" in text and "None" not in text, name
    for name in ("台账.xlsx", "汇总.xlsx"):
        values = {c.value for ws in openpyxl.load_workbook(out / name) for row in ws.iter_rows() for c in row}
        assert "待编号" in values and "扶手松动" in values, name


# -- what an inspection's notice declares ----------------------------------------------------------

DECLARED = "SELECT declared_problems, declared_specific, declared_measures FROM ledger_sources"


def test_inspection_edit_sets_the_notice_figures_the_report_quotes(run, refused, db: Path, tmp_path: Path) -> None:
    import docx

    assert query(db, DECLARED) == [(13, 51, 72)]  # the seed sets them from the notice
    out = ok(run("--db", db, "inspection", "edit", "--declared-problems", "14", "--declared-measures", "70"))
    assert "问题数14，具体问题数51，整改措施数70" in out
    assert query(db, DECLARED) == [(14, 51, 70)]
    title = query(db, "SELECT title FROM ledger_sources")[0][0]
    ok(run("--db", db, "inspection", "edit", title, "--declared-specific", "50"))
    assert query(db, DECLARED) == [(14, 50, 70)]
    ok(run("--db", db, "ledger", "-o", tmp_path / "r.docx"))
    opening = next(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs if p.text.startswith("根据"))
    assert "巡察反馈三个方面14个问题（50个具体问题），制定了70条整改措施。" in opening
    assert "逐条列出17个问题、66条整改措施" in opening
    assert "至少给出" in refused(db, "inspection", "edit")
    assert "没有标题为" in refused(db, "inspection", "edit", "不存在的巡察", "--declared-problems", "1")
    assert "无效" in refused(db, "inspection", "edit", "--declared-measures", "-1")
    assert "0 到 9999" in refused(db, "inspection", "edit", "--declared-measures", "10000")


def test_inspection_edit_is_the_office_s(laptop: Path, refused, tmp_path: Path, run) -> None:
    assert "办公室的电脑" in refused(laptop, "inspection", "edit", "--declared-problems", "1")
    empty = tmp_path / "empty.db"
    ok(run("--db", empty, "init"))
    assert "还没有巡察" in refused(empty, "inspection", "edit", "--declared-problems", "1")


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
