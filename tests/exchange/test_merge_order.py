"""Whatever order bundles arrive in, the outcome is one.

Problem numbers once shown stay; versions made alike, the rows a bundle refers to and forged copies
change nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from hdrectify.exchange.conflicts import open_conflicts, open_count
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    Site,
    edit,
    laptop,
    log,
    members,
    open_count_of,
    pack,
)


@pytest.mark.parametrize("chen_first", [True, False])
def test_the_office_numbers_visit_problems_and_no_number_once_shown_changes(
    tmp_path: Path, office: Site, chen_first: bool
) -> None:
    """Laptops leave their problems 待编号; the office numbers them on receipt, after its own, in either order."""
    from hdrectify.store.ledger import add_visit_problem

    def found(site: Site, title: str) -> None:
        site.do(lambda s: add_visit_problem(s, title, centre_id=None, contact_id=None, found_on=dt.date(2026, 9, 1)))

    chen = laptop(tmp_path, office, "陈")
    huang = laptop(tmp_path, office, "黄")
    found(office, "办公室自查：台账未更新")  # the office's own problem: 18 at once, and for good
    found(chen, "坡道扶手松动")
    found(huang, "灭火器过期")
    sql = "SELECT title, no FROM ledger_problems WHERE source = 'visit' ORDER BY title"
    assert [r["no"] for r in chen.rows(sql)] == [None]  # 待编号 on the laptop
    bundles = [chen.export(), huang.export()]
    if not chen_first:
        bundles.reverse()
    numbered = [office.take(b).numbered for b in bundles]
    assert [len(n) for n in numbered] == [1, 1] and [n[0][1] for n in numbered] == [19, 20]
    numbers = {r["title"]: r["no"] for r in office.rows(sql)}
    assert numbers["办公室自查：台账未更新"] == 18
    # the numbers reach the laptops as plain updates, not conflicts, and stay what the office gave
    for site in (chen, huang):
        back = site.take(office.export(whole=True))
        assert not back.conflicts and not back.renumbered and not back.numbered
        assert {r["title"]: r["no"] for r in site.rows(sql)} == numbers
    # and a later round changes none of them
    found(chen, "活动记录未上墙")
    office.take(chen.export())
    later = {r["title"]: r["no"] for r in office.rows(sql)}
    assert {t: later[t] for t in numbers} == numbers and later["活动记录未上墙"] == 21


def test_a_laptop_that_numbered_its_own_problem_never_moves_the_offices_number(tmp_path: Path, office: Site) -> None:
    """A laptop set up before the office alone gave numbers (role office) numbered its problem 18 too."""
    from hdrectify.store.ledger import add_visit_problem

    old = laptop(tmp_path, office, "旧", role="office")
    for site, title in ((office, "办公室的问题"), (old, "旧电脑的问题")):
        site.do(
            lambda s, t=title: add_visit_problem(s, t, centre_id=None, contact_id=None, found_on=dt.date(2026, 9, 1))
        )
    result = office.take(old.export())
    assert result.renumbered == [("旧电脑的问题", 18, 19)] and not result.violations
    sql = "SELECT title, no FROM ledger_problems WHERE source = 'visit' ORDER BY no"
    assert [(r["title"], r["no"]) for r in office.rows(sql)] == [("办公室的问题", 18), ("旧电脑的问题", 19)]
    back = old.take(office.export())
    assert not back.conflicts
    assert [(r["title"], r["no"]) for r in old.rows(sql)] == [("办公室的问题", 18), ("旧电脑的问题", 19)]


def test_versions_made_alike_do_not_make_the_order_matter(tmp_path: Path, office: Site) -> None:
    """A and B both write X; C, having seen A's, writes Z; B then writes W: every order of the four ends alike."""
    setup = office.export(whole=True)
    # they change a centre: computers with the office's rights (a member's laptop may not, exchange/roles.py)
    a, b, c = (laptop(tmp_path, office, name, role="office") for name in ("甲", "乙", "丙"))
    centre = office.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_A])[0]["id"]
    edit(a, "centres", centre, address="X")
    edit(b, "centres", centre, address="X")
    # laptops and fresh computers take them, not the office: not sealed to it (--no-encrypt)
    from_a = a.export(encrypt=False)
    c.take(from_a)
    edit(c, "centres", centre, address="Z")
    from_b = b.export(encrypt=False)
    from_c = c.export(encrypt=False)
    edit(b, "centres", centre, address="W")
    bundles = [from_a, from_b, from_c, b.export(encrypt=False)]
    results = []
    for n, order in enumerate(itertools.permutations(range(4))):
        site = Site(tmp_path / f"order{n}", f"顺序{n}")
        site.take(setup)
        for i in order:
            site.take(bundles[i])
        results.append(site.data())
        if n == 0:
            with site.store() as store:
                (conflict,) = open_conflicts(store)  # W and Z wait for a choice; the X made alike is no choice
                assert {v.row["address"] for v in conflict.versions if v.row} == {"W", "Z"}
    assert all(r == results[0] for r in results[1:])


