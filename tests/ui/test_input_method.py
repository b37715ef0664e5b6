"""Typing Chinese: the input method the window asks Qt for, and pinyin typed into 登记联系 end to end.

The end-to-end tests (tests/ui/pinyin_typing.py) start a private desktop (Xvfb and a D-Bus
session), an input method daemon with a pinyin engine made active without anyone's help, and
hdrectify on a copy of the demo database, as a user's desktop session would start it. xdotool
types as a user does: Ctrl+N (登记联系), Alt+N (情况记录), the keys ``n i h a o``, Space (the first
candidate, 你好), Ctrl+Enter (save). The saved contact's note must be 你好.

- IBus: ibus-daemon with ibus-libpinyin, ``QT_IM_MODULE=ibus``.
- fcitx5: fcitx5 with its pinyin engine, the environment a UOS or Kylin desktop sets
  (``QT_IM_MODULE=fcitx``, ``XMODIFIERS=@im=fcitx``) and no ibus-daemon on PATH. Qt has no fcitx
  plugin; hdrectify/ui/input_method.py turns that into Qt's ibus plugin through IBus's portal,
  which fcitx5's IBus frontend serves.

Skipped (with the reason) where Xvfb, D-Bus, xdotool, the daemon or its pinyin engine is missing
(make test installs them on Debian: dbus-bin ibus ibus-libpinyin fcitx5 fcitx5-pinyin).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from hdrectify.ui import input_method
from tests.ui.pinyin_typing import UOS, skip_without_tools, type_pinyin

ROOT = Path(__file__).resolve().parents[2]
WHEEL = {"ibus", "compose"}


# -- the decision -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "plugins", "expected"),
    [
        # a fcitx desktop, Qt without a fcitx plugin: Qt's ibus plugin through the IBus portal
        (UOS, WHEEL, {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}),
        ({"QT_IM_MODULE": "fcitx5"}, WHEEL, {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}),
        ({"XMODIFIERS": "@im=fcitx"}, WHEEL, {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}),
        ({"GTK_IM_MODULE": "fcitx"}, WHEEL, {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}),
        # Qt 6 has no XIM; xim on a fcitx desktop is fcitx
        ({"QT_IM_MODULE": "xim", "XMODIFIERS": "@im=fcitx"}, WHEEL, {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}),
        # the user's own choice of portal is kept
        (UOS | {"IBUS_USE_PORTAL": "0"}, WHEEL, {"QT_IM_MODULE": "ibus"}),
        # a Qt that has a fcitx plugin uses it
        (UOS, WHEEL | {"fcitx", "fcitx5"}, {}),
        # no ibus plugin either: nothing better to ask for
        (UOS, {"compose"}, {}),
        # an IBus desktop that does not name a Qt module: ibus
        ({"XMODIFIERS": "@im=ibus"}, WHEEL, {"QT_IM_MODULE": "ibus"}),
        ({"GTK_IM_MODULE": "ibus"}, WHEEL, {"QT_IM_MODULE": "ibus"}),
        # ibus set by hand on a fcitx desktop: kept, through the portal (there may be no ibus-daemon)
        ({"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=fcitx"}, WHEEL, {"IBUS_USE_PORTAL": "1"}),
        ({"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=fcitx", "IBUS_USE_PORTAL": "0"}, WHEEL, {}),
        # what the user set and Qt has is never changed
        ({"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"}, WHEEL, {}),
        ({"QT_IM_MODULE": "compose", "XMODIFIERS": "@im=fcitx"}, WHEEL, {}),
        ({"QT_IM_MODULE": "none", "XMODIFIERS": "@im=fcitx"}, WHEEL, {}),
        ({"QT_IM_MODULES": "fcitx;compose", "XMODIFIERS": "@im=fcitx"}, WHEEL, {}),
        # nothing named: Qt's own default
        ({}, WHEEL, {}),
        ({"XMODIFIERS": "@im=none"}, WHEEL, {}),
    ],
)
def test_the_module_asked_for(env: dict[str, str], plugins: set[str], expected: dict[str, str]) -> None:
    assert input_method.choose(env, plugins) == expected


def test_plugin_keys_by_file_name(tmp_path: Path) -> None:
    for name in (
        "libibusplatforminputcontextplugin.so",
        "libcomposeplatforminputcontextplugin.so",
        "libqtvirtualkeyboardplugin.so",
        "libfcitx5platforminputcontextplugin.so",
    ):
        (tmp_path / name).write_bytes(b"")
    assert input_method.plugin_keys(tmp_path) == {"ibus", "compose", "fcitx", "fcitx5"}
    assert input_method.plugin_keys(tmp_path / "absent") == set()


def test_this_qt_has_the_ibus_plugin() -> None:
    """What the fcitx case relies on: the PySide6 wheel carries Qt's ibus plugin (and no fcitx one)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforminputcontexts"
    keys = input_method.plugin_keys(folder)
    assert "ibus" in keys
    assert input_method.choose(UOS, keys) == {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


def test_apply_sets_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("QT_IM_MODULES", "IBUS_USE_PORTAL"):
        monkeypatch.setenv(name, "")  # so that the variable is removed again afterwards
        monkeypatch.delenv(name)
    for name, value in UOS.items():
        monkeypatch.setenv(name, value)
    changes = input_method.apply()
    if sys.platform.startswith("linux"):
        assert changes == {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}
        assert os.environ["QT_IM_MODULE"] == "ibus" and os.environ["IBUS_USE_PORTAL"] == "1"
    else:
        assert changes == {} and os.environ["QT_IM_MODULE"] == "fcitx"


@pytest.mark.slow
@pytest.mark.input_method
@pytest.mark.parametrize("daemon", ["ibus", "fcitx5"])
def test_pinyin_typed_into_the_note(daemon: str, demo_template: Path, tmp_path: Path) -> None:
    skip_without_tools()
    db = tmp_path / "demo.db"
    shutil.copy(demo_template, db)
    command = [sys.executable, "-m", "hdrectify", "--db", str(db)]
    assert type_pinyin(daemon, command, db, tmp_path, {"PYTHONPATH": str(ROOT)}) == "你好"


@pytest.mark.slow
def test_keys_still_arrive_where_fcitx_is_named_but_not_running(demo_template: Path, tmp_path: Path) -> None:
    """fcitx 4 (it has no IBus frontend), or no daemon at all: Qt's ibus plugin finds no portal and Qt
    falls back to compose; the letters typed are what is saved."""
    skip_without_tools()
    db = tmp_path / "demo.db"
    shutil.copy(demo_template, db)
    command = [sys.executable, "-m", "hdrectify", "--db", str(db)]
    assert type_pinyin("none", command, db, tmp_path, {"PYTHONPATH": str(ROOT)}) == "nihao"
