"""Errors as data at the edges: every refusal that exchange/, printing/, the outputs, the documents,
the app's start and the command line raise carries a code of the one catalogue, with the values
its text names, and never a finished sentence or the system's English text.

Read from the sources (an AST scan), so a new raise site with a sentence or an unknown code fails
here before any user sees it.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from hdrectify.domain.messages import MESSAGES

PACKAGE = Path(__file__).resolve().parents[2] / "hdrectify"
EDGE_FILES = sorted(
    [
        *(PACKAGE / "exchange").glob("*.py"),
        *(PACKAGE / "printing").glob("*.py"),
        PACKAGE / "outputs.py",
        PACKAGE / "documents.py",
        PACKAGE / "app.py",
        *PACKAGE.glob("cli*.py"),
        PACKAGE / "click_zh.py",
    ]
)
# InputError and the subclasses the edges define (their callers catch them by class)
ERROR_CLASSES = {"InputError", "BundleError", "OutputError"}


def _calls(path: Path) -> list[tuple[int, ast.Call]]:
    """Every ``InputError(…)``-like call, and ``super().__init__(…)`` in a subclass of one."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    error_classes = {
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id in ERROR_CLASSES for b in n.bases)
    }
    supers = {
        id(node)
        for cls in error_classes
        for node in ast.walk(cls)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "__init__"
        and isinstance(node.func.value, ast.Call)
        and isinstance(node.func.value.func, ast.Name)
        and node.func.value.func.id == "super"
    }
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ERROR_CLASSES or id(node) in supers:
                out.append((node.lineno, node))
    return out


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


SITES = [(path, line, call) for path in EDGE_FILES for line, call in _calls(path)]


def test_the_edges_raise_errors_at_all() -> None:
    # the scan finds what it is meant to: bundles alone refuse in some sixty ways
    assert len(SITES) > 80


@pytest.mark.parametrize(("path", "line", "call"), SITES, ids=[f"{p.relative_to(PACKAGE)}:{n}" for p, n, _ in SITES])
def test_every_raise_carries_a_catalogued_code_and_its_values(path: Path, line: int, call: ast.Call) -> None:
    assert call.args, "an error needs its code"
    first = call.args[0]
    assert isinstance(first, ast.Constant) and isinstance(first.value, str), "the code is a literal, not a sentence"
    code = first.value
    assert code.isascii() and "." in code, f"{code!r} is a sentence, not a code"
    assert code in MESSAGES, f"{code} is not in hdrectify/domain/messages/"
    given = {k.arg for k in call.keywords if k.arg is not None}
    if any(k.arg is None for k in call.keywords):  # **params: checked by the function that builds them
        return
    assert given == _fields(MESSAGES[code]), f"{code}: the text names {_fields(MESSAGES[code])}, the call gives {given}"


def test_the_edges_own_sections_hold_only_their_codes() -> None:
    prefixes = ("exchange.", "output.", "printing.", "cli.", "app.")
    used = {call.args[0].value for _, _, call in SITES if call.args and isinstance(call.args[0], ast.Constant)}
    ours = {code for code in MESSAGES if code.startswith(prefixes)}
    assert ours - used == set(), "codes nobody raises"


def test_no_system_text_in_a_message() -> None:
    # OSError.strerror is English ("No space left on device"): never a value of a Chinese message
    for path in EDGE_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "strerror":
                parent_calls = [c for _, c in _calls(path) if any(n is node for n in ast.walk(c))]
                assert not parent_calls, f"{path.name}:{node.lineno} pastes strerror into a message"
