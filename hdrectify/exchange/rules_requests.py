"""The rules of 申请销号 in bundles: a member's bundle may carry its own requests, only the office's the answers.

Checked after a merge has written every version (``merge._Merger.run``), on the versions that came with
this bundle: those the tables now hold (``sync_rows.bundle_id``) and those left waiting in the conflict
queue. The office's bundle relays every member's requests and carries its answers; a member's bundle that
carries an answer, or a request (or a request's file) made on another computer, is refused whole.
"""

from __future__ import annotations

import json

from hdrectify.domain.errors import InputError
from hdrectify.exchange.rules import Violation
from hdrectify.store.base import Store

_TABLES = ("close_requests", "close_request_files", "close_request_answers")


def _carried(store: Store, bundle_id: str) -> list[tuple[str, str, dict[str, object]]]:
    """(table, id, content) of every live version of the requests' tables that came with ``bundle_id``."""
    out: list[tuple[str, str, dict[str, object]]] = []
    marks = ", ".join("?" for _ in _TABLES)
    for table in _TABLES:
        for row in store.rows(
            f"SELECT t.* FROM [{table}] t JOIN sync_rows s ON s.table_name = ? AND s.row_id = t.id"
            " WHERE s.bundle_id = ?",
            [table, bundle_id],
        ):
            out.append((table, str(row["id"]), dict(row)))
    for queued in store.rows(
        f"SELECT table_name, row_id, content FROM sync_conflicts WHERE bundle_id = ? AND table_name IN ({marks})"
        " AND content IS NOT NULL",
        [bundle_id, *_TABLES],
    ):
        content = json.loads(str(queued["content"]))
        if isinstance(content, dict):
            out.append((str(queued["table_name"]), str(queued["row_id"]), content))
    return out


def check_requests(store: Store, bundle_id: str, sender_role: str, sender_id: str) -> list[Violation]:
    """What breaks the requests' rules among the versions bundle ``bundle_id`` brought (signed by a ``sender_role``)."""
    if sender_role == "office":
        return []
    out: list[Violation] = []
    for table, row_id, row in _carried(store, bundle_id):
        if table == "close_request_answers":
            out.append(Violation(table, row_id, InputError("rules.answer_from_member")))
            continue
        maker = row.get("installation_id")
        if table == "close_request_files":
            maker = store.scalar("SELECT installation_id FROM close_requests WHERE id = ?", [row.get("request_id")])
        if maker != sender_id:
            out.append(Violation(table, row_id, InputError("rules.request_not_own")))
    return out
