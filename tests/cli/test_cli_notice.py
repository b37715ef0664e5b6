"""``hdrectify notice``: the 督办提醒单 of a unit, a member or all, read back from the PDF with pypdf."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Store
from hdrectify.store.notice import set_thresholds
from tests.cli.cli_helpers import ok
from tests.cli.conftest import MEMBER_A, Runner

AS_OF = "2024-03-31"
OFFICE, REHAB = "县残联办公室", "=康复部"  # a unit whose name starts with "=" is text like any other


def pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def chase_setup(run: Runner, db: Path) -> None:
    """New measures (the notice's own are all closed): 3.4 (30 days overdue on AS_OF) and 3.5 (11 days) of
    the office, 3.6 (due in 5 days) of the rehabilitation department, 5.6 of 陈志强 (59 days overdue), 3.7
    closed; 陈志强 has logged nothing."""
    for problem, option, who, deadline in (
        (3, "--unit", OFFICE, "2024-03-01"),
        (3, "--unit", OFFICE, "2024-03-20"),
        (3, "--unit", REHAB, "2024-04-05"),
        (3, "--unit", OFFICE, "2024-01-05"),
        (5, "--owner", MEMBER_A, "2024-02-01"),
    ):
        text = f"落实整改（{who}，{deadline}前）"
        ok(run("--db", db, "measure", "add", "--problem", problem, "--text", text, option, who, "--deadline", deadline))
    ok(run("--db", db, "measure", "close", "3.7", "--date", "2024-01-04", "--reason", "已完成，见会议纪要"))


def test_a_units_notice_lists_its_items_with_levels_days_and_reply_by(tmp_path: Path, run: Runner, db: Path) -> None:
    chase_setup(run, db)
    out = tmp_path / "办公室.pdf"
    said = ok(run("--db", db, "notice", "--unit", OFFICE, "--as-of", AS_OF, "-o", out))
    assert "1 份" in said and out.exists()
    (text,) = pages(out)
    assert "整改督办提醒单" in text and f"{OFFICE}：" in text
    assert "【告诫】" in text  # its most overdue item is 30 days late: the 告诫 threshold
    assert "逾期 30 天" in text and "2024年3月1日" in text
    assert "逾期 11 天" in text and "提醒" in text
    assert "2024年1月5日" not in text  # the closed measure is not chased
    assert "还剩" not in text  # the 康复部's measure is not the office's
    assert "请于2024年4月5日前" in text  # five days to reply, by default
    for line in ("督办人（签字）", "签收人（签字）", "签收日期", "责任单位负责人（签字）"):
        assert line in text


def test_thresholds_are_settings_and_move_the_levels(tmp_path: Path, run: Runner, db: Path) -> None:
    chase_setup(run, db)
    with Store.open(db) as store, store.transaction():
        set_thresholds(store, 1, 10, 60, 7)
    out = tmp_path / "n.pdf"
    ok(run("--db", db, "notice", "--unit", OFFICE, "--as-of", AS_OF, "-o", out))
    (text,) = pages(out)
    assert "【督办】" in text and "告诫" not in text
    assert "请于2024年4月7日前" in text


def test_a_members_notice_has_his_measures_and_missed_obligations(tmp_path: Path, run: Runner, db: Path) -> None:
    chase_setup(run, db)
    out = tmp_path / "m.pdf"
    ok(run("--db", db, "notice", "--member", MEMBER_A, "--as-of", AS_OF, "-o", out))
    text = "".join(pages(out))
    assert f"{MEMBER_A}同志：" in text and "【告诫】" in text
    assert "逾期 59 天" in text and "问题5" in text
    # nothing logged: the weeks missed lately (as `due` lists them), each with its own level
    assert "每周联系 2024年第9周（平山街道康园中心）2024年3月3日逾期 28 天督办" in text.replace("\n", "")
    assert "每周联系 2024年第12周（平山街道康园中心）2024年3月24日逾期 7 天提醒" in text.replace("\n", "")
    assert "本人（签字）" in text


def test_all_gives_a_page_per_unit_and_member(tmp_path: Path, run: Runner, db: Path) -> None:
    chase_setup(run, db)
    out = tmp_path / "all.pdf"
    said = ok(run("--db", db, "notice", "--all", "--as-of", AS_OF, "-o", out))
    assert "3 份" in said
    heads = [p.split("：")[0] for p in pages(out)]
    assert [any(h.endswith(who) or who in h for h in heads) for who in (OFFICE, REHAB, MEMBER_A)] == [True] * 3
    rehab = next(p for p in pages(out) if f"{REHAB}：" in p)
    assert "还剩 5 天" in rehab and "【提醒】" in rehab


def test_nothing_to_chase_writes_no_file(tmp_path: Path, run: Runner, db: Path, refused: Callable[..., str]) -> None:
    chase_setup(run, db)
    out = tmp_path / "none.pdf"
    assert "无需督办" in refused(db, "notice", "--all", "--as-of", "2023-06-01", "-o", out)
    assert "无需督办" in refused(db, "notice", "--unit", OFFICE, "--as-of", "2023-06-01", "-o", out)
    assert not out.exists()


def test_careless_and_hostile_requests_are_refused(
    tmp_path: Path, run: Runner, db: Path, refused: Callable[..., str]
) -> None:
    chase_setup(run, db)
    assert "数据库文件本身" in refused(db, "notice", "--all", "--as-of", AS_OF, "-o", db)
    assert "没有责任单位" in refused(
        db, "notice", "--unit", "县残联办公室\u200b", "--as-of", AS_OF, "-o", tmp_path / "x.pdf"
    )
    assert "只选一项" in refused(db, "notice", "--unit", OFFICE, "--all", "-o", tmp_path / "x.pdf")
    assert "只选一项" in refused(db, "notice", "-o", tmp_path / "x.pdf")
    assert ".pdf" in refused(db, "notice", "--all", "--as-of", AS_OF, "-o", tmp_path / "x.xlsx")
    with Store.open(db) as store, pytest.raises(InputError) as refusal, store.transaction():
        set_thresholds(store, 20, 10, 5, 5)
    assert refusal.value.code == "notice.levels_order"
    with Store.open(db) as store:
        assert store.setting("notice_urge_days") == 15  # unchanged
    assert not (tmp_path / "x.pdf").exists()


def test_a_20000_character_measure_runs_over_pages(tmp_path: Path, run: Runner, db: Path) -> None:
    long = "加强康园中心台账管理，" * 2000
    ok(run("--db", db, "measure", "add", "--problem", 3, "--text", long, "--unit", OFFICE, "--deadline", "2024-02-01"))
    out = tmp_path / "long.pdf"
    ok(run("--db", db, "notice", "--unit", OFFICE, "--as-of", AS_OF, "-o", out))
    found = pages(out)
    # each page without its footer's two lines, each next page without the table's repeated header
    text = "".join("".join(p.strip().split("\n")[:-2]) for p in found).replace("序号事项时限逾期等级", "")
    assert len(found) > 1 and text.count("加强康园中心台账管理") == 2000  # nothing of it lost
    assert "签收人（签字）" in text


def test_all_says_which_measures_no_notice_reaches(tmp_path: Path, run: Runner, db: Path) -> None:
    """A measure overdue with no 责任单位 and a 责任人 who is not a member goes in no one's notice: --all
    makes the others and says on stderr which ones it left out and what to do, rather than dropping them
    silently."""
    chase_setup(run, db)
    for text, extra in (("无人负责的措施", ()), ("外单位人员负责的措施", ("--owner", "李四"))):
        ok(run("--db", db, "measure", "add", "--problem", 4, "--text", text, "--deadline", "2024-02-01", *extra))
    out = tmp_path / "全部.pdf"
    code, said, err = run("--db", db, "notice", "--all", "--as-of", AS_OF, "-o", out)
    assert code == 0 and "份" in said and out.exists()
    assert "无人负责的措施" not in "".join(pages(out))
    assert err.startswith("注意：2 项待督办的整改措施") and err.count("\n") == 1
    assert "无人负责的措施" in err and "外单位人员负责的措施" in err and "责任单位" in err
    # a unit's or a member's own notice says nothing of them
    code, _, err = run("--db", db, "notice", "--unit", OFFICE, "--as-of", AS_OF, "-o", tmp_path / "u.pdf")
    assert (code, err) == (0, "")
