"""The command line's safety commands: backup, restore, verify (registered on ``hdrectify.cli.cli``).

They follow the rest of the command line: one line on stderr and a non-zero exit on
bad input, the database unchanged. No Qt.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import click

from hdrectify.cli import FORCE_HELP, cli
from hdrectify.domain.errors import InputError
from hdrectify.store.db import resolve_db_path

if TYPE_CHECKING:
    from hdrectify.store.base import Store

EXIT_BROKEN = 3  # verify found a break in the audit chain or a row that differs from it


def daily_backup_before_writing(store: Store) -> None:
    """The first write of the day backs up first; a backup that cannot be made is said, not fatal."""
    from hdrectify.store.backup import daily_backup

    try:
        daily_backup(store.path, conn=store.conn)
    except (OSError, sqlite3.Error, InputError) as e:
        click.echo(f"注意：今天的自动备份没有成功（{e}）", err=True)


@cli.command()
@click.option("-o", "output", metavar="FILE", help="备份到这个文件（默认：数据库旁的 backups 文件夹）。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def backup(ctx: click.Context, output: str | None, force: bool) -> None:
    """备份数据库（在线备份，其他程序可同时使用数据库）。"""
    from hdrectify.store.backup import inspect_backup, make_backup, save_backup
    from hdrectify.store.base import Store

    path = resolve_db_path(ctx.obj["db"])
    with Store.open(path, check=True) as store:
        if output:
            target = save_backup(store.conn, path, Path(output), force=force)
        else:
            target = make_backup(store.conn, path, "manual")
    info = inspect_backup(target)
    click.echo(f"已备份到 {target}（{info.counts_text()}）")


@cli.command()
@click.argument("source", metavar="FILE")
@click.pass_context
def restore(ctx: click.Context, source: str) -> None:
    """从备份恢复数据库（先把当前数据库另存一份备份）。"""
    from hdrectify.store.backup import restore as do_restore
    from hdrectify.store.db import open_db

    path = resolve_db_path(ctx.obj["db"])
    result = do_restore(path, Path(source))
    open_db(path).close()  # an older backup's schema is upgraded now, with its own backup first
    info = result.info
    click.echo(f"已从 {info.path} 恢复（备份于 {info.when_text()}；{info.counts_text()}）")
    if result.damaged:
        click.echo(f"原数据库已损坏，已原样移到 {result.kept}")
    elif result.kept is not None:
        click.echo(f"恢复前的数据库已备份为 {result.kept}")


@cli.command()
@click.option(
    "--against", "against", metavar="BACKUP", help="再与一份另外保存的备份比对：备份中的审计记录必须原样保留。"
)
@click.pass_context
def verify(ctx: click.Context, against: str | None) -> None:
    """校验数据：审计链是否完整、每条记录是否与最新审计记录一致、佐证材料文件是否齐全。"""
    from hdrectify.store.audit import compare_with_backup
    from hdrectify.store.audit import verify as do_verify
    from hdrectify.store.backup import inspect_backup, open_backup
    from hdrectify.store.base import Store

    path = resolve_db_path(ctx.obj["db"])
    with Store.open(path, check=True) as store:
        report = do_verify(store)
        if against is not None:
            info = inspect_backup(Path(against))
            backup_conn = open_backup(info.path)
            try:
                compared, difference = compare_with_backup(store.conn, backup_conn)
            finally:
                backup_conn.close()
            if difference is not None:
                click.echo(f"与备份 {info.path}（{info.when_text()}）比对未通过：{difference}", err=True)
                ctx.exit(EXIT_BROKEN)
            click.echo(f"与备份 {info.path}（{info.when_text()}）比对通过：其 {compared} 条审计记录原样保留")
    for problem in report.evidence_problems:
        click.echo(f"注意：{problem}", err=True)
    if not report.ok:
        click.echo(f"校验未通过：{report.first_break}", err=True)
        others = (report.chain_break is not None) + len(report.row_problems) - 1
        if others > 0:
            click.echo(f"另有 {others} 处不符", err=True)
        ctx.exit(EXIT_BROKEN)
    click.echo(f"校验通过：审计链完整（{report.entries} 条审计记录），{report.rows} 条记录与审计记录一致")
