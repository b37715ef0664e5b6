"""中心与党员: the centres, the members and their pairings, with the dialogs that change them.

Three tabs, each a table with its buttons. The page writes nothing itself: its
dialogs do, one transaction each, and the page reloads and selects what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hdrectify.store.roles import is_office, office_only_error
from hdrectify.ui.centre_dialog import CentreDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.forms.ui_people import Ui_PeoplePage
from hdrectify.ui.i18n import error_text
from hdrectify.ui.member_dialog import MemberDialog
from hdrectify.ui.models.centres_model import CentresModel
from hdrectify.ui.models.members_model import MembersModel
from hdrectify.ui.models.pairings_model import PairingsModel
from hdrectify.ui.models.table_model import ID_ROLE, TableModel
from hdrectify.ui.pairing_dialog import Mode, PairingDialog

PeopleDialog = CentreDialog | MemberDialog | PairingDialog  # each emits saved(id) once it has written


ROOM = 24  # beside a column's contents: CJK text looks cramped otherwise


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents, with room to breathe."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, header.sectionSize(column) + ROOM)


def grow_columns(view: QTableView) -> None:
    """After a reload: widen a column whose new contents would be cut off (2026年12月31日 after
    2025年1月1日); never narrow one the user has widened."""
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column)) + ROOM
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        ui = self.ui
        self.centres = CentresModel(self)
        self.members = MembersModel(self)
        self.pairings = PairingsModel(self)
        for view, model in (
            (ui.centresView, self.centres),
            (ui.membersView, self.members),
            (ui.pairingsView, self.pairings),
        ):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(model.SORT_ROLE)
            view.setModel(proxy)
            # keep the models' own order until the user clicks a header
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.addCentreButton.clicked.connect(lambda: self._open(CentreDialog(self.ctx, self), ui.centresView))
        ui.editCentreButton.clicked.connect(self.edit_centre)
        ui.closeCentreButton.clicked.connect(self.close_centre)
        ui.centresView.activated.connect(self.edit_centre)  # double-click or Enter
        ui.addMemberButton.clicked.connect(lambda: self._open(MemberDialog(self.ctx, self), ui.membersView))
        ui.editMemberButton.clicked.connect(self.edit_member)
        ui.membersView.activated.connect(self.edit_member)
        ui.newPairingButton.clicked.connect(lambda: self._pairing_dialog("new"))
        ui.endPairingButton.clicked.connect(lambda: self._pairing_dialog("end"))
        ui.reassignButton.clicked.connect(lambda: self._pairing_dialog("reassign"))
        ui.pairingsView.activated.connect(lambda: self._pairing_dialog("end"))
        ui.showEndedCheck.toggled.connect(self.refresh)
        self.refresh()
        for view in (ui.centresView, ui.membersView, ui.pairingsView):
            fit_columns(view)

    # -- the protocol of pages ---------------------------------------------------
    def refresh(self) -> None:
        """Reload the three tables, keeping what was selected."""
        ui = self.ui
        keep = {view: self.selected_id(view) for view in (ui.centresView, ui.membersView, ui.pairingsView)}
        store = self.ctx.store
        self.centres.load(store)
        self.members.load(store, me=self.ctx.me())
        self.pairings.load(store, include_ended=ui.showEndedCheck.isChecked())
        for view, row_id in keep.items():
            if row_id:
                self.select(view, row_id)
        for view in keep:
            grow_columns(view)
        self._set_summaries()
        self._update_buttons()

    def _set_summaries(self) -> None:
        total, closed = self.centres.counts()
        self.ui.centresSummary.setText(self.tr("共 {0} 个中心，其中已撤销 {1} 个").format(total, closed))
        self.ui.membersSummary.setText(self.tr("共 {0} 名党员").format(self.members.rowCount()))
        shown, running = self.pairings.counts()
        self.ui.pairingsSummary.setText(self.tr("共 {0} 条挂钩，进行中 {1} 条").format(shown, running))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for model in (self.centres, self.members, self.pairings):
                model.retranslate()
            self._set_summaries()
        super().changeEvent(event)

    # -- selection -----------------------------------------------------------------
    def selected_id(self, view: QTableView) -> str | None:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, view: QTableView, row_id: str) -> None:
        """Select the row with ``row_id`` (and scroll to it), if the table shows it."""
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        source = proxy.sourceModel()
        assert isinstance(source, TableModel)
        row = source.row_of(row_id)
        if row < 0:
            view.clearSelection()
            return
        index = proxy.mapFromSource(source.index(row, 0))
        view.selectionModel().setCurrentIndex(
            index, view.selectionModel().SelectionFlag.ClearAndSelect | view.selectionModel().SelectionFlag.Rows
        )
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _office(self) -> bool:
        """Whether this computer keeps the roster: the office (a member's laptop receives it in bundles)."""
        return is_office(self.ctx.store)

    def _update_buttons(self) -> None:
        ui = self.ui
        office = self._office()
        centre = self.selected_id(ui.centresView) is not None
        for button, enabled in (
            (ui.addCentreButton, True),
            (ui.editCentreButton, centre),
            (ui.closeCentreButton, centre),
            (ui.addMemberButton, True),
            (ui.editMemberButton, self.selected_id(ui.membersView) is not None),
            (ui.newPairingButton, True),
            (ui.endPairingButton, self.selected_id(ui.pairingsView) is not None),
            (ui.reassignButton, True),
        ):
            # on a member's laptop disabled, not hidden, saying why (store/roles.py refuses the same)
            button.setEnabled(office and enabled)
            button.setToolTip("" if office else error_text(office_only_error("roster")))

    # -- actions -------------------------------------------------------------------
    def _open(self, dialog: PeopleDialog, view: QTableView) -> PeopleDialog:
        """Show ``dialog`` without blocking; once it has saved, select what it saved."""
        if not self._office():  # a double-click on a member's laptop: nothing to open
            dialog.deleteLater()
            return dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda row_id: self._saved(view, row_id))
        dialog.open()
        return dialog

    def _saved(self, view: QTableView, row_id: str) -> None:
        self.refresh()
        tabs = {self.ui.centresView: self.ui.centresTab, self.ui.membersView: self.ui.membersTab}
        self.ui.tabs.setCurrentWidget(tabs.get(view, self.ui.pairingsTab))
        self.select(view, row_id)
        view.setFocus()

    def edit_centre(self, _index: QModelIndex | None = None) -> None:
        centre = self.selected_id(self.ui.centresView)
        if centre:
            self._open(CentreDialog(self.ctx, self, centre), self.ui.centresView)

    def close_centre(self) -> None:
        centre = self.selected_id(self.ui.centresView)
        if centre:
            self._open(CentreDialog(self.ctx, self, centre, closing=True), self.ui.centresView)

    def edit_member(self, _index: QModelIndex | None = None) -> None:
        member = self.selected_id(self.ui.membersView)
        if member:
            self._open(MemberDialog(self.ctx, self, member), self.ui.membersView)

    def _pairing_dialog(self, mode: Mode) -> None:
        view = self.ui.pairingsView
        pairing_id = self.selected_id(view)
        if mode == "end" and not pairing_id:
            return
        row = self.ctx.store.get("pairings", pairing_id) if pairing_id else None
        dialog = PairingDialog(
            self.ctx,
            self,
            mode=mode,
            pairing_id=pairing_id if mode == "end" else None,
            centre_id=row["centre_id"] if row and mode == "reassign" else None,
        )
        self._open(dialog, view)
