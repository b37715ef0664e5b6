"""销号 with 验收, the lock on a closed measure, reopening and 延期 from the command line.

``measure close --by/--opinion`` (验收人 defaults to this computer's name, as ``identity`` prints it),
``measure reopen N.M --reason``, ``measure extend N.M --to --reason --approved-by``; ``measure set
--deadline`` refuses to move a deadline already set; ``ledger --json`` measures carry ``original_deadline``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.cli.cli_helpers import ok, problem, query

TODAY = dt.date.today()
DUE = (TODAY + dt.timedelta(days=30)).isoformat()
LATER = (TODAY + dt.timedelta(days=60)).isoformat()
LATEST = (TODAY + dt.timedelta(days=90)).isoformat()


def a_file(tmp_path: Path, name: str, content: bytes = b"%PDF-1.4 minutes") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _two_measures(run, db: Path) -> None:
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录", "--deadline", DUE))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "每季度检查一次"))


def _accepted(db: Path, text: str) -> tuple[object, ...]:
    return query(
        db,
        "SELECT status, closed_at, accepted_by, accepted_opinion, close_reason FROM ledger_measures WHERE text = ?",
        (text,),
    )[0]


def test_close_records_who_accepted_it_and_the_opinion(run, db: Path, tmp_path: Path) -> None:
    _two_measures(run, db)
    out = ok(
        run(
            "--db", db, "measure", "close", "18.1", "--date", "2024-06-20", "--by", "李主席",
            "--opinion", "材料齐全，同意销号", "--evidence", a_file(tmp_path, "验收.pdf"),
        )
    )  # fmt: skip
    assert "验收人 李主席" in out
    assert _accepted(db, "建立档案目录") == ("done", "2024-06-20", "李主席", "材料齐全，同意销号", "")


def test_close_without_by_takes_this_computers_name(run, db: Path) -> None:
    _two_measures(run, db)
    name = ok(run("--db", db, "identity")).splitlines()[0].removeprefix("名称：")
    ok(run("--db", db, "measure", "close", "18.2", "--date", "2024-06-21", "--reason", "已并入档案目录的检查制度"))
    assert _accepted(db, "每季度检查一次") == ("done", "2024-06-21", name, "", "已并入档案目录的检查制度")
    assert name == "办公室"


def test_close_with_an_empty_or_invisible_acceptor_is_refused(run, refused, db: Path) -> None:
    _two_measures(run, db)
    assert "--by" in refused(db, "measure", "close", "18.2", "--date", "2024-06-21", "--reason", "x", "--by", " ")
    assert "验收人" in refused(
        db, "measure", "close", "18.2", "--date", "2024-06-21", "--reason", "x", "--by", "李\u200b主席"
    )


def test_a_closed_measure_is_locked_until_reopened(run, refused, db: Path, tmp_path: Path) -> None:
    _two_measures(run, db)
    scan = a_file(tmp_path, "scan.pdf")
    ok(run("--db", db, "measure", "close", "18.1", "--date", "2024-06-20", "--by", "李主席", "--evidence", scan))
    for args in (
        ("measure", "progress", "18.1", "--date", "2024-06-22", "--text", "补充说明"),
        ("measure", "attach", "18.1", a_file(tmp_path, "more.pdf", b"more")),
    ):
        assert "hdrectify measure reopen" in refused(db, *args)
    assert "measure reopen 18.1" in refused(db, "measure", "close", "18.1", "--date", "2024-06-21", "--reason", "x")
    # 责任 fields stay open: a measure closed before the office used the app can be filled in
    ok(run("--db", db, "measure", "set", "--problem", "18", "--measure", "1", "--leader", "张书记", "--unit", "办公室"))
    assert query(db, "SELECT leader, unit FROM ledger_measures WHERE text = '建立档案目录'") == [("张书记", "办公室")]

    ok(run("--db", db, "measure", "reopen", "18.1", "--reason", "复查发现目录不全"))
    assert _accepted(db, "建立档案目录") == ("in_progress", None, "", "", "")
    notes = query(db, "SELECT text FROM ledger_progress")
    assert len(notes) == 1 and "复查发现目录不全" in notes[0][0] and "李主席" in notes[0][0]
    reopened = query(
        db, "SELECT after FROM audit_log WHERE table_name = 'ledger_measures' AND reason = ?", ("复查发现目录不全",)
    )
    assert len(reopened) == 1 and json.loads(reopened[0][0])["status"] == "in_progress"
    ok(run("--db", db, "measure", "progress", "18.1", "--date", "2024-06-22", "--text", "补充目录"))


def test_reopen_needs_a_reason_and_a_closed_measure(run, refused, db: Path) -> None:
    _two_measures(run, db)
    assert "尚未销号" in refused(db, "measure", "reopen", "18.1", "--reason", "x")
    ok(run("--db", db, "measure", "close", "18.1", "--date", "2024-06-20", "--reason", "已完成"))
    assert "原因" in refused(db, "measure", "reopen", "18.1", "--reason", "  ")


def test_set_deadline_refuses_to_move_one_and_names_extend(run, refused, db: Path) -> None:
    _two_measures(run, db)
    message = refused(db, "measure", "set", "--problem", "18", "--measure", "1", "--deadline", LATER)
    assert "measure extend" in message
    # a measure without a deadline may get one
    ok(run("--db", db, "measure", "set", "--problem", "18", "--measure", "2", "--deadline", DUE))


def test_extend_records_each_extension_and_ledger_json_shows_the_original(run, refused, db: Path) -> None:
    _two_measures(run, db)
    out = ok(
        run("--db", db, "measure", "extend", "18.1", "--to", LATER, "--reason", "资金未到位", "--approved-by", "李主席")
    )
    assert f"{DUE} → {LATER}" in out
    ok(run("--db", db, "measure", "extend", "18.1", "--to", LATEST, "--reason", "施工延误", "--approved-by", "张书记"))
    assert query(db, "SELECT from_date, to_date, reason, approved_by FROM measure_extensions ORDER BY to_date") == [
        (DUE, LATER, "资金未到位", "李主席"),
        (LATER, LATEST, "施工延误", "张书记"),
    ]
    measures = problem(run, db, "档案管理不规范")["measures"]
    assert [(m["deadline"], m["original_deadline"]) for m in measures] == [(LATEST, DUE), (None, None)]
    assert set(measures[0]) == {"no", "text", "status", "deadline", "original_deadline", "id"}

    assert "晚于当前整改时限" in refused(
        db, "measure", "extend", "18.1", "--to", DUE, "--reason", "x", "--approved-by", "李主席"
    )
    far = "2099-01-01"
    assert "批准人" in refused(db, "measure", "extend", "18.1", "--to", far, "--reason", "x", "--approved-by", "")
    assert "原因" in refused(db, "measure", "extend", "18.1", "--to", far, "--reason", "", "--approved-by", "李")
    assert "还没有整改时限" in refused(
        db, "measure", "extend", "18.2", "--to", LATER, "--reason", "x", "--approved-by", "李主席"
    )
    ok(run("--db", db, "measure", "close", "18.1", "--date", "2024-06-20", "--reason", "已完成"))
    assert "measure reopen" in refused(
        db, "measure", "extend", "18.1", "--to", "2099-01-01", "--reason", "x", "--approved-by", "李主席"
    )
