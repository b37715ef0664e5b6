"""What ships besides the code: the version, the icon in every size, the licence texts, the desktop entry."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest
from PIL import Image

from tests.packaging.packaging_helpers import ROOT, packaging_script

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_version_prints_the_version_in_pyproject() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hdrectify", "--version"], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout == f"hdrectify, version {PYPROJECT['version']}\n"


def test_the_icon_pngs_are_the_svg_drawn_at_each_size(qapp) -> None:
    icons = packaging_script("render_icons")
    for size in icons.SIZES:
        path = icons.png_path(size)
        with Image.open(path) as png:
            assert png.size == (size, size) and png.mode == "RGBA", path.name
            corner, centre = png.getpixel((0, 0)), png.getpixel((size // 2, size // 2))
        assert isinstance(corner, tuple) and isinstance(centre, tuple)  # RGBA: four channels
        assert corner[3] == 0, f"{path.name}: the corner is transparent (rounded square)"
        assert centre[3] == 255, f"{path.name}: the middle is drawn"
        from PySide6.QtGui import QImage

        committed = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        assert committed == icons.render(size), f"{path.name} is out of date: run python packaging/render_icons.py"


def test_the_windows_icon_holds_every_size() -> None:
    with Image.open(ROOT / "resources" / "icons" / "hdrectify.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}


def test_every_shipped_component_has_its_licence_text() -> None:
    folder = ROOT / "resources" / "licenses"
    entries = json.loads((folder / "licenses.json").read_text(encoding="utf-8"))
    by_name = {e["name"]: e for e in entries}
    assert by_name["Qt 6"]["license"] == "LGPL-3.0-only"
    assert by_name["Noto Sans SC"]["license"] == "OFL-1.1"
    expected_words = {
        "LGPL-3.0-only": "GNU LESSER GENERAL PUBLIC LICENSE",
        "OFL-1.1": "SIL OPEN FONT LICENSE",
        "MIT": "Permission is hereby granted",
        "Apache-2.0": "Apache License",
        "BSD-3-Clause": "Redistribution and use",
    }
    for entry in entries:
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        assert len(text) > 500, entry["name"]
        word = expected_words.get(entry["license"])
        if word:
            assert word.lower() in text.lower(), f"{entry['name']}: {word!r} not in {entry['file']}"
    # every runtime dependency of hdrectify is listed (by its distribution name)
    from importlib import metadata

    listed = {e["name"].split()[0].lower().replace("_", "-") for e in entries}
    for requirement in metadata.requires("hdrectify") or []:
        if "extra ==" in requirement:
            continue
        name = requirement.split(">")[0].split("=")[0].split("<")[0].strip().lower().replace("_", "-")
        name = {"pyside6-essentials": "pyside6"}.get(name, name)
        assert name in listed or name.removeprefix("python-") in listed or name in {"pyside6"}, name


@pytest.mark.parametrize("key", ["Exec", "Icon", "Name", "Name[en]", "Categories", "Type"])
def test_the_desktop_entry_has(key: str) -> None:
    lines = (ROOT / "packaging" / "linux" / "hdrectify.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    values = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert values[key]
    if key in ("Exec", "Icon"):
        assert values[key] == "hdrectify"


def test_the_windows_smoke_hook_saves_a_picture_and_exits_0(tmp_path) -> None:
    """The hook packaging/check_frozen.py starts the frozen window with, here from the source tree."""
    import os

    db = tmp_path / "hd.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "hdrectify", "--db", str(db), "init", "--seed"], env=env, check=True)
    shot = tmp_path / "window.png"
    env["HDRECTIFY_SMOKE_SCREENSHOT"] = str(shot)
    result = subprocess.run(
        [sys.executable, "-m", "hdrectify", "--db", str(db)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    packaging_script("check_frozen").check_screenshot(shot)
