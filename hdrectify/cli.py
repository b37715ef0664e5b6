"""The command line (SPEC, "Command line"): parse, call the core, print.

Every command that writes does so in one transaction; on bad input it prints one
line on stderr, exits non-zero and leaves the database as it was. Nothing here
imports Qt: the terminal path must stay fast and work without a display.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from hdrectify import (
    __version__,
    cli_bundle,
    cli_draft,
    cli_due,
    cli_feedback,
    cli_holidays,
    cli_import,
    cli_ledger,
    cli_notice,
    cli_password,
    cli_records,
    cli_report_files,
    cli_requests,
    cli_safety,
    cli_scans,
    cli_senders,
)
from hdrectify.cli_base import EXIT_INPUT, FORCE_HELP
from hdrectify.cli_base import open_store as _store
from hdrectify.cli_base import writing as _writing
from hdrectify.domain.cadence import Status, totals
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period, parse_date
from hdrectify.domain.wording import percent, zh_numeral
from hdrectify.store import dbapi
from hdrectify.store.db import resolve_db_path
from hdrectify.textfmt import safe, safe_json, table


def _period(text: str, kind: Kind) -> Period:
    return Period.parse(text, kind)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db", metavar="PATH", help="数据库文件（默认：环境变量 HDRECTIFY_DB，否则用户数据目录）。")
@click.version_option(__version__, prog_name="hdrectify")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """hdrectify：整改台账与挂钩联系（每周一联系、每月一到岗、每季度一汇报、每年一考评）。"""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        from hdrectify.app import main as window  # Qt is imported only for the window

        ctx.exit(window(db))


@cli.command()
@click.option("--seed", is_flag=True, help="同时载入通报中的整改台账（3 个方面、17 个问题）。")
@click.option(
    "--role",
    metavar="office|member",
    help="本机的角色：office 办公室（给问题编号，默认）或 member 党员电脑（新问题待办公室编号）。",
)
@click.pass_context
def init(ctx: click.Context, seed: bool, role: str | None) -> None:
    """创建数据库（已存在则只补齐设置）。"""
    from hdrectify.store.ledger_edit import ROLES, set_role

    if role is not None and role not in ROLES:
        raise InputError("cli.role_bad", "role", role=role)
    path = resolve_db_path(ctx.obj["db"])
    existed = path.exists()
    from hdrectify.store.db import new_paths, remove_new_database

    made = [] if existed else new_paths(path)
    try:
        with _store(ctx, create=True) as store, store.transaction():
            store.initialise_settings()
            if role is not None:
                set_role(store, role)
            added = 0
            if seed:
                from hdrectify.store.ledger import load_seed

                added = load_seed(store)
    except BaseException as e:  # a full disk, say: nothing left behind, and the cause said
        from hdrectify.store.faults import refusal

        remove_new_database(made)
        if isinstance(e, (*dbapi.Error, OSError)):
            raise refusal(e, path) from None
        raise
    click.echo(f"{'数据库已存在' if existed else '已创建数据库'}：{path}")
    if role is not None:
        click.echo(f"本机角色：{'办公室' if role == 'office' else '党员电脑'}")
    if seed:
        click.echo(f"整改台账：新增 {added} 条" if added else "整改台账：已载入过，无需重复载入")


@cli.group()
def centre() -> None:
    """康园中心。"""


@centre.command("add")
@click.argument("name")
@click.option("--town", required=True, help="所在镇（街道），例如 平山街道。")
@click.option("--address", default="", help="地址。")
@click.option("--contact", "contact_person", default="", help="联系人。")
@click.option("--phone", default="", help="联系电话。")
@click.pass_context
def centre_add(ctx: click.Context, name: str, town: str, address: str, contact_person: str, phone: str) -> None:
    """添加康园中心（名称不能重复）。"""
    from hdrectify.store.people import add_centre

    with _writing(ctx) as store:
        row = add_centre(store, name, town, address=address, contact_person=contact_person, contact_phone=phone)
    click.echo(f"已添加康园中心：{safe(row['name'])}（{safe(row['town'])}，编号 {row['id']}）")


@cli.group()
def member() -> None:
    """党员。"""


@member.command("add")
@click.argument("name")
@click.option("--phone", default="", help="联系电话。")
@click.pass_context
def member_add(ctx: click.Context, name: str, phone: str) -> None:
    """添加党员（同名党员可以有多个，之后需用编号区分）。"""
    from hdrectify.store.people import add_member, check_member_name

    with _writing(ctx) as store:
        same = store.rows("SELECT id FROM members WHERE name = ?", [check_member_name(name)])
        row = add_member(store, name, phone=phone)
    click.echo(f"已添加党员：{safe(row['name'])}（编号 {row['id']}）")
    if same:
        click.echo(f"注意：已有同名党员，今后请用编号指定（{row['id']}）", err=True)


@cli.command()
@click.argument("member_name", metavar="MEMBER")
@click.argument("centre_name", metavar="CENTRE")
@click.option("--from", "start", required=True, metavar="DATE", help="挂钩开始日期 YYYY-MM-DD。")
@click.option("--to", "end", metavar="DATE", help="挂钩结束日期（含当天）；不填表示至今。")
@click.pass_context
def pair(ctx: click.Context, member_name: str, centre_name: str, start: str, end: str | None) -> None:
    """建立党员与康园中心的挂钩（同一中心同一天只能有一个挂钩党员）。"""
    from hdrectify.store.people import add_pairing, find_centre, find_member

    start_on = parse_date(start)
    end_on = parse_date(end) if end is not None else None
    with _writing(ctx) as store:
        m, c = find_member(store, member_name), find_centre(store, centre_name)
        add_pairing(store, m, c, start_on, end_on)
    click.echo(f"已挂钩：{safe(m['name'])} — {safe(c['name'])}，{start_on} 至 {end_on or '今'}")


@cli.command()
@click.option("--month", help="月份，例如 2024-03。")
@click.option("--quarter", help="季度，例如 2024-Q1。")
@click.option("--year", help="年份，例如 2024。")
@click.option("--as-of", "as_of", metavar="DATE", help="按哪天的情况计算（默认今天）。")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.pass_context
def status(
    ctx: click.Context, month: str | None, quarter: str | None, year: str | None, as_of: str | None, as_json: bool
) -> None:
    """查看挂钩联系完成情况。"""
    from hdrectify.store.cadence import cadence_view

    given = [(v, k) for v, k in ((month, Kind.MONTH), (quarter, Kind.QUARTER), (year, Kind.YEAR)) if v]
    if len(given) != 1:
        raise InputError("cli.status_span")
    span = _period(*given[0])
    ref = parse_date(as_of) if as_of is not None else dt.date.today()
    with _store(ctx) as store:
        view = cadence_view(store, span, ref)
    rows = view.rows()
    info = view.info()
    t = totals(rows)
    if as_json:
        out: dict[str, Any] = {
            "as_of": ref.isoformat(),
            "rows": [
                {
                    "member": info[r.pairing_id].member,
                    "centre": info[r.pairing_id].centre,
                    "obligation": r.obligation.value,
                    "period": str(r.period),
                    "status": r.status.value,
                    "backfilled": r.backfilled,
                }
                for r in rows
            ],
            "totals": t.as_dict(),
        }
        # compact: a city's year is 69,000 rows, and indenting them takes most of the time
        click.echo(safe_json(json.dumps(out, ensure_ascii=False, separators=(",", ":"))))
        return
    click.echo(f"{span.label_zh()} 挂钩联系情况（截至 {ref}）")
    if not rows:
        click.echo("这段时间没有需要完成的挂钩联系。")
        return
    click.echo(
        table(
            ["党员", "康园中心", "义务", "期间", "状态", "补录"],
            [
                [
                    info[r.pairing_id].member,
                    info[r.pairing_id].centre,
                    r.obligation.label_zh,
                    str(r.period),
                    r.status.label_zh,
                    "补录" if r.backfilled else "",
                ]
                for r in rows
            ],
        )
    )
    counts = "，".join(f"{s.label_zh} {getattr(t, s.value)}" for s in Status)
    click.echo(f"合计：{counts}；完成率 {percent(t.completion_rate)}")


@cli.command()
@click.option("--month", required=True, help="月份，例如 2024-03。")
@click.option("--member", "member_name", metavar="NAME", help="只打印这名党员的挂钩（默认全部挂钩）。")
@click.option("-o", "output", required=True, metavar="FILE.pdf", help="保存为 PDF 文件。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def checklist(ctx: click.Context, month: str, member_name: str | None, output: str, force: bool) -> None:
    """打印挂钩联系工作月度清单（A4，每个挂钩一页）。"""
    from hdrectify.documents import make_checklist
    from hdrectify.store.people import find_member

    span = _period(month, Kind.MONTH)
    with _store(ctx) as store:
        member_id = find_member(store, member_name)["id"] if member_name is not None else None
        pages = make_checklist(store, span, Path(output), member_id, force=force)
    click.echo(f"已生成{span.label_zh()}月度清单：{safe(output)}（{pages} 页）")


@cli.command()
@click.option("--quarter", help="季度，例如 2024-Q1。")
@click.option("--year", help="年度汇总，例如 2024。")
@click.option("-o", "output", required=True, metavar="FILE.pdf|FILE.xlsx", help="保存为 PDF 或 XLSX。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def summary(ctx: click.Context, quarter: str | None, year: str | None, output: str, force: bool) -> None:
    """导出季度（--quarter）或年度（--year）挂钩联系工作汇总。"""
    from hdrectify.documents import make_summary

    if (quarter is None) == (year is None):
        raise InputError("cli.summary_span")
    span = _period(quarter, Kind.QUARTER) if quarter is not None else _period(str(year), Kind.YEAR)
    with _store(ctx) as store:
        if quarter is not None:  # the members whose laptops have not sent what the quarter needs: said, not refused
            from hdrectify.store.senders import stragglers, stragglers_text

            late = stragglers(store, span)
            if late:
                click.echo(safe(f"注意：{stragglers_text(late)}（汇总中注明了各党员的数据截至日期）"), err=True)
        count = make_summary(store, span, Path(output), force=force)
    unit = "行" if output.lower().endswith(".xlsx") else "页"
    click.echo(f"已生成{span.label_zh()}汇总：{safe(output)}（{count} {unit}）")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出整改台账。")
@click.option(
    "-o", "output", metavar="FILE.pdf|FILE.xlsx|FILE.docx", help="导出台账（PDF、XLSX）或整改情况报告（DOCX）。"
)
@click.option("--evidence-zip", "evidence_zip", metavar="FILE.zip", help="把佐证材料按问题编号打包。")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.pass_context
def ledger(ctx: click.Context, as_json: bool, output: str | None, evidence_zip: str | None, force: bool) -> None:
    """整改台账：方面 → 问题 → 整改措施。"""
    from hdrectify.domain.ledger import MeasureStatus
    from hdrectify.store.ledger import tree

    if sum(bool(x) for x in (as_json, output, evidence_zip)) > 1:
        raise InputError("cli.ledger_one_output")
    if output or evidence_zip:
        from hdrectify.documents import make_evidence_zip, make_ledger

        with _store(ctx) as store:
            if output:
                count = make_ledger(store, Path(output), force=force)
                click.echo(f"已导出整改台账：{safe(output)}")
            else:
                assert evidence_zip is not None
                count = make_evidence_zip(store, Path(evidence_zip), force=force)
                click.echo(f"已打包佐证材料：{safe(evidence_zip)}（{count} 个文件）")
        return
    with _store(ctx) as store:
        data = tree(store)
    if as_json:
        click.echo(safe_json(json.dumps(data, ensure_ascii=False, indent=2)))
        return
    if not data["areas"]:
        click.echo("整改台账为空：可用 hdrectify init --seed 载入通报中的问题。")
        return
    for area in data["areas"]:
        click.echo(f"{zh_numeral(area['no'])}、{safe(area['title'])}")
        for p in area["problems"]:
            done = sum(m["status"] == MeasureStatus.DONE.value for m in p["measures"])
            no = "待编号" if p["no"] is None else f"{p['no']}."
            click.echo(f"  {no} {safe(p['title'])}（措施 {len(p['measures'])} 条，已完成 {done} 条）")
            for m in p["measures"]:
                text = m["text"] if len(m["text"]) <= 40 else m["text"][:40] + "…"
                click.echo(f"     ({m['no']}) [{MeasureStatus(m['status']).label_zh}] {safe(text)}")


@cli.command()
@click.option("--path", "path", metavar="FILE", help="演示数据库文件（默认：用户数据目录下的 hdrectify-demo.db）。")
@click.option("--today", metavar="DATE", help="以哪天为“今天”生成一年的演示记录（默认今天）。")
@click.option("--force", is_flag=True, help="已有演示数据库时重新生成。")
def demo(path: str | None, today: str | None, force: bool) -> None:
    """生成演示数据库（与正式数据库分开，文件名带“demo”）。"""
    from hdrectify.store.demo import build_demo, default_demo_path

    target = resolve_db_path(path) if path else default_demo_path()
    ref = parse_date(today) if today is not None else dt.date.today()
    created = build_demo(target, ref, force=force)
    click.echo(f"{'已生成' if created else '已存在'}演示数据库：{target}")


def _usage_zh(e: click.UsageError) -> str:
    """click's usage errors, said in Chinese: by their kind and values, in click's own words where
    they are the message (translated by hdrectify/click_zh.py)."""
    if isinstance(e, click.MissingParameter) and e.param is not None:
        what = "/".join(e.param.opts) if isinstance(e.param, click.Option) else e.param.human_readable_name
        return str(InputError("cli.missing", None, what=what))
    if isinstance(e, click.NoSuchOption):
        return str(InputError("cli.no_such_option", None, name=e.option_name))
    if isinstance(e, click.BadParameter) and e.param is not None:
        return str(InputError("cli.bad_value", None, option="/".join(e.param.opts) or e.param.name, message=e.message))
    if isinstance(e, click.BadOptionUsage):
        return e.message
    if type(e).__name__ == "NoArgsIsHelpError":  # click 8.2+: a group given no command; its message is the help
        return str(InputError("cli.missing_command"))
    return e.format_message()


def _file_error(e: OSError) -> InputError:
    """What the system refused, in the catalogue's words: its English text (``strerror``) is not shown."""
    import errno

    from hdrectify.outputs import system_refusal
    from hdrectify.store.faults import FULL, READ_ONLY, classify

    kind = classify(e)
    if e.filename:
        path = Path(os.fsdecode(e.filename))
        refused = system_refusal(path, e)
        if refused is not None:
            return refused
        if e.errno == errno.ENOENT:
            return InputError("cli.file_not_found", None, path=str(path))
        return InputError("cli.file_error", None, path=str(path))
    if kind == FULL:
        return InputError("cli.disk_full")
    if kind == READ_ONLY:
        return InputError("cli.read_only")
    if e.errno == errno.ENOENT:
        return InputError("cli.file_not_found_anywhere")
    return InputError("cli.file_error_anywhere")


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, turning bad input into one line on stderr and a non-zero exit."""
    cli_password.install_prompt()  # an encrypted database: its password asked at a hidden prompt
    try:
        code = cli.main(args=argv, prog_name="hdrectify", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except InputError as e:
        click.echo(f"错误：{safe(str(e))}", err=True)  # it may quote a stored name: one line, nothing obeyed
        sys.exit(EXIT_INPUT)
    except click.UsageError as e:
        hint = f"（用 {e.ctx.command_path} --help 查看用法）" if e.ctx else ""
        click.echo(f"错误：{safe(_usage_zh(e))}{hint}", err=True)
        sys.exit(2)
    except click.Abort:
        click.echo("已取消", err=True)
        sys.exit(1)
    except dbapi.Error as e:
        from hdrectify.store.faults import describe

        click.echo(f"错误：{describe(e)}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as e:
        click.echo(safe(f"错误：{_file_error(e)}"), err=True)
        sys.exit(1)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)


# commands kept in modules of their own (they do not import this one)
for _command in (
    cli_bundle.bundle,
    cli_bundle.identity,
    cli_bundle.trust,
    cli_records.log,
    cli_records.report,
    cli_records.review,
    cli_records.review_sheet,
    cli_records.exempt,
    cli_ledger.inspection,
    cli_ledger.area,
    cli_ledger.problem,
    cli_ledger.measure,
    cli_safety.backup,
    cli_safety.restore,
    cli_safety.verify,
    cli_scans.scans,
    cli_due.due,
    cli_import.template,
    cli_import.import_,
    cli_holidays.holidays,
    cli_draft.draft_report,
    cli_feedback.feedback,
    cli_report_files.report_file,
    cli_password.password,
    cli_senders.senders,
    cli_notice.notice,
):
    cli.add_command(_command)
for _command in cli_requests.COMMANDS:  # 申请销号: under ``measure``
    cli_ledger.measure.add_command(_command)
