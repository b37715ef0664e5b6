"""The catalogue of what the core can refuse: one code per message, its Simplified Chinese text.

Marked for extraction with the labels and formats of :mod:`hdrectify.domain.wording`: nothing here
imports Qt. ``QT_TRANSLATE_NOOP`` below is a plain function under the name Qt's ``lupdate`` looks
for, so every text lands in ``hdrectify_en.ts`` (context ``InputError``) and the window shows it
in the user's language; the command line and the documents show the Chinese.

A text names its values as ``{name}`` (``str.format``). A value is a plain name, number, date or
:class:`~hdrectify.domain.periods.Period` (said as its label); the window translates a value that is
itself a label (context ``Labels``), says a period in the user's language and leaves names.
Codes are ``area.what`` in ASCII. Each area's codes live in a module of this package (core, store,
safety, exchange, outputs, app); a new code goes into its area's module, and a code defined twice
is an error at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hdrectify.domain.messages import app, core, exchange, outputs, safety, store
from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP
from hdrectify.domain.messages.labels import FIELD_LABELS

__all__ = ["CONTEXT", "FIELD_LABELS", "MESSAGES", "QT_TRANSLATE_NOOP", "render"]

CONTEXT = "InputError"


def _merged() -> dict[str, str]:
    merged: dict[str, str] = {}
    for part in (core, store, safety, exchange, outputs, app):
        twice = merged.keys() & part.MESSAGES.keys()
        if twice:
            raise RuntimeError(f"message codes defined twice: {sorted(twice)}")
        merged.update(part.MESSAGES)
    return merged


MESSAGES: dict[str, str] = _merged()


def render(code: str, params: Mapping[str, Any]) -> str:
    """The Chinese text of ``code`` with ``params`` filled in.

    An unknown code is a programming error and says so (the test of the catalogue finds every
    code raised); a code that is a whole sentence (legacy, being converted) is shown as is.
    """
    template = MESSAGES.get(code)
    if template is None:
        if code.isascii():
            raise KeyError(f"unknown message code {code!r}")
        return code  # legacy: InputError("整句话"), to be given a code
    return template.format(**{name: _chinese(value) for name, value in params.items()})


def _chinese(value: Any) -> Any:
    """A value as the Chinese text says it: a period by its label (2024年第1季度), the rest as they are."""
    label = getattr(value, "label_zh", None)  # a Period (not imported: periods raises through this module)
    return label() if callable(label) else value
