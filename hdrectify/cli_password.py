"""The command line's ``password``: protect the database file with a password, change it, remove it.

A password never goes on the command line (it would stay in the shell's history and be visible to
other users in the process list): it is typed at a hidden prompt, or read from the first line of
``--password-file``, or from ``$HDRECTIFY_PASSWORD`` (the present password; for ``set``, the new
one). No Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi
from hdrectify.store.db import resolve_db_path

FILE_HELP = "从该文件的第一行读取新密码（供脚本使用；不要把密码写在命令行上）。"


def install_prompt() -> None:
    """Opening an encrypted database asks for its password at a hidden prompt, when there is a terminal."""

    def ask(path: Path) -> str | None:
        if not sys.stdin.isatty():
            return None
        return str(click.prompt(f"数据库 {path} 的密码", hide_input=True, err=True))

    dbapi.ask_with(ask)


def _read_file(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError("password.no_file", None, path=str(path)) from None
    except (OSError, UnicodeError):
        raise InputError("password.unreadable_file", None, path=str(path)) from None
    if not lines or not lines[0]:
        raise InputError("password.empty_file", None, path=str(path))
    return lines[0]


def _new_password(password_file: Path | None, *, env_ok: bool) -> str:
    if password_file is not None:
        return _read_file(password_file)
    env = os.environ.get(dbapi.ENV_PASSWORD)
    if env_ok and env:
        return env
    first = str(click.prompt("新密码", hide_input=True, err=True))
    if str(click.prompt("再输入一次新密码", hide_input=True, err=True)) != first:
        raise InputError("password.mismatch", "password")
    return first


def _plain_backups(db_path: Path) -> int:
    from hdrectify.store.backup import named_backups

    return sum(1 for b in named_backups(db_path) if not dbapi.is_encrypted(b.path))


@click.group()
def password() -> None:
    """数据库密码：设置、更换或取消（设置后数据库文件和以后的备份都加密保存）。"""


@password.command("set")
@click.option("--password-file", type=click.Path(dir_okay=False, path_type=Path), help=FILE_HELP)
@click.pass_context
def set_(ctx: click.Context, password_file: Path | None) -> None:
    """为数据库设置密码（新密码：提示输入，或 --password-file，或环境变量 HDRECTIFY_PASSWORD）。"""
    from hdrectify.store.password import set_password

    path = resolve_db_path(ctx.obj["db"])
    if dbapi.is_encrypted(path):
        raise InputError("password.already_set", None, path=str(path))
    set_password(path, _new_password(password_file, env_ok=True))
    click.echo(f"已为数据库设置密码：{path}")
    click.echo("请记住这个密码：忘记了就无法打开数据库，也无法恢复它的备份。")
    plain = _plain_backups(path)
    if plain:
        click.echo(f"注意：备份文件夹中还有 {plain} 个设置密码之前的备份没有加密，请妥善保管或删除。")


@password.command()
@click.option("--password-file", type=click.Path(dir_okay=False, path_type=Path), help=FILE_HELP)
@click.pass_context
def change(ctx: click.Context, password_file: Path | None) -> None:
    """更换数据库密码（现在的密码：提示输入或环境变量 HDRECTIFY_PASSWORD；新密码：提示输入或 --password-file）。"""
    from hdrectify.store.password import set_password

    path = resolve_db_path(ctx.obj["db"])
    if not dbapi.is_encrypted(path):
        raise InputError("password.none_set", None, path=str(path))
    dbapi.connect(path).close()  # the present password first: a wrong one is said before a new one is asked
    set_password(path, _new_password(password_file, env_ok=False))
    click.echo(f"已更换数据库密码：{path}（以前的备份仍用原来的密码）")


@password.command()
@click.pass_context
def remove(ctx: click.Context) -> None:
    """取消数据库密码，数据库文件改为不加密保存（现在的密码：提示输入或环境变量 HDRECTIFY_PASSWORD）。"""
    from hdrectify.store.password import set_password

    path = resolve_db_path(ctx.obj["db"])
    set_password(path, None)
    click.echo(f"已取消数据库密码：{path}（以前的加密备份仍需原来的密码）")
