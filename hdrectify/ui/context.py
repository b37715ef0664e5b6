"""The open database as the window sees it, and the signal that tells screens to refresh."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hdrectify.domain.errors import InputError
from hdrectify.store import faults
from hdrectify.store.base import Store

# What changed, so screens refresh only when it concerns them.
CONTACTS = "contacts"  # contacts, reports, reviews, exemptions
LEDGER = "ledger"
PEOPLE = "people"  # centres, members, pairings
SETTINGS = "settings"


class AppContext(QObject):
    """One open database, shared by every screen of a window.

    Screens write through :meth:`write` (one transaction per user action) and then
    call :meth:`notify`; every screen listens to :attr:`changed`.
    """

    changed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.previous_open: str | None = None  # when this database was last opened in the window
        self.closed = False  # results of background work that arrive after closing are dropped
        self.read_only = False  # opened read-only (another window has it): every write is refused

    @property
    def path(self) -> Path:
        return self.store.path

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """One user action: all of it is written, or none of it.

        A database error (disk full, read-only folder, …) becomes an :class:`InputError` with a
        message in the user's language, which every dialog shows; the action was rolled back.
        """
        if self.read_only:
            raise InputError("db.read_only_window")
        try:
            with self.store.transaction():
                yield self.store
        except sqlite3.Error as e:
            raise faults.window_refusal(e) from None

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    def me(self) -> str | None:
        """The member this installation belongs to, or None for the office (everyone)."""
        member_id = self.store.setting("me_member_id")
        if member_id and self.store.get("members", member_id) is not None:
            return str(member_id)
        return None

    def close(self) -> None:
        self.closed = True
        self.store.close()
