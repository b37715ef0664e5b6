"""Who has sent what (交换状态): ``hdrectify senders`` after member laptops' bundles reach the office."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hdrectify.exchange.bundle import MANIFEST
from hdrectify.store.people import add_member
from tests.cli_runner import run_in_process
from tests.exchange.exchange_helpers import CENTRE_A, CENTRE_B, CHEN, HUANG, Site, log, member_laptop, members

LI = "李明"


def rows_in(bundle: Path) -> int:
    return sum(json.loads(members(bundle)[MANIFEST])["counts"].values())


def senders_json(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str | None, dict[str, object]]:
    code, out, err = run_in_process(capsys, "--db", db, "senders", "--json")
    assert code == 0, err
    return {line["member"]: line for line in json.loads(out)}


def test_senders_after_member_bundles_and_a_member_who_never_sent(
    tmp_path: Path, office: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    office.do(lambda s: add_member(s, LI))
    chen = member_laptop(tmp_path, office, CHEN, "陈志强的电脑")
    huang = member_laptop(tmp_path, office, HUANG, "黄伟明的电脑")
    assert chen.rows("SELECT value FROM settings WHERE key = 'me_member_id'")  # it knows whose laptop it is

    log(huang, HUANG, CENTRE_B, "2026-02-10")
    office.take(huang.export())
    log(chen, CHEN, CENTRE_A, "2026-03-20")
    log(chen, CHEN, CENTRE_A, "2026-03-31")
    office.take(chen.export())

    # the office sends its news; only Chen's laptop takes it before sending again
    log(office, HUANG, CENTRE_B, "2026-03-03", note="办公室补录")
    chen.take(office.export())
    log(chen, CHEN, CENTRE_A, "2026-04-02")
    last = chen.export()
    office.take(last)

    found = senders_json(capsys, office.path)
    today = dt.date.today().isoformat()
    assert set(found) == {CHEN, HUANG, LI}
    assert found[CHEN]["computer"] == "陈志强的电脑"
    assert found[CHEN]["last_bundle"] == today
    assert found[CHEN]["records_through"] == "2026-04-02"
    assert found[CHEN]["rows"] == rows_in(last)
    assert found[CHEN]["acknowledged"] is True
    assert found[HUANG]["records_through"] == "2026-02-10"  # the office's own 3 March record is not his laptop's
    assert found[HUANG]["acknowledged"] is False
    assert found[LI] == {
        "member": LI,
        "computer": None,
        "last_bundle": None,
        "records_through": None,
        "rows": 0,
        "received_on": None,
        "office_sent": today,
        "acknowledged": False,
    }

    text = run_in_process(capsys, "--db", office.path, "senders")[1]
    assert "从未提交" in text and "尚未接收" in text and "2026年4月2日" in text


def test_a_hostile_sender_block_is_dropped_not_trusted() -> None:
    from hdrectify.exchange.senders import read_facts

    hostile = {"member": {"id": "../x", "name": "=cmd"}, "received": {"a": "not a stamp"}}
    facts = read_facts({"role": "member", "sender": hostile | {"received_bundles": {"a": "../../etc"}}})
    assert facts == {"role": "member", "member": None, "received": {}, "received_bundles": {}}
    assert read_facts({"role": "member", "sender": ["x"] * 5})["member"] is None


def test_a_quarterly_summary_warns_of_members_who_have_not_sent_and_says_how_far_data_runs(
    tmp_path: Path, office: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    from tests.printing.printing_helpers import pdf_text, squash

    chen = member_laptop(tmp_path, office, CHEN, "陈志强的电脑")
    member_laptop(tmp_path, office, HUANG, "黄伟明的电脑")  # set up, but it never sends
    log(chen, CHEN, CENTRE_A, "2026-09-28", "onsite")
    office.take(chen.export())  # made today, after the third quarter ended

    pdf, xlsx = tmp_path / "q3.pdf", tmp_path / "q3.xlsx"
    for out in (pdf, xlsx):
        code, _out, err = run_in_process(capsys, "--db", office.path, "summary", "--quarter", "2026-Q3", "-o", out)
        assert code == 0 and out.exists(), err  # a warning, not a refusal
        assert err.strip() == f"注意：1 名党员自本季度结束后尚未提交交换包：{HUANG}（汇总中注明了各党员的数据截至日期）"
    line = f"各党员数据截至：{CHEN} 2026年9月28日；{HUANG} 尚未提交交换包"
    assert squash(line) in squash(pdf_text(pdf))
    book = openpyxl.load_workbook(xlsx)
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
    assert line in cells  # the printable 汇总 sheet
    assert line.removeprefix("各党员数据截至：") in cells  # the 统计 sheet's notes, beside 数据截至
    assert "数据截至" in cells

    # a year's summary is not warned about; a quarter everyone has sent after is not either
    code, _, err = run_in_process(capsys, "--db", office.path, "summary", "--year", "2026", "-o", tmp_path / "y.pdf")
    assert (code, err) == (0, "")


def test_no_warning_where_no_member_computer_sends(
    tmp_path: Path, office: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.printing.printing_helpers import pdf_text

    log(office, CHEN, CENTRE_A, "2026-09-28", "onsite")
    out = tmp_path / "q3.pdf"
    code, _, err = run_in_process(capsys, "--db", office.path, "summary", "--quarter", "2026-Q3", "-o", out)
    assert (code, err) == (0, "")
    assert "数据截至：" not in pdf_text(out).replace("统计截至", "")


def test_acknowledged_knows_the_bundle_when_bundles_share_their_second(
    tmp_path: Path, office: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stamps are to the second: on a fast machine the office's setup bundle and its next one share it.
    The laptop has taken the newest office bundle only if it took that very bundle (known by its id)."""
    from hdrectify.exchange import export

    monkeypatch.setattr(export, "now_stamp", lambda: "2026-04-01T09:00:00+08:00")  # every bundle in one second
    huang = member_laptop(tmp_path, office, HUANG, "黄伟明的电脑")
    log(huang, HUANG, CENTRE_B, "2026-02-10")
    office.take(huang.export())
    log(office, HUANG, CENTRE_B, "2026-03-03", note="办公室补录")
    news = office.export()  # the same second as the bundle that set the laptop up
    office.take(huang.export(whole=True))
    assert senders_json(capsys, office.path)[HUANG]["acknowledged"] is False  # it has not taken the news
    huang.take(news)
    log(huang, HUANG, CENTRE_B, "2026-03-10")
    office.take(huang.export())
    assert senders_json(capsys, office.path)[HUANG]["acknowledged"] is True
