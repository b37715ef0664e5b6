"""The bundle file: a ZIP of a manifest, rows as JSON lines, and evidence files.

Members of a bundle, and nothing else::

    manifest.json            format and schema version, source installation, counts,
                             and the SHA-256 and size of every other member
    rows/<table>.jsonl       one version of one row per line
    evidence/<sha256>        an evidence file, named by the hash of its content

A bundle is untrusted input (it comes on a USB stick). Reading one checks, before any
row reaches the database: the file's size, every member's name (no paths, links or
unknown names), its size and compression ratio (zip bombs), the manifest's hashes and
counts, and every row's shape against the database's own columns. Nothing in it is
run: rows are data, written through parameters under column names taken from the
database, never from the file.

Memory is bounded by design: :func:`read_bundle` checks what needs the whole file (its
size, the members' names, sizes and compression ratios, the manifest, the evidence files'
hashes) and holds no row; :meth:`Bundle.batches` then streams one table's rows from the
open ZIP member in batches of at most ``BATCH_ROWS`` rows or ``BATCH_BYTES`` bytes,
checking each record as it comes and the part's size, SHA-256 and count when the member is
exhausted. The merge consumes the batches inside its transaction, so a part that turns out
damaged at its last byte rolls back everything written before.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import re
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from hdrectify.domain.errors import InputError
from hdrectify.outputs import atomic_output
from hdrectify.store import sync
from hdrectify.store.evidence import MAX_EVIDENCE_BYTES
from hdrectify.store.schema import SCHEMA_VERSION, SYNC_TABLES

FORMAT = "hdrectify-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"

# Limits. Rows are streamed, so their size costs time and disk, not memory: the absolute caps
# are generous (a county writes a few MiB a year) and only stop a file that would fill the
# disk; what stops a zip bomb is the compression ratio, checked on every member's header
# before anything is unpacked (and the byte counts, checked again while unpacking).
MAX_FILE = 4 << 30  # the bundle file
MAX_MEMBERS = 100_000
MAX_MANIFEST = 1 << 20
MAX_ROWS_PART = 4 << 30  # one rows/<table>.jsonl, uncompressed
MAX_EVIDENCE = MAX_EVIDENCE_BYTES  # one evidence file: the limit attaching one keeps to
MAX_TOTAL = 8 << 30  # everything, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_TEXT = 1 << 20  # one text value
MAX_LINE = 32 << 20  # one record (one line of a rows part)
MAX_VECTOR = 64  # installations in one version vector
# One batch of rows read from a part: what the reader and the merge hold at once.
BATCH_ROWS = 5000
BATCH_BYTES = 16 << 20

_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # an escaped UTF-16 surrogate: maybe a lone one


def _unicode_ok(values: Iterable[object]) -> bool:
    """No lone surrogate (JSON's \\ud800 alone) in any text: SQLite could not store it."""
    try:
        for value in values:
            if isinstance(value, str):
                value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}")
_SHA = re.compile(r"[0-9a-f]{64}")
_STAMP = re.compile(r"[0-9T:.+Z-]{10,40}")
_RECORD_KEYS = frozenset({"id", "vv", "origin", "changed_at", "deleted", "row"})
_MAX_INT = 1 << 62

# progress(done, total); returning False asks to stop (the window's Cancel)
Progress = Callable[[int, int], object]


class BundleError(InputError):
    """The file is not a bundle this hdrectify can take; the message says why, in Chinese."""


class Version(NamedTuple):
    """One version of one row, as a bundle carries it (a tuple: a bundle holds 100,000 of them)."""

    table: str
    id: str
    vv: dict[str, int]
    vv_text: str  # canonical JSON of vv
    origin: str
    changed_at: str
    deleted: bool
    row: dict[str, Any] | None


