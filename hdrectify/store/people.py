"""Centres, members and pairings: lookups by name and the writes that keep SPEC's rules.

A centre has at most one active pairing on any day; a member may hold several.
Names are matched exactly, after the rules of :mod:`hdrectify.domain.text` (NFC, spaces
trimmed and collapsed, invisible characters refused) on what is written and on what is
looked up; an unknown or ambiguous name is an error that says what to do. Rows stored
before those rules keep their names and are still found by them exactly.
"""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.cadence import Pairing
from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.text import InvisibleCharError, clean_name, clean_note, escape_controls, name_key
from hdrectify.domain.wording import Phrase, members_pairing, pairing_spans
from hdrectify.store.base import Row, Store
from hdrectify.store.roles import require_office


def _named(store: Store, table: str, text: str, what: str) -> tuple[str, list[Row]]:
    """(the name as cleaned, the rows called so or with that id).

    A query the rules refuse still finds a row stored under exactly that text (by an older
    version, or a bundle from one); otherwise the refusal says which character is wrong.
    """
    order = "ORDER BY created_at"
    try:
        name = clean_name(text, what)
    except InvisibleCharError:
        found = store.rows(f"SELECT * FROM {table} WHERE name = ? OR id = ? {order}", [text, text])
        if found:
            return escape_controls(text), found
        raise
    return name, store.rows(f"SELECT * FROM {table} WHERE name IN (?, ?) OR id = ? {order}", [name, text, text])


def find_member(store: Store, name: str) -> Row:
    """The member called ``name`` (or with that id)."""
    name, found = _named(store, "members", name, "党员姓名")
    if not found:
        raise InputError("people.no_such_member", None, name=name)
    if len(found) > 1:
        ids = "、".join(r["id"] for r in found)
        raise InputError("people.member_name_shared", None, count=len(found), name=name, ids=ids)
    return found[0]


def find_centre(store: Store, name: str) -> Row:
    """The centre called ``name`` (or with that id)."""
    name, found = _named(store, "centres", name, "康园中心名称")
    if not found:
        raise InputError("people.no_such_centre", None, name=name)
    if len(found) > 1:
        raise InputError("people.centre_name_shared", None, name=name)
    return found[0]


def add_centre(
    store: Store,
    name: str,
    town: str,
    *,
    address: str = "",
    contact_person: str = "",
    contact_phone: str = "",
    closed_on: dt.date | None = None,
) -> Row:
    require_office(store, "roster")
    name = check_centre_name(store, name)
    if not clean_name(town, "所在镇（街道）"):
        raise InputError("people.town_missing_cli", "town")
    values = {"name": name, "town": check_town(town), "closed_on": closed_on.isoformat() if closed_on else None}
    for key, value in zip(_CENTRE_TEXT_FIELDS, (address, contact_person, contact_phone, ""), strict=True):
        values[key] = _clean_field(key, value)
    return store.insert("centres", values)


def check_member_name(name: str) -> str:
    """``name`` as a member's name (members may share one: they are then told apart by id)."""
    name = clean_name(name, "党员姓名")
    if not name:
        raise InputError("people.member_name_empty", "name")
    return name


def add_member(store: Store, name: str, *, phone: str = "", note: str = "") -> Row:
    require_office(store, "roster")
    return store.insert(
        "members",
        {"name": check_member_name(name), "phone": clean_name(phone, "联系电话"), "note": clean_note(note, "备注")},
    )


def pairing_of(row: Row) -> Pairing:
    return Pairing(
        row["id"],
        dt.date.fromisoformat(row["start_on"]),
        dt.date.fromisoformat(row["end_on"]) if row["end_on"] else None,
    )


def check_pairing(store: Store, centre: Row, start: dt.date, end: dt.date | None, *, ignore_id: str = "") -> None:
    """Refuse a span that is backwards, after the centre closed, or overlaps another pairing."""
    if end is not None and end < start:
        raise InputError("pairing.ends_before_start", "end", end=end, start=start)
    if centre["closed_on"]:
        closed = dt.date.fromisoformat(centre["closed_on"])
        if start > closed:
            raise InputError("pairing.after_closing", "start", centre=centre["name"], closed=closed)
        if end is None or end > closed:
            raise InputError("pairing.past_closing", "end", centre=centre["name"], closed=closed)
    new = Pairing("", start, end)
    for row in store.rows(
        "SELECT p.*, m.name AS member FROM pairings p JOIN members m ON m.id = p.member_id"
        " WHERE p.centre_id = ? AND p.id <> ?",
        [centre["id"], ignore_id],
    ):
        if pairing_of(row).overlaps(new):
            if row["end_on"]:
                raise InputError(
                    "pairing.overlaps",
                    "start",
                    centre=centre["name"],
                    start=row["start_on"],
                    end=row["end_on"],
                    member=row["member"],
                )
            raise InputError(
                "pairing.overlaps_open", "start", centre=centre["name"], start=row["start_on"], member=row["member"]
            )


