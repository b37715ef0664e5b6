"""Phone photos of visits: which files are photos, the day each was taken, a copy without its location.

A photo's day comes from its EXIF: DateTimeOriginal (when the shutter was pressed), else DateTime
(when the file was last written by the camera or an editor), else the file's modification time; the
source is kept so the window can say which was used. With GPS removal on (the setting
``strip_photo_gps``, default on: a centre's location and the people in the photo are personal
information), a photo whose EXIF has a GPS block is stored as a copy without it — the other EXIF
(the orientation above all) kept, JPEG re-saved with its own quantisation tables (``quality="keep"``)
— and the content hash is that of the stored copy. A photo with no GPS is stored byte for byte.

HEIC (iPhones) is read when the optional ``pillow-heif`` wheel is installed; it is not a dependency
because its wheel bundles the GPL x265 encoder. Without it a HEIC file is refused with a message.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.domain.text import clean_file_name
from hdrectify.store.evidence import MAX_EVIDENCE_BYTES, Progress, StagedFile, stage_stream

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
_HEIC_SUFFIXES = (".heic", ".heif")
_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "HEIF": ".heic"}

# EXIF tags (Pillow's ExifTags.Base / IFD)
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_DATETIME = 0x0132
_DATETIME_ORIGINAL = 0x9003

# where a photo's day came from (the contact_photos.date_source column)
EXIF_ORIGINAL, EXIF_DATETIME, MTIME = "exif_original", "exif", "mtime"


def heic_readable() -> bool:
    """Whether HEIC photos can be read here (the optional pillow-heif wheel is installed)."""
    try:
        from pillow_heif import register_heif_opener  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return False
    register_heif_opener()
    return True


def photo_files(paths: Iterable[Path]) -> list[Path]:
    """The files among ``paths``, a folder standing for the photos in it (and its subfolders), in name order.

    Files named one by one are kept whatever their type, so that a wrong one is refused with a message
    rather than silently left out; from a folder only files with a photo's extension are taken.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES)
            found.extend(sorted(inside, key=lambda p: str(p.relative_to(path)).lower()))
        elif path.is_file():
            found.append(path)
    return found


@dataclass(frozen=True)
class PhotoDate:
    day: dt.date
    source: str  # EXIF_ORIGINAL, EXIF_DATETIME or MTIME


@dataclass
class PreparedPhoto:
    """A photo copied beside the evidence (not yet recorded), with its day and whether GPS was removed."""

    source: Path
    staged: StagedFile
    taken: PhotoDate
    gps_removed: bool


def _open(path: Path) -> Any:
    """The image, opened lazily (pixels are read only if it is re-saved); InputError if it is not a photo."""
    from PIL import Image, UnidentifiedImageError

    name = clean_file_name(path.name)
    if path.suffix.lower() in _HEIC_SUFFIXES and not heic_readable():
        raise InputError("photos.heic_unsupported", None, name=name)
    try:
        image = Image.open(path)
    except FileNotFoundError:
        raise InputError("photos.not_found", None, name=name) from None
    except PermissionError:
        raise InputError("photos.not_readable", None, name=name) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise InputError("photos.not_image", None, name=name) from None
    if image.format not in _FORMATS:
        image.close()
        raise InputError("photos.not_image", None, name=name)
    return image


def _exif_day(text: Any) -> dt.date | None:
    """``2024:03:05 10:21:07`` (EXIF's form; some phones write dashes) as a date, None if unreadable."""
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return dt.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None


def _taken(image: Any, path: Path) -> PhotoDate:
    exif = image.getexif()
    day = _exif_day(exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL))
    if day is not None:
        return PhotoDate(day, EXIF_ORIGINAL)
    day = _exif_day(exif.get(_DATETIME))
    if day is not None:
        return PhotoDate(day, EXIF_DATETIME)
    return PhotoDate(dt.datetime.fromtimestamp(path.stat().st_mtime).date(), MTIME)


def photo_date(path: Path) -> PhotoDate:
    """The day the photo was taken and where that came from (InputError if it is not a photo)."""
    with _open(path) as image:
        return _taken(image, path)


def _without_gps(image: Any) -> bytes | None:
    """The photo re-saved without its GPS block, or None if it has none (then it is stored as it is)."""
    exif = image.getexif()
    if _GPS_IFD not in exif:
        return None
    exif.pop(_GPS_IFD)
    out = io.BytesIO()
    extra: dict[str, Any] = {}
    if image.info.get("icc_profile"):
        extra["icc_profile"] = image.info["icc_profile"]
    if image.format == "JPEG":
        image.save(out, "JPEG", exif=exif, quality="keep", **extra)
    elif image.format == "PNG":
        image.save(out, "PNG", exif=exif, **extra)
    else:  # HEIF, through pillow-heif
        image.save(out, "HEIF", exif=exif.tobytes(), quality=-1)
    return out.getvalue()


def prepare_photo(db_path: Path, path: Path, strip_gps: bool, progress: Progress | None = None) -> PreparedPhoto:
    """Check a photo, find its day, and copy it (without GPS if asked) beside the database.

    No database is touched: this is the slow part, done off the UI thread before the one write.
    """
    name = clean_file_name(path.name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("photos.not_found", None, name=name) from None
    if size == 0:
        raise InputError("photos.not_image", None, name=name)
    if size > MAX_EVIDENCE_BYTES:
        raise InputError("photos.too_big", None, name=name, limit=MAX_EVIDENCE_BYTES >> 20)
    try:
        with _open(path) as image:
            taken = _taken(image, path)
            stripped = _without_gps(image) if strip_gps else None
        if stripped is not None:
            staged = stage_stream(db_path, io.BytesIO(stripped), name, name, progress, len(stripped))
        else:
            with open(path, "rb") as src:
                staged = stage_stream(db_path, src, name, name, progress, size)
    except PermissionError:
        raise InputError("photos.not_readable", None, name=name) from None
    except InputError:
        raise
    except OSError:  # a truncated photo Pillow cannot re-save, a full disk
        raise InputError("photos.not_saved", None, name=name) from None
    return PreparedPhoto(path, staged, taken, stripped is not None)
