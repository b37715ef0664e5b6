"""The command line's Excel / CSV import: ``hdrectify template`` and ``hdrectify import`` (issue #11).

Defined here without importing :mod:`hdrectify.cli`; ``cli`` adds them to its group. Like every
other command: bad input is one ``错误：…`` line on stderr and a non-zero exit, the database
unchanged. A refused import first lists every refused row (``联系记录 第5行: 原因``) on stderr;
with ``--json`` stdout holds the counts per kind and the refused rows. No Qt.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from hdrectify.cli_base import FORCE_HELP, open_store, writing
from hdrectify.domain.errors import InputError
from hdrectify.store.db import resolve_db_path
from hdrectify.textfmt import safe, safe_json


@click.command("template")
@click.option("-o", "output", required=True, metavar="FILE.xlsx", help="导入模板的文件名。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def template(ctx: click.Context, output: str, force: bool) -> None:
    """生成导入模板：康园中心、党员、挂钩、联系记录、季度汇报、年度考评各一张表。"""
    from hdrectify.exchange.sheet_import.template import make_template

    path = make_template(Path(output), resolve_db_path(ctx.obj["db"]), force)
    click.echo(f"已生成导入模板：{safe(str(path))}")


@click.command("import")
@click.argument("file", metavar="FILE.xlsx|FILE.csv")
@click.option("--dry-run", "dry_run", is_flag=True, help="只检查并显示将导入什么，不写入。")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON：各类记录新增、已有、不能导入的行数和不能导入的行。")
@click.pass_context
def import_(ctx: click.Context, file: str, dry_run: bool, as_json: bool) -> None:
    """从 Excel 工作簿或 CSV 文件导入康园中心、党员、挂钩和各类记录（有任何一行不对则什么也不写入）。"""
    from hdrectify.exchange.sheet_import import Outcome, plan, read_workbook

    path = Path(file)
    if path.is_dir():
        raise InputError("input.is_folder", None, path=str(path))
    if not path.is_file():
        raise InputError("import.no_file", None, name=str(path))
    workbook = read_workbook(path)
    if dry_run:
        with open_store(ctx) as store:
            result = plan(store, workbook)
    else:
        with writing(ctx) as store:  # one transaction; the rows are written only if every row is good
            result = plan(store, workbook, write_if_ok=True)
    written = result.ok and not dry_run
    if as_json:
        click.echo(safe_json(json.dumps(_as_json(result, written, dry_run), ensure_ascii=False, indent=2)))
    else:
        for sheet in result.sheets:
            if sheet.kind is None:
                click.echo(f"{safe(sheet.name)}：未识别表头，已跳过")
                continue
            added, present, bad = (sheet.count(o) for o in Outcome)
            click.echo(f"{safe(sheet.name)}：新增 {added} 行，已有 {present} 行，不能导入 {bad} 行")
        if result.ok:
            click.echo("检查通过，未写入（--dry-run）" if dry_run else "已导入")
    if not result.ok:
        for row in result.refused:
            click.echo(safe(row.line), err=True)
        raise InputError("import.rows_refused", None, count=len(result.refused), first=result.refused[0].refusal)


def _as_json(result: Any, written: bool, dry_run: bool) -> dict[str, Any]:
    return {
        "file": str(result.path),
        "dry_run": dry_run,
        "written": written,
        "counts": result.counts(),
        "refused": [
            {"sheet": r.sheet, "row": r.row, "kind": r.kind.value, "code": r.error.code, "reason": r.reason}
            for r in result.refused
        ],
        "skipped": result.skipped,
    }
