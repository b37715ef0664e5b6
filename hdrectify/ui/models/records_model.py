"""The 走访记录 table: contact records newest first, a page at a time as the user scrolls.

The model never holds more than the pages the user has scrolled through. A new filter
loads its first page at once (an indexed query of a few milliseconds); the total is
counted off the UI thread and arrives later through :attr:`RecordsModel.totalChanged`.
On a big database a :class:`~hdrectify.store.text_index.TextIndex` is built off the
UI thread too, once per window, so that a search for a rare word does not read every
record; after a write it catches up from the audit log instead of being read again.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from shiboken6 import isValid

from hdrectify.store.base import Store
from hdrectify.store.record_list import (
    PAGE_SIZE,
    ContactQuery,
    ContactRow,
    PairingNames,
    RecordFilter,
    contact_query,
    contacts_high_water,
    count_contacts,
    list_page,
    list_page_within,
    pairing_names,
)
from hdrectify.store.text_index import TEXT_INDEX_MIN_ROWS, TextIndex
from hdrectify.ui import labels
from hdrectify.ui.form_support import zh_date
from hdrectify.ui.worker import Progress, Task, find_group, run_in_background

Index = QModelIndex | QPersistentModelIndex

# How long a search may take on the UI thread before the text index is ready.
SEARCH_BUDGET_S = 0.05

(
    COL_DATE,
    COL_MEMBER,
    COL_CENTRE,
    COL_TOWN,
    COL_METHOD,
    COL_NOTE,
    COL_PROBLEMS,
    COL_BACKFILLED,
    COL_AUTHOR,
    COL_RECORDED,
    COL_DELETED,
) = range(11)
COLUMN_COUNT = 11

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the contact's id
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole ContactRow

_HEADERS = [
    QT_TRANSLATE_NOOP("RecordsModel", "日期"),
    QT_TRANSLATE_NOOP("RecordsModel", "党员"),
    QT_TRANSLATE_NOOP("RecordsModel", "康园中心"),
    QT_TRANSLATE_NOOP("RecordsModel", "镇（街道）"),
    QT_TRANSLATE_NOOP("RecordsModel", "方式"),
    QT_TRANSLATE_NOOP("RecordsModel", "情况记录"),
    QT_TRANSLATE_NOOP("RecordsModel", "发现的问题"),
    QT_TRANSLATE_NOOP("RecordsModel", "补录"),
    QT_TRANSLATE_NOOP("RecordsModel", "录入人"),
    QT_TRANSLATE_NOOP("RecordsModel", "录入时间"),
    QT_TRANSLATE_NOOP("RecordsModel", "删除原因"),
]
DELETED_COLOUR = QColor("#8a8a8a")
BACKFILLED_COLOUR = QColor("#a15c00")


def tr(text: object) -> str:
    return QCoreApplication.translate("RecordsModel", str(text))


method_text = labels.method_text


def one_line(text: str) -> str:
    return labels.join_clauses(part.strip() for part in text.splitlines() if part.strip())


def entered_text(recorded_at: str) -> str:
    """``2024-03-05T18:30:00+08:00`` as 2024年3月5日 18:30."""
    return labels.timestamp_text(recorded_at)


class RecordsModel(QAbstractTableModel):
    """Read-only; ``set_filter`` shows another selection, ``reload`` re-reads after a change."""

    totalChanged = Signal()
    countFailed = Signal(str)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = RecordFilter()
        self._rows: list[ContactRow] = []
        self._more = False
        self._fetching = False
        self._waiting = False
        self._names: dict[str, PairingNames] = pairing_names(store)
        self._query: ContactQuery | None = None
        self._total: int | None = None
        self._generation = 0
        self._count_stop = threading.Event()
        self._index: TextIndex | None = None
        self._index_stop = threading.Event()
        self._index_building = False
        self._tasks: set[Task] = set()
        self._start_index_build()
        self._load(0)

    # -- what is shown ------------------------------------------------------
    @property
    def filter(self) -> RecordFilter:
        return self._filter

    @property
    def total(self) -> int | None:
        """How many records the filter finds, or None while still counting."""
        return self._total

    @property
    def text_index_ready(self) -> bool:
        return self._index is not None

    @property
    def text_index(self) -> TextIndex | None:
        return self._index

    def set_filter(self, f: RecordFilter) -> None:
        self._filter = f
        self._load(0)

    def reload(self, f: RecordFilter | None = None) -> None:
        """Read again after data changed, keeping as many rows as were loaded (and the scroll)."""
        if f is not None:
            self._filter = f
        self._names = pairing_names(self._store)
        self._load(len(self._rows))

    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: str) -> int:
        """The row showing ``contact_id`` among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == contact_id), -1)

    def shutdown(self) -> None:
        """Stop background work (the page is going away)."""
        self._count_stop.set()
        self._index_stop.set()

    def _load(self, min_rows: int) -> None:
        self._generation += 1
        self._count_stop.set()
        query = contact_query(self._store, self._filter, self._names, self._current_index())
        first = self._first_page(query)
        self.beginResetModel()
        self._query = query
        self._waiting = first is None
        self._rows = first or []
        self._more = len(self._rows) == PAGE_SIZE
        while self._more and len(self._rows) < min_rows:
            page = list_page(self._store, query, self._rows[-1].cursor)
            self._rows += page
            self._more = len(page) == PAGE_SIZE
        self.endResetModel()
        self._total = None if self._more or self._waiting else len(self._rows)
        self.totalChanged.emit()
        if self._more:
            self._start_count(query)

    def _first_page(self, query: ContactQuery) -> list[ContactRow] | None:
        """The first page; None if a search took too long while the text index is still being built.

        Only then can a search have to read every record (a second on a city's database);
        rather than freeze the window, the search waits for the index and runs again.
        """
        if not (self._index_building and self._filter.words()):
            return list_page(self._store, query)
        return list_page_within(self._store, query, SEARCH_BUDGET_S)

    @property
    def waiting_for_index(self) -> bool:
        """A search is waiting for the text index (see :meth:`_first_page`)."""
        return self._waiting

    # -- counting off the UI thread ----------------------------------------
    def _start_count(self, query: ContactQuery) -> None:
        generation, stop, path = self._generation, threading.Event(), self._store.path
        self._count_stop = stop

        def work(progress: Progress) -> tuple[int, int | None]:
            with Store.open(path) as store:
                return generation, count_contacts(store, query, lambda: stop.is_set() or progress.cancelled())

        self._run(work, self._counted, self._count_error)

    def _counted(self, result: tuple[int, int | None]) -> None:
        generation, total = result
        if generation == self._generation and total is not None:
            self._total = total
            self.totalChanged.emit()

    def _count_error(self, message: str) -> None:
        self.countFailed.emit(message)

    # -- the text index -----------------------------------------------------
    def _current_index(self) -> TextIndex | None:
        """The text index, caught up with what was written since (here, by a worker or another program).

        Read again only when more records changed than a search can take from SQL.
        """
        if self._index is not None and not self._index.catch_up(self._store):
            self._drop_index()
            self._start_index_build()
        return self._index

    def _drop_index(self) -> None:
        self._index_stop.set()
        self._index = None
        self._index_building = False

    def _start_index_build(self) -> None:
        if self._index_building:
            return
        if contacts_high_water(self._store) < TEXT_INDEX_MIN_ROWS:
            return
        self._index_building = True
        stop, path = threading.Event(), self._store.path
        self._index_stop = stop

        def work(progress: Progress) -> tuple[threading.Event, TextIndex | None]:
            with Store.open(path) as store:
                return stop, TextIndex.build(store, lambda: stop.is_set() or progress.cancelled())

        self._run(work, self._index_built, lambda message: self._index_built((stop, None)))

    def _index_built(self, result: tuple[threading.Event, TextIndex | None]) -> None:
        stop, index = result
        if stop is not self._index_stop or stop.is_set():
            return  # superseded
        self._index_building = False
        if index is not None:  # what was written while it was being read is caught up on each search
            self._index = index
        if self._waiting:
            self._load(0)

    def _run(self, work: Any, done: Any, failed: Any) -> None:
        # The task belongs to the application, so a worker that finishes after this model is
        # gone still has somewhere to report; it is dropped once it has reported.
        app = QCoreApplication.instance()
        assert app is not None
        task: Task

        def finished(result: Any) -> None:
            self._tasks.discard(task)
            task.deleteLater()
            if isValid(self):
                done(result)

        def errored(message: str) -> None:
            self._tasks.discard(task)
            task.deleteLater()
            if isValid(self):
                failed(message)

        # …and to the database's task group (found through the page), which stops it when the
        # window closes, another database is opened or a backup restored.
        task = run_in_background(app, work, finished, errored, group=find_group(self))
        self._tasks.add(task)

    def busy(self) -> bool:
        """True while a count or the text index is being worked out in the background."""
        return bool(self._tasks)

    # -- Qt's model interface -----------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # Views (and model testers) may ask again from a handler of the insertion itself.
        if parent.isValid() or not self._more or self._query is None or self._fetching:
            return
        after = self._rows[-1].cursor if self._rows else None
        page = list_page(self._store, self._query, after)
        self._more = len(page) == PAGE_SIZE
        if page:
            self._fetching = True
            try:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
                self._rows += page
                self.endInsertRows()
            finally:
                self._fetching = False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section]) if 0 <= section < COLUMN_COUNT else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.deleted_at is not None:
                return DELETED_COLOUR
            return BACKFILLED_COLOUR if col == COL_BACKFILLED else None
        if role == Qt.ItemDataRole.FontRole and row.deleted_at is not None:
            font = QFont()
            font.setItalic(True)
            font.setStrikeOut(col in (COL_NOTE, COL_PROBLEMS))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_METHOD, COL_BACKFILLED):
            return Qt.AlignmentFlag.AlignCenter
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: ContactRow, col: int) -> str:
        if col == COL_DATE:
            return zh_date(row.date)
        if col == COL_MEMBER:
            return row.member
        if col == COL_CENTRE:
            return row.centre
        if col == COL_TOWN:
            return row.town
        if col == COL_METHOD:
            return method_text(row.method)
        if col == COL_NOTE:
            return one_line(row.note)
        if col == COL_PROBLEMS:
            return one_line(row.problems)
        if col == COL_BACKFILLED:
            return self.tr("补录") if row.backfilled else ""
        if col == COL_AUTHOR:
            return row.author
        if col == COL_RECORDED:
            return entered_text(row.recorded_at)
        if col == COL_DELETED and row.deleted_at is not None:
            return self.tr("已删除：{0}").format(row.delete_reason or "")
        return ""

    def _tooltip(self, row: ContactRow, col: int) -> str | None:
        if row.deleted_at is not None:
            return self.tr("{0} 已删除，原因：{1}").format(entered_text(row.deleted_at), row.delete_reason or "")
        if col == COL_CENTRE:
            return row.town
        if col == COL_NOTE and row.note:
            return row.note
        if col == COL_PROBLEMS and row.problems:
            return row.problems
        if col == COL_BACKFILLED and row.backfilled:
            return self.tr("录入时间比联系日期晚了 {0} 天以上，记为补录（仍然计入完成情况）").format(
                self._query.backfill_days if self._query else 7
            )
        return None
