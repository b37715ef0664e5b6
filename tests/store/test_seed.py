"""The seed ledger against the notice it transcribes, and loading it into a database."""

from __future__ import annotations

import re

import pytest

from hdrectify.store.base import Store
from hdrectify.store.ledger import SEED_PATH, load_seed, read_seed, tree

NOTICE = (SEED_PATH.parent / "notice.txt").read_text(encoding="utf-8")
ORDINALS = "一二三四五六七八九十"
# Read off the notice by eye: how many 一是/二是/… each numbered problem lists (none → one measure).
EXPECTED_MEASURES = {
    1: 5,
    2: 4,
    3: 3,
    4: 4,
    5: 5,
    6: 4,
    7: 6,
    8: 6,
    9: 3,
    10: 3,
    11: 4,
    12: 1,
    13: 1,
    14: 5,
    15: 5,
    16: 4,
}
EXPECTED_MEASURES[17] = 3


def _flat(text: str) -> str:
    """The notice's words without layout: no spaces, bold marks or line breaks, full-width punctuation."""
    text = re.sub(r"[\s*#]", "", text)
    for half, full in ((",", "，"), (":", "："), (";", "；"), ("(", "（"), (")", "）")):
        text = text.replace(half, full)
    return text


FLAT = _flat(NOTICE.split("二、整改落实情况")[1].split("三、下一步工作安排")[0])


def _sections() -> dict[int, str]:
    """Each numbered problem's text in the notice, by number."""
    parts = re.split(r"(\d+)\.针对“", FLAT)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}


def test_the_notice_lists_what_the_seed_expects() -> None:
    found = {}
    for no, text in _sections().items():
        ordinals = [i + 1 for i, ch in enumerate(ORDINALS) if f"{ch}是" in text]
        found[no] = max(ordinals) if ordinals else 1
    assert found == EXPECTED_MEASURES


def test_seed_structure_and_counts() -> None:
    seed = read_seed()
    assert [a["no"] for a in seed["areas"]] == [1, 2, 3]
    problems = [p for a in seed["areas"] for p in a["problems"]]
    assert [p["no"] for p in problems] == list(range(1, 18))
    assert {p["no"]: len(p["measures"]) for p in problems} == EXPECTED_MEASURES
    assert sum(EXPECTED_MEASURES.values()) == 66
    assert [len(a["problems"]) for a in seed["areas"]] == [8, 5, 4]
    for p in problems:
        assert [m["no"] for m in p["measures"]] == list(range(1, len(p["measures"]) + 1))


def test_seed_keeps_the_notices_facts() -> None:
    seed = read_seed()
    assert seed["inspection"] == {
        "by": "县委第二巡察组",
        "from": "2023-03",
        "to": "2023-06",
        "text": "2023年3月下旬至6月下旬",
    }
    assert seed["feedback_on"] == "2023-08-10"
    assert seed["notice_on"] == "2024-08-20"
    assert seed["measure_status"] == "done"
    assert "2023年8月10日" in NOTICE and "2024年8月20日" in NOTICE


def test_area_titles_problem_titles_and_measure_texts_are_the_notices_words() -> None:
    seed = read_seed()
    sections = _sections()
    for area in seed["areas"]:
        assert area["title"] in FLAT
        for p in area["problems"]:
            assert sections[p["no"]].startswith(p["title"] + "”问题")
            for m in p["measures"]:
                assert m["text"] in sections[p["no"]], (p["no"], m["no"])
                assert not re.search(r"\s|\*", m["text"])


def test_known_measures_start_where_the_notice_says() -> None:
    measures = {
        (p["no"], m["no"]): m["text"] for a in read_seed()["areas"] for p in a["problems"] for m in p["measures"]
    }
    assert measures[(1, 1)].startswith("认真贯彻“第一议题”制度。")
    assert measures[(8, 1)].startswith("进一步完善康园中心设备设施。")
    assert "撤销平山街道碧山康园中心" in measures[(8, 1)]
    assert "每周一联系、每月一到岗、每季度一汇报、每年一考评" in measures[(8, 4)]
    assert measures[(12, 1)].startswith("按照有关部门规定")
    assert measures[(17, 3)].startswith("规范服务外包和劳务派遣事项。")


def test_loading_twice_adds_nothing(store: Store) -> None:
    with store.transaction():
        first = load_seed(store)
    snapshot = tree(store)
    audit = store.scalar("SELECT count(*) FROM audit_log")
    with store.transaction():
        second = load_seed(store)
    assert first == 1 + 3 + 17 + 66
    assert second == 0
    assert tree(store) == snapshot
    assert store.scalar("SELECT count(*) FROM audit_log") == audit


def test_loaded_tree_is_specs_ledger_json(store: Store) -> None:
    with store.transaction():
        load_seed(store)
    data = tree(store)
    assert [a["no"] for a in data["areas"]] == [1, 2, 3]
    problems = [p for a in data["areas"] for p in a["problems"]]
    assert [p["no"] for p in problems] == list(range(1, 18))
    assert all(p["source"] == "inspection" for p in problems)
    for p in problems:
        assert len(p["measures"]) == EXPECTED_MEASURES[p["no"]]
        for m in p["measures"]:
            assert set(m) == {"no", "text", "status", "deadline", "original_deadline", "id"}
            assert m["status"] == "done" and m["deadline"] is None and m["original_deadline"] is None
    source = store.rows("SELECT * FROM ledger_sources")[0]
    assert (source["feedback_on"], source["notice_on"]) == ("2023-08-10", "2024-08-20")
    assert (source["inspection_from"], source["inspection_to"]) == ("2023-03", "2023-06")


@pytest.mark.parametrize("no", [1, 8, 17])
def test_seed_ids_are_the_same_in_every_installation(
    store: Store, tmp_path_factory: pytest.TempPathFactory, no: int
) -> None:
    other_path = tmp_path_factory.mktemp("other") / "other.db"
    with Store.open(other_path, create=True) as other, other.transaction():
        load_seed(other)
    with store.transaction():
        load_seed(store)
    with Store.open(other_path) as other:
        sql = "SELECT id FROM ledger_problems WHERE no = ?"
        assert other.scalar(sql, [no]) == store.scalar(sql, [no])
