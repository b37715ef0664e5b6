"""Phone photos made with Pillow for the tests: EXIF dates, a GPS block, an orientation."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PIL import Image

GPS_IFD, EXIF_IFD = 0x8825, 0x8769
ORIENTATION, DATETIME, DATETIME_ORIGINAL = 0x0112, 0x0132, 0x9003


def make_photo(
    path: Path,
    *,
    taken: dt.datetime | None = None,
    written: dt.datetime | None = None,
    gps: bool = True,
    mtime: dt.datetime | None = None,
    colour: tuple[int, int, int] = (200, 30, 30),
) -> Path:
    """A small JPEG or PNG (by ``path``'s suffix): DateTimeOriginal ``taken``, DateTime ``written``, GPS, rotated."""
    image = Image.new("RGB", (64, 48), colour)
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    if written is not None:
        exif[DATETIME] = written.strftime("%Y:%m:%d %H:%M:%S")
    if taken is not None:
        exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = taken.strftime("%Y:%m:%d %H:%M:%S")
    if gps:
        block = exif.get_ifd(GPS_IFD)
        block.update({1: "N", 2: (22.0, 58.0, 30.0), 3: "E", 4: (114.0, 43.0, 12.0)})
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, exif=exif)
    if mtime is not None:
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return path


def exif_of(path: Path) -> tuple[dict[int, Any], dict[int, Any]]:
    """(the main EXIF tags, the GPS block) of a stored file."""
    with Image.open(path) as image:
        exif = image.getexif()
        return dict(exif), dict(exif.get_ifd(GPS_IFD))