def add_pairing(store: Store, member: Row, centre: Row, start: dt.date, end: dt.date | None = None) -> Row:
    require_office(store, "roster")
    check_pairing(store, centre, start, end)
    return insert_pairing(store, member, centre, start, end)


def insert_pairing(store: Store, member: Row, centre: Row, start: dt.date, end: dt.date | None) -> Row:
    """Write a pairing as given, unchecked (:func:`add_pairing` checks it first; the demo's are known good)."""
    require_office(store, "roster")
    return store.insert(
        "pairings",
        {
            "member_id": member["id"],
            "centre_id": centre["id"],
            "start_on": start.isoformat(),
            "end_on": end.isoformat() if end else None,
        },
    )


def pairings_between(store: Store, member: Row, centre: Row) -> list[Row]:
    return store.rows(
        "SELECT * FROM pairings WHERE member_id = ? AND centre_id = ? ORDER BY start_on",
        [member["id"], centre["id"]],
    )


def describe_spans(pairings: list[Row]) -> Phrase:
    """挂钩期间：… (or 两者从未挂钩): said by each side in its language."""
    return pairing_spans((p["start_on"], p["end_on"]) for p in pairings)


# -- edits from the window: centres, members, and the life of a pairing ---------------

_CENTRE_TEXT_FIELDS = ("address", "contact_person", "contact_phone", "note")
_FIELD_ZH = {"address": "地址", "contact_person": "联系人", "contact_phone": "联系电话", "note": "备注"}


def _clean_field(key: str, value: str) -> str:
    """A centre's one-line fields are names; its note is free text."""
    return clean_note(value, _FIELD_ZH[key]) if key == "note" else clean_name(value, _FIELD_ZH[key])


def check_centre_name(store: Store, name: str, *, ignore_id: str = "") -> str:
    """``name`` cleaned, if it is a usable name no other centre has.

    Names are compared by how they look (:func:`name_key`), so a centre stored before the
    rules with a zero-width space in its name still counts as taken.
    """
    name = clean_name(name, "康园中心名称")
    if not name:
        raise InputError("people.centre_name_empty", "name")
    key = name_key(name)
    for row in store.rows("SELECT id, name FROM centres WHERE id <> ?", [ignore_id]):
        if name_key(row["name"]) == key:
            if row["name"] == name:
                raise InputError("people.centre_exists", "name", name=name)
            raise InputError("people.centre_looks_taken", "name", name=name, other=escape_controls(row["name"]))
    return name


def check_town(town: str) -> str:
    town = clean_name(town, "所在镇（街道）")
    if not town:
        raise InputError("people.town_missing", "town")
    return town


def _centre(store: Store, centre_id: str) -> Row:
    row = store.get("centres", centre_id)
    if row is None:
        raise InputError("people.centre_gone")
    return row


def _member(store: Store, member_id: str) -> Row:
    row = store.get("members", member_id)
    if row is None:
        raise InputError("people.member_gone")
    return row


def _pairing(store: Store, pairing_id: str) -> Row:
    row = store.get("pairings", pairing_id)
    if row is None:
        raise InputError("pairing.gone")
    return row


def update_centre(
    store: Store,
    centre_id: str,
    *,
    name: str | None = None,
    town: str | None = None,
    address: str | None = None,
    contact_person: str | None = None,
    contact_phone: str | None = None,
    note: str | None = None,
) -> Row:
    """Change a centre's details (not its closing: see :func:`close_centre`)."""
    require_office(store, "roster")
    _centre(store, centre_id)
    changes: Row = {}
    if name is not None:
        changes["name"] = check_centre_name(store, name, ignore_id=centre_id)
    if town is not None:
        changes["town"] = check_town(town)
    for key, value in zip(_CENTRE_TEXT_FIELDS, (address, contact_person, contact_phone, note), strict=True):
        if value is not None:
            changes[key] = _clean_field(key, value)
    return store.update("centres", centre_id, changes)


