"""The annual review's rubric as the office keeps it, and reviews scored item by item.

Versions (table ``rubrics``): the latest is the rubric in force, what 设置 edits and what a new
review is scored against. Before any is saved the shipped one (:data:`DEFAULT_ITEMS`) is in
force; it is written, when first used or replaced, under the same id and version on every
computer (``mark_seed``), so laptops that each score against it agree. Editing a version that a
review uses (or the shipped one) saves a new version; a version nobody has used yet is changed in
place. Each scored item is kept with its review (``review_items``: name, maximum and points as
scored), so an old review reads the same whatever the rubric becomes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Period
from hdrectify.domain.rubric import DEFAULT_ITEMS, RubricItem, check_items, parse_item_args, score_items
from hdrectify.store import sync
from hdrectify.store.base import Row, Store
from hdrectify.store.records import add_review, pairing_owing, parse_score
from hdrectify.store.roles import require_office
from hdrectify.store.seed import seed_id

DEFAULT_ID = seed_id("rubric", 1)


@dataclass(frozen=True)
class Rubric:
    id: str
    version: int
    items: tuple[RubricItem, ...]
    stored: bool = True  # False: the shipped rubric, not written to this database yet


def _items_json(items: Sequence[RubricItem]) -> str:
    return json.dumps(
        [{"name": i.name, "max": i.max_points, "guidance": i.guidance} for i in items], ensure_ascii=False
    )


def _items_of(text: str) -> tuple[RubricItem, ...]:
    return tuple(RubricItem(str(i["name"]), int(i["max"]), str(i.get("guidance") or "")) for i in json.loads(text))


def _rubric(row: Row) -> Rubric:
    return Rubric(row["id"], row["version"], _items_of(row["items"]))


def current_rubric(store: Store) -> Rubric:
    """The rubric in force: the latest version saved, else the shipped one."""
    rows = store.rows("SELECT id, version, items FROM rubrics ORDER BY version DESC, created_at DESC, id DESC LIMIT 1")
    return _rubric(rows[0]) if rows else Rubric(DEFAULT_ID, 1, DEFAULT_ITEMS, stored=False)


def rubric_by_id(store: Store, rubric_id: str) -> Rubric | None:
    rows = store.rows("SELECT id, version, items FROM rubrics WHERE id = ?", [rubric_id])
    return _rubric(rows[0]) if rows else None


def in_use(store: Store, rubric_id: str) -> bool:
    """Whether any review (live or deleted: it can be restored) was scored against this version."""
    return bool(store.scalar("SELECT 1 FROM review_items WHERE rubric_id = ? LIMIT 1", [rubric_id]))


def _store_default(store: Store) -> None:
    store.insert("rubrics", {"id": DEFAULT_ID, "version": 1, "items": _items_json(DEFAULT_ITEMS)})
    sync.mark_seed(store.conn, "rubrics", DEFAULT_ID)  # every computer writes this same row


def save_rubric(store: Store, items: Sequence[RubricItem]) -> bool:
    """Save ``items`` as the rubric in force; False when they are the rubric in force already.

    Checked by :func:`~hdrectify.domain.rubric.check_items` (maxima adding up to 100). A version
    that reviews use, or the shipped one, is kept as it is and a new version saved.
    """
    require_office(store, "rubric")
    cleaned = check_items(items)
    now = current_rubric(store)
    if now.items == cleaned:
        return False
    if not now.stored:
        _store_default(store)
    if now.id == DEFAULT_ID or in_use(store, now.id):
        version = int(store.scalar("SELECT coalesce(max(version), 0) FROM rubrics")) + 1
        store.insert("rubrics", {"version": version, "items": _items_json(cleaned)})
    else:
        store.update("rubrics", now.id, {"items": _items_json(cleaned)}, "修改考评细则（尚未用于考评）")
    return True


@dataclass(frozen=True)
class ItemScore:
    name: str
    max_points: int
    guidance: str
    points: int | None  # None: not scored


def add_scored_review(
    store: Store,
    member: Row,
    centre: Row,
    year: Period,
    day: dt.date,
    given: Mapping[str, str | int],
    note: str = "",
    criteria: str = "",
) -> Row:
    """A review scored item by item against the rubric in force: every item scored, within its
    maximum; its score is the sum. One transaction's worth of writes: the review and its items."""
    rubric = current_rubric(store)
    points = score_items(rubric.items, given)
    row = add_review(store, member, centre, year, day, sum(points), note, criteria)
    if not rubric.stored:
        _store_default(store)
    store.insert_many(
        "review_items",
        [
            {
                "review_id": row["id"],
                "rubric_id": rubric.id,
                "position": n,
                "name": item.name,
                "max_points": item.max_points,
                "points": p,
            }
            for n, (item, p) in enumerate(zip(rubric.items, points, strict=True), start=1)
        ],
    )
    return row


