"""The office's rubric reaches a member's laptop in the prepared bundle, and item scores come back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hdrectify.domain.rubric import DEFAULT_ITEMS, RubricItem
from hdrectify.store.base import Store
from hdrectify.store.rubric import current_rubric, save_rubric
from tests.exchange.test_roster import ANDUN, CHEN, Cli, cli, office, query  # noqa: F401  (fixtures)

EDITED = (
    *DEFAULT_ITEMS[:4],
    dataclasses.replace(DEFAULT_ITEMS[4], max_points=10),
    RubricItem("创新特色", 10, "有特色"),
)


def test_rubric_versions_and_item_scores_travel(tmp_path: Path, cli: Cli, office: Path) -> None:  # noqa: F811
    with Store.open(office) as store, store.transaction():
        assert save_rubric(store, EDITED)
    setup = tmp_path / "setup.hdbundle"
    cli(office, "bundle", "export", "--for", CHEN, "-o", setup)
    laptop = tmp_path / "laptop.db"
    cli(laptop, "init")
    cli(laptop, "bundle", "import", setup)
    with Store.open(laptop) as store:
        assert current_rubric(store).items == EDITED
    points = ("组织管理=18", "服务开展=25", "档案管理=13", "安全管理=15", "会员满意度=9", "创新特色=8")
    cli(
        laptop,
        "review",
        CHEN,
        ANDUN,
        "--year",
        "2026",
        "--date",
        "2026-12-01",
        *[a for p in points for a in ("--item", p)],
    )
    back = tmp_path / "back.hdbundle"
    cli(laptop, "bundle", "export", "-o", back)
    cli(office, "bundle", "import", back)
    assert query(office, "SELECT score FROM reviews") == [(88,)]
    assert query(office, "SELECT name, points FROM review_items WHERE position = 6") == [("创新特色", 8)]
