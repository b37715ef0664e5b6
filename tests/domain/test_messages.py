"""The catalogue of refusals: every code raised is in it, every text is filled by what its raise sites pass.

The raise sites are found by reading the source (``ast``): a call of :class:`InputError` or one of
its subclasses, or ``super().__init__`` inside such a class, whose first argument is a literal.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

import hdrectify
from hdrectify.domain.errors import InputError
from hdrectify.domain.messages import MESSAGES, render
from hdrectify.domain.periods import Kind, Period

PACKAGE = Path(hdrectify.__file__).parent
# Where every refusal is a code (the other areas are being converted in their own change).
CONVERTED = ("domain", "store", "ui/context.py")


def _error_classes() -> set[str]:
    for info in pkgutil.walk_packages([str(PACKAGE)], "hdrectify."):
        if ".ui" in info.name or info.name.endswith("__main__"):
            continue  # the window needs Qt; its errors are InputError itself
        importlib.import_module(info.name)
    names: set[str] = set()
    todo: list[type] = [InputError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


@dataclass(frozen=True)
class Site:
    path: str
    line: int
    code: str
    keywords: frozenset[str] | None  # None: passed with ** and not known here


def _sites() -> list[Site]:
    classes = _error_classes()
    sites = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside: dict[ast.AST, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for child in ast.walk(node):
                    inside[child] = node.name
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            is_super = (
                isinstance(func, ast.Attribute)
                and func.attr == "__init__"
                and isinstance(func.value, ast.Call)
                and isinstance(func.value.func, ast.Name)
                and func.value.func.id == "super"
                and inside.get(node) in classes
            )
            if not (name in classes or is_super):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            known = all(k.arg is not None for k in node.keywords)
            keywords = frozenset(k.arg for k in node.keywords if k.arg is not None) if known else None
            rel = path.relative_to(PACKAGE).as_posix()
            sites.append(Site(rel, node.lineno, first.value, keywords))
    return sites


SITES = _sites()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_scan_finds_the_raise_sites() -> None:
    assert len([s for s in SITES if s.path.startswith("store/")]) > 100


def test_every_code_raised_is_in_the_catalogue() -> None:
    missing = [f"{s.path}:{s.line} {s.code}" for s in SITES if s.code.isascii() and s.code not in MESSAGES]
    assert missing == []


def test_every_text_is_filled_by_what_its_raise_sites_pass() -> None:
    wrong = []
    for s in SITES:
        if s.code not in MESSAGES or s.keywords is None:
            continue
        needed = _fields(MESSAGES[s.code])
        if needed != s.keywords:
            wrong.append(f"{s.path}:{s.line} {s.code}: text wants {sorted(needed)}, passed {sorted(s.keywords)}")
    assert wrong == []


def test_every_code_in_the_catalogue_is_used() -> None:
    literals: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "messages":  # the catalogue itself (domain/messages/)
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    assert sorted(set(MESSAGES) - literals) == []


@pytest.mark.parametrize("area", CONVERTED)
def test_the_core_raises_no_sentences(area: str) -> None:
    legacy = [f"{s.path}:{s.line} {s.code}" for s in SITES if s.path.startswith(area) and not s.code.isascii()]
    assert legacy == []


def test_codes_are_ascii_names_and_texts_are_one_line() -> None:
    for code, text in MESSAGES.items():
        area, _, what = code.partition(".")
        assert area and what and code.isascii() and " " not in code, code
        assert "\n" not in text, code


def test_an_error_is_data_and_its_text_is_the_chinese() -> None:
    e = InputError("date.not_a_date", "date", text="2024-02-30")
    assert (e.code, e.field, e.params) == ("date.not_a_date", "date", {"text": "2024-02-30"})
    assert str(e) == render("date.not_a_date", {"text": "2024-02-30"})
    assert "2024-02-30" in str(e)


def test_a_period_is_said_by_its_chinese_label() -> None:
    e = InputError("records.already_filed", "period", period=Period(Kind.QUARTER, 2024, 1))
    assert isinstance(e.params["period"], Period)  # the value stays a fact; only the text says it
    assert "该挂钩已有2024年第1季度的记录" in str(e)


def test_every_text_says_something_of_its_own() -> None:
    """No code is a bare ``{reason}`` around a sentence made elsewhere: the window could not translate it."""
    bare = [
        code for code, text in MESSAGES.items() if not re.search(r"[\u4e00-\u9fff]", re.sub(r"\{[^}]*\}", "", text))
    ]
    assert bare == []