def check_records_until(
    store: Store, pairing: Row, end: dt.date, *, subject: str | Phrase = "该挂钩", what: str = "结束日期"
) -> None:
    """Refuse to end ``pairing`` on ``end`` if records would be left outside it.

    A contact must fall inside the pairing; a report or review must be for a period
    the pairing still owes (active on the period's last day). ``subject`` and ``what``
    name the pairing and the date in the message.
    """
    last = store.scalar(
        "SELECT max(date) FROM contacts WHERE pairing_id = ? AND deleted_at IS NULL AND date > ?",
        [pairing["id"], end.isoformat()],
    )
    if last:
        count = store.scalar(
            "SELECT count(*) FROM contacts WHERE pairing_id = ? AND deleted_at IS NULL AND date > ?",
            [pairing["id"], end.isoformat()],
        )
        raise InputError(
            "pairing.contacts_after_end", None, subject=subject, end=end, count=count, last=last, what=what
        )
    for report in store.rows(
        "SELECT quarter FROM reports WHERE pairing_id = ? AND deleted_at IS NULL ORDER BY quarter", [pairing["id"]]
    ):
        period = Period.parse(str(report["quarter"]), Kind.QUARTER)
        if period.last_day > end:
            raise InputError(
                "pairing.report_after_end",
                None,
                subject=subject,
                year=period.year,
                quarter=period.index,
                last=period.last_day,
                what=what,
            )
    for review in store.rows(
        "SELECT year FROM reviews WHERE pairing_id = ? AND deleted_at IS NULL ORDER BY year", [pairing["id"]]
    ):
        period = Period.parse(str(review["year"]), Kind.YEAR)
        if period.last_day > end:
            raise InputError(
                "pairing.review_after_end", None, subject=subject, year=period.year, last=period.last_day, what=what
            )


def end_pairing(store: Store, pairing_id: str, end: dt.date) -> Row:
    """End (or move the end of) a pairing on ``end``, the last day it is active."""
    require_office(store, "roster")
    pairing = _pairing(store, pairing_id)
    start = dt.date.fromisoformat(pairing["start_on"])
    if end < start:
        raise InputError("pairing.end_before_its_start", "end", end=end, start=start)
    centre = _centre(store, pairing["centre_id"])
    # a later end could run into the centre's next pairing, or past its closing
    check_pairing(store, centre, start, end, ignore_id=pairing_id)
    if centre["closed_on"] and end > dt.date.fromisoformat(centre["closed_on"]):
        raise InputError("pairing.end_after_closing", "end", centre=centre["name"], closed=centre["closed_on"])
    check_records_until(store, pairing, end)
    return store.update("pairings", pairing_id, {"end_on": end.isoformat()})


def close_centre(store: Store, centre_id: str, closed_on: dt.date) -> Row:
    """Close a centre from ``closed_on`` (its last open day); its pairings end that day."""
    require_office(store, "roster")
    centre = _centre(store, centre_id)
    later = store.rows(
        "SELECT p.start_on, m.name AS member FROM pairings p JOIN members m ON m.id = p.member_id"
        " WHERE p.centre_id = ? AND p.start_on > ? ORDER BY p.start_on",
        [centre_id, closed_on.isoformat()],
    )
    if later:
        raise InputError(
            "people.close_before_pairing",
            "closed_on",
            centre=centre["name"],
            start=later[0]["start_on"],
            member=later[0]["member"],
            closed=closed_on,
        )
    for pairing in store.rows(
        "SELECT p.*, m.name AS member FROM pairings p JOIN members m ON m.id = p.member_id"
        " WHERE p.centre_id = ? AND (p.end_on IS NULL OR p.end_on > ?) ORDER BY p.start_on",
        [centre_id, closed_on.isoformat()],
    ):
        check_records_until(store, pairing, closed_on, subject=members_pairing(pairing["member"]), what="撤销日期")
        store.update("pairings", pairing["id"], {"end_on": closed_on.isoformat()}, "康园中心撤销")
    return store.update("centres", centre_id, {"closed_on": closed_on.isoformat()})


def reopen_centre(store: Store, centre_id: str) -> Row:
    """Undo a closing; ended pairings stay ended (pair the centre again if needed)."""
    require_office(store, "roster")
    _centre(store, centre_id)
    return store.update("centres", centre_id, {"closed_on": None})


def update_member(
    store: Store, member_id: str, *, name: str | None = None, phone: str | None = None, note: str | None = None
) -> Row:
    require_office(store, "roster")
    _member(store, member_id)
    changes: Row = {}
    if name is not None:
        changes["name"] = check_member_name(name)
    if phone is not None:
        changes["phone"] = clean_name(phone, "联系电话")
    if note is not None:
        changes["note"] = clean_note(note, "备注")
    return store.update("members", member_id, changes)


def active_pairing(store: Store, centre_id: str, day: dt.date) -> Row | None:
    """The pairing of the centre active on ``day``, with the member's name, if any."""
    found = store.rows(
        "SELECT p.*, m.name AS member FROM pairings p JOIN members m ON m.id = p.member_id"
        " WHERE p.centre_id = ? AND p.start_on <= ? AND (p.end_on IS NULL OR p.end_on >= ?)",
        [centre_id, day.isoformat(), day.isoformat()],
    )
    return found[0] if found else None


