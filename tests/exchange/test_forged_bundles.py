"""A harness that tries to break who may change what: forged member bundles, each refused with nothing written.

Every forgery starts from a genuine bundle of Chen's laptop (a member installation the office trusts):
a contact record and a piece of evidence on the notice's first measure, so that the bundle also carries
copies of the pairing, the centre and the measure it refers to. Forgeries put together again are signed
again with Chen's own key (``pack``): the signature is valid, so the role rules (exchange/roles.py) must
catch them. The genuine bundle, copies and all, still merges.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.bundle import MANIFEST
from hdrectify.exchange.records import BundleError
from hdrectify.exchange.result import MergeRefused
from hdrectify.exchange.signing import SIGNATURE
from hdrectify.store import sync
from hdrectify.store.base import now_stamp
from tests.before_the_lock import before_the_lock
from tests.exchange.exchange_helpers import CENTRE_A, CENTRE_B, CHEN, HUANG, Site, attach, laptop, log, members, pack


@pytest.fixture
def genuine(tmp_path: Path, office: Site, chen: Site) -> Path:
    """Chen's laptop's bundle; the office has trusted the laptop (it took an earlier bundle of it)."""
    office.take(contact_bundle(chen, "2026-03-02"))
    log(chen, CHEN, CENTRE_A, "2026-03-09", "onsite", note="到岗查看")
    attach(chen, tmp_path, "整改照片.pdf", b"%PDF evidence " * 64, "整改后的照片")
    return chen.export()


def contact_bundle(site: Site, day: str) -> Path:
    log(site, CHEN, CENTRE_A, day)
    return site.export()


def installation(site: Site) -> str:
    with site.store() as store:
        return store.installation_id()


def forge(
    tmp_path: Path, bundle: Path, sender: Site, table: str, change: Callable[[list[dict[str, Any]]], None]
) -> Path:
    """``bundle`` with ``table``'s records changed by ``change`` (each record's version made newer, as its
    sender's), the manifest's hashes and counts recomputed, under a new bundle id, signed with the sender's key."""
    parts = members(bundle)
    name = f"rows/{table}.jsonl"
    records = [json.loads(line) for line in parts.get(name, b"").decode().splitlines()]
    before = [json.dumps(r, sort_keys=True) for r in records]
    change(records)
    me = installation(sender)
    for n, record in enumerate(records):
        if n >= len(before) or json.dumps(record, sort_keys=True) != before[n]:
            record["vv"] = {**record["vv"], me: sync.wall_ms() + n}
            record["origin"], record["changed_at"] = me, sync.utc_stamp()
    parts[name] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    manifest = json.loads(parts[MANIFEST])
    manifest["counts"][table] = len(records)
    manifest["bundle_id"] = str(uuid.uuid4())
    parts[MANIFEST] = json.dumps(manifest, ensure_ascii=False).encode()
    return pack(tmp_path / f"forged-{uuid.uuid4().hex[:8]}.hdbundle", parts)


def edited(row_id: str, **values: Any) -> Callable[[list[dict[str, Any]]], None]:
    def change(records: list[dict[str, Any]]) -> None:
        (record,) = [r for r in records if r["id"] == row_id]
        record["row"].update(values)

    return change


def refused(office: Site, bundle: Path, error: type[InputError] = MergeRefused) -> InputError:
    """``bundle`` refused at the office, every table of its database file as it was."""
    before = office.everything()
    with office.store() as store, pytest.raises(error) as caught:
        from hdrectify.exchange.merge import import_bundle

        import_bundle(store, bundle)
    assert office.everything() == before
    return caught.value


def reasons(error: InputError) -> list[tuple[str, str]]:
    assert isinstance(error, MergeRefused)
    return [(v.table, v.reason.code) for v in error.result.violations]


def only_record(bundle: Path, table: str) -> dict[str, Any]:
    (record,) = [json.loads(line) for line in members(bundle)[f"rows/{table}.jsonl"].decode().splitlines()]
    return dict(record)


def test_the_genuine_bundle_merges_with_the_copies_it_carries(office: Site, genuine: Path) -> None:
    # the pairing, centre and measure travel as copies of the office's rows: unchanged, so no violation
    assert {"pairings", "centres", "ledger_measures"} <= set(json.loads(members(genuine)[MANIFEST])["counts"])
    result = office.take(genuine)
    assert not result.violations and result.signer_role == "member"
    assert result.tables["contacts"].added == 1 and result.tables["evidence"].added == 1
    assert result.tables["centres"].changed == 0
    # the measure the evidence went to was opened and closed again on the laptop (tests/before_the_lock.py,
    # as a ledger from before the lock holds it): a newer copy of the same content, taken without a violation
    measure = only_record(genuine, "ledger_measures")["id"]
    assert office.rows("SELECT status FROM ledger_measures WHERE id = ?", [measure]) == [{"status": "done"}]


