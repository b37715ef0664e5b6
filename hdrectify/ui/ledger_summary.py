"""整改台账: the page of an area or a problem — what it is, its (derived) status, and its rows.

:class:`LedgerSummary` works on the summary widgets of the ledger screen's form
(forms/ledger.ui); the screen (:mod:`hdrectify.ui.ledger`) tells it what to show and goes to
the row double-clicked in its list.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from hdrectify.domain.ledger import DeadlineWarning, MeasureStatus, deadline_warning
from hdrectify.store.ledger import problem_detail
from hdrectify.ui import text_size
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import zh_date
from hdrectify.ui.forms.ui_ledger import Ui_LedgerPage
from hdrectify.ui.measure_panel import source_text
from hdrectify.ui.models.ledger_model import (
    AREA,
    ID_ROLE,
    KIND_ROLE,
    MEASURE,
    PROBLEM,
    WARNING_COLOURS,
    LedgerModel,
    problem_title,
    status_icon,
    status_label,
)

# (kind, id, title, status, deadline, unit) of a row the summary lists
SummaryRow = tuple[str, str, str, MeasureStatus, str | None, str]


class LedgerSummary(QObject):
    """The summary page of the ledger screen ``page``, on that screen's form ``ui``, of ``model``'s rows."""

    def __init__(self, ctx: AppContext, ui: Ui_LedgerPage, model: LedgerModel, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.ui = ui
        self.model = model
        ui.summaryList.header().setStretchLastSection(False)
        ui.summaryList.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.summaryHeading.setStyleSheet(f"font-weight: bold; font-size: {text_size.pt(12)};")

    def show_area(self, area_id: str) -> bool:
        """Show an area's problems as the tree shows them; False if the tree's filter hides the area."""
        index = self.model.find(AREA, area_id)
        node = self.model.node(index)
        if node is None:
            return False
        rows: list[SummaryRow] = [
            (PROBLEM, p.row["id"], problem_title(p.row), p.status, p.deadline, "") for p in node.children
        ]
        counts = self.tr("共 {0} 个问题，已整改完成 {1} 个。").format(node.total, node.done)
        self._fill(str(index.data()), "", node.status, counts, "", rows)
        return True

    def show_problem(self, problem_id: str) -> None:
        """Show a problem and its measures (raises InputError if it is gone)."""
        detail = problem_detail(self.ctx.store, problem_id)
        problem, counts, status = detail["problem"], detail["counts"], detail["status"]
        rows: list[SummaryRow] = [
            (MEASURE, m["id"], self.tr("措施{0}　{1}").format(m["no"], " ".join(str(m["text"]).split())),
             MeasureStatus(m["status"]), m["deadline"], m["unit"])
            for m in detail["measures"]
        ]  # fmt: skip
        counted = self.tr("共 {0} 项整改措施：已完成 {1}，整改中 {2}，未开始 {3}。").format(
            len(rows), counts[MeasureStatus.DONE], counts[MeasureStatus.IN_PROGRESS], counts[MeasureStatus.OPEN]
        )
        heading = problem_title(problem)
        self._fill(heading, source_text(detail), status, counted, problem["detail"], rows)

    def _fill(
        self, heading: str, source: str, status: MeasureStatus, counts: str, detail: str, rows: list[SummaryRow]
    ) -> None:
        ui = self.ui
        ui.summaryHeading.setText(heading)
        ui.summarySource.setText(source)
        ui.summarySource.setVisible(bool(source))
        closed = self.tr("（全部措施均已销号）") if status is MeasureStatus.DONE and source else ""
        ui.summaryStatus.setText(self.tr("状态：{0}").format(status_label(status)) + closed)
        ui.summaryCounts.setText(counts)
        ui.summaryDetail.setText(detail)
        ui.summaryDetail.setVisible(bool(detail))
        ui.summaryList.clear()
        yellow, green = int(self.ctx.store.setting("warn_yellow_days")), int(self.ctx.store.setting("warn_green_days"))
        for kind, row_id, title, row_status, deadline, unit in rows:
            item = QTreeWidgetItem([title, status_label(row_status), zh_date(deadline), unit])
            item.setToolTip(0, title)
            item.setIcon(1, status_icon(row_status))
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, ID_ROLE, row_id)
            warning = deadline_warning(deadline, self.model.today, yellow, green, done=row_status is MeasureStatus.DONE)
            if warning is not DeadlineWarning.NONE:
                item.setForeground(2, WARNING_COLOURS[warning][0])
                item.setBackground(2, WARNING_COLOURS[warning][1])
            ui.summaryList.addTopLevelItem(item)
        ui.summaryList.setColumnHidden(3, not any(r[5] for r in rows))
        for column in (1, 2, 3):
            ui.summaryList.resizeColumnToContents(column)
        ui.detailStack.setCurrentWidget(ui.summaryPage)
