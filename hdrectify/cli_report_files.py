"""The command line's ``report-file``: the files a quarterly report was submitted with, listed and removed.

``report-file list MEMBER CENTRE --quarter Q [--json]`` and ``report-file remove MEMBER CENTRE --quarter Q
FILE --reason TEXT`` (FILE: the file's name, or its id from ``list --json``). A removal is a soft delete with
its reason (store/report_files.py): the row and the stored file stay, and it travels in bundles. ``cli.py``
adds the group (this module does not import it). No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import click

from hdrectify.cli_base import open_store, writing
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.wording import timestamp_text
from hdrectify.store.base import Row, Store
from hdrectify.textfmt import safe, safe_json

F = TypeVar("F", bound=Callable[..., Any])


def _which_report(f: F) -> F:
    """MEMBER CENTRE --quarter Q: the report, named as ``report`` and ``feedback`` name it."""
    f = click.option("--quarter", required=True, metavar="Q", help="季度汇报的季度，例如 2024-Q1。")(f)
    f = click.argument("centre_name", metavar="CENTRE")(f)
    return click.argument("member_name", metavar="MEMBER")(f)


def _report(store: Store, member_name: str, centre_name: str, quarter: str) -> tuple[Period, Row]:
    from hdrectify.store.feedback import find_submission
    from hdrectify.store.people import find_centre, find_member

    q = Period.parse(quarter, Kind.QUARTER)
    _table, row = find_submission(store, find_member(store, member_name), find_centre(store, centre_name), q)
    return q, row


@click.group("report-file")
def report_file() -> None:
    """季度汇报提交的文件：列出、移除（附错了文件时）。"""


@report_file.command("list")
@_which_report
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.pass_context
def report_file_list(ctx: click.Context, member_name: str, centre_name: str, quarter: str, as_json: bool) -> None:
    """列出这份季度汇报的文件（不含已移除的）。"""
    from hdrectify.store.report_files import report_files

    with open_store(ctx) as store:
        q, report = _report(store, member_name, centre_name, quarter)
        files = report_files(store, report["id"])
    if as_json:
        out = {
            "quarter": str(q),
            "files": [{k: f[k] for k in ("id", "file_name", "sha256", "size", "author", "created_at")} for f in files],
        }
        click.echo(safe_json(json.dumps(out, ensure_ascii=False)))
        return
    if not files:
        click.echo(f"{q.label_zh()}汇报没有文件")
        return
    for f in files:
        click.echo(safe(f"{f['file_name']}　{f['size']} 字节　{timestamp_text(f['created_at'])}　{f['author']}"))


@report_file.command("remove")
@_which_report
@click.argument("file_ref", metavar="FILE")
@click.option("--reason", required=True, help="移除原因（必填）。")
@click.pass_context
def report_file_remove(
    ctx: click.Context, member_name: str, centre_name: str, quarter: str, file_ref: str, reason: str
) -> None:
    """从季度汇报上移除附错的文件（原因记入审计日志，文件仍留存备查）。"""
    from hdrectify.store.report_files import find_report_file, remove_report_file

    with writing(ctx) as store:
        q, report = _report(store, member_name, centre_name, quarter)
        row = remove_report_file(store, find_report_file(store, report["id"], file_ref)["id"], reason)
    click.echo(safe(f"已从{q.label_zh()}汇报移除文件：{row['file_name']}"))
