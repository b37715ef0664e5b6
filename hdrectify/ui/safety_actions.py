"""The window's 文件 → 备份 / 恢复备份 and 工具 → 校验数据, each off the UI thread where it reads the whole file.

They act for a :class:`SafetyHost`, the main window's base class, declared here so that this module
does not import the window that imports it (``main_window`` → ``safety_actions``, one way).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from hdrectify.ui import safety
from hdrectify.ui.worker import Task, run_with_progress

if TYPE_CHECKING:
    from hdrectify.store.audit import Report
    from hdrectify.ui.context import AppContext
    from hdrectify.ui.restore_dialog import RestoreDialog


class SafetyHost(QMainWindow):
    """What the safety actions need of the window (``ui.main_window.MainWindow`` is one)."""

    ctx: AppContext
    last_message: QWidget | None  # the last non-blocking message of 备份/恢复/校验, kept for the tests
    restore_requested: Signal  # a backup file to restore over this database (the launcher does it)


def backup_now(window: SafetyHost) -> Task:
    """A backup into the database's backups folder; says where when it is done."""
    from hdrectify.store.backup import backup_file, inspect_backup

    path = window.ctx.path

    def work(_progress: Any) -> tuple[Path, str]:
        made = backup_file(path, "manual")
        return made, inspect_backup(made).counts_text()

    def done(result: tuple[Path, str]) -> None:
        made, counts = result
        window.statusBar().showMessage(QCoreApplication.translate("SafetyActions", "已备份到 {0}").format(made), 10_000)
        window.last_message = safety.tell(
            window,
            QCoreApplication.translate("SafetyActions", "备份完成"),
            QCoreApplication.translate("SafetyActions", "已备份到：\n{0}\n\n{1}").format(made, counts),
            QMessageBox.Icon.Information,
        )

    def failed(message: str) -> None:
        window.last_message = safety.tell(
            window, QCoreApplication.translate("SafetyActions", "备份没有成功"), message, QMessageBox.Icon.Critical
        )

    return run_with_progress(window, QCoreApplication.translate("SafetyActions", "正在备份…"), work, done, failed)


def open_restore(window: SafetyHost) -> RestoreDialog:
    from hdrectify.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda backup: _confirm_restore(window, backup))
    dialog.open()
    return dialog


def _confirm_restore(window: SafetyHost, backup: str) -> Task:
    """Check the chosen backup (off the UI thread), then show what was found and ask."""
    from hdrectify.store.verify import check_backup

    path = window.ctx.path

    def work(_progress: Any) -> Report:
        return check_backup(Path(backup), path)

    def done(report: Report) -> None:
        if report.ok:
            text = QCoreApplication.translate(
                "SafetyActions",
                "用这个备份替换当前数据库？\n{0}\n\n备份校验通过：{1}\n\n"
                "当前数据库会先另存为一份备份（在“恢复备份”的列表中，类型为“恢复前”）。",
            ).format(backup, findings_text(report, path))
            go, icon = QCoreApplication.translate("SafetyActions", "恢复"), QMessageBox.Icon.Question
        else:
            text = QCoreApplication.translate(
                "SafetyActions",
                "备份校验未通过：\n{0}\n\n{1}\n\n建议选择其他备份。仍要用它替换当前数据库吗？"
                "当前数据库会先另存为一份备份（类型为“恢复前”）。",
            ).format(backup, findings_text(report, path))
            go, icon = QCoreApplication.translate("SafetyActions", "仍要恢复"), QMessageBox.Icon.Critical
        window.last_message = safety.ask(
            window,
            QCoreApplication.translate("SafetyActions", "恢复备份"),
            text,
            [
                (go, QMessageBox.ButtonRole.AcceptRole, lambda: window.restore_requested.emit(backup)),
                (QCoreApplication.translate("SafetyActions", "取消"), QMessageBox.ButtonRole.RejectRole, None),
            ],
            icon,
        )

    def failed(message: str) -> None:
        window.last_message = safety.tell(
            window, QCoreApplication.translate("SafetyActions", "无法恢复备份"), message, QMessageBox.Icon.Critical
        )

    return run_with_progress(window, QCoreApplication.translate("SafetyActions", "正在校验备份…"), work, done, failed)


def findings_text(report: Report, db_path: Path) -> str:
    """What a check found, class by class, each with what to do (or what was checked, when all is well)."""
    from hdrectify.paths import evidence_dir
    from hdrectify.ui.i18n import error_text

    parts = []
    if report.untampered:
        parts.append(
            QCoreApplication.translate(
                "SafetyActions", "审计链完整（{0} 条审计记录），{1} 条记录与审计记录一致。"
            ).format(f"{report.entries:,}", f"{report.rows:,}")
        )
    else:
        first = report.first_break
        text = QCoreApplication.translate("SafetyActions", "发现绕过本程序的改动：\n{0}").format(
            error_text(first) if first is not None else ""
        )
        others = (report.chain_break is not None) + len(report.row_problems) - 1
        if others > 0:
            text += QCoreApplication.translate("SafetyActions", "\n另有 {0} 处不符。").format(others)
        text += QCoreApplication.translate("SafetyActions", "\n处理办法：用“文件 → 恢复备份”恢复改动之前的备份。")
        parts.append(text)
    for found, label, advice in (
        (
            report.evidence_altered,
            QCoreApplication.translate("SafetyActions", "佐证材料被改动（{0} 个）："),
            QCoreApplication.translate(
                "SafetyActions",
                "处理办法：在“整改台账”中从原件重新添加这些文件，或从另外保存的佐证材料文件夹中找回原文件。",
            ),
        ),
        (
            report.evidence_missing,
            QCoreApplication.translate("SafetyActions", "佐证材料缺失（{0} 个）："),
            QCoreApplication.translate(
                "SafetyActions",
                "处理办法：把数据库旁的佐证材料文件夹 {0} 一起复制过来，或在“整改台账”中重新添加这些文件。",
            ).format(evidence_dir(db_path)),
        ),
    ):
        if found:
            lines = [error_text(problem) for problem in found[:5]] + (
                [QCoreApplication.translate("SafetyActions", "……另有 {0} 个").format(len(found) - 5)]
                if len(found) > 5
                else []
            )
            parts.append(label.format(len(found)) + "\n" + "\n".join(lines) + "\n" + advice)
    return "\n\n".join(parts)


def verify_now(window: SafetyHost) -> Task:
    """Check the audit chain, the rows against it and the evidence files (its own read-only connection)."""
    from hdrectify.store.base import Store
    from hdrectify.store.verify import verify

    path = window.ctx.path

    def work(_progress: Any) -> Report:
        with Store.open(path, read_only=True) as store:
            return verify(store)

    def done(report: Report) -> None:
        if report.ok:
            title, icon = QCoreApplication.translate("SafetyActions", "校验通过"), QMessageBox.Icon.Information
        else:
            title, icon = QCoreApplication.translate("SafetyActions", "校验未通过"), QMessageBox.Icon.Critical
        window.last_message = safety.tell(window, title, findings_text(report, path), icon)

    def failed(message: str) -> None:
        window.last_message = safety.tell(
            window, QCoreApplication.translate("SafetyActions", "无法校验"), message, QMessageBox.Icon.Critical
        )

    return run_with_progress(window, QCoreApplication.translate("SafetyActions", "正在校验数据…"), work, done, failed)
