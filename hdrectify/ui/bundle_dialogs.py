"""文件 → 导出交换包 / 导入交换包: bundles to and from other computers, made and merged off the UI thread.

The import dialog first runs the merge as a dry run and shows what would change (rows
per kind, conflicts, rows that break the rules, missing evidence); 导入 then merges for
real. Both run in the background on their own database connection.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from hdrectify.domain.errors import InputError
from hdrectify.exchange.export import ExportResult, export_bundle, installation_name
from hdrectify.exchange.history import changed_since, last_export
from hdrectify.exchange.merge import import_bundle
from hdrectify.exchange.records import BundleError
from hdrectify.exchange.result import MergeRefused, MergeResult
from hdrectify.exchange.rules import one_line
from hdrectify.store import people
from hdrectify.store.base import Store
from hdrectify.ui import labels
from hdrectify.ui.bundle_labels import identity_notes, sealing_text, table_label
from hdrectify.ui.context import EVERYTHING, AppContext
from hdrectify.ui.forms.ui_export_bundle_dialog import Ui_ExportBundleDialog
from hdrectify.ui.forms.ui_import_bundle_dialog import Ui_ImportBundleDialog
from hdrectify.ui.forms.ui_prepare_bundle_dialog import Ui_PrepareBundleDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.models.rows_model import Line, RowsModel
from hdrectify.ui.save_check import confirm_output
from hdrectify.ui.save_places import bundle_name, file_safe, remember_folder, start_folder
from hdrectify.ui.worker import Progress, Task, run_with_progress

SUFFIX = ".hdbundle"
_KIND = "exchange"  # the bundles' folder, remembered apart from the documents' (save_places)


def _folder() -> str:
    return str(start_folder(_KIND))


def _stamp(text: str) -> str:
    """When a bundle was made or taken, to the minute in this computer's time, as the window says a time
    (2026年3月5日 18:30, as the exchange history does)."""
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text[:16].replace("T", " ")
    return labels.timestamp_text(when.astimezone())


class _BundleWriter(QDialog):
    """What 导出交换包 and 为党员准备交换包 share: the path field checked (save_check), the bundle
    written in the background on the worker's own connection, the window told where it went.

    A subclass holds a form with ``pathEdit``, ``browseButton`` and ``formError``, and says in
    :meth:`options` what to pass to :func:`export_bundle` and in :meth:`saved_message` what to say.
    """

    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.outcome: ExportResult | None = None
        self.question: QMessageBox | None = None  # "replace the existing file?", while it is asked
        self._confirmed: str | None = None  # the path the save dialog asked about replacing

    def _setup(self, ui: Any) -> None:
        self.form = ui
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("导出"))
        ui.browseButton.clicked.connect(self._browse)
        ui.buttonBox.accepted.connect(self.export)

    def options(self) -> dict[str, Any]:
        raise NotImplementedError

    def saved_message(self, result: ExportResult) -> str:
        raise NotImplementedError

    def _browse(self) -> None:
        edit = self.form.pathEdit
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), edit.text(), self.tr("hdrectify 交换包 (*.hdbundle)")
        )
        if path:
            self._confirmed = path  # the save dialog asked before choosing an existing file
            edit.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def export(self) -> None:
        text = self.form.pathEdit.text().strip()
        if not text:
            self.form.formError.setText(self.tr("请填写交换包的文件名"))
            self.form.pathEdit.setFocus()
            return
        out = Path(text)

        def refuse(message: str) -> None:
            self.form.formError.setText(message)
            self.form.pathEdit.setFocus()

        self.form.formError.clear()
        self.question = confirm_output(
            self,
            out,
            self.ctx.path,
            confirmed=text == self._confirmed,
            proceed=lambda: self._export(out),
            refuse=refuse,
        )

    def _export(self, out: Path) -> None:
        self.ok.setEnabled(False)
        db, actor, options = self.ctx.path, self.ctx.store.actor, self.options()

        def work(progress: Progress) -> ExportResult:
            with Store.open(db, actor=actor) as store:
                try:
                    return export_bundle(store, out, progress=progress, force=True, **options)
                except InputError as e:  # the way out in the window: its box to tick, not the command's --all
                    if e.code == "exchange.export_nothing_new":
                        raise InputError("export_window.nothing_new", "whole") from None
                    if e.code == "exchange.export_nothing_new_since":
                        raise InputError("export_window.nothing_new_since", "whole", last=e.params["last"]) from None
                    raise

        self.task = run_with_progress(self, self.tr("正在导出交换包…"), work, self._done, self._failed)

    def _done(self, result: ExportResult) -> None:
        self.outcome = result
        remember_folder(_KIND, Path(result.path))
        self.exported.emit(str(result.path))
        window = self.parent()
        announce = getattr(window, "announce_saved", None)  # the main window's: with a link to the folder
        if announce is not None:
            announce(Path(result.path), self.saved_message(result))
        elif isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.saved_message(result), 30_000)
        self.accept()

    def _failed(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.form.formError.setText(message)


class ExportBundleDialog(_BundleWriter):
    """Emits :attr:`exported` with the bundle's path once it is written."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ExportBundleDialog()
        self.ui.setupUi(self)
        self._setup(self.ui)
        store = ctx.store
        name = installation_name(store)
        previous = last_export(store)
        pending = changed_since(store, previous[0] if previous else 0)
        if previous:
            self.ui.infoLabel.setText(
                self.tr("本机：{0}。上次导出：{1}；此后本机新增或改动了 {2} 条记录。").format(
                    name, _stamp(previous[1]), pending
                )
            )
        else:
            self.ui.infoLabel.setText(self.tr("本机：{0}。本机还没有导出过交换包，将导出本机的全部记录。").format(name))
        self.ui.pathEdit.setText(str(Path(_folder()) / bundle_name(name)))
        self.ui.encryptCheck.toggled.connect(self._say_sealing)
        self._say_sealing()

    def _say_sealing(self) -> None:
        """Whether (and to whom) the bundle will be encrypted; the box only where it can be."""
        text, can = sealing_text(self.ctx.store, chosen=self.ui.encryptCheck.isChecked())
        self.ui.encryptCheck.setVisible(can)
        self.ui.encryptionLabel.setText(text)

    def options(self) -> dict[str, Any]:
        return {"whole": self.ui.wholeCheck.isChecked(), "encrypt": self.ui.encryptCheck.isChecked()}

    def saved_message(self, result: ExportResult) -> str:
        said = self.tr("已导出交换包：{0}（{1} 条记录）").format(result.path, result.rows)
        if result.sealed_to is None:
            return said
        return said + self.tr("，已加密发给“{0}”").format(result.sealed_to.name)


