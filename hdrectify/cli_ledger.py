"""The command line's ledger commands (``cli`` adds them): inspections, areas, problems and measures.

SPEC's forms: ``problem add|edit``, ``measure add|progress|attach|close|reopen|extend``, and the office's
``area add|edit|remove`` and ``inspection add``. A problem is named by its number (or, while
it is 待编号, by its id); a measure by ``N.M``, problem N's M-th measure. Each command is one
transaction; bad input is one line on stderr and the database is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from hdrectify.cli_base import writing as _writing
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import parse_date
from hdrectify.store.ledger_edit import PENDING_LABEL, problem_label
from hdrectify.textfmt import safe

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def _records_flag() -> Iterator[None]:
    """The core asks that the records go too: on the command line that is said as the flag that does it."""
    try:
        yield
    except InputError as e:
        if e.field == "with_records":
            raise InputError("cli.with_records", None, refusal=e) from e
        raise


def _measure_label(problem_no: int | None, measure_no: int) -> str:
    return f"措施 {problem_no}.{measure_no}" if problem_no is not None else f"{PENDING_LABEL}问题的措施 {measure_no}"


# the shapes the commands share: how an area or problem (N) and a measure (N.M) are named, the reason
# a removal needs, --with-records, and the 责任 a measure carries (measure add and measure set)
_NUMBERED = click.argument("ref", metavar="N")
_MEASURE = click.argument("ref", metavar="N.M")
_REMOVAL_REASON = click.option("--reason", required=True, help="删除原因（必填）。")


def _with_records(what: str) -> Callable[[F], F]:
    return click.option("--with-records", "with_records", is_flag=True, help=f"同时删除{what}。")


def _responsibility(blank: str | None) -> Callable[[F], F]:
    """--leader, --unit, --owner and --deadline, each ``blank`` when not given."""
    options = (
        click.option("--leader", default=blank, metavar="NAME", help="责任领导。"),
        click.option("--unit", default=blank, metavar="NAME", help="责任单位。"),
        click.option("--owner", default=blank, metavar="NAME", help="责任人。"),
        click.option("--deadline", metavar="DATE", help="整改时限 YYYY-MM-DD。"),
    )

    def apply(f: F) -> F:
        for option in reversed(options):  # as if written one above the other, in this order
            f = option(f)
        return f

    return apply


# -- inspections and areas ----------------------------------------------------------------------


@click.group()
def inspection() -> None:
    """巡察（及其通报）：整改台账的来源。"""


@inspection.command("add")
@click.option("--title", required=True, help="通报标题。")
@click.option("--issuer", default="", help="发布单位。")
@click.option("--notice-on", "notice_on", metavar="DATE", help="通报日期 YYYY-MM-DD。")
@click.option("--inspected-by", "inspected_by", default="", help="巡察组。")
@click.option("--from", "start", metavar="DATE", help="巡察开始日期。")
@click.option("--to", "end", metavar="DATE", help="巡察结束日期。")
@click.option("--feedback-on", "feedback_on", metavar="DATE", help="反馈意见日期。")
@click.pass_context
def inspection_add(
    ctx: click.Context,
    title: str,
    issuer: str,
    notice_on: str | None,
    inspected_by: str,
    start: str | None,
    end: str | None,
    feedback_on: str | None,
) -> None:
    """添加一次新的巡察及其通报（与通报中的第一次并列）。"""
    from hdrectify.store.ledger_edit import add_inspection

    def day(text: str | None):
        return parse_date(text) if text is not None else None

    with _writing(ctx) as store:
        row = add_inspection(
            store,
            title,
            issuer=issuer,
            notice_on=day(notice_on),
            inspected_by=inspected_by,
            inspection_from=day(start),
            inspection_to=day(end),
            feedback_on=day(feedback_on),
        )
    click.echo(f"已添加巡察：{row['title']}")


@inspection.command("edit")
@click.argument("title", required=False, metavar="[TITLE]")
@click.option("--declared-problems", "problems", type=click.IntRange(0), metavar="N", help="通报所说的问题数。")
@click.option("--declared-specific", "specific", type=click.IntRange(0), metavar="N", help="通报所说的具体问题数。")
@click.option("--declared-measures", "measures", type=click.IntRange(0), metavar="N", help="通报所说的整改措施数。")
@click.pass_context
def inspection_edit(
    ctx: click.Context, title: str | None, problems: int | None, specific: int | None, measures: int | None
) -> None:
    """修改巡察通报所说的问题数、具体问题数和整改措施数（TITLE 默认最近的一次巡察）。"""
    from hdrectify.store.inspections import set_declared_totals
    from hdrectify.store.ledger_edit import find_source

    given = {
        "declared_problems": problems,
        "declared_specific": specific,
        "declared_measures": measures,
    }
    totals = {k: v for k, v in given.items() if v is not None}
    if not totals:
        raise InputError("cli.declared_none")
    with _writing(ctx) as store:
        source = find_source(store, title)
        if source is None:
            raise InputError("cli.no_inspection")
        row = set_declared_totals(store, source["id"], **totals)
    figures = "，".join(
        f"{n}{row[k]}"
        for k, n in (
            ("declared_problems", "问题数"),
            ("declared_specific", "具体问题数"),
            ("declared_measures", "整改措施数"),
        )
        if row[k] is not None
    )
    click.echo(f"已修改巡察“{row['title']}”通报的数字：{figures or '无'}")


@click.group()
def area() -> None:
    """整改台账的方面。"""


@area.command("add")
@click.option("--title", required=True, help="方面的标题。")
@click.option("--source-title", "source_title", metavar="TITLE", help="属于哪次巡察（通报标题；默认最近的一次）。")
@click.pass_context
def area_add(ctx: click.Context, title: str, source_title: str | None) -> None:
    """添加方面。"""
    from hdrectify.store.ledger_edit import add_area, find_source

    with _writing(ctx) as store:
        source = find_source(store, source_title)
        row = add_area(store, title, source["id"] if source else None)
    click.echo(f"已添加方面 {row['no']}：{row['title']}")


@area.command("edit")
@_NUMBERED
@click.option("--title", required=True, help="新的标题。")
@click.pass_context
def area_edit(ctx: click.Context, ref: str, title: str) -> None:
    """修改方面的标题。"""
    from hdrectify.store.ledger_edit import edit_area, find_area

    with _writing(ctx) as store:
        row = edit_area(store, find_area(store, ref)["id"], title)
    click.echo(f"已修改方面 {row['no']}：{row['title']}")


@area.command("remove")
@_NUMBERED
@_REMOVAL_REASON
@click.pass_context
def area_remove(ctx: click.Context, ref: str, reason: str) -> None:
    """删除没有问题的方面（原因记入审计日志）。"""
    from hdrectify.store.ledger_edit import find_area, remove_area

    with _writing(ctx) as store:
        row = find_area(store, ref)
        remove_area(store, row["id"], reason)
    click.echo(f"已删除方面 {row['no']}：{row['title']}")


# -- problems -----------------------------------------------------------------------------------


@click.group()
def problem() -> None:
    """整改台账的问题。"""


@problem.command("add")
@click.option("--area", "area_ref", required=True, metavar="N", help="属于第几个方面。")
@click.option("--title", required=True, help="问题描述。")
@click.option(
    "--source", default="inspection", metavar="inspection|visit", help="来源：inspection 巡察（默认）、visit 走访。"
)
@click.pass_context
def problem_add(ctx: click.Context, area_ref: str, title: str, source: str) -> None:
    """添加问题（办公室电脑立即编号；党员电脑上为“待编号”，由办公室统一编号）。"""
    from hdrectify.store.ledger_edit import add_problem, find_area

    with _writing(ctx) as store:
        row = add_problem(store, find_area(store, area_ref)["id"], title, source=source)
    suffix = "" if row["no"] is not None else f"（id {row['id']}，导入办公室后编号）"
    click.echo(f"已添加{problem_label(row['no'])}：{row['title']}{suffix}")


@problem.command("edit")
@_NUMBERED
@click.option("--title", required=True, help="新的问题描述。")
@click.pass_context
def problem_edit(ctx: click.Context, ref: str, title: str) -> None:
    """修改问题描述（通报原文不能修改）。"""
    from hdrectify.store.ledger_edit import edit_problem, find_problem

    with _writing(ctx) as store:
        row = edit_problem(store, find_problem(store, ref)["id"], title=title)
    click.echo(f"已修改{problem_label(row['no'])}：{row['title']}")


@problem.command("remove")
@_NUMBERED
@_REMOVAL_REASON
@_with_records("措施的整改进展、佐证材料、延期和销号申请")
@click.pass_context
def problem_remove(ctx: click.Context, ref: str, reason: str, with_records: bool) -> None:
    """删除问题及其措施（原因记入审计日志；编号不再使用）。"""
    from hdrectify.store.ledger_edit import find_problem, remove_problem

    with _records_flag(), _writing(ctx) as store:
        row = find_problem(store, ref)
        measures = remove_problem(store, row["id"], reason, with_records=with_records)
    click.echo(f"已删除{problem_label(row['no'])}：{row['title']}（连同措施 {measures} 项）")


# -- measures -----------------------------------------------------------------------------------


@click.group()
def measure() -> None:
    """整改措施（N.M：问题 N 的第 M 项措施）。"""


@measure.command("add")
@click.option("--problem", "problem_ref", required=True, metavar="N", help="问题编号。")
@click.option("--text", required=True, help="整改措施。")
@_responsibility("")
@click.pass_context
def measure_add(
    ctx: click.Context, problem_ref: str, text: str, leader: str, unit: str, owner: str, deadline: str | None
) -> None:
    """给问题添加整改措施。"""
    from hdrectify.store.ledger_edit import add_measure, find_problem

    due = parse_date(deadline) if deadline is not None else None
    with _writing(ctx) as store:
        p = find_problem(store, problem_ref)
        row = add_measure(store, p["id"], text, leader=leader, unit=unit, person=owner, deadline=due)
    click.echo(f"已添加{_measure_label(p['no'], row['no'])}：{row['text']}")


@measure.command("remove")
@_MEASURE
@_REMOVAL_REASON
@_with_records("整改进展、佐证材料、延期和销号申请")
@click.pass_context
def measure_remove(ctx: click.Context, ref: str, reason: str, with_records: bool) -> None:
    """删除整改措施（原因记入审计日志）。"""
    from hdrectify.store.ledger_edit import find_measure, remove_measure

    with _records_flag(), _writing(ctx) as store:
        row = find_measure(store, ref)
        remove_measure(store, row["id"], reason, with_records=with_records)
    click.echo(f"已删除措施 {ref}")


@measure.command("progress")
@_MEASURE
@click.option("--date", "day", required=True, metavar="DATE", help="日期 YYYY-MM-DD。")
@click.option("--text", required=True, help="整改进展。")
@click.pass_context
def measure_progress(ctx: click.Context, ref: str, day: str, text: str) -> None:
    """登记整改进展。"""
    from hdrectify.store.ledger import add_progress
    from hdrectify.store.ledger_edit import find_measure

    date = parse_date(day)
    with _writing(ctx) as store:
        add_progress(store, find_measure(store, ref)["id"], date, text)
    click.echo(f"已登记措施 {ref} 的整改进展：{date}")


@measure.command("attach")
@_MEASURE
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--note", default="", help="说明。")
@click.pass_context
def measure_attach(ctx: click.Context, ref: str, files: tuple[str, ...], note: str) -> None:
    """添加佐证材料（文件按内容存档在数据库旁）。"""
    from hdrectify.store.evidence import add_evidence
    from hdrectify.store.ledger_edit import find_measure

    with _writing(ctx) as store:
        measure_id = find_measure(store, ref)["id"]
        for name in files:
            add_evidence(store, measure_id, name, note)
    click.echo(f"已为措施 {ref} 添加佐证材料 {len(files)} 份")


@measure.command("close")
@_MEASURE
@click.option("--date", "day", required=True, metavar="DATE", help="销号（验收）日期 YYYY-MM-DD。")
@click.option("--by", "accepted_by", metavar="NAME", help="验收人（默认：本机名称，见 hdrectify identity）。")
@click.option("--opinion", default="", help="验收意见。")
@click.option("--evidence", "evidence", multiple=True, metavar="FILE", help="佐证材料（可多次给出）。")
@click.option("--reason", default="", help="书面说明（没有佐证材料时必填）。")
@click.argument("more", nargs=-1, metavar="[FILE...]")
@click.pass_context
def measure_close(
    ctx: click.Context,
    ref: str,
    day: str,
    accepted_by: str | None,
    opinion: str,
    evidence: tuple[str, ...],
    reason: str,
    more: tuple[str, ...],
) -> None:
    """销号（验收）：需要佐证材料（--evidence FILE…）或书面说明（--reason），二者选一；记录验收人和验收意见。"""
    from hdrectify.domain.ledger import MeasureStatus
    from hdrectify.exchange.identity import installation_name
    from hdrectify.store.evidence import add_evidence
    from hdrectify.store.ledger import close_measure
    from hdrectify.store.ledger_edit import find_measure
    from hdrectify.store.roles import require_office

    files = (*evidence, *more)
    if more and not evidence:
        raise InputError("cli.close_extra_args", None, args=" ".join(more))
    if bool(files) == bool(reason.strip()):
        raise InputError("cli.close_needs_basis")
    if accepted_by is not None and not accepted_by.strip():
        raise InputError("cli.option_empty", None, option="--by")
    date = parse_date(day)
    with _writing(ctx) as store:
        require_office(store, "close")  # before any evidence is copied in: a member's laptop asks (request-close)
        row = find_measure(store, ref)
        if row["status"] == MeasureStatus.DONE.value:
            raise InputError("cli.measure_closed", None, ref=ref)
        for name in files:
            add_evidence(store, row["id"], name)
        by = accepted_by if accepted_by is not None else installation_name(store)
        closed = close_measure(store, row["id"], date, reason, accepted_by=by, opinion=opinion)
    how = f"佐证材料 {len(files)} 份" if files else f"说明：{safe(reason.strip())}"
    click.echo(f"已销号措施 {ref}：{date}，验收人 {safe(closed['accepted_by'])}（{how}）")


@measure.command("reopen")
@_MEASURE
@click.option("--reason", required=True, help="重新打开的原因（必填，记入整改进展和审计日志）。")
@click.pass_context
def measure_reopen(ctx: click.Context, ref: str, reason: str) -> None:
    """重新打开已销号的措施（撤销销号，继续整改）。"""
    import datetime as dt

    from hdrectify.store.ledger import reopen_measure
    from hdrectify.store.ledger_edit import find_measure

    with _writing(ctx) as store:
        reopen_measure(store, find_measure(store, ref)["id"], dt.date.today(), reason)
    click.echo(f"已重新打开措施 {ref}")


@measure.command("extend")
@_MEASURE
@click.option("--to", "to", required=True, metavar="DATE", help="延期后的整改时限 YYYY-MM-DD。")
@click.option("--reason", required=True, help="延期原因（必填）。")
@click.option("--approved-by", "approved_by", required=True, metavar="NAME", help="批准人（必填）。")
@click.pass_context
def measure_extend(ctx: click.Context, ref: str, to: str, reason: str, approved_by: str) -> None:
    """延期：把整改时限推迟到新日期，记录原因和批准人（原时限保留在台账中）。"""
    from hdrectify.store.acceptance import extend_measure
    from hdrectify.store.ledger_edit import find_measure

    date = parse_date(to)
    with _writing(ctx) as store:
        row = find_measure(store, ref)
        ext = extend_measure(store, row["id"], date, reason, approved_by)
    click.echo(f"已延期措施 {ref}：{ext['from_date']} → {ext['to_date']}（批准人 {safe(ext['approved_by'])}）")


@measure.command("set")
@click.option("--problem", "problem_ref", metavar="N", help="问题编号：修改这个问题的措施。")
@click.option(
    "--measure", "measure_no", type=int, metavar="M", help="只修改问题 N 的第 M 项措施（须同时给出 --problem）。"
)
@click.option("--all", "every", is_flag=True, help="修改全部整改措施。")
@_responsibility(None)
@click.pass_context
def measure_set(
    ctx: click.Context,
    problem_ref: str | None,
    measure_no: int | None,
    every: bool,
    leader: str | None,
    unit: str | None,
    owner: str | None,
    deadline: str | None,
) -> None:
    """批量设置责任领导、责任单位、责任人、整改时限（只改给出的项；有一项不能改则全部不改）。"""
    from hdrectify.store.ledger_edit import measures_of, set_measures

    if every == (problem_ref is not None):
        raise InputError("cli.measure_set_which")
    if measure_no is not None and problem_ref is None:
        raise InputError("cli.measure_without_problem")
    for name, value in (("--leader", leader), ("--unit", unit), ("--owner", owner)):
        if value is not None and not value.strip():
            raise InputError("cli.option_empty", None, option=name)
    if all(v is None for v in (leader, unit, owner, deadline)):
        raise InputError("cli.measure_set_nothing")
    due = parse_date(deadline) if deadline is not None else None
    with _writing(ctx) as store:
        ids = measures_of(store, problem_ref, measure_no)
        changed = set_measures(store, ids, leader=leader, unit=unit, person=owner, deadline=due)
    click.echo(f"已修改 {changed} 项整改措施（共选中 {len(ids)} 项）")
