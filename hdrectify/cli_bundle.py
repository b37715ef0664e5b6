"""The command line's exchange commands: ``bundle export`` and ``bundle import``, ``identity`` (who this
installation is to others) and ``trust list|remove`` (whom it accepts bundles from); ``cli`` adds them.

Like the rest of the command line: one line on stderr and a non-zero exit on bad input,
the database unchanged. A refused import lists every row that would break the rules
(on stderr) before its one-line summary. No Qt.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from hdrectify.cli_base import FORCE_HELP
from hdrectify.domain.wording import HOW_TRUSTED, ROLE
from hdrectify.exchange.rules import TABLE_LABELS
from hdrectify.store.base import Store
from hdrectify.store.db import resolve_db_path
from hdrectify.textfmt import safe, safe_json, table


@click.group()
def bundle() -> None:
    """交换包：各电脑之间（党员笔记本 ↔ 办公室）交换记录，用 U 盘或共享文件夹传递。"""


@bundle.command("export")
@click.option("-o", "output", required=True, metavar="FILE", help="交换包文件名，例如 交换包-陈志强-2024-04.hdbundle。")
@click.option("--all", "whole", is_flag=True, help="导出全部数据（默认只导出上次导出后本机新增和改动的记录）。")
@click.option(
    "--for",
    "for_member",
    metavar="MEMBER",
    help="办公室为党员的笔记本准备交换包：全部中心和党员、该党员的挂钩、整改台账和统一的设置。",
)
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.option(
    "--no-encrypt",
    "plain",
    is_flag=True,
    help="不加密。党员的笔记本信任办公室后，默认把交换包加密发给办公室（U 盘丢失也不会泄露内容）。",
)
@click.pass_context
def bundle_export(
    ctx: click.Context, output: str, whole: bool, for_member: str | None, force: bool, plain: bool
) -> None:
    """导出交换包：本机新增和改动的记录、引用的佐证材料和清单；党员的笔记本默认加密发给办公室。"""
    from hdrectify.exchange.export import export_bundle
    from hdrectify.exchange.sealing import office
    from hdrectify.store.people import find_member

    with Store.open(resolve_db_path(ctx.obj["db"])) as store:
        member = None if for_member is None else find_member(store, for_member)
        result = export_bundle(
            store,
            Path(output),
            whole=whole,
            for_member=None if member is None else member["id"],
            force=force,
            encrypt=not plain,
        )
        recipient, keyless = office(store)
    if member is not None:
        c = result.counts
        click.echo(
            f"已为党员{member['name']}准备交换包：{output}（康园中心 {c.get('centres', 0)} 个，"
            f"党员 {c.get('members', 0)} 名，挂钩 {c.get('pairings', 0)} 个，"
            f"整改措施 {c.get('ledger_measures', 0)} 条，佐证材料 {result.evidence_files} 个）"
        )
        click.echo(f"请在{member['name']}的笔记本上用“党员”方式开始使用，或 hdrectify bundle import {output}")
        return
    what = "全部数据" if whole else "新增和改动的记录"
    also = f"，另附它们引用的记录 {result.referenced} 条" if result.referenced else ""
    click.echo(f"已导出交换包：{output}（{what} {result.rows} 条{also}，佐证材料 {result.evidence_files} 个）")
    if result.sealed_to is not None:
        to = result.sealed_to
        click.echo(f"已加密：只有办公室电脑“{safe(to.name)}”（指纹 {to.fingerprint}）能打开")
    elif plain and recipient is not None:
        click.echo("未加密（--no-encrypt）：请妥善保管这个文件", err=True)
    elif keyless is not None:
        click.echo(
            f"注意：交换包未加密：还没有收到办公室电脑“{safe(keyless)}”的加密公钥，"
            "导入一次办公室的新交换包后，以后导出的交换包会自动加密",
            err=True,
        )
    for name in result.missing_evidence:
        click.echo(f"注意：佐证材料“{safe(name)}”的存档文件缺失，未能打包", err=True)


@bundle.command("import")
@click.argument("source", metavar="FILE")
@click.option("--dry-run", is_flag=True, help="只显示将要发生的变化，不写入数据库。")
@click.option(
    "--trust",
    metavar="FINGERPRINT",
    help="信任尚未信任的发送方：填写与对方电脑“设置”中核对过的指纹（如 ABCD-EFGH-2345-6723-JKLM-NPQR）。",
)
@click.pass_context
def bundle_import(ctx: click.Context, source: str, dry_run: bool, trust: str | None) -> None:
    """导入交换包：先核对签名和发送方，再按编号合并；同一记录在两台电脑上都改过时保留两个版本，列入冲突待办。"""
    from hdrectify.exchange.identity import MERGED_LABELS, SETTING_LABELS
    from hdrectify.exchange.merge import import_bundle
    from hdrectify.exchange.result import MergeRefused

    with Store.open(resolve_db_path(ctx.obj["db"])) as store:
        try:
            result = import_bundle(store, Path(source), dry_run=dry_run, trust=trust)
        except MergeRefused as refused:
            for v in refused.result.violations:
                click.echo(f"  {safe(str(v))}", err=True)
            raise
    head = "试运行（数据库未作改动）" if dry_run else "已导入"
    when = safe(result.created_at[:16].replace("T", " "))
    click.echo(f"{head}：{safe(result.installation_name)} 于 {when} 导出的交换包")
    if result.signer_fingerprint:
        role = ROLE.get(result.signer_role, result.signer_role)
        click.echo(f"签名：{safe(result.installation_name)}（{role}），指纹 {result.signer_fingerprint}")
    if result.sealed:
        click.echo("交换包是加密发给本机的，已解密并核对签名")
    if result.trusted_now == "first_office":
        click.echo(
            f"{'将' if dry_run else '已'}信任办公室电脑“{safe(result.installation_name)}”（首次收到办公室的交换包）"
        )
    elif result.trusted_now == "confirmed":
        click.echo(f"{'将' if dry_run else '已'}把“{safe(result.installation_name)}”加入信任列表")
    if result.imported_before and not result.changed:
        click.echo(f"该交换包已于 {result.imported_before[:16].replace('T', ' ')} 导入过，没有新的变化。")
        return
    rows = [
        [TABLE_LABELS.get(t, t), c.added, c.updated, c.deleted, c.conflicts, c.same + c.older]
        for t, c in result.tables.items()
    ]
    click.echo(table(["内容", "新增", "更新", "删除", "冲突", "无变化"], rows))
    verb = "将" if dry_run else "已"
    if result.conflicts:
        click.echo(
            f"{verb}有 {len(result.conflicts)} 条记录在两台电脑上都改过：两个版本都保留，暂用较新的一个，"
            "请在窗口“工具 → 冲突处理”中确认。"
        )
    if result.me:
        click.echo(f"本机{verb}设为党员{result.me}的笔记本。")
    for key in result.settings_taken:
        click.echo(f"{verb}采用办公室的设置：{SETTING_LABELS.get(key, key)}")
    for t, name in result.merged:
        click.echo(f"{verb}合并为同一{MERGED_LABELS.get(t, t)}：{name}")
    for title, was, now in result.renumbered:
        label = "待编号（由办公室编号）" if now is None else str(now)
        click.echo(f"问题“{safe(title)}”的编号 {was} 在本机已被占用，{verb}改为 {label}。")
    for title, no in result.numbered:
        click.echo(f"走访发现的问题“{safe(title)}”{verb}编为问题{no}。")
    if not result.changed:
        click.echo("没有新的变化。")
    for name in result.missing_evidence:
        click.echo(f"注意：佐证材料“{safe(name)}”的文件不在交换包中，请让对方用 --all 重新导出", err=True)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.option(
    "--me",
    "member",
    metavar="党员",
    help="设定本机使用者（我是）：党员的电脑只登记这位党员本人的记录，交换包也写明是谁的电脑。",
)
@click.pass_context
def identity(ctx: click.Context, as_json: bool, member: str | None) -> None:
    """本机身份：编号、名称、角色和密钥指纹（其他电脑信任本机时核对指纹）。"""
    from hdrectify.exchange.trust import identity as own

    if member is not None:
        from hdrectify.cli_base import writing
        from hdrectify.store.people import find_member

        with writing(ctx) as store:
            chosen = find_member(store, member)
            store.set_setting("me_member_id", chosen["id"])
        click.echo(f"本机使用者：{safe(str(chosen['name']))}", err=as_json)
    with Store.open(resolve_db_path(ctx.obj["db"]), read_only=True) as store:
        me = own(store)
    if as_json:
        click.echo(safe_json(json.dumps(me.as_dict(), ensure_ascii=False)))
        return
    click.echo(f"名称：{safe(me.name)}")
    click.echo(f"角色：{ROLE.get(me.role, me.role)}")
    click.echo(f"编号：{me.installation}")
    click.echo(f"指纹：{me.fingerprint}")


@click.group()
def trust() -> None:
    """信任列表：本机接受哪些电脑的交换包（按签名密钥的指纹）。"""


@trust.command("list")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.pass_context
def trust_list(ctx: click.Context, as_json: bool) -> None:
    """列出信任的电脑：名称、角色、指纹和何时信任。"""
    from hdrectify.exchange.trust import trusted

    with Store.open(resolve_db_path(ctx.obj["db"]), read_only=True) as store:
        found = trusted(store)
    if as_json:
        out = [
            {
                "installation": r["installation_id"],
                "name": r["name"],
                "role": r["role"],
                "fingerprint": r["fingerprint"],
                "how": r["how"],
                "since": r["created_at"],
            }
            for r in found
        ]
        click.echo(safe_json(json.dumps(out, ensure_ascii=False)))
        return
    if not found:
        click.echo("信任列表为空：还没有接受过其他电脑的交换包。")
        return
    rows = [
        [
            safe(r["name"]),
            ROLE.get(r["role"], r["role"]),
            r["fingerprint"],
            HOW_TRUSTED.get(r["how"], r["how"]),
            str(r["created_at"])[:16].replace("T", " "),
        ]
        for r in found
    ]
    click.echo(table(["名称", "角色", "指纹", "方式", "信任时间"], rows))


@trust.command("remove")
@click.argument("fingerprint", metavar="FINGERPRINT")
@click.pass_context
def trust_remove(ctx: click.Context, fingerprint: str) -> None:
    """从信任列表中移除一台电脑：之后它的交换包要重新核对指纹才能导入。"""
    from hdrectify.exchange.trust import remove

    with Store.open(resolve_db_path(ctx.obj["db"])) as store:
        gone = remove(store, fingerprint)
    for r in gone:
        click.echo(f"已从信任列表中移除：{safe(r['name'])}（指纹 {r['fingerprint']}）")
