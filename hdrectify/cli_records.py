"""The command line's records of the pairings' duties: a contact or visit (``log``), a quarter's report
(``report``), a year's review (``review``, and its printed 考评表 ``review-sheet``) and exemptions (``exempt``).

Each writes in one transaction through ``cli_base.writing``; ``cli.py`` adds these commands to its group
(this module does not import it). No Qt.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from hdrectify.cli_base import FORCE_HELP, METHODS, OBLIGATION_NAMES
from hdrectify.cli_base import open_store as _store
from hdrectify.cli_base import writing as _writing
from hdrectify.domain.cadence import Obligation
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period, parse_date
from hdrectify.textfmt import safe

if TYPE_CHECKING:
    from hdrectify.store.base import Row, Store


@click.command()
@click.argument("member_name", metavar="MEMBER")
@click.argument("centre_name", metavar="CENTRE")
@click.option("--date", "day", required=True, metavar="DATE", help="联系日期 YYYY-MM-DD。")
@click.option(
    "--method",
    required=True,
    metavar="|".join(METHODS),
    help="方式：phone 电话、wechat 微信、onsite 到岗、meeting 会议、other 其他。",
)
@click.option("--note", default="", help="情况记录。")
@click.option("--problems", default="", help="发现的问题，每行一个：每行都记入整改台账（来源：走访）。")
@click.pass_context
def log(
    ctx: click.Context, member_name: str, centre_name: str, day: str, method: str, note: str, problems: str
) -> None:
    """登记一次联系（到岗即现场到中心，同时算作当周联系）。"""
    from hdrectify.domain.cadence import Method, is_backfilled
    from hdrectify.store.ledger import add_visit_problems
    from hdrectify.store.ledger_edit import problem_label
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.records import log_contact

    date = parse_date(day)
    lines = "\n".join(line.strip() for line in problems.splitlines() if line.strip())
    with _writing(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        contact = log_contact(store, m, c, date, method, note, lines)
        found = add_visit_problems(store, lines, contact, c["id"], person=m["name"])
        late = is_backfilled(date, dt.date.today(), store.cadence_settings())
    mark = "（补录）" if late else ""
    click.echo(f"已登记{Method(method).label_zh}联系：{safe(m['name'])} — {safe(c['name'])}，{date}{mark}")
    for row in found:
        click.echo(f"已记入整改台账：{problem_label(row['no'])} {safe(row['title'])}")


@click.command()
@click.argument("member_name", metavar="MEMBER")
@click.argument("centre_name", metavar="CENTRE")
@click.option("--quarter", required=True, help="季度，例如 2024-Q1。")
@click.option("--date", "day", metavar="DATE", help="提交日期 YYYY-MM-DD（--resubmit 时不写：提交日期不变）。")
@click.option("--note", default="", help="汇报内容摘要。")
@click.option("--file", "file", metavar="FILE", help="提交的汇报文件（如定稿的 DOCX），作为佐证存档。")
@click.option(
    "--resubmit",
    is_flag=True,
    help="重新提交被办公室退回的汇报：用 --note 写修改后的内容；原内容和退回意见保留在记录中。",
)
@click.pass_context
def report(
    ctx: click.Context,
    member_name: str,
    centre_name: str,
    quarter: str,
    day: str | None,
    note: str,
    file: str | None,
    resubmit: bool,
) -> None:
    """登记季度汇报；--resubmit 重新提交被退回的汇报。"""
    from hdrectify.domain.cadence import Obligation, deadline
    from hdrectify.store.evidence import stage_evidence
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.records import add_report
    from hdrectify.store.report_files import record_report_file

    q = Period.parse(quarter, Kind.QUARTER)
    if resubmit:
        _resubmit_report(ctx, member_name, centre_name, q, note, day is not None or file is not None)
        return
    if day is None:  # required unless --resubmit: said as click says a missing option
        raise click.MissingParameter(ctx=ctx, param=next(p for p in ctx.command.params if p.name == "day"))
    date = parse_date(day)
    with _writing(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        try:
            row = add_report(store, m, c, q, date, note)
        except InputError as e:
            if e.code == "records.already_filed" and _was_returned(store, m, c, q):
                raise InputError("cli.report_returned", "period", period=q) from e
            raise
        if file is not None:  # the command line waits anyway: copied inside the write, as measure attach does
            record_report_file(store, row["id"], stage_evidence(store.path, file))
        due = deadline(Obligation.REPORT, q, store.cadence_settings())
    click.echo(
        f"已登记{q.label_zh()}汇报：{safe(m['name'])} — {safe(c['name'])}，{date}"
        f"{'' if date <= due else f'（逾期，截止 {due}）'}"
    )


def _was_returned(store: Store, member: Row, centre: Row, quarter: Period) -> bool:
    """Whether the report already filed for ``quarter`` stands returned (退回) by the office."""
    from hdrectify.store.feedback import RETURNED, find_submission, submission

    table, row = find_submission(store, member, centre, quarter)
    found = submission(store, table, row["id"])
    return found is not None and found.state == RETURNED


def _resubmit_report(
    ctx: click.Context, member_name: str, centre_name: str, quarter: Period, note: str, dated: bool
) -> None:
    """``report … --resubmit --note TEXT``: the window's 重新提交 (store/feedback.resubmit): the new text
    replaces the returned one, whose text and comment stay in the office's mark; the date does not move."""
    from hdrectify.store.feedback import find_submission, resubmit
    from hdrectify.store.people import find_centre, find_member

    if dated:
        raise InputError("cli.resubmit_keeps_date")
    with _writing(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        table, row = find_submission(store, m, c, quarter)
        resubmit(store, table, row["id"], note)
    click.echo(
        f"已重新提交{quarter.label_zh()}汇报：{safe(m['name'])} — {safe(c['name'])}"
        f"（提交日期 {row['submitted_on']} 不变）"
    )


@click.command()
@click.argument("member_name", metavar="MEMBER")
@click.argument("centre_name", metavar="CENTRE")
@click.option("--year", required=True, help="年份，例如 2024。")
@click.option("--date", "day", required=True, metavar="DATE", help="考评日期 YYYY-MM-DD。")
@click.option("--score", default=None, metavar="N", help="考评总分 0–100（或用 --item 逐项打分）。")
@click.option(
    "--item",
    "items",
    multiple=True,
    metavar="NAME=POINTS",
    help="逐项打分，例如 --item 组织管理=18（可重复，每项都要打分；总分为各项之和）。",
)
@click.option("--note", default="", help="考评意见。")
@click.option("--criteria", default="", help="各项考评标准的说明。")
@click.pass_context
def review(
    ctx: click.Context,
    member_name: str,
    centre_name: str,
    year: str,
    day: str,
    score: str | None,
    items: tuple[str, ...],
    note: str,
    criteria: str,
) -> None:
    """登记年度考评（总分 0–100，或按考评细则逐项打分）。"""
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.rubric import review_from_args

    y, date = Period.parse(year, Kind.YEAR), parse_date(day)
    with _writing(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        row = review_from_args(store, m, c, y, date, score, items, note, criteria)
    click.echo(f"已登记{y.label_zh()}考评：{safe(m['name'])} — {safe(c['name'])}，{row['score']} 分")


@click.command("review-sheet")
@click.argument("member_name", metavar="MEMBER")
@click.argument("centre_name", metavar="CENTRE")
@click.option("--year", required=True, help="年份，例如 2024。")
@click.option("-o", "output", required=True, metavar="FILE.pdf", help="保存为 PDF 文件。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def review_sheet(ctx: click.Context, member_name: str, centre_name: str, year: str, output: str, force: bool) -> None:
    """打印年度考评表（A4 PDF）：考评项目、满分、评分要点、得分（已打分的填好）、签字栏。"""
    from hdrectify.documents import make_review_sheet
    from hdrectify.store.people import find_centre, find_member

    y = Period.parse(year, Kind.YEAR)
    with _store(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        pages = make_review_sheet(store, m, c, y, Path(output), force=force)
    click.echo(f"已生成{y.label_zh()}考评表：{safe(output)}（{pages} 页）")


@click.command()
@click.argument("names", nargs=-1, metavar="[MEMBER CENTRE]")
@click.option("--all", "everyone", is_flag=True, help="适用于所有挂钩。")
@click.option(
    "--obligation",
    required=True,
    metavar="|".join(OBLIGATION_NAMES),
    help="免除哪项义务：contact 每周联系、visit 每月到岗、report 季度汇报、review 年度考评。",
)
@click.option("--from", "start", required=True, metavar="DATE", help="开始日期 YYYY-MM-DD。")
@click.option("--to", "end", required=True, metavar="DATE", help="结束日期（含当天）。")
@click.option("--reason", required=True, help="原因（必填），例如 春节放假。")
@click.pass_context
def exempt(
    ctx: click.Context, names: tuple[str, ...], everyone: bool, obligation: str, start: str, end: str, reason: str
) -> None:
    """登记免除（免）：期间完全落在范围内的义务记为“免”。"""
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.records import add_exemptions

    if everyone == bool(names) or (names and len(names) != 2):
        raise InputError("cli.exempt_who")
    s, e = parse_date(start), parse_date(end)
    with _writing(ctx) as store:
        m = c = None
        if names:
            m, c = find_member(store, names[0]), find_centre(store, names[1])
        rows = add_exemptions(store, m, c, obligation, s, e, reason)
    who = "所有挂钩" if m is None or c is None else f"{safe(m['name'])} — {safe(c['name'])}"
    click.echo(f"已登记免除：{who}，{Obligation(obligation).label_zh}，{s} 至 {e}（{len(rows)} 条）")
