"""No output lands on what the app keeps: every ``-o`` refuses the database, its companions, the
evidence store and the backups; an existing file is replaced only with ``--force``; a file is
written whole or not at all.

Each refusal is checked as a user meets it: one 错误：… line, a non-zero exit, the database file
byte for byte as it was, and ``verify`` still passing.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from hdrectify.domain.errors import InputError
from hdrectify.outputs import atomic_output
from hdrectify.paths import evidence_dir
from hdrectify.store.base import Store
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger import seed_id
from tests.before_the_lock import before_the_lock

Runner = Callable[..., tuple[int, str, str]]

# (command line before the path, the option naming the output, the suffix it writes, after the path)
COMMANDS: dict[str, tuple[tuple[str, ...], str, str, tuple[str, ...]]] = {
    "checklist": (("checklist", "--month", "2024-03"), "-o", ".pdf", ()),
    "summary": (("summary", "--quarter", "2024-Q1"), "-o", ".xlsx", ()),
    "ledger": (("ledger",), "-o", ".docx", ()),
    "evidence-zip": (("ledger",), "--evidence-zip", ".zip", ()),
    "bundle": (("bundle", "export"), "-o", ".hdbundle", ("--all",)),
    "backup": (("backup",), "-o", ".db", ()),
    "draft-report": (("draft-report", "陈志强", "平山街道康园中心", "--quarter", "2024-Q1"), "-o", ".docx", ()),
}


def command(name: str, out: Path, *extra: str) -> list[object]:
    before, option, _suffix, after = COMMANDS[name]
    return [*before, option, out, *after, *extra]


def readable(name: str, path: Path) -> bool:
    """The file is a whole document of its kind."""
    suffix = COMMANDS[name][2]
    if suffix == ".pdf":
        return len(PdfReader(path).pages) > 0
    if suffix == ".xlsx":
        return bool(openpyxl.load_workbook(path).sheetnames)
    if suffix == ".db":
        return path.read_bytes().startswith(b"SQLite format 3\x00")
    with zipfile.ZipFile(path) as zf:  # docx, zip and bundles are all ZIPs
        return zf.testzip() is None and bool(zf.namelist())


@pytest.fixture
def kept(db: Path) -> Path:
    """The ``db`` fixture's database with one evidence file, so every document has something to hold."""
    source = db.parent / "纪要.txt"
    source.write_bytes(b"minutes of 2024-03-02")
    with Store.open(db) as store, store.transaction(), before_the_lock(store, seed_id("measure", 1, 1)):
        add_evidence(store, seed_id("measure", 1, 1), source)
    assert (db.parent / "backups").is_dir()  # the day's first write backed up
    return db


def files_of(db: Path) -> dict[str, bytes]:
    """The database and its companions, as bytes."""
    return {p.name: p.read_bytes() for p in db.parent.iterdir() if p.name.startswith(db.name) and p.is_file()}


@pytest.fixture
def refused_output(run: Runner, expect_error: Callable[[int, str, str], str]) -> Callable[..., str]:
    """``refused_output(db, *args)``: one error line, the database's files unchanged, verify passes."""

    def _refused(db: Path, *args: object) -> str:
        before = files_of(db)
        message = expect_error(*run("--db", db, *args))
        assert files_of(db) == before, "a refused output changed the database"
        code, _out, err = run("--db", db, "verify")
        assert (code, err) == (0, ""), err
        return message

    return _refused


def protected_target(db: Path, kind: str) -> tuple[Path, str]:
    """A path to something the app keeps, and a word the refusal must say."""
    if kind == "db":
        return db, "数据库文件本身"
    if kind == "wal":
        return Path(f"{db}-wal"), "数据库"
    if kind == "shm":
        return Path(f"{db}-shm"), "数据库"
    if kind == "journal":
        return Path(f"{db}-journal"), "数据库"
    if kind == "lock":
        return Path(f"{db}.lock"), "锁文件"
    if kind == "dotdot":
        (db.parent / "sub").mkdir(exist_ok=True)
        return db.parent / "sub" / ".." / db.name, "数据库文件本身"
    if kind == "symlink":
        link = db.parent / "link"
        link.symlink_to(db)
        return link, "数据库文件本身"
    if kind == "hardlink":
        hard = db.parent / "hard"
        os.link(db, hard)
        return hard, "数据库文件本身"
    if kind == "evidence":
        stored = next(p for p in evidence_dir(db).rglob("*") if p.is_file())
        return stored, "佐证材料"
    if kind == "evidence-new":
        return evidence_dir(db) / "new", "佐证材料"
    if kind == "backups":
        made = next((db.parent / "backups").glob("*.db"))
        return made, "备份"
    if kind == "backups-new":
        return db.parent / "backups" / "new", "备份"
    if kind == "backups-symlinked":
        alias = db.parent / "alias"
        alias.symlink_to(db.parent / "backups", target_is_directory=True)
        return alias / "new", "备份"
    raise AssertionError(kind)


