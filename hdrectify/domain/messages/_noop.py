"""``QT_TRANSLATE_NOOP`` without Qt: a plain function under the name Qt's ``lupdate`` looks for."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
