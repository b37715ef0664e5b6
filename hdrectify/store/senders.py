"""Who has sent what (交换状态): per member computer, its last bundle and how far its records run.

Read from the exchange history (``exchange_log``: each import's line holds what the bundle's manifest
said about its sender, exchange/senders.py) and from the rows' origins (``sync_rows``). A member
computer is an installation whose bundles came from a member's laptop; its member is the one the
manifest names (an id made on the laptop follows its alias here), else the members whose records it
sent. Every member appears: one who never sent has no computer. No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from hdrectify.domain.collation import zh_key
from hdrectify.domain.periods import Period
from hdrectify.domain.wording import date_text
from hdrectify.store.base import Row, Store

# a member's records, by the column that dates them
_RECORDS = (("contacts", "date"), ("reports", "submitted_on"), ("reviews", "submitted_on"))


@dataclass(frozen=True)
class Sender:
    member_id: str | None
    member: str | None  # None: a member computer whose member is not known here
    installation_id: str | None  # None: this member never sent a bundle
    computer: str | None
    last_bundle: dt.date | None  # the day the computer made its newest bundle received here
    received_on: dt.date | None  # the day it was imported here
    rows: int  # rows that bundle held
    records_through: dt.date | None  # the newest record date received from that computer
    office_sent: dt.date | None  # the newest bundle this computer made for that laptop (or for all)
    acknowledged: bool | None  # whether the laptop has taken it; None when nothing was sent

    def as_json(self) -> dict[str, Any]:
        def day(d: dt.date | None) -> str | None:
            return d.isoformat() if d is not None else None

        return {
            "member": self.member,
            "computer": self.computer,
            "last_bundle": day(self.last_bundle),
            "records_through": day(self.records_through),
            "rows": self.rows,
            "received_on": day(self.received_on),
            "office_sent": day(self.office_sent),
            "acknowledged": self.acknowledged,
        }


def _day(stamp: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(stamp)[:10]) if stamp else None
    except ValueError:
        return None


def _facts(log: Row) -> dict[str, Any]:
    try:
        counts = json.loads(log["counts"])
    except (TypeError, ValueError):
        return {}
    found = counts.get("sender") if isinstance(counts, dict) else None
    return found if isinstance(found, dict) else {}


def _rows_held(log: Row) -> int:
    try:
        tables = json.loads(log["counts"]).get("rows", {})
        return sum(int(n) for counts in tables.values() for n in counts.values())
    except (TypeError, ValueError, AttributeError):
        return 0


def _local_member(store: Store, member_id: str) -> str:
    alias = store.scalar(
        "SELECT canonical_id FROM sync_aliases WHERE table_name = 'members' AND alias_id = ?", [member_id]
    )
    return str(alias) if alias else member_id


def _records_from(store: Store, installation_id: str) -> dict[str, dt.date]:
    """member id → the newest date of a record whose version here came from ``installation_id``."""
    out: dict[str, dt.date] = {}
    for table, column in _RECORDS:
        for r in store.rows(
            f"SELECT p.member_id, max(t.{column}) AS newest FROM {table} t"
            " JOIN pairings p ON p.id = t.pairing_id"
            " JOIN sync_rows s ON s.table_name = ? AND s.row_id = t.id"
            " WHERE t.deleted_at IS NULL AND (s.received_from = ? OR s.origin = ?)"
            " GROUP BY p.member_id",
            [table, installation_id, installation_id],
        ):
            day = _day(r["newest"])
            if day is not None and (r["member_id"] not in out or out[r["member_id"]] < day):
                out[str(r["member_id"])] = day
    return out


def bundles_in_order(store: Store, direction: str, *, not_from: str | None = None) -> list[Row]:
    """The exchange history's lines of ``direction`` ('import' or 'export'), oldest bundle first (of two
    made in the same second, the one logged first); ``not_from``: leave out that installation's bundles."""
    where, params = "direction = ?", [direction]
    if not_from is not None:
        where, params = where + " AND installation_id <> ?", [*params, not_from]
    return store.rows(f"SELECT * FROM exchange_log WHERE {where} ORDER BY bundle_created_at, rowid", params)


def _office_sent(exports: list[Row], member_id: str | None) -> tuple[str, str] | None:
    """Of the bundles made here (``exports``, in order), the creation stamp and id of the newest that this
    member's laptop should take (of two made in the same second, the later written)."""
    newest: tuple[str, str] | None = None
    for r in exports:
        try:
            target = json.loads(r["counts"]).get("for_member")
        except (TypeError, ValueError, AttributeError):
            target = None
        if target is None or target == member_id:
            newest = (str(r["bundle_created_at"]), str(r["bundle_id"]))
    return newest


def _acknowledged(sent: tuple[str, str] | None, took: object, took_bundle: object) -> bool | None:
    """Whether the laptop has taken ``sent``: it took a newer one, or that very one (stamps are to the
    second, so a bundle taken in the same second as the one sent is known by its id)."""
    if sent is None:
        return None
    if not isinstance(took, str):
        return False
    return took > sent[0] or (took == sent[0] and took_bundle == sent[1])


