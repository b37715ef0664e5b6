"""The bundle file: a ZIP of a manifest, rows as JSON lines, and evidence files.

Members of a bundle, and nothing else::

    manifest.json            format and schema version, source installation (and its public key),
                             counts, and the SHA-256 and size of every other member
    signature.json           the installation's Ed25519 signature of manifest.json's exact bytes
    rows/<table>.jsonl       one version of one row per line
    evidence/<sha256>        an evidence file, named by the hash of its content

A bundle is untrusted input (it comes on a USB stick). Reading one checks, before any
row reaches the database: the file's size, every member's name (no paths, links or
unknown names), its size and compression ratio (zip bombs), the signature on the manifest
(before the manifest is even parsed: :mod:`hdrectify.exchange.signing`), the manifest's hashes and
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
import json
import logging
import re
import stat
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hdrectify.exchange.records import (
    ID_RE,
    STAMP_RE,
    BundleError,
    ClockLimits,
    Columns,
    RowShapes,
    Version,
    parse_record,
)
from hdrectify.exchange.sealing import is_sealed, sealed_to
from hdrectify.exchange.signing import MAX_SIGNATURE, SIGNATURE, encode_key, fingerprint, verify
from hdrectify.store.evidence import MAX_EVIDENCE_BYTES
from hdrectify.store.schema import SCHEMA_VERSION, SYNC_TABLES

log = logging.getLogger(__name__)

FORMAT = "hdrectify-bundle"
FORMAT_VERSION = 2  # 2: signed (signature.json); a version-1 bundle is unsigned and refused
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
MAX_LINE = 32 << 20  # one record (one line of a rows part)
# One batch of rows read from a part: what the reader and the merge hold at once.
BATCH_ROWS = 5000
BATCH_BYTES = 16 << 20

_SHA = re.compile(r"[0-9a-f]{64}")

# progress(done, total); returning False asks to stop (the window's Cancel)
Progress = Callable[[int, int], object]


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
    public_key: bytes = b""  # the key whose signature on the manifest was checked
    source: Path | None = None  # the file as chosen, when ``path`` is its decrypted copy (exchange/sealing.py)

    @property
    def file_name(self) -> str:
        return (self.source or self.path).name

    @property
    def fingerprint(self) -> str:
        """The signer's fingerprint (:func:`hdrectify.exchange.signing.fingerprint`)."""
        return fingerprint(self.public_key)

    @property
    def role(self) -> str:
        """What the signer says it is: ``office`` or ``member`` (signed, like the rest of the manifest)."""
        return str(self.manifest["role"])

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
            raise BundleError("exchange.evidence_damaged", None, sha=sha256[:12])
        return data


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
                raise BundleError("exchange.member_too_big", None, name=info.filename)
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
                raise BundleError("exchange.member_too_big", None, name=info.filename)
            digest.update(chunk)
            *complete, pending = (pending + chunk).split(b"\n")
            if len(pending) > MAX_LINE:  # one record cannot be that long: refuse before copying it again and again
                raise BundleError("exchange.record_too_long", None, name=info.filename)
            yield from complete
    if pending:
        yield pending
    if size != expected:
        raise BundleError("exchange.member_size_mismatch", None, name=info.filename)
    if digest.hexdigest() != sha256:
        raise BundleError("exchange.member_hash_mismatch", None, name=info.filename)


