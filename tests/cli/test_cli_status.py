"""``hdrectify status``: its JSON shape, its spans, weeks by their Thursday, order and the table.

Answers are worked out by hand from SPEC's rules (see test_cli_commands.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from hdrectify.domain.collation import zh_key
from tests.cli.cli_helpers import (
    CHEN,
    HUANG,
    OBLIGATION_ORDER,
    TOWN_C,
    A,
    B,
    C,
    ok,
    slots,
    status,
)


# -- status --------------------------------------------------------------------------
def _march_records(run, db: Path) -> None:
    for day, method in (("2024-03-05", "phone"), ("2024-03-12", "wechat"), ("2024-03-20", "onsite")):
        ok(run("--db", db, "log", CHEN, A, "--date", day, "--method", method))


def test_status_json_has_the_exact_shape_and_values(db: Path, run) -> None:
    _march_records(run, db)

    data = status(run, db, "--month", "2024-03", "--as-of", "2024-04-30")

    def row(obligation: str, period: str, state: str, backfilled: bool) -> dict[str, Any]:
        return {
            "member": CHEN,
            "centre": A,
            "obligation": obligation,
            "period": period,
            "status": state,
            "backfilled": backfilled,
        }

    assert data == {
        "as_of": "2024-04-30",
        "rows": [
            row("contact", "2024-W10", "done", True),
            row("contact", "2024-W11", "done", True),
            row("contact", "2024-W12", "done", True),
            row("contact", "2024-W13", "missed", False),
            row("visit", "2024-03", "done", True),
        ],
        "totals": {"done": 4, "late": 0, "exempt": 0, "missed": 1, "due": 0, "upcoming": 0, "completion_rate": 0.8},
    }
    assert list(data) == ["as_of", "rows", "totals"]
    assert all(list(r) == ["member", "centre", "obligation", "period", "status", "backfilled"] for r in data["rows"])


def test_status_as_of_ignores_later_records_and_counts_due_and_upcoming(db: Path, run) -> None:
    _march_records(run, db)

    data = status(run, db, "--month", "2024-03", "--as-of", "2024-03-11")

    assert data["as_of"] == "2024-03-11"
    assert slots(data) == {
        ("contact", "2024-W10"): ("done", True),
        ("contact", "2024-W11"): ("due", False),  # the 12 March record is after the reference date
        ("contact", "2024-W12"): ("upcoming", False),
        ("contact", "2024-W13"): ("upcoming", False),
        ("visit", "2024-03"): ("due", False),
    }
    assert data["totals"] == {
        "done": 1,
        "late": 0,
        "exempt": 0,
        "missed": 0,
        "due": 2,
        "upcoming": 2,
        "completion_rate": 1.0,
    }


def test_status_completion_rate_is_null_when_nothing_is_done_late_or_missed(db: Path, run) -> None:
    data = status(run, db, "--month", "2024-01", "--as-of", "2023-12-01")

    assert [(r["obligation"], r["period"], r["status"]) for r in data["rows"]] == [
        ("contact", "2024-W01", "upcoming"),
        ("contact", "2024-W02", "upcoming"),
        ("contact", "2024-W03", "upcoming"),
        ("contact", "2024-W04", "upcoming"),
        ("visit", "2024-01", "upcoming"),
    ]
    assert data["totals"]["upcoming"] == 5
    assert data["totals"]["completion_rate"] is None


def test_status_with_no_pairings_is_empty(db: Path, run) -> None:
    data = status(run, db, "--month", "2023-06", "--as-of", "2023-07-15")
    assert data == {
        "as_of": "2023-07-15",
        "rows": [],
        "totals": {"done": 0, "late": 0, "exempt": 0, "missed": 0, "due": 0, "upcoming": 0, "completion_rate": None},
    }
    out = ok(run("--db", db, "status", "--month", "2023-06", "--as-of", "2023-07-15"))
    assert out == "2023年6月 挂钩联系情况（截至 2023-07-15）\n这段时间没有需要完成的挂钩联系。\n"


def test_status_as_of_defaults_to_today(db: Path, run) -> None:
    today = dt.date.today()
    data = status(run, db, "--month", today.strftime("%Y-%m"))
    assert data["as_of"] == today.isoformat()
    assert slots(data)[("visit", today.strftime("%Y-%m"))] == ("due", False)


@pytest.mark.parametrize(
    ("args", "obligations", "count"),
    [
        (("--month", "2024-03"), {"contact", "visit"}, 4 + 1),
        (("--quarter", "2024-Q1"), {"contact", "visit", "report"}, 13 + 3 + 1),
        (("--year", "2024"), {"contact", "visit", "report", "review"}, 52 + 12 + 4 + 1),
    ],
)
def test_status_span_decides_which_obligations_appear(
    db: Path, run, args: tuple[str, str], obligations: set[str], count: int
) -> None:
    data = status(run, db, *args, "--as-of", "2025-06-30")

    assert {r["obligation"] for r in data["rows"]} == obligations
    assert len(data["rows"]) == count
    assert data["totals"]["missed"] == count
    assert data["totals"]["completion_rate"] == 0.0


def test_status_year_lists_every_week_by_its_thursday(db: Path, run) -> None:
    periods = [r["period"] for r in status(run, db, "--year", "2024", "--as-of", "2025-06-30")["rows"]]
    assert periods[:52] == [f"2024-W{n:02d}" for n in range(1, 53)]
    assert periods[52:64] == [f"2024-{n:02d}" for n in range(1, 13)]
    assert periods[64:] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024"]


def test_status_weeks_belong_to_the_month_of_their_thursday(db: Path, run) -> None:
    # 2026-W01 runs 2025-12-29 .. 2026-01-04: its Thursday is 1 January 2026.
    ok(run("--db", db, "log", CHEN, A, "--date", "2025-12-30", "--method", "onsite"))
    dec = status(run, db, "--month", "2025-12", "--as-of", "2026-02-15")
    jan = status(run, db, "--month", "2026-01", "--as-of", "2026-02-15")

    assert [r["period"] for r in dec["rows"] if r["obligation"] == "contact"] == [
        "2025-W49",
        "2025-W50",
        "2025-W51",
        "2025-W52",
    ]
    assert slots(dec)[("visit", "2025-12")] == ("done", True)  # the visit goes by calendar month
    jan_slots = slots(jan)
    assert [p for o, p in jan_slots if o == "contact"] == ["2026-W01", "2026-W02", "2026-W03", "2026-W04", "2026-W05"]
    assert jan_slots[("contact", "2026-W01")] == ("done", True)
    assert jan_slots[("visit", "2026-01")] == ("missed", False)


def test_status_december_2020_includes_week_53(db: Path, run) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2020-01-01", "--to", "2021-12-31"))
    ok(run("--db", db, "log", HUANG, B, "--date", "2021-01-02", "--method", "phone"))

    dec = status(run, db, "--month", "2020-12", "--as-of", "2021-03-01")
    jan = status(run, db, "--month", "2021-01", "--as-of", "2021-03-01")

    assert [p for o, p in slots(dec, HUANG, B) if o == "contact"] == [
        "2020-W49",
        "2020-W50",
        "2020-W51",
        "2020-W52",
        "2020-W53",
    ]
    assert slots(dec, HUANG, B)[("contact", "2020-W53")] == ("done", True)
    assert [p for o, p in slots(jan, HUANG, B) if o == "contact"] == ["2021-W01", "2021-W02", "2021-W03", "2021-W04"]


def test_pairing_starting_on_a_wednesday_owes_that_week(db: Path, run) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-03-13"))  # Wednesday of 2024-W11

    got = slots(status(run, db, "--month", "2024-03", "--as-of", "2024-04-30"), HUANG, B)

    assert list(got) == [
        ("contact", "2024-W11"),
        ("contact", "2024-W12"),
        ("contact", "2024-W13"),
        ("visit", "2024-03"),
    ]


def test_pairing_ending_on_a_wednesday_does_not_owe_that_week(db: Path, run) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01", "--to", "2024-03-20"))  # Wednesday of 2024-W12

    got = slots(status(run, db, "--quarter", "2024-Q1", "--as-of", "2024-04-30"), HUANG, B)

    assert [p for o, p in got if o == "contact"] == [f"2024-W{n:02d}" for n in range(1, 12)]
    assert [p for o, p in got if o == "visit"] == ["2024-01", "2024-02"]  # not March: inactive on the 31st
    assert ("report", "2024-Q1") not in got


def test_status_rows_are_sorted_by_member_centre_obligation_period(db: Path, run) -> None:
    ok(run("--db", db, "centre", "add", C, "--town", TOWN_C))
    ok(run("--db", db, "pair", HUANG, C, "--from", "2024-01-01"))
    ok(run("--db", db, "pair", CHEN, B, "--from", "2024-01-01"))

    rows = status(run, db, "--quarter", "2024-Q1", "--as-of", "2024-06-30")["rows"]

    keys = [(zh_key(r["member"]), zh_key(r["centre"]), OBLIGATION_ORDER[r["obligation"]], r["period"]) for r in rows]
    assert keys == sorted(keys)  # names by pinyin (domain/collation.py), as every list
    assert len(rows) == 3 * 17
    pairs = [(r["member"], r["centre"]) for r in rows]
    assert list(dict.fromkeys(pairs)) == [(CHEN, B), (CHEN, A), (HUANG, C)]
    assert [(r["obligation"], r["period"]) for r in rows[:17]] == [
        *(("contact", f"2024-W{n:02d}") for n in range(1, 14)),
        ("visit", "2024-01"),
        ("visit", "2024-02"),
        ("visit", "2024-03"),
        ("report", "2024-Q1"),
    ]


def test_status_rows_sorted_across_two_pairings_of_the_same_member_and_centre(db: Path, run) -> None:
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-01-01", "--to", "2024-02-29"))
    ok(run("--db", db, "pair", HUANG, B, "--from", "2024-03-04"))

    data = status(run, db, "--quarter", "2024-Q1", "--as-of", "2024-06-30")
    rows = [(r["obligation"], r["period"]) for r in data["rows"] if r["member"] == HUANG]

    assert rows == [
        *(("contact", f"2024-W{n:02d}") for n in (*range(1, 9), 10, 11, 12, 13)),
        ("visit", "2024-01"),
        ("visit", "2024-02"),
        ("visit", "2024-03"),
        ("report", "2024-Q1"),
    ]


def test_status_table_in_chinese(db: Path, run) -> None:
    _march_records(run, db)

    out = ok(run("--db", db, "status", "--month", "2024-03", "--as-of", "2024-04-30"))

    lines = out.splitlines()
    assert lines[0] == "2024年3月 挂钩联系情况（截至 2024-04-30）"
    assert lines[1].split() == ["党员", "康园中心", "义务", "期间", "状态", "补录"]
    assert set(lines[2]) <= {"-", " "}
    assert [line.split() for line in lines[3:8]] == [
        [CHEN, A, "每周联系", "2024-W10", "已完成", "补录"],
        [CHEN, A, "每周联系", "2024-W11", "已完成", "补录"],
        [CHEN, A, "每周联系", "2024-W12", "已完成", "补录"],
        [CHEN, A, "每周联系", "2024-W13", "未完成"],
        [CHEN, A, "每月到岗", "2024-03", "已完成", "补录"],
    ]
    assert lines[8] == "合计：已完成 4，逾期完成 0，免 0，未完成 1，待完成 0，未开始 0；完成率 80.0%"
    assert len(lines) == 9


def test_status_table_for_a_quarter_and_a_year(db: Path, run) -> None:
    quarter = ok(run("--db", db, "status", "--quarter", "2024-Q1", "--as-of", "2024-02-15")).splitlines()
    year = ok(run("--db", db, "status", "--year", "2024", "--as-of", "2024-02-15")).splitlines()

    assert quarter[0] == "2024年第1季度 挂钩联系情况（截至 2024-02-15）"
    assert sum("季度汇报" in line for line in quarter) == 1
    assert quarter[-1].startswith("合计：已完成 0，逾期完成 0，免 0，未完成 7，待完成 3，未开始 7；")
    assert year[0] == "2024年 挂钩联系情况（截至 2024-02-15）"
    assert sum("年度考评" in line for line in year) == 1
    assert year[-1].endswith("完成率 0.0%")


def test_status_lists_members_by_pinyin(db: Path, run) -> None:
    # by code point 张 (U+5F20) comes before 李 (U+674E); by pinyin a < li < zhang
    for name, town in (("张三", "多祝镇"), ("阿强", "梁化镇"), ("李四", "白花镇")):
        ok(run("--db", db, "member", "add", name))
        ok(run("--db", db, "centre", "add", f"{town}康园中心", "--town", town))
        ok(run("--db", db, "pair", name, f"{town}康园中心", "--from", "2024-01-01"))

    rows = status(run, db, "--month", "2024-01", "--as-of", "2024-06-30")["rows"]

    assert list(dict.fromkeys(r["member"] for r in rows)) == ["阿强", CHEN, "李四", "张三"]