PROTECTED = (
    "db",
    "wal",
    "shm",
    "journal",
    "lock",
    "dotdot",
    "symlink",
    "hardlink",
    "evidence",
    "evidence-new",
    "backups",
    "backups-new",
    "backups-symlinked",
)


@pytest.mark.parametrize("kind", PROTECTED)
@pytest.mark.parametrize("name", list(COMMANDS))
def test_an_output_never_lands_on_what_the_app_keeps(
    refused_output: Callable[..., str], kept: Path, name: str, kind: str
) -> None:
    target, says = protected_target(kept, kind)
    kept_bytes = target.read_bytes() if target.is_file() else None
    # --force too: overwriting permission never reaches what the app keeps
    message = refused_output(kept, *command(name, target, "--force"))
    assert says in message, message
    assert (target.read_bytes() if target.is_file() else None) == kept_bytes


def test_the_bug_report_bundle_onto_the_database_is_refused(refused_output: Callable[..., str], kept: Path) -> None:
    message = refused_output(kept, "bundle", "export", "-o", kept, "--all")
    assert message == "错误：不能保存到数据库文件本身：请另选文件名"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_an_existing_file_is_replaced_only_with_force(
    run: Runner, refused_output: Callable[..., str], kept: Path, name: str
) -> None:
    out = kept.parent / f"old{COMMANDS[name][2]}"
    out.write_bytes(b"the user's own file")
    message = refused_output(kept, *command(name, out))
    assert "文件已存在" in message and "--force" in message and str(out) in message
    assert out.read_bytes() == b"the user's own file"

    code, _out, err = run("--db", kept, *command(name, out, "--force"))
    assert (code, err) == (0, ""), err
    assert readable(name, out)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".") and ".part" in p.name]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_folder_or_a_missing_folder_is_said_in_chinese(
    run: Runner, refused_output: Callable[..., str], kept: Path, name: str
) -> None:
    folder = kept.parent / f"folder{COMMANDS[name][2]}"
    folder.mkdir()
    message = refused_output(kept, *command(name, folder, "--force"))
    assert "文件夹" in message and str(folder) in message

    missing = kept.parent / "no-such-folder" / f"x{COMMANDS[name][2]}"
    if name == "backup":  # a backup makes its folder (a new folder on a USB stick)
        assert run("--db", kept, *command(name, missing))[:3:2] == (0, "")
        assert readable(name, missing)
        return
    message = refused_output(kept, *command(name, missing))
    assert "不存在" in message and str(missing.parent) in message
    assert not missing.parent.exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders")
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_read_only_folder_is_said_in_chinese(refused_output: Callable[..., str], kept: Path, name: str) -> None:
    folder = kept.parent / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        message = refused_output(kept, *command(name, folder / f"x{COMMANDS[name][2]}"))
    finally:
        folder.chmod(0o755)
    assert "无法写入" in message and str(folder) in message
    assert list(folder.iterdir()) == []


# -- writing whole or not at all ---------------------------------------------------------------------


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "report.docx"
    out.write_bytes(b"yesterday's report")
    with pytest.raises(RuntimeError), atomic_output(out) as tmp:
        tmp.write_bytes(b"half a docum")
        raise RuntimeError("the writer broke")
    assert out.read_bytes() == b"yesterday's report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.docx"]


def test_a_finished_write_replaces_the_file_with_the_usual_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "report.docx"
    out.write_bytes(b"yesterday's report")
    with atomic_output(out) as tmp:
        assert tmp.parent == folder and tmp.name.startswith(".") and tmp != out
        tmp.write_bytes(b"today's report")
    assert out.read_bytes() == b"today's report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.docx"]
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_folder_that_cannot_take_the_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="无法写入"), atomic_output(tmp_path / "gone" / "x.pdf") as tmp:
        tmp.write_bytes(b"never")