class PrepareBundleDialog(_BundleWriter):
    """文件 → 为党员准备交换包…: the office chooses a member; the bundle that starts his laptop is written.

    The suggested name says for whom and when (交换包-为黄伟明准备-2026-11-25.hdbundle) and follows
    the member chosen, in the folder last chosen.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_PrepareBundleDialog()
        self.ui.setupUi(self)
        self._setup(self.ui)
        combo = self.ui.memberCombo
        members = people.members(ctx.store)
        for m in members:
            combo.addItem(str(m["name"]), m["id"])
        combo.currentIndexChanged.connect(self._suggest)
        if not members:
            self.ui.formError.setText(self.tr("还没有党员：请先在“中心与党员”中添加党员及其挂钩"))
            self.ok.setEnabled(False)
        else:
            self._suggest()
        combo.setFocus()

    def suggested_name(self) -> str:
        return f"交换包-为{file_safe(self.ui.memberCombo.currentText())}准备-{dt.date.today():%Y-%m-%d}{SUFFIX}"

    def _suggest(self) -> None:
        edit = self.ui.pathEdit
        folder = Path(edit.text()).parent if edit.text().strip() else Path(_folder())  # a folder chosen stays
        edit.setText(str(folder / self.suggested_name()))
        pairings = people.pairing_count(self.ctx.store, str(self.ui.memberCombo.currentData()))
        self.ui.infoLabel.setText(
            self.tr("{0} 的挂钩：{1} 个。").format(self.ui.memberCombo.currentText(), pairings)
            if pairings
            else self.tr("{0} 还没有挂钩的康园中心：交换包里只有名单和整改台账。").format(
                self.ui.memberCombo.currentText()
            )
        )

    def options(self) -> dict[str, Any]:
        return {"for_member": str(self.ui.memberCombo.currentData())}

    def saved_message(self, result: ExportResult) -> str:
        held = labels.join_list(f"{table_label(t)} {n}" for t, n in result.counts.items() if n)
        return self.tr("已为 {0} 准备交换包：{1}（{2}）").format(self.ui.memberCombo.currentText(), result.path, held)


class ImportBundleDialog(QDialog):
    """Shows a dry run of the chosen bundle, then imports it; emits :attr:`imported` with the result."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportBundleDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.preview: MergeResult | None = None
        self.outcome: MergeResult | None = None
        self.trust: str | None = None  # the fingerprint the user confirmed for a sender not trusted yet
        self.question: QMessageBox | None = None  # "trust this computer?", while it is asked
        self._checked = ""  # the file last checked
        self.model = RowsModel(self._headers(), self)
        self.ui.changesView.setModel(self.model)
        self.ui.changesView.verticalHeader().setVisible(False)
        self.ui.changesView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("导入"))
        self.ok.setEnabled(False)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self.import_)
        if ctx.read_only:
            self.ui.browseButton.setEnabled(False)
            self.ui.formError.setText(self.tr("数据库以只读方式打开，不能导入"))
        elif path:
            self.check(path)

    def _headers(self) -> list[str]:
        return [self.tr("内容"), self.tr("新增"), self.tr("更新"), self.tr("删除"), self.tr("冲突"), self.tr("无变化")]

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入交换包"), _folder(), self.tr("hdrectify 交换包 (*.hdbundle);;所有文件 (*)")
        )
        if path:
            self.check(path)

    def _run(self, path: str, *, dry_run: bool, label: str) -> None:
        db, actor = self.ctx.path, self.ctx.store.actor

        trust = self.trust

        def work(progress: Progress) -> Any:
            with Store.open(db, actor=actor) as store:
                try:
                    return import_bundle(store, Path(path), dry_run=dry_run, progress=progress, trust=trust)
                except MergeRefused as refused:
                    return refused.result  # shown row by row, nothing written
                except BundleError as e:
                    if e.code == "exchange.sender_unknown" and dry_run:
                        return e  # the user is asked whether to trust the sender
                    raise

        self.ok.setEnabled(False)
        self.ui.browseButton.setEnabled(False)
        self.task = run_with_progress(self, label, work, self._previewed if dry_run else self._imported, self._failed)

    def check(self, path: str) -> None:
        """Show what importing ``path`` would change (a dry run)."""
        self.ui.pathEdit.setText(path)
        self.ui.formError.clear()
        self.preview = None
        if path != self._checked:
            self.trust = None  # another file: its sender is asked about afresh
        self._checked = path
        self._run(path, dry_run=True, label=self.tr("正在检查交换包…"))

    def import_(self) -> None:
        if self.preview is None or self.preview.violations:
            return
        try:
            self.ctx.check_writable()  # the import writes on a connection of its own: asked here, first
        except InputError as e:
            self.ui.formError.setText(error_text(e))
            return
        self._run(self.ui.pathEdit.text(), dry_run=False, label=self.tr("正在导入交换包…"))

    def _ask_trust(self, refusal: BundleError) -> None:
        """Ask whether to trust the unknown sender, showing its fingerprint to compare with the sender's screen."""
        p = refusal.params
        self._failed(self.tr("交换包来自尚未信任的电脑“{0}”：核对指纹、确认信任后才能导入").format(p["name"]))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("信任这台电脑？"),
            self.tr(
                "交换包来自本机尚未信任的电脑“{0}”（{1}）。\n\n请与对方电脑“设置”中显示的指纹逐组核对：\n\n{2}\n\n"
                "完全一致才信任；不一致说明交换包不是那台电脑做的，请不要导入。"
            ).format(p["name"], labels.role_text(str(p["role"])), p["fingerprint"]),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("trustSender")
        yes = box.addButton(self.tr("指纹一致，信任"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("不信任"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # trusting is never the accident of a pressed Enter

        def done(_result: int) -> None:
            self.question = None
            if box.clickedButton() is yes:
                self.trust = str(p["fingerprint"])
                self.check(self.ui.pathEdit.text())

        box.finished.connect(done)
        self.question = box
        box.open()

    def _show(self, result: MergeResult) -> None:
        came = self.tr("来自：{0}（{1}），导出于 {2}{3}").format(
            result.installation_name,
            labels.role_text(result.signer_role),
            _stamp(result.created_at),
            self.tr("（全部数据）") if result.whole else "",
        )
        signed = self.tr("签名指纹：{0}").format(result.signer_fingerprint)
        sealed = "\n" + self.tr("交换包是加密发给本机的：已用本机的密钥解密") if result.sealed else ""
        self.ui.bundleLabel.setText(came + "\n" + signed + sealed)
        self.model.set_lines(
            [
                Line(
                    (
                        table_label(t),
                        str(c.added),
                        str(c.updated),
                        str(c.deleted),
                        str(c.conflicts),
                        str(c.same + c.older),
                    ),
                    colour="#fff4ce" if c.conflicts else None,
                )
                for t, c in result.tables.items()
            ]
        )
        self.ui.notesList.clear()
        for v in result.violations:
            item = QListWidgetItem(
                self.tr("不能导入：{0} {1}：{2}").format(
                    table_label(v.table), v.row_id[:8], one_line(error_text(v.reason))
                )
            )
            item.setForeground(QBrush(QColor("#b3261e")))
            self.ui.notesList.addItem(item)
        for c in result.conflicts:
            self.ui.notesList.addItem(
                self.tr("冲突：{0}“{1}”在两台电脑上都改过，两个版本都保留，请在“工具 → 冲突处理”中确认").format(
                    table_label(c.table), c.title or c.row_id[:8]
                )
            )
        for title, was, now in result.renumbered:
            self.ui.notesList.addItem(
                self.tr("问题“{0}”的编号 {1} 在本机已被占用，改为 {2}").format(
                    title, was, self.tr("待编号（由办公室编号）") if now is None else now
                )
            )
        for title, no in result.numbered:
            self.ui.notesList.addItem(self.tr("走访发现的问题“{0}”编为问题{1}").format(title, no))
        if result.trusted_now == "first_office":
            self.ui.notesList.addItem(
                self.tr("首次收到办公室的交换包：将信任办公室电脑“{0}”（指纹 {1}）").format(
                    result.installation_name, result.signer_fingerprint
                )
            )
        elif result.trusted_now == "confirmed":
            self.ui.notesList.addItem(
                self.tr("将把“{0}”加入信任列表（指纹 {1}）").format(result.installation_name, result.signer_fingerprint)
            )
        for line in identity_notes(result):
            self.ui.notesList.addItem(line)
        for name in result.missing_evidence:
            self.ui.notesList.addItem(self.tr("佐证材料“{0}”的文件不在交换包中").format(name))
        if result.imported_before and not result.changed:
            self.ui.notesList.addItem(
                self.tr("该交换包已于 {0} 导入过，没有新的变化").format(_stamp(result.imported_before))
            )
        elif not result.changed and not result.violations:
            self.ui.notesList.addItem(self.tr("没有新的变化"))

    def _previewed(self, result: MergeResult | BundleError) -> None:
        if isinstance(result, BundleError):
            self._ask_trust(result)
            return
        self.preview = result
        self.ui.browseButton.setEnabled(True)
        self._show(result)
        if result.violations:
            self.ui.formError.setText(
                self.tr("这个交换包有 {0} 处与本机记录不符，不能导入（数据未作改动）：请对方更正后重新导出").format(
                    len(result.violations)
                )
            )
        self.ok.setEnabled(not result.violations and result.changed)

    def _imported(self, result: MergeResult) -> None:
        self.outcome = result
        self.ui.browseButton.setEnabled(True)
        if result.violations:  # the database changed between the check and the import
            self._previewed(result)
            return
        remember_folder(_KIND, Path(self.ui.pathEdit.text()), overall=False)  # a file read, not saved
        self.ctx.notify(EVERYTHING)
        self.imported.emit(result)
        window = self.parent()
        if isinstance(window, QMainWindow):
            said = self.tr("已导入 {0} 的交换包：新增 {1}、更新 {2}、冲突 {3}").format(
                result.installation_name, result.total("added"), result.total("updated"), len(result.conflicts)
            )
            window.statusBar().showMessage(labels.join_clauses([said, *identity_notes(result)]), 30_000)
        self.accept()

    def _failed(self, message: str) -> None:
        self.ui.browseButton.setEnabled(True)
        self.ok.setEnabled(False)
        self.model.set_lines([])
        self.ui.notesList.clear()
        self.ui.bundleLabel.clear()
        self.ui.formError.setText(message)
