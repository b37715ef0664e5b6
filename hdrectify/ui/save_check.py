"""Before the window writes a file the user chose: refuse what the app keeps, ask before replacing.

The core refuses the same paths again (hdrectify.outputs.check_output in every ``make_*``,
``export_bundle`` and ``save_backup``); checking here too says so at once, next to the field,
instead of after a background job. A file chosen in QFileDialog's save dialog has been
confirmed there (it asks before replacing unless told DontConfirmOverwrite, which no dialog
of ours sets); a path typed or given otherwise is asked about with a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.outputs import check_output
from hdrectify.ui.i18n import error_text

OBJECT_NAME = "replaceQuestion"


def confirm_output(
    parent: QWidget,
    path: Path,
    db_path: Path,
    *,
    confirmed: bool,
    proceed: Callable[[], object],
    refuse: Callable[[str], object],
) -> QMessageBox | None:
    """Run ``proceed`` if the file may be written at ``path``; else ``refuse`` with the reason.

    An existing file not ``confirmed`` already (in a save dialog) is asked about first: the
    question is shown with ``open()`` and returned; ``proceed`` runs if the user says 替换.
    ``proceed`` may then overwrite (``force``): the user has agreed, or there was no file.
    """
    try:
        check_output(Path(path), db_path, force=True)
    except InputError as e:
        refuse(error_text(e))
        return None
    if confirmed or not (path.exists() or path.is_symlink()):
        proceed()
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SaveCheck", "文件已存在"),
        QCoreApplication.translate("SaveCheck", "{0} 已存在。要用新文件替换它吗？").format(path),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName(OBJECT_NAME)
    replace = box.addButton(QCoreApplication.translate("SaveCheck", "替换"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("SaveCheck", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)  # replacing is never the accident of a pressed Enter

    def done(_result: int) -> None:
        if box.clickedButton() is replace:
            proceed()

    box.finished.connect(done)
    box.open()
    return box
