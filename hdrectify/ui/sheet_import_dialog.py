"""文件 → 从Excel导入… and 文件 → 下载导入模板…: what an office keeps in spreadsheets gets in, checked first.

The dialog reads the chosen workbook (or CSV file) and plans it (:mod:`hdrectify.exchange.sheet_import`)
in the background on its own database connection, with a progress bar and 取消 for big files. One
tab per sheet shows what the sheet is read as (a kind, or 不导入), what each column was matched to
(a combo per column: that kind's fields and 不导入; changing one plans again), and every row: ✓ 新增 /
＝ 已有 / ✕ 不能导入 in a text column and a colour, the refusal's reason beside it. 导入 writes when
every row is good; 只导入无误的行 (asked first, with the counts) leaves the refused rows out. Both
write in one transaction; the pages refresh through the change notice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hdrectify.exchange.sheet_import import (
    Kind,
    Mapping,
    Outcome,
    Plan,
    Workbook,
    apply,
    default_mapping,
    plan,
    read_workbook,
)
from hdrectify.store.base import Store
from hdrectify.ui.context import AppContext, Changes
from hdrectify.ui.forms.ui_sheet_import_dialog import Ui_SheetImportDialog
from hdrectify.ui.save_check import confirm_output
from hdrectify.ui.save_places import remember_folder, start_folder
from hdrectify.ui.sheet_import_pane import SheetPane, kind_label
from hdrectify.ui.worker import Progress, Task, failure_text, run_with_progress

_KIND = "import"  # the folder last read from / the template last saved to (save_places)
TEMPLATE_NAME = "hdrectify导入模板.xlsx"
IMPORTED = Changes(records=True, pairings=True, people=True, ledger=True)  # visits' problems join the ledger
QUESTION = "importGoodOnlyQuestion"  # the 只导入无误的行 question, by object name
TEMPLATE_REFUSED = "templateRefused"  # the template could not be written there: why


class _Cancelled(Exception):
    """The user pressed 取消: the work stops where it is (a plan's trial writes are rolled back)."""


def _checked(progress: Progress) -> Callable[[int, int], None]:
    """The core's ``progress(done, total)``, raising :class:`_Cancelled` once the user cancelled."""

    def report(done: int, total: int) -> None:
        if not progress(done, total):
            raise _Cancelled

    return report


@dataclass
class _Read:
    workbook: Workbook
    plan: Plan | None
    error: str = ""  # the plan's refusal (e.g. no sheet left to import), shown beside the tabs


class SheetImportDialog(QDialog):
    """文件 → 从Excel导入…: a preview per sheet, then 导入; emits :attr:`imported` with the plan as written."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SheetImportDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.workbook: Workbook | None = None
        self.plan: Plan | None = None
        self.outcome: Plan | None = None
        self.panes: list[SheetPane] = []
        self.question: QMessageBox | None = None
        box = self.ui.buttonBox
        self.import_button: QPushButton = box.addButton(self.tr("导入(&I)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.good_only_button: QPushButton = box.addButton(
            self.tr("只导入无误的行(&G)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.good_only_button.setObjectName("goodOnlyButton")
        self.import_button.setEnabled(False)
        self.good_only_button.setEnabled(False)
        self.good_only_button.hide()
        self.import_button.clicked.connect(lambda: self.import_(only_good=False))
        self.good_only_button.clicked.connect(self.ask_good_only)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.sheetTabs.hide()
        if ctx.read_only:
            self.ui.browseButton.setEnabled(False)
            self.ui.formError.setText(self.tr("数据库以只读方式打开，不能导入"))
        elif path:
            self.load(path)
        self.ui.browseButton.setFocus()

    # -- choosing and reading -----------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("从Excel导入"),
            str(start_folder(_KIND)),
            self.tr("Excel 工作簿或 CSV 文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read ``path`` and show what importing it would do (nothing is written)."""
        self.ui.pathEdit.setText(path)
        self.ui.formError.clear()
        self._clear()
        db, actor = self.ctx.path, self.ctx.store.actor

        def work(progress: Progress) -> _Read:
            report = _checked(progress)
            workbook = read_workbook(Path(path), report)
            with Store.open(db, actor=actor) as store:
                try:
                    return _Read(workbook, plan(store, workbook, default_mapping(workbook), report))
                except _Cancelled:
                    raise
                except Exception as e:  # the workbook is shown all the same, so its mapping can be chosen
                    from hdrectify.domain.errors import InputError

                    if not isinstance(e, InputError):
                        raise
                    return _Read(workbook, None, failure_text(e))

        self._run(self.tr("正在读取并检查“{0}”…").format(Path(path).name), work, self._loaded)

    def replan(self) -> None:
        """Check the rows again with the mapping now chosen."""
        workbook = self.workbook
        if workbook is None:
            return
        mapping: Mapping = {pane.sheet.name: pane.mapping for pane in self.panes}
        db, actor = self.ctx.path, self.ctx.store.actor
        self.ui.formError.clear()

        def work(progress: Progress) -> _Read:
            with Store.open(db, actor=actor) as store:
                try:
                    return _Read(workbook, plan(store, workbook, mapping, _checked(progress)))
                except _Cancelled:
                    raise
                except Exception as e:
                    from hdrectify.domain.errors import InputError

                    if not isinstance(e, InputError):
                        raise
                    return _Read(workbook, None, failure_text(e))

        self._run(self.tr("正在检查…"), work, self._planned)

    def _run(self, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        def guarded(progress: Progress) -> Any:
            try:
                return work(progress)
            except _Cancelled:
                return None

        self._busy(True)
        self.task = run_with_progress(self, label, guarded, done, self._failed, on_cancelled=self._cancelled)

    def _busy(self, busy: bool) -> None:
        self.ui.browseButton.setEnabled(not busy and not self.ctx.read_only)
        self.ui.sheetTabs.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            self.good_only_button.setEnabled(False)

    def _clear(self) -> None:
        self.workbook = None
        self.plan = None
        self.panes = []
        tabs = self.ui.sheetTabs
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        tabs.hide()
        self._update_buttons()

    def _loaded(self, result: _Read | None) -> None:
        self._busy(False)
        if result is None:
            self._cancelled(None)
            return
        self.workbook = result.workbook
        mapping = default_mapping(result.workbook)
        for sheet in result.workbook.sheets:
            pane = SheetPane(sheet, mapping[sheet.name])
            pane.mapping_changed.connect(self.replan)
            self.panes.append(pane)
            self.ui.sheetTabs.addTab(pane, sheet.name)
        self.ui.sheetTabs.setVisible(bool(self.panes))
        remember_folder(_KIND, Path(self.ui.pathEdit.text()), overall=False)  # a file read, not saved
        self._planned(result)
        # the first sheet that will be imported is shown first
        for n, pane in enumerate(self.panes):
            if pane.mapping.kind is not None:
                self.ui.sheetTabs.setCurrentIndex(n)
                break

    def _planned(self, result: _Read | None) -> None:
        self._busy(False)
        if result is None:
            self._cancelled(None)
            return
        self.plan = result.plan
        by_name = {s.name: s for s in result.plan.sheets} if result.plan is not None else {}
        for n, pane in enumerate(self.panes):
            planned = by_name.get(pane.sheet.name)
            pane.show_plan(planned)
            refused = planned.count(Outcome.REFUSED) if planned is not None else 0
            title = (
                pane.sheet.name if not refused else self.tr("{0}（{1} 行不能导入）").format(pane.sheet.name, refused)
            )
            self.ui.sheetTabs.setTabText(n, title)
        self.ui.summaryLabel.setText(self.summary_text())
        if result.error:
            self.ui.formError.setText(result.error)
        elif self.plan is not None and self.plan.refused and not self._to_write():
            self.ui.formError.setText(self.tr("没有可以导入的行：请改正表中标 ✕ 的行，或在上面为各列选择对应的项目"))
        elif self.plan is not None and self.plan.refused:
            self.ui.formError.setText(
                self.tr("有 {0} 行不能导入（标 ✕，原因见“原因”一列）：改正后重新选择文件，或只导入无误的行").format(
                    len(self.plan.refused)
                )
            )
        elif self.plan is not None and not self._to_write():
            self.ui.formError.setText(self.tr("文件中的内容都已在数据库中，没有要新增的"))
        self._update_buttons()

    def _to_write(self) -> int:
        return sum(r.outcome is Outcome.ADD for r in self.plan.rows()) if self.plan is not None else 0

    def summary_text(self) -> str:
        if self.plan is None:
            return self.tr("文件：{0}").format(Path(self.ui.pathEdit.text()).name)
        parts = [
            self.tr("{0}：新增 {1}、已有 {2}、不能导入 {3}").format(
                kind_label(Kind(kind)), c["added"], c["present"], c["refused"]
            )
            for kind, c in self.plan.counts().items()
        ]
        if self.plan.skipped:
            parts.append(self.tr("不导入的工作表：{0}").format("、".join(self.plan.skipped)))
        return "；".join(parts)

    def _update_buttons(self) -> None:
        plan_ = self.plan
        writable = plan_ is not None and not self.ctx.read_only and self._to_write() > 0
        self.import_button.setEnabled(writable and plan_ is not None and plan_.ok)
        self.good_only_button.setVisible(plan_ is not None and not plan_.ok)
        self.good_only_button.setEnabled(writable and plan_ is not None and not plan_.ok)

    def _cancelled(self, _result: object) -> None:
        self._busy(False)
        self.ui.formError.setText(self.tr("已取消：数据未作改动"))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._busy(False)
        if self.workbook is None:
            self._clear()
        self.ui.formError.setText(message)
        self._update_buttons()

    # -- importing ----------------------------------------------------------
    def ask_good_only(self) -> QMessageBox | None:
        """只导入无误的行: say how many rows go in and how many are left out, and import if the user agrees."""
        if self.plan is None:
            return None
        added = self._to_write()
        present = sum(r.outcome is Outcome.PRESENT for r in self.plan.rows())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("只导入无误的行"),
            self.tr("将导入 {0} 行（另有 {1} 行已在数据库中），不导入 {2} 行有问题的行。要继续吗？").format(
                added, present, len(self.plan.refused)
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(QUESTION)
        go = box.addButton(self.tr("导入 {0} 行").format(added), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)

        def done(_result: int) -> None:
            self.question = None
            if box.clickedButton() is go:
                self.import_(only_good=True)

        box.finished.connect(done)
        box.open()
        self.question = box
        return box

    def import_(self, *, only_good: bool) -> None:
        planned = self.plan
        if planned is None or (planned.refused and not only_good):
            return
        try:
            self.ctx.check_writable()
        except Exception as e:
            self.ui.formError.setText(failure_text(e))
            return
        db, actor = self.ctx.path, self.ctx.store.actor

        def work(progress: Progress) -> Plan:
            with Store.open(db, actor=actor) as store:
                return apply(store, planned, only_good=only_good, progress=_checked(progress))

        self._run(self.tr("正在导入…"), work, self._imported)

    def _imported(self, result: Plan | None) -> None:
        self._busy(False)
        if result is None:
            self._cancelled(None)
            return
        self.outcome = result
        self.ctx.notify(IMPORTED)
        self.imported.emit(result)
        added = sum(c["added"] for c in result.counts().values())
        present = sum(c["present"] for c in result.counts().values())
        said = self.tr("已从“{0}”导入：新增 {1} 行，已有 {2} 行").format(result.path.name, added, present)
        if result.refused:
            said += self.tr("，未导入有问题的 {0} 行").format(len(result.refused))
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 30_000)
        self.accept()

    def reject(self) -> None:
        if self.task is not None and not self.task.finished.is_set():
            self.task.cancel()  # Esc or 关闭 while reading: the work stops, nothing is written
        super().reject()


def save_template(window: QWidget, ctx: AppContext) -> QMessageBox | None:
    """文件 → 下载导入模板…: choose where, then write the template (the paths the app keeps are refused)."""
    start = start_folder(_KIND) / TEMPLATE_NAME
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("SheetImport", "下载导入模板"),
        str(start),
        QCoreApplication.translate("SheetImport", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return None
    confirmed = path.lower().endswith(".xlsx")  # the save dialog has asked before choosing an existing file
    out = Path(path if confirmed else path + ".xlsx")

    def write() -> None:
        from hdrectify.domain.errors import InputError
        from hdrectify.exchange.sheet_import.template import make_template

        try:
            written = make_template(out, ctx.path, force=True)
        except InputError as e:
            refuse(failure_text(e))
            return
        remember_folder(_KIND, written)
        message = QCoreApplication.translate("SheetImport", "已保存导入模板：{0}").format(written)
        announce = getattr(window, "announce_saved", None)
        if announce is not None:
            announce(written, message)

    def refuse(message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("SheetImport", "下载导入模板"), message, parent=window
        )
        box.setObjectName(TEMPLATE_REFUSED)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return confirm_output(window, out, ctx.path, confirmed=confirmed, proceed=write, refuse=refuse)
