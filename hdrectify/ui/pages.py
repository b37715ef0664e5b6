"""The screens of the main window, in navigation order, and the protocol they follow.

A page is a QWidget built as ``Page(ctx)`` that holds its form, reads from
``ctx.store`` and writes through ``ctx.write()``. The window calls ``refresh()``
when the page is shown and after a write whose :class:`~hdrectify.ui.context.Changes` touch
what the page shows (``PageSpec.concerns``): at once if it is visible, else when it is next shown.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hdrectify.ui.context import AppContext, Changes


@runtime_checkable
class Page(Protocol):
    def refresh(self) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    cls: str
    concerns: Changes  # the changes that make the page read again

    def title(self) -> str:
        return QCoreApplication.translate("Pages", str(_TITLES[self.key]))

    def build(self, ctx: AppContext) -> QWidget:
        widget = getattr(importlib.import_module(self.module), self.cls)(ctx)
        if not (isinstance(widget, QWidget) and isinstance(widget, Page)):
            raise TypeError(f"{self.module}.{self.cls} is not a page: a QWidget with refresh()")
        return widget


# Marked for lupdate here, translated when shown.
_TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("Pages", "工作台"),
    "cadence": QT_TRANSLATE_NOOP("Pages", "挂钩联系"),
    "records": QT_TRANSLATE_NOOP("Pages", "走访记录"),
    "ledger": QT_TRANSLATE_NOOP("Pages", "整改台账"),
    "people": QT_TRANSLATE_NOOP("Pages", "中心与党员"),
}

PAGES = [
    # what is due and missed, the members' rates, the measures near their deadline ("me" and the
    # warning days are settings)
    PageSpec(
        "dashboard",
        "hdrectify.ui.dashboard",
        "DashboardPage",
        Changes(records=True, pairings=True, people=True, ledger=True, settings=True),
    ),
    # the year's statuses: records and pairings; the deadlines of reports and reviews are settings
    PageSpec(
        "cadence",
        "hdrectify.ui.cadence_grid",
        "CadenceGridPage",
        Changes(records=True, pairings=True, people=True, settings=True),
    ),
    PageSpec("records", "hdrectify.ui.records", "RecordsPage", Changes(records=True, people=True, pairings=True)),
    # problems found on visits join the ledger (a contact's write says ledger too); colours by warning days
    PageSpec("ledger", "hdrectify.ui.ledger", "LedgerPage", Changes(ledger=True, evidence=True, settings=True)),
    PageSpec("people", "hdrectify.ui.people", "PeoplePage", Changes(people=True, pairings=True)),
]
