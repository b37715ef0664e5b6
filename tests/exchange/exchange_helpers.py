"""Helpers of the exchange tests: installations in tmp_path that exchange bundles.

Each :class:`Site` is a real database file of its own with its own installation id and key; the
tests write through the same store functions the window and the command line use.

Bundles are signed and a receiver takes them only from installations it trusts. The sites trust
one another the way users do (:func:`trusting_import`): an import refused for an unknown sender
is run again with the fingerprint the refusal named, as a user does with ``--trust`` after
comparing it with the sender's screen. Hostile bundles put together again by :func:`pack` are
signed again with the key of the site that signed the original (:func:`sign_as`): a trusted
computer turned hostile, whose files must still be refused by every check after the signature.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import openpyxl

from hdrectify.exchange.bundle import MANIFEST
from hdrectify.exchange.conflicts import open_count
from hdrectify.exchange.export import ExportResult, export_bundle
from hdrectify.exchange.merge import import_bundle
from hdrectify.exchange.records import BundleError
from hdrectify.exchange.result import MergeResult
from hdrectify.exchange.sealing import is_sealed, sealed_to, unseal
from hdrectify.exchange.signing import SIGNATURE, encode_key, fingerprint, own_public_key, signature_member
from hdrectify.store.base import Store
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.schema import DATA_TABLES
from tests.before_the_lock import before_the_lock

T = TypeVar("T")
_names = itertools.count(1)

CENTRE_A, TOWN_A = "平山街道康园中心", "平山街道"
CENTRE_B, TOWN_B = "安墩镇康园中心", "安墩镇"
CHEN, HUANG = "陈志强", "黄伟明"
START = dt.date(2026, 1, 1)

# every test database's public key (base64) and fingerprint → its file: who can sign a bundle again,
# and who can open one sealed to it
_SIGNERS: dict[str, Path] = {}


def remember_signer(store: Store) -> None:
    """Note ``store``'s key so that :func:`sign_as` can sign bundles put together again in its name."""
    _SIGNERS[encode_key(own_public_key(store))] = Path(store.path)
    _SIGNERS[fingerprint(own_public_key(store))] = Path(store.path)  # and who opens a bundle sealed to it


def sign_as(public_key: str) -> Callable[[bytes], bytes]:
    """What signs a manifest with the key of the remembered database whose public key is ``public_key``."""

    def sign(manifest: bytes) -> bytes:
        with Store.open(_SIGNERS[public_key]) as store:
            return signature_member(store, manifest)

    return sign


def trusting_import(store: Store, bundle: Path, **options: Any) -> MergeResult:
    """Import ``bundle``; a sender not trusted yet is trusted as a user does: with the fingerprint the
    refusal names (compared with the sender's screen), given as ``trust`` on a second try."""
    try:
        return import_bundle(store, bundle, **options)
    except BundleError as e:
        if e.code != "exchange.sender_unknown":
            raise
        return import_bundle(store, bundle, trust=e.params["fingerprint"], **options)


