"""The first week of an office and its members, through the command line: one roster, from the office.

The office prepares each member's laptop (``bundle export --for``); a laptop that created the
same centre, member or pairing itself before gets them merged, never refused by id.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli_runner import run_in_process, run_trusting

CHEN, HUANG = "陈志强", "黄伟明"
ANDUN, ANDUN_TOWN = "安墩镇康园中心", "安墩镇"
PINGSHAN, PINGSHAN_TOWN = "平山街道康园中心", "平山街道"
START = "2026-01-05"


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, db: Path, *args: object) -> str:
        code, out, err = run_trusting(lambda *a: run_in_process(self.capsys, *a), "--db", db, *args)
        assert (code, err) == (0, ""), f"{args}: {err}"
        return out

    def refused(self, db: Path, *args: object) -> str:
        code, out, err = run_trusting(lambda *a: run_in_process(self.capsys, *a), "--db", db, *args)
        assert code != 0 and out == "" and err.startswith("错误：") and err.count("\n") == 1, (code, out, err)
        return err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys)


def query(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def setting(db: Path, key: str) -> object:
    found = query(db, "SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(str(found[0][0])) if found else None


def roster(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Centres, members and pairings by name (what a person counts), and each record's pairing by name."""
    return {
        "centres": query(db, "SELECT name, count(*) FROM centres GROUP BY name ORDER BY name"),
        "members": query(db, "SELECT name, count(*) FROM members GROUP BY name ORDER BY name"),
        "pairings": query(
            db,
            "SELECT m.name, c.name, p.start_on, count(*) FROM pairings p JOIN members m ON m.id = p.member_id"
            " JOIN centres c ON c.id = p.centre_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        ),
        "contacts": query(
            db,
            "SELECT m.name, c.name, k.date, k.note FROM contacts k JOIN pairings p ON p.id = k.pairing_id"
            " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id ORDER BY 1, 2, 3, 4",
        ),
    }


@pytest.fixture
def office(tmp_path: Path, cli: Cli) -> Path:
    """The office as the guide starts it: the notice's ledger, two centres, two members, their pairings."""
    db = tmp_path / "office.db"
    cli(db, "init", "--seed")
    cli(db, "centre", "add", ANDUN, "--town", ANDUN_TOWN)
    cli(db, "centre", "add", PINGSHAN, "--town", PINGSHAN_TOWN)
    cli(db, "member", "add", CHEN)
    cli(db, "member", "add", HUANG)
    cli(db, "pair", CHEN, ANDUN, "--from", START)
    cli(db, "pair", HUANG, PINGSHAN, "--from", START)
    return db


def test_the_first_week_of_an_office_and_a_member(tmp_path: Path, cli: Cli, office: Path) -> None:
    with sqlite3.connect(office) as conn:
        conn.execute("UPDATE settings SET value = '15' WHERE key = 'report_deadline_days'")
    conn.close()
    setup = tmp_path / "陈志强-开始.hdbundle"
    out = cli(office, "bundle", "export", "--for", CHEN, "-o", setup)
    assert f"已为党员{CHEN}准备交换包" in out and "康园中心 2 个" in out and "挂钩 1 个" in out

    laptop = tmp_path / "laptop.db"
    cli(laptop, "init")
    out = cli(laptop, "bundle", "import", setup)
    assert out.startswith("已导入：办公室 于") and f"本机已设为党员{CHEN}的笔记本" in out
    assert "已采用办公室的设置：季度汇报期限" in out
    assert setting(laptop, "role") == "member"
    assert setting(laptop, "report_deadline_days") == 15
    me = setting(laptop, "me_member_id")
    assert query(laptop, "SELECT name FROM members WHERE id = ?", (me,)) == [(CHEN,)]
    # the roster whole, but only his own pairing; the notice's ledger too
    assert [n for n, _ in roster(laptop)["centres"]] == sorted([ANDUN, PINGSHAN])
    assert roster(laptop)["pairings"] == [(CHEN, ANDUN, START, 1)]
    assert query(laptop, "SELECT count(*) FROM ledger_problems") == [(17,)]

    cli(laptop, "log", CHEN, ANDUN, "--date", "2026-01-06", "--method", "onsite", "--note", "第一次到岗")
    back = tmp_path / "陈志强-第一周.hdbundle"
    out = cli(laptop, "bundle", "export", "-o", back)
    assert "新增和改动的记录 1 条" in out
    out = cli(office, "bundle", "import", back)
    assert out.startswith(f"已导入：{CHEN}的笔记本 于")
    assert roster(office)["contacts"] == [(CHEN, ANDUN, "2026-01-06", "第一次到岗")]
    # the office's own settings are its own: a member's bundle carries none
    assert setting(office, "report_deadline_days") == 15 and setting(office, "role") in (None, "office")
    # an ordinary export of the office still carries what it changed (the prepared bundle did not use it up)
    assert "新增和改动的记录" in cli(office, "bundle", "export", "-o", tmp_path / "office.hdbundle")


def member_who_started_alone(tmp_path: Path, cli: Cli, name: str, member: str, centre: str, town: str) -> Path:
    """A laptop where the member (wrongly) created the centre, himself and the pairing, and logged a visit."""
    db = tmp_path / f"{name}.db"
    cli(db, "init")
    cli(db, "centre", "add", centre, "--town", town)
    cli(db, "member", "add", member)
    cli(db, "pair", member, centre, "--from", START)
    cli(db, "log", member, centre, "--date", "2026-01-07", "--method", "phone", "--note", f"{member}自建时记")
    return db


def test_a_member_who_made_the_roster_himself_is_merged_not_refused(tmp_path: Path, cli: Cli, office: Path) -> None:
    laptop = member_who_started_alone(tmp_path, cli, "chen", CHEN, ANDUN, ANDUN_TOWN)
    own = tmp_path / "chen-own.hdbundle"
    cli(laptop, "bundle", "export", "-o", own)

    # the office takes his bundle: one 安墩镇康园中心, one 陈志强, one pairing, and his visit on it
    out = cli(office, "bundle", "import", own)
    assert f"已合并为同一康园中心：{ANDUN}" in out
    assert f"已合并为同一党员：{CHEN}" in out
    assert f"已合并为同一挂钩：{CHEN} — {ANDUN}（{START} 起）" in out
    after = roster(office)
    assert after["centres"] == sorted([(ANDUN, 1), (PINGSHAN, 1)])
    assert after["members"] == sorted([(CHEN, 1), (HUANG, 1)])
    assert after["pairings"] == sorted([(CHEN, ANDUN, START, 1), (HUANG, PINGSHAN, START, 1)])
    assert after["contacts"] == [(CHEN, ANDUN, "2026-01-07", f"{CHEN}自建时记")]
    assert query(office, "SELECT count(*) FROM sync_aliases") == [(3,)]
    audit = query(office, "SELECT count(*) FROM audit_log WHERE table_name = 'sync_aliases'")
    assert audit == [(3,)]
    assert query(office, "PRAGMA foreign_key_check") == []

    # again, and a whole bundle of the same rows: nothing changes
    before = roster(office), query(office, "SELECT * FROM sync_aliases ORDER BY alias_id")
    cli(office, "bundle", "import", own)
    cli(laptop, "bundle", "export", "--all", "-o", tmp_path / "chen-all.hdbundle")
    out = cli(office, "bundle", "import", tmp_path / "chen-all.hdbundle")
    assert "合并为同一" not in out
    assert (roster(office), query(office, "SELECT * FROM sync_aliases ORDER BY alias_id")) == before

    # the office's bundle for him reaches the laptop the same way, and his next visit follows the alias
    cli(office, "bundle", "export", "--for", CHEN, "-o", tmp_path / "for-chen.hdbundle")
    out = cli(laptop, "bundle", "import", tmp_path / "for-chen.hdbundle")
    assert f"已合并为同一康园中心：{ANDUN.strip()}" in out
    assert roster(laptop)["centres"] == sorted([(ANDUN, 1), (PINGSHAN, 1)])
    assert len(roster(laptop)["pairings"]) == 1
    cli(laptop, "log", CHEN, ANDUN, "--date", "2026-01-13", "--method", "onsite")
    cli(laptop, "bundle", "export", "-o", tmp_path / "chen-2.hdbundle")
    out = cli(office, "bundle", "import", tmp_path / "chen-2.hdbundle")
    assert "合并为同一" not in out
    assert [c[:3] for c in roster(office)["contacts"]] == [
        (CHEN, ANDUN, "2026-01-07"),
        (CHEN, ANDUN, "2026-01-13"),
    ]
    assert query(office, "PRAGMA foreign_key_check") == []


def test_two_members_who_made_the_same_centre_give_the_same_counts_in_either_order(tmp_path: Path, cli: Cli) -> None:
    a = member_who_started_alone(tmp_path, cli, "chen", CHEN, ANDUN, ANDUN_TOWN)
    b = member_who_started_alone(tmp_path, cli, "huang", HUANG, PINGSHAN, PINGSHAN_TOWN)
    cli(b, "centre", "add", ANDUN, "--town", ANDUN_TOWN)  # he knows both centres, and his colleague
    cli(b, "member", "add", CHEN)
    cli(a, "bundle", "export", "-o", tmp_path / "a.hdbundle")
    cli(b, "bundle", "export", "-o", tmp_path / "b.hdbundle")
    ends = []
    for order in ("ab", "ba"):
        office = tmp_path / f"office-{order}.db"
        cli(office, "init")
        for name in order:
            cli(office, "bundle", "import", tmp_path / f"{name}.hdbundle")
        ends.append(roster(office))
        assert query(office, "PRAGMA foreign_key_check") == []
    assert ends[0] == ends[1]
    assert ends[0]["centres"] == sorted([(ANDUN, 1), (PINGSHAN, 1)])
    assert ends[0]["members"] == sorted([(CHEN, 1), (HUANG, 1)])
    assert len(ends[0]["pairings"]) == 2 and len(ends[0]["contacts"]) == 2
    # and the two laptops, each taking the other's bundle
    cli(a, "bundle", "import", tmp_path / "b.hdbundle")
    cli(b, "bundle", "import", tmp_path / "a.hdbundle")
    assert roster(a) == roster(b) == ends[0]


def test_a_name_several_members_share_is_refused_naming_them(tmp_path: Path, cli: Cli, office: Path) -> None:
    assert run_in_process(cli.capsys, "--db", office, "member", "add", CHEN, "--phone", "13800000000")[0] == 0
    laptop = member_who_started_alone(tmp_path, cli, "chen", CHEN, ANDUN, ANDUN_TOWN)
    cli(laptop, "bundle", "export", "-o", tmp_path / "chen.hdbundle")
    before = roster(office)
    err = cli.refused(office, "bundle", "import", tmp_path / "chen.hdbundle")
    assert f"党员“{CHEN}”与本机 2 位同名党员无法区分" in err
    assert f"{CHEN}（挂钩{ANDUN}）" in err and "电话 13800000000" in err and "重新导入" in err
    assert roster(office) == before


@pytest.mark.parametrize("chen_first", [True, False])
def test_two_members_first_week_with_problems_in_either_order(
    tmp_path: Path, cli: Cli, office: Path, chen_first: bool
) -> None:
    """Both laptops start from the office, log and find problems; the office numbers them and prints the summary."""
    from pypdf import PdfReader

    cli(office, "log", CHEN, ANDUN, "--date", "2026-01-05", "--method", "phone", "--problems", "办公室抽查：台账未更新")
    laptops: dict[str, Path] = {}
    for member, centre, found in ((CHEN, ANDUN, "坡道扶手松动\n灭火器过期"), (HUANG, PINGSHAN, "活动记录未上墙")):
        setup = tmp_path / f"{member}-开始.hdbundle"
        cli(office, "bundle", "export", "--for", member, "-o", setup)
        laptop = laptops[member] = tmp_path / f"{member}.db"
        cli(laptop, "init")
        cli(laptop, "bundle", "import", setup)
        out = cli(laptop, "log", member, centre, "--date", "2026-01-07", "--method", "onsite", "--problems", found)
        assert out.count("已记入整改台账：待编号") == len(found.splitlines())  # numbered by the office only
    sent = {m: tmp_path / f"{m}-第一周.hdbundle" for m in laptops}
    for member, db in laptops.items():
        cli(db, "bundle", "export", "-o", sent[member])
    order = [CHEN, HUANG] if chen_first else [HUANG, CHEN]
    reports = [cli(office, "bundle", "import", sent[m]) for m in order]
    assert all(r.startswith(f"已导入：{m}的笔记本 于") for r, m in zip(reports, order, strict=True))
    numbers = {
        str(title): int(str(no))
        for title, no in query(office, "SELECT title, no FROM ledger_problems WHERE source = 'visit'")
    }
    assert numbers["办公室抽查：台账未更新"] == 18  # the office's own number, given first, stays
    assert sorted(numbers.values()) == [18, 19, 20, 21]
    # no duplicate centre, member or pairing; every record's author and sender is a person or the office
    counts = roster(office)
    assert all(n == 1 for *_, n in counts["centres"] + counts["members"] + counts["pairings"])
    authors = {a for (a,) in query(office, "SELECT DISTINCT author FROM contacts")}
    assert authors <= {"办公室", f"{CHEN}的笔记本", f"{HUANG}的笔记本", CHEN, HUANG, "tester"}, authors
    senders = {n for (n,) in query(office, "SELECT installation_name FROM exchange_log WHERE direction = 'import'")}
    assert senders == {f"{CHEN}的笔记本", f"{HUANG}的笔记本"}
    # the numbers travel back and stay what the office gave, on both laptops
    for member, db in laptops.items():
        cli(db, "bundle", "import", cli_export_all(cli, office, tmp_path / f"给{member}.hdbundle"))
        mine = {
            str(title): int(str(no))
            for title, no in query(
                db, "SELECT title, no FROM ledger_problems WHERE source = 'visit' AND no IS NOT NULL"
            )
        }
        assert all(numbers[t] == n for t, n in mine.items()) and mine
    # the summary counts and lists every problem found this quarter, under its number
    pdf = tmp_path / "季度汇总.pdf"
    cli(office, "summary", "--quarter", "2026-Q1", "-o", pdf)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for title in numbers:
        assert title in text, title
    ledger = json.loads(cli(office, "ledger", "--json"))
    assert sorted(p["no"] for a in ledger["areas"] for p in a["problems"] if p["source"] == "visit") == [18, 19, 20, 21]


def cli_export_all(cli: Cli, db: Path, out: Path) -> Path:
    cli(db, "bundle", "export", "--all", "-o", out)
    return out
