"""A stored file shown in the system's viewer: a read-only copy under its own name, the stored file untouched.

Photos, report files, scanned checklists and the cell's scans all open this way (evidence too, through
``evidence_list``, which also says when no program can open the file).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from hdrectify.store import faults
from hdrectify.store.base import Row, Store
from hdrectify.store.evidence import copy_for_viewing

VIEW_FOLDER = "hdrectify-view"


def open_copy(store: Store, row: Row) -> Path:
    """Copy ``row``'s stored file for viewing and open it; the copy. :class:`InputError` when the copy
    cannot be made (the stored file gone or altered, a full disk: the system's refusal in our words)."""
    try:
        copy = copy_for_viewing(store, row, Path(tempfile.gettempdir()) / VIEW_FOLDER)
    except OSError as e:
        raise faults.refusal(e) from None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    return copy
