"""整改台账: the page of one measure — its fields, progress notes, evidence, 销号, 延期 and reopening.

The page edits a measure's owners, deadline and status (保存, Ctrl+S), lists its dated
progress notes, and closes (销号 with 验收), extends (延期) or reopens it. A deadline once set moves only
by 延期, and a closed measure's status, progress and evidence are locked (disabled, saying why) until it
is reopened; its 责任 fields stay editable. Its evidence files are
:class:`~hdrectify.ui.evidence_list.EvidenceList`'s, its 销号申请
:class:`~hdrectify.ui.close_requests_box.CloseRequestsBox`'s. :class:`MeasurePanel` works on the
widgets of the ledger screen's form (forms/ledger.ui), which it shares with the tree; the
screen (:mod:`hdrectify.ui.ledger`) tells it which measure to show and reads the ledger again when it says it wrote.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTreeWidgetItem, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.store.acceptance import original_deadline
from hdrectify.store.base import Row
from hdrectify.store.ledger import measure_detail, reopen_measure, update_measure
from hdrectify.store.ledger_edit import is_notice_row
from hdrectify.store.roles import is_office, office_only_error, own_visit_problem
from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
from hdrectify.ui.close_requests_box import CloseRequestsBox
from hdrectify.ui.context import LEDGER, AppContext, Changes
from hdrectify.ui.evidence_list import EvidenceList
from hdrectify.ui.extend_measure_dialog import ExtendMeasureDialog
from hdrectify.ui.form_support import FieldErrors, ask_reason, from_qdate, to_qdate, zh_date
from hdrectify.ui.forms.ui_ledger import Ui_LedgerPage
from hdrectify.ui.i18n import error_text
from hdrectify.ui.models.ledger_model import problem_title, status_icon, status_label
from hdrectify.ui.progress_dialog import ProgressDialog
from hdrectify.ui.worker import Task

# A new deadline starts a month out: the usual time given for a rectification step.
DEFAULT_DEADLINE_DAYS = 30
_FIELD_WIDGETS = {"text": "textEdit", "leader": "leaderEdit", "unit": "unitEdit", "person": "personEdit"}
_FIELD_WIDGETS |= {"deadline": "deadlineEdit", "status": "statusCombo"}
_EDITABLE_STATUSES = (MeasureStatus.OPEN, MeasureStatus.IN_PROGRESS, MeasureStatus.DONE)


def source_text(detail: Row) -> str:
    """Where a problem came from, as its page and its measures' pages say it (``detail`` of either)."""

    problem = detail["problem"]
    if problem["source"] == Source.VISIT.value:
        visit_day = detail["contact"]["date"] if detail["contact"] else problem["found_on"]
        centre = (
            detail["centre"]["name"] if detail["centre"] else QCoreApplication.translate("LedgerPage", "（未记中心）")
        )
        by = (
            QCoreApplication.translate("LedgerPage", "，{0}到岗发现").format(detail["member"])
            if detail["member"]
            else ""
        )
        return QCoreApplication.translate("LedgerPage", "来源：走访发现 — {0}，{1}{2}").format(
            centre, zh_date(visit_day), by
        )
    area = detail["area"]["title"] if detail["area"] else ""
    return QCoreApplication.translate("LedgerPage", "来源：巡察反馈（{0}反馈）— {1}").format(
        zh_date(problem["found_on"]), area
    )


