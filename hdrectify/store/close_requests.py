"""申请销号: a member's laptop asks the office to close a measure it follows; the office accepts or returns it.

The request (``close_requests``, with its evidence in ``close_request_files``) is made on a member's
laptop and travels in its bundle; the office's answer (``close_request_answers``) travels back in the
office's (store/schema_requests.py). Accepting closes the measure through :func:`close_measure`, with the
request's evidence (its files become the measure's evidence) or its written reason. A request that meets
a measure closed meanwhile is kept and listed with the measure's status: the office returns it, saying why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.domain.text import clean_note
from hdrectify.store import faults
from hdrectify.store.base import Row, Store
from hdrectify.store.evidence import StagedFile
from hdrectify.store.ledger import close_measure
from hdrectify.store.numbering import MEMBER, OFFICE, role

PENDING, ACCEPTED, RETURNED = "pending", "accepted", "returned"


@dataclass(frozen=True)
class CloseRequest:
    """One request as both screens and ``measure requests`` show it."""

    id: str
    measure_id: str
    problem_no: int | None
    measure_no: int
    measure_text: str
    measure_status: str
    requested_on: str
    requested_by: str
    reason: str
    files: tuple[str, ...]
    state: str  # PENDING, ACCEPTED or RETURNED
    comment: str
    answered_on: str | None
    answered_by: str | None

    @property
    def ref(self) -> str:
        """N.M as the ledger numbers it (待编号 problems: ?.M)."""
        return f"{'?' if self.problem_no is None else self.problem_no}.{self.measure_no}"

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "measure": self.ref,
            "measure_text": self.measure_text,
            "measure_status": self.measure_status,
            "requested_on": self.requested_on,
            "requested_by": self.requested_by,
            "reason": self.reason,
            "files": list(self.files),
            "state": self.state,
            "comment": self.comment,
            "answered_on": self.answered_on,
            "answered_by": self.answered_by,
        }


def _requester(store: Store) -> str:
    """Who asks: the member this laptop belongs to, else the installation's name."""
    member_id = store.setting("me_member_id")
    if member_id:
        found = store.get("members", str(member_id))
        if found is not None:
            return str(found["name"])
    return str(store.setting("installation_name") or store.actor)


def request_close(
    store: Store, measure_id: str, day: dt.date, reason: str = "", files: Sequence[StagedFile] = ()
) -> Row:
    """申请销号 on a member's laptop: evidence (staged files) or a written reason, not neither."""
    try:
        if role(store) != MEMBER:
            raise InputError("requests.office_closes")
        measure = store.get("ledger_measures", measure_id)
        if measure is None:
            raise InputError("ledger.measure_gone")
        if measure["status"] == MeasureStatus.DONE.value:
            raise InputError("requests.measure_done")
        reason = clean_note(reason, "申请说明", field="reason")
        if not files and not reason:
            raise InputError("requests.needs_basis", "reason")
        _refuse_the_same_again(store, measure_id, day, reason, files)
        row = store.insert(
            "close_requests",
            {
                "measure_id": measure_id,
                "requested_on": day.isoformat(),
                "reason": reason,
                "requested_by": _requester(store),
                "installation_id": store.installation_id(),
            },
        )
        seen: set[str] = set()
        for staged in files:
            if staged.sha256 in seen:
                continue
            seen.add(staged.sha256)
            try:
                staged.place()
            except OSError as e:
                if faults.classify(e) == faults.FULL:
                    raise InputError("evidence.disk_full", "file", name=staged.file_name) from None
                raise InputError("evidence.cannot_store", "file", name=staged.file_name) from None
            store.insert(
                "close_request_files",
                {
                    "request_id": row["id"],
                    "file_name": staged.file_name,
                    "sha256": staged.sha256,
                    "size": staged.size,
                    "author": store.actor,
                },
            )
        return row
    finally:
        for staged in files:
            staged.discard()


def _refuse_the_same_again(
    store: Store, measure_id: str, day: dt.date, reason: str, files: Sequence[StagedFile]
) -> None:
    """A request this computer already made and the office has not answered, asked again word for word
    and file for file (sent twice): the office would have to pick one and return the copy."""
    shas = sorted({f.sha256 for f in files})
    for r in store.rows(
        "SELECT r.id FROM close_requests r WHERE r.measure_id = ? AND r.installation_id = ? AND r.requested_on = ?"
        " AND r.reason = ? AND NOT EXISTS (SELECT 1 FROM close_request_answers a WHERE a.request_id = r.id)",
        [measure_id, store.installation_id(), day.isoformat(), reason],
    ):
        sent = store.rows(
            "SELECT DISTINCT sha256 FROM close_request_files"
            " WHERE request_id = ? AND deleted_at IS NULL ORDER BY sha256",
            [r["id"]],
        )
        if [str(f["sha256"]) for f in sent] == shas:
            raise InputError("requests.sent_already", None, id=str(r["id"])[:8], day=day.isoformat())


_LIST = """
SELECT r.id, r.measure_id, p.no AS problem_no, m.no AS measure_no, m.text AS measure_text, m.status,
       r.requested_on, r.requested_by, r.reason, r.created_at
FROM close_requests r JOIN ledger_measures m ON m.id = r.measure_id JOIN ledger_problems p ON p.id = m.problem_id
"""


