"""The command line's ``holidays``: a year's statutory holidays and 调休, and the exemptions they suggest.

It only prints: a suggestion becomes an exemption when the office records it (``exempt --all …``,
printed ready to run, or 建议免除 in the window's 登记免除 dialog), never by itself. No Qt.
"""

from __future__ import annotations

import json
import shlex
from typing import Any

import click

from hdrectify.cli_base import open_store as _store
from hdrectify.domain import wording
from hdrectify.domain.periods import Kind, Period
from hdrectify.textfmt import safe, safe_json, table


def _days(first: Any, last: Any, year: int) -> str:
    def one(day: Any) -> str:
        return wording.month_day_text(day) if day.year == year else wording.date_text(day)

    return one(first) if first == last else f"{one(first)}—{one(last)}"


@click.command()
@click.option("--year", required=True, metavar="YYYY", help="年份，例如 2025。")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON。")
@click.pass_context
def holidays(ctx: click.Context, year: str, as_json: bool) -> None:
    """查看一年的法定节假日、调休上班日，以及建议免除的周和月（须由办公室登记，不会自动生效）。"""
    from hdrectify.domain.holidays import closures
    from hdrectify.store.holidays import offered_exemptions

    y = Period.parse(year, Kind.YEAR).year
    found = closures(y)  # an unknown year: said so, not guessed
    with _store(ctx) as store:
        offered = offered_exemptions(store, y)
    if as_json:
        out = {
            "year": y,
            "holidays": [
                {
                    "name": c.label(),
                    "from": c.first.isoformat(),
                    "to": c.last.isoformat(),
                    "workdays": [d.isoformat() for d in c.makeup],
                }
                for c in found
            ],
            "suggestions": [
                {
                    "obligation": o.suggestion.obligation.value,
                    "period": str(o.suggestion.period),
                    "from": o.suggestion.start.isoformat(),
                    "to": o.suggestion.end.isoformat(),
                    "workdays_left": o.suggestion.workdays,
                    "reason": o.suggestion.reason,
                    "accepted": o.accepted,
                }
                for o in offered
            ],
        }
        click.echo(safe_json(json.dumps(out, ensure_ascii=False, indent=1)))
        return
    click.echo(f"{y}年法定节假日（国务院办公厅通知）：")
    rows = [
        (
            c.label(),
            _days(c.first, c.last, y),
            wording.HOLIDAY_WORK.format("、".join(_days(d, d, y) for d in c.makeup)) if c.makeup else "",
        )
        for c in found
    ]
    click.echo(table(("节日", "放假", "调休"), rows))
    click.echo("")
    if not offered:
        click.echo("建议免除：无（没有哪一周或哪个月大部分是假期）")
        return
    click.echo("建议免除（适用于所有挂钩；须由办公室登记，不会自动生效）：")
    click.echo(
        table(
            ("义务", "期间", "起止", "剩余工作日", "原因", "状态"),
            [
                (
                    o.suggestion.obligation.label_zh,
                    o.suggestion.period.label_zh(),
                    _days(o.suggestion.start, o.suggestion.end, y),
                    o.suggestion.workdays,
                    o.suggestion.reason,
                    "已登记" if o.accepted else "未登记",
                )
                for o in offered
            ],
        )
    )
    pending = [o.suggestion for o in offered if not o.accepted]
    if pending:
        click.echo("")
        click.echo("登记免除的命令：")
        for s in pending:
            args = ["exempt", "--all", "--obligation", s.obligation.value, "--from", s.start.isoformat()]
            args += ["--to", s.end.isoformat(), "--reason", s.reason]
            click.echo(safe("hdrectify " + shlex.join(args)))
