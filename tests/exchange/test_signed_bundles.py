"""Signed bundles and the trust list: who made a bundle, and whether this computer takes bundles from it.

Each forgery is refused with nothing written; a genuine bundle from a trusted sender merges as before.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hdrectify.exchange.bundle import MANIFEST
from hdrectify.exchange.merge import import_bundle
from hdrectify.exchange.records import BundleError
from hdrectify.exchange.signing import SIGNATURE
from hdrectify.exchange.trust import Identity, identity, remove, trusted
from hdrectify.store.base import Store
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site, laptop, log, members, pack

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def refused(site: Site, bundle: Path, match: str, trust: str | None = None) -> BundleError:
    """``bundle`` refused on ``site`` with a message matching ``match``, and nothing written there."""
    before = site.everything()
    with site.store() as store, pytest.raises(BundleError, match=match) as caught:
        import_bundle(store, bundle, trust=trust)
    assert site.everything() == before
    return caught.value


def contact_bundle(chen: Site, day: str = "2026-03-02", note: str = "到岗查看") -> Path:
    log(chen, CHEN, CENTRE_A, day, "onsite", note=note)
    return chen.export()


def test_a_bundle_from_a_trusted_sender_merges_and_says_who_signed(office: Site, chen: Site) -> None:
    first = contact_bundle(chen)
    error = refused(office, first, "尚未信任")
    assert error.params["fingerprint"] == chen.fingerprint
    with office.store() as store:
        result = import_bundle(store, first, trust=chen.fingerprint.lower().replace("-", " "))  # as typed
    assert result.tables["contacts"].added == 1
    assert (result.signer_role, result.signer_fingerprint, result.trusted_now) == (
        "member",
        chen.fingerprint,
        "confirmed",
    )
    with office.store() as store:
        assert [(r["name"], r["role"], r["how"]) for r in trusted(store)] == [("陈志强的电脑", "member", "confirmed")]
    second = contact_bundle(chen, "2026-03-09")
    with office.store() as store:  # trusted now: no fingerprint asked again
        again = import_bundle(store, second)
    assert again.tables["contacts"].added == 1 and again.trusted_now is None


def test_a_dry_run_trusts_no_one(office: Site, chen: Site) -> None:
    bundle = contact_bundle(chen)
    before = office.everything()
    with office.store() as store:
        result = import_bundle(store, bundle, dry_run=True, trust=chen.fingerprint)
    assert result.trusted_now == "confirmed" and office.everything() == before
    refused(office, bundle, "尚未信任")


def test_a_wrong_fingerprint_given_is_refused(office: Site, chen: Site, huang: Site) -> None:
    error = refused(office, contact_bundle(chen), "不一致", trust=huang.fingerprint)
    assert error.params["given"] == huang.fingerprint and error.params["fingerprint"] == chen.fingerprint


def test_a_row_changed_and_its_hash_recomputed_is_refused(tmp_path: Path, office: Site, chen: Site) -> None:
    genuine = contact_bundle(chen)
    office.take(contact_bundle(chen, "2026-03-09"))  # office trusts Chen's laptop
    parts = members(genuine)
    parts["rows/contacts.jsonl"] = parts["rows/contacts.jsonl"].replace("到岗查看".encode(), "到岗检查".encode())
    forged = pack(tmp_path / "forged.hdbundle", parts, signed_again=False)  # hashes right, signature stale
    refused(office, forged, "交换包已被改动或损坏")


def test_a_signature_copied_from_another_bundle_is_refused(tmp_path: Path, office: Site, chen: Site) -> None:
    one, other = contact_bundle(chen), contact_bundle(chen, "2026-03-09")
    parts = members(other)
    parts[SIGNATURE] = members(one)[SIGNATURE]
    refused(office, pack(tmp_path / "copied.hdbundle", parts, resign=False), "交换包已被改动或损坏")


def test_the_installation_id_swapped_is_refused(tmp_path: Path, office: Site, chen: Site, huang: Site) -> None:
    huang_id = identity_of(huang).installation
    office.take(huang.export(whole=True))  # the office trusts Huang's laptop
    parts = members(contact_bundle(chen))
    manifest = json.loads(parts[MANIFEST])
    manifest["installation"]["id"] = huang_id
    parts[MANIFEST] = json.dumps(manifest).encode()
    refused(office, pack(tmp_path / "swapped.hdbundle", parts, signed_again=False), "交换包已被改动或损坏")
    # signed again with Chen's own key, in Huang's name: a known installation with another key, flagged
    error = refused(office, pack(tmp_path / "resigned.hdbundle", parts), "签名密钥不同")
    assert error.params["trusted"] == huang.fingerprint and error.params["fingerprint"] == chen.fingerprint


def test_an_unsigned_bundle_from_an_older_version_is_refused(tmp_path: Path, office: Site, chen: Site) -> None:
    parts = members(contact_bundle(chen))
    del parts[SIGNATURE]
    manifest = json.loads(parts[MANIFEST])
    manifest["format_version"] = 1
    manifest["installation"].pop("public_key")
    parts[MANIFEST] = json.dumps(manifest).encode()
    error = refused(office, pack(tmp_path / "old.hdbundle", parts), "没有签名")
    assert "更新" in str(error)
    refused(office, pack(tmp_path / "old.hdbundle", parts), "没有签名", trust=chen.fingerprint)


def test_a_laptop_trusts_its_first_office_and_no_other(tmp_path: Path, office: Site, chen: Site) -> None:
    with chen.store() as store:
        assert [(r["name"], r["role"], r["how"], r["fingerprint"]) for r in trusted(store)] == [
            ("办公室", "office", "first_office", office.fingerprint)
        ]
    from hdrectify.store.people import add_centre

    rogue = Site(tmp_path / "rogue", "办公室")  # another computer calling itself the office
    rogue.do(add_centre, "白盆珠镇康园中心", "白盆珠镇")
    error = refused(chen, rogue.export(whole=True), "尚未信任")
    assert error.params["fingerprint"] == rogue.fingerprint and error.params["name"] == "办公室"


def test_the_first_office_bundle_on_a_new_laptop_is_said(tmp_path: Path, office: Site) -> None:
    from hdrectify.store.ledger_edit import set_role

    site = Site(tmp_path / "new", "新笔记本")
    site.do(set_role, "member")
    with site.store() as store:
        result = import_bundle(store, office.export(whole=True))
    assert result.trusted_now == "first_office" and result.signer_role == "office"


def test_another_key_under_a_trusted_installation_id_is_flagged_and_the_way_out_works(
    tmp_path: Path, office: Site, chen: Site
) -> None:
    office.take(contact_bundle(chen))
    chen_id = identity_of(chen).installation
    # Chen's laptop set up again from nothing, under its old id (or a forger who knows the id)
    again = laptop(tmp_path, office, "陈志强的新电脑", member=CHEN)
    again.do(lambda s: s.set_setting("installation_id", chen_id))
    log(again, CHEN, CENTRE_A, "2026-03-16", "phone")
    bundle = again.export()
    error = refused(office, bundle, "签名密钥不同", trust=again.fingerprint)
    assert f"hdrectify trust remove {chen.fingerprint}" in str(error)
    with office.store() as store:
        assert [r["fingerprint"] for r in remove(store, chen.fingerprint)] == [chen.fingerprint]
    with office.store() as store:
        result = import_bundle(store, bundle, trust=again.fingerprint)
    assert result.tables["contacts"].added == 1


def test_a_copied_database_is_the_same_installation(tmp_path: Path, office: Site, chen: Site) -> None:
    copy = chen.copy(tmp_path / "copy", "陈志强的电脑")
    assert identity_of(copy) == identity_of(chen)


def test_an_older_database_gets_its_key_on_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v9.db"
    shutil.copy(FIXTURES / "schema-v9.db", path)
    with Store.open(path) as store:
        me = identity(store)
    assert len(me.fingerprint) == 29 and me.fingerprint.count("-") == 5
    with Store.open(path) as store:
        assert identity(store) == me  # made once


def test_removing_a_fingerprint_not_listed_or_not_a_fingerprint_is_refused(office: Site) -> None:
    from hdrectify.domain.errors import InputError

    with office.store() as store:
        with pytest.raises(InputError, match="不是指纹"):
            remove(store, "=cmd|' /C calc'!A0")
        with pytest.raises(InputError, match="信任列表中没有"):
            remove(store, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")


def identity_of(site: Site) -> Identity:
    with site.store() as store:
        return identity(store)
