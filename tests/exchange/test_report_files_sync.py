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
from hdrectify.store.report_files import record_report_file, remove_report_file, report_files
from hdrectify.store.verify import verify
from tests.exchange.exchange_helpers import CENTRE_A, CENTRE_B, CHEN, HUANG, Site
from tests.exchange.test_forged_bundles import reasons, refused

FINAL = b"PK\x03\x04 the member's edited report, as Word saved it"
Q1 = Period(Kind.QUARTER, 2026, 1)


def submit(site: Site, source: Path, member: str = CHEN, centre: str = CENTRE_A) -> dict[str, Any]:
    """``hdrectify report 陈志强 平山… --quarter 2026-Q1 --date 2026-04-08 --file source``, through the store."""
    with site.store() as store:
        staged = stage_evidence(store.path, source)
        with store.transaction():
            report = add_report(store, find_member(store, member), find_centre(store, centre), Q1, dt.date(2026, 4, 8))
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


# -- a file attached by mistake, removed with a reason ------------------------------------------------


def _file(folder: Path, name: str = "汇报（错附）.docx", content: bytes = FINAL) -> Path:
    source = folder / name
    source.write_bytes(content)
    return source


def test_a_member_s_removal_reaches_the_office_and_the_file_is_kept(tmp_path: Path, office: Site, chen: Site) -> None:
    sent = submit(chen, _file(tmp_path))
    office.take(chen.export())
    chen.do(remove_report_file, sent["id"], "  附错了文件，应为定稿  ")
    (kept,) = chen.rows("SELECT deleted_at, delete_reason FROM report_files WHERE id = ?", [sent["id"]])
    assert kept["deleted_at"] and kept["delete_reason"] == "附错了文件，应为定稿"
    office.take(chen.export())
    with office.store() as store:
        assert report_files(store, sent["report_id"]) == []
        (row,) = store.rows("SELECT * FROM report_files WHERE id = ?", [sent["id"]])
        assert row["deleted_at"] and row["delete_reason"] == "附错了文件，应为定稿"
        assert stored_path(store, row["sha256"]).read_bytes() == FINAL  # the file stays for the record
        assert store.rows("SELECT 1 FROM audit_log WHERE table_name = 'report_files' AND row_id = ?", [sent["id"]])
    # and the same content may be attached again afterwards (a removed file is no duplicate)
    with chen.store() as store:
        staged = stage_evidence(store.path, _file(tmp_path))
        with store.transaction():
            assert record_report_file(store, sent["report_id"], staged) is not None


def test_the_office_may_remove_any_member_s_file_and_the_laptop_hears_of_it(
    tmp_path: Path, office: Site, chen: Site
) -> None:
    sent = submit(chen, _file(tmp_path))
    office.take(chen.export())
    office.do(remove_report_file, sent["id"], "内容与本季度无关")
    chen.take(office.export())
    (row,) = chen.rows("SELECT deleted_at, delete_reason FROM report_files WHERE id = ?", [sent["id"]])
    assert row["deleted_at"] and row["delete_reason"] == "内容与本季度无关"


def test_a_laptop_may_not_remove_another_member_s_report_file(
    tmp_path: Path, office: Site, chen: Site, huang: Site
) -> None:
    submit(chen, _file(tmp_path))
    office.take(chen.export())  # the office knows and trusts Chen's laptop
    huangs = submit(huang, _file(tmp_path, "黄的汇报.docx"), HUANG, CENTRE_B)
    office.take(huang.export())
    chen.take(office.export(whole=True))
    before = chen.everything()
    with chen.store() as store, store.transaction(), pytest.raises(InputError) as caught:
        remove_report_file(store, huangs["id"], "不是我的")
    assert caught.value.code == "report_files.not_own" and HUANG in str(caught.value)
    assert chen.everything() == before
    # a tampered laptop that writes the removal itself: the office refuses its bundle, row by row
    chen.do(lambda s: s.soft_delete("report_files", huangs["id"], "不是我的"))
    assert reasons(refused(office, chen.export())) == [("report_files", "roles.not_own_member")]


def test_a_member_laptop_that_has_not_said_whose_it_is_may_not_remove(tmp_path: Path, office: Site, chen: Site) -> None:
    sent = submit(chen, _file(tmp_path))
    chen.do(lambda s: s.set_setting("me_member_id", None))
    with chen.store() as store, pytest.raises(InputError) as caught:
        remove_report_file(store, sent["id"], "附错了")
    assert caught.value.code == "report_files.me_not_set"
    assert chen.rows("SELECT deleted_at FROM report_files") == [{"deleted_at": None}]


@pytest.mark.parametrize(("reason", "code"), [("   ", "remove_needs_reason"), ("附错了", "gone")])
def test_no_reason_or_a_file_already_removed_is_refused(tmp_path: Path, chen: Site, reason: str, code: str) -> None:
    sent = submit(chen, _file(tmp_path))
    if code == "gone":
        chen.do(remove_report_file, sent["id"], "第一次移除")
    before = chen.everything()
    with chen.store() as store, pytest.raises(InputError) as caught:
        remove_report_file(store, sent["id"], reason)
    assert caught.value.code == f"report_files.{code}" and str(caught.value)
    assert chen.everything() == before
