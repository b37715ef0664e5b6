"""``hdrectify holidays --year Y [--json]``: holidays and 调休, and the exemptions offered (never applied)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from tests.cli.cli_helpers import CHEN, A, ok, query, slots, status


def test_json_lists_the_notice_and_the_suggestions(db: Path, run, snapshot) -> None:
    before = snapshot(db)
    data = json.loads(ok(run("--db", db, "holidays", "--year", "2025", "--json")))
    assert snapshot(db) == before  # offered, not applied
    spring = next(h for h in data["holidays"] if h["name"] == "春节")
    assert spring == {
        "name": "春节",
        "from": "2025-01-28",
        "to": "2025-02-04",
        "workdays": ["2025-01-26", "2025-02-08"],
    }
    national = next(h for h in data["holidays"] if h["name"] == "国庆节、中秋节")
    assert (national["from"], national["to"], national["workdays"]) == (
        "2025-10-01",
        "2025-10-08",
        ["2025-09-28", "2025-10-11"],
    )
    assert data["suggestions"][0] == {
        "obligation": "contact",
        "period": "2025-W05",
        "from": "2025-01-27",
        "to": "2025-02-02",
        "workdays_left": 1,
        "reason": "2025年春节假期（1月28日—2月4日）",
        "accepted": False,
    }


def test_the_printed_command_records_the_exemption(db: Path, run) -> None:
    out = ok(run("--db", db, "holidays", "--year", "2025"))
    assert "春节" in out and "调休上班：1月26日、2月8日" in out and "未登记" in out
    command = next(line for line in out.splitlines() if "2025-01-27" in line)
    args = shlex.split(command)
    assert args[:2] == ["hdrectify", "exempt"]
    assert slots(status(run, db, "--month", "2025-01", "--as-of", "2025-03-01"))[("contact", "2025-W05")][0] == "missed"
    ok(run("--db", db, *args[1:]))
    assert query(db, "SELECT reason, pairing_id FROM exemptions") == [("2025年春节假期（1月28日—2月4日）", None)]
    rows = slots(status(run, db, "--month", "2025-01", "--as-of", "2025-03-01"), CHEN, A)
    assert rows[("contact", "2025-W05")][0] == "exempt"
    assert rows[("contact", "2025-W04")][0] == "missed"  # only the offered week
    again = json.loads(ok(run("--db", db, "holidays", "--year", "2025", "--json")))
    assert [s["accepted"] for s in again["suggestions"]] == [True, False]
    assert "2025-01-27" not in ok(run("--db", db, "holidays", "--year", "2025")).split("登记免除的命令")[-1]


def test_an_unknown_year_is_said(db: Path, refused) -> None:
    message = refused(db, "holidays", "--year", "2027")
    assert message.startswith("错误：2027年的法定节假日尚未收录，请更新本软件")
    assert "x" in refused(db, "holidays", "--year", "x")  # not a year: the period parser's message
