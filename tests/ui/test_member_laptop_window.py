"""On a member's laptop the window disables (not hides) what only the office may do, saying why and what to do
instead (store/roles.py refuses the same); on the office nothing changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hdrectify.app import open_context
from hdrectify.store.base import Store
from hdrectify.store.ledger_edit import add_measure, find_problem
from hdrectify.ui.context import AppContext
from hdrectify.ui.people import PeoplePage
from hdrectify.ui.settings_dialog import SettingsDialog
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site, laptop, log, office_site
from tests.ui.ui_helpers import click_row, open_page, shot


class Sites:
    """The exchange tests' office (its roster and the notice) whose problem 1 has an open measure due
    2030-06-30, and Chen's laptop that took it."""

    def __init__(self, folder: Path) -> None:
        self.office = office_site(folder / "office")

        def setup(store: Store) -> str:
            problem = find_problem(store, "1")["id"]
            return str(add_measure(store, problem, "无障碍坡道改造", deadline=dt.date(2030, 6, 30))["id"])

        self.ramp = self.office.do(setup)
        self.chen = laptop(folder, self.office, "陈志强的电脑", member=CHEN)


@pytest.fixture
def sites(tmp_path: Path) -> Sites:
    return Sites(tmp_path)


def _ctx(site: Site) -> Iterator[AppContext]:
    ctx = open_context(site.path)
    yield ctx
    ctx.close()


@pytest.fixture
def chen_ctx(sites: Sites) -> Iterator[AppContext]:
    yield from _ctx(sites.chen)


@pytest.fixture
def office_ctx(sites: Sites) -> Iterator[AppContext]:
    yield from _ctx(sites.office)


def test_the_measure_page_on_a_laptop_offers_no_close_extend_or_deadline(
    qtbot, sites: Sites, chen_ctx: AppContext
) -> None:
    page = open_page(qtbot, chen_ctx)
    click_row(qtbot, page, "measure", sites.ramp)
    ui = page.ui
    assert ui.closeButton.isVisible() and not ui.closeButton.isEnabled()
    assert "请用“申请销号”" in ui.closeButton.toolTip()
    assert ui.extendButton.isVisible() and not ui.extendButton.isEnabled()
    assert "由办公室批准延期" in ui.extendButton.toolTip()
    assert not ui.deadlineEdit.isEnabled() and "整改期限由办公室设定" in ui.deadlineEdit.toolTip()
    assert ui.leaderEdit.isReadOnly() and "只能改措施的进度状态" in ui.leaderEdit.toolTip()
    qtbot.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)  # a disabled button opens nothing
    assert ui.statusCombo.isEnabled()  # the progress status stays the laptop's to move
    shot(page, "member-laptop-measure")


def test_the_measure_page_on_the_office_keeps_every_act(qtbot, sites: Sites, office_ctx: AppContext) -> None:
    page = open_page(qtbot, office_ctx)
    click_row(qtbot, page, "measure", sites.ramp)
    ui = page.ui
    assert ui.closeButton.isEnabled() and ui.extendButton.isEnabled() and ui.closeButton.toolTip() == ""
    assert not ui.leaderEdit.isReadOnly()


def test_a_laptops_own_visit_problem_keeps_its_measures_editable(qtbot, sites: Sites, chen_ctx: AppContext) -> None:
    from hdrectify.store.ledger import add_visit_problems

    contact = log(sites.chen, CHEN, CENTRE_A, "2026-03-02", "onsite")
    centre = sites.chen.rows("SELECT centre_id FROM pairings WHERE id = ?", [contact["pairing_id"]])[0]["centre_id"]
    (problem,) = sites.chen.do(lambda s: add_visit_problems(s, "扶手松动", contact, centre))
    own = sites.chen.rows("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem["id"]])[0]["id"]
    page = open_page(qtbot, chen_ctx)
    click_row(qtbot, page, "measure", own)
    assert not page.ui.leaderEdit.isReadOnly() and page.ui.leaderEdit.toolTip() == ""
    assert not page.ui.closeButton.isEnabled()  # 销号 stays the office's, even here


def test_the_people_page_on_a_laptop_disables_the_roster_buttons(qtbot, chen_ctx: AppContext) -> None:
    page = PeoplePage(chen_ctx)
    qtbot.addWidget(page)
    page.show()
    ui = page.ui
    page.ui.centresView.selectRow(0)
    for button in (ui.addCentreButton, ui.editCentreButton, ui.closeCentreButton, ui.addMemberButton):
        assert button.isVisible() or button.parentWidget() is not None
        assert not button.isEnabled() and "名单由办公室维护" in button.toolTip()
    for button in (ui.editMemberButton, ui.newPairingButton, ui.endPairingButton, ui.reassignButton):
        assert not button.isEnabled() and "名单由办公室维护" in button.toolTip()
    shot(page, "member-laptop-people")


def test_the_people_page_on_the_office_keeps_its_buttons(qtbot, office_ctx: AppContext) -> None:
    page = PeoplePage(office_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.addCentreButton.isEnabled() and page.ui.addCentreButton.toolTip() == ""


def test_settings_on_a_laptop_disable_the_rubric(qtbot, chen_ctx: AppContext, office_ctx: AppContext) -> None:
    laptop_settings = SettingsDialog(chen_ctx)
    qtbot.addWidget(laptop_settings)
    assert not laptop_settings.rubric_button.isEnabled()
    assert "考评细则由办公室维护" in laptop_settings.rubric_button.toolTip()
    office_settings = SettingsDialog(office_ctx)
    qtbot.addWidget(office_settings)
    assert office_settings.rubric_button.isEnabled()


def test_the_main_window_on_a_laptop_disables_exemptions(qtbot, chen_ctx: AppContext) -> None:
    from hdrectify.ui.main_window import MainWindow

    window = MainWindow(chen_ctx)
    qtbot.addWidget(window)
    assert not window.ui.actionExempt.isEnabled()
    assert "免除由办公室登记" in window.ui.actionExempt.toolTip()