def review_from_args(
    store: Store,
    member: Row,
    centre: Row,
    year: Period,
    day: dt.date,
    score: str | None,
    items: Sequence[str],
    note: str = "",
    criteria: str = "",
) -> Row:
    """The command line's review: ``--score N`` or ``--item NAME=POINTS`` (every item), never both."""
    if score is not None and items:
        raise InputError("rubric.score_and_items", "score")
    if score is None and not items:
        raise InputError("rubric.score_or_items", "score")
    if score is not None:
        return add_review(store, member, centre, year, day, parse_score(score), note, criteria)
    return add_scored_review(store, member, centre, year, day, parse_item_args(items), note, criteria)


def review_items(store: Store, review_id: str) -> list[ItemScore]:
    """The items of a review scored item by item, in order (empty for a plain score), with their guidance."""
    rows = store.rows(
        "SELECT i.name, i.max_points, i.points, r.items AS rubric FROM review_items i"
        " LEFT JOIN rubrics r ON r.id = i.rubric_id WHERE i.review_id = ? ORDER BY i.position",
        [review_id],
    )
    out = []
    for r in rows:
        guidance = {i.name: i.guidance for i in _items_of(r["rubric"])} if r["rubric"] else {}
        out.append(ItemScore(r["name"], r["max_points"], guidance.get(r["name"], ""), r["points"]))
    return out


@dataclass(frozen=True)
class ReviewSheet:
    """What the printed 考评表 of one pairing and year shows."""

    member: str
    centre: str
    town: str
    year: Period
    items: tuple[ItemScore, ...]
    total: int | None  # the review's score; None when not reviewed yet
    itemised: bool  # the items were scored one by one (else a plain score, or nothing yet)
    submitted_on: dt.date | None
    note: str
    rubric_version: int


def review_sheet(store: Store, member: Row, centre: Row, year: Period) -> ReviewSheet:
    """The sheet of the pairing of ``member`` and ``centre`` that owes ``year``: its review's items
    and points when it was scored item by item, else the rubric in force with the points blank."""
    pairing = pairing_owing(store, member, centre, year)
    reviews = store.rows(
        "SELECT id, score, submitted_on, note FROM reviews WHERE pairing_id = ? AND year = ? AND deleted_at IS NULL",
        [pairing["id"], year.year],
    )
    review = reviews[0] if reviews else None
    scored = review_items(store, review["id"]) if review else []
    version = current_rubric(store).version
    if scored and review is not None:
        used = store.scalar("SELECT rubric_id FROM review_items WHERE review_id = ? LIMIT 1", [review["id"]])
        found = rubric_by_id(store, used)
        version = found.version if found else version
        items = tuple(scored)
    else:
        items = tuple(ItemScore(i.name, i.max_points, i.guidance, None) for i in current_rubric(store).items)
    return ReviewSheet(
        member=member["name"],
        centre=centre["name"],
        town=centre["town"],
        year=year,
        items=items,
        total=review["score"] if review else None,
        itemised=bool(scored),
        submitted_on=dt.date.fromisoformat(review["submitted_on"]) if review else None,
        note=review["note"] if review else "",
        rubric_version=version,
    )


def item_scores_of_year(store: Store, year: int) -> dict[str, list[ItemScore]]:
    """Of every live review of ``year`` scored item by item, its items, by the review's pairing id."""
    out: dict[str, list[ItemScore]] = {}
    for r in store.rows(
        "SELECT v.pairing_id, i.name, i.max_points, i.points FROM review_items i JOIN reviews v ON v.id = i.review_id"
        " WHERE v.year = ? AND v.deleted_at IS NULL ORDER BY v.pairing_id, i.position",
        [year],
    ):
        out.setdefault(r["pairing_id"], []).append(ItemScore(r["name"], r["max_points"], "", r["points"]))
    return out
