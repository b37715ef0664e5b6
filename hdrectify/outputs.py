"""Where the files the user asks for are written: never onto what the app keeps, never half. No Qt.

Every document, bundle and user-chosen backup passes :func:`check_output` (the core's
``make_*``, ``export_bundle`` and ``save_backup`` call it, so the command line and the
window cannot skip it) and is written through :func:`atomic_output`: a temporary file in
the same folder, synced, given the usual permissions and renamed over the target, so a
crash or an error leaves the old file as it was and no half file under the real name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.paths import backups_dir, evidence_dir, new_file_mode

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


def protected(path: Path, db_path: Path) -> str | None:
    """What ``path`` is, if it is something of the database at ``db_path`` (a sentence), else None."""
    path, db_path = Path(path), Path(db_path)
    if _same(path, db_path):
        return "不能保存到数据库文件本身：请另选文件名"
    for suffix, name in _COMPANIONS:
        if _same(path, Path(f"{db_path}{suffix}")):
            return f"不能保存到数据库的{name}（{path.name}）：请另选文件名"
    if _inside(path, evidence_dir(db_path)):
        return f"不能保存到佐证材料存档文件夹 {evidence_dir(db_path)} 中：请另选位置"
    if _inside(path, backups_dir(db_path)):
        return f"不能保存到备份文件夹 {backups_dir(db_path)} 中：请另选位置"
    return None


def check_output(path: Path, db_path: Path, force: bool = False, *, make_folder: bool = False) -> Path:
    """``path`` if the user may write a file there, else an InputError saying why.

    Refused: the database, its companions and what is kept beside it (see :func:`protected`);
    a folder; a folder that does not exist (``make_folder``: it is created); an existing
    file unless ``force``.
    """
    path = Path(path)
    reason = protected(path, db_path)
    if reason is not None:
        raise InputError(reason)
    if path.is_dir():
        raise InputError(f"“{path}”是文件夹：请给出文件名")
    if make_folder and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as e:
            raise InputError(f"无法创建文件夹 {path.parent}（{e.strerror or e}）：请检查路径和权限") from None
    if not path.parent.is_dir():
        raise InputError(f"文件夹 {path.parent} 不存在：请先创建，或换一个位置")
    if (path.exists() or path.is_symlink()) and not force:
        raise InputError(f"文件已存在：{path}，如要覆盖请加 --force")
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


def _cannot_write(path: Path, e: OSError) -> InputError:
    """The cause in Chinese (a full disk, no permission), never the system's English text."""
    from hdrectify.store.faults import FULL, READ_ONLY, classify, describe

    if classify(e) in (FULL, READ_ONLY):
        return InputError(describe(e, path))
    return InputError(f"无法写入 {path}：请检查文件夹是否存在、是否有写权限，或文件是否正被打开")


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
        raise _cannot_write(path, e) from None
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
        raise _cannot_write(path, e) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
