"""整改台账: what an inspection's notice declares (问题数, 具体问题数, 整改措施数), for the 整改情况报告.

The notice of the seed says "三大方面13个问题51个具体问题，制定了72条整改措施" while it itemises
17 problems and 66 measures; the report quotes the first as the notice's and counts the
second from the ledger. This dialog edits the first, one inspection at a time; a spin box
at its lowest reads 通报未说明 (the notice gives no such figure). It writes itself, emits
:attr:`saved` with ``("inspection", id)`` and is shown with ``open()``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.inspections import ledger_sources, listed_totals, set_declared_totals
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import FieldErrors
from hdrectify.ui.forms.ui_declared_totals_dialog import Ui_DeclaredTotalsDialog

# Which spin box shows a refusal about which of the notice's numbers.
_SPINS = {"declared_problems": "problemsSpin", "declared_specific": "specificSpin", "declared_measures": "measuresSpin"}

NOT_DECLARED = -1  # the spin boxes' lowest value, shown as 通报未说明


class DeclaredTotalsDialog(QDialog):
    """Edit the figures the notice of an inspection declares; the latest inspection is chosen first."""

    saved = Signal(str, str)  # "inspection", its id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_DeclaredTotalsDialog()
        ui.setupUi(self)
        self.spins: dict[str, QSpinBox] = {
            "declared_problems": ui.problemsSpin,
            "declared_specific": ui.specificSpin,
            "declared_measures": ui.measuresSpin,
        }
        self.errors = FieldErrors(ui, ui.formError)
        sources = ledger_sources(ctx.store)
        for row in sources:
            ui.sourceCombo.addItem(str(row["title"]), row["id"])
        ui.sourceCombo.currentIndexChanged.connect(self._fill)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setEnabled(bool(sources))
        ui.buttonBox.accepted.connect(self.save)
        if not sources:
            self.errors.show(None, self.tr("还没有巡察：请先导入通报或添加巡察"))
        self._fill()
        ui.problemsSpin.setFocus()

    @property
    def source_id(self) -> str | None:
        found = self.ui.sourceCombo.currentData()
        return None if found is None else str(found)

    def _fill(self) -> None:
        source = self.ctx.store.get("ledger_sources", self.source_id) if self.source_id else None
        for field, spin in self.spins.items():
            value = None if source is None else source.get(field)
            spin.setValue(NOT_DECLARED if value is None else int(value))
        problems, measures = listed_totals(self.ctx.store, self.source_id)
        self.ui.ledgerLabel.setText(
            self.tr("台账逐条列出：{0} 个问题、{1} 条整改措施（报告中另行说明）").format(problems, measures)
        )

    def save(self) -> None:
        self.errors.clear()
        source_id = self.source_id
        if source_id is None:
            return
        totals = {f: (None if s.value() == NOT_DECLARED else s.value()) for f, s in self.spins.items()}
        try:
            with self.ctx.write() as store:
                set_declared_totals(store, source_id, **totals)
        except InputError as e:
            self.errors.show_error(e, _SPINS)
            return
        self.ctx.notify(LEDGER)
        self.saved.emit("inspection", source_id)
        self.accept()
