"""整改台账: the dialogs that add, edit and remove inspections, areas, problems and measures.

:class:`LedgerItemDialog` shows the fields of one kind of row (the others are hidden) and
writes it itself; :class:`LedgerRemoveDialog` asks for the required reason and, when the
row has progress notes or evidence, whether those go too. Both emit :attr:`saved` with
``(kind, id)`` of what they wrote, and are shown with ``open()``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import Source
from hdrectify.store.ledger import update_measure
from hdrectify.store.ledger_edit import (
    add_area,
    add_inspection,
    add_measure,
    add_problem,
    edit_area,
    edit_problem,
    find_source,
    remove_area,
    remove_measure,
    remove_problem,
)
from hdrectify.store.roles import is_office, office_only_error
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, setup_date, to_qdate
from hdrectify.ui.forms.ui_ledger_item_dialog import Ui_LedgerItemDialog
from hdrectify.ui.forms.ui_ledger_remove_dialog import Ui_LedgerRemoveDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.models.ledger_model import AREA, MEASURE, PROBLEM, problem_title

INSPECTION = "inspection"
DEFAULT_DEADLINE_DAYS = 30
# which rows of the form each kind shows
_ROWS = {
    INSPECTION: ("title", "issuer", "noticeDate"),
    AREA: ("title",),
    PROBLEM: ("title", "source"),
    MEASURE: ("title", "leader", "unit", "person", "deadline"),
}
_ALL_ROWS = ("title", "source", "issuer", "noticeDate", "leader", "unit", "person", "deadline")
_FIELDS = {"title": "titleEdit", "text": "titleEdit", "source": "sourceCombo", "leader": "leaderEdit"}
_FIELDS |= {"unit": "unitEdit", "person": "personEdit", "deadline": "deadlineEdit"}


class LedgerItemDialog(QDialog):
    """Add a row of ``kind`` under ``parent_id`` (an area's problem, a problem's measure), or edit ``row_id``."""

    saved = Signal(str, str)  # kind, id

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        *,
        parent_id: str | None = None,
        row_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.parent_id, self.row_id = ctx, kind, parent_id, row_id
        self.ui = ui = Ui_LedgerItemDialog()
        ui.setupUi(self)
        for name in _ALL_ROWS:
            shown = name in _ROWS[kind]
            for suffix in ("Edit", "Combo", "EditLabel", "ComboLabel"):
                widget = getattr(ui, name + suffix, None)
                if widget is not None:
                    widget.setVisible(shown)
        ui.noDeadlineCheck.setVisible(kind == MEASURE)
        ui.sourceCombo.addItem(self.tr("巡察反馈"), Source.INSPECTION.value)
        ui.sourceCombo.addItem(self.tr("走访发现"), Source.VISIT.value)
        today = dt.date.today()
        setup_date(ui.noticeDateEdit, today)
        setup_date(ui.deadlineEdit, today + dt.timedelta(days=DEFAULT_DEADLINE_DAYS))
        ui.noDeadlineCheck.toggled.connect(lambda on: ui.deadlineEdit.setEnabled(not on))
        self.errors = FieldErrors(ui, ui.formError)
        self._label_and_fill()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        # the title is several lines, so Enter makes a new line there; Ctrl+Enter saves from anywhere
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        ui.titleEdit.setFocus()

    def _label_and_fill(self) -> None:
        ui, store = self.ui, self.ctx.store
        labels = {
            INSPECTION: (self.tr("通报标题(&T)："), self.tr("添加巡察"), self.tr("修改巡察")),
            AREA: (self.tr("方面标题(&T)："), self.tr("添加方面"), self.tr("修改方面")),
            PROBLEM: (self.tr("问题描述(&T)："), self.tr("添加问题"), self.tr("修改问题")),
            MEASURE: (self.tr("整改措施(&T)："), self.tr("添加整改措施"), self.tr("修改整改措施")),
        }[self.kind]
        ui.titleEditLabel.setText(labels[0])
        ui.titleEdit.setAccessibleName(labels[0].split("(")[0])
        self.setWindowTitle(labels[2] if self.row_id else labels[1])
        if self.kind == PROBLEM and self.parent_id:
            area = store.get("ledger_areas", self.parent_id) or {}
            ui.contextLabel.setText(self.tr("方面：{0}").format(area.get("title", "")))
        elif self.kind == MEASURE and self.parent_id:
            problem = store.get("ledger_problems", self.parent_id) or {}
            ui.contextLabel.setText(problem_title({"no": problem.get("no"), "title": problem.get("title", "")}))
        ui.contextLabel.setVisible(bool(ui.contextLabel.text()))
        if self.row_id is None:
            ui.noDeadlineCheck.setChecked(True)
            if self.kind == PROBLEM and not is_office(store):  # a laptop adds only what its visits found
                ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(Source.VISIT.value))
                ui.sourceCombo.setEnabled(False)
                ui.sourceCombo.setToolTip(error_text(office_only_error("ledger")))
            return
        table = {AREA: "ledger_areas", PROBLEM: "ledger_problems", MEASURE: "ledger_measures"}[self.kind]
        row = store.get(table, self.row_id) or {}
        ui.titleEdit.setPlainText(str(row.get("text" if self.kind == MEASURE else "title", "")))
        if self.kind == PROBLEM:
            ui.sourceCombo.setCurrentIndex(max(0, ui.sourceCombo.findData(row.get("source"))))
            ui.sourceCombo.setEnabled(False)  # where a problem came from does not change
        if self.kind == MEASURE:
            ui.leaderEdit.setText(row.get("leader", ""))
            ui.unitEdit.setText(row.get("unit", ""))
            ui.personEdit.setText(row.get("person", ""))
            if row.get("deadline"):
                ui.deadlineEdit.setDate(to_qdate(dt.date.fromisoformat(row["deadline"])))
            ui.noDeadlineCheck.setChecked(not row.get("deadline"))

    def _write(self) -> tuple[str, str]:
        ui = self.ui
        title = ui.titleEdit.toPlainText()
        deadline = None if ui.noDeadlineCheck.isChecked() else from_qdate(ui.deadlineEdit.date())
        with self.ctx.write() as store:
            if self.kind == INSPECTION:
                row = add_inspection(
                    store, title, issuer=ui.issuerEdit.text(), notice_on=from_qdate(ui.noticeDateEdit.date())
                )
            elif self.kind == AREA and self.row_id:
                row = edit_area(store, self.row_id, title)
            elif self.kind == AREA:
                source = find_source(store, None)
                row = add_area(store, title, source["id"] if source else None)
            elif self.kind == PROBLEM and self.row_id:
                row = edit_problem(store, self.row_id, title=title)
            elif self.kind == PROBLEM:
                assert self.parent_id is not None
                row = add_problem(store, self.parent_id, title, source=ui.sourceCombo.currentData())
            elif self.row_id:
                row = update_measure(
                    store,
                    self.row_id,
                    text=title,
                    leader=ui.leaderEdit.text(),
                    unit=ui.unitEdit.text(),
                    person=ui.personEdit.text(),
                    deadline=deadline,
                )
            else:
                assert self.parent_id is not None
                row = add_measure(
                    store,
                    self.parent_id,
                    title,
                    leader=ui.leaderEdit.text(),
                    unit=ui.unitEdit.text(),
                    person=ui.personEdit.text(),
                    deadline=deadline,
                )
        return self.kind, str(row["id"])

    def save(self) -> None:
        self.errors.clear()
        try:
            kind, row_id = self._write()
        except InputError as e:
            self.errors.show_error(e, _FIELDS)
            return
        self.ctx.notify(LEDGER)
        self.saved.emit(kind, row_id)
        self.accept()


class LedgerRemoveDialog(QDialog):
    """Remove an area, problem or measure with a required reason (kept in the audit log)."""

    saved = Signal(str, str)  # kind, id of what was removed

    def __init__(self, ctx: AppContext, kind: str, row_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.row_id = ctx, kind, row_id
        self.ui = ui = Ui_LedgerRemoveDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("删除"))
        ui.whatLabel.setText(self.tr("删除：{0}").format(title))
        ui.withRecordsCheck.setVisible(kind != AREA)
        self.errors = FieldErrors(ui, ui.formError)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("删除"))
        ok.setEnabled(False)  # a reason is required
        ui.reasonEdit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ui.buttonBox.accepted.connect(self.save)
        ui.reasonEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        reason, everything = self.ui.reasonEdit.text(), self.ui.withRecordsCheck.isChecked()
        try:
            with self.ctx.write() as store:
                if self.kind == AREA:
                    remove_area(store, self.row_id, reason)
                elif self.kind == PROBLEM:
                    remove_problem(store, self.row_id, reason, with_records=everything)
                else:
                    remove_measure(store, self.row_id, reason, with_records=everything)
        except InputError as e:
            if e.field == "with_records":  # say what this dialog offers: its box, not the command line's flag
                box = self.ui.withRecordsCheck
                hint = self.tr("要一并删除，请勾选“{0}”。").format(box.accessibleName())
                self.errors.show(None, f"{error_text(e)}\n{hint}", focus=False)
                box.setFocus()
            else:
                self.errors.show("reason", error_text(e), focus=False)
            return
        self.ctx.notify(LEDGER)
        self.saved.emit(self.kind, self.row_id)
        self.accept()