def senders(store: Store) -> list[Sender]:
    """One line per member computer, and one per member who never sent; by member (pinyin), computer."""
    me = store.installation_id()
    latest: dict[str, Row] = {}
    facts: dict[str, dict[str, Any]] = {}
    for log in bundles_in_order(store, "import", not_from=me):
        inst = str(log["installation_id"])
        latest[inst] = log
        found = _facts(log)
        if found:
            facts[inst] = found
    names = {str(r["id"]): str(r["name"]) for r in store.rows("SELECT id, name FROM members")}
    exports = bundles_in_order(store, "export")
    out: list[Sender] = []
    seen: set[str] = set()
    for inst, log in latest.items():
        said = facts.get(inst, {})
        role = said.get("role") or store.scalar(
            "SELECT role FROM trusted_installations WHERE installation_id = ?", [inst]
        )
        if role == "office":
            continue
        through = _records_from(store, inst)
        member = said.get("member")
        if isinstance(member, dict) and isinstance(member.get("id"), str):
            mid = _local_member(store, member["id"])
            members = [mid]
            names.setdefault(mid, str(member.get("name") or ""))
        else:
            members = sorted(through) or [None]  # type: ignore[list-item]
        received = said.get("received") if isinstance(said.get("received"), dict) else {}
        bundles = said.get("received_bundles") if isinstance(said.get("received_bundles"), dict) else {}
        for mid in members:
            sent = _office_sent(exports, mid)
            took = received.get(me) if isinstance(received, dict) else None
            took_bundle = bundles.get(me) if isinstance(bundles, dict) else None
            out.append(
                Sender(
                    mid,
                    names.get(mid) if mid else None,
                    inst,
                    str(log["installation_name"]),
                    _day(log["bundle_created_at"]),
                    _day(log["at"]),
                    _rows_held(log),
                    through.get(mid) if mid else max(through.values(), default=None),
                    _day(sent[0] if sent else None),
                    _acknowledged(sent, took, took_bundle),
                )
            )
            if mid:
                seen.add(mid)
    for mid, name in names.items():
        if mid not in seen and store.scalar("SELECT 1 FROM members WHERE id = ?", [mid]):
            sent = _office_sent(exports, mid)
            out.append(
                Sender(
                    mid,
                    name,
                    None,
                    None,
                    None,
                    None,
                    0,
                    None,
                    _day(sent[0] if sent else None),
                    _acknowledged(sent, None, None),
                )
            )
    out.sort(key=lambda s: (s.member is None, zh_key(s.member or ""), s.computer or ""))
    return out


def not_sent_since(store: Store, day: dt.date, member_ids: set[str]) -> list[Sender]:
    """Of ``member_ids``, the members with no bundle made on or after ``day`` (their best line each).

    Empty when no member computer has ever sent a bundle here: an office that enters everything
    itself is not told that nobody sends.
    """
    lines = senders(store)
    if not any(s.installation_id for s in lines):
        return []
    best: dict[str, Sender] = {}
    for s in lines:
        if s.member_id is None or s.member_id not in member_ids:
            continue
        kept = best.get(s.member_id)
        if kept is None or (s.last_bundle or dt.date.min) > (kept.last_bundle or dt.date.min):
            best[s.member_id] = s
    late = [s for s in best.values() if s.last_bundle is None or s.last_bundle < day]
    return sorted(late, key=lambda s: zh_key(s.member or ""))


@dataclass(frozen=True)
class DataThrough:
    """What a summary states per member: how far the records received from the member's computer run."""

    member: str
    through: dt.date | None  # None: nothing received from that computer
    last_bundle: dt.date | None  # None: it never sent a bundle

    @property
    def text(self) -> str:
        if self.last_bundle is None:
            return f"{self.member} 尚未提交交换包"
        if self.through is None:
            return f"{self.member} 交换包中无记录（最近交换包 {date_text(self.last_bundle)}）"
        return f"{self.member} {date_text(self.through)}"


def data_through(store: Store, member_ids: list[str]) -> list[DataThrough]:
    """Per member of ``member_ids`` (in their order), how far their data runs; empty when no member
    computer ever sent a bundle here (an office that enters everything itself, or a member's laptop)."""
    lines = senders(store)
    if not any(s.installation_id for s in lines):
        return []
    out: list[DataThrough] = []
    for mid in dict.fromkeys(member_ids):
        mine = [s for s in lines if s.member_id == mid]
        if not mine:
            continue
        best = max(mine, key=lambda s: (s.records_through or dt.date.min, s.last_bundle or dt.date.min))
        out.append(DataThrough(str(best.member), best.records_through, best.last_bundle))
    return out


def through_text(entries: list[DataThrough]) -> str:
    """陈志强 2024年4月2日；李明 尚未提交交换包."""
    return "；".join(e.text for e in entries)


def stragglers(store: Store, span: Period) -> list[Sender]:
    """The members paired on the span's last day with no bundle made after it (see not_sent_since)."""
    end = span.last_day.isoformat()
    ids = {
        str(r["member_id"])
        for r in store.rows(
            "SELECT DISTINCT member_id FROM pairings WHERE start_on <= ? AND (end_on IS NULL OR end_on >= ?)",
            [end, end],
        )
    }
    return not_sent_since(store, span.last_day + dt.timedelta(days=1), ids)


def stragglers_text(found: list[Sender]) -> str:
    """3 名党员自本季度结束后尚未提交交换包：陈志强、黄伟明、李明 (the command line's warning)."""
    return f"{len(found)} 名党员自本季度结束后尚未提交交换包：{'、'.join(s.member or '' for s in found)}"
