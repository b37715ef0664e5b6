"""Statuses are never told by colour alone: each coloured cell says its meaning in words (what a
screen reader reads), and the status colours stay apart for red–green colour blindness.

Colour blindness is simulated with the Machado et al. (2009) matrices at full severity
(tests/ui/colour_vision.py). Two colours are taken as told apart at a glance when their CIEDE2000
difference is at least 10: 1 is about the smallest difference seen side by side, 2.3 a "just
noticeable" one, and the grid's cells are small and seen one by one, so a generous margin.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hdrectify.domain.cadence import Status
from hdrectify.domain.ledger import DeadlineWarning
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.context import AppContext
from hdrectify.ui.dashboard import LEVEL_COLOURS, DashboardPage
from hdrectify.ui.labels import period_text
from hdrectify.ui.models.cadence_display import LOOKS
from hdrectify.ui.models.cadence_model import FIRST_PERIOD, STATUS_ROLE
from hdrectify.ui.models.ledger_model import (
    COL_DEADLINE,
    COL_STATUS,
    KIND_ROLE,
    MEASURE,
    STATUS_COLOURS,
    WARNING_COLOURS,
    WARNING_ROLE,
    LedgerModel,
)
from hdrectify.ui.models.ledger_model import STATUS_ROLE as MEASURE_STATUS_ROLE
from tests.ui.colour_vision import contrast, delta_e2000, rgb, simulate
from tests.ui.conftest import DEMO_TODAY

SPOKEN = Qt.ItemDataRole.AccessibleTextRole
STATUS_WORDS = {
    "done": "已完成",
    "late": "逾期完成",
    "exempt": "免",
    "missed": "未完成",
    "due": "待完成",
    "upcoming": "未开始",
}
MEASURE_WORDS = {"open": "未开始", "in_progress": "整改中", "done": "已完成"}
WARNING_WORDS = {DeadlineWarning.RED: "已逾期", DeadlineWarning.YELLOW: "临近时限", DeadlineWarning.GREEN: "时间充裕"}
SIGHTS = ["normal", "deuteranopia", "protanopia"]
APART = 10.0


def measures(model: LedgerModel) -> list[QModelIndex]:
    found = []

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            if index.data(KIND_ROLE) == MEASURE:
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found


def test_each_ledger_measure_says_its_state_and_deadline_in_words(demo_ctx: AppContext) -> None:
    model = LedgerModel(demo_ctx.store, today=DEMO_TODAY)
    seen_status, seen_warning = set(), set()
    for index in measures(model):
        status = index.data(MEASURE_STATUS_ROLE)
        title = index.data(SPOKEN)
        assert index.data() in title and MEASURE_WORDS[status] in title, title
        assert index.siblingAtColumn(COL_STATUS).data(SPOKEN) == MEASURE_WORDS[status]
        warning = DeadlineWarning(index.siblingAtColumn(COL_DEADLINE).data(WARNING_ROLE))
        deadline = index.siblingAtColumn(COL_DEADLINE).data(SPOKEN)
        if warning is not DeadlineWarning.NONE:
            assert WARNING_WORDS[warning] in deadline and "天" in deadline and deadline in title, (deadline, title)
        else:
            assert not any(w in deadline for w in WARNING_WORDS.values())
        seen_status.add(status)
        seen_warning.add(warning)
    assert seen_status >= {"done", "in_progress"}  # the demo's measures have all begun
    assert seen_warning == set(DeadlineWarning)


def test_the_dashboards_coloured_rows_say_why(qtbot, demo_ctx: AppContext) -> None:
    open_measures = demo_ctx.store.rows("SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid")
    today = dt.date.today()  # the dashboard reads the clock
    with demo_ctx.write() as store:  # one overdue, one near, one far (deadlines as the ledger holds them)
        for m, days in zip(open_measures, (-3, 5, 60), strict=False):
            store.update("ledger_measures", m["id"], {"deadline": (today + dt.timedelta(days=days)).isoformat()})
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.deadline_model.rowCount() > 0, timeout=20_000)
    spoken_levels = set()
    for model in (page.deadline_model, page.missed_model, page.member_model, page.due_model):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                if index.data(Qt.ItemDataRole.BackgroundRole) is None:
                    assert index.data(SPOKEN) is None  # no colour: the cell's own text is all there is
                    continue
                words = index.data(SPOKEN)
                assert words and index.data() in words and words != index.data(), words
                spoken_levels |= {level for level, w in WARNING_WORDS.items() if w in words}
    assert spoken_levels == set(WARNING_WORDS)


def test_each_grid_cell_says_member_centre_period_and_status(qtbot, demo_ctx: AppContext) -> None:
    page = CadenceGridPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.rowCount() > 0, timeout=20_000)
    model = page.model
    seen = set()
    for r in range(model.rowCount()):
        info = model.grid_row(r).info
        for c in range(FIRST_PERIOD, model.columnCount()):
            index = model.index(r, c)
            status = index.data(STATUS_ROLE)
            if status is None:
                continue
            words = index.data(SPOKEN)
            column = model.column(c)
            assert column is not None
            for part in (info.member, info.centre, period_text(column.period), STATUS_WORDS[status]):
                assert part in words, (part, words)
            seen.add(status)
    assert seen == {s.value for s in Status}


PALETTES = {
    "grid": {s.value: look.fill for s, look in LOOKS.items()},
    "ledger deadlines": {w.name: pair[1].name() for w, pair in WARNING_COLOURS.items()},
    "ledger status dots": {s.value: c.name() for s, c in STATUS_COLOURS.items()},
    "dashboard deadlines": {w.name: c for w, c in LEVEL_COLOURS.items() if c},
}


@pytest.mark.parametrize("sight", SIGHTS)
@pytest.mark.parametrize("palette", list(PALETTES))
def test_status_colours_stay_apart_in_colour_blindness(palette: str, sight: str) -> None:
    colours = PALETTES[palette]
    close = [
        (a, b, round(d, 1))
        for (a, ca), (b, cb) in itertools.combinations(colours.items(), 2)
        if (d := delta_e2000(simulate(rgb(ca), sight), simulate(rgb(cb), sight))) < APART
    ]
    assert close == []


def test_the_simulation_is_machados() -> None:
    # pure red loses its redness; pure blue is nearly untouched (Machado et al. 2009, figure 7)
    r, g, b = simulate(rgb("#ff0000"), "deuteranopia")
    assert abs(r - g) < 0.25 and b < 0.1
    assert delta_e2000(simulate(rgb("#0000ff"), "deuteranopia"), rgb("#0000ff")) < 15
    # the red and green of a traffic light, apart to normal sight, nearly one colour to a deuteranope
    assert delta_e2000(rgb("#e53935"), rgb("#43a047")) > 40
    assert delta_e2000(simulate(rgb("#e53935"), "deuteranopia"), simulate(rgb("#43a047"), "deuteranopia")) < 15


@pytest.mark.parametrize("status", list(Status))
def test_each_grid_glyph_is_readable_on_its_fill(status: Status) -> None:
    look = LOOKS[status]
    if look.glyph:
        assert contrast(rgb(look.fill), rgb(look.text)) >= 4.5  # WCAG AA for text


# the colour names the legends use, and the hue range (degrees) each must have when painted
LEGEND_HUES = {"红底": (0, 20), "黄底": (40, 60), "青底": (170, 200)}


def test_the_deadline_legends_name_the_colours_as_painted_and_follow_the_settings(qtbot, demo_ctx: AppContext) -> None:
    from PySide6.QtGui import QColor

    from hdrectify.ui.ledger import LedgerPage

    with demo_ctx.write() as store:
        store.set_setting("warn_yellow_days", 7)
        store.set_setting("warn_green_days", 45)
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_loaded, timeout=20_000)
    ledger = LedgerPage(demo_ctx)
    qtbot.addWidget(ledger)
    ledger.show()
    qtbot.waitUntil(lambda: ledger.ui.legendLabel.text() != "", timeout=20_000)
    for legend in (page.ui.deadlineLabel.text(), ledger.ui.legendLabel.text()):
        assert "剩 7 天内到期" in legend and "剩 45 天以上" in legend, legend
        assert "绿" not in legend, legend  # the "time enough" colour is teal: the legend says so
        assert all(word in legend for word in LEGEND_HUES), legend
    painted = {"红底": LEVEL_COLOURS[DeadlineWarning.RED], "黄底": LEVEL_COLOURS[DeadlineWarning.YELLOW]}
    painted["青底"] = LEVEL_COLOURS[DeadlineWarning.GREEN]
    for word, (low, high) in LEGEND_HUES.items():
        assert low <= QColor(painted[word]).hslHue() <= high, (word, painted[word])
        assert WARNING_COLOURS[
            {"红底": DeadlineWarning.RED, "黄底": DeadlineWarning.YELLOW, "青底": DeadlineWarning.GREEN}[word]
        ][1] == QColor(painted[word])