def _check_member(info: zipfile.ZipInfo) -> str:
    """The kind of a member ('manifest', 'rows', 'evidence'), after checking its name and header."""
    name = info.filename
    if info.is_dir() or stat.S_ISLNK(info.external_attr >> 16):
        raise BundleError("exchange.member_folder_or_link", None, name=name)
    if info.flag_bits & 0x1:
        raise BundleError("exchange.member_encrypted", None, name=name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError("exchange.member_compression", None, name=name)
    if name == MANIFEST:
        kind, cap = "manifest", MAX_MANIFEST
    elif name == SIGNATURE:
        kind, cap = "signature", MAX_SIGNATURE
    elif name.startswith("rows/") and name.endswith(".jsonl") and name[5:-6] in SYNC_TABLES:
        kind, cap = "rows", MAX_ROWS_PART
    elif name.startswith("evidence/") and _SHA.fullmatch(name[9:]):
        kind, cap = "evidence", MAX_EVIDENCE
    else:
        raise BundleError("exchange.member_unknown", None, name=name[:80])
    if info.file_size > cap:
        raise BundleError("exchange.member_over_cap", None, name=name, size=info.file_size)
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleError("exchange.member_bomb", None, name=name)
    return kind


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        found = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BundleError("exchange.manifest_unreadable") from None
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise BundleError("exchange.not_a_bundle")
    version = found.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("exchange.format_version_bad")
    if version > FORMAT_VERSION:
        raise BundleError("exchange.format_too_new", None, version=version, supported=FORMAT_VERSION)
    schema = found.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 2:
        raise BundleError("exchange.schema_version_bad")
    if schema > SCHEMA_VERSION:
        raise BundleError("exchange.schema_too_new", None, version=schema, supported=SCHEMA_VERSION)
    inst = found.get("installation")
    ok = (
        isinstance(found.get("bundle_id"), str)
        and ID_RE.fullmatch(found["bundle_id"])
        and isinstance(inst, dict)
        and isinstance(inst.get("id"), str)
        and ID_RE.fullmatch(inst["id"])
        and isinstance(inst.get("name"), str)
        and len(inst["name"]) <= 200
        and isinstance(found.get("created_at"), str)
        and STAMP_RE.fullmatch(found["created_at"])
        and isinstance(found.get("whole"), bool)
        and isinstance(found.get("parts"), dict)
        and isinstance(found.get("counts"), dict)
        and found.get("role") in ("office", "member")
        and isinstance(inst.get("public_key"), str)
        and isinstance(inst.get("encryption_key", ""), str)
    )
    if not ok:
        raise BundleError("exchange.manifest_incomplete")
    for name, part in found["parts"].items():
        if not (
            isinstance(part, dict)
            and isinstance(part.get("sha256"), str)
            and _SHA.fullmatch(part["sha256"])
            and isinstance(part.get("size"), int)
            and not isinstance(part["size"], bool)
            and part["size"] >= 0
        ):
            raise BundleError("exchange.manifest_part_bad", None, name=str(name)[:80])
    return found


@contextmanager
def _damage_refused() -> Iterator[None]:
    """Whatever a damaged or vanished file raises while it is read, as a :class:`BundleError`."""
    try:
        yield
    except BundleError:
        raise
    except zipfile.BadZipFile:
        raise BundleError("exchange.not_a_zip") from None
    except FileNotFoundError as e:
        log.info("bundle vanished while read: %s", e)
        raise BundleError("exchange.read_not_found") from None
    except PermissionError as e:
        log.info("bundle not readable: %s", e)
        raise BundleError("exchange.read_denied") from None
    except Exception as e:  # zlib.error, EOFError, struct.error, a bad CRC …: whatever a damaged file raises
        raise BundleError("exchange.damaged", None, kind=type(e).__name__) from None


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
        raise BundleError("exchange.file_not_found", None, path=str(path)) from None
    if not path.is_file():
        raise BundleError("exchange.not_a_file", None, name=path.name)
    if size > MAX_FILE:
        raise BundleError("exchange.file_too_big", None, size=size)
    if is_sealed(path):  # a sealed bundle is opened by the import (sealing.opened), with this computer's key
        raise BundleError("exchange.sealed_elsewhere", None, fingerprint=sealed_to(path))
    with _damage_refused(), zipfile.ZipFile(path) as zf:
        return _read(zf, path, columns, limits or ClockLimits.anywhere())


def _read(zf: zipfile.ZipFile, path: Path, columns: Mapping[str, Columns], limits: ClockLimits) -> Bundle:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError("exchange.too_many_members")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise BundleError("exchange.duplicate_members")
    kinds = {i.filename: _check_member(i) for i in infos}
    if sum(i.file_size for i in infos) > MAX_TOTAL:
        raise BundleError("exchange.total_too_big")
    if MANIFEST not in kinds:
        raise BundleError("exchange.no_manifest")
    by_name = {i.filename: i for i in infos}
    if SIGNATURE not in kinds:
        raise BundleError("exchange.unsigned")
    raw = _read_capped(zf, by_name[MANIFEST], MAX_MANIFEST)
    public_key = verify(raw, _read_capped(zf, by_name[SIGNATURE], MAX_SIGNATURE))  # before the manifest is parsed
    manifest = _manifest(raw)
    if manifest["installation"]["public_key"] != encode_key(public_key):
        raise BundleError("exchange.signature_bad")
    parts: dict[str, Any] = manifest["parts"]
    listed, present = set(parts), set(kinds) - {MANIFEST, SIGNATURE}
    if listed != present:
        odd = sorted(listed ^ present)[0]
        raise BundleError("exchange.parts_mismatch", None, name=odd[:80])
    bundle = Bundle(path, file_digest(path), manifest, columns, limits, public_key=public_key)
    counts = manifest["counts"]
    for name in sorted(present):
        info = by_name[name]
        if info.file_size != parts[name]["size"]:
            raise BundleError("exchange.member_size_mismatch", None, name=name)
        if kinds[name] == "evidence":
            if _member_sha256(zf, info, MAX_EVIDENCE) != parts[name]["sha256"] or parts[name]["sha256"] != name[9:]:
                raise BundleError("exchange.evidence_mismatch", None, sha=name[9:21])
            bundle.evidence[name[9:]] = info
            continue
        table = name[5:-6]
        if table not in columns:
            raise BundleError("exchange.table_unknown", None, table=table)
        count = counts.get(table)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise BundleError("exchange.count_mismatch", None, table=table)
    bundle.parts = {t: by_name[f"rows/{t}.jsonl"] for t in SYNC_TABLES if f"rows/{t}.jsonl" in present}
    unknown_counts = set(counts) - set(bundle.parts)
    if unknown_counts:
        raise BundleError("exchange.counted_table_missing", None, table=sorted(unknown_counts)[0][:40])
    if manifest.get("evidence_files") != len(bundle.evidence):
        raise BundleError("exchange.evidence_count_mismatch")
    return bundle


def _member_sha256(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> str:
    """A member's SHA-256, streamed (never more than ``cap`` bytes whatever its header claims)."""
    digest = hashlib.sha256()
    size = 0
    with zf.open(info) as f:
        while chunk := f.read(1 << 20):
            size += len(chunk)
            if size > cap:
                raise BundleError("exchange.member_too_big", None, name=info.filename)
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
        raise BundleError("exchange.changed_while_read")
    part = bundle.manifest["parts"][name]
    expected = bundle.count(table)
    columns = bundle.columns[table]
    shapes = RowShapes(columns)
    # the same version twice is refused; one version with two contents (a conflict waiting at the
    # sender) is not. A hash of each, not the versions themselves: what is held stays small.
    keys: set[int] = set()
    batch: list[Version] = []
    held = 0
    n = 0
    for n, raw in enumerate(_lines(zf, info, part["sha256"], part["size"]), 1):
        if n > expected:
            raise BundleError("exchange.count_mismatch", None, table=table)
        v = parse_record(table, raw, columns, name, n, bundle.limits, shapes)  # checks the bytes are UTF-8 too
        keys.add(hash((v.id, v.vv_text, raw)))
        if len(keys) != n:
            raise BundleError("exchange.duplicate_records", None, name=name)
        batch.append(v)
        held += len(raw)
        if len(batch) >= BATCH_ROWS or held >= BATCH_BYTES:
            yield batch
            batch, held = [], 0
    if n != expected:
        raise BundleError("exchange.count_mismatch", None, table=table)
    if batch:
        yield batch
