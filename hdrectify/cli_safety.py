"""The command line's safety commands: backup, restore, verify (``cli`` adds them).

They follow the rest of the command line: one line on stderr and a non-zero exit on
bad input, the database unchanged. No Qt.
"""

from __future__ import annotations

from pathlib import Path

import click

from hdrectify.cli_base import FORCE_HELP
from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi
from hdrectify.store.db import resolve_db_path
from hdrectify.textfmt import safe

# verify's exit codes, one per class of finding (listed in ``verify --help``; several: the lowest)
EXIT_BROKEN = 3  # a break in the audit chain, a row that differs from it, or a rewritten log (--against)
EXIT_EVIDENCE_ALTERED = 4  # an evidence file whose content no longer matches its hash
EXIT_EVIDENCE_MISSING = 5  # an evidence file that is not there


@click.command()
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


@click.command()
@click.argument("source", metavar="FILE")
@click.option("--force", is_flag=True, help="备份校验未通过（审计记录或佐证材料有问题）时仍然恢复。")
@click.pass_context
def restore(ctx: click.Context, source: str, force: bool) -> None:
    """从备份恢复数据库：先校验备份（审计链、记录、佐证材料），再把当前数据库另存一份备份后替换。"""
    from hdrectify.store.backup import BackupFailsVerify
    from hdrectify.store.db import open_db
    from hdrectify.store.restore import restore as do_restore

    path = resolve_db_path(ctx.obj["db"])
    try:
        result = do_restore(path, Path(source), force=force)
    except BackupFailsVerify as e:
        raise InputError("cli.restore_fails_verify", None, problem=str(e)) from None
    except dbapi.Error + (OSError,) as e:  # noqa: RUF005 (mypy: no * here). A full disk, no permission: said with the folder
        from hdrectify.store.faults import refusal

        raise refusal(e, path) from None
    if result.report is not None and not result.report.ok:
        click.echo(f"注意：备份校验未通过，已按 --force 恢复：{result.report.summary()}", err=True)
    open_db(path).close()  # an older backup's schema is upgraded now, with its own backup first
    info = result.info
    click.echo(f"已从 {info.path} 恢复（备份于 {info.when_text()}；{info.counts_text()}）")
    if result.damaged:
        click.echo(f"原数据库已损坏，已原样移到 {result.kept}")
    elif result.kept is not None:
        click.echo(f"恢复前的数据库已备份为 {result.kept}")


@click.command(
    epilog=(
        "\b\n退出码：\n"
        f"  0：全部通过\n"
        f"  {EXIT_BROKEN}：审计链断开、记录与审计记录不符，或与 --against 的备份比对未通过（数据被绕过本程序改动）\n"
        f"  {EXIT_EVIDENCE_ALTERED}：佐证材料被改动（存档文件的内容与其校验值不符）\n"
        f"  {EXIT_EVIDENCE_MISSING}：佐证材料缺失（找不到存档文件）\n"
        "  1：无法校验（数据库不存在、已损坏等）\n"
        "发现几类问题时，每类都列出，退出码取其中最小的一个。"
    )
)
@click.option(
    "--against", "against", metavar="BACKUP", help="再与一份另外保存的备份比对：备份中的审计记录必须原样保留。"
)
@click.pass_context
def verify(ctx: click.Context, against: str | None) -> None:
    """校验数据：审计链是否完整、每条记录是否与最新审计记录一致、佐证材料文件是否齐全且未被改动。"""
    from hdrectify.paths import evidence_dir
    from hdrectify.store.audit import compare_with_backup
    from hdrectify.store.backup import inspect_backup, open_backup
    from hdrectify.store.base import Store
    from hdrectify.store.verify import verify as do_verify

    path = resolve_db_path(ctx.obj["db"])
    difference = None
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
                click.echo(f"与备份 {info.path}（{info.when_text()}）比对未通过：{safe(str(difference))}", err=True)
            else:
                click.echo(f"与备份 {info.path}（{info.when_text()}）比对通过：其 {compared} 条审计记录原样保留")
    if report.ok and difference is None:
        click.echo(f"校验通过：审计链完整（{report.entries} 条审计记录），{report.rows} 条记录与审计记录一致")
        return
    codes = []
    if not report.untampered:
        click.echo(f"校验未通过：{safe(str(report.first_break))}", err=True)
        others = (report.chain_break is not None) + len(report.row_problems) - 1
        if others > 0:
            click.echo(f"另有 {others} 处不符", err=True)
    if not report.untampered or difference is not None:
        click.echo("处理办法：用 hdrectify restore 从改动之前的备份恢复（窗口中：文件 → 恢复备份）", err=True)
        codes.append(EXIT_BROKEN)
    folder = evidence_dir(path)
    for found, label, advice, code in (
        (
            report.evidence_altered,
            "佐证材料被改动",
            "从原件重新添加这些文件（佐证材料：整改台账 → 佐证材料；签字清单扫描件：文件 → 导入签字清单扫描件；"
            "记录照片：联系记录 → 添加照片），或从另外保存的佐证材料文件夹中找回原文件",
            EXIT_EVIDENCE_ALTERED,
        ),
        (
            report.evidence_missing,
            "佐证材料缺失",
            f"把数据库旁的佐证材料文件夹 {folder} 一起复制过来，或按上面的类别重新添加这些文件"
            "（佐证材料在整改台账中，扫描件从“文件 → 导入签字清单扫描件”，照片在联系记录中）",
            EXIT_EVIDENCE_MISSING,
        ),
    ):
        if not found:
            continue
        click.echo(f"校验未通过：{label} {len(found)} 个", err=True)
        for problem in found[:10]:
            click.echo(f"  {safe(str(problem))}", err=True)
        if len(found) > 10:
            click.echo(f"  另有 {len(found) - 10} 个", err=True)
        click.echo(f"处理办法：{advice}", err=True)
        codes.append(code)
    ctx.exit(min(codes))