def test_a_centre_changed_and_signed_again_is_refused(tmp_path: Path, office: Site, chen: Site, genuine: Path) -> None:
    centre = only_record(genuine, "centres")["id"]
    error = refused(office, forge(tmp_path, genuine, chen, "centres", edited(centre, address="假地址")))
    assert reasons(error) == [("centres", "roles.office_row_changed")]
    assert "平山街道康园中心" in str(error) and "只能由办公室修改" in str(error)


def test_a_pairing_ended_is_refused(tmp_path: Path, office: Site, chen: Site, genuine: Path) -> None:
    pairing = only_record(genuine, "pairings")["id"]
    error = refused(office, forge(tmp_path, genuine, chen, "pairings", edited(pairing, end_on="2026-03-31")))
    assert ("pairings", "roles.office_row_changed") in reasons(error)


def test_a_measure_closed_or_its_deadline_moved_is_refused(
    tmp_path: Path, office: Site, chen: Site, genuine: Path
) -> None:
    measure = only_record(genuine, "ledger_measures")["id"]
    closing = edited(measure, status="done", closed_at="2026-03-10", close_reason="已整改")
    error = refused(office, forge(tmp_path, genuine, chen, "ledger_measures", closing))
    assert reasons(error) == [("ledger_measures", "roles.measure_closed")]
    assert "销号" in str(error)
    later = edited(measure, deadline="2027-12-31")
    error = refused(office, forge(tmp_path, genuine, chen, "ledger_measures", later))
    assert reasons(error) == [("ledger_measures", "roles.deadline_moved")]


def test_a_measure_closed_on_a_tampered_laptop_is_refused(office: Site, chen: Site, genuine: Path) -> None:
    from hdrectify.store.ledger import reopen_measure

    office.take(genuine)
    measure = only_record(genuine, "ledger_measures")["id"]  # closed in the seed: the office reopens it first
    office.do(lambda s: reopen_measure(s, measure, dt.date(2026, 3, 9), "佐证不全，重新整改"))
    chen.take(office.export())
    # the laptop's own 销号 refuses (tests/exchange/test_local_roles.py): a tampered laptop writes the row itself
    closing = {"status": "done", "closed_at": "2026-03-10", "close_reason": "已整改"}
    chen.do(lambda s: s.update("ledger_measures", measure, closing))
    error = refused(office, chen.export())
    assert reasons(error) == [("ledger_measures", "roles.measure_closed")]


def test_a_record_added_for_another_member_is_refused(tmp_path: Path, office: Site, chen: Site, genuine: Path) -> None:
    huang_pairing = office.rows(
        "SELECT p.id FROM pairings p JOIN members m ON m.id = p.member_id WHERE m.name = ?", [HUANG]
    )[0]["id"]

    def add(records: list[dict[str, Any]]) -> None:
        other = json.loads(json.dumps(records[0]))
        other["id"] = other["row"]["id"] = str(uuid.uuid4())
        other["row"].update(pairing_id=huang_pairing, date="2026-03-10", note="代黄伟明登记")
        records.append(other)

    error = refused(office, forge(tmp_path, genuine, chen, "contacts", add))
    assert reasons(error) == [("contacts", "roles.not_own_member")]
    assert "黄伟明" in str(error) and "陈志强" in str(error)


def test_a_record_moved_to_another_member_is_refused(tmp_path: Path, office: Site, chen: Site, genuine: Path) -> None:
    office.take(genuine)
    contact = only_record(genuine, "contacts")["id"]
    huang_pairing = office.rows(
        "SELECT p.id FROM pairings p JOIN centres c ON c.id = p.centre_id WHERE c.name = ?", [CENTRE_B]
    )[0]["id"]
    error = refused(office, forge(tmp_path, genuine, chen, "contacts", edited(contact, pairing_id=huang_pairing)))
    assert ("contacts", "roles.not_own_member") in reasons(error)


def test_recorded_at_moved_back_is_refused(tmp_path: Path, office: Site, chen: Site, genuine: Path) -> None:
    office.take(genuine)
    contact = only_record(genuine, "contacts")
    earlier = edited(contact["id"], recorded_at="2026-03-09T08:00:00")
    error = refused(office, forge(tmp_path, genuine, chen, "contacts", earlier))
    assert reasons(error) == [("contacts", "roles.fixed_column")]
    assert "录入时间" in str(error)


def test_a_tombstone_for_an_office_row_is_refused(tmp_path: Path, office: Site, chen: Site, genuine: Path) -> None:
    def bury(records: list[dict[str, Any]]) -> None:
        records[0]["deleted"], records[0]["row"] = True, None

    for table in ("pairings", "centres", "ledger_measures"):
        error = refused(office, forge(tmp_path, genuine, chen, table, bury))
        assert reasons(error) == [(table, "roles.office_row_deleted")]


