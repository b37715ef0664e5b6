"""The file a quarterly report was submitted as travels with the report and is checked by ``verify``."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path
from typing import Any

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.paths import evidence_dir
from hdrectify.store.evidence import stage_evidence, stored_path
from hdrectify.store.people import find_centre, find_member
from hdrectify.store.records import add_report
from hdrectify.store.report_files import record_report_file, report_files
from hdrectify.store.verify import verify
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site

FINAL = b"PK\x03\x04 the member's edited report, as Word saved it"
Q1 = Period(Kind.QUARTER, 2026, 1)


def submit(site: Site, source: Path) -> dict[str, Any]:
    """``hdrectify report 陈志强 平山… --quarter 2026-Q1 --date 2026-04-08 --file source``, through the store."""
    with site.store() as store:
        staged = stage_evidence(store.path, source)
        with store.transaction():
            report = add_report(store, find_member(store, CHEN), find_centre(store, CENTRE_A), Q1, dt.date(2026, 4, 8))
            row = record_report_file(store, report["id"], staged)
    assert row is not None
    return row


def test_a_submitted_report_file_reaches_the_office_and_verifies(tmp_path: Path, office: Site, chen: Site) -> None:
    source = tmp_path / "2026年第1季度汇报（定稿）.docx"
    source.write_bytes(FINAL)
    sent = submit(chen, source)
    result = office.take(chen.export())
    assert result.evidence_stored == 1
    with office.store() as store:
        report_id = store.scalar("SELECT id FROM reports WHERE quarter = '2026-Q1'")
        (got,) = report_files(store, str(report_id))
        assert (got["id"], got["file_name"], got["sha256"]) == (sent["id"], source.name, sent["sha256"])
        assert stored_path(store, got["sha256"]).read_bytes() == FINAL
        checked = verify(store)
        assert checked.evidence_missing == [] and checked.evidence_altered == []
        # altered afterwards: verify names it as the report's file
        kept = stored_path(store, got["sha256"])
        kept.chmod(stat.S_IRUSR | stat.S_IWUSR)
        kept.write_bytes(FINAL + b"edited")
        altered = verify(store).evidence_altered
    assert len(altered) == 1 and altered[0].code == "audit.report_file_finding"
    assert str(altered[0]).startswith("汇报文件：") and source.name in str(altered[0])


def test_a_bundle_for_another_member_leaves_the_report_file_out(tmp_path: Path, office: Site, chen: Site) -> None:
    from hdrectify.exchange.export import export_bundle

    source = tmp_path / "汇报.docx"
    source.write_bytes(FINAL)
    submit(chen, source)
    office.take(chen.export())
    with office.store() as store:
        huang = find_member(store, "黄伟明")["id"]
        chen_id = find_member(store, CHEN)["id"]
        for_huang = export_bundle(store, tmp_path / "huang.hdbundle", for_member=str(huang))
        for_chen = export_bundle(store, tmp_path / "chen.hdbundle", for_member=str(chen_id))
    assert "report_files" not in for_huang.counts
    assert for_chen.counts["report_files"] == 1


def test_the_same_file_twice_is_kept_once(tmp_path: Path, chen: Site) -> None:
    source = tmp_path / "汇报.docx"
    source.write_bytes(FINAL)
    row = submit(chen, source)
    with chen.store() as store:
        staged = stage_evidence(store.path, source)
        with store.transaction():
            assert record_report_file(store, row["report_id"], staged) is None
        assert len(report_files(store, row["report_id"])) == 1


@pytest.mark.parametrize("case", ["missing", "folder", "empty", "too big"])
def test_a_bad_file_is_refused_with_a_message_and_nothing_is_written(
    tmp_path: Path, chen: Site, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "汇报.docx"
    if case == "folder":
        source.mkdir()
    elif case == "empty":
        source.write_bytes(b"")
    elif case == "too big":
        monkeypatch.setattr("hdrectify.store.evidence.MAX_EVIDENCE_BYTES", len(FINAL) - 1)
        source.write_bytes(FINAL)
    before = chen.everything()
    with pytest.raises(InputError) as caught:
        submit(chen, source)
    code = {"missing": "no_such_file", "folder": "not_a_file", "empty": "empty_file", "too big": "too_big"}[case]
    assert caught.value.code == f"evidence.{code}" and str(caught.value)
    assert chen.everything() == before


def test_a_report_removed_meanwhile_is_said(tmp_path: Path, chen: Site) -> None:
    source = tmp_path / "汇报.docx"
    source.write_bytes(FINAL)
    with chen.store() as store:
        staged = stage_evidence(store.path, source)
        with store.transaction(), pytest.raises(InputError) as caught:
            record_report_file(store, "no-such-report", staged)
    assert caught.value.code == "reports.gone"
    assert not list(evidence_dir(chen.path).rglob(".incoming-*"))  # the staged copy was removed
    assert chen.rows("SELECT * FROM report_files") == []
