"""Typing Chinese in the frozen app: pinyin through IBus, and through fcitx5 on a desktop that names
fcitx only (tests/ui/pinyin_typing.py; skipped where the daemons cannot be installed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.store.demo import build_demo
from tests.ui.pinyin_typing import skip_without_tools, type_pinyin

pytestmark = [pytest.mark.frozen, pytest.mark.slow, pytest.mark.input_method]


@pytest.mark.parametrize("daemon", ["ibus", "fcitx5"])
def test_pinyin_typed_into_the_frozen_app(daemon: str, frozen_app_dir: Path, tmp_path: Path) -> None:
    skip_without_tools()
    db = tmp_path / "demo.db"
    build_demo(db, dt.date.today())
    assert type_pinyin(daemon, [str(frozen_app_dir / "hdrectify"), "--db", str(db)], db, tmp_path, {}) == "你好"