def reassign_centre(store: Store, centre_id: str, new_member_id: str, start: dt.date) -> Row:
    """Hand a centre to another member from ``start``: the old pairing ends the day before.

    The new pairing takes over the rest of the old span (its end, usually open).
    """
    require_office(store, "roster")
    centre = _centre(store, centre_id)
    member = _member(store, new_member_id)
    old = active_pairing(store, centre_id, start)
    if old is None:
        raise InputError("pairing.none_to_reassign", "start", centre=centre["name"], start=start)
    if old["member_id"] == new_member_id:
        raise InputError("pairing.already_paired", "member", member=member["name"], start=start, centre=centre["name"])
    old_start = dt.date.fromisoformat(old["start_on"])
    if start <= old_start:
        raise InputError(
            "pairing.reassign_too_early", "start", start=start, old=old_start, first=old_start + dt.timedelta(days=1)
        )
    end_pairing(store, old["id"], start - dt.timedelta(days=1))
    old_end = dt.date.fromisoformat(old["end_on"]) if old["end_on"] else None
    return add_pairing(store, member, centre, start, old_end)


# -- the lists the window and the command line show --------------------------------
# One query per list, in the one collation for Chinese names (pinyin, domain/collation.py).


def members(store: Store, on: dt.date | None = None) -> list[Row]:
    """Every member, by name in pinyin order (then by when added); with ``on``, each row's
    ``centres`` holds the names of the centres paired with them that day, a list in pinyin order."""
    rows = store.rows("SELECT * FROM members")
    rows.sort(key=lambda r: (zh_key(str(r["name"])), r["created_at"], r["id"]))
    if on is not None:
        paired: dict[str, list[str]] = {}
        for r in _pairings_on(store, on):
            paired.setdefault(r["member_id"], []).append(r["centre"])
        for row in rows:
            row["centres"] = sorted(paired.get(row["id"], []), key=zh_key)
    return rows


def centres(store: Store, on: dt.date | None = None) -> list[Row]:
    """Every centre, open ones first, then by town and name in pinyin order; with ``on``, each
    row's ``member`` is the member paired with it that day (None if nobody), and a centre
    counts as closed only once its closing day has come."""
    rows = store.rows("SELECT * FROM centres")
    if on is None:
        closed = {r["id"]: r["closed_on"] is not None for r in rows}
    else:
        day = on.isoformat()
        closed = {r["id"]: r["closed_on"] is not None and r["closed_on"] <= day for r in rows}
        paired = {r["centre_id"]: r["member"] for r in _pairings_on(store, on)}
        for row in rows:
            row["member"] = paired.get(row["id"])
    rows.sort(key=lambda r: (closed[r["id"]], zh_key(str(r["town"])), zh_key(str(r["name"])), r["id"]))
    return rows


def towns(store: Store) -> list[str]:
    """The towns (镇、街道) that have a centre, in pinyin order."""
    return sorted((str(r["town"]) for r in store.rows("SELECT DISTINCT town FROM centres")), key=zh_key)


_PAIRINGS_NAMED = (
    "SELECT p.*, m.name AS member, c.name AS centre FROM pairings p"
    " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id"
)


def _pairings_on(store: Store, on: dt.date) -> list[Row]:
    day = on.isoformat()
    return store.rows(_PAIRINGS_NAMED + " WHERE p.start_on <= ? AND (p.end_on IS NULL OR p.end_on >= ?)", [day, day])


def pairings(store: Store) -> list[Row]:
    """Every pairing with its ``member`` and ``centre`` names, by centre (pinyin), then start."""
    rows = store.rows(_PAIRINGS_NAMED)
    rows.sort(key=lambda r: (zh_key(str(r["centre"])), r["start_on"], zh_key(str(r["member"])), r["id"]))
    return rows


def pairing_with_names(store: Store, pairing_id: str) -> Row | None:
    """The pairing with its ``member`` and ``centre`` names, if it exists."""
    found = store.rows(_PAIRINGS_NAMED + " WHERE p.id = ?", [pairing_id])
    return found[0] if found else None


def centres_paired_since(store: Store, day: dt.date) -> set[str]:
    """The ids of centres with a pairing active on ``day`` or later: those that can be handed over."""
    rows = store.rows("SELECT centre_id FROM pairings WHERE end_on IS NULL OR end_on >= ?", [day.isoformat()])
    return {str(r["centre_id"]) for r in rows}


def pairing_count(store: Store, member_id: str) -> int:
    """How many pairings (past, present and future) the member has."""
    return int(store.scalar("SELECT count(*) FROM pairings WHERE member_id = ?", [member_id]))
