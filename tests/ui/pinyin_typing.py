"""Type pinyin into 登记联系's note through an input method daemon, on a private desktop, as a user does.

:func:`type_pinyin` starts the desktop (tests/ui/x_session.py), the daemon with its pinyin engine
active without anyone's help (IBus: ibus-daemon and libpinyin; fcitx5: a profile in the private
XDG_CONFIG_HOME), and the given hdrectify command; xdotool types Ctrl+N (登记联系), Alt+N (情况记录),
``n i h a o``, Space (the first candidate, 你好), Ctrl+Enter (save). Used by
tests/ui/test_input_method.py (the sources) and tests/packaging/test_frozen_input_method.py (the
frozen app). Skips the test (with the reason) where a tool, the daemon or its engine is missing.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.ui.x_session import x_session

WAIT = 60.0  # seconds: the machine is shared, a cold start under load is slow
# what a UOS or Kylin desktop with fcitx gives the programs it starts
UOS = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx"}


def skip_without_tools() -> None:
    for tool, package in (("xdotool", "xdotool"), ("dbus-send", "dbus-bin")):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install {package})")


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


def _no_daemon(env: dict[str, str], home: Path, started: list[subprocess.Popen[bytes]]) -> dict[str, str]:
    """A desktop that names fcitx where fcitx is not running (fcitx 4, or fcitx5 stopped)."""
    return dict(UOS)


def type_pinyin(daemon: str, command: list[str], db: Path, home: Path, env_extra: dict[str, str]) -> str:
    """On a private desktop with ``daemon`` (ibus, fcitx5, or none), start ``command`` (hdrectify on
    ``db``), type the pinyin of 你好 into 登记联系's note and save; the note saved."""
    before = _notes(db)
    started: list[subprocess.Popen[bytes]] = []
    with x_session(home, started) as env:
        start = {"ibus": _start_ibus, "fcitx5": _start_fcitx5, "none": _no_daemon}[daemon]
        app_env = env | start(env, home, started) | env_extra
        app_env |= {"QT_QPA_PLATFORM": "xcb", "QT_LOGGING_RULES": "qt.qpa.input.methods=true"}
        log = home / "app.log"
        app = _start(command, app_env, log)
        started.append(app)
        main = _xdotool(env, "search", "--sync", "--onlyvisible", "--pid", str(app.pid)).split()[-1]
        _xdotool(env, "windowfocus", "--sync", main)
        _xdotool(env, "key", "--delay", "100", "ctrl+n")
        dialog = _xdotool(env, "search", "--sync", "--onlyvisible", "--name", "登记联系").split()[-1]
        _xdotool(env, "windowfocus", "--sync", dialog)
        _xdotool(env, "key", "--delay", "100", "alt+n")
        if daemon != "none":
            # Qt's ibus plugin says when the note field has the focus (QT_LOGGING_RULES above)
            _wait("the note field focused", lambda: 'name = "noteEdit"' in log.read_text(errors="replace"), log)
            time.sleep(0.5)  # its input context's focus travels to the daemon over D-Bus
        if daemon == "ibus":
            _wait("ibus engine libpinyin", lambda: _ibus_engine(env), home / "ibus.log")
        _xdotool(env, "key", "--delay", "100", "n", "i", "h", "a", "o")
        time.sleep(0.5)  # the candidates come back over D-Bus
        _xdotool(env, "key", "--delay", "100", "space")
        time.sleep(0.5)
        _xdotool(env, "key", "ctrl+Return")
        _wait("the contact saved", lambda: len(_notes(db)) > len(before), log)
        return _notes(db)[-1]
