"""The quick reading of a bundle's records remembers what it found good (installation ids, dates) to ask
each once: a name or a date found good never makes a bad one pass, however many good ones came first."""

from __future__ import annotations

import json

import pytest

from hdrectify.exchange.records import BundleError, ClockLimits, RowShapes, parse_record
from hdrectify.exchange.rules import Inserted

COLUMNS = {"id": str, "date": str, "n": int}
LIMITS = ClockLimits("", 1 << 50, 1 << 50)


def line(n: int, origin: str, key: str | None = None) -> bytes:
    rid = f"{n:08d}-0000-4000-8000-000000000000"
    record = {
        "id": rid,
        "vv": {key or origin: 1},
        "origin": origin,
        "changed_at": "2026-03-02T09:00:00.000Z",
        "deleted": False,
        "row": {"id": rid, "date": "2026-03-02", "n": n},
    }
    return json.dumps(record).encode()


def parse(shapes: RowShapes, raw: bytes) -> str:
    return parse_record("contacts", raw, COLUMNS, "rows/contacts.jsonl", 1, LIMITS, shapes).origin


@pytest.mark.parametrize("good_before", [1, 1500])  # a few names, or more than the reader remembers
def test_a_bad_installation_id_is_refused_after_good_ones(good_before: int) -> None:
    shapes = RowShapes(COLUMNS)
    for n in range(good_before):
        assert parse(shapes, line(n, f"laptop-{n}")) == f"laptop-{n}"
    assert parse(shapes, line(0, "laptop-0")) == "laptop-0"  # remembered or asked again: the same answer
    with pytest.raises(BundleError) as origin:
        parse(shapes, line(1, "laptop 0", key="laptop-0"))  # a space: not an installation id
    assert origin.value.code == "exchange.record_origin"
    with pytest.raises(BundleError) as key:
        parse(shapes, line(2, "laptop-0", key="-laptop-0"))  # may not start with '-'
    assert key.value.code == "exchange.record_version"


def test_a_bad_date_is_noted_after_the_same_text_found_good_elsewhere() -> None:
    noted = Inserted()
    good = [{"id": f"r{n}", "pairing_id": "p", "date": "2026-03-02"} for n in range(3)]
    noted.add_many("contacts", good)
    noted.add_many("reports", [{"id": "q", "pairing_id": "p", "submitted_on": "2026-03-02"}])
    assert not noted.bad_dates
    noted.add_many("contacts", [{"id": "bad", "pairing_id": "p", "date": "2026-02-30"}, *good])
    assert list(noted.bad_dates) == [("contacts", "bad")]
    noted.add_many("reviews", [{"id": "r", "pairing_id": "p", "submitted_on": "2026-02-30"}])
    assert ("reviews", "r") in noted.bad_dates  # a bad date is never remembered as good
