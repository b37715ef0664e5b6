"""Encrypted bundles: a member laptop's bundle sealed to the office it trusts (exchange/sealing.py).

The office opens it and checks its signature as for any bundle; another computer, a changed byte, a
file cut short or put together again from chunks in another order is refused, with nothing written.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from hdrectify.exchange import sealing
from hdrectify.exchange.merge import import_bundle
from hdrectify.exchange.records import BundleError
from hdrectify.exchange.trust import identity, trusted
from hdrectify.store.base import Store
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site, laptop, log, remember_signer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOTE = "到岗查看：康复训练室地面湿滑，联系人电话 13800138000"


def refused(site: Site, bundle: Path, match: str) -> BundleError:
    """``bundle`` refused on ``site`` with nothing written (decryption comes before the sender is asked about)."""
    before = site.everything()
    with site.store() as store, pytest.raises(BundleError, match=match) as caught:
        import_bundle(store, bundle)
    assert site.everything() == before
    assert not list(site.folder.glob(".hdrectify-import.*"))  # no decrypted copy left beside the database
    return caught.value


def chens_bundle(chen: Site, day: str = "2026-03-02", centre: str = CENTRE_A) -> Path:
    log(chen, CHEN, centre, day, "onsite", note=NOTE)
    return chen.export()


def test_a_laptops_bundle_is_sealed_to_its_office_and_the_office_takes_it(office: Site, chen: Site) -> None:
    bundle = chens_bundle(chen)
    raw = bundle.read_bytes()
    assert raw.startswith(sealing.MAGIC) and office.fingerprint.encode() in raw[:64]
    assert not zipfile.is_zipfile(bundle)
    for secret in (NOTE, CHEN, "13800138000", "contacts"):  # a lost stick leaks nothing
        assert secret.encode("utf-8") not in raw
    with office.store() as store:
        result = import_bundle(store, bundle, trust=chen.fingerprint)
    assert result.sealed and result.tables["contacts"].added == 1 and result.signer_fingerprint == chen.fingerprint
    assert [r["note"] for r in office.rows("SELECT note FROM contacts")] == [NOTE]
    assert not list(office.folder.glob(".hdrectify-import.*"))
    logged = office.rows("SELECT file_name FROM exchange_log WHERE direction = 'import'")
    assert [r["file_name"] for r in logged] == [bundle.name]
    with office.store() as store:  # the same sealed file again: known by its own bytes
        again = import_bundle(store, bundle)
    assert again.imported_before and not again.changed


def test_the_office_learns_the_laptops_key_and_the_laptop_the_offices(office: Site, chen: Site) -> None:
    with chen.store() as store:
        offices = [r for r in store.rows("SELECT role, encryption_key FROM trusted_installations")]
        mine = identity(store).encryption_key
    assert [r["role"] for r in offices] == ["office"] and offices[0]["encryption_key"] == identity_of(office)
    office.take(chens_bundle(chen))
    assert office.rows("SELECT encryption_key FROM trusted_installations")[0]["encryption_key"] == mine


def identity_of(site: Site) -> str:
    with site.store() as store:
        return identity(store).encryption_key


def test_a_bundle_sealed_to_another_office_is_refused(tmp_path: Path, office: Site, chen: Site) -> None:
    bundle = chens_bundle(chen)
    other = Site(tmp_path / "other", "另一个办公室")
    error = refused(other, bundle, "加密发给另一台电脑")
    assert error.params == {"fingerprint": office.fingerprint, "own": other.fingerprint}
    huang = laptop(tmp_path, office, "黄伟明的电脑")
    refused(huang, bundle, "加密发给另一台电脑")


def test_a_copy_of_the_office_under_another_key_cannot_open_it(tmp_path: Path, office: Site, chen: Site) -> None:
    """A database that shows the office's fingerprint but holds another X25519 key (a wrong key)."""
    bundle = chens_bundle(chen)
    forged = office.copy(tmp_path / "forged", "办公室")
    with Site(tmp_path / "fresh", "fresh").store() as other:
        key = other.scalar("SELECT private_key FROM installation_box_key")
    with forged.store() as store, store.transaction():
        store.execute("UPDATE installation_box_key SET private_key = ?", [key])
    refused(forged, bundle, "已被改动、截断或损坏")


