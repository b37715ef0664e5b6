"""One roster on every computer: the same real thing created on two computers is one row.

A member who adds 安墩镇康园中心, himself and his pairing on his laptop before the office's
bundle arrives has rows with other ids than the office's. When a bundle brings a centre with
the same (normalised) name, a member with the same name, or a pairing of the same member and
centre from the same day, under an id never seen here, the row here stays and the id the
bundle brought becomes its *alias* (``sync_aliases``): the version is merged into the row here
(the same content is no conflict; a different one is kept for the office to choose), and every
reference in the bundle's rows follows, now and in every later bundle. Each computer keeps its
own row, so the ids map both ways and bundles in any order end with the same rows.

A member's name that several members here share cannot be matched: the import is refused,
naming them, so that someone makes the names tell them apart first.

The office also carries the settings that must be the same everywhere (deadlines, backfill
days, the federation's name) in the manifest of its bundles; a member's laptop takes them
unless its user has set them otherwise, and the first bundle prepared for a member
(``bundle export --for``) makes an empty database that member's laptop
(:mod:`hdrectify.exchange.laptop`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.domain.wording import CLAUSE_SEP, Phrase, member_described
from hdrectify.exchange.bundle import Bundle
from hdrectify.exchange.records import BundleError, Version
from hdrectify.exchange.result import MergeResult, TableCounts
from hdrectify.store.base import DEFAULT_SETTINGS, Row, Store, new_id
from hdrectify.store.schema import SYNC_TABLES

ALIASED = ("centres", "members", "pairings")  # rows that may be the same real thing made twice
MERGED_LABELS = {"centres": "康园中心", "members": "党员", "pairings": "挂钩"}

# What the office's bundles carry of its settings, and the values a receiver accepts.
CARRIED_SETTINGS = ("federation_name", "report_deadline_days", "review_deadline_days", "backfill_days")
SETTING_LABELS = {
    "federation_name": "单位名称",
    "report_deadline_days": "季度汇报期限",
    "review_deadline_days": "年度考评期限",
    "backfill_days": "补录天数",
}
_DAYS = range(0, 367)
_APPLIED = "office_settings"  # the values last taken from the office: a value still equal to it was not set here

_SPACES = re.compile(r"\s+")


def normalised(name: object) -> str:
    """A name as compared across computers: full-width folded (NFKC), without spaces, case folded."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", str(name or ""))).casefold()


def references(store: Store) -> dict[str, list[tuple[str, str]]]:
    """Every synced table's reference columns: table → [(column, parent table)] (the foreign keys)."""
    return {
        t: [(str(fk[3]), str(fk[2])) for fk in store.execute(f"PRAGMA foreign_key_list([{t}])").fetchall()]
        for t in SYNC_TABLES
    }


def aliases(store: Store) -> dict[str, dict[str, str]]:
    """table → {alias id: the id of the row here}."""
    out: dict[str, dict[str, str]] = {t: {} for t in ALIASED}
    for r in store.rows("SELECT table_name, alias_id, canonical_id FROM sync_aliases"):
        out.setdefault(r["table_name"], {})[r["alias_id"]] = r["canonical_id"]
    return out


def installation_name(store: Store) -> str:
    """What this computer is called in bundles and wherever people see it: the name given in 设置,
    else the member this laptop belongs to ("陈志强的笔记本"), else "办公室" (never a host name)."""
    name = str(store.setting("installation_name") or "").strip()
    if name:
        return name
    me = store.setting("me_member_id")
    if me:
        member = store.get("members", str(me))
        if member is not None:
            return f"{member['name']}的笔记本"
    return "办公室" if store.setting("role") != "member" else "党员的笔记本"


def who(store: Store, installation_id: str | None = None) -> str:
    """What people call a computer: this one (no id, or its own), or one that sent bundles here."""
    if installation_id is None or installation_id == store.setting("installation_id"):
        return installation_name(store)
    found = store.scalar(
        "SELECT installation_name FROM exchange_log WHERE installation_id = ? ORDER BY at DESC LIMIT 1",
        [installation_id],
    )
    return str(found) if found else "其他电脑"


