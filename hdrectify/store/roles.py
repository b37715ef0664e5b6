"""What only the office may change, refused on a member's laptop itself (issue #14).

The office refuses, row by row, a member's bundle that changes the office's rows
(:mod:`hdrectify.exchange.roles`). A laptop that let its user make such a change would have its
next bundle refused whole, and the exchange blocked until someone repaired it. So every store
write the office alone may make calls :func:`require_office` first: on a member installation (the
setting ``role``, the one ``hdrectify identity`` reports) it refuses with a message that says the
act is the office's and what to do instead. The window asks :func:`office_only_reason` to disable
those acts, with the same words as a tooltip.

The acts (:data:`OFFICE_ACTS`) and the tables the exchange's rules keep for the office agree:
tests/exchange/test_local_roles.py checks both sides for each act.
"""

from __future__ import annotations

from hdrectify.domain.errors import InputError
from hdrectify.store import sync
from hdrectify.store.base import Store
from hdrectify.store.numbering import OFFICE, role

# an act only the office may do → the catalogue code of its refusal on a member's laptop
OFFICE_ACTS: dict[str, str] = {
    "close": "office.close",  # 销号
    "reopen": "office.reopen",  # 重新打开
    "extend": "office.extend",  # 延期
    "deadline": "office.deadline",  # setting a deadline
    "measure": "office.measure",  # a measure's owners or text (not of the laptop's own visit problem)
    "roster": "office.roster",  # centres, members, pairings
    "exemption": "office.exemption",  # 登记免除
    "ledger": "office.ledger",  # the notice's ledger: inspections, areas, its problems
    "rubric": "office.rubric",  # 考评细则
}


def is_office(store: Store) -> bool:
    return role(store) == OFFICE


def office_only_error(what: str, field: str | None = None) -> InputError:
    """The refusal of the act ``what`` (a key of :data:`OFFICE_ACTS`) on a member's laptop."""
    return InputError(OFFICE_ACTS[what], field)


def require_office(store: Store, what: str) -> None:
    """Refuse the act ``what`` on a member installation; the office may do every act."""
    if what not in OFFICE_ACTS:
        raise KeyError(what)
    if not is_office(store):
        raise office_only_error(what)


def own_visit_problem(store: Store, problem_id: str, installation: str) -> bool:
    """A visit problem ``installation`` made (named in its versions here: entries are never dropped)."""
    problem = store.get("ledger_problems", problem_id)
    vv = store.scalar("SELECT vv FROM sync_rows WHERE table_name = 'ledger_problems' AND row_id = ?", [problem_id])
    return problem is not None and problem["source"] == "visit" and vv is not None and installation in sync.decode(vv)


def require_office_for_measure(store: Store, problem_id: str, what: str = "measure", field: str | None = None) -> None:
    """A measure's owners, text or deadline: the office's, except on a visit problem this laptop made."""
    if not is_office(store) and not own_visit_problem(store, problem_id, store.installation_id()):
        raise office_only_error(what, field)


def own_pairing_refusal(
    store: Store,
    pairing_id: str,
    *,
    not_own: str = "roles.local_not_own",
    me_not_set: str = "roles.local_me_not_set",
) -> InputError | None:
    """Why this computer may not write records of the pairing ``pairing_id``, or None if it may.

    The office writes any pairing's; a member's laptop only its own member's (its 我是): the office's
    import refuses any other (exchange/roles.py, the OWN tables), and with it the laptop's whole bundle.
    ``not_own`` and ``me_not_set``: the codes that word the refusal for the act (with ``owner`` and ``me``).
    """
    if is_office(store):
        return None
    me = store.setting("me_member_id")
    if not me:
        return InputError(me_not_set)
    owner = store.rows(
        "SELECT m.id, m.name FROM pairings p JOIN members m ON m.id = p.member_id WHERE p.id = ?", [pairing_id]
    )
    if owner and owner[0]["id"] != me:
        mine = store.scalar("SELECT name FROM members WHERE id = ?", [me])
        return InputError(not_own, None, owner=str(owner[0]["name"]), me=str(mine or "?"))
    return None


def require_own_pairing(store: Store, pairing_id: str) -> None:
    """Refuse, on a member's laptop, a record of another member's pairing (see :func:`own_pairing_refusal`)."""
    refusal = own_pairing_refusal(store, pairing_id)
    if refusal is not None:
        raise refusal
