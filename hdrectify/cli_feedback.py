"""The command line's ``feedback``: the office marks a quarterly report or an annual review 已阅 or 退回.

One write through ``cli_base.writing``; ``cli.py`` adds the command to its group (this module does not
import it). The rules (office only, a report or review that exists, a comment to return it) are the
store's (hdrectify/store/feedback.py). No Qt.
"""

from __future__ import annotations

import click

from hdrectify.cli_base import writing as _writing
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.textfmt import safe


@click.command()
@click.argument("member_name", metavar="MEMBER")
@click.argument("centre_name", metavar="CENTRE")
@click.option("--quarter", metavar="Q", help="季度汇报的季度，例如 2024-Q1。")
@click.option("--year", metavar="Y", help="年度考评的年份，例如 2024。")
@click.option("--accept", is_flag=True, help="已阅：办公室已审阅，无需修改。")
@click.option("--return", "return_text", metavar="TEXT", help="退回，并写明意见（必填）。")
@click.pass_context
def feedback(
    ctx: click.Context,
    member_name: str,
    centre_name: str,
    quarter: str | None,
    year: str | None,
    accept: bool,
    return_text: str | None,
) -> None:
    """办公室审阅季度汇报或年度考评：已阅（--accept）或退回（--return 意见）。"""
    from hdrectify.store.feedback import find_submission, give_feedback
    from hdrectify.store.people import find_centre, find_member

    if (quarter is None) == (year is None):
        raise InputError("cli.feedback_period")
    if accept == (return_text is not None):
        raise InputError("cli.feedback_verdict")
    period = Period.parse(quarter, Kind.QUARTER) if quarter is not None else Period.parse(str(year), Kind.YEAR)
    with _writing(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        table, row = find_submission(store, m, c, period)
        give_feedback(store, table, row["id"], accept=accept, comment=return_text or "")
    what = "汇报" if table == "reports" else "考评"
    verdict = "已阅" if accept else "已退回"
    click.echo(f"{period.label_zh()}{what}{verdict}：{safe(m['name'])} — {safe(c['name'])}")