def test_the_installation_id_swapped_or_a_copied_signature_is_refused(
    tmp_path: Path, office: Site, chen: Site, huang: Site, genuine: Path
) -> None:
    log(huang, HUANG, CENTRE_B, "2026-03-03")
    office.take(huang.export())  # the office trusts Huang's laptop
    parts = members(genuine)
    manifest = json.loads(parts[MANIFEST])
    manifest["installation"]["id"] = installation(huang)  # Chen's bundle in Huang's name, signed with Chen's key
    parts[MANIFEST] = json.dumps(manifest).encode()
    error = refused(office, pack(tmp_path / "swapped.hdbundle", parts), BundleError)
    assert error.code == "exchange.sender_key_changed"
    copied = members(genuine)
    copied[SIGNATURE] = members(huang.export(whole=True))[SIGNATURE]
    error = refused(office, pack(tmp_path / "copied.hdbundle", copied, resign=False), BundleError)
    assert error.code == "exchange.signature_bad"


def test_a_member_bundle_carrying_settings_is_refused(tmp_path: Path, office: Site, chen: Site, genuine: Path) -> None:
    parts = members(genuine)
    manifest = json.loads(parts[MANIFEST])
    manifest["settings"] = {"report_deadline_days": 90}
    parts[MANIFEST] = json.dumps(manifest).encode()
    error = refused(office, pack(tmp_path / "settings.hdbundle", parts), BundleError)
    assert error.code == "roles.member_settings"


def test_a_laptop_that_does_not_say_whose_it_is_sends_no_records(tmp_path: Path, office: Site) -> None:
    nobody = laptop(tmp_path, office, "未设定的电脑")  # no 我是 chosen
    with pytest.raises(InputError, match="我是"):  # the laptop itself refuses to log one (store/roles.py)
        log(nobody, CHEN, CENTRE_A, "2026-03-02")
    pairing = nobody.rows("SELECT id FROM pairings ORDER BY start_on LIMIT 1")[0]["id"]
    nobody.do(  # what a laptop without that check would have written
        lambda s: s.insert(
            "contacts",
            {"pairing_id": pairing, "date": "2026-03-02", "method": "phone", "recorded_at": now_stamp(), "author": "?"},
        )
    )
    with office.store() as store:
        from hdrectify.exchange.merge import import_bundle

        bundle = nobody.export()
        fingerprint = nobody.fingerprint
        before = office.everything()
        with pytest.raises(MergeRefused) as caught:
            import_bundle(store, bundle, trust=fingerprint)
    assert office.everything() == before
    assert reasons(caught.value) == [("contacts", "roles.member_not_said")]
    assert "我是" in str(caught.value)


def test_a_laptop_may_send_its_visit_problems_and_progress_but_not_change_the_notices(office: Site, chen: Site) -> None:
    from hdrectify.store.ledger import add_progress, add_visit_problems

    contact = log(chen, CHEN, CENTRE_A, "2026-03-02", "onsite")
    centre = chen.rows("SELECT centre_id FROM pairings WHERE id = ?", [contact["pairing_id"]])[0]["centre_id"]
    chen.do(lambda s: add_visit_problems(s, "扶手松动\n灭火器过期", contact, centre))
    first = chen.rows("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")[0]["id"]
    with chen.store() as s, s.transaction(), before_the_lock(s, first):  # the seed's measures are closed
        add_progress(s, first, dt.date(2026, 3, 3), "已电话督促")
    result = office.take(chen.export())
    assert not result.violations
    assert result.tables["ledger_problems"].added == 2 and result.tables["ledger_measures"].added == 2
    # the notice's problem edited on the laptop: refused
    problem = chen.rows("SELECT id FROM ledger_problems WHERE source = 'inspection' ORDER BY no LIMIT 1")[0]["id"]
    chen.do(lambda s: s.update("ledger_problems", problem, {"detail": "改过"}))
    error = refused(office, chen.export())
    assert reasons(error) == [("ledger_problems", "roles.not_visit_problem")]


def test_a_laptop_keeps_to_the_member_it_first_spoke_for(tmp_path: Path, office: Site, chen: Site) -> None:
    from hdrectify.exchange.trust import remove
    from hdrectify.store.people import find_member

    office.take(contact_bundle(chen, "2026-03-02"))
    chen.do(lambda s: s.set_setting("me_member_id", find_member(s, HUANG)["id"]))  # 我是 changed to Huang
    log(chen, HUANG, CENTRE_B, "2026-03-03", note="以黄伟明的名义")
    bundle = chen.export()
    error = refused(office, bundle, BundleError)
    assert error.code == "roles.member_changed" and f"hdrectify trust remove {chen.fingerprint}" in str(error)
    assert "陈志强" in str(error) and "黄伟明" in str(error)
    with office.store() as store:  # the way out: the laptop really is Huang's now, trusted anew
        remove(store, chen.fingerprint)
    with office.store() as store:
        from hdrectify.exchange.merge import import_bundle

        assert import_bundle(store, bundle, trust=chen.fingerprint).tables["contacts"].added == 1