class MeasurePanel(QObject):
    """The measure's page of the ledger screen ``page``, on that screen's form ``ui``.

    :attr:`measure_id` is the measure shown (None while the screen shows something else)
    and :attr:`dirty` says whether its fields hold unsaved edits.
    """

    changed = Signal()  # the ledger was written: the screen reads it again
    attached = Signal(int)  # files attached (copied in the background, then recorded): how many

    def __init__(self, ctx: AppContext, ui: Ui_LedgerPage, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.ui = ui
        self.page = page
        self.errors = FieldErrors(ui, ui.formError)
        self.measure_id: str | None = None
        self.dirty = False
        self._filling = False
        self.evidence = EvidenceList(ctx, ui, page)
        self.evidence.attached.connect(self.attached)
        self.evidence.written.connect(self._written)
        self.requests = CloseRequestsBox(ctx, ui.measureContent)
        # under 销号, above the progress notes and evidence (the two that stretch): seen without scrolling
        ui.measureLayout.insertWidget(ui.measureLayout.count() - 2, self.requests)
        self.requests.written.connect(self.changed)
        self._setup()

    def retranslate(self) -> None:
        """A language switch: the statuses' names, which the form's own retranslation leaves as they were."""
        for i, status in enumerate(_EDITABLE_STATUSES):
            self.ui.statusCombo.setItemText(i, status_label(status))

    def _setup(self) -> None:
        ui = self.ui
        for status in _EDITABLE_STATUSES:
            ui.statusCombo.addItem(status_icon(status), status_label(status), status.value)
        # 已完成 only through 销号: the item is there to be shown, not chosen.
        statuses = ui.statusCombo.model()
        assert isinstance(statuses, QStandardItemModel)  # a QComboBox's own model
        done_item = statuses.item(2)
        done_item.setEnabled(False)
        # never narrower than their text: a long 销号 note beside them used to cut 已完成 to 已完
        for field in (ui.statusCombo, ui.deadlineEdit):
            field.setSizePolicy(QSizePolicy.Policy.Minimum, field.sizePolicy().verticalPolicy())
        for edit in (ui.leaderEdit, ui.unitEdit, ui.personEdit):
            edit.setMaxLength(100)
            edit.setAcceptDrops(False)  # a dropped file is evidence, not text for the field
            edit.textEdited.connect(self._mark_dirty)
        ui.textEdit.setAcceptDrops(False)
        ui.textEdit.textChanged.connect(self._mark_dirty)
        ui.deadlineEdit.dateChanged.connect(self._mark_dirty)
        ui.noDeadlineCheck.toggled.connect(self._on_no_deadline)
        ui.statusCombo.currentIndexChanged.connect(self._mark_dirty)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self._close_measure)
        ui.reopenButton.clicked.connect(self._reopen_measure)
        ui.extendButton.clicked.connect(self._extend_measure)
        ui.addProgressButton.clicked.connect(self._add_progress)
        ui.progressList.header().setStretchLastSection(False)
        ui.progressList.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for label in (ui.problemLabel, ui.measureHeading):
            label.setStyleSheet("font-weight: bold;")
        ui.savedLabel.setVisible(False)

    # -- showing a measure ------------------------------------------------------
    def show(self, measure_id: str, keep_edits: bool = False) -> None:
        """Show a measure (raises InputError if it is gone); ``keep_edits`` leaves the fields as typed."""
        detail = measure_detail(self.ctx.store, measure_id)
        m, problem = detail["measure"], detail["problem"]
        status = MeasureStatus(m["status"])
        ui = self.ui
        if not keep_edits:
            self.errors.clear()
            self._filling = True
            ui.textEdit.setPlainText(m["text"])
            ui.leaderEdit.setText(m["leader"])
            ui.unitEdit.setText(m["unit"])
            ui.personEdit.setText(m["person"])
            has_deadline = m["deadline"] is not None
            default = dt.date.today() + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)
            ui.deadlineEdit.setDate(to_qdate(dt.date.fromisoformat(m["deadline"]) if has_deadline else default))
            ui.noDeadlineCheck.setChecked(not has_deadline)
            ui.deadlineEdit.setEnabled(has_deadline)
            ui.statusCombo.setCurrentIndex(_EDITABLE_STATUSES.index(status))
            self._filling = False
            self.dirty = False
            if self.measure_id != measure_id:
                ui.savedLabel.setVisible(False)
        seed_text = is_notice_row("ledger_measures", m, problem["no"])
        owners = self._owners_free(m)
        ui.textEdit.setReadOnly(seed_text or not owners)
        why_text = (
            self.tr("通报原文，不能修改") if seed_text else "" if owners else error_text(office_only_error("measure"))
        )
        ui.textEdit.setToolTip(why_text)
        ui.textEdit.setStyleSheet("QPlainTextEdit { background: palette(window); }" if why_text else "")
        ui.problemLabel.setText(problem_title(problem))
        ui.sourceLabel.setText(source_text(detail))
        ui.measureHeading.setText(self.tr("整改措施 {0}").format(m["no"]))
        closed = status is MeasureStatus.DONE
        if closed:
            reason = m["close_reason"] or self.tr("（附佐证材料）")
            text = self.tr("已于{0}销号：{1}").format(zh_date(m["closed_at"]), reason)
            if m["accepted_by"]:
                text += "\n" + self.tr("验收人：{0}").format(m["accepted_by"])
            if m["accepted_opinion"]:
                text += "\n" + self.tr("验收意见：{0}").format(m["accepted_opinion"])
            ui.closedLabel.setText(text)
        else:
            ui.closedLabel.setText("")
        self._lock(closed, m["deadline"] is not None)
        self._office_lock(owners)
        first = original_deadline(self.ctx.store, m)
        moved = first is not None and first != m["deadline"]
        ui.originalDeadlineLabel.setText(self.tr("原定{0}").format(zh_date(first)) if moved else "")
        ui.originalDeadlineLabel.setVisible(moved)
        ui.closeButton.setVisible(not closed)
        ui.extendButton.setVisible(not closed and m["deadline"] is not None)
        ui.reopenButton.setVisible(closed)
        self._fill_progress(detail["progress"])
        self.evidence.show(measure_id, detail["evidence"])
        self.requests.show_for(measure_id)
        ui.detailStack.setCurrentWidget(ui.measurePage)
        self.measure_id = measure_id

    def _lock(self, closed: bool, has_deadline: bool) -> None:
        """Disable what a closed measure or a set deadline keeps, each saying why in its tooltip."""
        ui = self.ui
        why_closed = self.tr("已销号的措施已锁定：请先“重新打开…”再修改状态、进展或佐证材料") if closed else ""
        ui.statusCombo.setEnabled(not closed)
        ui.statusCombo.setToolTip(why_closed)
        ui.addProgressButton.setEnabled(not closed)
        ui.addProgressButton.setToolTip(why_closed)
        ui.addEvidenceButton.setEnabled(not closed)
        ui.addEvidenceButton.setToolTip(why_closed)
        self.evidence.locked = closed
        ui.removeEvidenceButton.setToolTip(why_closed)
        why_set = self.tr("整改时限已确定，只能通过“延期…”变更（写明原因和批准人）") if has_deadline else ""
        ui.noDeadlineCheck.setEnabled(not has_deadline)
        ui.noDeadlineCheck.setToolTip(why_set)
        if has_deadline:
            ui.deadlineEdit.setEnabled(False)
        ui.deadlineEdit.setToolTip(why_set)

    def _owners_free(self, measure: Row) -> bool:
        """Whether this computer may change the measure's text, owners and deadline: the office, or the
        laptop that found its visit problem (store/roles.py refuses the rest)."""
        store = self.ctx.store
        return is_office(store) or own_visit_problem(store, measure["problem_id"], store.installation_id())

    def _office_lock(self, owners: bool) -> None:
        """On a member's laptop, disable (not hide) what only the office may do, each saying why and
        what to do instead; the office keeps every act."""
        ui = self.ui
        office = is_office(self.ctx.store)
        for button, what in ((ui.closeButton, "close"), (ui.reopenButton, "reopen"), (ui.extendButton, "extend")):
            button.setEnabled(office)
            button.setToolTip("" if office else error_text(office_only_error(what)))
        why_owners = "" if owners else error_text(office_only_error("measure"))
        for edit in (ui.leaderEdit, ui.unitEdit, ui.personEdit):
            edit.setReadOnly(not owners)
            edit.setToolTip(why_owners)
        if not owners:
            why_deadline = error_text(office_only_error("deadline"))
            for widget in (ui.deadlineEdit, ui.noDeadlineCheck):
                widget.setEnabled(False)
                widget.setToolTip(why_deadline)

    def leave(self) -> None:
        """The screen shows something else now: no measure, nothing unsaved."""
        self.measure_id = None
        self.evidence.measure_id = None
        self.dirty = False

    def _fill_progress(self, notes: list[Row]) -> None:
        lst = self.ui.progressList
        lst.clear()
        for note in notes:
            item = QTreeWidgetItem([zh_date(note["date"]), note["text"], note["author"]])
            item.setToolTip(1, note["text"])
            lst.addTopLevelItem(item)
        lst.resizeColumnToContents(0)
        if notes:
            lst.scrollToBottom()

    # -- editing a measure ------------------------------------------------------
    def _mark_dirty(self) -> None:
        if not self._filling:
            self.dirty = True
            self.ui.savedLabel.setVisible(False)

    def _on_no_deadline(self, checked: bool) -> None:
        self.ui.deadlineEdit.setEnabled(not checked)
        self._mark_dirty()

    def save(self, defer_refresh: bool = False) -> bool:
        """保存 the measure's fields; False (with the reason next to the field) if refused."""
        measure_id = self.measure_id
        if measure_id is None:
            return True
        ui = self.ui
        self.errors.clear()
        deadline = None if ui.noDeadlineCheck.isChecked() else from_qdate(ui.deadlineEdit.date())
        try:
            with self.ctx.write() as store:
                update_measure(
                    store,
                    measure_id,
                    text=ui.textEdit.toPlainText() if not ui.textEdit.isReadOnly() else None,
                    leader=ui.leaderEdit.text(),
                    unit=ui.unitEdit.text(),
                    person=ui.personEdit.text(),
                    deadline=deadline,
                    status=ui.statusCombo.currentData(),
                )
        except InputError as e:
            self.errors.show_error(e, _FIELD_WIDGETS)
            return False
        self.dirty = False
        ui.savedLabel.setText(self.tr("已保存"))
        ui.savedLabel.setVisible(True)
        if defer_refresh:
            # Called while the tree is changing its current row: reset the model once that is over.
            QTimer.singleShot(0, self._written)
        else:
            self._written()
        return True

    def _written(self, what: Changes = LEDGER) -> None:
        self.ctx.notify(what)
        self.changed.emit()

    def _close_measure(self) -> None:
        self._act(CloseMeasureDialog)

    def _extend_measure(self) -> None:
        self._act(ExtendMeasureDialog)

    def _act(self, kind: type[CloseMeasureDialog | ExtendMeasureDialog]) -> None:
        """销号 or 延期 in its dialog, after the measure's unsaved edits are saved."""
        measure_id = self.measure_id
        if measure_id is None or (self.dirty and not self.save()):
            return
        dialog = kind(self.ctx, measure_id, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.written.connect(self.changed)
        dialog.open()

    def _add_progress(self) -> None:
        measure_id = self.measure_id
        if measure_id is None or (self.dirty and not self.save()):
            return
        dialog = ProgressDialog(self.ctx, measure_id, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self.changed)
        dialog.open()

    def _reopen_measure(self) -> None:
        measure_id = self.measure_id
        if measure_id is None:
            return

        def reopen(reason: str) -> None:
            try:
                with self.ctx.write() as store:
                    reopen_measure(store, measure_id, dt.date.today(), reason)
            except InputError as e:
                self.errors.show("statusCombo", error_text(e))
                return
            self._written()

        ask_reason(self.page, self.tr("重新打开"), self.tr("为什么要重新打开这项已销号的措施？"), reopen)

    # -- evidence: its list does the work ----------------------------------------
    def attach_files(self, paths: list[Path]) -> Task | None:
        """Add files as evidence of the measure shown, in the background; :attr:`attached` says how many."""
        return self.evidence.attach_files(paths)

    def open_evidence(self, evidence_id: str) -> bool:
        """Open an evidence file with the system viewer (a read-only copy)."""
        return self.evidence.open_evidence(evidence_id)
