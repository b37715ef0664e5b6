"""Where the files the user asks for are written: never onto what the app keeps, never half. No Qt.

Every document, bundle and user-chosen backup passes :func:`check_output` (the core's
``make_*``, ``export_bundle`` and ``save_backup`` call it, so the command line and the
window cannot skip it) and is written through :func:`atomic_output`: a temporary file in
the same folder, synced, given the usual permissions and renamed over the target, so a
crash or an error leaves the old file as it was and no half file under the real name.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.domain.fault_kinds import FULL, READ_ONLY, os_error_kind
from hdrectify.paths import backups_dir, evidence_dir, new_file_mode

log = logging.getLogger(__name__)

# what SQLite and the window keep beside the database, and what each is called
_COMPANIONS = (
    ("-wal", "预写日志"),
    ("-shm", "共享内存文件"),
    ("-journal", "回滚日志"),
    (".lock", "锁文件"),
)


def _real(path: Path) -> Path:
    """The path with symlinks and ``..`` resolved, as far as it exists (the rest kept as written)."""
    return Path(os.path.realpath(path))


def _same(a: Path, b: Path) -> bool:
    """One file or folder: by device and inode where both exist (hard links, case-insensitive
    file systems), else by the resolved path, compared without regard to case."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    if a.exists() and b.exists():
        return False  # both exist and are different files
    return os.path.normcase(_real(a)).casefold() == os.path.normcase(_real(b)).casefold()


def _inside(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or lies anywhere inside it (each existing ancestor compared as a file)."""
    real = _real(path)
    return any(_same(p, folder) for p in (real, *real.parents))


def refusal(path: Path, db_path: Path) -> InputError | None:
    """Why ``path`` may not be written, if it is something of the database at ``db_path``, else None."""
    path, db_path = Path(path), Path(db_path)
    if _same(path, db_path):
        return InputError("output.is_database", "path")
    for suffix, name in _COMPANIONS:
        if _same(path, Path(f"{db_path}{suffix}")):
            return InputError("output.is_companion", "path", what=name, name=path.name)
    if _inside(path, evidence_dir(db_path)):
        return InputError("output.in_evidence", "path", folder=str(evidence_dir(db_path)))
    if _inside(path, backups_dir(db_path)):
        return InputError("output.in_backups", "path", folder=str(backups_dir(db_path)))
    return None


def protected(path: Path, db_path: Path) -> str | None:
    """:func:`refusal` as its Chinese sentence (for a caller that only shows it), else None."""
    found = refusal(path, db_path)
    return None if found is None else str(found)


def check_output(path: Path, db_path: Path, force: bool = False, *, make_folder: bool = False) -> Path:
    """``path`` if the user may write a file there, else an InputError saying why.

    Refused: the database, its companions and what is kept beside it (see :func:`protected`);
    a folder; a folder that does not exist (``make_folder``: it is created); an existing
    file unless ``force``.
    """
    path = Path(path)
    refused = refusal(path, db_path)
    if refused is not None:
        raise refused
    if path.is_dir():
        raise InputError("output.is_folder", "path", path=str(path))
    if make_folder and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as e:
            log.warning("cannot make the folder %s: %s", path.parent, e)
            full = system_refusal(path.parent, e)
            raise full or InputError("output.cannot_make_folder", "path", folder=str(path.parent)) from None
    if not path.parent.is_dir():
        raise InputError("output.no_folder", "path", folder=str(path.parent))
    if (path.exists() or path.is_symlink()) and not force:
        raise InputError("output.exists", "path", path=str(path))
    return path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder; the file is synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def system_refusal(path: Path, e: OSError) -> InputError | None:
    """A full disk or a refused write (ENOSPC, EDQUOT; EACCES, EPERM, EROFS) as its code, else None."""
    kind = os_error_kind(e)
    folder = path if path.is_dir() else path.parent
    if kind == FULL:
        return InputError("output.disk_full", "path", folder=str(folder))
    if kind == READ_ONLY:
        return InputError("output.read_only", "path", path=str(path), folder=str(folder))
    return None


def cannot_write(path: Path, e: OSError) -> InputError:
    """Why ``path`` could not be written, in the catalogue's words; the system's English text
    (``e.strerror``) goes only to the log."""
    log.warning("cannot write %s: %s", path, e)
    return system_refusal(path, e) or InputError("output.cannot_write", "path", path=str(path))


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` for the writer to fill; moved over ``path`` when the block ends.

    The file is synced and given :func:`hdrectify.paths.new_file_mode` first. If the block
    raises, the temporary file is removed and ``path`` is left as it was. An OSError (the
    folder cannot be written, the disk is full) becomes an InputError naming ``path``.
    Its name is hidden and ends in ``.part`` (``.<name>.<random>.part``).
    """
    import tempfile  # here: the command line's start-up does not pay for it

    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise cannot_write(path, e) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        tmp.chmod(new_file_mode())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as e:
        raise cannot_write(path, e) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


@contextlib.contextmanager
def atomic_buffer(path: Path) -> Iterator[io.BytesIO]:
    """An in-memory file for a library that writes a whole document at once (reportlab, openpyxl,
    XlsxWriter, python-docx), written to ``path`` through :func:`atomic_output` when the block ends.

    Given a file name, such a library opens the file, or a ZipFile over it, itself and leaves it open
    when the disk fills in the middle: the garbage collector's later close fails again and prints
    a traceback after our message. In memory nothing can fill; the one write to the disk is ours and
    is closed on every path. The temporary file is made first, so an unwritable folder is said at once.
    """
    with atomic_output(path) as tmp:
        buffer = io.BytesIO()
        yield buffer
        with open(tmp, "wb") as out, buffer.getbuffer() as data:
            out.write(data)