@dataclass
class Bundle:
    """A bundle whose file passed every check that needs the whole of it; its rows are read by :meth:`batches`."""

    path: Path
    sha256: str
    manifest: dict[str, Any]
    columns: Mapping[str, Columns]
    limits: ClockLimits
    parts: dict[str, zipfile.ZipInfo] = field(default_factory=dict)  # table → its rows member, in SYNC_TABLES order
    evidence: dict[str, zipfile.ZipInfo] = field(default_factory=dict)

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def installation_id(self) -> str:
        return str(self.manifest["installation"]["id"])

    @property
    def installation_name(self) -> str:
        return str(self.manifest["installation"]["name"])

    @property
    def created_at(self) -> str:
        return str(self.manifest["created_at"])

    @property
    def whole(self) -> bool:
        return bool(self.manifest["whole"])

    @property
    def tables(self) -> list[str]:
        """The tables the bundle carries rows of, parents before children (SYNC_TABLES' order)."""
        return list(self.parts)

    def count(self, table: str) -> int:
        """How many versions of ``table`` the manifest announces (the reader holds it to that)."""
        return int(self.manifest["counts"][table]) if table in self.parts else 0

    @property
    def total(self) -> int:
        return sum(self.count(t) for t in self.parts)

    def batches(self, table: str) -> Iterator[list[Version]]:
        """``table``'s versions, checked, in file order, in batches of at most ``BATCH_ROWS`` rows or
        ``BATCH_BYTES`` bytes; raises :class:`BundleError` (possibly after the last batch) on anything amiss."""
        if table not in self.parts:
            return
        with _damage_refused(), zipfile.ZipFile(self.path) as zf:
            yield from _batches(zf, self, table)

    def check_rows(self) -> None:
        """Read every row as an import would, holding none: for a caller that does not merge them."""
        for table in self.tables:
            for _ in self.batches(table):
                pass

    def read_evidence(self, sha256: str) -> bytes:
        """The content of one evidence file, checked again against its name."""
        with _damage_refused(), zipfile.ZipFile(self.path) as zf:
            data = _read_capped(zf, self.evidence[sha256], MAX_EVIDENCE)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BundleError(f"交换包中的佐证材料 {sha256[:12]}… 与校验值不符：文件可能已损坏")
        return data


def canonical(vv: Mapping[str, int]) -> str:
    """The text ``sync.encode`` gives a vector, made quickly: its keys were checked to need no escaping."""
    if len(vv) == 1:  # most rows were only ever changed on one computer
        ((k, v),) = vv.items()
        return f'{{"{k}":{v}}}'
    return "{" + ",".join(f'"{k}":{vv[k]}' for k in sorted(vv)) + "}"


# -- writing ------------------------------------------------------------------------------------------


def write_bundle(
    out: Path,
    manifest: dict[str, Any],
    tables: Mapping[str, Iterable[dict[str, Any]]],
    evidence: Mapping[str, Path],
) -> None:
    """Write a bundle to ``out`` (through a temporary file: a failure leaves no half bundle).

    ``tables`` maps a table to its records ({id, vv, origin, changed_at, deleted, row});
    ``evidence`` maps a sha256 to the stored file. ``manifest`` gets ``parts`` and ``counts``.
    """
    parts: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    with (
        atomic_output(Path(out)) as tmp,
        zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf,
    ):
        for table, records in tables.items():
            found = iter(records)
            first = next(found, None)
            if first is None:
                continue
            name = f"rows/{table}.jsonl"
            digest, size, n = hashlib.sha256(), 0, 0
            # a MiB at a time into the member: a generator of records is never held whole
            with zf.open(name, "w", force_zip64=True) as member:
                chunk: list[bytes] = []
                held = 0
                for record in itertools.chain((first,), found):
                    line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
                    chunk.append(line)
                    held += len(line)
                    n += 1
                    if held >= 1 << 20:
                        data = b"".join(chunk)
                        member.write(data)
                        digest.update(data)
                        size += len(data)
                        chunk, held = [], 0
                data = b"".join(chunk)
                member.write(data)
                digest.update(data)
                size += len(data)
            parts[name] = {"sha256": digest.hexdigest(), "size": size}
            counts[table] = n
        for sha, source in sorted(evidence.items()):
            name = f"evidence/{sha}"
            zf.write(source, name, compress_type=zipfile.ZIP_STORED)  # scans and photos do not shrink
            parts[name] = {"sha256": sha, "size": source.stat().st_size}
        full = {**manifest, "counts": counts, "evidence_files": len(evidence), "parts": parts}
        zf.writestr(MANIFEST, json.dumps(full, ensure_ascii=False, indent=1, sort_keys=True))


