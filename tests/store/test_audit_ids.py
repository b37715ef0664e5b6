"""Audit entry ids: version-7 UUIDs in their usual text form, in the order they were made."""

from __future__ import annotations

import sys
import threading
import uuid

from hdrectify.store.audit import entry_id


def test_entry_ids_are_uuid7_text_that_sorts_as_made() -> None:
    made = [entry_id() for _ in range(5000)]
    assert all(str(uuid.UUID(i)) == i and uuid.UUID(i).version == 7 for i in made)
    assert len(set(made)) == len(made)
    stamps = [uuid.UUID(i).int >> 80 for i in made]  # the millisecond part never goes back
    assert stamps == sorted(stamps)


def test_ids_made_in_eight_threads_at_once_are_unique_and_each_threads_sort_as_made() -> None:
    """Imports write audit entries from worker threads: 8 threads making 10,000 ids each."""
    per_thread = 10_000
    made: list[list[str]] = [[] for _ in range(8)]
    start = threading.Barrier(len(made))

    def work(out: list[str]) -> None:
        start.wait()
        out.extend(entry_id() for _ in range(per_thread))

    threads = [threading.Thread(target=work, args=(out,)) for out in made]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can: races show at once
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    every = [i for out in made for i in out]
    assert len(every) == len(set(every)) == 8 * per_thread
    for out in made:
        assert out == sorted(out)  # the text sorts in the order this thread made them
        assert all(uuid.UUID(i).version == 7 for i in out)
