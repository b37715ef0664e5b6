"""One way to run work: typed change notices, tasks stopped with their database, failures always said.

Every write path in a read-only window, on a full disk and on a locked database: test_write_faults.py.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hdrectify.app import Launcher
from hdrectify.store.backup import backup_file
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.context import CONTACTS, EVIDENCE, LEDGER, AppContext, Changes
from hdrectify.ui.ledger import LedgerPage
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models import records_model
from hdrectify.ui.records import RecordsPage
from hdrectify.ui.worker import Progress, run_in_background

# -- the change notice ------------------------------------------------------------------------------


def test_changes_combine_and_say_what_they_touch() -> None:
    both = CONTACTS | LEDGER
    assert both == Changes(records=True, ledger=True)
    assert both.touches(Changes(ledger=True)) and not both.touches(Changes(people=True, settings=True))
    assert EVIDENCE.touches(LEDGER)


def test_a_write_refreshes_only_the_screens_it_concerns(qtbot, window: MainWindow) -> None:
    grid = window.show_page("cadence")
    assert isinstance(grid, CadenceGridPage)
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15000)
    window.show_page("ledger")  # built, then left: the grid is hidden
    window.show_page("cadence")
    window.ctx.notify(LEDGER)  # a measure saved: the year's statuses do not depend on it
    assert not grid.is_busy()
    window.ctx.notify(CONTACTS)  # a contact logged: the year is recomputed
    assert grid.is_busy()
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15000)


def test_the_year_spin_box_computes_only_the_year_it_stops_at(qtbot, demo_ctx: AppContext) -> None:
    page = CadenceGridPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
    start = page.ui.yearSpin.value()
    for _ in range(3):
        page.ui.yearSpin.stepDown()
    assert not page.ui.busyBar.isVisible()  # no year computed yet for the steps on the way
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.grid.year == start - 3, timeout=15000)


# -- nothing left running --------------------------------------------------------------------------


@pytest.fixture
def launcher(qtbot) -> Iterator[Launcher]:
    made = Launcher()
    yield made
    if made.window is not None:
        made.window.close()
        made.window.ctx.close()
    if made.lock is not None:
        made.lock.release()


@pytest.mark.parametrize("moment", ["another database", "restore", "close"])
def test_a_search_under_way_stops_with_its_database(
    qtbot, type_text, monkeypatch, launcher: Launcher, db: Path, tmp_path: Path, moment: str
) -> None:
    """The text index is being built for a search; the user switches database, restores or closes."""
    monkeypatch.setattr(records_model, "TEXT_INDEX_MIN_ROWS", 0)
    monkeypatch.setattr(records_model, "SEARCH_BUDGET_S", 0.0)  # the search waits for the index
    building, read_after = threading.Event(), []
    real_build = records_model.TextIndex.build

    def slow_build(store: Any, should_stop: Callable[[], bool] | None = None) -> Any:
        building.set()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not (should_stop and should_stop()):
            time.sleep(0.01)  # a city's records take a while to read
        index = real_build(store, should_stop)
        read_after.append(index)  # what the old file gave, had it been read to the end
        return index

    monkeypatch.setattr(records_model.TextIndex, "build", slow_build)
    window = launcher.open(db)
    assert window is not None
    qtbot.addWidget(window)
    old_ctx = window.ctx
    page = window.show_page("records")
    assert isinstance(page, RecordsPage)
    type_text(page.ui.searchEdit, "灭火器")
    page.apply_filters()
    assert page.model.waiting_for_index
    assert building.wait(5)
    if moment == "another database":
        assert launcher.open(tmp_path / "other.db", create=True) is not None
    elif moment == "restore":
        assert launcher.restore(db, backup_file(db), force=True) is not None
    else:
        window.close()
    assert old_ctx.tasks.running() == 0  # stopped and waited for, not left reading the old file
    assert read_after == [None]  # it stopped on being asked: nothing read from the old file came back
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "workerFailure" and w.isVisible()]


def test_stopping_the_work_cancels_it_and_drops_its_result(qtbot, demo_ctx: AppContext) -> None:
    holder = QWidget()
    holder.ctx = demo_ctx  # type: ignore[attr-defined]
    qtbot.addWidget(holder)
    started, results = threading.Event(), list[str]()

    def work(progress: Progress) -> str:
        started.set()
        while progress(0, 0):
            time.sleep(0.01)
        return "read after being told to stop"

    run_in_background(holder, work, results.append)
    assert started.wait(5)
    assert demo_ctx.stop_work()  # cancelled, and waited for
    qtbot.wait(50)
    assert results == []


def test_a_failure_with_no_handler_is_still_shown(qtbot, demo_ctx: AppContext) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()

    def work(progress: Progress) -> None:
        raise OSError("设备未就绪")

    run_in_background(holder, work, lambda _result: None)
    qtbot.waitUntil(lambda: holder.findChild(QMessageBox, "workerFailure") is not None)
    box = holder.findChild(QMessageBox, "workerFailure")
    assert box is not None
    assert "设备未就绪" in box.text()
    box.close()


# -- evidence off the UI thread -------------------------------------------------------------------------


def open_measure(qtbot, ctx: AppContext) -> tuple[LedgerPage, str]:
    measure = ctx.store.rows("SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid LIMIT 1")[0]["id"]
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_measure(measure)
    qtbot.waitUntil(lambda: page.current == ("measure", measure))
    return page, measure


def test_while_a_big_file_is_attached_another_program_can_write(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    page, measure = open_measure(qtbot, demo_ctx)
    big = tmp_path / "整改现场录像.zip"
    big.write_bytes(b"PK video " * 4_000_000)  # 36 MB
    other = sqlite3.connect(str(demo_ctx.path), timeout=0.2, isolation_level=None)
    other.execute("CREATE TABLE scratch (n INTEGER)")
    wrote: list[int] = []

    def write_meanwhile() -> None:
        if not wrote:  # while the copy runs (its progress is shown), the command line writes
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO scratch VALUES (1)")
            other.execute("COMMIT")
            wrote.append(1)

    with qtbot.waitSignal(page.measure.attached, timeout=30000) as got:
        task = page.attach_files([big])
        assert task is not None
        task.progressed.connect(write_meanwhile)
    other.close()
    assert wrote == [1] and got.args == [1]
    names = [
        r["file_name"] for r in demo_ctx.store.rows("SELECT file_name FROM evidence WHERE measure_id = ?", [measure])
    ]
    assert names == ["整改现场录像.zip"]
