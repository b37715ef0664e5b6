"""整改台账: a measure's 销号申请 — where each request stands, and the office's 同意销号 / 退回.

Shown on the measure's page (:class:`~hdrectify.ui.measure_panel.MeasurePanel`) when the measure has
requests: on a member's laptop to ask (申请销号…, with a written reason and evidence files) and to see
the office's answer and comment, at the office to answer
(store/close_requests.py). Built here rather than in forms/ledger.ui: a box of its own under the page.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.exchange.identity import installation_name
from hdrectify.store.close_requests import (
    PENDING,
    CloseRequest,
    accept_request,
    close_requests,
    request_close,
    return_request,
)
from hdrectify.store.evidence import StagedFile, stage_evidence
from hdrectify.store.numbering import OFFICE, role
from hdrectify.ui import labels
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import ask_reason, zh_date
from hdrectify.ui.i18n import error_text
from hdrectify.ui.worker import Progress, Task, run_with_progress

if TYPE_CHECKING:
    from hdrectify.ui.request_close_dialog import RequestCloseDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class CloseRequestsBox(QGroupBox):
    """The requests of one measure; :attr:`written` after an answer was recorded."""

    written = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure_id: str | None = None
        self.setObjectName("closeRequestsBox")
        self.setTitle(self.tr("销号申请"))
        self.requestList = QTreeWidget(self)
        self.requestList.setObjectName("requestList")
        self.requestList.setAccessibleName(self.tr("销号申请"))
        self.requestList.setRootIsDecorated(False)
        self.requestList.setMaximumHeight(self.requestList.fontMetrics().height() * 8)  # a few requests at most
        self.requestList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requestList.setHeaderLabels(
            [self.tr("申请日期"), self.tr("申请人"), self.tr("状态"), self.tr("佐证材料或说明"), self.tr("审核意见")]
        )
        self.acceptButton = QPushButton(self.tr("同意销号"), self)
        self.acceptButton.setObjectName("acceptRequestButton")
        self.acceptButton.setAccessibleName(self.tr("同意销号"))
        self.returnButton = QPushButton(self.tr("退回…"), self)
        self.returnButton.setObjectName("returnRequestButton")
        self.returnButton.setAccessibleName(self.tr("退回销号申请"))
        self.requestButton = QPushButton(self.tr("申请销号…"), self)
        self.requestButton.setObjectName("requestCloseButton")
        self.requestButton.setAccessibleName(self.tr("申请销号"))
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("requestError")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.errorLabel.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acceptButton)
        buttons.addWidget(self.returnButton)
        buttons.addWidget(self.requestButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.requestList)
        layout.addLayout(buttons)
        layout.addWidget(self.errorLabel)
        self.acceptButton.clicked.connect(self._accept)
        self.returnButton.clicked.connect(self._return)
        self.requestButton.clicked.connect(self._request)
        self.requestList.currentItemChanged.connect(lambda *_: self._enable())
        self.setVisible(False)

    def show_for(self, measure_id: str) -> None:
        """List the measure's requests; the box is hidden when there is none."""
        self.measure_id = measure_id
        self.errorLabel.setVisible(False)
        found = close_requests(self.ctx.store, measure_id)
        self.requestList.clear()
        for r in found:
            basis = self.tr("佐证材料 {0} 份：{1}").format(len(r.files), "、".join(r.files)) if r.files else r.reason
            item = QTreeWidgetItem(
                [zh_date(r.requested_on), r.requested_by, labels.request_state_text(r.state), basis, r.comment]
            )
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(3, basis)
            item.setToolTip(4, r.comment)
            self.requestList.addTopLevelItem(item)
        pending = [i for i, r in enumerate(found) if r.state == PENDING]
        first = self.requestList.topLevelItem(pending[0]) if pending else None
        if first is not None:
            self.requestList.setCurrentItem(first)
        office = role(self.ctx.store) == OFFICE
        measure = self.ctx.store.get("ledger_measures", measure_id)
        can_ask = not office and measure is not None and measure["status"] != MeasureStatus.DONE.value
        self.acceptButton.setVisible(office)
        self.returnButton.setVisible(office)
        self.requestButton.setVisible(can_ask)
        self._enable()
        self.setVisible(bool(found) or can_ask)  # a member's laptop may ask to close an open measure

    def _chosen(self) -> CloseRequest | None:
        item = self.requestList.currentItem()
        if item is None or self.measure_id is None:
            return None
        wanted = item.data(0, ID_ROLE)
        return next((r for r in close_requests(self.ctx.store, self.measure_id) if r.id == wanted), None)

    def _enable(self) -> None:
        chosen = self._chosen()
        can = chosen is not None and chosen.state == PENDING
        self.acceptButton.setEnabled(can)
        self.returnButton.setEnabled(can)

    def _refused(self, e: InputError) -> None:
        self.errorLabel.setText(error_text(e))
        self.errorLabel.setVisible(True)

    def _accept(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            with self.ctx.write() as store:
                accept_request(store, chosen.id, dt.date.today(), accepted_by=installation_name(store))
        except InputError as e:
            self._refused(e)
            return
        self._written()

    def _return(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return

        def give_back(comment: str) -> None:
            try:
                with self.ctx.write() as store:
                    return_request(store, chosen.id, comment, dt.date.today())
            except InputError as e:
                self._refused(e)
                return
            self._written()

        ask_reason(self, self.tr("退回销号申请"), self.tr("请写明退回的意见（还缺什么）："), give_back)

    def _request(self) -> None:
        """申请销号… on a member's laptop: a written reason, evidence files, or both. The dialog stays
        open until the request is recorded, so that a refusal keeps what was written and chosen."""
        from hdrectify.ui.request_close_dialog import RequestCloseDialog

        measure_id = self.measure_id
        if measure_id is None:
            return
        dialog = RequestCloseDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._ask(measure_id, dialog))
        dialog.open()

    def _ask(self, measure_id: str, dialog: RequestCloseDialog) -> None:
        """Copy the files off the UI thread (checked, synced, hashed), then record the request in one write."""
        reason, paths = dialog.reason, list(dialog.paths)
        try:
            self.ctx.check_writable()  # before copying anything
        except InputError as e:
            dialog.refuse(e)
            return
        db_path = self.ctx.path

        def work(progress: Progress) -> list[StagedFile]:
            staged: list[StagedFile] = []
            try:
                for n, path in enumerate(paths):
                    staged.append(stage_evidence(db_path, path))
                    if not progress(n + 1, len(paths)):
                        break
            except BaseException:
                for file in staged:
                    file.discard()
                raise
            return staged

        def record(staged: list[StagedFile]) -> None:
            try:
                with self.ctx.write() as store:
                    request_close(store, measure_id, dt.date.today(), reason, staged)
            except InputError as e:
                dialog.refuse(e)
                return
            finally:
                for file in staged:
                    file.discard()
            dialog.accept()
            self._written()

        def discard(staged: list[StagedFile]) -> None:
            for file in staged:
                file.discard()
            dialog.setEnabled(True)

        if not paths:
            record([])
            return
        dialog.setEnabled(False)  # while the files are copied
        self.task: Task = run_with_progress(
            dialog, self.tr("正在复制佐证材料…"), work, record, dialog.failed, on_cancelled=discard
        )

    def _written(self) -> None:
        self.ctx.notify(LEDGER)
        self.written.emit()
