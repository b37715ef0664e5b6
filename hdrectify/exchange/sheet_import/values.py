"""Reading one cell as what its column holds: dates in the forms people type, methods, quarters, scores.

Dates: ``2024-03-05``, ``2024/3/5``, ``2024.3.5``, ``2024年3月5日``, ``20240305``, a time after
the date (``2024/3/5 0:00``, as Excel writes a CSV), Excel's serial numbers and date cells;
digits and signs typed full-width (``２０２４－０３－０５``) are read as half-width. Names go
through :func:`hdrectify.domain.text.clean_name` later (the store's own checks), so an
invisible character in a name is refused with the row. A formula cell is never evaluated:
it comes as the value Excel saved, or as its text (``=cmd|…``), read as text (reading.py). No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from hdrectify.domain.cadence import Method
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind as PeriodKind
from hdrectify.domain.periods import Period
from hdrectify.exchange.sheet_import.fields import Field, Value

_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_QUARTER = re.compile(r"(\d{4})\s*年?\s*[-_ ]?\s*(?:[Qq]\s*([1-4])|第?\s*([1-4一二三四])\s*季度?)")
_YEAR = re.compile(r"(\d{4})\s*(?:年度?)?")
_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4}
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug: serials from 61 on)

# what people write in a 方式 column, looked for in this order (走访 before 电话: "电话走访" is rare, "走访" is on site)
_METHOD_WORDS = (
    (Method.ONSITE, ("到岗", "走访", "现场", "实地", "上门", "到中心", "到点", "onsite", "on-site", "visit")),
    (Method.WECHAT, ("微信", "视频", "wechat")),
    (Method.PHONE, ("电话", "手机", "通话", "phone", "call")),
    (Method.MEETING, ("会议", "座谈", "开会", "meeting")),
    (Method.OTHER, ("其他", "其它", "other")),
)
METHOD_CHOICES = ("电话", "微信", "到岗", "会议", "其他")  # the template's list, in SPEC's order


def folded(text: str) -> str:
    """Full-width digits, letters and signs as half-width; ends trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def text_of(value: object) -> str:
    """A cell as text: a whole float without its ``.0`` (a phone number typed as a number), a date as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_date(value: object, what: str) -> dt.date:
    """A date cell or text; ``what`` names the column in the message."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value, what)
    text = folded(text_of(value))
    if _SERIAL.fullmatch(text):
        return _serial(float(text), what)
    m = _DATE.fullmatch(text) or _COMPACT.fullmatch(text)
    if m is None:
        raise InputError("import.date_bad", what, field=what, text=text_of(value)[:40])
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise InputError("import.date_invalid", what, field=what, text=text) from None


def _serial(number: float, what: str) -> dt.date:
    # 1 = 1900-01-01 … 2958465 = 9999-12-31; fractions are the time of day
    if not 1 <= number <= 2958465:
        raise InputError("import.date_bad", what, field=what, text=text_of(number))
    whole = int(number)
    return _EXCEL_EPOCH + dt.timedelta(days=whole if whole >= 61 else whole + 1)


def parse_method(value: object) -> str:
    """电话/微信/到岗/走访/现场/会议/其他 (and SPEC's English names) → SPEC's method."""
    found = _method_of(folded(text_of(value)).lower())
    if found is None:
        raise InputError("import.method_bad", "method", text=text_of(value)[:40])
    return found


@functools.lru_cache(maxsize=256)  # a column of 50,000 rows holds a handful of different words
def _method_of(text: str) -> str | None:
    try:
        return Method(text).value
    except ValueError:
        pass
    for method, words in _METHOD_WORDS:
        if any(w in text for w in words):
            return method.value
    return None


def parse_quarter(value: object) -> Period:
    text = folded(text_of(value))
    m = _QUARTER.fullmatch(text)
    if m is None:
        raise InputError("import.quarter_bad", "quarter", text=text[:40])
    q = int(m[2]) if m[2] else _CN_DIGIT.get(m[3]) or int(m[3])
    return Period.parse(f"{m[1]}-Q{q}", PeriodKind.QUARTER)


def parse_year(value: object) -> Period:
    text = folded(text_of(value))
    m = _YEAR.fullmatch(text)
    if m is None:
        raise InputError("import.year_bad", "year", text=text[:40])
    return Period.parse(m[1], PeriodKind.YEAR)


def parse_score(value: object) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = folded(text_of(value))
    if isinstance(value, bool) or not re.fullmatch(r"-?\d+", text):
        raise InputError("import.score_bad", "score", text=text_of(value)[:40])
    score = int(text)
    if not 0 <= score <= 100:
        raise InputError("import.score_bad", "score", text=text)
    return score


def read_value(f: Field, value: object) -> object:
    """The cell ``value`` as field ``f`` holds it (blank: ``None``, or refused when required)."""
    if is_blank(value):
        if f.required:
            raise InputError("import.required", f.key, field=f.header)
        return None
    if f.value is Value.DATE:
        return parse_date(value, f.header)
    if f.value is Value.METHOD:
        return parse_method(value)
    if f.value is Value.QUARTER:
        return parse_quarter(value)
    if f.value is Value.YEAR:
        return parse_year(value)
    if f.value is Value.SCORE:
        return parse_score(value)
    return text_of(value)