# -- reading ------------------------------------------------------------------------------------------


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member's bytes, never more than ``cap`` whatever its header claims."""
    buf = io.BytesIO()
    with zf.open(info) as f:
        while chunk := f.read(1 << 20):
            buf.write(chunk)
            if buf.tell() > cap:
                raise BundleError(f"交换包中的 {info.filename} 超过大小上限，已拒绝")
    return buf.getvalue()


def _lines(zf: zipfile.ZipFile, info: zipfile.ZipInfo, sha256: str, expected: int) -> Iterator[bytes]:
    """A rows part's lines as its bytes stream in (never the whole part at once), its size and hash
    checked at the end.

    Split on "\n" only: the writer leaves U+2028, U+2029 and NEL in texts (pasted from Word or
    WeChat) as they are, and str.splitlines() would cut a record at them. A line the hash
    turns out not to cover was parsed for nothing: the reader raises before anything is written.
    """
    digest = hashlib.sha256()
    size = 0
    pending = b""
    with zf.open(info) as f:
        while chunk := f.read(1 << 20):
            size += len(chunk)
            if size > MAX_ROWS_PART:
                raise BundleError(f"交换包中的 {info.filename} 超过大小上限，已拒绝")
            digest.update(chunk)
            *complete, pending = (pending + chunk).split(b"\n")
            if len(pending) > MAX_LINE:  # one record cannot be that long: refuse before copying it again and again
                raise BundleError(f"交换包中 {info.filename} 有一条记录超过大小上限，已拒绝")
            yield from complete
    if pending:
        yield pending
    if size != expected:
        raise BundleError(f"交换包中 {info.filename} 的大小与清单不符：文件被截断或改动")
    if digest.hexdigest() != sha256:
        raise BundleError(f"交换包中 {info.filename} 的校验值与清单不符：文件已损坏或被改动")


def _check_member(info: zipfile.ZipInfo) -> str:
    """The kind of a member ('manifest', 'rows', 'evidence'), after checking its name and header."""
    name = info.filename
    if info.is_dir() or stat.S_ISLNK(info.external_attr >> 16):
        raise BundleError(f"交换包中含有文件夹或链接（{name!r}），已拒绝")
    if info.flag_bits & 0x1:
        raise BundleError(f"交换包中的 {name!r} 已加密，无法读取")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(f"交换包中的 {name!r} 使用了不支持的压缩方式")
    if name == MANIFEST:
        kind, cap = "manifest", MAX_MANIFEST
    elif name.startswith("rows/") and name.endswith(".jsonl") and name[5:-6] in SYNC_TABLES:
        kind, cap = "rows", MAX_ROWS_PART
    elif name.startswith("evidence/") and _SHA.fullmatch(name[9:]):
        kind, cap = "evidence", MAX_EVIDENCE
    else:
        raise BundleError(f"交换包中有不认识的内容 {name[:80]!r}（不是 hdrectify 交换包，或来自更新的版本），已拒绝")
    if info.file_size > cap:
        raise BundleError(f"交换包中的 {name} 超过大小上限（{info.file_size} 字节），已拒绝")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleError(f"交换包中的 {name} 压缩比异常（疑似压缩炸弹），已拒绝")
    return kind


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        found = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BundleError("交换包的清单（manifest.json）无法解析：文件已损坏") from None
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise BundleError("这不是 hdrectify 交换包（清单格式不对）")
    version = found.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("交换包的格式版本无效：文件已损坏")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"交换包由更新版本的 hdrectify 生成（格式版本 {version}，本程序支持 {FORMAT_VERSION}）：请先升级 hdrectify"
        )
    schema = found.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 2:
        raise BundleError("交换包的数据结构版本无效：文件已损坏")
    if schema > SCHEMA_VERSION:
        raise BundleError(
            f"交换包来自更新版本的 hdrectify（结构版本 {schema}，本程序支持到 {SCHEMA_VERSION}）：请先升级 hdrectify"
        )
    inst = found.get("installation")
    ok = (
        isinstance(found.get("bundle_id"), str)
        and _ID.fullmatch(found["bundle_id"])
        and isinstance(inst, dict)
        and isinstance(inst.get("id"), str)
        and _ID.fullmatch(inst["id"])
        and isinstance(inst.get("name"), str)
        and len(inst["name"]) <= 200
        and isinstance(found.get("created_at"), str)
        and _STAMP.fullmatch(found["created_at"])
        and isinstance(found.get("whole"), bool)
        and isinstance(found.get("parts"), dict)
        and isinstance(found.get("counts"), dict)
    )
    if not ok:
        raise BundleError("交换包的清单缺少必需的项目或格式不对：文件已损坏")
    for name, part in found["parts"].items():
        if not (
            isinstance(part, dict)
            and isinstance(part.get("sha256"), str)
            and _SHA.fullmatch(part["sha256"])
            and isinstance(part.get("size"), int)
            and not isinstance(part["size"], bool)
            and part["size"] >= 0
        ):
            raise BundleError(f"交换包清单中 {str(name)[:80]!r} 的校验信息格式不对：文件已损坏")
    return found


