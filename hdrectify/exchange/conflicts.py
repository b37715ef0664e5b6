"""The conflict queue: rows changed on two computers, their versions side by side, and the choice.

A conflict is a row whose table holds the provisional winner while one or more other
versions wait in ``sync_conflicts``. Resolving it makes the chosen version a new version
made here that has seen all of them, so it replaces them on every computer it reaches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.domain.wording import NOTICE_LEDGER, Phrase, this_computer
from hdrectify.exchange.rules import TABLE_LABELS, check, integrity_refusal, same_row
from hdrectify.store import dbapi, sync
from hdrectify.store.base import Store, now_stamp

_HIDDEN = frozenset({"id", "created_at", "updated_at"})


@dataclass(frozen=True)
class VersionView:
    """One version of a conflicted row, as the window shows it."""

    conflict_id: str | None  # None: the version the table holds now (the provisional winner)
    origin: str  # installation id
    origin_name: str | Phrase  # a computer's name, or this computer's and the notice's said as such
    changed_at: str  # UTC
    row: dict[str, Any] | None  # None: deleted


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    found_at: str
    versions: list[VersionView]  # the table's first

    @property
    def label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    def fields(self) -> list[str]:
        """The columns to show, those that differ between the versions first."""
        names: list[str] = []
        for v in self.versions:
            for k in v.row or {}:
                if k not in names and k not in _HIDDEN:
                    names.append(k)
        differ = [n for n in names if len({json.dumps((v.row or {}).get(n)) for v in self.versions}) > 1]
        return differ + [n for n in names if n not in differ]


def installation_names(store: Store) -> dict[str, str | Phrase]:
    """Installation id → the name it gave in its bundles (and this computer's own, said as such)."""
    names: dict[str, str | Phrase] = {
        r["installation_id"]: r["installation_name"]
        for r in store.rows("SELECT installation_id, installation_name FROM exchange_log ORDER BY at")
    }
    me = store.setting("installation_id")
    if me:
        from hdrectify.exchange.export import installation_name

        names[str(me)] = this_computer(installation_name(store))
    names[sync.SEED_ORIGIN] = Phrase(NOTICE_LEDGER)
    return names


def open_count(store: Store) -> int:
    """How many rows wait for a choice."""
    if not store.scalar("SELECT 1 FROM sync_conflicts WHERE resolved_at IS NULL LIMIT 1"):
        return 0  # the usual case, answered by the index alone
    return len(open_conflicts(store))


def open_conflicts(store: Store) -> list[Conflict]:
    """Every row with versions waiting, oldest first."""
    names = installation_names(store)
    by_row: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in store.rows("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY found_at, id"):
        by_row.setdefault((r["table_name"], r["row_id"]), []).append(r)
    out = []
    for (table, row_id), queued in by_row.items():
        meta = store.rows(
            "SELECT origin, changed_at FROM sync_rows WHERE table_name = ? AND row_id = ?", [table, row_id]
        )
        current = VersionView(
            None,
            meta[0]["origin"] if meta else "",
            names.get(meta[0]["origin"], meta[0]["origin"][:8]) if meta else "",
            meta[0]["changed_at"] if meta else "",
            store.get(table, row_id),
        )
        others = [
            VersionView(
                q["id"],
                q["origin"],
                names.get(q["origin"], q["origin"][:8]),
                q["changed_at"],
                None if q["content"] is None else json.loads(q["content"]),
            )
            for q in queued
        ]
        # versions made alike on two computers wait in the queue too, but offer no choice
        others = [o for o in others if not same_row(o.row, current.row)]
        if others:
            out.append(Conflict(table, row_id, str(queued[0]["found_at"]), [current, *others]))
    return out


def resolve(store: Store, table: str, row_id: str, chosen: str | None) -> None:
    """Settle a conflict: keep the table's version (``chosen`` None) or take a queued one.

    One transaction: the row, its new version and the queue change together. The choice
    must still keep SPEC's rules (a pairing chosen may overlap another, say).
    """
    with store.transaction():
        queued = store.rows(
            "SELECT * FROM sync_conflicts WHERE table_name = ? AND row_id = ? AND resolved_at IS NULL",
            [table, row_id],
        )
        if not queued:
            raise InputError("exchange.conflict_gone")
        if chosen is not None and chosen not in {q["id"] for q in queued}:
            raise InputError("exchange.conflict_version_gone")
        meta = store.rows("SELECT vv, deleted FROM sync_rows WHERE table_name = ? AND row_id = ?", [table, row_id])
        vectors = [sync.decode(q["vv"]) for q in queued] + ([sync.decode(meta[0]["vv"])] if meta else [])
        reason = "处理交换冲突：" + ("保留当前版本" if chosen is None else "采用另一版本")
        if chosen is not None:
            content = next(q["content"] for q in queued if q["id"] == chosen)
            try:
                if content is None:
                    store.remove_exact(table, row_id, reason)
                else:
                    store.write_exact(table, {**json.loads(content), "updated_at": now_stamp()}, reason)
            except dbapi.IntegrityError as e:
                raise InputError("exchange.conflict_refused", None, reason=integrity_refusal(e)) from None
        me = store.installation_id()
        vv = sync.merged(*vectors)
        vv[me] = sync.next_clock(store.conn, vv.get(me, 0))
        deleted = store.get(table, row_id) is None
        store.execute(
            "UPDATE sync_rows SET vv = ?, local_seq = ?, origin = ?, changed_at = ?, deleted = ?,"
            " received_from = NULL, received_at = NULL, bundle_id = NULL WHERE table_name = ? AND row_id = ?",
            [sync.encode(vv), vv[me], me, sync.utc_stamp(), int(deleted), table, row_id],
        )
        for q in queued:
            store.execute(
                "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                [now_stamp(), store.actor, "taken" if q["id"] == chosen else "kept", q["id"]],
            )
        violations = check(store, {table: {row_id}})
        if violations:
            raise InputError("exchange.conflict_refused", None, reason=violations[0].reason)
