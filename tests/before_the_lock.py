"""Records on a closed measure as databases hold them from before closed measures were locked.

A closed (销号) measure's progress and evidence change only after it is reopened. Databases written
before that rule (and the notice's ledger, whose measures are closed in the seed) may hold progress
notes and evidence on closed measures; tests that need such a ledger write them inside
:func:`before_the_lock`, which opens the measure for the writes and closes it again as it was (the
same date, reason and 验收), all in the caller's transaction. Importable from every test folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hdrectify.store.base import Store


@contextmanager
def before_the_lock(store: Store, *measure_ids: str) -> Iterator[None]:
    kept = {m: store.get("ledger_measures", m) for m in measure_ids}
    for measure_id, row in kept.items():
        assert row is not None, measure_id
        if row["status"] == "done":
            store.update("ledger_measures", measure_id, {"status": "in_progress"})
    yield
    for measure_id, row in kept.items():
        assert row is not None
        if row["status"] == "done":
            store.update("ledger_measures", measure_id, {"status": "done"})
