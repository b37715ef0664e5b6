"""Plain-text tables for the terminal that stay aligned with Chinese (double-width) text.

Everything printed from the database goes through :func:`safe` (in tables, in messages) or
:func:`safe_json`: a name or note that arrived by bundle, or was stored by an older version,
may hold ESC sequences, C1 controls or bidi overrides, and the terminal must show them as
``\\x1b``/``\\u202e`` instead of obeying them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import wcwidth

from hdrectify.domain.text import escape_controls

safe = escape_controls
"""The one helper: ``text`` with controls, format characters and line breaks shown escaped."""

# What json.dumps(ensure_ascii=False) leaves raw and a terminal may obey or hide: DEL and the
# C1 controls, format characters (bidi, zero-width…), line/paragraph separators, lone surrogates.
# Unicode 14's Cc (from U+007F), Cf, Zl, Zp and Cs; JSON escapes what is below U+0020 itself.
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def safe_json(text: str) -> str:
    """JSON text with those characters written as ``\\u`` escapes: it parses to the same data."""
    return _JSON_UNSAFE.sub(lambda m: json.dumps(m.group(), ensure_ascii=True)[1:-1], text)


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wcwidth): CJK characters take two, combining marks none."""
    return int(wcwidth.width(text))


def pad(text: str, cols: int) -> str:
    return text + " " * max(0, cols - width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns separated by two spaces; the last column is not padded; every cell shown :func:`safe`."""
    cells = [[safe(str(h)) for h in headers]] + [[("" if c is None else safe(str(c))) for c in r] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        line = "  ".join(pad(c, widths[i]) if i < len(row) - 1 else c for i, c in enumerate(row))
        lines.append(line.rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