# A column's declared type (SQLite's PRAGMA table_info) → the one Python type its values may have.
Columns = Mapping[str, type]


def column_kind(declared: str) -> type:
    return int if "INT" in declared.upper() else str


def _values_ok(row: Mapping[str, object], columns: Columns) -> str | None:
    """None if every value fits its column (NULL, or an int in range, or a text of bounded length
    that is valid Unicode), else the first column that does not."""
    for name, value in row.items():
        if value is None:
            continue
        kind = columns[name]
        if type(value) is not kind:
            return name
        if kind is int:
            if not -_MAX_INT <= value <= _MAX_INT:  # type: ignore[operator]
                return name
        elif len(value) > MAX_TEXT:  # type: ignore[arg-type]
            return name
    return None


class ClockLimits(NamedTuple):
    """The greatest clock a bundle may carry here: for this installation's entry, and any other's (store/sync.py)."""

    me: str
    own: int
    other: int

    @classmethod
    def anywhere(cls) -> ClockLimits:
        """The limits that hold on any computer, for a reader that does not know which one it is on."""
        now = sync.wall_ms()
        return cls("", now + sync.ADOPT_AHEAD_MS, now + sync.ACCEPT_AHEAD_MS)


def _vector(value: object, limits: ClockLimits) -> dict[str, int] | str:
    """The vector, or what is wrong with it."""
    if not isinstance(value, dict) or not 0 < len(value) <= MAX_VECTOR:
        return "版本信息无效"
    out: dict[str, int] = {}
    for k, v in value.items():
        if not (isinstance(k, str) and _ID.fullmatch(k)):
            return "版本信息无效"
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            return "版本信息无效"
        if v > (limits.own if k == limits.me else limits.other):
            # it could not be counted on from for long: the whole bundle is refused, nothing adopted
            return "版本时钟超出合理范围（来自时间设置错误的电脑，或交换包被改动）"
        out[k] = v
    return out


