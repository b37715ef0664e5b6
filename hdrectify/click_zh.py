"""click's own texts in Chinese: "Usage:", "Options:", its help lines and its error messages.

click marks its texts for gettext (``from gettext import gettext as _`` and ``ngettext`` in each of
its modules) and ships no Chinese catalogue. :data:`CATALOGUE` is that catalogue, a
``gettext.NullTranslations`` whose entries are :data:`MESSAGES` (click's English msgid -> Chinese),
and :func:`install` makes it the one click's modules translate through, once, at the command line's
start: the texts are translated by their msgid, never recognised afterwards by their English
wording. A msgid without an entry stays as click wrote it (tests/cli/test_click_catalogue.py
lists click's msgids that reach a user and fails on one without its Chinese).
The ``--version`` line stays English: scripts and the packaging check read it.
"""

from __future__ import annotations

import gettext as _gettext
import importlib
import pkgutil

# click's msgids (click 8.x), as written in its sources.
MESSAGES = {
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "位置参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "Confirm the action without prompting.": "不提示，直接确认。",
    "Try '{command} {option}' for help.": "用 '{command} {option}' 查看帮助。",
    "Error: {message}": "错误：{message}",
    "Aborted!": "已取消",
    "Missing command.": "缺少命令。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少 {param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "No such command {name!r}.": "没有这个命令：{name}。",
    "No such option {name!r}.": "没有选项 {name}。",
    "Option {name!r} does not take a value.": "选项 {name} 不带值。",
    "Invalid value: {message}": "值无效：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Argument {name!r} takes {nargs} values.": "参数 {name} 需要 {nargs} 个值。",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "Value must be an iterable.": "值必须是一组。",
    # click fills in its type's English name ("integer"): the Chinese says it without it
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的数字。",
    "{value} is not in the range {range}.": "{value} 不在 {range} 范围内。",
    "{value!r} is not a valid UUID.": "{value!r} 不是有效的 UUID。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} 不是有效的是/否值，可用：{states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 不可写。",
    "{name} {filename!r} is not executable.": "{name} {filename!r} 不可执行。",
    "Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}：{message}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "deprecated": "已弃用",
    "required": "必填",  # --help's [required]: click passes it to _() from a variable (Option.get_help_extra)
    "(dynamic)": "（动态）",
    "Repeat for confirmation": "再输入一次以确认",
    "Error: The two entered values do not match.": "错误：两次输入不一致。",
    "Error: invalid input": "错误：输入无效",
    "Do you want to continue?": "是否继续？",
    "Press any key to continue...": "按任意键继续…",
    "unknown error": "未知错误",
    # ngettext: (singular, plural) -> Chinese (one form)
    "Got unexpected extra argument ({args})": "多余的参数：{args}",
    "Got unexpected extra arguments ({args})": "多余的参数：{args}",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，只给了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，给了 {len} 个。",
    "Did you mean {possibility}?": "是不是 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是不是其中之一：{possibilities}？）",
    "Option {name!r} requires an argument.": "选项 {name} 需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name} 需要 {nargs} 个值。",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} is not one of {choices}.": "{value!r} 不是 {choices} 之一。",
    "{value!r} does not match the format {format}.": "{value!r} 不符合格式 {format}。",
    "{value!r} does not match the formats {formats}.": "{value!r} 不符合格式 {formats}。",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，只给了 {len_value} 个。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，给了 {len_value} 个。",
}


class ChineseCatalogue(_gettext.NullTranslations):
    """click's msgids in Chinese (one plural form: ``ngettext`` looks up the form click chose)."""

    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self.messages = messages

    def gettext(self, message: str) -> str:
        return self.messages.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        chosen = msgid1 if n == 1 else msgid2
        return self.messages.get(chosen, chosen)


CATALOGUE = ChineseCatalogue(MESSAGES)


def install() -> None:
    """Make click speak Chinese from now on (idempotent): every click module that translates through
    gettext's ``_`` / ``ngettext`` translates through :data:`CATALOGUE` instead."""
    import click

    for info in pkgutil.iter_modules(click.__path__):
        if info.name.startswith("_win"):
            continue  # Windows consoles only (imports msvcrt)
        module = importlib.import_module(f"click.{info.name}")
        if getattr(module, "_", None) in (_gettext.gettext, CATALOGUE.gettext):
            module._ = CATALOGUE.gettext  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) in (_gettext.ngettext, CATALOGUE.ngettext):
            module.ngettext = CATALOGUE.ngettext  # type: ignore[attr-defined]
