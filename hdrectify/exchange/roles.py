"""Who may change what: the rows a member installation's bundle may add, change and delete.

The office's bundles may change every row. A member's laptop speaks for the member it is set up
for (its 我是, carried in its signed manifest as ``member``): its bundle may add and change that
member's contact records, reports, reviews, their scans, photos, files and scores, the visit
problems it found, and progress notes and evidence on ledger measures (changing or deleting only
those it made). It may not create, change or delete centres, members, pairings, exemptions, the
notice's ledger or the rubric, nor close (销号) a measure or move its deadline, nor carry settings.

Only real changes count: a row the bundle carries as this computer holds it (a copy of the
office's row the laptop received), or a version older than the one here, is no violation. The
merge (``merge._Merger``) calls :meth:`Roles.note` where it would write a version, with the row
it held before; the owners of new rows are read once every row is written (:meth:`Roles.check`),
so a record and the photo that hangs on it may arrive in one bundle. Every breach is named row by
row and the whole import rolls back, as the checks of ``rules.py`` do.

The rules are a table (:data:`RULES`): a new synced table is one line, saying whether members may
write it and, if so, how the member who owns a row is found (the columns followed to its pairing).
A table without a line is the office's alone.

A member's laptop refuses the same acts itself, before they reach a bundle (``store/roles.py``'s
``require_office``); tests/exchange/test_local_roles.py checks both sides act by act.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.exchange.bundle import Bundle
from hdrectify.exchange.records import BundleError
from hdrectify.exchange.rules import Violation, row_title, same_row
from hdrectify.store.base import Row, Store
from hdrectify.store.roles import own_visit_problem

OFFICE, MEMBER = "office", "member"

# what a member's bundle may do to a table's rows
NEVER = "never"  # nothing: the office's rows
OWN = "own"  # add, change and delete the rows of its own member (found through ``owner``)
MADE = "made"  # add any; change and delete only those it made
OWN_CHECK = "own check"  # judged by the table's own rule, which says more (rules_requests, rules.feedback_from_member)
MEASURE = "measure"  # change only a measure's progress status (never close it, nor move its deadline)


@dataclass(frozen=True)
class Rule:
    """How a member installation's bundle may write one table."""

    may: str = NEVER
    # the columns followed from a row to the pairing whose member owns it: ("contact_id", "pairing_id")
    # is a row's contact, then that contact's pairing. For MADE rows an optional link (a visit problem's visit).
    owner: tuple[str, ...] = ()
    only: Mapping[str, Any] = field(default_factory=dict)  # column values the rows a member writes must have


RULES: dict[str, Rule] = {
    "centres": Rule(NEVER),
    "members": Rule(NEVER),
    "pairings": Rule(NEVER),
    "exemptions": Rule(NEVER),
    "ledger_sources": Rule(NEVER),
    "ledger_areas": Rule(NEVER),
    "rubrics": Rule(NEVER),
    "contacts": Rule(OWN, ("pairing_id",)),
    "reports": Rule(OWN, ("pairing_id",)),
    "reviews": Rule(OWN, ("pairing_id",)),
    "checklist_scans": Rule(OWN, ("pairing_id",)),
    "contact_photos": Rule(OWN, ("contact_id", "pairing_id")),
    "report_files": Rule(OWN, ("report_id", "pairing_id")),
    "review_items": Rule(OWN, ("review_id", "pairing_id")),
    "ledger_problems": Rule(MADE, ("contact_id", "pairing_id"), {"source": "visit"}),
    "ledger_measures": Rule(MEASURE),
    "ledger_progress": Rule(MADE),
    "evidence": Rule(MADE),
    # 申请销号: a laptop asks (its own requests and their files; exchange/rules_requests.py checks whose),
    # only the office answers; 延期 and the office's 已阅/退回 are the office's alone
    "close_requests": Rule(MADE),
    "close_request_files": Rule(MADE),
    "close_request_answers": Rule(OWN_CHECK),  # the office's alone: rules_requests.check_requests says so
    "measure_extensions": Rule(NEVER),
    "report_feedback": Rule(OWN_CHECK),  # the office's alone: rules.feedback_from_member says so
}

# Columns a record keeps from the moment it is made: changing them rewrites who made it, or when.
FIXED_COLUMNS = ("recorded_at", "author")
_FIXED_LABELS = {"recorded_at": "录入时间", "author": "录入人"}  # translated as Labels: domain/messages/labels.py
# A measure's columns a member's laptop may change, and the statuses it may give
_MEASURE_FREE = {"status", "created_at", "updated_at"}
_MEASURE_STATUSES = ("open", "in_progress")
_CLOSING = ("closed_at", "close_reason")


def signer_role(store: Store, bundle: Bundle) -> str:
    """The role the rules apply to ``bundle``: the one its sender's trust entry says (what was confirmed),
    and member whenever the entry or the bundle says member."""
    found = store.scalar("SELECT role FROM trusted_installations WHERE installation_id = ?", [bundle.installation_id])
    return MEMBER if MEMBER in (found, bundle.role) or bundle.role != OFFICE else OFFICE


