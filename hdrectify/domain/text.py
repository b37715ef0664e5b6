"""What typed text may hold: names are what they look like, notes carry no terminal controls.

Every name the user gives (a centre and its town, a member, a contact person, a problem's
title, an evidence file's name) passes through :func:`clean_name`: Unicode NFC; zero-width
characters, bidi controls and every other format (Cf) or control (Cc) character refused with
a message that says which one and where; half-width, full-width (U+3000) and no-break spaces
trimmed at the ends, and any run of spaces inside made one space. Two names that look the same
are then the same string. Lookups normalise the query the same way, so a name typed with a
full-width space still finds the centre.

Free text (notes, reasons, progress) keeps its tabs and its line breaks as typed (``\n``,
``\r``, and the U+2028, U+2029 and NEL that Word and WeChat paste); every other control
character (NUL, ESC, …) and the bidi controls that can reorder what is shown are refused, so
no note can clear a terminal or hide its real words. Zero-width joiners stay allowed there:
emoji pasted from WeChat are built with them. A BOM is dropped and the ends are trimmed.

Evidence file names come from the disk, not from typing: :func:`clean_file_name` drops the
invisible characters instead of refusing the file, so ``会议纪要\\u202egpj.exe`` is stored as
``会议纪要gpj.exe`` and its real extension is visible.

Numbers are plain ASCII digits (:func:`parse_int`): Python's ``int()`` also takes ``9_0``,
``９０`` and ``+90``, which a person reading the form would not call a number.

Data that arrives by bundle or from an older database is not cleaned here; whatever shows
stored text on a terminal passes it through :func:`escape_controls`.
"""

from __future__ import annotations

import re
import unicodedata

from hdrectify.domain import wording
from hdrectify.domain.errors import InputError

_BIDI = frozenset([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# Spaces a name may hold: trimmed at the ends, a run of them inside becomes one " ".
_NAME_SPACE = re.compile(r"\s+")  # after refusing controls, only the spaces of _is_space are left
# what a note refuses: controls (Cc) and surrogates (Cs) other than tabs and line breaks (\t \n \r
# \x85 \u2028 \u2029), and _BIDI; one regex, not a look at each character (an import checks 100,000 notes)
_NOTE_REFUSED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_INTEGER = re.compile(r"-?[0-9]+")  # a minus is taken only to say "out of range", never "not a number"
_CONTEXT = 10  # characters of the text before the bad one, quoted in the message


class InvisibleCharError(InputError):
    """A character that cannot be seen (or that drives the terminal) in a name or note.

    ``codepoint`` is the character, ``position`` its place counted from 1, so the window
    can point at it.
    """

    def __init__(self, what: str, text: str, index: int, field: str | None = None) -> None:
        ch = text[index]
        before = text[max(0, index - _CONTEXT) : index]
        if before:
            super().__init__(
                "text.invisible", field, what=what, code=_code(ch), char=_name(ch), position=index + 1, before=before
            )
        else:
            super().__init__("text.invisible_at_start", field, what=what, code=_code(ch), char=_name(ch))
        self.codepoint = ord(ch)
        self.position = index + 1


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _name(ch: str) -> str:
    """零宽空格: a label of :mod:`~hdrectify.domain.wording` (the window says it in its language)."""
    return wording.char_name(ord(ch), unicodedata.category(ch))


def _is_space(ch: str) -> bool:
    return ch in "\t\n\r" or (ch.isspace() and unicodedata.category(ch) in ("Zs", "Zl", "Zp"))


def _hidden(ch: str) -> bool:
    """Controls, format characters and lone surrogates (bytes that were not UTF-8)."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs")


def _collapse(text: str) -> str:
    return unicodedata.normalize("NFC", _NAME_SPACE.sub(" ", text).strip(" "))


def clean_name(text: str, what: str = "名称", *, field: str | None = None) -> str:
    """``text`` as a name: NFC, spaces trimmed and collapsed; invisible characters refused.

    ``what`` names the field in the message (``康园中心名称``, ``党员姓名``…), ``field`` in the
    refusal (for the window to mark). An empty
    result is returned as ``""``: the caller says what an empty name means.
    """
    text = unicodedata.normalize("NFC", text)
    for i, ch in enumerate(text):
        if _hidden(ch) and not _is_space(ch):
            raise InvisibleCharError(what, text, i, field)
    return _collapse(text)


def name_key(text: str) -> str:
    """What a name looks like: the form two names are compared in, for rows stored before the rules."""
    text = unicodedata.normalize("NFC", text)
    return _collapse("".join(ch for ch in text if _is_space(ch) or not _hidden(ch)))


def clean_note(text: str, what: str = "内容", *, field: str | None = None) -> str:
    """Free text: NFC, ends trimmed; controls other than tabs and line breaks refused.

    Bidi controls are refused too (they can make a note read differently from what it
    holds); zero-width joiners, soft hyphens and other format characters stay.
    """
    text = unicodedata.normalize("NFC", text)
    bad = _NOTE_REFUSED.search(text)
    if bad is not None:
        raise InvisibleCharError(what, text, bad.start(), field)
    return text.replace("\ufeff", "").strip()


def clean_file_name(name: str) -> str:
    """An evidence file's name as stored and shown: invisible characters dropped, spaces as in names.

    The name comes from the disk, not from typing; dropping the characters keeps the file
    and shows its real extension (``会议纪要\\u202egpj.exe`` becomes ``会议纪要gpj.exe``).
    """
    cleaned = name_key(name)
    if not cleaned or cleaned in (".", ".."):
        raise InputError("text.file_name_invisible")
    return cleaned


def parse_int(text: str, what: str, low: int, high: int) -> int:
    """A whole number typed as ASCII digits 0-9 (spaces around allowed), from ``low`` to ``high``.

    ``re``'s ``[0-9]`` and not ``int()``: that also takes ``9_0``, ``９０``, ``+90`` and ``٩٠``.
    """
    digits = text.strip(" \t\u3000\xa0")
    if not _INTEGER.fullmatch(digits):
        raise InputError("number.not_whole", None, what=what, text=escape_controls(text), low=low, high=high)
    value = int(digits)
    if not low <= value <= high:
        raise InputError("number.out_of_range", None, what=what, value=value, low=low, high=high)
    return value


def escape_controls(text: str) -> str:
    """``text`` safe to print: controls, format characters and line breaks shown as ``\\x1b``, ``\\u202e``…

    Stored text may come from a bundle or an older database and hold anything; the
    terminal must still show what is there and never obey it.
    """
    if text.isprintable() or not any(_shown_escaped(ch) for ch in text):
        return text
    return "".join(_escape(ch) if _shown_escaped(ch) else ch for ch in text)


def _shown_escaped(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if ch == "\r":
        return "\\r"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
