"""``hdrectify draft-report``: the member's quarterly report as a Word draft to edit and submit. No Qt."""

from __future__ import annotations

from pathlib import Path

import click

from hdrectify.cli_base import FORCE_HELP, open_store
from hdrectify.domain.periods import Kind, Period
from hdrectify.textfmt import safe


@click.command("draft-report")
@click.argument("member_name", metavar="MEMBER")
@click.argument("centre_name", metavar="CENTRE")
@click.option("--quarter", required=True, help="季度，例如 2024-Q1。")
@click.option("-o", "output", required=True, metavar="FILE.docx", help="保存为 Word（DOCX）文件。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def draft_report(
    ctx: click.Context, member_name: str, centre_name: str, quarter: str, output: str, force: bool
) -> None:
    """生成季度汇报草稿（Word），修改定稿后用 hdrectify report … --file 提交。"""
    from hdrectify.documents import make_report_draft
    from hdrectify.store.people import find_centre, find_member

    q = Period.parse(quarter, Kind.QUARTER)
    with open_store(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        make_report_draft(store, m, c, q, Path(output), force=force)
    click.echo(f"已生成{q.label_zh()}汇报草稿：{safe(output)}（请补充【请填写：…】处后再提交）")
