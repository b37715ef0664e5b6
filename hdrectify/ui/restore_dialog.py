"""恢复备份: choose a backup (the database's own, newest first, or any file), see its date and
record counts, and ask for it to be restored. The window does the restore (it closes the
database first); the current file is backed up before it is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.backup import COUNTED, BackupInfo, inspect_backup, named_backups
from hdrectify.ui import labels
from hdrectify.ui.context import AppContext
from hdrectify.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.models.rows_model import PAYLOAD_ROLE, Line, RowsModel


class RestoreDialog(QDialog):
    """Emits :attr:`chosen` with the backup file to restore once the user confirms."""

    chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.info: BackupInfo | None = None
        self.model = RowsModel([self.tr("备份时间"), self.tr("类型"), self.tr("文件")], self)
        self.ui.backupsView.setModel(self.model)
        header = self.ui.backupsView.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.backupsView.verticalHeader().setVisible(False)
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("恢复"))
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.chooseFileButton.clicked.connect(self._choose_file)
        self.ui.backupsView.selectionModel().selectionChanged.connect(self._selected)
        self.reload()

    def kind_text(self, kind: str) -> str:
        if kind.startswith("premigrate"):
            return self.tr("升级前")
        return {
            "daily": self.tr("每日自动"),
            "manual": self.tr("手动"),
            "prerestore": self.tr("恢复前"),
        }.get(kind, self.tr("其他"))

    def reload(self) -> None:
        lines = []
        for named in named_backups(self.ctx.path):
            when = labels.timestamp_text(named.taken_at) if named.taken_at else ""
            lines.append(Line((when, self.kind_text(named.kind), named.path.name), payload=str(named.path)))
        self.model.set_lines(lines)
        self.ui.backupsView.resizeColumnsToContents()
        if lines:
            self.ui.backupsView.selectRow(0)
        else:
            self.show_backup(None)
            self.ui.detailsLabel.setText(self.tr("这个数据库还没有备份。可用“选择其他备份文件”指定一个备份文件。"))

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        if rows:
            self.show_backup(Path(self.model.data(rows[0], PAYLOAD_ROLE)))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), str(self.ctx.path.parent), self.tr("hdrectify 数据库 (*.db);;所有文件 (*)")
        )
        if path:
            self.ui.backupsView.clearSelection()
            self.show_backup(Path(path))

    def show_backup(self, path: Path | None) -> None:
        """Show what ``path`` holds, or why it cannot be restored; Restore is enabled only for a sound one."""
        self.info = None
        self.ui.formError.clear()
        if path is None:
            self.ui.detailsLabel.clear()
            self.ok.setEnabled(False)
            return
        try:
            self.info = inspect_backup(path)
        except InputError as e:
            self.ui.detailsLabel.setText(str(path))
            self.ui.formError.setText(error_text(e))
            self.ok.setEnabled(False)
            return
        info = self.info
        names = dict(COUNTED)
        counts = labels.join_list(
            self.tr("{0} {1}").format(self.count_label(t, names[t]), n) for t, n in info.counts.items()
        )
        text = self.tr("文件：{0}\n备份时间：{1}\n最后一次修改：{2}\n记录数：{3}").format(
            info.path, info.when_text(), info.last_change or self.tr("无"), counts
        )
        self.ui.detailsLabel.setText(text)
        self.ok.setEnabled(True)

    def count_label(self, table: str, zh: str) -> str:
        names = {
            "centres": self.tr("康园中心"),
            "members": self.tr("党员"),
            "pairings": self.tr("挂钩"),
            "contacts": self.tr("联系记录"),
            "reports": self.tr("季度汇报"),
            "reviews": self.tr("年度考评"),
            "exemptions": self.tr("免除"),
            "ledger_problems": self.tr("整改问题"),
            "ledger_measures": self.tr("整改措施"),
            "evidence": self.tr("佐证材料"),
            "audit_log": self.tr("审计记录"),
        }
        return names.get(table, zh)

    def confirm(self) -> None:
        if self.info is None:
            return
        self.chosen.emit(str(self.info.path))
        self.accept()
