"""The open database as the window sees it, its running work, and the notice that tells screens to refresh."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hdrectify.domain.errors import InputError
from hdrectify.store import faults
from hdrectify.store.base import Store
from hdrectify.ui.worker import TaskGroup


@dataclass(frozen=True)
class Changes:
    """What a finished write changed (Anki's ``OpChanges``): a screen refreshes only for what concerns it."""

    records: bool = False  # contacts, reports, reviews, exemptions
    pairings: bool = False
    people: bool = False  # centres and members
    ledger: bool = False  # areas, problems, measures, progress notes
    evidence: bool = False
    settings: bool = False
    checklist: bool = False  # the checklist's on-site items

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in dataclasses.fields(self)})

    def touches(self, wanted: Changes) -> bool:
        """True if anything changed here is among what ``wanted`` cares about."""
        return any(getattr(self, f.name) and getattr(wanted, f.name) for f in dataclasses.fields(self))

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{f.name: True for f in dataclasses.fields(cls)})


# The notices the dialogs send.
CONTACTS = Changes(records=True)
LEDGER = Changes(ledger=True)
EVIDENCE = Changes(ledger=True, evidence=True)
PEOPLE = Changes(people=True, pairings=True)
SETTINGS = Changes(settings=True)
CHECKLIST = Changes(checklist=True)
EVERYTHING = Changes.everything()  # a bundle imported, a conflict settled


class AppContext(QObject):
    """One open database, shared by every screen of a window.

    Screens write through :meth:`write` (one transaction per user action) and then
    call :meth:`notify` with the :class:`Changes`; screens listen to :attr:`changed`.
    Background work started for this database is in :attr:`tasks`, stopped by :meth:`stop_work`.
    """

    changed = Signal(object)  # Changes

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.previous_open: str | None = None  # when this database was last opened in the window
        self.closed = False  # results of background work that arrive after closing are dropped
        self.read_only = False  # opened read-only (another window has it): every write is refused
        self.tasks = TaskGroup()

    @property
    def path(self) -> Path:
        return self.store.path

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """One user action: all of it is written, or none of it.

        A database error (disk full, read-only folder, …) becomes an :class:`InputError` with a
        message in the user's language, which every dialog shows; the action was rolled back.
        """

        self.check_writable()
        try:
            with self.store.transaction():
                yield self.store
        except sqlite3.Error as e:
            raise faults.window_refusal(e) from None

    def check_writable(self) -> None:
        """Refuse (InputError) before any work when the window may not write."""
        if self.read_only:
            raise InputError("db.read_only_window")

    def notify(self, what: Changes) -> None:
        self.changed.emit(what)

    def stop_work(self) -> bool:
        """Cancel every background task of this database and wait for it (its results are dropped).

        Called on closing the window, switching database and before a restore. False if a task was
        still running when the wait ran out (it is detached: whatever it returns is dropped).
        """
        return self.tasks.stop()

    def me(self) -> str | None:
        """The member this installation belongs to, or None for the office (everyone)."""
        member_id = self.store.setting("me_member_id")
        if member_id and self.store.get("members", member_id) is not None:
            return str(member_id)
        return None

    def close(self) -> None:
        self.closed = True
        self.stop_work()
        self.store.close()
