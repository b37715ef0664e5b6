"""Typing Chinese: the input method the window asks Qt for, and pinyin typed into 登记联系 end to end.

The end-to-end tests start a private desktop (tests/ui/x_session.py: Xvfb and a D-Bus session),
an input method daemon with a pinyin engine made active without anyone's help, and hdrectify on a
copy of the demo database, as a user's desktop session would start it. xdotool types as a user
does: Ctrl+N (登记联系), Alt+N (情况记录), the keys ``n i h a o``, Space (the first candidate,
你好), Ctrl+Enter (save). The saved contact's note must be 你好.

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
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hdrectify.ui import input_method
from tests.ui.x_session import x_session

ROOT = Path(__file__).resolve().parents[2]
WAIT = 60.0  # seconds: the machine is shared, a cold start under load is slow
UOS = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx"}
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
        # what the user set and Qt has is never changed
        ({"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=fcitx"}, WHEEL, {}),
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


# -- end to end ---------------------------------------------------------------------------------


def _wait(what: str, done: Callable[[], bool], log: Path | None = None) -> None:
    end = time.monotonic() + WAIT
    while not done():
        if time.monotonic() > end:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            pytest.fail(f"{what}: not within {WAIT:.0f} s\n{tail}")
        time.sleep(0.3)


def _runs(command: list[str], env: dict[str, str]) -> bool:
    return subprocess.run(command, env=env, capture_output=True, timeout=30, check=False).returncode == 0


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        return subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)


def _ibus_engine(env: dict[str, str]) -> bool:
    """Make libpinyin IBus's engine; True once it is."""
    subprocess.run(["ibus", "engine", "libpinyin"], env=env, capture_output=True, timeout=30, check=False)
    engine = subprocess.run(["ibus", "engine"], env=env, capture_output=True, text=True, timeout=30, check=False)
    return engine.stdout.strip() == "libpinyin"


def _start_ibus(env: dict[str, str], home: Path, started: list[subprocess.Popen[bytes]]) -> dict[str, str]:
    """ibus-daemon; the variables the application gets. (The engine is chosen once a text field has
    the focus: IBus has no global engine before an input context is focused.)"""
    if shutil.which("ibus-daemon") is None or shutil.which("ibus") is None:
        pytest.skip("IBus is not installed (apt-get install ibus)")
    if not Path("/usr/share/ibus/component/libpinyin.xml").exists():
        pytest.skip("IBus's pinyin engine is not installed (apt-get install ibus-libpinyin)")
    log = home / "ibus.log"
    started.append(_start(["ibus-daemon", "--xim=false", "--panel=disable", "--replace"], env, log))
    return {"QT_IM_MODULE": "ibus"}


FCITX5_PROFILE = """\
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""


def _start_fcitx5(env: dict[str, str], home: Path, started: list[subprocess.Popen[bytes]]) -> dict[str, str]:
    """fcitx5 with pinyin active from the first key; the variables a fcitx desktop gives programs."""
    if shutil.which("fcitx5") is None:
        pytest.skip("fcitx5 is not installed (apt-get install fcitx5)")
    if not Path("/usr/share/fcitx5/inputmethod/pinyin.conf").exists():
        pytest.skip("fcitx5's pinyin engine is not installed (apt-get install fcitx5-pinyin)")
    config = Path(env["XDG_CONFIG_HOME"]) / "fcitx5"
    config.mkdir(parents=True)
    (config / "profile").write_text(FCITX5_PROFILE, encoding="utf-8")
    # pinyin from the first key (not after Ctrl+Space), in every window
    (config / "config").write_text("[Behavior]\nActiveByDefault=True\nShareInputState=All\n", encoding="utf-8")
    log = home / "fcitx5.log"
    # cloudpinyin would go to the network; the others are for Wayland or a panel
    off = "cloudpinyin,wayland,waylandim,notificationitem,kimpanel"
    started.append(_start(["fcitx5", "-D", f"--disable={off}"], env, log))
    portal = [
        "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
        "org.freedesktop.DBus.GetNameOwner", "string:org.freedesktop.portal.IBus",
    ]  # fmt: skip
    _wait("fcitx5's IBus portal on the session bus", lambda: _runs(portal, env), log)
    _wait("fcitx5's pinyin loaded", lambda: "Loaded addon pinyin" in log.read_text(errors="replace"), log)
    no_ibus = home / "bin"  # a desktop with fcitx only: no ibus-daemon for Qt's plugin to find
    no_ibus.mkdir()
    return UOS | {"PATH": str(no_ibus)}


def _notes(db: Path) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return [row[0] for row in con.execute("SELECT note FROM contacts ORDER BY rowid")]


def _xdotool(env: dict[str, str], *args: str) -> str:
    out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=WAIT, check=True)
    return out.stdout


@pytest.mark.slow
@pytest.mark.input_method
@pytest.mark.parametrize("daemon", ["ibus", "fcitx5"])
def test_pinyin_typed_into_the_note(daemon: str, demo_template: Path, tmp_path: Path) -> None:
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed")
    if shutil.which("dbus-send") is None:
        pytest.skip("dbus-send is not installed (apt-get install dbus-bin)")
    db = tmp_path / "demo.db"
    shutil.copy(demo_template, db)
    before = _notes(db)
    started: list[subprocess.Popen[bytes]] = []
    with x_session(tmp_path, started) as env:
        start = _start_ibus if daemon == "ibus" else _start_fcitx5
        app_env = env | start(env, tmp_path, started)
        app_env |= {
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT),
            "QT_LOGGING_RULES": "qt.qpa.input.methods=true",
        }
        log = tmp_path / "app.log"
        app = _start([sys.executable, "-m", "hdrectify", "--db", str(db)], app_env, log)
        started.append(app)
        main = _xdotool(env, "search", "--sync", "--onlyvisible", "--pid", str(app.pid)).split()[-1]
        _xdotool(env, "windowfocus", "--sync", main)
        _xdotool(env, "key", "--delay", "100", "ctrl+n")
        dialog = _xdotool(env, "search", "--sync", "--onlyvisible", "--name", "登记联系").split()[-1]
        _xdotool(env, "windowfocus", "--sync", dialog)
        _xdotool(env, "key", "--delay", "100", "alt+n")
        # Qt's ibus plugin says when the note field has the focus (QT_LOGGING_RULES above)
        _wait("the note field focused", lambda: 'name = "noteEdit"' in log.read_text(errors="replace"), log)
        time.sleep(0.5)  # its input context's focus travels to the daemon over D-Bus
        if daemon == "ibus":
            _wait("ibus engine libpinyin", lambda: _ibus_engine(env), tmp_path / "ibus.log")
        _xdotool(env, "key", "--delay", "100", "n", "i", "h", "a", "o")
        time.sleep(0.5)  # the candidates come back over D-Bus
        _xdotool(env, "key", "--delay", "100", "space")
        time.sleep(0.5)
        _xdotool(env, "key", "ctrl+Return")
        _wait("the contact saved", lambda: len(_notes(db)) > len(before), log)
        note = _notes(db)[-1]
        assert note == "你好", log.read_text(errors="replace")[-3000:]
