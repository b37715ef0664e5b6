"""Refusals at the edges, as a user meets them: a damaged bundle, a full disk, a refused folder.

The words are the catalogue's (hdrectify/domain/messages/), the same Chinese as before the
errors became codes; the system's English (``OSError.strerror``) never reaches the user.
"""

from __future__ import annotations

import errno
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import CHEN
from tests.cli.cli_helpers import A as CENTRE_A

ENGLISH = ("No space", "Permission denied", "denied", "Errno", "Read-only")


def _export(tmp_path: Path, run: Callable[..., Any], db: Path) -> tuple[Path, Path]:
    """The office's whole bundle, and a fresh database (another computer) to take it."""
    bundle = tmp_path / "office.hdbundle"
    assert run("--db", db, "bundle", "export", "-o", bundle, "--all")[0] == 0
    other = tmp_path / "other.db"
    assert run("--db", other, "init")[0] == 0
    return bundle, other


def _rewrite(bundle: Path, change: Callable[[str, bytes, dict[str, Any]], bytes], signer: Path) -> Path:
    """A copy of ``bundle`` with each member passed through ``change`` (the manifest's hashes kept right,
    and signed again by the database ``signer``: its own computer gone wrong, not a forger)."""
    from hdrectify.exchange.signing import SIGNATURE, signature_member
    from hdrectify.store.base import Store

    with zipfile.ZipFile(bundle) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop(SIGNATURE)
    import hashlib

    for name in list(members):
        members[name] = change(name, members[name], manifest)
        manifest["parts"][name] = {"sha256": hashlib.sha256(members[name]).hexdigest(), "size": len(members[name])}
    damaged = bundle.with_name("damaged.hdbundle")
    data = json.dumps(manifest).encode()
    with Store.open(signer) as store:
        signed = signature_member(store, data)
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", data)
        zf.writestr(SIGNATURE, signed)
        for name, data in members.items():
            zf.writestr(name, data)
    return damaged


def test_a_bundle_from_a_newer_version_is_refused_in_the_same_words(
    tmp_path: Path, run: Callable[..., Any], db: Path, refused: Callable[..., str]
) -> None:
    bundle, other = _export(tmp_path, run, db)

    def newer(name: str, data: bytes, manifest: dict[str, Any]) -> bytes:
        manifest["format_version"] = 7
        return data

    message = refused(other, "bundle", "import", _rewrite(bundle, newer, db))
    assert message == "错误：交换包由更新版本的 hdrectify 生成（格式版本 7，本程序支持 2）：请先升级 hdrectify"


def test_a_damaged_record_names_its_part_and_line(
    tmp_path: Path, run: Callable[..., Any], db: Path, refused: Callable[..., str]
) -> None:
    bundle, other = _export(tmp_path, run, db)

    def broken_second_member(name: str, data: bytes, manifest: dict[str, Any]) -> bytes:
        if name != "rows/members.jsonl":
            return data
        lines = data.split(b"\n")
        lines[1] = b'{"id": "not json'
        return b"\n".join(lines)

    fingerprint = json.loads(run("--db", db, "identity", "--json")[1])["fingerprint"]
    damaged = _rewrite(bundle, broken_second_member, db)
    message = refused(other, "bundle", "import", damaged, "--trust", fingerprint)
    assert message == "错误：交换包 rows/members.jsonl 第 2 行：不是有效的 JSON"
    code, _, _ = run("--db", other, "bundle", "import", "--dry-run", bundle.with_name("damaged.hdbundle"))
    assert code != 0


def test_an_unreadable_bundle_says_so_in_chinese(
    tmp_path: Path, run: Callable[..., Any], db: Path, refused: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, other = _export(tmp_path, run, db)
    import hdrectify.exchange.bundle as reading

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(bundle))

    monkeypatch.setattr(reading.zipfile, "ZipFile", denied)
    message = refused(other, "bundle", "import", bundle)
    assert message == "错误：无法读取交换包：没有读取权限，请检查文件的权限"


def test_a_full_disk_while_saving_a_document_is_said_in_chinese(
    tmp_path: Path, db: Path, refused: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    target = tmp_path / "out" / "清单.pdf"
    target.parent.mkdir()
    message = refused(db, "checklist", "--month", "2024-03", "-o", target)
    assert message == (
        f"错误：磁盘已满（{target.parent} 所在的磁盘没有剩余空间），"
        "本次操作未保存（数据未作改动）：请清理磁盘空间后再试"
    )
    assert not any(word in message for word in ENGLISH)
    assert list(target.parent.iterdir()) == []  # neither the document nor its temporary file


def test_a_folder_that_cannot_be_made_names_no_system_text(
    tmp_path: Path, db: Path, refused: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", denied)
    folder = tmp_path / "新文件夹"
    message = refused(db, "backup", "-o", folder / "备份.db")
    assert message.startswith(f"错误：没有写入权限：{folder} 或其所在文件夹 {tmp_path} 是只读的")
    assert not any(word in message for word in ENGLISH)


def test_an_error_outside_any_command_keeps_the_system_text_out(
    tmp_path: Path, db: Path, run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # an OSError no command turned into a refusal (a disk error while reading): one Chinese line
    import hdrectify.store.people as people

    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error", str(tmp_path / "hd.db"))

    monkeypatch.setattr(people, "find_member", failing)
    code, out, err = run("--db", db, "log", CHEN, CENTRE_A, "--date", "2024-03-05", "--method", "phone")
    assert code == 1 and out == ""
    assert err == f"错误：无法读写文件：{tmp_path / 'hd.db'}：请检查路径、权限和磁盘\n"
