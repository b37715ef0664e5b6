"""The rectification ledger (整改台账) in the database: the tree, the seed, and its writes.

The seed is a transcription of the Federation's notice (``resources/seed/ledger.json``).
Its rows get ids derived from their numbers (UUID v5), so loading it twice adds
nothing, and two laptops that both load it agree on every id.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source, check_can_close
from hdrectify.paths import SEED
from hdrectify.store.base import Row, Store

SEED_PATH = SEED / "ledger.json"
_NAMESPACE = uuid.UUID("0b7c6a52-3c0e-4f7e-9b43-3a4e1c8d2f10")
VISIT_AREA_NO = 4
VISIT_AREA_TITLE = "关于挂钩联系走访中发现的问题"


def seed_id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def read_seed(path: Path = SEED_PATH) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def load_seed(store: Store, path: Path = SEED_PATH) -> int:
    """Load the notice's areas, problems and measures; returns how many rows were added."""
    seed = read_seed(path)
    added = 0

    def ensure(table: str, row: Row) -> None:
        nonlocal added
        if store.get(table, row["id"]) is None:
            store.insert(table, row)
            added += 1

    source_id = seed_id("source", seed["notice_on"])
    ensure(
        "ledger_sources",
        {
            "id": source_id,
            "title": seed["title"],
            "issuer": seed["issuer"],
            "inspected_by": seed["inspection"]["by"],
            "inspection_from": seed["inspection"]["from"],
            "inspection_to": seed["inspection"]["to"],
            "feedback_on": seed["feedback_on"],
            "notice_on": seed["notice_on"],
            "summary": seed["summary"],
        },
    )
    for area in seed["areas"]:
        area_id = seed_id("area", area["no"])
        ensure("ledger_areas", {"id": area_id, "source_id": source_id, "no": area["no"], "title": area["title"]})
        for problem in area["problems"]:
            problem_id = seed_id("problem", problem["no"])
            ensure(
                "ledger_problems",
                {
                    "id": problem_id,
                    "area_id": area_id,
                    "no": problem["no"],
                    "title": problem["title"],
                    "source": Source.INSPECTION.value,
                    "found_on": seed["feedback_on"],
                },
            )
            for measure in problem["measures"]:
                ensure(
                    "ledger_measures",
                    {
                        "id": seed_id("measure", problem["no"], measure["no"]),
                        "problem_id": problem_id,
                        "no": measure["no"],
                        "text": measure["text"],
                        "status": seed["measure_status"],
                        "closed_at": seed["notice_on"],
                        "close_reason": f"据{_zh_date(seed['notice_on'])}通报，已全面完成整改",
                    },
                )
    return added


def _zh_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def tree(store: Store) -> dict[str, Any]:
    """SPEC's ``ledger --json`` shape: areas → problems → measures, in order."""
    areas = store.rows("SELECT id, no, title FROM ledger_areas ORDER BY no")
    problems = store.rows("SELECT id, area_id, no, title, source FROM ledger_problems ORDER BY no")
    measures = store.rows("SELECT problem_id, no, text, status, deadline FROM ledger_measures ORDER BY problem_id, no")
    by_problem: dict[str, list[Row]] = {}
    for m in measures:
        by_problem.setdefault(m["problem_id"], []).append(
            {"no": m["no"], "text": m["text"], "status": m["status"], "deadline": m["deadline"]}
        )
    by_area: dict[str, list[Row]] = {}
    for p in problems:
        by_area.setdefault(p["area_id"], []).append(
            {
                "no": p["no"],
                "title": p["title"],
                "source": p["source"],
                "measures": by_problem.get(p["id"], []),
            }
        )
    return {"areas": [{"no": a["no"], "title": a["title"], "problems": by_area.get(a["id"], [])} for a in areas]}


def add_visit_problem(
    store: Store,
    title: str,
    *,
    centre_id: str | None,
    contact_id: str | None,
    found_on: dt.date,
    detail: str = "",
    measures: list[str] | None = None,
    deadline: dt.date | None = None,
    person: str = "",
) -> Row:
    """A problem found on a visit becomes a ledger problem of its own (source: visit)."""
    if not title.strip():
        raise InputError("问题描述不能为空")
    area_id = seed_id("area", VISIT_AREA_NO)
    if store.get("ledger_areas", area_id) is None:
        store.insert("ledger_areas", {"id": area_id, "source_id": None, "no": VISIT_AREA_NO, "title": VISIT_AREA_TITLE})
    no = int(store.scalar("SELECT coalesce(max(no), 0) + 1 FROM ledger_problems"))
    problem = store.insert(
        "ledger_problems",
        {
            "area_id": area_id,
            "no": no,
            "title": title.strip(),
            "source": Source.VISIT.value,
            "detail": detail,
            "centre_id": centre_id,
            "contact_id": contact_id,
            "found_on": found_on.isoformat(),
        },
    )
    for i, text in enumerate(measures or ["跟踪督促康园中心整改，并在下次到岗时复查"], start=1):
        store.insert(
            "ledger_measures",
            {
                "problem_id": problem["id"],
                "no": i,
                "text": text,
                "person": person,
                "deadline": deadline.isoformat() if deadline else None,
                "status": MeasureStatus.OPEN.value,
            },
        )
    return problem


def add_progress(store: Store, measure_id: str, day: dt.date, text: str) -> Row:
    if not text.strip():
        raise InputError("进展说明不能为空")
    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("找不到该整改措施")
    if measure["status"] == MeasureStatus.OPEN.value:
        store.update("ledger_measures", measure_id, {"status": MeasureStatus.IN_PROGRESS.value})
    return store.insert(
        "ledger_progress",
        {"measure_id": measure_id, "date": day.isoformat(), "text": text.strip(), "author": store.actor},
    )


def close_measure(store: Store, measure_id: str, day: dt.date, reason: str = "") -> Row:
    """销号: needs evidence or a written reason."""
    evidence = int(
        store.scalar("SELECT count(*) FROM evidence WHERE measure_id = ? AND deleted_at IS NULL", [measure_id])
    )
    check_can_close(evidence, reason)
    return store.update(
        "ledger_measures",
        measure_id,
        {"status": MeasureStatus.DONE.value, "closed_at": day.isoformat(), "close_reason": reason.strip()},
    )
