"""build_deb.py's glibc floor: Debian 12's by default, the older one when the bundle was built for an older one.

packaging/old-glibc/build.sh packs its bundle with --libc 2.28 --libstdcxx 8; apt on UOS 20 / Kylin V10
refuses a .deb whose Depends asks for libc6 (>= 2.36) even when the bundle would run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.packaging.packaging_helpers import PACKAGING


def _pack(tmp_path: Path, *flags: str) -> str:
    """build_deb.py run on a one-file stand-in folder; the Depends field of the .deb it makes."""
    app = tmp_path / "app"
    app.mkdir(exist_ok=True)
    program = app / "hdrectify"
    program.write_text("#!/bin/sh\necho hdrectify\n")
    program.chmod(0o755)
    out = tmp_path / ("out" + "".join(flags).replace(".", "_").replace("-", ""))
    subprocess.run(
        [sys.executable, str(PACKAGING / "build_deb.py"), "--app-dir", str(app), "--out", str(out), *flags],
        check=True,
        capture_output=True,
    )
    (deb,) = out.glob("hdrectify_*.deb")
    return subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True).stdout


def test_the_regular_deb_still_asks_for_debian_12s_glibc(tmp_path: Path) -> None:
    depends = _pack(tmp_path)
    assert "libc6 (>= 2.36)" in depends
    assert "libstdc++6 (>= 12)" in depends
    assert "libxcb-cursor0" in depends


def test_the_compat_deb_asks_for_the_glibc_it_was_built_against(tmp_path: Path) -> None:
    depends = _pack(tmp_path, "--libc", "2.28", "--libstdcxx", "8")
    assert "libc6 (>= 2.28)" in depends
    assert "libstdc++6 (>= 8)" in depends
    assert "2.36" not in depends
    assert "libxcb-cursor0" in depends and "libfontconfig1" in depends  # the rest unchanged


def test_the_old_glibc_scripts_parse() -> None:
    for script in ("build.sh", "check.sh"):
        subprocess.run(["bash", "-n", str(PACKAGING / "old-glibc" / script)], check=True)
