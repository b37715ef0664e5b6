"""A merge keeps the database's rules: pairings and contacts, evidence, versions and the audit chain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.conflicts import resolve
from hdrectify.exchange.result import MergeRefused
from hdrectify.store.base import Store
from hdrectify.store.verify import verify
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    Site,
    attach,
    edit,
    laptop,
    log,
    members,
    pack,
)


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


def test_overlapping_pairings_after_a_merge_are_refused_row_by_row(tmp_path: Path, office: Site) -> None:
    from hdrectify.store.people import add_pairing, end_pairing, find_centre, find_member

    chen = laptop(tmp_path, office, "陈", role="office")  # pairings changed: a computer with the office's rights

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

    chen = laptop(tmp_path, office, "陈", role="office")  # a centre changed: office rights (exchange/roles.py)
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
    from hdrectify.store.ledger import close_measure, reopen_measure

    first = chen.rows("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")[0]["id"]  # closed in the seed
    office.do(lambda s: reopen_measure(s, first, dt.date(2026, 10, 1), "补充整改报告"))  # only the office reopens
    chen.take(office.export())
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
