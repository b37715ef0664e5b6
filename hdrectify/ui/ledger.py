"""整改台账: the ledger tree (areas → problems → measures), its filter and search, and what is chosen.

The right-hand side shows what is chosen in the tree: an area's or a problem's summary
(its status and its rows, double-click one to go there), which is
:class:`~hdrectify.ui.ledger_summary.LedgerSummary`, or a measure's page, which is
:class:`~hdrectify.ui.measure_panel.MeasurePanel`. Edits left unsaved when another row
is chosen are saved first, so nothing typed is lost.

Several rows can be selected (Shift/Ctrl with the arrows or a click); the current row is
still the one shown. 批量设置责任和时限 (Ctrl+B) sets the owners or the deadline of every
measure selected, a selected problem bringing the measures it shows, an area its problems'.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMainWindow, QMenu, QTreeWidgetItem, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.ui import labels
from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.forms.ui_ledger import Ui_LedgerPage
from hdrectify.ui.ledger_dialogs import INSPECTION, LedgerItemDialog, LedgerRemoveDialog
from hdrectify.ui.ledger_summary import LedgerSummary
from hdrectify.ui.measure_panel import MeasurePanel
from hdrectify.ui.models.ledger_model import (
    AREA,
    COL_DEADLINE,
    COL_STATUS,
    COL_TITLE,
    ID_ROLE,
    KIND_ROLE,
    MEASURE,
    PROBLEM,
    Filter,
    LedgerModel,
    Node,
)
from hdrectify.ui.worker import Task


class LedgerPage(QWidget):
    """The 整改台账 screen; :meth:`refresh` reads the database again, keeping the selection and open rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LedgerPage()
        self.ui.setupUi(self)
        self.model = LedgerModel(ctx.store, parent=self)
        self.current: tuple[str, str] | None = None  # (kind, id) shown on the right
        self.measure = MeasurePanel(ctx, self.ui, self)
        self.measure.changed.connect(self.refresh)
        self.summary = LedgerSummary(ctx, self.ui, self.model, self)
        self._setup_tree()
        self._setup_editing()
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 6)
        self.ui.splitter.setSizes([520, 640])
        self._fitted = False
        self.ui.detailStack.currentChanged.connect(lambda _: QTimer.singleShot(0, self._keep_panel_room))
        self._after_reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the page's width is known once it is shown in the window
            self._fitted = True
            self.fit_area_titles()

    def fit_area_titles(self) -> None:
        """Give the tree the room for the areas' whole titles where the window has it, never taking
        from the measure panel the width its fields need; the full title is the tooltip either way."""
        tree, model = self.ui.tree, self.model
        font = QFont(tree.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        titles = [str(model.index(row, COL_TITLE).data() or "") for row in range(model.rowCount())]
        header = tree.header()
        needed = (
            tree.indentation()
            + max((metrics.horizontalAdvance(t) for t in titles), default=0)
            + 16
            + header.sectionSize(COL_STATUS)
            + header.sectionSize(COL_DEADLINE)
            + tree.verticalScrollBar().sizeHint().width()
            + 2 * tree.frameWidth()
        )
        splitter = self.ui.splitter
        total = sum(splitter.sizes())
        share = min(needed, total - self._panel_room())
        if share > splitter.sizes()[0]:
            splitter.setSizes([share, total - share])

    def _panel_room(self) -> int:
        """The width the measure panel's fields need (known once a measure has been shown)."""
        scroll = self.ui.measureScroll
        return (
            max(self.ui.measureContent.minimumSizeHint().width(), 440)
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
            + 8
        )

    def _keep_panel_room(self) -> None:
        """A measure shown after the tree was widened: give its fields their room back."""
        splitter = self.ui.splitter
        total, right = sum(splitter.sizes()), splitter.sizes()[1]
        room = self._panel_room()
        if right < room < total:
            splitter.setSizes([total - room, room])

    # -- set-up -------------------------------------------------------------
    def _setup_tree(self) -> None:
        tree = self.ui.tree
        tree.setModel(self.model)
        # Shift/Ctrl select several rows for 批量设置; the current row alone decides what is shown.
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DEADLINE, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.ui.filterCombo.currentIndexChanged.connect(self._apply_filter)
        self.ui.searchEdit.textChanged.connect(self._apply_filter)
        self.ui.summaryList.itemActivated.connect(self._on_summary_activated)
        self.ui.legendLabel.setStyleSheet("color: palette(placeholder-text);")

    def _setup_editing(self) -> None:
        """添加 (Insert), 修改 (F2), 删除 (Delete), 批量设置 (Ctrl+B): buttons, the tree's context menu and keys."""
        ui = self.ui
        ui.addButton.clicked.connect(self.add_here)
        ui.editButton.clicked.connect(self.edit_current)
        ui.removeButton.clicked.connect(self.remove_current)
        self.actions_ = {
            "inspection": self._action(self.tr("添加巡察(&I)…"), lambda: self.add(INSPECTION)),
            "declared": self._action(self.tr("通报所说的数字(&N)…"), self.edit_declared_totals),
            "area": self._action(self.tr("添加方面(&A)…"), lambda: self.add(AREA)),
            "problem": self._action(self.tr("添加问题(&P)…"), lambda: self.add(PROBLEM)),
            "measure": self._action(self.tr("添加整改措施(&M)…"), lambda: self.add(MEASURE)),
            "edit": self._action(self.tr("修改(&E)…"), self.edit_current, QKeySequence(Qt.Key.Key_F2)),
            "remove": self._action(self.tr("删除(&D)…"), self.remove_current, QKeySequence(Qt.Key.Key_Delete)),
            "bulk": self._action(
                self.tr("批量设置责任和时限(&B)…"), self.bulk_edit, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B)
            ),
        }
        insert = self._action(self.tr("添加"), self.add_here, QKeySequence(Qt.Key.Key_Insert))
        ui.tree.addAction(insert)
        for action in (self.actions_["edit"], self.actions_["remove"], self.actions_["bulk"]):
            ui.tree.addAction(action)
        ui.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ui.tree.customContextMenuRequested.connect(self._context_menu)

    def _action(self, text: str, slot: object, keys: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # keys typed in the search box stay there
        return action

    def _context_menu(self, pos: QPoint) -> None:
        kind = self.current[0] if self.current else None
        menu = QMenu(self)
        menu.addAction(self.actions_["inspection"])
        menu.addAction(self.actions_["declared"])
        menu.addAction(self.actions_["area"])
        self.actions_["problem"].setEnabled(kind is not None)
        menu.addAction(self.actions_["problem"])
        self.actions_["measure"].setEnabled(kind in (PROBLEM, MEASURE))
        menu.addAction(self.actions_["measure"])
        menu.addSeparator()
        for name in ("edit", "remove"):
            self.actions_[name].setEnabled(kind is not None)
            menu.addAction(self.actions_[name])
        menu.addSeparator()
        self.actions_["bulk"].setEnabled(bool(self.selected_measure_ids()))
        menu.addAction(self.actions_["bulk"])
        menu.popup(self.ui.tree.viewport().mapToGlobal(pos))

    # -- adding, editing and removing rows --------------------------------------------------
    def _parent_of(self, kind: str) -> str | None:
        """The area a new problem goes in, or the problem a new measure goes in, from what is chosen."""
        if self.current is None:
            return None
        chosen, row_id = self.current
        store = self.ctx.store
        if kind == PROBLEM:
            if chosen == AREA:
                return row_id
            if chosen == MEASURE:
                row_id = (store.get("ledger_measures", row_id) or {}).get("problem_id", "")
            return (store.get("ledger_problems", row_id) or {}).get("area_id")
        if kind == MEASURE:
            if chosen == PROBLEM:
                return row_id
            if chosen == MEASURE:
                return (store.get("ledger_measures", row_id) or {}).get("problem_id")
        return None

    def add_here(self) -> LedgerItemDialog:
        """Insert: a problem in the chosen area, a measure of the chosen problem (or beside the chosen measure)."""
        chosen = self.current[0] if self.current else None
        return self.add({None: AREA, AREA: PROBLEM, PROBLEM: MEASURE, MEASURE: MEASURE}[chosen])

    def add(self, kind: str) -> LedgerItemDialog:
        dialog = LedgerItemDialog(self.ctx, kind, parent_id=self._parent_of(kind), parent=self)
        self._open(dialog)
        return dialog

    def edit_declared_totals(self) -> QDialog:
        """The figures the inspection's notice declares (问题数, 具体问题数, 整改措施数), quoted by the report."""
        from hdrectify.ui.declared_totals_dialog import DeclaredTotalsDialog

        return self._open(DeclaredTotalsDialog(self.ctx, parent=self))

    def edit_current(self) -> QDialog | None:
        if self.current is None:
            return None
        if self.measure.dirty and not self.measure.save():
            return None
        kind, row_id = self.current
        return self._open(LedgerItemDialog(self.ctx, kind, row_id=row_id, parent=self))

    def remove_current(self) -> QDialog | None:
        if self.current is None:
            return None
        kind, row_id = self.current
        index = self.model.find(kind, row_id)
        title = str(index.data()) if index.isValid() else ""
        return self._open(LedgerRemoveDialog(self.ctx, kind, row_id, title, parent=self))

    def selected_measure_ids(self) -> list[str]:
        """The measures selected in the tree, in its order: a problem brings the measures it shows, an area its
        problems' (so a filter that hides a measure keeps it out)."""
        found: dict[str, None] = {}

        def take(node: Node) -> None:
            if node.kind == MEASURE:
                found[node.row["id"]] = None
            for child in node.children:
                take(child)

        for index in sorted(self.ui.tree.selectionModel().selectedRows(COL_TITLE), key=_tree_order):
            node = self.model.node(index)
            if node is not None:
                take(node)
        return list(found)

    def bulk_edit(self) -> QDialog | None:
        """批量设置责任和时限: the same 责任领导, 责任单位, 责任人 or 整改时限 on the measures selected."""
        if self.measure.dirty and not self.measure.save():
            return None
        dialog = BulkMeasuresDialog(self.ctx, self.selected_measure_ids(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_bulk_edit)
        dialog.open()
        return dialog

    def _after_bulk_edit(self, changed: int) -> None:
        self.measure.leave()  # the measure shown is read again with its new values
        self.refresh()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("已修改 {0} 项整改措施").format(changed), 30_000)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_edit)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _after_edit(self, kind: str, row_id: str) -> None:
        removed = self.current == (kind, row_id) and not self._exists(kind, row_id)
        self.measure.leave()
        if removed:
            self.current = None
        self.refresh()
        if not removed and kind != INSPECTION:
            self.select(kind, row_id)

    def _exists(self, kind: str, row_id: str) -> bool:
        table = {AREA: "ledger_areas", PROBLEM: "ledger_problems", MEASURE: "ledger_measures"}.get(kind)
        return table is not None and self.ctx.store.get(table, row_id) is not None

    # -- the tree -----------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """A language switch: the form's texts now, the rest with the next refresh."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model") and not self.ctx.closed:
            self.ui.retranslateUi(self)
            self.measure.retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the database again; keep the row shown, the open branches and any unsaved edits."""
        expanded = self._expanded_ids()
        current = self.current
        self.model.reload()
        self._after_reload(expanded, current)

    def _apply_filter(self) -> None:
        expanded = self._expanded_ids()
        current = self.current
        self.model.set_filter(Filter(self.ui.filterCombo.currentIndex()), self.ui.searchEdit.text())
        searching = bool(self.ui.searchEdit.text().strip()) or self.model.filter is not Filter.ALL
        self._after_reload(expanded, current, expand_all=searching)

    def _expanded_ids(self) -> set[str]:
        found: set[str] = set()
        for row in range(self.model.rowCount()):
            area = self.model.index(row, 0)
            if self.ui.tree.isExpanded(area):
                found.add(area.data(ID_ROLE))
            for prow in range(self.model.rowCount(area)):
                problem = self.model.index(prow, 0, area)
                if self.ui.tree.isExpanded(problem):
                    found.add(problem.data(ID_ROLE))
        return found

    def _after_reload(
        self, expanded: set[str] | None = None, current: tuple[str, str] | None = None, expand_all: bool = False
    ) -> None:
        tree = self.ui.tree
        yellow, green = self.ctx.store.setting("warn_yellow_days"), self.ctx.store.setting("warn_green_days")
        self.ui.legendLabel.setText(self.tr("整改时限：{0}").format(labels.deadline_legend(yellow, green)))
        for row in range(self.model.rowCount()):
            area = self.model.index(row, 0)
            tree.setExpanded(area, expanded is None or expand_all or area.data(ID_ROLE) in expanded)
            for prow in range(self.model.rowCount(area)):
                problem = self.model.index(prow, 0, area)
                if expand_all or (expanded is not None and problem.data(ID_ROLE) in expanded):
                    tree.setExpanded(problem, True)
        self.ui.emptyLabel.setVisible(self.model.rowCount() == 0)
        if current is not None and self.model.find(*current).isValid():
            self.select(*current)
        elif current is not None:  # filtered out of the tree, still shown on the right
            self._show(*current, keep_edits=self.measure.dirty)
        else:
            self._show(None, None)

    def select(self, kind: str, row_id: str) -> bool:
        """Select the area, problem or measure with this id (opening its branch); False if filtered out."""
        index = self.model.find(kind, row_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.ui.tree.setExpanded(parent, True)
            parent = parent.parent()
        self.ui.tree.setCurrentIndex(index)
        self.ui.tree.scrollTo(index)
        if self.current != (kind, row_id):
            self._show(kind, row_id)
        else:
            self._show(kind, row_id, keep_edits=self.measure.dirty)
        return True

    def select_measure(self, measure_id: str) -> None:
        """Show a measure, chosen in the tree (the dashboard's way in); a filter or search hiding it is cleared.

        Unsaved edits of the measure shown are saved first; if they cannot be, they stay on
        screen with the reason next to the field, and nothing else is chosen.
        """
        if self.current != (MEASURE, measure_id) and self.measure.dirty and not self.measure.save():
            return
        if self.select(MEASURE, measure_id):
            return
        with QSignalBlocker(self.ui.filterCombo), QSignalBlocker(self.ui.searchEdit):
            self.ui.filterCombo.setCurrentIndex(Filter.ALL)
            self.ui.searchEdit.clear()
        self._apply_filter()
        self.select(MEASURE, measure_id)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        kind, row_id = current.data(KIND_ROLE), current.data(ID_ROLE)
        if self.current == (kind, row_id):
            return
        if self.measure.dirty and not self.measure.save(defer_refresh=True):
            # The edits could not be saved: stay on them, with the reason shown next to the field.
            shown = self.current
            QTimer.singleShot(0, lambda: shown and self.select(*shown))
            return
        self._show(kind, row_id)

    def _on_summary_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.select(item.data(0, KIND_ROLE), item.data(0, ID_ROLE))

    # -- the right-hand side -------------------------------------------------
    def _show(self, kind: str | None, row_id: str | None, keep_edits: bool = False) -> None:
        if kind is None or row_id is None:
            self.current = None
            self.measure.leave()
            self.ui.detailStack.setCurrentWidget(self.ui.emptyPage)
            return
        try:
            if kind == MEASURE:
                self.measure.show(row_id, keep_edits)
            elif kind == PROBLEM:
                self.measure.leave()
                self.summary.show_problem(row_id)
            else:
                self.measure.leave()
                if not self.summary.show_area(row_id):  # filtered out: nothing to summarise
                    self._show(None, None)
        except InputError:  # removed meanwhile (another laptop's bundle, say)
            self._show(None, None)
            return
        self.current = (kind, row_id)

    # -- the measure shown: its page does the work ------------------------------------------------
    def measure_id(self) -> str | None:
        return self.measure.measure_id

    def save(self, defer_refresh: bool = False) -> bool:
        """保存 the measure shown; False (with the reason next to the field) if refused."""
        return self.measure.save(defer_refresh)

    def attach_files(self, paths: list[Path]) -> Task | None:
        """Add files as evidence of the measure shown, in the background; ``measure.attached`` says how many."""
        return self.measure.attach_files(paths)

    def open_evidence(self, evidence_id: str) -> bool:
        """Open an evidence file with the system viewer (a read-only copy)."""
        return self.measure.open_evidence(evidence_id)


def _tree_order(index: QModelIndex) -> list[int]:
    """Where a row is in the tree, as the rows from the top down: selected rows sort as shown."""
    path: list[int] = []
    while index.isValid():
        path.insert(0, index.row())
        index = index.parent()
    return path
