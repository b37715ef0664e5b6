"""The command line's ``scans import``: signed monthly checklists scanned back, found by their QR code.

One line per page (or one JSON object with ``--json``); pages that could not be filed are listed, and
the command still exits 0, as long as the files could be read. No Qt.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from hdrectify.cli_base import daily_backup_before_writing
from hdrectify.cli_base import open_store as _store
from hdrectify.domain.scans import FILED, RESULT_LABELS
from hdrectify.textfmt import safe


@click.group()
def scans() -> None:
    """签字清单扫描件：按清单上的二维码归档到对应挂钩和月份。"""


@scans.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--json", "as_json", is_flag=True, help="每页输出一个 JSON 对象（JSON Lines）。")
@click.pass_context
def scans_import(ctx: click.Context, files: tuple[str, ...], as_json: bool) -> None:
    """导入签字清单的扫描件或照片（PDF、JPEG、PNG），每页按二维码附到当月的到岗记录。"""
    from hdrectify.exchange.scans import check_scan_files, import_scans

    paths = [Path(f) for f in files]
    check_scan_files(paths)
    with _store(ctx, check=True) as store:
        daily_backup_before_writing(store)
        outcomes = import_scans(store, paths)
    filed = 0
    for outcome in outcomes:
        filed += outcome.result in FILED
        if as_json:
            click.echo(json.dumps(outcome.as_json(), ensure_ascii=False))
            continue
        where = f"{outcome.file} 第 {outcome.page} 页" if outcome.page is not None else outcome.file
        who = f"{outcome.member} — {outcome.centre}，{outcome.code.month}：" if outcome.member and outcome.code else ""
        click.echo(safe(f"{where}：{who}{RESULT_LABELS[outcome.result]}"))
    if not as_json:
        click.echo(f"共 {len(outcomes)} 页，归档 {filed} 页")
