"""The command line's ``senders``: who has sent what (交换状态), per member computer. No Qt."""

from __future__ import annotations

import json

import click

from hdrectify.cli_base import open_store as _store
from hdrectify.domain.wording import date_text
from hdrectify.textfmt import safe_json, table


@click.command()
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（每台党员电脑一个对象）。")
@click.pass_context
def senders(ctx: click.Context, as_json: bool) -> None:
    """列出每台党员电脑最近提交的交换包、数据截至日期，以及是否已收到办公室发出的交换包。"""
    from hdrectify.store.senders import senders as sender_lines

    with _store(ctx) as store:
        lines = sender_lines(store)
    if as_json:
        click.echo(safe_json(json.dumps([s.as_json() for s in lines], ensure_ascii=False)))
        return
    if not lines:
        click.echo("还没有党员。")
        return

    def day(d: object) -> str:
        return date_text(d) if d is not None else "—"  # type: ignore[arg-type]

    def ack(flag: bool | None) -> str:
        return "—" if flag is None else ("已接收" if flag else "尚未接收")

    rows = [
        [
            s.member or "（未知党员）",
            s.computer or "从未提交",
            day(s.last_bundle),
            day(s.records_through),
            s.rows,
            ack(s.acknowledged),
        ]
        for s in lines
    ]
    click.echo(table(["党员", "电脑", "最近交换包", "数据截至", "行数", "办公室下发"], rows))
