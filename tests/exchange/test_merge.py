"""Laptops and the office exchanging bundles: idempotent, order-independent, nothing lost.

The rules a merge keeps are in test_merge_rules.py, numbers and versions whatever the order in
test_merge_order.py, rows removed for good in test_merge_deletions.py.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.exchange.conflicts import open_conflicts, open_count, resolve
from hdrectify.store.cadence import cadence_view
from hdrectify.store.verify import verify
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    Site,
    edit,
    laptop,
    log,
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
    # the centre is changed on all three: computers with the office's rights (a member's laptop may not)
    chen = laptop(tmp_path, office, "陈", role="office")
    huang = laptop(tmp_path, office, "黄", role="office")
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
    # taken by computers that are not the office: the laptops' bundles not sealed to it (--no-encrypt)
    bundles = [chen.export(encrypt=False), huang.export(encrypt=False), office.export()]
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


def test_a_conflict_keeps_both_versions_until_the_office_chooses(tmp_path: Path, office: Site) -> None:
    chen = laptop(tmp_path, office, "陈", role="office")  # a centre changed: office rights (exchange/roles.py)
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


def test_a_losing_version_made_on_a_laptop_still_reaches_the_office(tmp_path: Path, office: Site) -> None:
    """The laptop edits, then hears of a concurrent edit that wins there; its own version is not lost."""
    chen = laptop(tmp_path, office, "陈", role="office")  # a centre changed: office rights (exchange/roles.py)
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
