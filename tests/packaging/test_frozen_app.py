"""The PyInstaller folder and the .deb made from it work the way a user runs them (`make test` builds both)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.packaging.packaging_helpers import packaging_script

pytestmark = [pytest.mark.frozen, pytest.mark.slow]


def test_the_frozen_app_runs_the_command_line_writes_a_chinese_pdf_and_opens_the_window(
    frozen_app_dir: Path, tmp_path: Path
) -> None:
    check = packaging_script("check_frozen")
    done = check.check(frozen_app_dir / "hdrectify", tmp_path)
    assert done[0] == f"hdrectify, version {check.project_version()}"
    assert any("Noto Sans SC embedded" in line for line in done)
    assert (tmp_path / "window.png").stat().st_size > 10_000


def test_the_frozen_app_carries_its_resources(frozen_app_dir: Path) -> None:
    resources = frozen_app_dir / "_internal" / "resources"
    for name in (
        "fonts/NotoSansSC-Regular.ttf",
        "fonts/NotoSansSC-Bold.ttf",
        "fonts/OFL.txt",
        "seed/ledger.json",
        "translations/hdrectify_en.qm",
        "icons/hdrectify-256.png",
        "help/guide.html",
        "help/images/log-dialog.png",
        "licenses/licenses.json",
    ):
        assert (resources / name).is_file(), name
    internal = frozen_app_dir / "_internal"
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so").exists()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").exists()  # a desktop
    assert (internal / "pypdfium2_raw" / "libpdfium.so").exists()  # the print preview renders with it
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").exists()  # 确定 / 取消
    # left to the system (see the spec)
    system = ("libstdc++.so.6", "libgcc_s.so.1", "libpango-1.0.so.0", "PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    for name in system:
        assert not (internal / name).exists(), name


def test_the_deb_installs_the_folder_under_opt_with_a_command_menu_entry_and_icon(
    frozen_app_dir: Path, tmp_path: Path
) -> None:
    build_deb = packaging_script("build_deb")
    deb = build_deb.build_deb(frozen_app_dir, tmp_path, compress=False)
    version = packaging_script("check_frozen").project_version()
    assert deb.name == f"hdrectify_{version}_{build_deb.architecture()}.deb"

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout

    assert field("Package").strip() == "hdrectify"
    assert field("Version").strip() == version
    assert "libxcb-cursor0" in field("Depends")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {line.split()[5].removeprefix("."): line for line in listing.splitlines()}
    assert entries["/opt/hdrectify/hdrectify"].startswith("-rwxr-xr-x root/root")
    assert "/usr/bin/hdrectify -> /opt/hdrectify/hdrectify" in listing
    assert "/usr/share/applications/hdrectify.desktop" in entries
    assert "/usr/share/icons/hicolor/48x48/apps/hdrectify.png" in entries
    assert "/usr/share/icons/hicolor/scalable/apps/hdrectify.svg" in entries
    assert "/opt/hdrectify/_internal/resources/fonts/NotoSansSC-Regular.ttf" in entries
    assert not any("group" in line.split()[1] for line in listing.splitlines())  # root/root owns everything
    assert not any(".build-fingerprint" in name for name in entries)

    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    desktop = (unpacked / "usr/share/applications/hdrectify.desktop").read_text(encoding="utf-8")
    assert "\nExec=hdrectify\n" in desktop and "\nIcon=hdrectify\n" in desktop
    assert "Name=整改台账与挂钩联系" in desktop
    assert not list(tmp_path.glob(".*staging"))
