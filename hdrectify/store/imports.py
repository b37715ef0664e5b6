"""The look-ups a workbook import needs: what is already there, by each kind's natural key.

Importing the same file twice adds nothing: a row whose natural key is already stored is
"present" — a centre by how its name looks, a member by name, a pairing by member, centre and
start, a contact by pairing, date, method and note, a report by pairing and quarter, a review by
pairing and year. Deleted records do not count.
"""

from __future__ import annotations

from hdrectify.domain.text import name_key
from hdrectify.store.base import Row, Store


def centres_by_key(store: Store) -> dict[str, Row]:
    """Every centre, by :func:`hdrectify.domain.text.name_key` of its name."""
    return {name_key(r["name"]): r for r in store.rows("SELECT * FROM centres ORDER BY created_at")}


def members_named(store: Store, name: str) -> list[Row]:
    return store.rows("SELECT * FROM members WHERE name = ? ORDER BY created_at", [name])


def pairing_starting(store: Store, member_id: str, centre_id: str, start: str) -> Row | None:
    found = store.rows(
        "SELECT * FROM pairings WHERE member_id = ? AND centre_id = ? AND start_on = ?", [member_id, centre_id, start]
    )
    return found[0] if found else None


def contact_exists(store: Store, pairing_id: str, date: str, method: str, note: str) -> bool:
    return bool(
        store.scalar(
            "SELECT 1 FROM contacts WHERE pairing_id = ? AND date = ? AND method = ? AND note = ?"
            " AND deleted_at IS NULL",
            [pairing_id, date, method, note],
        )
    )


def report_exists(store: Store, pairing_id: str, quarter: str) -> bool:
    return bool(
        store.scalar(
            "SELECT 1 FROM reports WHERE pairing_id = ? AND quarter = ? AND deleted_at IS NULL", [pairing_id, quarter]
        )
    )


def review_exists(store: Store, pairing_id: str, year: int) -> bool:
    return bool(
        store.scalar(
            "SELECT 1 FROM reviews WHERE pairing_id = ? AND year = ? AND deleted_at IS NULL", [pairing_id, year]
        )
    )


def contact_keys(store: Store, pairing_id: str) -> set[tuple[str, str, str]]:
    """(date, method, note) of every contact of the pairing: what :func:`contact_exists` asks, read once."""
    return {
        (r[0], r[1], r[2])
        for r in store.execute(
            "SELECT date, method, note FROM contacts WHERE pairing_id = ? AND deleted_at IS NULL", [pairing_id]
        )
    }


def report_quarters(store: Store, pairing_id: str) -> set[str]:
    """The quarters the pairing has a report of."""
    return {
        str(r[0])
        for r in store.execute("SELECT quarter FROM reports WHERE pairing_id = ? AND deleted_at IS NULL", [pairing_id])
    }


def review_years(store: Store, pairing_id: str) -> set[int]:
    """The years the pairing has a review of."""
    return {
        int(r[0])
        for r in store.execute("SELECT year FROM reviews WHERE pairing_id = ? AND deleted_at IS NULL", [pairing_id])
    }
