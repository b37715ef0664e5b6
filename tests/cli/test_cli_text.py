"""Names are what they look like, numbers and dates are plain ASCII, and the terminal never obeys stored text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.cli_helpers import CHEN, HUANG, A, ok

ESC = "\x1b[2J"  # "clear the screen"


def _store_as_a_bundle_would(db: Path, sql: str, params: tuple[object, ...]) -> None:
    """Text the rules refuse, written as a bundle or an older version may have left it."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(sql, params)
    conn.close()


def test_a_centre_name_with_a_zero_width_space_is_refused(db: Path, refused) -> None:
    message = refused(db, "centre", "add", "铁涌镇\u200b康园中心", "--town", "铁涌镇")
    assert "不可见字符（U+200B 零宽空格" in message and "\u200b" not in message


def test_a_lookalike_centre_is_the_existing_one(db: Path, refused) -> None:
    assert "已存在" in refused(db, "centre", "add", f"\u3000{A}\xa0", "--town", "平山街道")


def test_a_name_with_full_width_spaces_finds_the_centre_and_member(db: Path, run) -> None:
    out = ok(run("--db", db, "log", f"{CHEN}\u3000", f"\u3000{A} ", "--date", "2024-03-05", "--method", "phone"))
    assert f"{CHEN} — {A}" in out
    data = json.loads(ok(run("--db", db, "status", "--month", "2024-03", "--as-of", "2024-04-05", "--json")))
    done = [(r["member"], r["centre"], r["period"]) for r in data["rows"] if r["status"] == "done"]
    assert done == [(CHEN, A, "2024-W10")]


def test_a_score_with_an_underscore_or_full_width_digits_is_refused(db: Path, refused) -> None:
    for score in ("9_0", "９０", "+90"):
        message = refused(db, "review", CHEN, A, "--year", "2024", "--date", "2025-01-05", "--score", score)
        assert "不是整数" in message and "半角数字" in message


def test_a_full_width_date_is_a_format_error(db: Path, refused) -> None:
    message = refused(db, "log", CHEN, A, "--date", "２０２４－０３－０５", "--method", "phone")
    assert "格式不对" in message and "YYYY-MM-DD" in message and "半角" in message
    message = refused(db, "log", CHEN, A, "--date", "２０２４-０３-０５", "--method", "phone")
    assert "格式不对" in message and "不存在" not in message


def test_a_note_with_an_escape_sequence_is_refused(db: Path, refused) -> None:
    message = refused(db, "log", CHEN, A, "--date", "2024-03-05", "--method", "phone", "--note", f"清屏{ESC}")
    assert "U+001B" in message and "\x1b" not in message


def test_stored_escapes_and_bidi_controls_are_shown_escaped(db: Path, run) -> None:
    _store_as_a_bundle_would(db, "UPDATE ledger_problems SET title = ? WHERE no = 1", (f"问题{ESC}标题",))
    _store_as_a_bundle_would(db, "UPDATE ledger_measures SET text = ? WHERE rowid = 1", ("会议纪要\u202egpj.exe",))
    _store_as_a_bundle_would(db, "UPDATE centres SET name = ? WHERE name = ?", (f"平山{ESC}街道康园中心", A))

    ledger = ok(run("--db", db, "ledger"))
    assert "\x1b" not in ledger and "\u202e" not in ledger
    assert "问题\\x1b[2J标题" in ledger and "会议纪要\\u202egpj.exe" in ledger

    status = ok(run("--db", db, "status", "--month", "2024-03", "--as-of", "2024-04-05"))
    assert "\x1b" not in status and "平山\\x1b[2J街道康园中心" in status

    raw = ok(run("--db", db, "ledger", "--json"))
    assert "\u202e" not in raw and "\x1b" not in raw
    titles = [p["title"] for a in json.loads(raw)["areas"] for p in a["problems"]]
    assert f"问题{ESC}标题" in titles  # the same data, only written escaped


def test_messages_naming_stored_text_are_escaped(db: Path, run) -> None:
    _store_as_a_bundle_would(db, "UPDATE centres SET name = ? WHERE name = ?", (f"平山{ESC}街道康园中心", A))
    code, out, err = run("--db", db, "pair", HUANG, f"平山{ESC}街道康园中心", "--from", "2024-02-01")
    assert code != 0 and out == ""
    assert "\x1b" not in err and "平山\\x1b[2J街道康园中心" in err and err.count("\n") == 1
    out = ok(run("--db", db, "log", CHEN, f"平山{ESC}街道康园中心", "--date", "2024-03-05", "--method", "phone"))
    assert "\x1b" not in out and "平山\\x1b[2J街道康园中心" in out


def test_a_name_with_a_combining_mark_keeps_the_table_aligned(db: Path, run) -> None:
    """A combining mark (as a bundle from another system may spell ë: e + U+0308) takes no column."""
    _store_as_a_bundle_would(db, "UPDATE members SET name = ? WHERE name = ?", ("Zoe\u0308", CHEN))
    ok(run("--db", db, "log", "Zoe\u0308", A, "--date", "2024-03-05", "--method", "phone"))
    out = ok(run("--db", db, "status", "--month", "2024-03", "--as-of", "2024-04-05"))
    rows = [line for line in out.splitlines() if line.startswith("Zoe\u0308")]
    assert rows and all(line.startswith(f"Zoe\u0308   {A}") for line in rows), rows  # 党员 is 4 columns, Zoë 3
