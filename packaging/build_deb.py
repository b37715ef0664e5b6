"""Build a Debian package from the PyInstaller folder: dist/hdrectify_<version>_<arch>.deb.

Run: python packaging/build_deb.py [--app-dir dist/hdrectify] [--out dist]
(build the folder first: python packaging/build.py)

The package installs the folder under /opt/hdrectify, a `hdrectify` command in /usr/bin
(a symlink; the frozen program finds its files from its real location), the menu entry
/usr/share/applications/hdrectify.desktop and the icon in the hicolor theme. Debian's
desktop-file-utils and icon-cache triggers refresh the menu; no maintainer scripts.
Works for Debian 12 and the distributions that install .deb packages (UOS, Kylin) with
glibc 2.36 or newer, since the bundle's Python and libraries come from the build machine.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Qt loads from the system on a desktop (the Makefile's lists, Debian 12 names).
DEPENDS = [
    "libc6 (>= 2.36)",
    "libstdc++6 (>= 12)",  # not bundled (see the spec)
    "libgcc-s1",
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
]


def project() -> dict[str, str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]  # type: ignore[no-any-return]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def installed_size_kib(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) // 1024 + 1


def depends(libc: str = "2.36", libstdcxx: str = "12") -> list[str]:
    """DEPENDS, with the floors of glibc and libstdc++ of the system the bundle was built on."""
    floors = {"libc6": f"libc6 (>= {libc})", "libstdc++6": f"libstdc++6 (>= {libstdcxx})"}
    return [floors.get(d.split()[0], d) for d in DEPENDS]


def control(version: str, arch: str, size_kib: int, deps: list[str] | None = None) -> str:
    return (
        "\n".join(
            [
                "Package: hdrectify",
                f"Version: {version}",
                f"Architecture: {arch}",
                "Maintainer: hdrectify developers <hdrectify@localhost>",
                f"Installed-Size: {size_kib}",
                f"Depends: {', '.join(deps or DEPENDS)}",
                "Section: misc",
                "Priority: optional",
                "Description: 整改台账与挂钩联系 (rectification ledger and supervision cadence)",
                " A desktop tool for a county Disabled Persons' Federation: the inspection's",
                " rectification ledger and the Party members' weekly, monthly, quarterly and",
                " yearly supervision of the community rehabilitation centres, offline.",
                " Simplified Chinese first, English second.",
            ]
        )
        + "\n"
    )


def copyright_text() -> str:
    licences = ROOT / "resources" / "licenses" / "README.md"
    summary = licences.read_text(encoding="utf-8") if licences.exists() else ""
    return (
        "hdrectify is MIT licensed. It bundles third-party software; their licences are in\n"
        "/opt/hdrectify/_internal/resources/licenses/ and listed below.\n\n" + summary
    )


def stage(app_dir: Path, staging: Path, version: str, arch: str, deps: list[str] | None = None) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    opt = staging / "opt" / "hdrectify"
    shutil.copytree(app_dir, opt, symlinks=True, ignore=shutil.ignore_patterns(".build-fingerprint"))
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / "hdrectify").symlink_to("/opt/hdrectify/hdrectify")
    apps = staging / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / "hdrectify.desktop", apps / "hdrectify.desktop")
    hicolor = staging / "usr" / "share" / "icons" / "hicolor"
    for size in PNG_SIZES:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(ICONS / f"hdrectify-{size}.png", target / "hdrectify.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ICONS / "hdrectify.svg", hicolor / "scalable" / "apps" / "hdrectify.svg")
    doc = staging / "usr" / "share" / "doc" / "hdrectify"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    for path in staging.rglob("*"):  # no group- or world-writable files from a umask
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(version, arch, installed_size_kib(staging), deps), encoding="utf-8")


def build_deb(app_dir: Path, out: Path, *, compress: bool = True, deps: list[str] | None = None) -> Path:
    if not (app_dir / "hdrectify").exists():
        raise SystemExit(f"{app_dir} has no hdrectify program: run python packaging/build.py first")
    version, arch = project()["version"], architecture()
    name = f"hdrectify_{version}_{arch}"
    staging = out / f".{name}.staging"
    stage(app_dir, staging, version, arch, deps)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{name}.deb"
    # gzip: well under a minute on two cores where xz takes minutes; the .deb is a little larger.
    # The tests build it uncompressed (-Znone), which takes seconds.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip" if compress else "-Znone", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(staging)
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-dir", type=Path, default=ROOT / "dist" / "hdrectify")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    # packaging/old-glibc/build.sh: glibc 2.28, libstdc++ of GCC 8 (UOS 20)
    parser.add_argument("--libc", default="2.36", help="the glibc the bundle needs at least")
    parser.add_argument("--libstdcxx", default="12", help="the libstdc++6 version it needs at least")
    args = parser.parse_args()
    started = time.monotonic()
    deb = build_deb(args.app_dir, args.out, deps=depends(args.libc, args.libstdcxx))
    print(f"built {deb} in {time.monotonic() - started:.0f} s, {deb.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
