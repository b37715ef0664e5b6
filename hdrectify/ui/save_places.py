"""另存为: the name a file is offered under, the folder the save dialog starts in, and the
status bar's word on where it went, with a link that opens that folder.

A name says what the file is, for which period and whom, so the clerk files it as it is:
``月度清单-2024年3月-陈志强.pdf``, ``季度汇总-2024年第1季度.xlsx``, ``整改台账-2024年3月5日.pdf``,
``交换包-办公室-2024-03-05.hdbundle``. Names are Chinese whatever the window's language: they
name Chinese documents. Every part is made safe for Windows and Linux file systems.

The folder last saved into is kept in QSettings per kind of file (``checklist``, ``summary``,
``ledger``, ``evidence``, ``exchange``) and overall: a kind not saved before starts where the
last file went, and the first save of all in 文档 (Documents), else the home folder.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QStatusBar

from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.wording import date_text as zh_date

FORBIDDEN = '\\/:*?"<>|'  # what Windows refuses in a name ('/' and NUL on Linux too)
_DROPPED_CATEGORIES = ("Cc", "Cf", "Cs", "Zl", "Zp")  # controls, bidi and zero-width marks, line breaks
_MAX_PART = 60  # characters of one part (a member's or a computer's name)
_LAST = "save/last_folder"
OPEN_FOLDER = "openSavedFolder"  # the status bar's link, by object name


def file_safe(text: str, fallback: str = "hdrectify") -> str:
    """``text`` as part of a file name: without the characters file systems refuse or hide,
    spaces collapsed, no leading or trailing dot or space (Windows drops them); ``fallback`` if
    nothing is left."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch not in FORBIDDEN and (ch.isspace() or unicodedata.category(ch) not in _DROPPED_CATEGORIES)
    )
    kept = " ".join(kept.split())[:_MAX_PART].strip(" .")
    return kept or fallback


def document_name(
    document: str,
    suffix: str,
    *,
    period: Period | None = None,
    member: str | None = None,
    day: dt.date | None = None,
) -> str:
    """The name offered for a document of 打印与导出 (``document`` as in print_dialog).

    ``checklist``: ``period`` a month, ``member`` a name or None for every pairing (全部);
    ``summary``: ``period`` a quarter (季度汇总) or a year (年度汇总); ``ledger`` and
    ``evidence``: as of ``day`` (today), the ledger's DOCX being the report (整改情况报告).
    """
    day = day or dt.date.today()
    if document == "checklist":
        assert period is not None
        parts = ["月度清单", period.label_zh(), file_safe(member, "全部") if member else "全部"]
    elif document == "summary":
        assert period is not None
        parts = ["年度汇总" if period.kind is Kind.YEAR else "季度汇总", period.label_zh()]
    elif document == "ledger":
        parts = ["整改情况报告" if suffix == ".docx" else "整改台账", zh_date(day)]
    elif document == "evidence":
        parts = ["佐证材料", zh_date(day)]
    elif document == "notice":  # member: the unit or member it goes to, None for all
        parts = ["督办提醒单", file_safe(member, "全部") if member else "全部", zh_date(day)]
    else:
        raise ValueError(document)
    return "-".join(parts) + suffix


def bundle_name(installation: str, day: dt.date | None = None) -> str:
    """``交换包-<本机名>-<日期>.hdbundle``: this computer's name and the day it was written."""
    return f"交换包-{file_safe(installation)}-{(day or dt.date.today()):%Y-%m-%d}.hdbundle"


def _key(kind: str) -> str:
    return f"{kind}/folder"


def start_folder(kind: str) -> Path:
    """Where a save dialog for ``kind`` starts: the folder last used for it, else the folder
    last used for any file, else Documents, else home (a remembered folder since removed, as a
    USB stick taken out, is passed over)."""
    settings = QSettings()
    for key in (_key(kind), _LAST):
        saved = settings.value(key)
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(kind: str, saved: Path, *, overall: bool = True) -> None:
    """``saved`` (a file just written) says where the next save of ``kind`` starts, and with
    ``overall`` that of a kind the user has not saved yet."""
    folder = str(Path(saved).parent)
    settings = QSettings()
    settings.setValue(_key(kind), folder)
    if overall:
        settings.setValue(_LAST, folder)


class SavedNotice(QLabel):
    """The status bar's link 打开所在文件夹, shown with the message saying where a file was saved
    and hidden as soon as another message takes its place."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__()
        self.setObjectName(OPEN_FOLDER)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.folder: Path | None = None
        self._message = ""
        self._bar = bar
        self.linkActivated.connect(lambda _: self.open_folder())
        bar.insertPermanentWidget(0, self)
        bar.messageChanged.connect(self._message_changed)
        self.hide()

    def announce(self, path: Path, message: str) -> None:
        """Say ``message`` (which names ``path``) until another message, with the link to its folder."""
        self.folder = Path(path).parent
        self._message = message
        label = self.tr("打开所在文件夹")
        self.setText(f'<a href="folder">{label}</a>')
        self.setToolTip(str(self.folder))
        self._bar.showMessage(message)
        self.show()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _message_changed(self, message: str) -> None:
        if message != self._message:
            self._message = ""
            self.hide()
