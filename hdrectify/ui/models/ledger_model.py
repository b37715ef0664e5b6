"""The ledger tree for the 整改台账 screen: areas → problems → measures, with status and deadline colours.

A problem's status is derived from its measures (closed when all are closed); an area
shows how many of its problems are closed. Deadlines of unfinished measures are coloured
by the settings ``warn_yellow_days`` / ``warn_green_days``: red when overdue, yellow
when at most the yellow threshold is left, green when more than the green threshold is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from hdrectify.domain.ledger import DeadlineWarning, MeasureStatus, Source, deadline_warning, problem_status
from hdrectify.store.base import Row, Store
from hdrectify.store.ledger import ledger_rows
from hdrectify.ui import labels
from hdrectify.ui.form_support import zh_date

COL_TITLE, COL_STATUS, COL_DEADLINE = range(3)
# Marked for lupdate here, translated when shown.
_HEADERS = (
    QT_TRANSLATE_NOOP("LedgerModel", "编号/标题"),
    QT_TRANSLATE_NOOP("LedgerModel", "状态"),
    QT_TRANSLATE_NOOP("LedgerModel", "整改时限"),
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "area", "problem" or "measure"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # MeasureStatus value (areas: derived like a problem)
WARNING_ROLE = Qt.ItemDataRole.UserRole + 4  # DeadlineWarning of the deadline, as an int

AREA, PROBLEM, MEASURE = "area", "problem", "measure"


class Filter(IntEnum):
    ALL = 0  # 全部
    OPEN = 1  # 未完成: unfinished problems and their unfinished measures
    INSPECTION = 2  # 巡察
    VISIT = 3  # 走访


WARNING_COLOURS = {
    DeadlineWarning.GREEN: (QColor("#1b7f3b"), QColor("#d5eef0")),
    DeadlineWarning.YELLOW: (QColor("#8a6100"), QColor("#fff3c4")),
    DeadlineWarning.RED: (QColor("#b3261e"), QColor("#f4c7c3")),
}
STATUS_COLOURS = {
    MeasureStatus.OPEN: QColor("#9e9e9e"),
    MeasureStatus.IN_PROGRESS: QColor("#1e6fd9"),
    MeasureStatus.DONE: QColor("#1b7f3b"),
}


def status_icon(status: MeasureStatus) -> QIcon:
    """A filled dot for done, a half dot for in progress, a ring for not started: told apart without colour too."""
    size = 14
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = STATUS_COLOURS[status]
    painter.setPen(colour)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.setBrush(colour)
    if status is MeasureStatus.DONE:
        painter.drawEllipse(2, 2, size - 4, size - 4)
    elif status is MeasureStatus.IN_PROGRESS:
        painter.drawPie(2, 2, size - 4, size - 4, 90 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


def _tr(text: object) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("LedgerModel", …)."""
    return QCoreApplication.translate("LedgerModel", str(text))


def status_label(status: MeasureStatus) -> str:
    return labels.measure_status_text(status.value)


def problem_title(row: Row) -> str:
    """``问题18　title``, or ``待编号　title`` for a problem the office has not numbered yet."""
    if row["no"] is None:
        return _tr(QT_TRANSLATE_NOOP("LedgerModel", "待编号　{0}")).format(row["title"])
    return _tr(QT_TRANSLATE_NOOP("LedgerModel", "问题{0}　{1}")).format(row["no"], row["title"])


@dataclass(eq=False)
class Node:
    kind: str
    row: Row
    parent: Node | None
    status: MeasureStatus = MeasureStatus.OPEN
    deadline: str | None = None  # for problems: the earliest deadline of an unfinished measure
    warning: DeadlineWarning = DeadlineWarning.NONE
    done: int = 0  # closed children (areas: problems; problems: measures), whatever the filter shows
    total: int = 0
    children: list[Node] = field(default_factory=list)

    def index_in_parent(self, roots: list[Node]) -> int:
        siblings = self.parent.children if self.parent is not None else roots
        return next(i for i, n in enumerate(siblings) if n is self)


