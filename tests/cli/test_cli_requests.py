"""申请销号 on the command line: a member's laptop asks, the office accepts or returns, the answer travels back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import ok
from tests.cli_runner import run_trusting

# every measure of the notice is closed already: each test asks about one the office added since
M1, M2, M3, M4 = "1.6", "2.5", "3.4", "4.5"


@pytest.fixture
def office(db: Path, run: Callable[..., Any]) -> Path:
    """The command line's seeded database with a new, open measure on each of problems 1–4."""
    for problem in ("1", "2", "3", "4"):
        ok(run("--db", db, "measure", "add", "--problem", problem, "--text", f"问题{problem}的补充整改措施"))
    return db


def member_laptop(tmp_path: Path, run: Callable[..., Any], office: Path, name: str) -> Path:
    """A member's laptop (role member) set up from the office's whole bundle."""
    setup = tmp_path / f"setup-{name}.hdbundle"
    ok(run("--db", office, "bundle", "export", "-o", setup, "--all", "--force"))
    laptop = tmp_path / f"{name}.db"
    ok(run("--db", laptop, "init", "--role", "member"))
    code, _, err = run_trusting(run, "--db", laptop, "bundle", "import", setup)
    assert (code, err) == (0, ""), err
    return laptop


def send(tmp_path: Path, run: Callable[..., Any], source: Path, target: Path) -> str:
    """``bundle export`` on ``source``, ``bundle import`` on ``target``; the import's output."""
    bundle = tmp_path / f"{source.stem}-{len(list(tmp_path.glob('*.hdbundle')))}.hdbundle"
    ok(run("--db", source, "bundle", "export", "-o", bundle))
    code, out, err = run_trusting(run, "--db", target, "bundle", "import", bundle)
    assert (code, err) == (0, ""), err
    return str(out)


