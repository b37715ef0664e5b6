"""The one exception the core raises for bad input, as data: a code, the field, the values.

The core never builds the sentence itself. :mod:`hdrectify.domain.messages` holds one catalogue
of codes, each with its Simplified Chinese text; the command line and the documents render it in
Chinese (``str(error)``), the window through Qt's translator (``hdrectify.ui.i18n.error_text``),
and a dialog marks the widget that ``error.field`` names.
"""

from __future__ import annotations

from typing import Any


class InputError(ValueError):
    """Bad input from the user: ``code`` (in the catalogue), ``field`` it concerns, ``params`` to fill in.

    ``str(error)`` is the one-line Chinese message that says what to do.
    """

    def __init__(self, code: str, field: str | None = None, /, **params: Any) -> None:
        from hdrectify.domain.messages import render

        self.code = code
        self.field = field
        self.params = params
        super().__init__(render(code, params))

    @property
    def message(self) -> str:
        """The Chinese text (as the command line and the documents show it)."""
        return str(self)