def parse_record(table: str, line: str, columns: Columns, where: str, limits: ClockLimits | None = None) -> Version:
    """One line of rows/<table>.jsonl as a Version, or BundleError saying what is wrong with it."""
    try:
        rec = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        raise BundleError(f"{where}：不是有效的 JSON") from None
    if not isinstance(rec, dict) or set(rec) != _RECORD_KEYS:
        raise BundleError(f"{where}：记录的项目不对")
    rid, origin, changed_at, deleted, row = rec["id"], rec["origin"], rec["changed_at"], rec["deleted"], rec["row"]
    if not (isinstance(rid, str) and _ID.fullmatch(rid)):
        raise BundleError(f"{where}：编号无效")
    vv = _vector(rec["vv"], limits or ClockLimits.anywhere())
    if isinstance(vv, str):
        raise BundleError(f"{where}：{vv}")
    if not (isinstance(origin, str) and _ID.fullmatch(origin)) or not (
        isinstance(changed_at, str) and _STAMP.fullmatch(changed_at)
    ):
        raise BundleError(f"{where}：来源或时间无效")
    if not isinstance(deleted, bool):
        raise BundleError(f"{where}：删除标记无效")
    if deleted:
        if row is not None:
            raise BundleError(f"{where}：已删除的记录不应带有内容")
    else:
        if not isinstance(row, dict) or row.get("id") != rid:
            raise BundleError(f"{where}：记录内容缺失或编号不一致")
        unknown = set(row) - set(columns)
        if unknown:
            raise BundleError(f"{where}：有本程序不认识的字段 {sorted(unknown)[0][:40]!r}，已拒绝")
        bad = _values_ok(row, columns)
        if bad is not None:
            raise BundleError(f"{where}：字段 {bad} 的值类型或长度不对")
        if _SURROGATE.search(line) and not _unicode_ok(row.values()):
            raise BundleError(f"{where}：含有无效的字符编码")
    return Version(table, rid, vv, canonical(vv), origin, changed_at, deleted, row)


@contextmanager
def _damage_refused() -> Iterator[None]:
    """Whatever a damaged or vanished file raises while it is read, as a :class:`BundleError`."""
    try:
        yield
    except BundleError:
        raise
    except zipfile.BadZipFile:
        raise BundleError("文件不是有效的交换包（无法作为 ZIP 读取），可能已损坏或被截断") from None
    except (FileNotFoundError, PermissionError) as e:
        raise BundleError(f"无法读取交换包：{e.strerror or e}") from None
    except Exception as e:  # zlib.error, EOFError, struct.error, a bad CRC …: whatever a damaged file raises
        raise BundleError(f"交换包已损坏，无法读取（{type(e).__name__}）") from None


