"""Plain-text tables for the terminal that stay aligned with Chinese (double-width) text."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cols: int) -> str:
    return text + " " * max(0, cols - width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns separated by two spaces; the last column is not padded."""
    cells = [[str(h) for h in headers]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        line = "  ".join(pad(c, widths[i]) if i < len(row) - 1 else c for i, c in enumerate(row))
        lines.append(line.rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"
