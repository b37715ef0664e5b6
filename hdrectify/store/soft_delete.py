"""Rows taken off with a reason: what is still there under a parent, and the removal that asks why.

Evidence of a measure and photos of a contact record are never erased: a removal is a soft
delete through the audited :meth:`Store.soft_delete`, which keeps the row, the stored file and
the reason given. Both lists show only the rows not removed.
"""

from __future__ import annotations

from collections.abc import Callable

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row, Store


def live_rows(store: Store, table: str, parent_column: str, parent_id: str, order_by: str) -> list[Row]:
    """The rows of ``table`` under ``parent_id`` that have not been removed, in ``order_by`` order.

    ``table``, ``parent_column`` and ``order_by`` are the caller's constants, never user input.
    """
    return store.rows(
        f"SELECT * FROM {table} WHERE {parent_column} = ? AND deleted_at IS NULL ORDER BY {order_by}",
        [parent_id],
    )


def remove_with_reason(
    store: Store,
    table: str,
    row_id: str,
    reason: str,
    *,
    gone: str,
    needs_reason: str,
    check: Callable[[Row], None] | None = None,
) -> Row:
    """Soft-delete a row, saying why; the codes ``gone`` (no such row, or already removed) and
    ``needs_reason`` (an empty reason) are the caller's, and ``check`` may refuse the row too."""
    row = store.get(table, row_id)
    if row is None or row["deleted_at"] is not None:
        raise InputError(gone)
    if not reason.strip():
        raise InputError(needs_reason, "reason")
    if check is not None:
        check(row)
    return store.soft_delete(table, row_id, reason.strip())
