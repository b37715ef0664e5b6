"""The command line's 申请销号 commands, added to the ``measure`` group by ``cli``.

``measure request-close N.M --date DATE (--evidence FILE… | --reason TEXT)`` on a member's laptop;
``measure requests [--json]``, ``measure accept-request N.M [--date DATE] [--request ID]`` and
``measure return-request N.M --comment TEXT [--request ID]`` at the office (store/close_requests.py).
"""

from __future__ import annotations

import datetime as dt
import json

import click

from hdrectify.cli_base import open_store
from hdrectify.cli_base import writing as _writing
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import parse_date
from hdrectify.domain.wording import measure_status_label, request_state_label
from hdrectify.textfmt import safe, safe_json, table

_REQUEST_HELP = "申请编号的开头几位（措施有多份待审核申请时用；见 hdrectify measure requests）。"


@click.command("request-close")
@click.argument("ref", metavar="N.M")
@click.option("--date", "day", required=True, metavar="DATE", help="申请日期 YYYY-MM-DD。")
@click.option("--evidence", "evidence", multiple=True, metavar="FILE", help="佐证材料（可多次给出）。")
@click.option("--reason", default="", help="书面说明（没有佐证材料时必填）。")
@click.pass_context
def request_close(ctx: click.Context, ref: str, day: str, evidence: tuple[str, ...], reason: str) -> None:
    """申请销号（党员电脑）：附佐证材料或书面说明，随交换包送办公室审核。"""
    from hdrectify.store.close_requests import request_close as make_request
    from hdrectify.store.evidence import stage_evidence
    from hdrectify.store.ledger_edit import find_measure

    date = parse_date(day)
    if bool(evidence) == bool(reason.strip()):
        raise InputError("cli.close_needs_basis")
    with _writing(ctx) as store:
        row = find_measure(store, ref)
        staged = [stage_evidence(store.path, name) for name in evidence]
        made = make_request(store, row["id"], date, reason, staged)
    how = f"佐证材料 {len(evidence)} 份" if evidence else f"说明：{reason.strip()}"
    click.echo(safe(f"已申请销号措施 {ref}：{date}（{how}），申请编号 {made['id'][:8]}；请导出交换包送办公室"))


@click.command("requests")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.pass_context
def requests(ctx: click.Context, as_json: bool) -> None:
    """列出销号申请及其状态（待审核、已销号、已退回）。"""
    from hdrectify.store.close_requests import close_requests

    with open_store(ctx) as store:
        found = close_requests(store)
    if as_json:
        click.echo(safe_json(json.dumps({"requests": [r.as_json() for r in found]}, ensure_ascii=False)))
        return
    if not found:
        click.echo("没有销号申请")
        return
    rows = [
        (
            r.id[:8],
            r.ref,
            r.requested_on,
            r.requested_by,
            request_state_label(r.state),
            measure_status_label(r.measure_status),
            f"材料 {len(r.files)} 份" if r.files else r.reason,
            r.comment,
        )
        for r in found
    ]
    click.echo(table(("编号", "措施", "申请日期", "申请人", "状态", "措施现状", "佐证/说明", "审核意见"), rows))


@click.command("accept-request")
@click.argument("ref", metavar="N.M")
@click.option("--date", "day", metavar="DATE", help="销号日期 YYYY-MM-DD（默认今天）。")
@click.option("--request", "request_id", metavar="ID", help=_REQUEST_HELP)
@click.option("--by", "accepted_by", metavar="NAME", help="验收人（默认：本机名称，见 hdrectify identity）。")
@click.option("--opinion", default="", help="验收意见。")
@click.pass_context
def accept_request(
    ctx: click.Context, ref: str, day: str | None, request_id: str | None, accepted_by: str | None, opinion: str
) -> None:
    """同意销号申请：措施按申请的佐证材料或说明销号（办公室），记录验收人和验收意见。"""
    from hdrectify.exchange.identity import installation_name
    from hdrectify.store.close_requests import accept_request as accept
    from hdrectify.store.close_requests import find_request
    from hdrectify.store.ledger_edit import find_measure

    date = parse_date(day) if day is not None else dt.date.today()
    with _writing(ctx) as store:
        request = find_request(store, find_measure(store, ref)["id"], ref, request_id)
        if accepted_by is not None and not accepted_by.strip():
            raise InputError("cli.option_empty", None, option="--by")
        by = accepted_by if accepted_by is not None else installation_name(store)
        accept(store, request.id, date, accepted_by=by, opinion=opinion)
    click.echo(safe(f"已同意 {request.requested_by} 的销号申请，措施 {ref} 已销号：{date}"))


@click.command("return-request")
@click.argument("ref", metavar="N.M")
@click.option("--comment", required=True, help="退回意见（必填）。")
@click.option("--request", "request_id", metavar="ID", help=_REQUEST_HELP)
@click.pass_context
def return_request(ctx: click.Context, ref: str, comment: str, request_id: str | None) -> None:
    """退回销号申请并写明意见（办公室）；意见随交换包回到党员电脑。"""
    from hdrectify.store.close_requests import find_request
    from hdrectify.store.close_requests import return_request as give_back
    from hdrectify.store.ledger_edit import find_measure

    with _writing(ctx) as store:
        request = find_request(store, find_measure(store, ref)["id"], ref, request_id)
        give_back(store, request.id, comment, dt.date.today())
    click.echo(safe(f"已退回 {request.requested_by} 对措施 {ref} 的销号申请"))


COMMANDS = (request_close, requests, accept_request, return_request)
