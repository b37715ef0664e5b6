"""Shared helpers of the command-line tests: names, running status, reading rows back."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

A, TOWN_A = "平山街道康园中心", "平山街道"
B = "安墩镇康园中心"
C, TOWN_C = "铁涌镇康园中心", "铁涌镇"
CHEN, HUANG = "陈志强", "黄伟明"
OBLIGATION_ORDER = {"contact": 0, "visit": 1, "report": 2, "review": 3}
ROW_KEYS = {"member", "centre", "obligation", "period", "status", "backfilled"}
TOTAL_KEYS = {"done", "late", "exempt", "missed", "due", "upcoming", "completion_rate"}


# -- helpers -------------------------------------------------------------------
def ok(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert (code, err) == (0, ""), f"exit {code}, stderr {err!r}"
    return out


def status(run, db: Path, *args: str) -> dict[str, Any]:
    return json.loads(ok(run("--db", db, "status", *args, "--json")))


def slots(data: dict[str, Any], member: str = CHEN, centre: str = A) -> dict[tuple[str, str], tuple[str, bool]]:
    """(obligation, period) → (status, backfilled) for one pairing's rows."""
    return {
        (r["obligation"], r["period"]): (r["status"], r["backfilled"])
        for r in data["rows"]
        if r["member"] == member and r["centre"] == centre
    }


def exempt(run, db: Path, *who: str, start: str, end: str, reason: str, obligation: str = "visit"):
    return run("--db", db, "exempt", *who, "--obligation", obligation, "--from", start, "--to", end, "--reason", reason)


def query(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def month_of_week(day: dt.date) -> str:
    """The month a day's ISO week belongs to: the month of that week's Thursday."""
    iso = day.isocalendar()
    return dt.date.fromisocalendar(iso.year, iso.week, 4).strftime("%Y-%m")


def week_label(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


# -- the ledger ------------------------------------------------------------------


def ledger(run, db: Path) -> dict[str, Any]:
    """``ledger --json``, parsed."""
    return json.loads(ok(run("--db", db, "ledger", "--json")))


def problems(run, db: Path) -> list[dict[str, Any]]:
    """Every problem of the ledger, area by area."""
    return [p for a in ledger(run, db)["areas"] for p in a["problems"]]


def problem(run, db: Path, title: str) -> dict[str, Any]:
    """The one problem titled ``title``."""
    found = [p for p in problems(run, db) if p["title"] == title]
    assert len(found) == 1, f"{title!r}: {found}"
    return found[0]
