"""Build the one-folder app with PyInstaller: dist/hdrectify/ (the spec is packaging/hdrectify.spec).

Run: python packaging/build.py [--force]

The build is skipped when nothing that goes into it changed since the last one (the
sources, resources, spec and installed packages are fingerprinted into
dist/hdrectify/.build-fingerprint). The tests build their own copy per fingerprint in
build/frozen/ (see build_for_tests), so `make test` pays for a build only when the
sources changed. PyInstaller's cache lives in build/pyinstaller-cache, not in the home folder.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "hdrectify.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
CACHE = ROOT / "build" / "pyinstaller-cache"
APP_DIR = DIST / "hdrectify"
FINGERPRINT = APP_DIR / ".build-fingerprint"
INPUTS = ["hdrectify", "resources", "packaging/hdrectify.spec", "packaging/entry.py", "pyproject.toml"]


def app_executable(app_dir: Path = APP_DIR) -> Path:
    return app_dir / ("hdrectify.exe" if sys.platform == "win32" else "hdrectify")


def fingerprint() -> str:
    """A hash of everything the bundle is made from."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for dist in sorted(metadata.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        digest.update(f"{dist.metadata['Name']}=={dist.version}\n".encode())
    for name in INPUTS:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc" or file.name == "README.md":
                continue
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@contextlib.contextmanager
def _lock() -> Iterator[None]:
    """One PyInstaller run at a time in this checkout (several test runs may share it)."""
    WORK.parent.mkdir(parents=True, exist_ok=True)
    with open(WORK.parent / ".pyinstaller.lock", "w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: builds there are run by hand, one at a time
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(force: bool = False, dist: Path = DIST) -> Path:
    """Build <dist>/hdrectify/ unless it is up to date; returns that folder."""
    app_dir = dist / "hdrectify"
    stamp = app_dir / FINGERPRINT.name
    wanted = fingerprint()
    with _lock():
        if not force and stamp.exists() and stamp.read_text() == wanted and app_executable(app_dir).exists():
            print(f"{app_dir} is up to date")
            return app_dir
        shutil.rmtree(app_dir, ignore_errors=True)
        env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(CACHE))
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                *(["--clean"] if force else []),
                "--log-level=WARN",
                "--distpath",
                str(dist),
                "--workpath",
                str(WORK),
                str(SPEC),
            ],
            check=True,
            cwd=ROOT,
            env=env,
        )
        stamp.write_text(wanted)
    seconds = time.monotonic() - started
    print(f"built {app_dir} in {seconds:.0f} s, {folder_size(app_dir) / 2**20:.0f} MiB")
    return app_dir


def build_for_tests() -> Path:
    """A bundle of exactly this checkout for the tests, in build/frozen/<fingerprint>/hdrectify/.

    Each state of the sources gets its own folder, so a test run never sees a bundle that
    another run (of the same working tree) is rebuilding; the others are removed once unused for
    half an hour (a test run needs its folder for well under a minute after building it).
    """
    wanted = fingerprint()
    frozen = ROOT / "build" / "frozen"
    if frozen.exists():
        for old in frozen.iterdir():
            if old.name != wanted[:16] and time.time() - old.stat().st_mtime > 1_800:
                shutil.rmtree(old, ignore_errors=True)
    dist = frozen / wanted[:16]
    app_dir = build(dist=dist)
    os.utime(dist)
    return app_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build again from scratch")
    args = parser.parse_args()
    build(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
