"""Laptops and the office exchanging bundles: idempotent, order-independent, nothing lost."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.exchange.conflicts import open_conflicts, open_count, resolve
from hdrectify.exchange.result import MergeRefused
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view
from hdrectify.store.verify import verify
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    Site,
    attach,
    edit,
    laptop,
    log,
    members,
    pack,
)


def statuses(site: Site, member: str | None = None) -> list[tuple[str, str, str, str, str]]:
    """Every owed period of 2026 as of 2026-11-30, as (member, centre, obligation, period, status)."""
    with site.store() as store:
        view = cadence_view(store, Period.parse("2026", Kind.YEAR), dt.date(2026, 11, 30))
        info = view.info()
        return sorted(
            (info[r.pairing_id].member, info[r.pairing_id].centre, r.obligation.value, str(r.period), r.status.value)
            for r in view.rows()
            if member is None or info[r.pairing_id].member == member
        )


def test_a_laptop_set_up_from_the_office_holds_the_same_rows(office: Site, chen: Site) -> None:
    assert chen.data() == office.data()


def test_visits_logged_on_two_laptops_reach_the_office_and_statuses_agree(
    office: Site, chen: Site, huang: Site
) -> None:
    for day in ("2026-03-02", "2026-03-09", "2026-03-16"):
        log(chen, CHEN, CENTRE_A, day, "onsite" if day.endswith("09") else "phone", note=f"陈 {day}")
    log(huang, HUANG, CENTRE_B, "2026-03-03", "wechat")
    result = office.take(chen.export())
    assert (result.tables["contacts"].added, result.changed) == (3, True)
    office.take(huang.export())
    assert len(office.rows("SELECT * FROM contacts")) == 4
    # what the office computes for each member equals what that member sees for their own pairing
    assert statuses(office, CHEN) == statuses(chen, CHEN)
    assert statuses(office, HUANG) == statuses(huang, HUANG)
    assert ("陈志强", CENTRE_A, "visit", "2026-03", "done") in statuses(office, CHEN)


def test_importing_the_same_bundle_twice_changes_nothing(office: Site, chen: Site) -> None:
    log(chen, CHEN, CENTRE_A, "2026-04-07")
    bundle = chen.export()
    office.take(bundle)
    before = office.everything()
    again = office.take(bundle)
    assert not again.changed and again.imported_before is not None
    assert office.everything() == before  # not even the exchange history grew


def test_provenance_and_history_record_who_sent_each_row(office: Site, chen: Site) -> None:
    row = log(chen, CHEN, CENTRE_A, "2026-04-07")
    office.take(chen.export())
    with chen.store() as store:
        chen_id = store.setting("installation_id")
    prov = office.rows("SELECT * FROM sync_rows WHERE table_name = 'contacts' AND row_id = ?", [row["id"]])[0]
    assert prov["origin"] == chen_id and prov["received_from"] == chen_id and prov["received_at"]
    history = office.rows("SELECT direction, installation_name FROM exchange_log ORDER BY at")
    assert ("export", "办公室") in [(h["direction"], h["installation_name"]) for h in history]
    assert ("import", "陈志强的电脑") in [(h["direction"], h["installation_name"]) for h in history]


def test_only_rows_changed_since_the_last_export_travel(office: Site, chen: Site) -> None:
    log(chen, CHEN, CENTRE_A, "2026-04-07")
    office.take(chen.export())  # the office's rows the laptop imported do not travel back
    log(chen, CHEN, CENTRE_A, "2026-04-14")
    second = office.take(chen.export())
    assert second.tables["contacts"].added == 1 and second.total("added") == 1 and not second.conflicts
    # the contact's pairing, member and centre came along (so the bundle is whole), unchanged here
    assert {t: c.same for t, c in second.tables.items() if t != "contacts"} == {
        "centres": 1,
        "members": 1,
        "pairings": 1,
    }
    with pytest.raises(InputError, match="没有新增或改动的记录"):
        chen.export()


def test_bundles_in_any_order_give_the_same_database(tmp_path: Path, office: Site) -> None:
    """Three computers edit, delete and conflict; every order of their bundles ends alike."""
    setup = office.export(whole=True)  # what every computer starts from
    chen = laptop(tmp_path, office, "陈")
    huang = laptop(tmp_path, office, "黄")
    kept = log(chen, CHEN, CENTRE_A, "2026-05-04", note="第一次")
    gone = log(chen, CHEN, CENTRE_A, "2026-05-11", note="记错了")
    log(huang, HUANG, CENTRE_B, "2026-05-05", "onsite")
    centre_a = office.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_A])[0]["id"]
    # the same centre changed apart on all three computers: a three-way conflict
    edit(chen, "centres", centre_a, address="平山街道 1 号（陈）")
    edit(huang, "centres", centre_a, address="平山街道 2 号（黄）")
    edit(office, "centres", centre_a, contact_person="李主任")
    # a deletion (soft, with reason) on the laptop, and a hard removal of a seeded progress row elsewhere
    chen.do(lambda s: s.soft_delete("contacts", gone["id"], "日期记错"))
    edit(chen, "contacts", kept["id"], note="第一次（补充）")
    bundles = [chen.export(), huang.export(), office.export()]
    results = []
    for n, order in enumerate(itertools.permutations(range(3))):
        site = Site(tmp_path / f"fresh{n}", f"新电脑{n}")
        site.take(setup)
        for i in order:
            site.take(bundles[i])
        results.append(site.data())
    assert all(r == results[0] for r in results[1:])
    data = results[0]
    assert len(data["conflicts"]) == 2  # three versions of the centre: one held, two waiting
    probe = Site(tmp_path / "probe", "probe")
    for b in [setup, *bundles]:
        probe.take(b)
    (deleted,) = probe.rows("SELECT deleted_at, delete_reason FROM contacts WHERE id = ?", [gone["id"]])
    assert deleted["deleted_at"] and deleted["delete_reason"] == "日期记错"
    assert probe.rows("SELECT note FROM contacts WHERE id = ?", [kept["id"]]) == [{"note": "第一次（补充）"}]
    assert probe.data() == data


def test_a_conflict_keeps_both_versions_until_the_office_chooses(office: Site, chen: Site) -> None:
    centre_a = office.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_A])[0]["id"]
    edit(chen, "centres", centre_a, address="陈填的地址")
    edit(office, "centres", centre_a, address="办公室填的地址")
    result = office.take(chen.export())
    assert result.tables["centres"].conflicts == 1 and len(result.conflicts) == 1
    with office.store() as store:
        assert open_count(store) == 1
        (conflict,) = open_conflicts(store)
        addresses = {v.row["address"] for v in conflict.versions if v.row}
        assert addresses == {"陈填的地址", "办公室填的地址"}
        assert conflict.fields()[0] == "address"  # what differs comes first
        other = next(v for v in conflict.versions if v.conflict_id is not None)
        resolve(store, "centres", centre_a, other.conflict_id)
        assert open_count(store) == 0
        centre = store.get("centres", centre_a)
        assert centre is not None and other.row is not None and centre["address"] == other.row["address"]
    # the resolution travels: the laptop takes it without a conflict of its own
    back = chen.take(office.export())
    assert back.tables["centres"].updated == 1 and not back.conflicts
    assert chen.data() == office.data()


def test_a_losing_version_made_on_a_laptop_still_reaches_the_office(office: Site, chen: Site) -> None:
    """The laptop edits, then hears of a concurrent edit that wins there; its own version is not lost."""
    centre_a = office.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_A])[0]["id"]
    edit(chen, "centres", centre_a, address="陈的版本")
    edit(office, "centres", centre_a, address="办公室的版本")  # later: the provisional winner
    chen.take(office.export())
    with chen.store() as store:
        centre = store.get("centres", centre_a)
        assert centre is not None and centre["address"] == "办公室的版本"
        assert open_count(store) == 1
    office.take(chen.export())
    with office.store() as store:
        (conflict,) = open_conflicts(store)
        assert {v.row["address"] for v in conflict.versions if v.row} == {"陈的版本", "办公室的版本"}
        resolve(store, "centres", centre_a, None)  # keep the office's
    chen.take(office.export())
    with chen.store() as store:
        centre = store.get("centres", centre_a)
        assert open_count(store) == 0 and centre is not None and centre["address"] == "办公室的版本"


def test_a_row_removed_for_good_travels_as_a_tombstone(office: Site, chen: Site) -> None:
    row = log(chen, CHEN, CENTRE_A, "2026-06-01")
    office.take(chen.export())
    chen.do(lambda s: s.delete("contacts", row["id"], "测试删除"))
    result = office.take(chen.export())
    assert result.tables["contacts"].deleted == 1
    assert office.rows("SELECT * FROM contacts WHERE id = ?", [row["id"]]) == []
    audit = office.rows("SELECT action FROM audit_log WHERE row_id = ? ORDER BY rowid", [row["id"]])
    assert [a["action"] for a in audit] == ["insert", "delete"]


def test_two_computers_that_loaded_the_notice_agree_without_conflicts(tmp_path: Path, office: Site) -> None:
    from hdrectify.store.ledger import load_seed

    other = Site(tmp_path / "other", "另一台")
    other.do(load_seed)
    result = other.take(office.export(whole=True))
    assert not result.conflicts
    assert result.tables["ledger_measures"].same == 66


def pairing_at(site: Site, centre: str) -> str:
    return site.rows("SELECT p.id FROM pairings p JOIN centres c ON c.id = p.centre_id WHERE c.name = ?", [centre])[0][
        "id"
    ]


def test_a_contact_outside_its_pairing_after_a_merge_is_refused(office: Site, chen: Site) -> None:
    from hdrectify.store.people import end_pairing

    log(chen, CHEN, CENTRE_A, "2026-06-08")  # the laptop still has the pairing open
    office.do(lambda s: end_pairing(s, pairing_at(office, CENTRE_A), dt.date(2026, 5, 31)))
    before = office.everything()
    with pytest.raises(MergeRefused, match="交换包未导入") as refused:
        office.take(chen.export())
    assert office.everything() == before
    (violation,) = refused.value.result.violations
    assert violation.table == "contacts" and "不在挂钩" in violation.message and "2026-06-08" in violation.message


def test_overlapping_pairings_after_a_merge_are_refused_row_by_row(office: Site, chen: Site) -> None:
    from hdrectify.store.people import add_pairing, end_pairing, find_centre, find_member

    huang_b = pairing_at(office, CENTRE_B)
    # the laptop hands centre B to Chen from March; the office meanwhile edits Huang's pairing (later: it wins)
    chen.do(lambda s: end_pairing(s, huang_b, dt.date(2026, 2, 28)))
    chen.do(lambda s: add_pairing(s, find_member(s, CHEN), find_centre(s, CENTRE_B), dt.date(2026, 3, 1)))
    edit(office, "pairings", huang_b, start_on="2026-01-02")
    before = office.everything()
    with pytest.raises(MergeRefused) as refused:
        office.take(chen.export())
    assert office.everything() == before
    assert [v.table for v in refused.value.result.violations] == ["pairings"]
    assert "时间重叠" in str(refused.value.result.violations[0])


def test_a_dry_run_reports_what_an_import_does_and_writes_nothing(office: Site, chen: Site) -> None:
    log(chen, CHEN, CENTRE_A, "2026-07-06")
    bundle = chen.export()
    before = office.everything()
    trial = office.take(bundle, dry_run=True)
    assert office.everything() == before
    real = office.take(bundle)
    assert trial.as_dict() == real.as_dict() and trial.dry_run and not real.dry_run


def test_evidence_files_travel_with_their_rows(tmp_path: Path, office: Site, chen: Site) -> None:
    from hdrectify.store.evidence import evidence_file, file_sha256

    row = attach(chen, tmp_path, "会议纪要.pdf", b"%PDF-1.4 minutes " * 100, "会议纪要")
    result = office.take(chen.export())
    assert result.evidence_stored == 1 and not result.missing_evidence
    with office.store() as store:
        assert file_sha256(evidence_file(store, row)) == row["sha256"]


def test_an_evidence_row_whose_file_is_missing_is_imported_and_reported(
    tmp_path: Path, office: Site, chen: Site
) -> None:
    from hdrectify.store.evidence import evidence_file

    row = attach(chen, tmp_path, "照片.jpg", b"\xff\xd8 photo" * 50)
    with chen.store() as store:
        path = evidence_file(store, row)
        path.chmod(0o600)
        path.unlink()
    result = office.take(chen.export())
    assert result.missing_evidence == ["照片.jpg"]
    assert office.rows("SELECT file_name FROM evidence") == [{"file_name": "照片.jpg"}]


def test_ones_own_bundle_is_refused(office: Site) -> None:
    bundle = office.export(whole=True)
    with pytest.raises(InputError, match="本机自己导出"):
        office.take(bundle)


def test_a_store_write_outside_the_exchange_gets_a_version(store: Store) -> None:
    from hdrectify.store.people import add_member

    with store.transaction():
        row = add_member(store, "王芳")
    (found,) = store.rows("SELECT * FROM sync_rows WHERE row_id = ?", [row["id"]])
    assert found["local_seq"] is not None and found["origin"] == store.setting("installation_id")


def test_after_exchanges_and_a_resolution_the_audit_chain_verifies(tmp_path: Path, office: Site) -> None:
    """Every row a merge wrote is audited like any other: verify finds no break and no stray row."""
    from hdrectify.store.verify import verify

    chen = laptop(tmp_path, office, "陈")
    centre_a = office.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_A])[0]["id"]
    log(chen, CHEN, CENTRE_A, "2026-08-03")
    removed = log(chen, CHEN, CENTRE_A, "2026-08-04")
    chen.do(lambda s: s.soft_delete("contacts", removed["id"], "记错了"))
    edit(chen, "centres", centre_a, address="陈的版本")
    edit(office, "centres", centre_a, address="办公室的版本")
    office.take(chen.export())
    with office.store() as store:
        resolve(store, "centres", centre_a, None)
    chen.take(office.export())
    for site in (office, chen):
        with site.store() as store:
            report = verify(store)
            assert report.ok, (report.chain_break, report.row_problems[:3])


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
    a, b, c = (laptop(tmp_path, office, name) for name in ("甲", "乙", "丙"))
    centre = office.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_A])[0]["id"]
    edit(a, "centres", centre, address="X")
    edit(b, "centres", centre, address="X")
    from_a = a.export()
    c.take(from_a)
    edit(c, "centres", centre, address="Z")
    from_b = b.export()
    from_c = c.export()
    edit(b, "centres", centre, address="W")
    bundles = [from_a, from_b, from_c, b.export()]
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


def test_the_rules_check_the_version_a_row_ends_with(tmp_path: Path, office: Site, chen: Site) -> None:
    """A bundle may carry two versions of one row (one waiting in the sender's queue): the rules see the winner."""
    import json

    row = log(chen, CHEN, CENTRE_A, "2026-04-06")
    parts = members(chen.export())
    first = json.loads(parts["rows/contacts.jsonl"])
    second = json.loads(json.dumps(first))
    second["vv"] = {"0f0f0f0f-0000-4000-8000-000000000001": 1}  # made apart, and later: the winner
    second["origin"], second["changed_at"] = "0f0f0f0f-0000-4000-8000-000000000001", "2099-01-01T00:00:00.000Z"
    second["row"]["date"] = "2025-06-01"  # before the pairing began
    parts["rows/contacts.jsonl"] = (json.dumps(first) + "\n" + json.dumps(second) + "\n").encode()
    manifest = json.loads(parts["manifest.json"])
    manifest["counts"]["contacts"] = 2
    bad = pack(tmp_path / "two-versions.hdbundle", {**parts, "manifest.json": json.dumps(manifest).encode()})
    before = office.everything()
    with pytest.raises(MergeRefused) as refused:
        office.take(bad)
    assert office.everything() == before
    assert [(v.table, v.row_id) for v in refused.value.result.violations] == [("contacts", row["id"])]


def test_a_measure_closed_on_its_only_evidence_cannot_lose_it_in_a_merge(
    tmp_path: Path, office: Site, chen: Site
) -> None:
    """The office closes a measure on a file; the laptop, not knowing, removes that file: refused, row by row."""
    from hdrectify.store.evidence import remove_evidence
    from hdrectify.store.ledger import close_measure

    evidence = attach(chen, tmp_path, "整改报告.pdf", b"%PDF report " * 40)
    measure = evidence["measure_id"]
    office.take(chen.export())
    office.do(lambda s: close_measure(s, measure, dt.date(2026, 10, 8)))
    chen.do(lambda s: remove_evidence(s, evidence["id"], "传错了文件"))
    before = office.everything()
    with pytest.raises(MergeRefused) as refused:
        office.take(chen.export())
    assert office.everything() == before
    assert [(v.table, v.row_id) for v in refused.value.result.violations] == [("ledger_measures", measure)]


def test_a_bundle_carries_the_rows_its_rows_refer_to(tmp_path: Path, office: Site) -> None:
    """The office renumbers Huang's visit problem; its next bundle reaches Chen, who never had Huang's visit."""
    from hdrectify.store.ledger import add_visit_problem

    chen = laptop(tmp_path, office, "陈")
    huang = laptop(tmp_path, office, "黄")
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


def open_count_of(site: Site) -> int:
    with site.store() as store:
        return open_count(store)


def with_tombstones(tmp_path: Path, bundle: Path, sender: Site, table: str, ids: list[str]) -> Path:
    """``bundle`` with deletions of ``ids`` added, made (as it claims) on ``sender`` after the versions it holds."""
    import json

    from hdrectify.store import sync

    with sender.store() as store:
        me = store.installation_id()
    parts = members(bundle)
    name = f"rows/{table}.jsonl"
    lines = parts.get(name, b"").decode().splitlines()
    for n, row_id in enumerate(ids, 1):
        (found,) = sender.rows("SELECT vv FROM sync_rows WHERE table_name = ? AND row_id = ?", [table, row_id])
        vv = {**sync.decode(found["vv"]), me: sync.wall_ms() + n}
        tomb = {"id": row_id, "vv": vv, "origin": me, "changed_at": sync.utc_stamp(), "deleted": True, "row": None}
        lines.append(json.dumps(tomb))
    parts[name] = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(parts["manifest.json"])
    manifest["counts"][table] = len(lines)
    parts["manifest.json"] = json.dumps(manifest).encode()
    return pack(tmp_path / f"tombstones-{table}.hdbundle", parts)


def test_a_members_bundle_cannot_delete_the_ledger(tmp_path: Path, office: Site, chen: Site) -> None:
    """Deletions of rows the sending computer did not make (the notice's measures, the office's centre): refused."""
    from hdrectify.store.verify import verify

    log(chen, CHEN, CENTRE_A, "2026-04-06")
    measures = [r["id"] for r in chen.rows("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 10")]
    crafted = with_tombstones(tmp_path, chen.export(), chen, "ledger_measures", measures)
    centre_b = chen.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_B])[0]["id"]
    crafted = with_tombstones(tmp_path, crafted, chen, "centres", [centre_b])
    before = office.everything()
    with pytest.raises(MergeRefused, match="交换包未导入") as refused:
        office.take(crafted)
    assert office.everything() == before
    found = [(v.table, v.row_id) for v in refused.value.result.violations]
    assert sorted(found) == sorted([("centres", centre_b)] + [("ledger_measures", m) for m in measures])
    assert all("删除" in v.message for v in refused.value.result.violations)
    assert len(office.rows("SELECT id FROM ledger_measures")) == 66
    with office.store() as store:
        assert verify(store).ok


