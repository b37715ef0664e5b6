"""Where hdrectify's own files are: resources shipped with it, and a database's evidence folder. No Qt."""

from __future__ import annotations

import os
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


BACKUP_DIR = "backups"


def backups_dir(db_path: Path) -> Path:
    """Backups of a database live in ``backups/`` beside it (hdrectify.store.backup)."""
    return db_path.parent / BACKUP_DIR


def new_file_mode() -> int:
    """The permissions a new file gets from the user's umask (a temporary file from mkstemp has 0600).

    Documents and bundles are written to a temporary name and moved into place; they are then
    given this mode, so that a file saved to a shared folder is readable as any other file there.
    """
    try:  # Linux: read it without changing it (os.umask would change it for every thread a moment)
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
