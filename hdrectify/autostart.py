"""Start with the system: the XDG autostart entry on Linux, the ``HKCU\\…\\Run`` value on Windows. No Qt.

The entry runs the program that is running now: the frozen executable when frozen (PyInstaller),
else ``python -m hdrectify``, with ``--db`` the database in use, so the window opens on the same
file. The app itself writes and removes it, when the setting in 设置 is changed.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

ENTRY_NAME = "hdrectify.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "hdrectify"


def command(db: Path | None = None) -> list[str]:
    """The command line that starts the window (on ``db`` if given)."""
    args = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "hdrectify"]
    if db is not None:
        args += ["--db", str(db)]
    return args


def autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` when unset or not absolute)."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


def entry_path() -> Path:
    return autostart_dir() / ENTRY_NAME


def _exec_arg(arg: str) -> str:
    """One argument of a desktop entry's ``Exec`` key: quoted (Desktop Entry Specification, "The Exec
    key"), then escaped as a string value (a backslash doubled), ``%`` doubled for the field codes."""
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(db: Path | None = None) -> str:
    exec_line = " ".join(_exec_arg(a) for a in command(db))
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=整改台账与挂钩联系\n"
        "Name[en]=Rectification Ledger and Supervision Pairing\n"
        "Comment=开机时启动，在系统托盘提醒每周联系和汇报、考评截止\n"
        "Comment[en]=Starts with the system and reminds of the weekly contact and deadlines from the tray\n"
        f"Exec={exec_line}\n"
        "Icon=hdrectify\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    if sys.platform == "win32":
        return _windows_value() is not None
    return entry_path().is_file()


def enable(db: Path | None = None) -> None:
    """Write the entry (replacing an older one). Raises OSError when it cannot be written."""
    if sys.platform == "win32":
        _windows_set(subprocess.list2cmdline(command(db)))
        return
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(desktop_entry(db), encoding="utf-8")
    os.replace(tmp, path)


def disable() -> None:
    """Remove the entry, if there is one. Raises OSError when it cannot be removed."""
    if sys.platform == "win32":
        _windows_set(None)
        return
    entry_path().unlink(missing_ok=True)


def _windows_value() -> str | None:  # pragma: no cover - Windows only
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:  # type: ignore[attr-defined,unused-ignore]
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)  # type: ignore[attr-defined,unused-ignore]
            return str(value)
    except FileNotFoundError:
        return None


def _windows_set(value: str | None) -> None:  # pragma: no cover - Windows only
    import winreg

    access = winreg.KEY_SET_VALUE  # type: ignore[attr-defined,unused-ignore]
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, access) as key:  # type: ignore[attr-defined,unused-ignore]
        if value is None:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, RUN_VALUE)  # type: ignore[attr-defined,unused-ignore]
        else:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)  # type: ignore[attr-defined,unused-ignore]
