"""Where hdrectify's own files are: resources shipped with it, and a database's evidence folder. No Qt."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package (a source checkout), or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = resources_dir()
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
SEED = RESOURCES / "seed"
ICONS = RESOURCES / "icons"
HELP = RESOURCES / "help"
LICENSES = RESOURCES / "licenses"


def evidence_dir(db_path: Path) -> Path:
    """Evidence files of a database live beside it, named by content hash."""
    return db_path.parent / f"{db_path.stem}-evidence"
