"""The open database as the window sees it, its running work, and the notice that tells screens to refresh."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi, faults
from hdrectify.store.base import Store
from hdrectify.ui.worker import Progress, TaskGroup, run_in_background

CHECK_WAIT_S = 3.0  # how long a write waits for the integrity check still running before it is refused


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

    The window opens before the file's integrity check (``PRAGMA quick_check``) has run: it runs in
    the background (:meth:`check_in_background`), and until it has passed every write waits for it
    (at most :data:`CHECK_WAIT_S`, then it is refused with a message); a damaged file is never written.
    """

    changed = Signal(object)  # Changes

    def __init__(self, store: Store, parent: QObject | None = None, *, checked: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.previous_open: str | None = None  # when this database was last opened in the window
        self.closed = False  # results of background work that arrive after closing are dropped
        self.read_only = False  # opened read-only (another window has it): every write is refused
        self.tasks = TaskGroup()
        self._checked = threading.Event()  # set once the integrity check has run (or was checked on opening)
        if checked:
            self._checked.set()
        self.settled = checked  # the check's outcome has been acted on (on the UI thread)
        self._pending_check: tuple[Callable[[], None] | None, Callable[[Exception], None] | None] | None = None
        self.damage: Exception | None = None  # what the check found (DamagedDatabase): nothing is written

    def check_in_background(
        self,
        passed: Callable[[], None] | None = None,
        damaged: Callable[[Exception], None] | None = None,
        *,
        start: bool = True,
    ) -> None:
        """Run the integrity check off the UI thread; then ``passed()`` or ``damaged(error)`` on this one.

        Writes wait for it (see :meth:`check_writable`). Closing the window interrupts it.
        ``start=False``: only arrange it; it starts with :meth:`start_check` (the window calls it once
        its first page is shown), or with the first write, whichever comes first.
        """
        self._checked.clear()
        self.settled = False
        self._pending_check = (passed, damaged)
        if start:
            self.start_check()

    def start_check(self) -> None:
        """Start the integrity check arranged by :meth:`check_in_background` (nothing if started or done)."""
        if self._pending_check is None or self.closed:
            return
        from hdrectify.store.backup import DamagedDatabase, check_file

        (passed, damaged), self._pending_check = self._pending_check, None
        path = self.path

        def work(progress: Progress) -> Exception | None:
            found: Exception | None = None
            try:
                found = check_file(path, progress.cancelled)
            except InputError as e:  # it cannot even be read as the database it was
                found = DamagedDatabase(path, str(e))
            if progress.cancelled():
                return None  # stopped (window closed): nothing is known, and nothing will be written
            self.damage = found
            self._checked.set()  # set here, on the worker's thread: a write waiting on the UI thread goes on
            return found

        def done(found: Exception | None) -> None:
            if self.closed:
                return
            if found is None:
                if passed is not None:
                    passed()
            elif damaged is not None:
                damaged(found)
            self.settled = True

        def failed(message: str) -> None:  # the check itself could not run: treated as damage, said
            self.damage = DamagedDatabase(path, message)
            self._checked.set()
            if damaged is not None and not self.closed:
                damaged(self.damage)
            self.settled = True

        run_in_background(self, work, done, failed, group=self.tasks)

    @property
    def checking(self) -> bool:
        """The integrity check is still running."""
        return not self._checked.is_set()

    @property
    def may_write(self) -> bool:
        """Writable now, without waiting: not read-only, checked and not damaged."""
        return not self.read_only and self._checked.is_set() and self.damage is None

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
        except dbapi.Error as e:
            raise faults.window_refusal(e) from None

    def check_writable(self) -> None:
        """Refuse (InputError) before any work when the window may not write."""
        if self.read_only:
            raise InputError("db.read_only_window")
        self.start_check()  # a write before the window has started it: now
        if not self._checked.wait(CHECK_WAIT_S):
            raise InputError("db.still_checking")
        if self.damage is not None:
            raise InputError("db.damaged_window", None, path=str(self.path))

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
