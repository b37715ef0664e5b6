"""汇报审阅: a quarterly report or annual review with the office's marks on it.

On the office: 已阅, or 退回 with a comment. On a member's laptop: the history (each mark, its comment
and the text it read) and, when the office returned it, 重新提交 with a new text. The rules are the
store's (hdrectify/store/feedback.py); the cadence status of the period does not change either way.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.feedback import ACCEPTED, RETURNED, Submission, Table, give_feedback, resubmit, submission
from hdrectify.store.numbering import OFFICE, role
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import FieldErrors
from hdrectify.ui.forms.ui_feedback_dialog import Ui_FeedbackDialog
from hdrectify.ui.labels import period_text, timestamp_text

_WIDGETS = {"note": "noteEdit", "comment": "commentEdit"}


class FeedbackDialog(QDialog):
    """Emits :attr:`saved` with the report's or review's id once a mark or a resubmission is written."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, table: Table, row_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.table, self.row_id = ctx, table, row_id
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui, self.ui.formError)
        self.office = role(ctx.store) == OFFICE
        box = self.ui.buttonBox
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.accept_button = self._button("acceptButton", self.tr("已阅(&A)"), self.tr("标记为已阅"))
        self.return_button = self._button("returnButton", self.tr("退回(&R)"), self.tr("退回，并附上面的意见"))
        self.resubmit_button = self._button(
            "resubmitButton", self.tr("重新提交(&S)"), self.tr("按退回意见修改后重新提交")
        )
        self.accept_button.clicked.connect(lambda: self._mark(accept=True))
        self.return_button.clicked.connect(lambda: self._mark(accept=False))
        self.resubmit_button.clicked.connect(self._resubmit)
        self.found: Submission | None = None
        self.load()

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = self.ui.buttonBox.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def load(self) -> None:
        found = submission(self.ctx.store, self.table, self.row_id)
        if found is None:
            raise KeyError(self.row_id)
        self.found = found
        what = self.tr("季度汇报") if self.table == "reports" else self.tr("年度考评")
        self.setWindowTitle(self.tr("{0}审阅").format(what))
        self.ui.titleLabel.setText(
            self.tr("{0} — {1}　{2} · {3}").format(found.member, found.centre, period_text(found.period), what)
        )
        self.ui.stateLabel.setText(self.state_text(found))
        self.ui.historyView.setHtml(self.history_html(found))
        self.ui.noteEdit.setPlainText(found.note)
        writable = not self.ctx.read_only
        may_resubmit = writable and not self.office and found.state == RETURNED
        self.ui.noteEdit.setReadOnly(not may_resubmit)
        for widget in (self.ui.commentEditLabel, self.ui.commentEdit):
            widget.setVisible(self.office and writable)
        self.accept_button.setVisible(self.office and writable)
        self.return_button.setVisible(self.office and writable)
        self.resubmit_button.setVisible(may_resubmit)
        (self.ui.noteEdit if may_resubmit else self.ui.commentEdit if self.office else self.ui.historyView).setFocus()

    def state_text(self, found: Submission) -> str:
        if found.state == ACCEPTED:
            return self.tr("审阅结果：已阅")
        if found.state == RETURNED and self.office:
            return self.tr("审阅结果：已退回，待党员修改后重新提交")
        if found.state == RETURNED:
            return self.tr("审阅结果：已退回，请按意见修改后重新提交")
        if found.history:
            return self.tr("审阅结果：已重新提交，待办公室审阅")
        return self.tr("审阅结果：待办公室审阅")

    def history_html(self, found: Submission) -> str:
        if not found.history:
            return html.escape(self.tr("还没有审阅记录。"))
        parts = []
        for entry in found.history:
            verdict = self.tr("已阅") if entry.verdict == ACCEPTED else self.tr("退回")
            lines = [f"<b>{html.escape(timestamp_text(entry.given_at))}　{html.escape(verdict)}</b>"]
            lines[0] += html.escape(self.tr("（{0}）").format(entry.author))
            if entry.comment:
                lines.append(html.escape(self.tr("意见：{0}").format(entry.comment)))
            lines.append(html.escape(self.tr("当时的内容：{0}").format(entry.seen_note or self.tr("（无）"))))
            parts.append("<p>" + "<br>".join(line.replace("\n", "<br>") for line in lines) + "</p>")
        return "".join(parts)

    def _mark(self, *, accept: bool) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                give_feedback(store, self.table, self.row_id, accept=accept, comment=self.ui.commentEdit.toPlainText())
        except InputError as e:
            self.errors.show_error(e, _WIDGETS)
            return
        self._done()

    def _resubmit(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                resubmit(store, self.table, self.row_id, self.ui.noteEdit.toPlainText())
        except InputError as e:
            self.errors.show_error(e, _WIDGETS)
            return
        self._done()

    def _done(self) -> None:
        self.ctx.notify(CONTACTS)  # reports and reviews are records
        self.saved.emit(self.row_id)
        self.ui.commentEdit.clear()
        self.load()