def read_bundle(path: Path, columns: Mapping[str, Columns], limits: ClockLimits | None = None) -> Bundle:
    """Open a bundle and check all that needs the whole file; raises :class:`BundleError` on anything amiss.

    ``columns`` are the database's own columns of each synced table, with their kinds;
    ``limits`` the version clocks the database may take (``ClockLimits.anywhere`` if None).
    The rows are checked as :meth:`Bundle.batches` reads them (:meth:`Bundle.check_rows` reads
    them all).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BundleError(f"找不到交换包文件：{path}") from None
    if not path.is_file():
        raise BundleError(f"“{path.name}”不是文件：请选择交换包文件")
    if size > MAX_FILE:
        raise BundleError(f"交换包文件过大（{size} 字节），已拒绝")
    with _damage_refused(), zipfile.ZipFile(path) as zf:
        return _read(zf, path, columns, limits or ClockLimits.anywhere())


def _read(zf: zipfile.ZipFile, path: Path, columns: Mapping[str, Columns], limits: ClockLimits) -> Bundle:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError("交换包中的文件数量超过上限，已拒绝")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise BundleError("交换包中有重名的内容，已拒绝")
    kinds = {i.filename: _check_member(i) for i in infos}
    if sum(i.file_size for i in infos) > MAX_TOTAL:
        raise BundleError("交换包解压后的总大小超过上限，已拒绝")
    if MANIFEST not in kinds:
        raise BundleError("交换包中没有清单（manifest.json）：文件不完整")
    by_name = {i.filename: i for i in infos}
    manifest = _manifest(_read_capped(zf, by_name[MANIFEST], MAX_MANIFEST))
    parts: dict[str, Any] = manifest["parts"]
    listed, present = set(parts), set(kinds) - {MANIFEST}
    if listed != present:
        odd = sorted(listed ^ present)[0]
        raise BundleError(f"交换包的内容与清单不一致（{odd[:80]}）：文件不完整或被改动")
    bundle = Bundle(path, file_digest(path), manifest, columns, limits)
    counts = manifest["counts"]
    for name in sorted(present):
        info = by_name[name]
        if info.file_size != parts[name]["size"]:
            raise BundleError(f"交换包中 {name} 的大小与清单不符：文件被截断或改动")
        if kinds[name] == "evidence":
            if _member_sha256(zf, info, MAX_EVIDENCE) != parts[name]["sha256"] or parts[name]["sha256"] != name[9:]:
                raise BundleError(f"交换包中的佐证材料 {name[9:21]}… 与校验值不符：文件已损坏或被改动")
            bundle.evidence[name[9:]] = info
            continue
        table = name[5:-6]
        if table not in columns:
            raise BundleError(f"交换包中的数据表 {table} 本程序不认识，已拒绝")
        count = counts.get(table)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise BundleError(f"交换包中 {table} 的记录数与清单不符：文件不完整或被改动")
    bundle.parts = {t: by_name[f"rows/{t}.jsonl"] for t in SYNC_TABLES if f"rows/{t}.jsonl" in present}
    unknown_counts = set(counts) - set(bundle.parts)
    if unknown_counts:
        raise BundleError(f"交换包清单中列出的数据表 {sorted(unknown_counts)[0][:40]!r} 没有内容：文件不完整")
    if manifest.get("evidence_files") != len(bundle.evidence):
        raise BundleError("交换包中的佐证材料数量与清单不符：文件不完整")
    return bundle


def _member_sha256(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> str:
    """A member's SHA-256, streamed (never more than ``cap`` bytes whatever its header claims)."""
    digest = hashlib.sha256()
    size = 0
    with zf.open(info) as f:
        while chunk := f.read(1 << 20):
            size += len(chunk)
            if size > cap:
                raise BundleError(f"交换包中的 {info.filename} 超过大小上限，已拒绝")
            digest.update(chunk)
    return digest.hexdigest()


def _batches(zf: zipfile.ZipFile, bundle: Bundle, table: str) -> Iterator[list[Version]]:
    name = f"rows/{table}.jsonl"
    checked = bundle.parts[table]
    try:
        info = zf.getinfo(name)
    except KeyError:
        info = None
    # the file was checked whole before: it must still be the same file now its rows are read
    if info is None or _check_member(info) != "rows" or (info.file_size, info.CRC) != (checked.file_size, checked.CRC):
        raise BundleError("交换包文件在读取期间被改动：请重新导入")
    part = bundle.manifest["parts"][name]
    expected = bundle.count(table)
    columns = bundle.columns[table]
    # the same version twice is refused; one version with two contents (a conflict waiting at the
    # sender) is not. A hash of each, not the versions themselves: what is held stays small.
    keys: set[int] = set()
    batch: list[Version] = []
    held = 0
    n = 0
    for n, raw in enumerate(_lines(zf, info, part["sha256"], part["size"]), 1):
        if n > expected:
            raise BundleError(f"交换包中 {table} 的记录数与清单不符：文件不完整或被改动")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BundleError(f"交换包中 {name} 不是有效的 UTF-8 文本") from None
        v = parse_record(table, line, columns, f"交换包 {name} 第 {n} 行", bundle.limits)
        keys.add(hash((v.id, v.vv_text, line)))
        if len(keys) != n:
            raise BundleError(f"交换包中 {name} 有重复的记录，已拒绝")
        batch.append(v)
        held += len(raw)
        if len(batch) >= BATCH_ROWS or held >= BATCH_BYTES:
            yield batch
            batch, held = [], 0
    if n != expected:
        raise BundleError(f"交换包中 {table} 的记录数与清单不符：文件不完整或被改动")
    if batch:
        yield batch
