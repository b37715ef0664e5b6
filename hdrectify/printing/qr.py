"""QR codes drawn as raw PDF operators, fast enough for one on every page of a thousand forms.

The symbol is segno's (a maintained, pure-Python encoder of ISO/IEC 18004): level M, the
smallest version that holds the payload at that level (never raised to a higher level), and
the mask fixed rather than searched — every mask gives a valid code, and segno's search
(eight trial symbols scored in pure Python) would cost several times the symbol. The
modules are written as one dashed stroke per row instead of a rectangle per module.
"""

from __future__ import annotations

import re

import segno

_RUNS = re.compile(b"\x01+|\x00+")  # a row's runs of dark and light modules


def qr_operators(payload: str, x: float, y: float, size: float) -> str:
    """PDF operators that draw the payload's QR code (level M) in the square at (x, y).

    The square holds the modules only: the quiet zone is the white the page leaves around
    it. Each row of modules is one stroke dashed by its dark runs, in module units under a
    scaling ``cm``, a little thicker than a module so that rows leave no seams.
    """
    matrix = segno.make_qr(payload, error="m", boost_error=False, mask=0).matrix
    n = len(matrix)
    ops = [f"q 0 G 0 J 1.04 w {size / n:.4f} 0 0 {size / n:.4f} {x:.2f} {y:.2f} cm"]
    for r, row in enumerate(matrix):
        line = bytes(row)
        first, last = line.find(1), line.rfind(1) + 1
        if first >= 0:
            dashes = " ".join(str(len(run)) for run in _RUNS.findall(line, first, last))
            ops.append(f"[{dashes} {n}] 0 d {first} {n - r - 0.5} m {last} {n - r - 0.5} l S")
    return " ".join([*ops, "Q"])
