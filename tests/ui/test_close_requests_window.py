"""销号申请 in the window: the office answers a laptop's request on the measure's page; the laptop sees the answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hdrectify.app import open_context
from hdrectify.store.base import Store
from hdrectify.store.close_requests import request_close
from hdrectify.store.ledger import load_seed
from hdrectify.store.ledger_edit import add_measure, find_problem
from hdrectify.ui.close_requests_box import CloseRequestsBox
from hdrectify.ui.context import AppContext
from hdrectify.ui.dashboard import DashboardPage
from tests.exchange.exchange_helpers import Site, laptop
from tests.ui.ui_helpers import answer_reason, click_row, measure, of_type, open_page, shot, top_items


class Sites:
    """An office with two open measures (问题 1's sixth and seventh) and a laptop that asked to close each."""

    def __init__(self, folder: Path) -> None:
        self.office = Site(folder / "office", "办公室")

        def setup(store: Store) -> list[str]:
            load_seed(store)
            problem = find_problem(store, "1")["id"]
            return [str(add_measure(store, problem, text)["id"]) for text in ("无障碍坡道改造", "消防器材更换")]

        self.ramp, self.extinguishers = self.office.do(setup)
        self.chen = laptop(folder, self.office, "陈志强的电脑")
        for measure_id, reason in ((self.ramp, "坡道已改造完毕"), (self.extinguishers, "已更换")):
            self.chen.do(lambda s, m=measure_id, r=reason: request_close(s, m, dt.date(2026, 3, 2), r))
        self.office.take(self.chen.export())


@pytest.fixture
def sites(tmp_path: Path) -> Sites:
    return Sites(tmp_path)


@pytest.fixture
def office_ctx(sites: Sites) -> Iterator[AppContext]:
    ctx = open_context(sites.office.path)
    yield ctx
    ctx.close()


def test_the_office_accepts_one_request_and_returns_another_with_a_comment(
    qtbot, type_text, sites: Sites, office_ctx: AppContext
) -> None:
    board = DashboardPage(office_ctx)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(board.is_loaded, timeout=10_000)
    assert "销号申请待审核 <b>2</b>" in board.ui.measuresCard.text()
    page = open_page(qtbot, office_ctx)
    box = of_type(page.findChild(CloseRequestsBox), CloseRequestsBox)
    click_row(qtbot, page, "measure", sites.ramp)
    assert box.isVisible()
    (row,) = top_items(box.requestList)
    assert [row.text(i) for i in (0, 1, 2, 3)] == ["2026年3月2日", "陈志强的电脑", "待审核", "坡道已改造完毕"]
    shot(page, "close-requests-office")
    qtbot.mouseClick(box.acceptButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: measure(office_ctx, sites.ramp)["status"] == "done")
    qtbot.waitUntil(lambda: top_items(box.requestList)[0].text(2) == "已销号")
    assert measure(office_ctx, sites.ramp)["close_reason"] == "坡道已改造完毕"
    assert not box.acceptButton.isEnabled() and not box.returnButton.isEnabled()
    click_row(qtbot, page, "measure", sites.extinguishers)
    qtbot.mouseClick(box.returnButton, Qt.MouseButton.LeftButton)
    answer_reason(qtbot, "请附更换后的照片", type_text)
    qtbot.waitUntil(lambda: top_items(box.requestList)[0].text(2) == "已退回")
    assert top_items(box.requestList)[0].text(4) == "请附更换后的照片"
    assert measure(office_ctx, sites.extinguishers)["status"] != "done"


def test_the_laptop_sees_a_returned_request_and_its_comment(qtbot, tmp_path: Path, sites: Sites) -> None:
    from hdrectify.store.close_requests import close_requests, return_request

    with sites.office.store() as store:
        (ramp,) = close_requests(store, sites.ramp)
        with store.transaction():
            return_request(store, ramp.id, "请附改造前后的照片", dt.date(2026, 3, 4))
    sites.chen.take(sites.office.export(whole=True))
    ctx = open_context(sites.chen.path)
    try:
        page = open_page(qtbot, ctx)
        box = of_type(page.findChild(CloseRequestsBox), CloseRequestsBox)
        click_row(qtbot, page, "measure", sites.ramp)
        assert box.isVisible()
        (row,) = top_items(box.requestList)
        assert [row.text(i) for i in (2, 4)] == ["已退回", "请附改造前后的照片"]
        assert not box.acceptButton.isVisible() and not box.returnButton.isVisible()  # the office answers
        shot(page, "close-requests-laptop")
        click_row(qtbot, page, "measure", sites.extinguishers)
        assert top_items(box.requestList)[0].text(2) == "待审核"
    finally:
        ctx.close()


def test_a_laptop_asks_to_close_an_open_measure(
    qtbot, type_text, sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from hdrectify.store.ledger_edit import add_measure as add
    from hdrectify.ui.request_close_dialog import RequestCloseDialog
    from tests.ui.ui_helpers import modal

    fence = sites.office.do(lambda s: add(s, find_problem(s, "1")["id"], "护栏加固"))["id"]
    sites.chen.take(sites.office.export(whole=True))
    photo = tmp_path / "护栏加固后.jpg"
    photo.write_bytes(b"\xff\xd8 the fence, fixed " * 40)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    ctx = open_context(sites.chen.path)
    try:
        page = open_page(qtbot, ctx)
        box = of_type(page.findChild(CloseRequestsBox), CloseRequestsBox)
        click_row(qtbot, page, "measure", fence)
        assert box.isVisible() and box.requestButton.isVisible() and top_items(box.requestList) == []
        qtbot.mouseClick(box.requestButton, Qt.MouseButton.LeftButton)
        dialog = modal(qtbot, RequestCloseDialog)
        assert not dialog.ok.isEnabled()  # neither a reason nor a file yet
        type_text(dialog.reasonEdit, "护栏已加固，镇残联验收")
        qtbot.mouseClick(dialog.addButton, Qt.MouseButton.LeftButton)  # 添加文件… (the file dialog answered above)
        assert [dialog.filesList.item(i).text() for i in range(dialog.filesList.count())] == [photo.name]
        shot(dialog, "request-close-dialog")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(top_items(box.requestList)) == 1)
        (row,) = top_items(box.requestList)
        assert [row.text(i) for i in (1, 2)] == ["陈志强的电脑", "待审核"]
        assert row.text(3) == "佐证材料 1 份：护栏加固后.jpg"
    finally:
        ctx.close()
    office = sites.office.take(sites.chen.export())
    assert not office.violations
    with sites.office.store() as store:
        from hdrectify.store.close_requests import close_requests

        (request,) = close_requests(store, str(fence))
        assert (request.reason, list(request.files)) == ("护栏已加固，镇残联验收", [photo.name])