def close_requests(store: Store, measure_id: str | None = None, *, pending_only: bool = False) -> list[CloseRequest]:
    """The requests (of one measure, or all), oldest first; each with its latest answer."""
    rows = store.rows(
        _LIST + (" WHERE r.measure_id = ?" if measure_id else "") + " ORDER BY r.requested_on, r.created_at, r.id",
        [measure_id] if measure_id else [],
    )
    answers: dict[str, Row] = {}
    for a in store.rows("SELECT * FROM close_request_answers ORDER BY answered_on, created_at, id"):
        answers[str(a["request_id"])] = a  # the latest wins
    files: dict[str, list[str]] = {}
    for f in store.rows(
        "SELECT request_id, file_name FROM close_request_files WHERE deleted_at IS NULL ORDER BY created_at, id"
    ):
        files.setdefault(str(f["request_id"]), []).append(str(f["file_name"]))
    out = []
    for r in rows:
        answer = answers.get(str(r["id"]))
        out.append(
            CloseRequest(
                id=str(r["id"]),
                measure_id=str(r["measure_id"]),
                problem_no=r["problem_no"],
                measure_no=int(r["measure_no"]),
                measure_text=str(r["measure_text"]),
                measure_status=str(r["status"]),
                requested_on=str(r["requested_on"]),
                requested_by=str(r["requested_by"]),
                reason=str(r["reason"]),
                files=tuple(files.get(str(r["id"]), ())),
                state=PENDING if answer is None else str(answer["decision"]),
                comment="" if answer is None else str(answer["comment"]),
                answered_on=None if answer is None else str(answer["answered_on"]),
                answered_by=None if answer is None else str(answer["answered_by"]),
            )
        )
    return [r for r in out if r.state == PENDING] if pending_only else out


def pending_count(store: Store) -> int:
    """How many requests wait for the office's answer (the dashboard's count)."""
    return int(
        store.scalar(
            "SELECT count(*) FROM close_requests r WHERE NOT EXISTS"
            " (SELECT 1 FROM close_request_answers a WHERE a.request_id = r.id)"
        )
    )


def find_request(store: Store, measure_id: str, ref: str, request_id: str | None = None) -> CloseRequest:
    """The request of the measure ``ref`` to answer: the one pending, or the one whose id starts with ``request_id``."""
    found = close_requests(store, measure_id)
    if request_id is not None:
        chosen = [r for r in found if request_id.strip() and r.id.startswith(request_id.strip())]
        if len(chosen) != 1:
            raise InputError("requests.no_such_request", "request", ref=ref, id=request_id)
        return chosen[0]
    pending = [r for r in found if r.state == PENDING]
    if not pending:
        raise InputError("requests.none_pending", None, ref=ref)
    if len(pending) > 1:
        raise InputError("requests.which", "request", ref=ref, ids="、".join(r.id[:8] for r in pending))
    return pending[0]


def _pending(store: Store, request_id: str) -> CloseRequest:
    if role(store) != OFFICE:
        raise InputError("requests.office_answers")
    found = [r for r in close_requests(store) if r.id == request_id]
    if not found:
        raise InputError("requests.gone")
    if found[0].state != PENDING:
        raise InputError("requests.answered")
    return found[0]


def _answer(store: Store, request_id: str, decision: str, day: dt.date, comment: str) -> Row:
    return store.insert(
        "close_request_answers",
        {
            "request_id": request_id,
            "decision": decision,
            "comment": comment,
            "answered_on": day.isoformat(),
            "answered_by": store.actor,
        },
    )


def accept_request(
    store: Store, request_id: str, day: dt.date, *, accepted_by: str | None = None, opinion: str = ""
) -> Row:
    """销号 on the request: its files become the measure's evidence, then the measure is closed on ``day``
    with 验收 (``accepted_by``, default who writes here, and the 验收意见 ``opinion``)."""
    request = _pending(store, request_id)
    if request.measure_status == MeasureStatus.DONE.value:
        raise InputError("requests.measure_closed", None, ref=request.ref)
    have = {
        str(r["sha256"])
        for r in store.rows(
            "SELECT sha256 FROM evidence WHERE measure_id = ? AND deleted_at IS NULL", [request.measure_id]
        )
    }
    for f in store.rows(
        "SELECT * FROM close_request_files WHERE request_id = ? AND deleted_at IS NULL ORDER BY created_at, id",
        [request_id],
    ):
        if f["sha256"] in have:
            continue
        have.add(str(f["sha256"]))
        store.insert(
            "evidence",
            {
                "measure_id": request.measure_id,
                "file_name": f["file_name"],
                "sha256": f["sha256"],
                "size": f["size"],
                "note": f"申请销号（{request.requested_by}，{request.requested_on}）",
                "author": store.actor,
            },
        )
    close_measure(store, request.measure_id, day, request.reason, accepted_by=accepted_by, opinion=opinion)
    return _answer(store, request_id, ACCEPTED, day, "")


def return_request(store: Store, request_id: str, comment: str, day: dt.date) -> Row:
    """退回 the request with a comment saying what is missing."""
    _pending(store, request_id)
    comment = clean_note(comment, "退回意见", field="comment")
    if not comment:
        raise InputError("requests.comment_needed", "comment")
    return _answer(store, request_id, RETURNED, day, comment)
