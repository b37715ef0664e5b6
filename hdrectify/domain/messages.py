"""The catalogue of what the core can refuse: one code per message, its Simplified Chinese text.

Marked for extraction with the labels and formats of :mod:`hdrectify.domain.wording`: nothing here
imports Qt. ``QT_TRANSLATE_NOOP`` below is a plain function under the name Qt's ``lupdate`` looks
for, so every text lands in ``hdrectify_en.ts`` (context ``InputError``) and the window shows it
in the user's language; the command line and the documents show the Chinese.

A text names its values as ``{name}`` (``str.format``). A value is a plain name, number or date
text; the window translates a value that is itself a label (context ``Labels``) and leaves names.
Codes are ``area.what`` in ASCII; sections below keep each area's codes together.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "InputError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


MESSAGES: dict[str, str] = {
    # -- general ----------------------------------------------------------------------------
    # -- domain: periods, text, ledger -------------------------------------------------------
    # -- store: people, pairings, records, evidence, ledger, settings -------------------------
    # -- store: database, backups, safety --------------------------------------------------------
    # -- exchange: bundles, merge, identity, conflicts ----------------------------------------
    # -- printing and outputs -------------------------------------------------------------------
    # -- command line and app --------------------------------------------------------------------
}


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
    return template.format(**params)
