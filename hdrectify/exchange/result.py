"""What an import did, or would have done: counts per table, conflicts, rule breaches, notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.exchange.rules import Violation


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    same: int = 0  # already here
    older: int = 0  # a newer version is here
    conflicts: int = 0

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.deleted + self.conflicts


@dataclass(frozen=True)
class ConflictNote:
    table: str
    row_id: str
    title: str  # what people call the row (row_title)


@dataclass
class MergeResult:
    """What an import did, or (dry run, or refused) would have done."""

    bundle_id: str
    installation_id: str
    installation_name: str
    created_at: str
    whole: bool
    file_name: str
    dry_run: bool
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[ConflictNote] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    missing_evidence: list[str] = field(default_factory=list)
    evidence_stored: int = 0
    imported_before: str | None = None  # when this bundle was first imported here
    renumbered: list[tuple[str, int, int | None]] = field(default_factory=list)  # problems: (title, was, now)
    numbered: list[tuple[str, int]] = field(default_factory=list)  # problems that arrived 待编号: (title, number)
    merged: list[tuple[str, str]] = field(default_factory=list)  # (table, name here): the same thing made twice
    settings_taken: list[str] = field(default_factory=list)  # the office's settings this computer took
    me: str | None = None  # the member this computer became the laptop of (a bundle prepared for them)
    # who signed the bundle (exchange/trust.py): its role and fingerprint, and whether this import put it
    # on the trust list ('confirmed': the user gave its fingerprint; 'first_office': a laptop's first office)
    signer_role: str = ""
    signer_fingerprint: str = ""
    trusted_now: str | None = None
    sealed: bool = False  # the file was encrypted to this installation (exchange/sealing.py)

    @property
    def changed(self) -> bool:
        return any(c.changed for c in self.tables.values())

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.tables.values())

    def as_dict(self) -> dict[str, Any]:
        return {t: vars(c) for t, c in self.tables.items()}


class MergeRefused(InputError):
    """The bundle would break SPEC's rules; nothing was written. ``result`` lists every row."""

    def __init__(self, result: MergeResult) -> None:
        first, count = result.violations[0].as_phrase(), len(result.violations)
        if count > 1:
            super().__init__("exchange.merge_refused_many", None, first=first, count=count)
        else:
            super().__init__("exchange.merge_refused", None, first=first)
        self.result = result
