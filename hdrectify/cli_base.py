"""What every module of the command line shares: opening the database, the one transaction of a
write, and the constants of its options.

The commands live in ``cli.py`` and in its sub-modules (``cli_bundle``, ``cli_import``, ``cli_ledger``,
``cli_records``, ``cli_safety``, ``cli_scans``),
which define theirs without importing ``cli``; ``cli`` imports them and adds their commands to its
group, so the imports go one way (``cli`` → sub-modules → ``cli_base``). No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from hdrectify import click_zh
from hdrectify.domain.cadence import Obligation
from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi
from hdrectify.store.base import Store
from hdrectify.store.db import resolve_db_path

# click's own words ("Usage:", "Options:", its errors) in Chinese, before any command's decorators use them
click_zh.install()

EXIT_INPUT = 1
METHODS = ("phone", "wechat", "onsite", "meeting", "other")
OBLIGATION_NAMES = tuple(o.value for o in Obligation)
FORCE_HELP = "文件已存在时覆盖它（数据库、佐证材料和备份文件夹中的文件任何时候都不能覆盖）。"


@contextmanager
def open_store(ctx: click.Context, *, create: bool = False, check: bool = False) -> Iterator[Store]:
    # check: PRAGMA quick_check before a write, so a damaged file is never written to
    store = Store.open(resolve_db_path(ctx.obj["db"]), create=create, check=check)
    try:
        yield store
    finally:
        store.close()


def daily_backup_before_writing(store: Store) -> None:
    """The first write of the day backs up first; a backup that cannot be made is said, not fatal."""
    from hdrectify.store.backup import daily_backup

    try:
        daily_backup(store.path, conn=store.conn)
    except (OSError, InputError) + dbapi.Error as e:  # noqa: RUF005 (mypy refuses * in except)
        click.echo(f"注意：今天的自动备份没有成功（{e}）", err=True)


@contextmanager
def writing(ctx: click.Context) -> Iterator[Store]:
    """An open store inside one transaction: a failure leaves the file as it was.

    The day's first write backs the database up first (as the window's first start does).
    """
    with open_store(ctx, check=True) as store:
        daily_backup_before_writing(store)
        with store.transaction():
            yield store