@pytest.mark.parametrize("where", ["header key", "recipient", "middle", "tag", "appended"])
def test_a_changed_byte_is_refused(tmp_path: Path, office: Site, chen: Site, where: str) -> None:
    bundle = chens_bundle(chen)
    raw = bytearray(bundle.read_bytes())
    at = {"header key": 50, "recipient": 20, "middle": len(raw) // 2, "tag": len(raw) - 1}
    if where == "appended":
        raw += b"\0" * 32
    else:
        raw[at[where]] ^= 0x01
    changed = tmp_path / "changed.hdbundle"
    changed.write_bytes(bytes(raw))
    refused(office, changed, "加密发给另一台电脑" if where == "recipient" else "已被改动、截断或损坏")


@pytest.mark.parametrize("keep", ["header only", "half", "all but one byte", "whole chunks", "nothing after magic"])
def test_a_truncated_file_is_refused(
    tmp_path: Path, office: Site, chen: Site, keep: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealing, "CHUNK", 256)  # many chunks in a small bundle
    bundle = chens_bundle(chen)
    raw = bundle.read_bytes()
    header = sealing._HEADER.size
    size = {
        "header only": header,
        "half": len(raw) // 2,
        "all but one byte": len(raw) - 1,
        "whole chunks": header + 3 * (256 + 16),  # cut where a chunk ends: not marked the last one
        "nothing after magic": len(sealing.MAGIC),
    }[keep]
    cut = tmp_path / "cut.hdbundle"
    cut.write_bytes(raw[:size])
    refused(office, cut, "已被改动、截断或损坏")


def test_chunks_swapped_or_dropped_are_refused(
    tmp_path: Path, office: Site, chen: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealing, "CHUNK", 256)
    bundle = chens_bundle(chen)
    raw = bundle.read_bytes()
    header, step = sealing._HEADER.size, 256 + 16
    chunks = [raw[i : i + step] for i in range(header, len(raw), step)]
    assert len(chunks) > 4
    swapped = tmp_path / "swapped.hdbundle"
    swapped.write_bytes(raw[:header] + chunks[1] + chunks[0] + b"".join(chunks[2:]))
    refused(office, swapped, "已被改动、截断或损坏")
    dropped = tmp_path / "dropped.hdbundle"
    dropped.write_bytes(raw[:header] + b"".join(chunks[:2] + chunks[3:]))
    refused(office, dropped, "已被改动、截断或损坏")
    # and the genuine file, in chunks this small, still opens
    with office.store() as store:
        assert import_bundle(store, bundle, trust=chen.fingerprint).tables["contacts"].added == 1


def test_without_encryption_the_bundle_is_a_plain_signed_zip(tmp_path: Path, office: Site, chen: Site) -> None:
    log(chen, CHEN, CENTRE_A, "2026-03-02", "onsite", note=NOTE)
    plain = chen.export(encrypt=False)
    assert zipfile.is_zipfile(plain)
    with office.store() as store:
        result = import_bundle(store, plain, trust=chen.fingerprint)
    assert not result.sealed and result.tables["contacts"].added == 1


def test_an_office_bundle_and_one_prepared_for_a_member_are_not_sealed(office: Site, chen: Site) -> None:
    from hdrectify.exchange.export import export_bundle

    office.take(chens_bundle(chen))  # the office trusts Chen and knows his key: still, it does not seal
    out = office.folder / "for-chen.hdbundle"
    with office.store() as store:
        member = store.rows("SELECT id FROM members WHERE name = ?", [CHEN])[0]["id"]
        assert export_bundle(store, out, for_member=member).sealed_to is None
    assert zipfile.is_zipfile(out)
    assert zipfile.is_zipfile(office.export(whole=True))


def test_a_laptop_that_does_not_know_the_offices_key_yet_learns_it_from_the_next_office_bundle(
    tmp_path: Path, office: Site, chen: Site
) -> None:
    with chen.store() as store, store.transaction():  # as a laptop that trusted the office before migration 0015
        store.execute("UPDATE trusted_installations SET encryption_key = NULL")
        assert sealing.office(store) == (None, "办公室")
    log(chen, CHEN, CENTRE_A, "2026-03-02")
    assert zipfile.is_zipfile(chen.export())  # nothing to seal to: plain, and the command line says so
    from hdrectify.store.people import add_centre

    office.do(add_centre, "白盆珠镇康园中心", "白盆珠镇")
    chen.take(office.export())
    with chen.store() as store:
        found, keyless = sealing.office(store)
    assert found is not None and keyless is None and found.fingerprint == office.fingerprint
    assert sealing.is_sealed(chens_bundle(chen, "2026-03-09"))


def test_an_office_from_before_encryption_gets_a_key_on_the_upgrade_and_opens_sealed_bundles(
    tmp_path: Path,
) -> None:
    """The office's database of schema 12 (signing keys, no X25519 key) upgraded by migration 0015."""
    folder = tmp_path / "old-office"
    folder.mkdir()
    shutil.copy(FIXTURES / "schema-v12.db", folder / "hd.db")
    with Store.open(folder / "hd.db", create=False) as store:
        key = store.scalar("SELECT public_key FROM installation_box_key")
        assert len(key) == 32
        assert store.rows("SELECT encryption_key FROM trusted_installations") == []
        remember_signer(store)
    old = object.__new__(Site)
    old.name, old.folder, old.path = "办公室", folder, folder / "hd.db"
    with old.store() as store:  # made once
        assert store.scalar("SELECT public_key FROM installation_box_key") == key
    chen = laptop(tmp_path, old, "陈志强的电脑", member=CHEN)
    bundle = chens_bundle(chen, "2024-03-11", "安墩镇康园中心")
    assert sealing.is_sealed(bundle)
    result = old.take(bundle)
    assert result.sealed and result.tables["contacts"].added == 1
    with old.store() as store:
        assert [r["role"] for r in trusted(store)] == ["member"]
