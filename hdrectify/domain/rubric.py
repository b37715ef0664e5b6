"""The annual review's rubric (考评细则): items, each with its maximum points and guidance.

A review scored item by item gives each item whole points from 0 to its maximum; its score is
the sum. The maxima of a rubric add up to 100, so a score stays 0–100 as SPEC asks. Pure rules:
the store keeps the versions (``store/rubric.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from hdrectify.domain.errors import InputError
from hdrectify.domain.text import clean_name, clean_note, escape_controls

TOTAL = 100
NAME_MAX = 20  # characters of an item's name
GUIDANCE_MAX = 200  # characters of an item's guidance: one line on the printed sheet


@dataclass(frozen=True)
class RubricItem:
    name: str
    max_points: int
    guidance: str = ""


# The rubric that ships (the centre's work as the Federation assesses it every year): what each item
# looks at, in one line. The office edits it in 设置.
DEFAULT_ITEMS: tuple[RubricItem, ...] = (
    RubricItem("组织管理", 20, "制度健全、人员到位，管理规范，按时报送工作计划和总结"),
    RubricItem("服务开展", 30, "康复训练、日间照料、文体活动按计划开展，服务人次达到要求"),
    RubricItem("档案管理", 15, "会员档案、服务记录、活动台账完整，及时更新"),
    RubricItem("安全管理", 15, "消防、设施设备、食品卫生安全检查到位，无安全事故"),
    RubricItem("会员满意度", 20, "抽查会员及家属，对服务内容和态度的满意程度"),
)


def check_items(items: Sequence[RubricItem]) -> tuple[RubricItem, ...]:
    """``items`` cleaned (names and guidance one line, spaces collapsed) and checked: at least one item,
    names neither empty nor repeated nor over :data:`NAME_MAX`, maxima whole and positive, adding up to 100."""
    if not items:
        raise InputError("rubric.no_items")
    out: list[RubricItem] = []
    seen: set[str] = set()
    for n, item in enumerate(items, start=1):
        name = clean_name(item.name, "考评项目")
        if not name:
            raise InputError("rubric.item_empty", None, n=n)
        if len(name) > NAME_MAX or "=" in name:
            raise InputError("rubric.item_bad_name", None, n=n, limit=NAME_MAX)
        if name in seen:
            raise InputError("rubric.item_twice", None, item=name)
        seen.add(name)
        if not 1 <= item.max_points <= TOTAL:
            raise InputError("rubric.item_max_range", None, item=name, value=item.max_points)
        guidance = " ".join(clean_note(item.guidance, "评分要点").split())
        if len(guidance) > GUIDANCE_MAX:
            raise InputError("rubric.guidance_too_long", None, item=name, limit=GUIDANCE_MAX)
        out.append(RubricItem(name, item.max_points, guidance))
    total = sum(i.max_points for i in out)
    if total != TOTAL:
        raise InputError("rubric.total_not_100", None, total=total)
    return tuple(out)


_ITEM_ARG = re.compile(r"(?P<name>.*?)\s*[=＝]\s*(?P<points>[^=＝]*)")


def parse_item_args(args: Iterable[str]) -> dict[str, str]:
    """``NAME=POINTS`` arguments as typed (``--item 组织管理=18``), by item name; the points still text."""
    out: dict[str, str] = {}
    for arg in args:
        found = _ITEM_ARG.fullmatch(arg.strip())
        if found is None or not found["name"].strip():
            raise InputError("rubric.bad_item_arg", "items", text=escape_controls(arg))
        name = clean_name(found["name"], "考评项目")
        if name in out:
            raise InputError("rubric.item_scored_twice", "items", item=name)
        out[name] = found["points"]
    return out


_DIGITS = re.compile(r"[0-9]+")


def score_items(items: Sequence[RubricItem], given: Mapping[str, str | int]) -> tuple[int, ...]:
    """The points of each item of ``items`` (in order) from ``given`` (name → points, typed or whole).

    Every item must be scored, no other name may be, and each item's points are a whole number
    from 0 to its maximum.
    """
    names = {i.name for i in items}
    for name in given:
        if name not in names:
            raise InputError(
                "rubric.unknown_item", "items", item=escape_controls(name), items="、".join(i.name for i in items)
            )
    out: list[int] = []
    for item in items:
        if item.name not in given:
            continue
        raw = given[item.name]
        if isinstance(raw, int):
            value = raw
        else:
            text = raw.strip(" \t\u3000\xa0")
            if not _DIGITS.fullmatch(text):
                if text.startswith("-") and _DIGITS.fullmatch(text[1:]):
                    raise InputError(
                        "rubric.points_out_of_range", "items", item=item.name, value=text, most=item.max_points
                    )
                raise InputError(
                    "rubric.points_not_whole", "items", item=item.name, text=escape_controls(raw), most=item.max_points
                )
            value = int(text)
        if not 0 <= value <= item.max_points:
            raise InputError("rubric.points_out_of_range", "items", item=item.name, value=value, most=item.max_points)
        out.append(value)
    missing = [i.name for i in items if i.name not in given]
    if missing:
        raise InputError("rubric.item_missing", "items", items="、".join(missing))
    return tuple(out)
