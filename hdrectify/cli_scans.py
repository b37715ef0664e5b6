"""The command line's ``scans``: signed monthly checklists scanned back, found by their QR code
(``scans import``), listed (``scans list``), and a pending one recorded as its month's visit
(``scans visit``).

One line per page (or one JSON object with ``--json``); pages that could not be filed are listed, and
the command still exits 0, as long as the files could be read. No Qt.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from hdrectify.cli_base import daily_backup_before_writing, writing
from hdrectify.cli_base import open_store as _store
from hdrectify.domain.scans import FILED, RESULT_LABELS
from hdrectify.textfmt import safe, safe_json


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


@scans.command("list")
@click.option("--pending", is_flag=True, help="只列出待补登到岗记录的扫描件。")
@click.option("--json", "as_json", is_flag=True, help="每份扫描件输出一个 JSON 对象（JSON Lines）。")
@click.pass_context
def scans_list(ctx: click.Context, pending: bool, as_json: bool) -> None:
    """列出已归档的签字清单扫描件（编号、月份、挂钩、来源文件与页码、是否已有到岗记录）。"""
    from hdrectify.store.scans import list_scans

    with _store(ctx) as store:
        rows = list_scans(store, pending_only=pending)
    waiting = 0
    for row in rows:
        visit = None if row["contact_id"] is None else {"id": row["contact_id"], "date": row["visit_date"]}
        waiting += visit is None
        if as_json:
            found = {
                "id": row["id"],
                "member": row["member"],
                "centre": row["centre"],
                "month": row["month"],
                "file": row["source_file"],
                "page": row["source_page"],
                "visit": visit,
                "result": "pending" if visit is None else "attached",
            }
            click.echo(safe_json(json.dumps(found, ensure_ascii=False)))
            continue
        page = f" 第 {row['source_page']} 页" if row["source_page"] is not None else ""
        state = "待补登到岗记录" if visit is None else f"已附到 {visit['date']} 的到岗记录"
        who = f"{row['member']} — {row['centre']}"
        click.echo(safe(f"{row['id'][:8]}  {row['month']}  {who}  {row['source_file']}{page}：{state}"))
    if not as_json:
        click.echo(f"共 {len(rows)} 页，其中 {waiting} 页待补登到岗记录")


@scans.command("visit")
@click.argument("scan_ref", metavar="SCAN_ID")
@click.option("--date", "day", required=True, metavar="DATE", help="到岗日期 YYYY-MM-DD（须在扫描件所属月份内）。")
@click.option("--note", default="", help="情况记录。")
@click.pass_context
def scans_visit(ctx: click.Context, scan_ref: str, day: str, note: str) -> None:
    """据签字清单登记到岗：为待补登的扫描件新建当月的到岗记录，并把该月的扫描件附上。

    SCAN_ID 是 hdrectify scans list 显示的编号（前 8 位即可）。
    """
    from hdrectify.domain.periods import parse_date
    from hdrectify.store.scans import find_scan, visit_from_scan

    date = parse_date(day)
    with writing(ctx) as store:
        scan = find_scan(store, scan_ref)
        contact = visit_from_scan(store, str(scan["id"]), date, note)
        pages = store.scalar(
            "SELECT count(*) FROM checklist_scans WHERE contact_id = ? AND deleted_at IS NULL", [contact["id"]]
        )
        names = store.rows(
            "SELECT m.name AS member, c.name AS centre FROM pairings p JOIN members m ON m.id = p.member_id"
            " JOIN centres c ON c.id = p.centre_id WHERE p.id = ?",
            [scan["pairing_id"]],
        )[0]
    click.echo(safe(f"已据签字清单登记到岗：{names['member']} — {names['centre']}，{date}，附扫描件 {pages} 页"))