class LedgerModel(QAbstractItemModel):
    """Read-only tree; :meth:`reload` reads the store again (with the filter and search text)."""

    def __init__(self, store: Store, today: dt.date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._fixed_today = today  # tests pin the day; otherwise it is read again on each reload
        self.today = today or dt.date.today()
        self.filter = Filter.ALL
        self.search = ""
        self._roots: list[Node] = []
        self._yellow = self._green = 0
        self._icons = {s: status_icon(s) for s in MeasureStatus}
        self.reload()

    # -- building ------------------------------------------------------------
    def set_filter(self, which: Filter, search: str = "") -> None:
        self.filter = which
        self.search = search.strip()
        self.reload()

    def reload(self) -> None:
        self.today = self._fixed_today or dt.date.today()
        self.beginResetModel()
        self._roots = self._build()
        self.endResetModel()

    def _build(self) -> list[Node]:
        data = ledger_rows(self.store)
        yellow = self._yellow = int(self.store.setting("warn_yellow_days"))
        green = self._green = int(self.store.setting("warn_green_days"))
        measures_of: dict[str, list[Row]] = {}
        for m in data["measures"]:
            measures_of.setdefault(m["problem_id"], []).append(m)
        problems_of: dict[str, list[Row]] = {}
        for p in data["problems"]:
            problems_of.setdefault(p["area_id"], []).append(p)
        needle = self.search.casefold()
        roots: list[Node] = []
        for area_row in data["areas"]:
            area = Node(AREA, area_row, None)
            statuses = []
            for problem_row in problems_of.get(area_row["id"], []):
                all_measures = measures_of.get(problem_row["id"], [])
                problem = Node(PROBLEM, problem_row, area)
                problem.status = problem_status(MeasureStatus(m["status"]) for m in all_measures)
                problem.done = sum(m["status"] == MeasureStatus.DONE.value for m in all_measures)
                problem.total = len(all_measures)
                statuses.append(problem.status)
                open_deadlines = [
                    (
                        m["deadline"],
                        deadline_warning(m["deadline"], self.today, yellow, green),
                    )
                    for m in all_measures
                    if m["deadline"] and m["status"] != MeasureStatus.DONE.value
                ]
                if open_deadlines:
                    problem.deadline, problem.warning = min(open_deadlines)
                if self._shows(problem, all_measures, needle):
                    area.children.append(problem)
            area.status = problem_status(statuses)
            area.done = sum(s is MeasureStatus.DONE for s in statuses)
            area.total = len(statuses)
            if area.children:
                roots.append(area)
        return roots

    def _shows(self, problem: Node, measures: list[Row], needle: str) -> bool:
        """Whether the filter and search keep ``problem``; adds the measures they keep as its children."""
        row = problem.row
        if self.filter is Filter.INSPECTION and row["source"] != Source.INSPECTION.value:
            return False
        if self.filter is Filter.VISIT and row["source"] != Source.VISIT.value:
            return False
        if self.filter is Filter.OPEN and problem.status is MeasureStatus.DONE:
            return False
        problem_hit = not needle or needle in f"{row['title']} {row['centre'] or ''}".casefold()
        for m in measures:
            status = MeasureStatus(m["status"])
            if self.filter is Filter.OPEN and status is MeasureStatus.DONE:
                continue
            if not problem_hit and needle not in f"{m['text']} {m['leader']} {m['unit']} {m['person']}".casefold():
                continue
            node = Node(MEASURE, m, problem, status, m["deadline"])
            node.warning = deadline_warning(
                m["deadline"], self.today, self._yellow, self._green, done=status is MeasureStatus.DONE
            )
            problem.children.append(node)
        return problem_hit or bool(problem.children)

    # -- lookups for the screen -----------------------------------------------
    def find(self, kind: str, row_id: str) -> QModelIndex:
        """The index of the node with this kind and id, or an invalid index if it is filtered out."""

        def walk(nodes: list[Node], parent: QModelIndex) -> QModelIndex:
            for i, node in enumerate(nodes):
                index = self.index(i, 0, parent)
                if node.kind == kind and node.row["id"] == row_id:
                    return index
                found = walk(node.children, index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(self._roots, QModelIndex())

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    # -- QAbstractItemModel -------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._roots if not parent.isValid() else parent.internalPointer().children
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        node: Node = child.internalPointer()
        up = node.parent
        if up is None:
            return QModelIndex()
        return self.createIndex(up.index_in_parent(self._roots), 0, up)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._roots)
        return len(parent.internalPointer().children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return _tr(_HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = index.column()
        if role == ID_ROLE:
            return node.row["id"]
        if role == KIND_ROLE:
            return node.kind
        if role == STATUS_ROLE:
            return node.status.value
        if role == WARNING_ROLE:
            return int(node.warning)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(node, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return self._icons[node.status]
        if column == COL_DEADLINE and node.warning is not DeadlineWarning.NONE:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING_COLOURS[node.warning][0])
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WARNING_COLOURS[node.warning][1])
        if role == Qt.ItemDataRole.FontRole and node.kind == AREA and column == COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, node: Node, column: int) -> str:
        row = node.row
        if column == COL_TITLE:
            if node.kind == AREA:
                return labels.area_heading(int(row["no"]), str(row["title"]))
            if node.kind == PROBLEM:
                return problem_title(row)
            return QCoreApplication.translate("LedgerModel", "措施{0}　{1}").format(
                row["no"], " ".join(str(row["text"]).split())
            )
        if column == COL_STATUS:
            if node.kind == MEASURE:
                return status_label(node.status)
            return f"{status_label(node.status)} {node.done}/{node.total}"
        if column == COL_DEADLINE:
            if node.deadline:
                return zh_date(node.deadline)
            return (
                QCoreApplication.translate("LedgerModel", "无时限")
                if node.kind == MEASURE and node.status is not MeasureStatus.DONE
                else ""
            )
        return ""

    def _spoken(self, node: Node, column: int) -> str:
        """What a screen reader says for a cell: the colours and the status dot in words.

        The title says the item, its status and its deadline (措施1　…；整改中；2026年12月1日（临近时限：还剩 5 天））;
        the deadline its warning beside the date.
        """
        deadline = self._display(node, COL_DEADLINE)
        if node.warning is not DeadlineWarning.NONE and node.deadline:
            level = labels.deadline_warning_text(node.warning.name.lower())
            days = self._tooltip(node, COL_DEADLINE)
            deadline = labels.aside(
                deadline, days if node.warning is DeadlineWarning.RED else labels.labelled(level, days)
            )
        if column == COL_DEADLINE:
            return deadline
        if column == COL_STATUS:
            return self._display(node, COL_STATUS)
        parts = [self._display(node, COL_TITLE)]
        if node.kind != AREA:
            parts += [self._display(node, COL_STATUS), deadline]
        return labels.join_clauses(p for p in parts if p)

    def _tooltip(self, node: Node, column: int) -> str:
        row = node.row
        if column == COL_DEADLINE and node.warning is not DeadlineWarning.NONE and node.deadline:
            left = (dt.date.fromisoformat(node.deadline) - self.today).days
            return (
                QCoreApplication.translate("LedgerModel", "已逾期 {0} 天").format(-left)
                if left < 0
                else QCoreApplication.translate("LedgerModel", "还剩 {0} 天").format(left)
            )
        if node.kind == MEASURE:
            return str(row["text"])
        if node.kind == PROBLEM and row["source"] == Source.VISIT.value:
            return QCoreApplication.translate("LedgerModel", "走访发现：{0}（{1}）").format(
                row["title"], row["centre"] or ""
            )
        return str(row["title"])
