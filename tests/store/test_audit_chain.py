"""Audit entries written in bulk: the same text and the same hash chain as entries written one by one."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from hdrectify.store.audit import GENESIS, audit_json, entry_hash, link

_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)  # SQLite stores no lone surrogate
_row = st.dictionaries(_text, st.none() | st.integers(-(2**62), 2**62) | _text | st.booleans(), max_size=6)


@given(
    st.lists(st.tuples(_text, _text, st.none() | _row, st.none() | _row), max_size=8),
    _text,
    _text,
    st.sampled_from(["insert", "update", "delete"]),
    _text,
)
def test_entries_linked_in_bulk_are_those_linked_one_by_one(
    items: list[tuple[str, str, dict[str, object] | None, dict[str, object] | None]],
    actor: str,
    table: str,
    action: str,
    reason: str,
) -> None:
    at = "2026-03-02T09:00:00+08:00"
    texts = [(i, r, None if b is None else audit_json(b), None if a is None else audit_json(a)) for i, r, b, a in items]
    entries, head = link(GENESIS, at, actor, table, action, reason, texts)
    prev = GENESIS
    for (entry_id, row_id, before, after), entry in zip(texts, entries, strict=True):
        fields = [entry_id, at, actor, table, row_id, action, before, after, reason]
        assert list(entry) == [*fields, prev, entry_hash(prev, fields)]
        prev = entry[-1]
    assert head == prev


@given(_row)
def test_an_audited_row_reads_back_as_it_was_written(row: dict[str, object]) -> None:
    text = audit_json(row)
    assert json.loads(text) == row and list(json.loads(text)) == sorted(row)
