"""The rubric's versions and reviews scored item by item: totals, versioning, refusals that write nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.rubric import DEFAULT_ITEMS, RubricItem, check_items
from hdrectify.store.base import Row, Store
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.rubric import (
    DEFAULT_ID,
    add_scored_review,
    current_rubric,
    review_items,
    review_sheet,
    save_rubric,
)

Y2024, Y2025 = Period(Kind.YEAR, 2024), Period(Kind.YEAR, 2025)
FULL = {"组织管理": "18", "服务开展": "25", "档案管理": "13", "安全管理": "15", "会员满意度": "19"}
TABLES = ("reviews", "review_items", "rubrics", "audit_log", "sync_rows")


@pytest.fixture
def pair(store: Store) -> tuple[Row, Row]:
    with store.transaction():
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        member = add_member(store, "陈志强")
        add_pairing(store, member, centre, dt.date(2024, 1, 1))
    return member, centre


def snapshot(store: Store) -> dict[str, list[Row]]:
    return {t: store.rows(f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}


def test_the_default_rubric_sums_to_100_and_each_item_has_guidance() -> None:
    assert sum(i.max_points for i in DEFAULT_ITEMS) == 100
    assert all(i.guidance for i in DEFAULT_ITEMS)
    assert check_items(DEFAULT_ITEMS) == DEFAULT_ITEMS


@pytest.mark.parametrize(
    ("items", "code"),
    [
        ([], "rubric.no_items"),
        ([RubricItem("组织管理", 50), RubricItem("服务开展", 40)], "rubric.total_not_100"),
        ([RubricItem("组织管理", 50), RubricItem("组织管理", 50)], "rubric.item_twice"),
        ([RubricItem(" ", 50), RubricItem("服务开展", 50)], "rubric.item_empty"),
        ([RubricItem("组织管理", 0), RubricItem("服务开展", 100)], "rubric.item_max_range"),
        ([RubricItem("a=b", 100)], "rubric.item_bad_name"),
        ([RubricItem("组织\u200b管理", 100)], "text.invisible"),
        ([RubricItem("组织管理", 100, "很" * 20_000)], "rubric.guidance_too_long"),
    ],
)
def test_a_bad_rubric_is_refused_and_nothing_saved(store: Store, items: list[RubricItem], code: str) -> None:
    before = snapshot(store)
    with pytest.raises(InputError) as e, store.transaction():
        save_rubric(store, items)
    assert e.value.code.startswith(code.split(".")[0])
    assert e.value.code == code or code == "text.invisible"
    assert snapshot(store) == before


def test_scored_review_is_the_sum_of_its_items(store: Store, pair: tuple[Row, Row]) -> None:
    with store.transaction():
        row = add_scored_review(store, *pair, Y2024, dt.date(2025, 1, 20), FULL)
    assert row["score"] == 90
    assert [(i.name, i.max_points, i.points) for i in review_items(store, row["id"])] == [
        ("组织管理", 20, 18),
        ("服务开展", 30, 25),
        ("档案管理", 15, 13),
        ("安全管理", 15, 15),
        ("会员满意度", 20, 19),
    ]
    assert current_rubric(store).id == DEFAULT_ID  # the shipped rubric, written under its one id


@pytest.mark.parametrize(
    "given",
    [
        {**FULL, "组织管理": "21"},
        {**FULL, "组织管理": "-3"},
        {**FULL, "组织管理": "abc"},
        {**FULL, "卫生": "5"},
        {k: v for k, v in FULL.items() if k != "安全管理"},
    ],
)
def test_bad_points_are_refused_and_nothing_written(store: Store, pair: tuple[Row, Row], given: dict[str, str]) -> None:
    before = snapshot(store)
    with pytest.raises(InputError) as e, store.transaction():
        add_scored_review(store, *pair, Y2024, dt.date(2025, 1, 20), given)
    assert e.value.code.startswith("rubric.") and e.value.field == "items"
    assert snapshot(store) == before


def test_editing_a_used_rubric_makes_a_new_version_and_old_reviews_keep_theirs(
    store: Store, pair: tuple[Row, Row]
) -> None:
    with store.transaction():
        old = add_scored_review(store, *pair, Y2024, dt.date(2025, 1, 20), FULL)
    edited = [
        *DEFAULT_ITEMS[:4],
        dataclasses.replace(DEFAULT_ITEMS[4], max_points=10),
        RubricItem("创新特色", 10, "有特色"),
    ]
    with store.transaction():
        assert save_rubric(store, edited)
    new = current_rubric(store)
    assert new.version == 2 and new.id != DEFAULT_ID and [i.name for i in new.items][-1] == "创新特色"
    assert store.scalar("SELECT items FROM rubrics WHERE id = ?", [DEFAULT_ID]).count("会员满意度") == 1
    # not yet used: edited in place, still version 2
    edited[0] = dataclasses.replace(edited[0], guidance="新的要点")
    with store.transaction():
        assert save_rubric(store, edited)
        assert not save_rubric(store, edited)  # the same again: nothing to save
    assert current_rubric(store).version == 2 and current_rubric(store).items[0].guidance == "新的要点"
    assert store.scalar("SELECT count(*) FROM rubrics") == 2
    # the old review keeps its items and its sheet prints them; a new year's sheet shows the new rubric blank
    assert [i.name for i in review_items(store, old["id"])][-1] == "会员满意度"
    sheet = review_sheet(store, *pair, Y2024)
    assert sheet.rubric_version == 1 and sheet.total == 90 and sheet.items[4].points == 19
    blank = review_sheet(store, *pair, Y2025)
    assert blank.rubric_version == 2 and blank.total is None and [i.points for i in blank.items] == [None] * 6
    assert blank.items[0].guidance == "新的要点"
