"""Phone photos dropped on the grid: each photo's day (EXIF) matched to a record of the pairing.

:class:`PhotoSuggestionDialog` lists each photo → record, with a checkbox and a changeable
target (an existing record of that day, or a new one of that date), for the user to confirm;
:func:`hdrectify.ui.photos.attach_photos` then copies and writes what was confirmed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hdrectify.domain.cadence import Method
from hdrectify.domain.errors import InputError
from hdrectify.exchange.photos import PhotoDate, photo_date
from hdrectify.exchange.photos import photo_files as expand_photo_files
from hdrectify.store.base import Row
from hdrectify.store.photos import NewRecord, records_on_days
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import zh_date
from hdrectify.ui.models.records_model import method_text
from hdrectify.ui.photos import PhotoJob, attach_photos, source_text, tr
from hdrectify.ui.worker import Progress, Task, failure_text, run_with_progress


@dataclass
class Suggestion:
    """One photo of the dialog: its day (or why it cannot be read) and the records it may go to."""

    path: Path
    taken: PhotoDate | None
    problem: str = ""


def date_photos(
    parent: QWidget, ctx: AppContext, paths: list[Path], on_done: Callable[[list[Suggestion]], None]
) -> Task:
    """Read each photo's day in the background (a folder of hundreds takes a while)."""
    files = expand_photo_files(paths)

    def work(progress: Progress) -> list[Suggestion]:
        found: list[Suggestion] = []
        for n, path in enumerate(files):
            if not progress(n, len(files)):
                break
            try:
                found.append(Suggestion(path, photo_date(path)))
            except InputError as e:
                found.append(Suggestion(path, None, failure_text(e)))
        return found

    return run_with_progress(parent, tr("正在读取照片的拍摄日期…"), work, on_done)


class PhotoSuggestionDialog(QDialog):
    """Each photo → the record of its day for this pairing; emits :attr:`confirmed` with the jobs checked."""

    confirmed = Signal(list)  # list[PhotoJob]
    COL_FILE, COL_DAY, COL_TARGET = 0, 1, 2

    def __init__(
        self, ctx: AppContext, pairing_id: str, suggestions: list[Suggestion], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("photoSuggestionDialog")
        self.setWindowTitle(tr("按拍摄日期添加照片"))
        store = ctx.store
        pairing = store.get("pairings", pairing_id)
        assert pairing is not None
        member, centre = store.get("members", pairing["member_id"]), store.get("centres", pairing["centre_id"])
        assert member is not None and centre is not None
        self.suggestions = suggestions
        days = sorted({s.taken.day for s in suggestions if s.taken is not None})
        records = records_on_days(store, pairing_id, days)
        today = dt.date.today()

        layout = QVBoxLayout(self)
        self.header = QLabel(
            tr("{0} — {1}：按每张照片的日期找到当天的记录。勾选要添加的照片，可改选记录。").format(
                member["name"], centre["name"]
            ),
            self,
        )
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.table = QTableWidget(len(suggestions), 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.table.setObjectName("photoTable")
        self.table.setAccessibleName(tr("照片与对应的记录"))
        self.table.setHorizontalHeaderLabels([tr("照片"), tr("日期（依据）"), tr("添加到")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(self.COL_TARGET, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.combos: list[QComboBox | None] = []
        for row, suggestion in enumerate(suggestions):
            item = QTableWidgetItem(suggestion.path.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(str(suggestion.path))
            self.table.setItem(row, self.COL_FILE, item)
            taken = suggestion.taken
            if taken is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, self.COL_DAY, QTableWidgetItem(""))
                self.table.setItem(row, self.COL_TARGET, QTableWidgetItem(suggestion.problem))
                self.combos.append(None)
                continue
            self.table.setItem(
                row,
                self.COL_DAY,
                QTableWidgetItem(tr("{0}（{1}）").format(zh_date(taken.day), source_text(taken.source))),
            )
            combo = QComboBox(self.table)
            combo.setAccessibleName(tr("“{0}”添加到").format(suggestion.path.name))
            for record in records[taken.day]:
                combo.addItem(self._record_text(record), str(record["id"]))
            paired = pairing["start_on"] <= taken.day.isoformat() and (
                pairing["end_on"] is None or taken.day.isoformat() <= pairing["end_on"]
            )
            if paired and taken.day <= today:
                for method in (Method.ONSITE, *(m for m in Method if m is not Method.ONSITE)):
                    combo.addItem(
                        tr("新建{0}记录（{1}）").format(method_text(method.value), zh_date(taken.day)),
                        NewRecord(pairing_id, taken.day, method.value),
                    )
            if combo.count() == 0:
                combo.addItem(tr("当天不在挂钩期内，或是将来的日期：不能添加"), None)
                combo.setEnabled(False)
            item.setCheckState(Qt.CheckState.Checked if combo.isEnabled() else Qt.CheckState.Unchecked)
            if not combo.isEnabled():
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setCellWidget(row, self.COL_TARGET, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(self.COL_TARGET, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("添加照片"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 420)

    @staticmethod
    def _record_text(record: Row) -> str:
        note = " ".join(str(record["note"]).split())
        note = note if len(note) <= 20 else note[:20] + "…"
        text = tr("{0}的{1}记录").format(zh_date(record["date"]), method_text(record["method"]))
        return f"{text}：{note}" if note else text

    def jobs(self) -> list[PhotoJob]:
        """The photos checked, each with the record chosen for it."""
        chosen: list[PhotoJob] = []
        for row, (suggestion, combo) in enumerate(zip(self.suggestions, self.combos, strict=True)):
            item = self.table.item(row, self.COL_FILE)
            if (
                combo is None
                or item is None
                or item.checkState() != Qt.CheckState.Checked
                or combo.currentData() is None
            ):
                continue
            target = combo.currentData()
            if isinstance(target, NewRecord):
                chosen.append(PhotoJob(suggestion.path, new=target))
            else:
                chosen.append(PhotoJob(suggestion.path, contact_id=str(target)))
        return chosen

    def accept(self) -> None:
        jobs = self.jobs()
        super().accept()
        self.confirmed.emit(jobs)


def suggest_and_attach(parent: QWidget, ctx: AppContext, pairing_id: str, paths: list[Path]) -> Task:
    """The grid's way: read the days, show the suggestions, and attach what the user confirms."""

    def dated(suggestions: list[Suggestion]) -> None:
        dialog = PhotoSuggestionDialog(ctx, pairing_id, suggestions, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda jobs: attach_photos(parent, ctx, jobs))
        dialog.open()

    return date_photos(parent, ctx, paths, dated)