def requests(run: Callable[..., Any], db: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(ok(run("--db", db, "measure", "requests", "--json")))["requests"]
    return found


def measure(run: Callable[..., Any], db: Path, problem_no: int, measure_no: int) -> dict[str, Any]:
    tree = json.loads(ok(run("--db", db, "ledger", "--json")))
    for area in tree["areas"]:
        for p in area["problems"]:
            if p["no"] == problem_no:
                found: dict[str, Any] = p["measures"][measure_no - 1]
                return found
    raise AssertionError(f"no problem {problem_no}")


def test_a_request_with_evidence_is_accepted_and_the_laptop_sees_it(
    tmp_path: Path, run: Callable[..., Any], office: Path
) -> None:
    laptop = member_laptop(tmp_path, run, office, "chen")
    scan = tmp_path / "整改照片.jpg"
    scan.write_bytes(b"\xff\xd8 a photo of the ramp, rebuilt")
    out = ok(run("--db", laptop, "measure", "request-close", M1, "--date", "2026-03-02", "--evidence", scan))
    assert f"已申请销号措施 {M1}" in out
    (mine,) = requests(run, laptop)
    assert (mine["state"], mine["files"], mine["measure"]) == ("pending", ["整改照片.jpg"], M1)
    send(tmp_path, run, laptop, office)
    (seen,) = requests(run, office)
    assert (seen["id"], seen["state"], seen["files"]) == (mine["id"], "pending", ["整改照片.jpg"])
    table = ok(run("--db", office, "measure", "requests"))
    assert "待审核" in table and M1 in table
    assert measure(run, office, 1, 6)["status"] != "done"
    ok(
        run(
            "--db",
            office,
            "measure",
            "accept-request",
            M1,
            "--date",
            "2026-03-05",
            "--by",
            "李主任",
            "--opinion",
            "已现场核实",
        )
    )
    assert measure(run, office, 1, 6)["status"] == "done"
    import sqlite3

    with sqlite3.connect(office) as db:  # 销号 on a request is 验收 as any other: who accepted it, and the opinion
        accepted = db.execute(
            "SELECT accepted_by, accepted_opinion, closed_at FROM ledger_measures WHERE accepted_by = '李主任'"
        ).fetchall()
    assert accepted == [("李主任", "已现场核实", "2026-03-05")]
    # the request's file is the measure's evidence now, in the evidence ZIP as any other
    zipped = tmp_path / "evidence.zip"
    ok(run("--db", office, "ledger", "--evidence-zip", zipped))
    import zipfile

    assert any(name.endswith("整改照片.jpg") for name in zipfile.ZipFile(zipped).namelist())
    assert requests(run, office)[0]["state"] == "accepted"
    send(tmp_path, run, office, laptop)
    (back,) = requests(run, laptop)
    assert (back["state"], back["answered_on"]) == ("accepted", "2026-03-05")
    assert measure(run, laptop, 1, 6)["status"] == "done"
    assert "已销号" in ok(run("--db", laptop, "measure", "requests"))
    assert ok(run("--db", office, "verify")) is not None


def test_a_returned_request_carries_its_comment_back(tmp_path: Path, run: Callable[..., Any], office: Path) -> None:
    laptop = member_laptop(tmp_path, run, office, "chen")
    ok(run("--db", laptop, "measure", "request-close", M2, "--date", "2026-03-02", "--reason", "已整改到位"))
    send(tmp_path, run, laptop, office)
    ok(run("--db", office, "measure", "return-request", M2, "--comment", "请补充整改前后的照片"))
    assert measure(run, office, 2, 5)["status"] != "done"
    send(tmp_path, run, office, laptop)
    (back,) = requests(run, laptop)
    assert (back["state"], back["comment"], back["reason"]) == ("returned", "请补充整改前后的照片", "已整改到位")
    table = ok(run("--db", laptop, "measure", "requests"))
    assert "已退回" in table and "请补充整改前后的照片" in table


def test_two_requests_for_one_measure_are_both_kept_and_answered_each(
    tmp_path: Path, run: Callable[..., Any], office: Path, refused: Callable[..., str]
) -> None:
    chen = member_laptop(tmp_path, run, office, "chen")
    huang = member_laptop(tmp_path, run, office, "huang")
    ok(run("--db", chen, "measure", "request-close", M3, "--date", "2026-03-02", "--reason", "陈：已完成"))
    ok(run("--db", huang, "measure", "request-close", M3, "--date", "2026-03-03", "--reason", "黄：已完成"))
    send(tmp_path, run, huang, office)  # in the other order than made
    send(tmp_path, run, chen, office)
    found = requests(run, office)
    assert [r["reason"] for r in found] == ["陈：已完成", "黄：已完成"]
    assert {r["state"] for r in found} == {"pending"}
    message = refused(office, "measure", "return-request", M3, "--comment", "缺材料")
    assert "多份待审核" in message and found[0]["id"][:8] in message
    ok(run("--db", office, "measure", "return-request", M3, "--comment", "缺材料", "--request", found[0]["id"][:8]))
    ok(run("--db", office, "measure", "accept-request", M3, "--date", "2026-03-06"))  # the one left pending
    assert [r["state"] for r in requests(run, office)] == ["returned", "accepted"]
    assert measure(run, office, 3, 4)["status"] == "done"


def test_a_request_meeting_a_closed_measure_is_kept_and_returned(
    tmp_path: Path, run: Callable[..., Any], office: Path, refused: Callable[..., str]
) -> None:
    laptop = member_laptop(tmp_path, run, office, "chen")
    ok(run("--db", laptop, "measure", "request-close", M4, "--date", "2026-03-02", "--reason", "done"))
    ok(run("--db", office, "measure", "close", M4, "--date", "2026-03-01", "--reason", "办公室已验收"))
    send(tmp_path, run, laptop, office)
    (seen,) = requests(run, office)
    assert (seen["state"], seen["measure_status"]) == ("pending", "done")
    assert "已经销号" in refused(office, "measure", "accept-request", M4)
    ok(run("--db", office, "measure", "return-request", M4, "--comment", "该措施已于3月1日销号"))
    send(tmp_path, run, office, laptop)
    (back,) = requests(run, laptop)
    assert (back["state"], back["measure_status"]) == ("returned", "done")


def test_the_office_is_told_to_close_instead(
    tmp_path: Path, run: Callable[..., Any], office: Path, refused: Callable[..., str]
) -> None:
    message = refused(office, "measure", "request-close", M1, "--date", "2026-03-02", "--reason", "x")
    assert "measure close" in message


def test_a_laptop_cannot_answer_and_needs_a_basis(
    tmp_path: Path, run: Callable[..., Any], office: Path, refused: Callable[..., str]
) -> None:
    laptop = member_laptop(tmp_path, run, office, "chen")
    assert "证材料" in refused(laptop, "measure", "request-close", M1, "--date", "2026-03-02")
    refused(laptop, "measure", "request-close", M1, "--date", "2026-03-02", "--reason", "好\u202e了")  # a bidi control
    ok(run("--db", laptop, "measure", "request-close", M1, "--date", "2026-03-02", "--reason", "=1+1"))
    assert "办公室" in refused(laptop, "measure", "return-request", M1, "--comment", "不行")
    assert requests(run, laptop)[0]["reason"] == "=1+1"
