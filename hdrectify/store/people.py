"""Centres, members and pairings: lookups by name and the writes that keep SPEC's rules.

A centre has at most one active pairing on any day; a member may hold several.
Names are matched exactly; an unknown or ambiguous name is an error that says
what to do.
"""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.cadence import Pairing
from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row, Store


def fmt_span(start: str, end: str | None) -> str:
    return f"{start} 至 {end or '今'}"


def find_member(store: Store, name: str) -> Row:
    """The member called ``name`` (or with that id)."""
    found = store.rows("SELECT * FROM members WHERE name = ? OR id = ? ORDER BY created_at", [name, name])
    if not found:
        raise InputError(f"没有名为“{name}”的党员：请检查姓名，或先用 hdrectify member add 添加")
    if len(found) > 1:
        ids = "、".join(r["id"] for r in found)
        raise InputError(f"有 {len(found)} 名党员都叫“{name}”：请改用编号指定（{ids}）")
    return found[0]


def find_centre(store: Store, name: str) -> Row:
    """The centre called ``name`` (or with that id)."""
    found = store.rows("SELECT * FROM centres WHERE name = ? OR id = ?", [name, name])
    if not found:
        raise InputError(f"没有名为“{name}”的康园中心：请检查名称，或先用 hdrectify centre add 添加")
    if len(found) > 1:
        raise InputError(f"名称“{name}”对应多个康园中心：请改用编号指定")
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
    name, town = name.strip(), town.strip()
    if not name:
        raise InputError("康园中心名称不能为空")
    if not town:
        raise InputError("请填写所在镇（街道），例如 --town 平山街道")
    if store.scalar("SELECT 1 FROM centres WHERE name = ?", [name]):
        raise InputError(f"康园中心“{name}”已存在：名称不能重复")
    return store.insert(
        "centres",
        {
            "name": name,
            "town": town,
            "address": address,
            "contact_person": contact_person,
            "contact_phone": contact_phone,
            "closed_on": closed_on.isoformat() if closed_on else None,
        },
    )


def add_member(store: Store, name: str, *, phone: str = "", note: str = "") -> Row:
    name = name.strip()
    if not name:
        raise InputError("党员姓名不能为空")
    return store.insert("members", {"name": name, "phone": phone, "note": note})


def pairing_of(row: Row) -> Pairing:
    return Pairing(
        row["id"],
        dt.date.fromisoformat(row["start_on"]),
        dt.date.fromisoformat(row["end_on"]) if row["end_on"] else None,
    )


def check_pairing(store: Store, centre: Row, start: dt.date, end: dt.date | None, *, ignore_id: str = "") -> None:
    """Refuse a span that is backwards, after the centre closed, or overlaps another pairing."""
    if end is not None and end < start:
        raise InputError(f"结束日期 {end} 早于开始日期 {start}：请检查 --to 和 --from")
    if centre["closed_on"] and start > dt.date.fromisoformat(centre["closed_on"]):
        raise InputError(f"康园中心“{centre['name']}”已于 {centre['closed_on']} 撤销，不能在此之后挂钩")
    new = Pairing("", start, end)
    for row in store.rows(
        "SELECT p.*, m.name AS member FROM pairings p JOIN members m ON m.id = p.member_id"
        " WHERE p.centre_id = ? AND p.id <> ?",
        [centre["id"], ignore_id],
    ):
        if pairing_of(row).overlaps(new):
            raise InputError(
                f"康园中心“{centre['name']}”在 {fmt_span(row['start_on'], row['end_on'])} 已与 {row['member']} 挂钩，"
                "同一天只能有一个挂钩党员：请调整日期，或先结束原挂钩"
            )


def add_pairing(store: Store, member: Row, centre: Row, start: dt.date, end: dt.date | None = None) -> Row:
    check_pairing(store, centre, start, end)
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


def describe_spans(pairings: list[Row]) -> str:
    if not pairings:
        return "两者从未挂钩"
    return "挂钩期间：" + "；".join(fmt_span(p["start_on"], p["end_on"]) for p in pairings)
