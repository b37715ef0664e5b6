"""Start with the system on Linux: the XDG autostart entry written, read back as a desktop entry, removed."""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest

from hdrectify import autostart


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def exec_args(value: str) -> list[str]:
    """The Exec key's arguments, read as the Desktop Entry Specification says: the string value
    unescaped (a doubled backslash is one), then arguments split on spaces, a double-quoted one taking
    a backslash before " ` $ and itself; %% is a literal %, and no other field code may appear."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        assert text[i] == '"', f"unquoted argument at {i}: {text!r}"
        i += 1
        arg = ""
        while text[i] != '"':
            if text[i] == "\\":
                assert text[i + 1] in '"`$\\'
                i += 1
            arg += text[i]
            i += 1
        i += 1
        assert "%" not in arg.replace("%%", "")
        args.append(arg.replace("%%", "%"))
    return args


@pytest.mark.skipif(sys.platform == "win32", reason="the XDG entry is Linux's")
def test_written_read_back_and_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "xdg config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    db = tmp_path / 'my "data" $HOME 100% `x`\\y' / "hd.db"
    assert not autostart.is_enabled()

    autostart.enable(db)

    path = config / "autostart" / "hdrectify.desktop"
    assert autostart.entry_path() == path and autostart.is_enabled()
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "整改台账与挂钩联系"
    assert entry["Terminal"] == "false"
    assert exec_args(entry["Exec"]) == [sys.executable, "-m", "hdrectify", "--db", str(db)]
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind

    autostart.enable(None)  # written again (another database chosen): replaced, not duplicated
    assert exec_args(read_entry(path)["Exec"]) == [sys.executable, "-m", "hdrectify"]

    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # removing twice is not an error


def test_frozen_app_runs_its_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "hdrectify"))
    assert autostart.command(tmp_path / "a.db") == [str(tmp_path / "hdrectify"), "--db", str(tmp_path / "a.db")]


def test_relative_xdg_config_home_is_ignored(monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")  # the spec: not absolute → ignored
    assert autostart.autostart_dir() == isolated_home / ".config" / "autostart"


@pytest.mark.skipif(sys.platform == "win32", reason="the XDG entry is Linux's")
def test_unwritable_folder_raises_oserror(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    with pytest.raises(OSError):
        autostart.enable(None)
    assert not autostart.is_enabled()
