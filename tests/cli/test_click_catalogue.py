"""click's own texts are translated by their msgid (hdrectify/click_zh.py), and none that reaches a
user is missing: a click upgrade that adds or rewords one fails here, not in front of a user."""

from __future__ import annotations

import ast
from pathlib import Path

import click

from hdrectify.click_zh import CATALOGUE, MESSAGES
from tests.cli_runner import run_subprocess

# msgids that only a programmer sees (a command defined wrongly), or never on this CLI
NOT_FOR_USERS = {
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead?"
    " Did you mean to pass '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "Invalid start character for option ({option})",
    "%(prog)s, version %(version)s",  # the --version line stays English: scripts read it
    "Choice({choices})",  # a type's repr
    "Unknown color {colour!r}",
    "Unknown standard stream '{name}'",
    "{editor}: Editing failed",
    "{editor}: Editing failed: {e}",
    "Couldn't detect Bash version, shell completion is not supported.",
    "Shell completion is not supported for Bash versions older than 4.4.",
    "Windows error: {error}",
    "d",  # the short form of --help's "-h" in the editor's prompt
}


# msgids click hands to _() from a variable, not as a literal: each with the source line that holds it
FROM_VARIABLES = {"required": 'extra["required"] = "required"'}


def _click_msgids() -> set[str]:
    core = (Path(click.__file__).parent / "core.py").read_text(encoding="utf-8")
    found = {msgid for msgid, line in FROM_VARIABLES.items() if line in core}
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                texts = node.args[: 1 if node.func.id == "_" else 2]
                found |= {a.value for a in texts if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_text_click_shows_a_user_has_its_chinese() -> None:
    msgids = _click_msgids()
    assert len(msgids) > 50
    assert msgids - NOT_FOR_USERS - set(MESSAGES) == set()
    assert set(MESSAGES) - msgids == set(), "entries click no longer has"


def test_the_catalogue_is_a_gettext_translation() -> None:
    assert CATALOGUE.gettext("Usage:") == "用法:"
    one, many = "Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"
    assert CATALOGUE.ngettext(one, many, 2) == CATALOGUE.ngettext(one, many, 1) == "多余的参数：{args}"
    assert CATALOGUE.gettext("a text click never had") == "a text click never had"


def test_a_bad_number_is_refused_in_chinese_without_the_type_name(tmp_path: Path) -> None:
    code, out, err = run_subprocess("--db", tmp_path / "hd.db", "measure", "set", "--problem", "1", "--measure", "x")
    assert (code, out) == (2, "")
    assert err == "错误：--measure 的值无效：'x' 不是有效的数字。（用 hdrectify measure set --help 查看用法）\n"


def test_a_group_without_its_command_is_one_chinese_line(tmp_path: Path) -> None:
    code, out, err = run_subprocess("--db", tmp_path / "hd.db", "bundle")
    assert (code, out) == (2, "")
    assert err == "错误：缺少命令：请在后面写上要做的事（用 hdrectify bundle --help 查看用法）\n"