def bundle_member(bundle: Bundle) -> tuple[str, str] | None:
    """The member a member's bundle speaks for (id, name), from its signed manifest; None: not said."""
    found = bundle.manifest.get("member")
    if found is None:
        return None
    if not (isinstance(found, dict) and isinstance(found.get("id"), str) and isinstance(found.get("name"), str)):
        raise BundleError("roles.member_bad")
    return str(found["id"]), str(found["name"])


def check_member_kept(store: Store, bundle: Bundle, member: tuple[str, str] | None) -> None:
    """A laptop speaks for one member: the one named by its first bundle taken here under its trust entry
    (kept in the import history). Another member named later is refused; the way out is to trust it anew."""
    if member is None:
        return
    entry = store.scalar("SELECT id FROM trusted_installations WHERE installation_id = ?", [bundle.installation_id])
    for found in store.rows(
        "SELECT counts FROM exchange_log WHERE installation_id = ? AND direction = 'import' ORDER BY at, id",
        [bundle.installation_id],
    ):
        try:
            said = json.loads(found["counts"])
        except ValueError:
            continue
        first = said.get("member") if isinstance(said, dict) and said.get("trust") == entry else None
        if isinstance(first, dict):
            if first.get("id") == member[0]:
                return
            raise BundleError(
                "roles.member_changed",
                None,
                name=bundle.installation_name,
                member=member[1],
                before=str(first.get("name") or "?"),
                fingerprint=bundle.fingerprint,
            )


def check_manifest(bundle: Bundle, role: str) -> None:
    """A member's bundle carries no settings for others, nor makes a database a laptop: the office's part."""
    if role == MEMBER and (
        bundle.manifest.get("settings") is not None or bundle.manifest.get("for_member") is not None
    ):
        raise BundleError("roles.member_settings", None, name=bundle.installation_name)


@dataclass(frozen=True)
class _Pending:
    """A change judged once every row is written: whose row it is (or, for a measure, whose problem)."""

    table: str
    row_id: str
    ref: str  # the value of the rule's first ``owner`` column (a measure: its problem)
    title: str
    why: InputError | None = None  # a measure: the refusal unless its problem is the sender's visit problem