# -- on import: before the merge ---------------------------------------------------------------------


class Translation:
    """The ids of a bundle's rows as this computer knows them, once :func:`reconcile` has found which
    rows are the same as rows here: applied to each version as the merge reads it."""

    def __init__(
        self, known: Mapping[str, Mapping[str, str]], refs: Mapping[str, list[tuple[str, str]]], result: MergeResult
    ) -> None:
        self.known, self.refs, self.result = known, refs, result
        # tables none of whose rows or parents is known here by another id (every table of a first
        # import): their versions pass as they are, without a look at each row's references
        self.plain = {t: not known.get(t) and not any(known.get(p) for _, p in r) for t, r in refs.items()}

    def apply(self, v: Version) -> Version | None:
        """``v`` with the ids of the rows here; None when the other computer removed its copy of a row
        that is one here (ours stays)."""
        if self.plain.get(v.table):
            return v
        if v.row is None and v.id in self.known.get(v.table, {}):
            self.result.tables.setdefault(v.table, TableCounts()).same += 1
            return None
        return _translated(v, self.refs[v.table], self.known)


def reconcile(store: Store, bundle: Bundle, result: MergeResult) -> Translation:
    """Inside the import's transaction, before its rows are merged: take the office's settings
    (and, on an empty database prepared for a member, become that member's laptop), then
    find the bundle's rows that are the same as rows here (reading the roster's parts once,
    holding ids only) and record them as aliases. Returns what translates each version's ids
    as the merge reads it; notes both in ``result``."""
    _take_settings(store, bundle, result)
    known = aliases(store)
    refs = references(store)
    for table in ALIASED:  # parents first: a pairing is matched by its member and centre here
        matched: dict[str, str | None] = {}  # incoming id → the row here it is (None: none)
        for batch in bundle.batches(table):
            for v in batch:
                if v.row is None and v.id in known[table]:  # the other computer removed its copy: ours stays
                    continue
                v = _translated(v, refs[table], known)
                if v.id not in matched and v.id not in known[table].values():
                    matched[v.id] = (
                        _match(store, table, v) if v.row is not None and not _seen(store, table, v.id) else None
                    )
                canonical = known[table].get(v.id) or matched.get(v.id)
                if canonical is None or v.id in known[table]:
                    continue
                known[table][v.id] = canonical
                _record(store, table, v.id, canonical, bundle)
                result.merged.append((table, _title(store, table, canonical)))
    return Translation(known, refs, result)


def _translated(v: Version, refs: list[tuple[str, str]], known: Mapping[str, Mapping[str, str]]) -> Version:
    row = v.row
    if row is not None:
        changed = {c: known[p][row[c]] for c, p in refs if p in known and row.get(c) in known[p]}
        if changed:
            row = {**row, **changed}
    canonical = known.get(v.table, {}).get(v.id)
    if canonical is not None and row is not None:
        row = {**row, "id": canonical}
    if row is v.row and canonical is None:
        return v
    return v._replace(id=canonical or v.id, row=row)


def _seen(store: Store, table: str, row_id: str) -> bool:
    return store.scalar("SELECT 1 FROM sync_rows WHERE table_name = ? AND row_id = ?", [table, row_id]) is not None


def _match(store: Store, table: str, v: Version) -> str | None:
    """The id of the row here that is the same real thing as ``v`` (a row never seen here), if any."""
    row = v.row or {}
    if table == "pairings":
        return store.scalar(
            "SELECT id FROM pairings WHERE member_id = ? AND centre_id = ? AND start_on = ? AND id <> ?",
            [row.get("member_id"), row.get("centre_id"), row.get("start_on"), v.id],
        )
    key = normalised(row.get("name"))
    found = [r for r in store.rows(f"SELECT * FROM [{table}] WHERE id <> ?", [v.id]) if normalised(r["name"]) == key]
    if table == "members" and len(found) > 1:
        raise InputError(
            "exchange.member_ambiguous",
            None,
            name=row.get("name"),
            count=len(found),
            which=Phrase(CLAUSE_SEP, tuple(_member_text(store, m) for m in found), sep=True),
        )
    return str(found[0]["id"]) if found else None


