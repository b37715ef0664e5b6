"""Files the user saves (bundles, spreadsheets, Word drafts) get the usual permissions, not mkstemp's 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    "args",
    [
        ("ledger", "-o", "台账.xlsx"),
        ("ledger", "-o", "报告.docx"),
        ("ledger", "-o", "台账.pdf"),
        ("bundle", "export", "-o", "交换包.hdbundle", "--all"),
    ],
)
@pytest.mark.usefixtures("umask_022")
def test_a_saved_file_is_readable_by_others_as_the_umask_says(
    tmp_path: Path, run: Callable[..., Any], db: Path, args: tuple[str, ...]
) -> None:
    out = tmp_path / args[-2 if args[-1] == "--all" else -1]
    full = [a if a != out.name else str(out) for a in args]
    code, _, err = run("--db", db, *full)
    assert (code, err) == (0, ""), err
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