def test_a_deletion_by_the_computer_that_made_the_row_still_travels_onwards(tmp_path: Path, office: Site) -> None:
    """Chen removes his own contact: the office takes it, and a laptop set up from the office hears of it too."""
    chen = laptop(tmp_path, office, "陈")
    row = log(chen, CHEN, CENTRE_A, "2026-06-01")
    office.take(chen.export())
    huang = laptop(tmp_path, office, "黄")  # has Chen's contact, through the office
    chen.do(lambda s: s.delete("contacts", row["id"], "记错了"))
    assert office.take(chen.export()).tables["contacts"].deleted == 1
    assert huang.take(office.export(whole=True)).tables["contacts"].deleted == 1
    assert huang.rows("SELECT id FROM contacts WHERE id = ?", [row["id"]]) == []


def test_a_laptop_takes_the_offices_removal_of_rows_the_office_never_changed(tmp_path: Path, office: Site) -> None:
    """The office removes a problem entered twice, with the laptop's measure and progress note: the laptop follows."""
    from hdrectify.store.ledger import add_progress, add_visit_problem
    from hdrectify.store.ledger_edit import remove_problem

    chen = laptop(tmp_path, office, "陈")
    problem = chen.do(
        lambda s: add_visit_problem(s, "重复登记的问题", centre_id=None, contact_id=None, found_on=dt.date(2026, 9, 1))
    )
    measure = chen.rows("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem["id"]])[0]["id"]
    chen.do(lambda s: add_progress(s, measure, dt.date(2026, 9, 2), "已电话督促"))
    office.take(chen.export())
    office.do(lambda s: remove_problem(s, problem["id"], "与问题18重复", with_records=True))
    back = chen.take(office.export())
    assert not back.violations and back.tables["ledger_progress"].deleted == 1
    assert chen.rows("SELECT id FROM ledger_problems WHERE id = ?", [problem["id"]]) == []
    assert chen.rows("SELECT id FROM ledger_progress WHERE measure_id = ?", [measure]) == []


def test_a_whole_bundle_sent_again_after_edits_updates_only_the_rows_edited(office: Site, chen: Site) -> None:
    """The rows a batch's versions meet here are read with the batch: each compares with its own row."""
    rows = [log(chen, CHEN, CENTRE_A, f"2026-04-{day:02d}", note=f"第{day}次") for day in range(1, 29)]
    office.take(chen.export(whole=True))
    edit(chen, "contacts", rows[3]["id"], note="=改过 的记录\u200b")
    edit(chen, "contacts", rows[20]["id"], method="onsite")
    again = office.take(chen.export(whole=True))
    assert (again.tables["contacts"].updated, again.tables["contacts"].same) == (2, len(rows) - 2)
    held = {r["id"]: r for r in office.rows("SELECT id, note, method FROM contacts")}
    assert held[rows[3]["id"]]["note"] == "=改过 的记录\u200b" and held[rows[20]["id"]]["method"] == "onsite"
    assert held[rows[4]["id"]]["note"] == "第5次" and not again.conflicts and not again.violations
    with office.store() as store:
        assert verify(store).untampered