def test_a_bundle_carries_the_rows_its_rows_refer_to(tmp_path: Path, office: Site) -> None:
    """The office renumbers Huang's visit problem; its next bundle reaches Chen, who never had Huang's visit."""
    from hdrectify.store.ledger import add_visit_problem

    chen = laptop(tmp_path, office, "陈", member=CHEN)
    huang = laptop(tmp_path, office, "黄", member=HUANG)
    for site, member, centre, title in ((chen, CHEN, CENTRE_A, "扶手松动"), (huang, HUANG, CENTRE_B, "灭火器过期")):
        contact = log(site, member, centre, "2026-09-01", "onsite")
        centre_id = contact["pairing_id"]  # (only for the problem's centre below)
        centre_id = site.rows("SELECT centre_id FROM pairings WHERE id = ?", [centre_id])[0]["centre_id"]
        site.do(
            lambda s, t=title, c=contact["id"], ce=centre_id: add_visit_problem(
                s, t, centre_id=ce, contact_id=c, found_on=dt.date(2026, 9, 1)
            )
        )
    office.take(chen.export())
    office.take(huang.export())
    result = chen.take(office.export())  # whichever moved, its visit, pairing and member come along
    assert not result.violations
    numbers = sorted(r["no"] for r in chen.rows("SELECT no FROM ledger_problems WHERE source = 'visit'"))
    assert numbers == [18, 19]  # Chen's problem numbered by the office, and Huang's with the visit it came from


def test_a_forged_copy_cannot_shadow_the_genuine_bundle(tmp_path: Path, office: Site, chen: Site) -> None:
    """Rows edited and re-hashed under the same versions are a conflict to show, whichever arrives first."""
    import json

    row = log(chen, CHEN, CENTRE_A, "2026-04-06", note="到岗查看")
    genuine = chen.export()
    parts = members(genuine)
    rec = json.loads(parts["rows/contacts.jsonl"])
    rec["row"]["note"] = "代签"  # same id, same version vector, other content
    parts["rows/contacts.jsonl"] = json.dumps(rec, ensure_ascii=False).encode()
    forged = pack(tmp_path / "forged.hdbundle", parts)
    other = office.copy(tmp_path / "office-copy", "办公室副本")
    results = []
    for site, order in ((office, (forged, genuine)), (other, (genuine, forged))):
        site.take(order[0])
        second = site.take(order[1])
        assert second.changed and second.tables["contacts"].conflicts == 1, second.as_dict()
        assert [(c.table, c.row_id) for c in second.conflicts] == [("contacts", row["id"])]
        with site.store() as store:
            assert open_count(store) == 1
            (conflict,) = open_conflicts(store)  # what the conflict dialog lists
            assert {v.row["note"] for v in conflict.versions if v.row} == {"到岗查看", "代签"}
        results.append(site.data())
    assert results[0] == results[1]
    # the genuine file imported again is the same file: nothing more to do
    assert office.take(genuine).imported_before is not None and open_count_of(office) == 1
