"""交换状态 in the window: before a quarterly summary, the office is told who has not sent a bundle."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hdrectify.app import open_context
from hdrectify.ui.print_dialog import PrintDialog
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, HUANG, log, member_laptop, office_site


def test_a_quarterly_summary_asks_before_going_on_without_a_members_bundle(qtbot, tmp_path: Path) -> None:
    office = office_site(tmp_path / "office")
    chen = member_laptop(tmp_path, office, CHEN, "陈志强的电脑")
    log(chen, CHEN, CENTRE_A, "2026-09-28", "onsite")
    office.take(chen.export())  # 黄伟明's laptop has sent nothing
    ctx = open_context(office.path)
    try:
        dialog = PrintDialog(ctx, None, "summary")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.quarterCombo.setCurrentIndex(dialog.ui.quarterCombo.findData("2026-Q3"))
        out = tmp_path / "q3.pdf"

        dialog.save_to(out)
        qtbot.waitUntil(lambda: dialog.late_question is not None and dialog.late_question.isVisible())
        box = dialog.late_question
        assert box is not None
        assert f"1 名党员自本季度结束后尚未提交交换包：{HUANG}" in box.text() and CHEN not in box.text()
        cancel = next(b for b in box.findChildren(QPushButton) if b.text() == "取消")
        assert box.defaultButton() is cancel
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter cancels: nothing is written
        qtbot.waitUntil(lambda: not box.isVisible())
        assert not out.exists()

        dialog.save_to(out)
        qtbot.waitUntil(lambda: dialog.late_question not in (None, box) and dialog.late_question.isVisible())
        again = dialog.late_question
        assert again is not None
        go_on = next(b for b in again.findChildren(QPushButton) if b.text() == "仍要生成")
        with qtbot.waitSignal(dialog.saved, timeout=60_000):
            qtbot.mouseClick(go_on, Qt.MouseButton.LeftButton)
        text = "".join(p.extract_text() or "" for p in PdfReader(out).pages).replace("\n", "")
        assert f"各党员数据截至：{CHEN} 2026年9月28日；{HUANG} 尚未提交交换包" in text

        # an annual summary, or another document, is not held up
        dialog.ui.quarterCombo.setCurrentIndex(dialog.ui.quarterCombo.findData("2026"))
        with qtbot.waitSignal(dialog.saved, timeout=60_000):
            dialog.save_to(tmp_path / "2026.pdf")
        dialog.close()
    finally:
        ctx.close()


def rows(model) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_the_office_dashboard_shows_who_has_sent_and_what_falls_due_within_three_days(qtbot, tmp_path: Path) -> None:
    import datetime as dt

    from hdrectify.store.dashboard import Item
    from hdrectify.store.ledger_edit import add_measure
    from hdrectify.ui.dashboard import DashboardPage
    from hdrectify.ui.form_support import zh_date
    from hdrectify.ui.models.rows_model import PAYLOAD_ROLE

    office = office_site(tmp_path / "office")
    chen = member_laptop(tmp_path, office, CHEN, "陈志强的电脑")
    log(chen, CHEN, CENTRE_A, "2026-09-28", "onsite")
    office.take(chen.export())
    soon, later = dt.date.today() + dt.timedelta(days=2), dt.date.today() + dt.timedelta(days=9)

    def measures(store) -> None:
        problem = store.rows("SELECT id FROM ledger_problems ORDER BY rowid LIMIT 1")[0]["id"]
        add_measure(store, problem, "三天内到期的措施", person=HUANG, deadline=soon)
        add_measure(store, problem, "九天后到期的措施", person=HUANG, deadline=later)

    office.do(measures)
    ctx = open_context(office.path)
    try:
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(page.is_loaded, timeout=30_000)
        assert page.ui.sendersTable.isVisible()
        sent = {r[0]: r for r in rows(page.senders_model)}
        assert sent[CHEN][1:4] == ("陈志强的电脑", zh_date(dt.date.today()), "2026年9月28日")
        assert sent[HUANG][1] == "从未提交"
        due = rows(page.soon_model)
        assert any("三天内到期的措施" in r[1] and r[0] == HUANG and r[2] == zh_date(soon) for r in due)
        assert not any("九天后" in r[1] for r in due)
        # the cadence's periods listed are those whose deadline is within 3 days too
        items = [page.soon_model.index(r, 0).data(PAYLOAD_ROLE) for r in range(page.soon_model.rowCount())]
        last = dt.date.today() + dt.timedelta(days=3)
        assert all(i.deadline <= last for i in items if isinstance(i, Item))
        assert page.ui.soonLabel.text() == f"<b>3 天内到期</b>（{len(due)} 项）"
    finally:
        ctx.close()
