"""A ledger number once shown never changes: only the office numbers; a member's laptop leaves its
problems 待编号 until :func:`number_pending` at the office, and every document prints them so.
"""

from __future__ import annotations

from pathlib import Path

from hdrectify.store.base import Store
from hdrectify.store.ledger_edit import number_pending
from hdrectify.store.people import find_member
from tests.cli.cli_helpers import CHEN, A, ok, problem, problems, query

# -- numbering: a number once shown never changes ----------------------------------------------


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
    out = ok(run("--db", laptop, "problem", "add", "--area", "4", "--source", "visit", "--title", "学习记录不全"))
    assert "待编号" in out
    # the notice's problems are the office's: a laptop adds only what its visits found
    code, _out, err = run("--db", laptop, "problem", "add", "--area", "1", "--title", "通报外的问题")
    assert code != 0 and "党员电脑只能添加走访发现的问题" in err
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
        store.set_setting("me_member_id", find_member(store, CHEN)["id"])  # 陈志强's laptop
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
