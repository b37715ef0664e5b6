"""The command line's ``notice``: the 督办提醒单 of a responsible unit, a member, or all. No Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from hdrectify.cli_base import FORCE_HELP
from hdrectify.cli_base import open_store as _store
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import parse_date
from hdrectify.domain.wording import date_text
from hdrectify.textfmt import safe


@click.command()
@click.option("--unit", metavar="NAME", help="责任单位（按台账中的写法）。")
@click.option("--member", "member_name", metavar="NAME", help="党员（其负责的整改措施和逾期的挂钩联系）。")
@click.option("--all", "everyone", is_flag=True, help="每个有待督办事项的责任单位和党员各一份。")
@click.option("--as-of", "as_of", metavar="DATE", help="按哪天的情况计算（默认今天）。")
@click.option("-o", "output", required=True, metavar="FILE.pdf", help="保存为 PDF。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def notice(
    ctx: click.Context,
    unit: str | None,
    member_name: str | None,
    everyone: bool,
    as_of: str | None,
    output: str,
    force: bool,
) -> None:
    """打印督办提醒单：逾期和临近时限的整改措施、逾期的挂钩联系，按逾期天数分提醒、督办、告诫。"""
    from hdrectify.documents import make_notice
    from hdrectify.store.people import find_member

    if sum((unit is not None, member_name is not None, everyone)) != 1:
        raise InputError("notice.scope")
    day = parse_date(as_of) if as_of is not None else dt.date.today()
    with _store(ctx) as store:
        member = find_member(store, member_name) if member_name is not None else None
        count, pages = make_notice(store, Path(output), day, unit=unit, member=member, force=force)
        if everyone:
            from hdrectify.store.notice import unaddressed

            left_out = unaddressed(store, day)
            if left_out:
                named = "；".join(left_out[:5]) + ("等" if len(left_out) > 5 else "")
                click.echo(
                    safe(
                        f"注意：{len(left_out)} 项待督办的整改措施没有填写责任单位，责任人也不是党员，"
                        f"未列入任何提醒单：{named}。请在整改台账中补填责任单位或责任人后再打印"
                    ),
                    err=True,
                )
    click.echo(f"已生成截至{date_text(day)}的督办提醒单 {count} 份：{safe(output)}（{pages} 页）")