class Site:
    """One computer with its own database."""

    def __init__(self, folder: Path, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.path = folder / "hd.db"
        self.folder = folder
        with Store.open(self.path, create=True, actor=name) as store, store.transaction():
            store.initialise_settings()
            store.set_setting("installation_name", name)
        with self.store() as store:
            remember_signer(store)

    @property
    def fingerprint(self) -> str:
        """The fingerprint this site's 设置 shows (what its user reads to the other)."""
        from hdrectify.exchange.trust import identity

        with self.store() as store:
            return identity(store).fingerprint

    @contextmanager
    def store(self) -> Iterator[Store]:
        with Store.open(self.path, actor=self.name) as store:
            yield store

    def do(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one store action in one transaction, as a user action."""
        with self.store() as store, store.transaction():
            return action(store, *args, **kwargs)

    def export(self, *, whole: bool = False, encrypt: bool = True) -> Path:
        out = self.folder / f"{self.name}-{next(_names)}.hdbundle"
        with self.store() as store:
            result: ExportResult = export_bundle(store, out, whole=whole, encrypt=encrypt)
        assert result.path == out and out.exists()
        return out

    def take(self, bundle: Path, *, dry_run: bool = False) -> MergeResult:
        with self.store() as store:
            return trusting_import(store, bundle, dry_run=dry_run)

    def copy(self, folder: Path, name: str) -> Site:
        """The same database on another computer path (same installation: a backup, not a new site)."""
        clone = object.__new__(Site)
        folder.mkdir(parents=True, exist_ok=True)
        clone.name, clone.folder, clone.path = name, folder, folder / "hd.db"
        shutil.copy(self.path, clone.path)
        return clone

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self.store() as store:
            return store.rows(sql, params or [])

    def data(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every user row (not the settings, which belong to one computer), and the open conflicts."""
        with self.store() as store:
            out = {
                t: sorted(tuple(r.values()) for r in store.rows(f"SELECT * FROM [{t}]"))
                for t in DATA_TABLES
                if t != "settings"
            }
            out["conflicts"] = sorted(
                (r["table_name"], r["row_id"], r["vv"], r["content"] or "")
                for r in store.rows("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL")
            )
        return out

    def everything(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table: for 'nothing was written'."""
        with self.store() as store:
            tables = [r["name"] for r in store.rows("SELECT name FROM sqlite_master WHERE type = 'table'")]
            return {t: sorted(map(tuple, store.execute(f"SELECT * FROM [{t}]").fetchall())) for t in tables}


def laptop(tmp_path: Path, office: Site, name: str, *, role: str = "member", member: str | None = None) -> Site:
    """A member's laptop set up from the office's whole bundle, for ``member`` (a name: its 我是, whose records
    its bundles may carry). ``role="office"``: a computer with the office's rights (one that numbers its own
    problems, as every computer did before the office alone gave numbers, and may change every row)."""
    from hdrectify.store.ledger_edit import set_role
    from hdrectify.store.people import find_member

    site = Site(tmp_path / name, name)
    site.do(set_role, role)
    site.take(office.export(whole=True))
    if member is not None:
        site.do(lambda s: s.set_setting("me_member_id", find_member(s, member)["id"]))
    return site


def office_site(folder: Path) -> Site:
    """The office: two centres, two members, each paired from 2026-01-01, and the notice's ledger."""
    from hdrectify.store.ledger import load_seed

    site = Site(folder, "办公室")

    def setup(store: Store) -> None:
        load_seed(store)
        a = add_centre(store, CENTRE_A, TOWN_A)
        b = add_centre(store, CENTRE_B, TOWN_B)
        add_pairing(store, add_member(store, CHEN), a, START)
        add_pairing(store, add_member(store, HUANG), b, START)

    site.do(setup)
    return site


def member_laptop(tmp_path: Path, office: Site, member: str, name: str) -> Site:
    """A laptop set up as the office does it: ``bundle export --for MEMBER``, taken on an empty database."""
    from hdrectify.store.ledger_edit import set_role
    from hdrectify.store.people import find_member

    bundle = tmp_path / f"for-{name}.hdbundle"
    with office.store() as store:
        export_bundle(store, bundle, for_member=str(find_member(store, member)["id"]))
    site = Site(tmp_path / name, name)
    site.do(set_role, "member")
    site.take(bundle)
    return site


def log(site: Site, member: str, centre: str, day: str, method: str = "phone", note: str = "") -> dict[str, Any]:
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.records import log_contact

    day_ = dt.date.fromisoformat(day)
    return site.do(lambda s: log_contact(s, find_member(s, member), find_centre(s, centre), day_, method, note))


def attach(site: Site, folder: Path, name: str, content: bytes, note: str = "") -> dict[str, Any]:
    """A file written in ``folder`` and attached on ``site`` to the notice's first measure; its evidence row."""
    from hdrectify.store.evidence import add_evidence

    scan = folder / name
    scan.write_bytes(content)
    measure = site.rows("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")[0]["id"]

    def attach_it(s: Store) -> dict[str, Any]:
        with before_the_lock(s, measure):  # closed in the seed
            return add_evidence(s, measure, scan, note)

    return site.do(attach_it)


def edit(site: Site, table: str, row_id: str, **changes: Any) -> None:
    site.do(lambda s: s.update(table, row_id, changes))


# -- bundles taken apart and put together again (for hostile and damaged files) -----------------


def members(bundle: Path) -> dict[str, bytes]:
    """The bundle's members by name; a bundle sealed to a test database (a laptop's bundle to the office)
    is opened with that database's key first, as its import does."""
    source: Path | io.BytesIO = bundle
    if is_sealed(bundle):
        source = io.BytesIO()
        with Store.open(_SIGNERS[sealed_to(bundle)]) as store:
            unseal(store, bundle, source)
    with zipfile.ZipFile(source) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def pack(
    out: Path,
    parts: dict[str, bytes] | list[tuple[str, bytes]],
    *,
    resign: bool = True,
    signed_again: bool = True,
    **manifest: Any,
) -> Path:
    """Write ``parts`` as a bundle; ``resign`` recomputes the manifest's hashes and (unless not ``signed_again``:
    a forger without the key) signs the manifest again with the original signer's key, so that deeper checks
    are reached."""
    items = list(parts.items()) if isinstance(parts, dict) else list(parts)
    body = dict(items)
    try:
        found = json.loads(body.get(MANIFEST, b""))
    except ValueError:
        found = None  # a garbled manifest stays garbled
    if resign and isinstance(found, dict):
        found["parts"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in items
            if n not in (MANIFEST, SIGNATURE)
        }
        found.update(manifest)
        items = [(n, d) for n, d in items if n != MANIFEST] + [(MANIFEST, json.dumps(found).encode())]
    # signed again by the signer of the original (a garbled signature stays as it is)
    if resign and signed_again and MANIFEST in dict(items):
        try:
            key = json.loads(body[SIGNATURE])["public_key"]
        except (KeyError, TypeError, ValueError):
            key = None
        if isinstance(key, str) and key in _SIGNERS:
            signed = sign_as(key)(dict(items)[MANIFEST])
            items = [(n, signed if n == SIGNATURE else d) for n, d in items]
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return out


def open_count_of(site: Site) -> int:
    """How many conflicts wait for the office's choice at ``site``."""
    with site.store() as store:
        return open_count(store)


# -- spreadsheets (the Excel / CSV import tests) ----------------------------------------------------


def counts(db: Path) -> dict[str, int]:
    """The rows of the tables an import writes, and of the audit log, read with plain sqlite3."""
    conn = sqlite3.connect(db)
    try:
        tables = ("centres", "members", "pairings", "contacts", "reports", "reviews", "audit_log")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def roster_db(store: Store) -> None:
    """陈志强 paired with CENTRE_A and 黄伟明 with CENTRE_B, both from 1 January 2024."""
    with store.transaction():
        a, b = add_centre(store, CENTRE_A, TOWN_A), add_centre(store, CENTRE_B, TOWN_B)
        add_pairing(store, add_member(store, CHEN), a, dt.date(2024, 1, 1))
        add_pairing(store, add_member(store, HUANG), b, dt.date(2024, 1, 1))


def many_contacts(path: Path, rows: list[list[object]]) -> Path:
    """A workbook of one 联系记录 sheet holding ``rows`` (written in write-only mode, as fast as it gets)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("联系记录")
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path
