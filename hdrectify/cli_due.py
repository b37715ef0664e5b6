"""The command line's ``due``: what is due and overdue as of today, so a system scheduler or a script
can remind too. Grouped by member and centre in Chinese, or one JSON object with ``--json``. No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import groupby

import click

from hdrectify.cli_base import open_store as _store
from hdrectify.domain.collation import zh_key
from hdrectify.domain.periods import parse_date
from hdrectify.domain.reminders import DueItem
from hdrectify.domain.wording import date_text
from hdrectify.textfmt import safe, safe_json


@click.command()
@click.option("--member", "member_name", metavar="NAME", help="只看这位党员的挂钩（默认全部）。")
@click.option("--as-of", "as_of", metavar="DATE", help="按哪天的情况计算（默认今天）。")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.pass_context
def due(ctx: click.Context, member_name: str | None, as_of: str | None, as_json: bool) -> None:
    """列出截至今天待完成和已逾期的挂钩联系（每周联系、每月到岗、季度汇报、年度考评）。"""
    from hdrectify.store.due import due_list
    from hdrectify.store.people import find_member

    today = parse_date(as_of) if as_of is not None else dt.date.today()
    with _store(ctx) as store:
        member_id = find_member(store, member_name)["id"] if member_name is not None else None
        found = due_list(store, member_id, today)
    if as_json:
        out = {
            "as_of": today.isoformat(),
            "due": [i.as_json() for i in found.due],
            "overdue": [i.as_json() for i in found.overdue],
        }
        click.echo(safe_json(json.dumps(out, ensure_ascii=False)))
        return
    click.echo(
        f"截至 {date_text(today)}：待完成 {len(found.due)} 项（本周到期 {len(found.due_this_week())} 项），"
        f"已逾期 {len(found.overdue)} 项"
    )
    if not found.due and not found.overdue:
        click.echo("没有待完成或逾期的挂钩联系。")
        return
    tagged = [(i, "待完成") for i in found.due] + [(i, "已逾期") for i in found.overdue]
    tagged.sort(key=lambda t: (zh_key(t[0].member), zh_key(t[0].centre), t[1] == "已逾期", t[0].deadline))
    for (member, centre, town), lines in groupby(tagged, key=lambda t: (t[0].member, t[0].centre, t[0].town)):
        click.echo()
        click.echo(safe(f"{member} — {centre}（{town}）"))
        for item, state in lines:
            click.echo(safe(f"  {state}　{_describe(item)}"))


def _describe(item: DueItem) -> str:
    """本周联系 2024年第10周，截止 2024年3月10日."""
    return f"{item.obligation.label_zh}　{item.period.label_zh()}，截止 {date_text(item.deadline)}"
