"""The office's area and inspection commands from the command line, and the figures an inspection's notice declares."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_helpers import ledger, ok, query

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