def _member_text(store: Store, member: Row) -> Phrase:
    centres = [
        r["name"]
        for r in store.rows(
            "SELECT DISTINCT c.name FROM pairings p JOIN centres c ON c.id = p.centre_id WHERE p.member_id = ?"
            " ORDER BY c.name",
            [member["id"]],
        )
    ]
    return member_described(str(member["name"]), [str(c) for c in centres], str(member.get("phone") or ""))


def _title(store: Store, table: str, row_id: str) -> str:
    if table == "pairings":
        found = store.rows(
            "SELECT m.name AS member, c.name AS centre, p.start_on FROM pairings p"
            " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id WHERE p.id = ?",
            [row_id],
        )
        return f"{found[0]['member']} — {found[0]['centre']}（{found[0]['start_on']} 起）" if found else ""
    return str(store.scalar(f"SELECT name FROM [{table}] WHERE id = ?", [row_id]) or "")


def _record(store: Store, table: str, alias_id: str, canonical_id: str, bundle: Bundle) -> None:
    """The alias, audited with the import (the audit entry names the bundle and what it merged)."""
    store.insert(
        "sync_aliases",
        {
            "id": new_id(),
            "table_name": table,
            "alias_id": alias_id,
            "canonical_id": canonical_id,
            "installation_id": bundle.installation_id,
            "bundle_id": bundle.bundle_id,
        },
    )


# -- settings and "who I am" ---------------------------------------------------------------------------


def carried_settings(store: Store) -> dict[str, Any]:
    """What an office's bundle carries of its settings."""
    return {key: store.setting(key) for key in CARRIED_SETTINGS}


def _checked_settings(found: object) -> dict[str, Any]:
    """The manifest's settings (untrusted, like the rest of it): only those carried, each in range."""
    if found is None:
        return {}
    if not isinstance(found, dict) or not set(found) <= set(CARRIED_SETTINGS):
        raise BundleError("exchange.settings_bad")
    for key, value in found.items():
        if key == "federation_name":
            ok = isinstance(value, str) and 0 < len(value.strip()) <= 100
        else:
            ok = type(value) is int and value in _DAYS
        if not ok:
            raise BundleError("exchange.settings_bad")
    return {str(k): v for k, v in found.items()}


def _empty(store: Store) -> bool:
    """A database nobody has worked in yet: no roster, no records, no bundle taken."""
    return not store.scalar(
        "SELECT (SELECT count(*) FROM centres) + (SELECT count(*) FROM members) + (SELECT count(*) FROM contacts)"
        " + (SELECT count(*) FROM exchange_log WHERE direction = 'import')"
    )


def fresh(store: Store) -> bool:
    """A database nobody has worked in yet (no roster, no records, no bundle taken)."""
    return _empty(store)


def _take_settings(store: Store, bundle: Bundle, result: MergeResult) -> None:
    carried = _checked_settings(bundle.manifest.get("settings"))
    target = bundle.manifest.get("for_member")
    if target is not None and not (
        isinstance(target, dict) and isinstance(target.get("id"), str) and isinstance(target.get("name"), str)
    ):
        raise BundleError("exchange.for_member_bad")
    fresh = _empty(store)
    if target is not None and fresh:
        store.set_setting("role", "member")
        store.set_setting("me_member_id", target["id"])
        result.me = str(target["name"])
    if not carried or (store.setting("role") != "member" and not fresh):
        return
    applied = dict(store.setting(_APPLIED) or {})
    for key, value in sorted(carried.items()):
        here = store.setting(key)
        if here == value:
            applied[key] = value
            continue
        if fresh or here == DEFAULT_SETTINGS.get(key) or (key in applied and here == applied[key]):
            store.set_setting(key, value)
            applied[key] = value
            result.settings_taken.append(key)
    store.set_setting(_APPLIED, applied)
