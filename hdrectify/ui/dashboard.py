"""工作台: what is due now, what was missed since last time, and measures near their deadline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from hdrectify.domain.cadence import Obligation
from hdrectify.domain.ledger import DeadlineWarning
from hdrectify.store.base import Store
from hdrectify.ui import labels
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import to_qdate
from hdrectify.ui.forms.ui_dashboard import Ui_DashboardPage
from hdrectify.ui.labels import date_text as zh_date
from hdrectify.ui.labels import percent, period_text
from hdrectify.ui.models.rows_model import PAYLOAD_ROLE, Line, RowsModel
from hdrectify.ui.worker import Progress, run_in_background

if TYPE_CHECKING:
    from hdrectify.store.dashboard import Dashboard, Item
    from hdrectify.store.feedback import Submission
    from hdrectify.store.senders import Sender

LEVEL_COLOURS = {
    DeadlineWarning.RED: "#f4c7c3",
    DeadlineWarning.YELLOW: "#fff3c4",
    DeadlineWarning.GREEN: "#d5eef0",
    DeadlineWarning.NONE: "",
}
CARD_STYLE = "QLabel { background: #f3f6fa; border: 1px solid #d6dde6; border-radius: 6px; padding: 8px 12px; }"


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.board: Dashboard | None = None
        self.due_model = RowsModel([self.tr("挂钩"), self.tr("事项"), self.tr("期间"), self.tr("截止")], self)
        self.missed_model = RowsModel([self.tr("挂钩"), self.tr("事项"), self.tr("期间"), self.tr("截止")], self)
        self.deadline_model = RowsModel(
            [self.tr("问题"), self.tr("整改措施"), self.tr("责任人"), self.tr("时限"), self.tr("剩余")], self
        )
        self.member_model = RowsModel(self._member_headers(), self)
        self.unvisited_model = RowsModel(self._unvisited_headers(), self)
        self._add_returned()
        self.soon_model = RowsModel(self._soon_headers(), self)
        self.senders_model = RowsModel(self._senders_headers(), self)
        self.senders: list[Sender] = []
        for view, model in (
            (self.ui.dueTable, self.due_model),
            (self.ui.missedTable, self.missed_model),
            (self.ui.deadlineTable, self.deadline_model),
            (self.ui.memberTable, self.member_model),
            (self.ui.unvisitedTable, self.unvisited_model),
            (self.returned_table, self.returned_model),
            (self.ui.soonTable, self.soon_model),
            (self.ui.sendersTable, self.senders_model),
        ):
            _setup_table(view)
            view.setModel(model)
        # activated: a double-click or Enter, once (a double-click emits doubleClicked and activated both)
        self.ui.dueTable.activated.connect(self._log_for)
        self.ui.missedTable.activated.connect(self._log_for)
        self.ui.deadlineTable.activated.connect(self._open_measure)
        self.returned_table.activated.connect(self._open_returned)
        self.ui.logButton.clicked.connect(lambda: self._open_log(None))
        for label in (
            self.ui.dueLabel,
            self.ui.missedLabel,
            self.ui.soonLabel,
            self.ui.sendersLabel,
            self.ui.deadlineLabel,
            self.ui.memberLabel,
            self.ui.unvisitedLabel,
            self.returned_label,
        ):
            label.setWordWrap(True)  # a long legend or a translation wraps instead of widening the page
        for card in (self.ui.weekCard, self.ui.monthCard, self.ui.missedCard, self.ui.measuresCard, self.ui.rateCard):
            card.setStyleSheet(CARD_STYLE)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setWordWrap(True)  # at 字号 200% five cards side by side are wider than a laptop's window
        self.ui.headerLabel.setWordWrap(True)
        self.ui.headerLayout.setStretch(0, 1)  # the title takes the row's width: it wraps only when it must
        # the tables share a column's height; when every one of them is shorter than its room (they are
        # no taller than their rows), what is left goes below them, not between a title and its table
        for column in (self.ui.leftColumn, self.ui.rightColumn):
            for i in range(column.count()):
                item = column.itemAt(i)
                if item is not None and isinstance(item.widget(), QTableView):
                    column.setStretch(i, 100)
            column.addStretch(1)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.ctx.closed:
            self.ui.retranslateUi(self)
            self._set_headers()
            if self.board is not None:
                self._show(self.board)
        elif event.type() == QEvent.Type.FontChange:  # 字号 changed in 设置: rows and tables follow it
            for view in self._tables():
                view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
                fit_rows(view)
        super().changeEvent(event)

    def _tables(self) -> tuple[QTableView, ...]:
        return (
            self.ui.dueTable,
            self.ui.missedTable,
            self.ui.deadlineTable,
            self.ui.memberTable,
            self.ui.unvisitedTable,
            self.returned_table,
            self.ui.soonTable,
            self.ui.sendersTable,
        )

    def _set_headers(self) -> None:
        items = [self.tr("挂钩"), self.tr("事项"), self.tr("期间"), self.tr("截止")]
        self.due_model.set_headers(items)
        self.missed_model.set_headers(items)
        self.deadline_model.set_headers(
            [self.tr("问题"), self.tr("整改措施"), self.tr("责任人"), self.tr("时限"), self.tr("剩余")]
        )

        self.member_model.set_headers(self._member_headers())
        self.unvisited_model.set_headers(self._unvisited_headers())
        self.returned_model.set_headers(self._returned_headers())
        self.soon_model.set_headers(self._soon_headers())
        self.senders_model.set_headers(self._senders_headers())

    def _member_headers(self) -> list[str]:
        return [self.tr("党员"), self.tr("按时"), self.tr("逾期完成"), self.tr("未完成"), self.tr("完成率")]

    def _unvisited_headers(self) -> list[str]:
        return [self.tr("康园中心"), self.tr("所在镇"), self.tr("挂钩党员")]

    def _returned_headers(self) -> list[str]:
        return [self.tr("挂钩"), self.tr("事项"), self.tr("期间"), self.tr("退回意见")]

    # -- reports and reviews the office returned (汇报审阅) -------------------------------------------
    def _add_returned(self) -> None:
        """Below what is due: what the office sent back, with its comment (hidden while there is none)."""
        self.returned_label = QLabel(self)
        self.returned_label.setObjectName("returnedLabel")
        self.returned_table = QTableView(self)
        self.returned_table.setObjectName("returnedTable")
        self.returned_table.setTabKeyNavigation(False)
        self.returned_table.setAccessibleName(self.tr("办公室退回的汇报和考评"))
        self.returned_table.setAccessibleDescription(self.tr("双击或按回车查看退回意见并重新提交"))
        self.returned_model = RowsModel(self._returned_headers(), self)
        column = self.ui.leftColumn
        column.insertWidget(column.indexOf(self.ui.missedLabel), self.returned_label)
        column.insertWidget(column.indexOf(self.ui.missedLabel), self.returned_table)
        self.returned: list[Submission] = []
        self._show_returned([])

    def _show_returned(self, found: list[Submission]) -> None:
        self.returned = found
        self.returned_label.setText(
            self.tr("<b>办公室退回的汇报和考评</b>（{0} 份，双击查看意见并重新提交）").format(len(found))
        )
        self.returned_model.set_lines(
            [
                Line(
                    (
                        f"{s.member} — {s.centre}",
                        labels.obligation_text("report" if s.table == "reports" else "review"),
                        period_text(s.period),
                        " ".join(s.last_comment.split()),
                    ),
                    LEVEL_COLOURS[DeadlineWarning.YELLOW],
                    s.last_comment,
                    s,
                    self.tr("已退回"),
                )
                for s in found
            ]
        )
        for widget in (self.returned_label, self.returned_table):
            widget.setVisible(bool(found))

    def _open_returned(self, index: QModelIndex) -> QWidget | None:
        from hdrectify.store.feedback import Submission
        from hdrectify.ui.feedback_dialog import FeedbackDialog

        found = index.data(PAYLOAD_ROLE)
        if not isinstance(found, Submission):
            return None
        dialog = FeedbackDialog(self.ctx, found.table, found.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _soon_headers(self) -> list[str]:
        return [self.tr("谁"), self.tr("事项"), self.tr("截止")]

    def _senders_headers(self) -> list[str]:
        return [self.tr("党员"), self.tr("电脑"), self.tr("最近交换包"), self.tr("数据截至"), self.tr("办公室下发")]

    # -- loading ------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute in the background (a city's year of statuses takes a few hundred ms)."""
        self.ui.statusLabel.setText(self.tr("正在计算…"))
        path, me, previous = self.ctx.path, self.ctx.me(), self.ctx.previous_open
        today = dt.date.today()

        def work(progress: Progress) -> tuple[Dashboard, list[Submission], list[Sender]]:
            # the figures' modules load here, off the UI thread, not before the window is shown
            from hdrectify.store.dashboard import build
            from hdrectify.store.feedback import returned
            from hdrectify.store.senders import senders

            with Store.open(path) as store:
                # 交换状态 is the office's: a member's laptop hears only from the office
                found = senders(store) if me is None else []
                return build(store, me, today, previous), returned(store, me), found

        # only the newest refresh is shown: an older one finishing late must not overwrite it
        self._generation = generation = getattr(self, "_generation", 0) + 1

        def show(found: tuple[Dashboard, list[Submission], list[Sender]]) -> None:
            if generation == self._generation and not self.ctx.closed:
                self._show_returned(found[1])
                self.senders = found[2]
                self._show(found[0])

        def start() -> None:
            if generation == self._generation and not self.ctx.closed:
                task = run_in_background(self, work, show, self.ui.statusLabel.setText)
                task.succeeded.connect(task.deleteLater)
                task.failed.connect(task.deleteLater)

        # on the event loop's next turn: the page (the window's first) is painted before a thread
        # competes with it (on a first run, one that compiles pypinyin's dictionaries holds Python's lock)
        QTimer.singleShot(0, self, start)

    def is_loaded(self) -> bool:
        return self.board is not None and self.ui.statusLabel.text() == ""

    def _show(self, board: Dashboard) -> None:
        if self.ctx.closed:
            return
        self.board = board
        me = self.ctx.me()
        who = self.tr("办公室（全部挂钩）")
        if me:
            member = self.ctx.store.get("members", me)
            who = member["name"] if member else who
        self.ui.headerLabel.setText(self.tr("<h2>工作台</h2>{0}　·　今天是 {1}").format(who, zh_date(board.today)))
        self.ui.weekCard.setText(self.tr("本周联系<br><b>{0} / {1}</b>").format(board.week_done, board.week_owed))
        self.ui.monthCard.setText(self.tr("本月到岗<br><b>{0} / {1}</b>").format(board.month_done, board.month_owed))
        self.ui.missedCard.setText(self.tr("上次打开以来未完成<br><b>{0}</b>").format(len(board.missed)))
        measures = self.tr("未完成整改措施<br><b>{0}</b>（逾期 {1}）").format(
            board.open_measures, board.overdue_measures
        )
        if board.pending_requests:
            measures += "<br>" + self.tr("销号申请待审核 <b>{0}</b>").format(board.pending_requests)
        self.ui.measuresCard.setText(measures)
        self.ui.rateCard.setText(self.tr("今年完成率<br><b>{0}</b>").format(percent(board.completion_rate)))
        legend = labels.deadline_legend(
            self.ctx.store.setting("warn_yellow_days"), self.ctx.store.setting("warn_green_days")
        )
        self.ui.deadlineLabel.setText(self.tr("<b>整改措施时限</b><br>{0}").format(legend))
        self.ui.missedLabel.setText(self.tr("<b>上次打开以来未完成</b>（自 {0}）").format(zh_date(board.since)))
        self.due_model.set_lines([self._item_line(i) for i in board.due])
        self.missed_model.set_lines(
            [self._item_line(i, LEVEL_COLOURS[DeadlineWarning.RED], labels.status_text("missed")) for i in board.missed]
        )
        self.deadline_model.set_lines(
            [
                Line(
                    (
                        f"{m.problem_no}. {m.problem}",
                        m.text,
                        m.person,
                        zh_date(m.deadline),
                        self.tr("逾期 {0} 天").format(-m.days_left)
                        if m.days_left < 0
                        else self.tr("{0} 天").format(m.days_left),
                    ),
                    LEVEL_COLOURS[m.level] or None,
                    m.text,
                    m.measure_id,
                    labels.deadline_warning_text(m.level.name.lower()) if LEVEL_COLOURS[m.level] else "",
                )
                for m in board.measures
            ]
        )
        self.member_model.set_lines(
            [
                Line(
                    (m.member, str(m.done), str(m.late), str(m.missed), percent(m.completion_rate)),
                    LEVEL_COLOURS[DeadlineWarning.RED] if m.missed else None,
                    "",
                    m.completion_rate,
                    self.tr("有未完成") if m.missed else "",
                )
                for m in board.members
            ]
        )
        self.unvisited_model.set_lines([Line((i.centre, i.town, i.member), None, "", i) for i in board.unvisited])
        self.ui.unvisitedLabel.setText(self.tr("<b>本月尚未到岗的中心</b>（{0} 个）").format(len(board.unvisited)))
        self._show_soon(board)
        self._show_senders()
        for view in self._tables():
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
            fit_rows(view)
        # long problem and measure texts: keep the deadline and days visible, elide the texts
        header = self.ui.deadlineTable.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.deadline_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.ui.deadlineTable.setColumnWidth(0, self.ui.deadlineTable.fontMetrics().horizontalAdvance("中") * 11)
        self.ui.statusLabel.setText("")

    def _show_soon(self, board: Dashboard) -> None:
        """What falls due within 3 days (DEADLINE_NOTICE_DAYS, as the tray says it): the cadence's
        periods and the measures not yet closed, for the office all of them, on a laptop its member's."""
        from hdrectify.domain.reminders import DEADLINE_NOTICE_DAYS

        last = board.today + dt.timedelta(days=DEADLINE_NOTICE_DAYS)
        dated: list[tuple[dt.date, Line]] = [
            (
                item.deadline,
                Line(
                    (
                        item.pairing.member,
                        f"{labels.obligation_text(item.obligation.value)} {period_text(item.period)}",
                        zh_date(item.deadline),
                    ),
                    None,
                    "",
                    item,
                ),
            )
            for item in board.due
            if item.deadline <= last
        ]
        dated += [
            (
                m.deadline,
                Line(
                    (m.person or "—", f"{m.problem_no}. {m.text}", zh_date(m.deadline)),
                    LEVEL_COLOURS[DeadlineWarning.YELLOW],
                    m.text,
                    m.measure_id,
                    labels.deadline_warning_text("yellow"),
                ),
            )
            for m in board.measures
            if 0 <= m.days_left <= DEADLINE_NOTICE_DAYS
        ]
        dated.sort(key=lambda pair: pair[0])
        self.soon_model.set_lines([line for _, line in dated])
        self.ui.soonLabel.setText(self.tr("<b>3 天内到期</b>（{0} 项）").format(len(dated)))

    def _show_senders(self) -> None:
        office = self.ctx.me() is None and bool(self.senders)
        for widget in (self.ui.sendersLabel, self.ui.sendersTable):
            widget.setVisible(office)

        def day(d: dt.date | None) -> str:
            return zh_date(d) if d is not None else "—"

        def taken(flag: bool | None) -> str:
            return "—" if flag is None else (self.tr("已接收") if flag else self.tr("尚未接收"))

        self.senders_model.set_lines(
            [
                Line(
                    (
                        s.member or self.tr("（未知党员）"),
                        s.computer or self.tr("从未提交"),
                        day(s.last_bundle),
                        day(s.records_through),
                        taken(s.acknowledged),
                    ),
                    LEVEL_COLOURS[DeadlineWarning.YELLOW] if s.installation_id is None else None,
                    "",
                    s,
                    self.tr("从未提交交换包") if s.installation_id is None else "",
                )
                for s in self.senders
            ]
        )

    def _item_line(self, item: Item, colour: str | None = None, meaning: str = "") -> Line:
        return Line(
            (
                f"{item.pairing.member} — {item.pairing.centre}",
                labels.obligation_text(item.obligation.value),
                period_text(item.period),
                zh_date(item.deadline),
            ),
            colour,
            "",
            item,
            meaning,
        )

    # -- actions --------------------------------------------------------------
    def _log_for(self, index: QModelIndex) -> None:
        from hdrectify.store.dashboard import Item

        item = index.data(PAYLOAD_ROLE)
        self._open_log(item if isinstance(item, Item) else None)

    def _open_log(self, item: Item | None) -> None:
        """The dialog that fits the item (contact/visit → 登记联系), with its pairing and period chosen:
        a week or month gone by is logged on its last day (the user sets the day), not today."""
        window = self.window()
        module, cls = "hdrectify.ui.log_dialog", "LogDialog"
        if item is not None and item.obligation is Obligation.REPORT:
            module, cls = "hdrectify.ui.report_dialog", "ReportDialog"
        elif item is not None and item.obligation is Obligation.REVIEW:
            module, cls = "hdrectify.ui.review_dialog", "ReviewDialog"
        if not hasattr(window, "open_dialog"):
            return
        dialog = window.open_dialog(module, cls)
        if item is not None:
            combo = dialog.ui.pairingCombo
            for i in range(combo.count()):
                if combo.itemData(i)[2] == item.pairing.pairing.id:
                    combo.setCurrentIndex(i)
            if item.obligation is Obligation.VISIT:
                dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("onsite"))
            if item.obligation in (Obligation.CONTACT, Obligation.VISIT):
                today = dt.date.today()
                day = today if item.period.contains(today) else min(item.period.last_day, today)
                dialog.ui.dateEdit.setDate(to_qdate(day))
            elif item.obligation is Obligation.REPORT:
                quarter = dialog.ui.quarterCombo.findData(str(item.period))
                if quarter >= 0:
                    dialog.ui.quarterCombo.setCurrentIndex(quarter)
            else:
                dialog.ui.yearSpin.setValue(item.period.year)

    def _open_measure(self, index: QModelIndex) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            page = window.show_page("ledger")
            if hasattr(page, "select_measure"):
                page.select_measure(index.data(PAYLOAD_ROLE))


# rows a dashboard table shows at least: fewer and the page scrolls rather than squeeze them
MIN_ROWS = 3
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" (not exported by PySide6)


def fit_rows(view: QTableView) -> None:
    """Keep ``view`` tall enough for its header and :data:`MIN_ROWS` rows (or as many as it has, one
    when empty), so that a small window scrolls the page instead of squashing the tables to a sliver;
    and no taller than its rows, so that a short table leaves its room to the others."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    row = view.verticalHeader().defaultSectionSize()
    chrome = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    chrome += view.horizontalScrollBar().sizeHint().height()  # columns wider than the view scroll
    view.setMinimumHeight(chrome + row * max(1, min(count, MIN_ROWS)))
    view.setMaximumHeight(min(chrome + row * max(1, count), QWIDGETSIZE_MAX))


def _setup_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
