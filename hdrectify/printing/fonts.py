"""The shipped Noto Sans SC, registered with reportlab and embedded in every PDF.

Never reportlab's built-in STSong-Light: it is not embedded, and on a machine
without CJK fonts such a page prints blank.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hdrectify.paths import FONTS

REGULAR = "NotoSansSC"
BOLD = "NotoSansSC-Bold"


# Full-width punctuation that must not begin a line (reportlab's list lacks these).
_CANNOT_START = "，；：！？”’》）〉"


def _keep_punctuation_off_line_starts() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "".join(ch for ch in _CANNOT_START if ch not in paragraph.ALL_CANNOT_START)
    if extra:
        textsplit.ALL_CANNOT_START += extra
        paragraph.ALL_CANNOT_START += extra


def register() -> tuple[str, str]:
    """Register the two weights once per process; returns (regular, bold) font names."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        _keep_punctuation_off_line_starts()
        pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "NotoSansSC-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "NotoSansSC-Bold.ttf")))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR, BOLD