class Roles:
    """The role rules of one import of a member's bundle; see the module's docstring.

    Of the many rows a big bundle may bring, only ids, a reference and a short title are kept.
    """

    def __init__(self, store: Store, bundle: Bundle, member: tuple[str, str] | None) -> None:
        self.store = store
        self.sender = bundle.installation_id
        self.member = member
        self.violations: list[Violation] = []
        self.pending: list[_Pending] = []
        self._owners: dict[tuple[str, str], str] = {}  # (table, id) → its member, as read before writing
        self._parents: dict[tuple[str, str], str] = {}  # (table, column) → the table it refers to

    def note(self, table: str, row_id: str, before: Row | None, after: Row | None, makers: Iterable[str]) -> None:
        """The merge would write ``after`` over ``before`` (the row here): judged now, or at :meth:`check`."""
        if same_row(before, after) or _made_alike(table, row_id, before, after):
            return  # carried as this computer has it, or as every computer makes it: no change
        rule = RULES.get(table, Rule(NEVER))
        row = after if after is not None else before
        title = row_title(row) or row_id[:8]
        if rule.may == OWN_CHECK:
            return
        if rule.may == NEVER:
            self._refuse(table, row_id, _never(before, after, title))
            return
        if rule.may == MEASURE:
            why = _measure(before, after, title)
            problem = (row or {}).get("problem_id")
            if why is None or (why.code != "roles.measure_closed" and self._visit_measure(before, problem)):
                if why is not None and problem is not None:  # its problem may be new in this bundle: asked at the end
                    self.pending.append(_Pending(table, row_id, str(problem), title, why))
                return
            self._refuse(table, row_id, why)
            return
        for column in FIXED_COLUMNS:
            if before is not None and after is not None and column in before and before[column] != after.get(column):
                self._refuse(
                    table, row_id, InputError("roles.fixed_column", None, title=title, what=_FIXED_LABELS[column])
                )
                return
        for column, value in rule.only.items():
            if any(r is not None and r.get(column) != value for r in (before, after)):
                self._refuse(table, row_id, InputError("roles.not_visit_problem", None, title=title))
                return
        if rule.may == MADE and before is not None and self.sender not in set(makers):
            self._refuse(table, row_id, InputError("roles.not_made_by_sender", None, title=title))
            return
        if not rule.owner:
            return
        for version in (v for v in (before, after) if v is not None):  # as it was here, and as it comes
            ref = version.get(rule.owner[0])
            if ref is None:
                if rule.may == OWN:
                    self._refuse(table, row_id, self._not_own(None, title))
                    return
                continue
            owner = self._owner(table, rule.owner, str(ref))
            if owner is None:  # its parent is in this bundle, not written yet
                self.pending.append(_Pending(table, row_id, str(ref), title))
            elif not self._judge(table, row_id, owner, title):
                return
        if before is not None and rule.owner:
            known = self._owner(table, rule.owner, str(before.get(rule.owner[0])))
            if known is not None:
                self._owners[(table, row_id)] = known  # a child deleted after it still finds its member

    def check(self) -> list[Violation]:
        """Every breach, once the merge has written every row (the owners of rows new here read from the tables)."""
        for p in self.pending:
            if p.why is not None:  # a measure: free on the sender's own visit problem, else refused
                if not self._own_visit_problem(p.ref):
                    self._refuse(p.table, p.row_id, p.why)
                continue
            owner = self._owner(p.table, RULES[p.table].owner, p.ref)
            if owner is None and RULES[p.table].may == MADE:
                continue  # a problem's visit that is not here: the rules of rules.py name it
            self._judge(p.table, p.row_id, owner, p.title)
        return self.violations

    def _judge(self, table: str, row_id: str, owner: str | None, title: str) -> bool:
        if owner is not None and self.member is not None and owner == self.member[0]:
            return True
        self._refuse(table, row_id, self._not_own(owner, title))
        return False

    def _visit_measure(self, before: Row | None, problem: object) -> bool:
        """A measure that may be the sender's own visit problem's: new (its problem may be new too), or of one here."""
        return problem is not None and (before is None or self._own_visit_problem(str(problem)))

    def _own_visit_problem(self, problem_id: str) -> bool:
        """A visit problem the sender made: the same test a laptop's own store makes (store/roles.py)."""
        return own_visit_problem(self.store, problem_id, self.sender)

    def _not_own(self, owner: str | None, title: str) -> InputError:
        if self.member is None:
            return InputError("roles.member_not_said", None, title=title)
        name = None if owner is None else self.store.scalar("SELECT name FROM members WHERE id = ?", [owner])
        return InputError("roles.not_own_member", None, title=title, owner=str(name or "?"), member=self.member[1])

    def _owner(self, table: str, chain: tuple[str, ...], ref: str) -> str | None:
        """The member ``chain`` leads to from a row of ``table`` whose ``chain[0]`` is ``ref``; None: not here (yet)."""
        key = (self._parent(table, chain[0]), ref)
        if key in self._owners:
            return self._owners[key]
        if len(chain) == 1:
            found = self.store.scalar("SELECT member_id FROM pairings WHERE id = ?", [ref])
            owner = None if found is None else str(found)
        else:
            parent = self.store.get(key[0], ref)
            nxt = None if parent is None else parent.get(chain[1])
            owner = None if nxt is None else self._owner(key[0], chain[1:], str(nxt))
        if owner is not None:
            self._owners[key] = owner
        return owner

    def _parent(self, table: str, column: str) -> str:
        if (table, column) not in self._parents:
            found = [
                fk[2] for fk in self.store.execute(f"PRAGMA foreign_key_list([{table}])").fetchall() if fk[3] == column
            ]
            self._parents[(table, column)] = str(found[0]) if found else "pairings"
        return self._parents[(table, column)]

    def _refuse(self, table: str, row_id: str, why: InputError) -> None:
        self.violations.append(Violation(table, row_id, why))


def _made_alike(table: str, row_id: str, before: Row | None, after: Row | None) -> bool:
    """A row every computer makes the same (the visit problems' area, made with a laptop's first visit problem)."""
    from hdrectify.store.ledger import VISIT_AREA_NO, VISIT_AREA_TITLE
    from hdrectify.store.seed import seed_id

    alike = {("ledger_areas", seed_id("area", VISIT_AREA_NO)): {"no": VISIT_AREA_NO, "title": VISIT_AREA_TITLE}}
    wanted = alike.get((table, row_id))
    return (
        wanted is not None
        and before is None
        and after is not None
        and all(after.get(k) == v for k, v in wanted.items())
        and after.get("source_id") is None
    )


def _never(before: Row | None, after: Row | None, title: str) -> InputError:
    if after is None:
        return InputError("roles.office_row_deleted", None, title=title)
    if before is None:
        return InputError("roles.office_row_added", None, title=title)
    return InputError("roles.office_row_changed", None, title=title)


def _measure(before: Row | None, after: Row | None, title: str) -> InputError | None:
    """What a member's laptop may not do to a measure, if this change does it."""
    if before is None:
        return InputError("roles.office_row_added", None, title=title)
    if after is None:
        return InputError("roles.office_row_deleted", None, title=title)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    if changed & set(_CLOSING) or (
        "status" in changed and (after.get("status") not in _MEASURE_STATUSES or before.get("status") == "done")
    ):
        return InputError("roles.measure_closed", None, title=title)
    if "deadline" in changed:
        return InputError("roles.deadline_moved", None, title=title)
    if changed - _MEASURE_FREE:
        return InputError("roles.office_row_changed", None, title=title)
    return None
