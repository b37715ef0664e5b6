"""This computer's role (office or member) and the ledger problems' numbers.

**A number once shown never changes.** Only an *office* installation (the setting ``role``,
``hdrectify init --role office|member``; "office" by default, so older databases number as
they always did) assigns problem numbers. A problem made on a *member* installation has no
number (``ledger_problems.no`` is NULL): the window, the command line and the documents
show it as 待编号, and ``ledger --json`` gives ``"no": null``. When it reaches the office
(a bundle merge, or a problem added there), :func:`number_pending` gives every unnumbered
problem the next free number, in a fixed order (the day it was found, then when it was
made, then its id), as a change made at the office, so the number travels back to the
laptop with the office's next bundle. A number is never given twice: the highest number
ever issued is kept (``sync_state``, key ``problem_no_high``), so the number of a removed
problem stays unused. Numbers 1–17 are the notice's; the first new problem is 18.
"""

from __future__ import annotations

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Store
from hdrectify.store.seed import read_seed

OFFICE, MEMBER = "office", "member"
ROLES = (OFFICE, MEMBER)
_HIGH_KEY = "problem_no_high"


def role(store: Store) -> str:
    found = store.setting("role")
    return found if found in ROLES else OFFICE


def set_role(store: Store, value: str) -> None:
    if value not in ROLES:
        raise InputError(f"角色“{value}”无效：可选 office（办公室）、member（党员）")
    store.set_setting("role", value)


def _notice_count() -> int:
    return sum(len(area["problems"]) for area in read_seed()["areas"])


def _highest_issued(store: Store) -> int:
    kept = store.scalar("SELECT value FROM sync_state WHERE key = ?", [_HIGH_KEY])
    current = store.scalar("SELECT coalesce(max(no), 0) FROM ledger_problems")
    # after the notice's numbers, even before its ledger is loaded, so loading it later never collides
    return max(int(kept or 0), int(current), _notice_count())


def keep_highest(store: Store, no: int) -> None:
    """Remember ``no`` as issued: the highest is kept, so a removed problem's number is never given again."""
    store.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)",
        [_HIGH_KEY, no],
    )


def number_pending(store: Store) -> list[tuple[str, int]]:
    """On an office installation, number every unnumbered problem; returns (problem id, number) given.

    Numbers follow the highest ever issued, in the order found_on, created_at, id; each is
    an audited, tracked update. A member installation numbers nothing (returns []).
    """
    if role(store) != OFFICE:
        return []
    pending = store.rows(
        "SELECT id FROM ledger_problems WHERE no IS NULL ORDER BY coalesce(found_on, ''), created_at, id"
    )
    given: list[tuple[str, int]] = []
    if not pending:
        return given
    no = _highest_issued(store)
    for row in pending:
        no += 1
        store.update("ledger_problems", row["id"], {"no": no}, "办公室统一编号")
        given.append((row["id"], no))
    keep_highest(store, no)
    return given


def new_problem_no(store: Store) -> int | None:
    """The number a problem made now gets at once: the next free one at the office, none on a laptop."""
    if role(store) != OFFICE:
        return None
    no = _highest_issued(store) + 1
    keep_highest(store, no)
    return no
