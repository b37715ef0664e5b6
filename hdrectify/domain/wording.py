"""Every label and format the users read, written once: dates, timestamps, periods, numerals, percentages,
and the names of obligations, contact methods and statuses.

Marked for extraction, like :mod:`hdrectify.domain.messages`: nothing here imports Qt, and every Chinese
text sits in a ``QT_TRANSLATE_NOOP("Labels", …)`` (a plain function under the name Qt's ``lupdate`` looks
for), so it lands in ``hdrectify_en.ts`` under the context ``Labels``. The command line and the printed
documents use these functions as they are (Chinese); the window goes through the thin wrappers of
``hdrectify.ui.labels``, which translate the same texts with ``QCoreApplication.translate("Labels", zh)``.

The functions take plain values (dates, ints, the enums' string values), so this module imports nothing
of the domain and every other module may import it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


# -- dates and periods: formats with numbered places, so a translation may reorder them -----------

DATE = QT_TRANSLATE_NOOP("Labels", "{0}年{1}月{2}日")  # 2024年3月5日
MONTH_DAY = QT_TRANSLATE_NOOP("Labels", "{0}月{1}日")  # 3月5日, where the year goes without saying
TIMESTAMP = QT_TRANSLATE_NOOP("Labels", "{0} {1}")  # a date as DATE, then 18:30
WEEK = QT_TRANSLATE_NOOP("Labels", "{0}年第{1}周")  # 2024年第10周
MONTH = QT_TRANSLATE_NOOP("Labels", "{0}年{1}月")  # 2024年3月
QUARTER = QT_TRANSLATE_NOOP("Labels", "{0}年第{1}季度")  # 2024年第1季度 (as periods, file names and the CLI)
YEAR = QT_TRANSLATE_NOOP("Labels", "{0}年")  # 2024年
YEAR_WHOLE = QT_TRANSLATE_NOOP("Labels", "{0}年度")  # 2024年度: a year as a summary's span
WEEK_SHORT = QT_TRANSLATE_NOOP("Labels", "第{0}周")  # within a known year
MONTH_SHORT = QT_TRANSLATE_NOOP("Labels", "{0}月")
QUARTER_SHORT = QT_TRANSLATE_NOOP("Labels", "第{0}季度")
NO_VALUE = "—"  # a rate with nothing counted


def date_text(day: dt.date | str | None, fmt: str = DATE) -> str:
    """2024年3月5日; empty for none. ``day`` may be an ISO date or timestamp text."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return fmt.format(day.year, day.month, day.day)


def month_day_text(day: dt.date, fmt: str = MONTH_DAY) -> str:
    """3月5日."""
    return fmt.format(day.month, day.day)


def timestamp_text(stamp: dt.datetime | str, fmt: str = TIMESTAMP, date_fmt: str = DATE) -> str:
    """An ISO timestamp as 2024年3月5日 18:30, in the time zone it was written in; unreadable text as is."""
    if isinstance(stamp, str):
        try:
            when = dt.datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
    else:
        when = stamp
    return fmt.format(date_text(when.date(), date_fmt), f"{when:%H:%M}")


def week_text(year: int, week: int, fmt: str = WEEK) -> str:
    return fmt.format(year, week)


def month_text(year: int, month: int, fmt: str = MONTH) -> str:
    return fmt.format(year, month)


def quarter_text(year: int, quarter: int, fmt: str = QUARTER) -> str:
    """2024年第1季度: one spelling, with an Arabic numeral, everywhere (the window, the CLI, documents)."""
    return fmt.format(year, quarter)


def year_text(year: int, fmt: str = YEAR) -> str:
    return fmt.format(year)


def period_text(kind: str, year: int, index: int, formats: tuple[str, str, str, str] | None = None) -> str:
    """A period by its kind (``week``, ``month``, ``quarter``, ``year``): 2024年第10周, 2024年3月, …"""
    week, month, quarter, year_fmt = formats or (WEEK, MONTH, QUARTER, YEAR)
    if kind == "week":
        return week.format(year, index)
    if kind == "month":
        return month.format(year, index)
    if kind == "quarter":
        return quarter.format(year, index)
    return year_fmt.format(year)


def month_span_text(start: str | None, end: str | None) -> str:
    """An inspection period from stored months or dates, as the documents say it in Chinese:
    ``2023-03``/``2023-06`` → 2023年3月至6月."""

    def part(value: str, with_year: bool) -> str:
        bits = [int(b) for b in value.split("-")[:3]]
        text = f"{bits[0]}年" if with_year else ""
        if len(bits) > 1:
            text += f"{bits[1]}月"
        if len(bits) > 2:
            text += f"{bits[2]}日"
        return text

    if not start:
        return ""
    first = part(start, True)
    if not end or end == start:
        return first
    return f"{first}至{part(end, end[:4] != start[:4])}"


# -- punctuation that joins texts: inside the translatable strings, so English gets its own -------

LIST_SEP = QT_TRANSLATE_NOOP("Labels", "、")  # 甲、乙、丙
CLAUSE_SEP = QT_TRANSLATE_NOOP("Labels", "；")  # between clauses, and the lines of a note put on one line
LABELLED = QT_TRANSLATE_NOOP("Labels", "{0}：{1}")  # 方式：电话
ASIDE = QT_TRANSLATE_NOOP("Labels", "{0}（{1}）")  # 陈志强（13800000000）
SPAN = QT_TRANSLATE_NOOP("Labels", "{0}–{1}")  # from – to


# -- phrases: words the core builds from a format above and values, said by each side in its language ----


@dataclass(frozen=True)
class Phrase:
    """A format of this module (its Chinese, marked for translation) and the values that fill it.

    The core passes a phrase where it names something in words (a pairing with its dates, a
    member's pairing): ``str()`` says it in Chinese (the command line, the documents, a refusal's
    Chinese text); the window translates ``fmt`` and each value (``hdrectify.ui.labels.phrase_text``).
    A value is a plain value (a name, a date), a refusal (its text) or a phrase itself.
    """

    fmt: str
    args: tuple[object, ...] = ()
    sep: bool = False  # ``fmt`` joins ``args`` (a list said with LIST_SEP or CLAUSE_SEP)

    def text(self, say: Callable[[str], str] | None = None, value: Callable[[object], object] | None = None) -> str:
        """The phrase with ``say`` translating each format and ``value`` saying each value (none: in Chinese)."""
        fmt = say(self.fmt) if say is not None else self.fmt
        parts = [
            a.text(say, value) if isinstance(a, Phrase) else str(value(a) if value is not None else a)
            for a in self.args
        ]
        return fmt.join(parts) if self.sep else fmt.format(*parts)

    def __str__(self) -> str:
        return self.text()

    def __format__(self, spec: str) -> str:
        return format(self.text(), spec)


PAIRING_FROM = QT_TRANSLATE_NOOP("Labels", "{0} 至 {1}")  # a pairing's dates: 2024-01-01 至 2024-12-31
PAIRING_OPEN = QT_TRANSLATE_NOOP("Labels", "{0} 至 今")  # a pairing not ended
PAIRING_NAMED = QT_TRANSLATE_NOOP("Labels", "{0} — {1}（{2}）")  # member — centre (dates)
PAIRING_SPANS = QT_TRANSLATE_NOOP("Labels", "挂钩期间：{0}")
NEVER_PAIRED = QT_TRANSLATE_NOOP("Labels", "两者从未挂钩")
MEMBERS_PAIRING = QT_TRANSLATE_NOOP("Labels", "{0}的挂钩")  # 陈志强的挂钩


def pairing_span(start: str, end: str | None) -> Phrase:
    """2024-01-01 至 2024-12-31, or 2024-01-01 至 今 for a pairing not ended."""
    return Phrase(PAIRING_FROM, (start, end)) if end else Phrase(PAIRING_OPEN, (start,))


def pairing_named(member: str, centre: str, start: str, end: str | None) -> Phrase:
    """陈志强 — 平山街道康园中心（2024-01-01 至 今）."""
    return Phrase(PAIRING_NAMED, (member, centre, pairing_span(start, end)))


def pairing_spans(spans: Iterable[tuple[str, str | None]]) -> Phrase:
    """挂钩期间：2024-01-01 至 2024-06-30；2025-01-01 至 今 (or 两者从未挂钩)."""
    listed = [pairing_span(start, end) for start, end in spans]
    if not listed:
        return Phrase(NEVER_PAIRED)
    return Phrase(PAIRING_SPANS, (Phrase(CLAUSE_SEP, tuple(listed), sep=True),))


THIS_COMPUTER = QT_TRANSLATE_NOOP("Labels", "{0}（本机）")  # this computer, by its name
NOTICE_LEDGER = QT_TRANSLATE_NOOP("Labels", "通报台账")  # where the notice's own rows come from


def this_computer(name: str) -> Phrase:
    """办公室（本机）: this computer's name, said to be this one."""
    return Phrase(THIS_COMPUTER, (name,))


MEMBER_DESCRIBED = QT_TRANSLATE_NOOP("Labels", "{0}（{1}）")  # 陈志强（挂钩平山街道康园中心，电话 138…）
PART_SEP = QT_TRANSLATE_NOOP("Labels", "，")  # between the parts of a description
MEMBER_PAIRED_WITH = QT_TRANSLATE_NOOP("Labels", "挂钩{0}")
MEMBER_UNPAIRED = QT_TRANSLATE_NOOP("Labels", "未挂钩")
MEMBER_PHONE = QT_TRANSLATE_NOOP("Labels", "电话 {0}")


def member_described(name: str, centres: list[str], phone: str) -> Phrase:
    """陈志强（挂钩平山街道康园中心、安墩镇康园中心，电话 13800000000）: a member told from namesakes."""
    paired = Phrase(MEMBER_PAIRED_WITH, (Phrase(LIST_SEP, tuple(centres), sep=True),)) if centres else None
    parts: list[object] = [paired or Phrase(MEMBER_UNPAIRED)]
    if phone:
        parts.append(Phrase(MEMBER_PHONE, (phone,)))
    return Phrase(MEMBER_DESCRIBED, (name, Phrase(PART_SEP, tuple(parts), sep=True)))


def members_pairing(member: str) -> Phrase:
    """陈志强的挂钩: a pairing named by its member, as the subject of a refusal."""
    return Phrase(MEMBERS_PAIRING, (member,))


# -- numbers ----------------------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def zh_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numbering of 一、 and 一是 (1–99; others in digits)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


AREA_HEADING = QT_TRANSLATE_NOOP("Labels", "{0}、{1}")  # 一、title


def area_heading(no: int, title: str, fmt: str = AREA_HEADING, *, chinese: bool = True) -> str:
    """一、title: an area of the ledger as headings number it (``chinese=False``: 1 in digits, for English)."""
    return fmt.format(zh_numeral(no) if chinese else no, title)


def percent(rate: float | None) -> str:
    """A rate (0–1) with one decimal: 0.0%, 33.3%, 100.0%; — when there is nothing to count.

    One precision everywhere, so the window, the command line and the documents show the same figure.
    """
    if rate is None:
        return NO_VALUE
    return f"{rate * 100:.1f}%"


# -- names: obligations, contact methods, statuses (keyed by the enums' values) --------------------

OBLIGATION = {
    "contact": QT_TRANSLATE_NOOP("Labels", "每周联系"),
    "visit": QT_TRANSLATE_NOOP("Labels", "每月到岗"),
    "report": QT_TRANSLATE_NOOP("Labels", "季度汇报"),
    "review": QT_TRANSLATE_NOOP("Labels", "年度考评"),
}
METHOD = {
    "phone": QT_TRANSLATE_NOOP("Labels", "电话"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "onsite": QT_TRANSLATE_NOOP("Labels", "到岗"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "会议"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
ROLE = {  # what an installation is (setting "role"): who signed a bundle, the trust list
    "office": QT_TRANSLATE_NOOP("Labels", "办公室"),
    "member": QT_TRANSLATE_NOOP("Labels", "党员电脑"),
}
HOW_TRUSTED = {  # how an installation came on the trust list (exchange/trust.py)
    "confirmed": QT_TRANSLATE_NOOP("Labels", "已核对指纹"),
    "first_office": QT_TRANSLATE_NOOP("Labels", "首次收到办公室交换包时信任"),
}
METHOD_HINT = {  # said beside a method where one is chosen: 到岗（到中心现场）
    "onsite": QT_TRANSLATE_NOOP("Labels", "到中心现场"),
}
STATUS = {  # of an owed period (SPEC "Status")
    "done": QT_TRANSLATE_NOOP("Labels", "已完成"),
    "late": QT_TRANSLATE_NOOP("Labels", "逾期完成"),
    "exempt": QT_TRANSLATE_NOOP("Labels", "免"),
    "missed": QT_TRANSLATE_NOOP("Labels", "未完成"),
    "due": QT_TRANSLATE_NOOP("Labels", "待完成"),
    "upcoming": QT_TRANSLATE_NOOP("Labels", "未开始"),
}
MEASURE_STATUS_CONTEXT = "MeasureStatus"  # its own context: 未开始 is "Not started" here, "Upcoming" above
MEASURE_STATUS = {  # of a ledger measure
    "open": QT_TRANSLATE_NOOP("MeasureStatus", "未开始"),
    "in_progress": QT_TRANSLATE_NOOP("MeasureStatus", "整改中"),
    "done": QT_TRANSLATE_NOOP("MeasureStatus", "已完成"),
}
REQUEST_STATE = {  # of a 申请销号 (store/close_requests.py): where it stands
    "pending": QT_TRANSLATE_NOOP("Labels", "待审核"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "已销号"),
    "returned": QT_TRANSLATE_NOOP("Labels", "已退回"),
}
DEADLINE_WARNING = {  # how near a measure's deadline is (domain.ledger.DeadlineWarning), said beside its colour
    "red": QT_TRANSLATE_NOOP("Labels", "已逾期"),
    "yellow": QT_TRANSLATE_NOOP("Labels", "临近时限"),
    "green": QT_TRANSLATE_NOOP("Labels", "时间充裕"),
}
# the legend of those colours, on the dashboard and the ledger: the colours as they are painted (the
# "time enough" colour is teal, not green, so that red and it stay apart for red-green colour blindness)
DEADLINE_LEGEND = QT_TRANSLATE_NOOP(
    "Labels", "红底 已逾期　黄底 剩 {yellow} 天内到期　青底 剩 {green} 天以上（其间不着色；每行另以文字写明）"
)
NOTICE_LEVEL = {  # how hard a 督办提醒单 presses, by how long its items are overdue (domain.notice.NoticeLevel)
    "remind": QT_TRANSLATE_NOOP("Labels", "提醒"),
    "urge": QT_TRANSLATE_NOOP("Labels", "督办"),
    "warn": QT_TRANSLATE_NOOP("Labels", "告诫"),
}
SCAN_RESULT_CONTEXT = "ScanResults"
SCAN_RESULT = {  # what became of one page of a signed checklist's scan (domain.scans.ScanResult)
    "attached": QT_TRANSLATE_NOOP("ScanResults", "已附到当月到岗记录"),
    "pending": QT_TRANSLATE_NOOP("ScanResults", "已收到扫描件，待补登到岗记录"),
    "duplicate": QT_TRANSLATE_NOOP("ScanResults", "已有相同扫描件，未重复添加"),
    "no_qr": QT_TRANSLATE_NOOP("ScanResults", "未识别到清单二维码，未添加"),
    "unknown_pairing": QT_TRANSLATE_NOOP("ScanResults", "二维码中的挂钩关系不在本数据库中，未添加"),
    "not_owed": QT_TRANSLATE_NOOP("ScanResults", "该挂钩当月无需到岗，未添加"),
    "unreadable": QT_TRANSLATE_NOOP("ScanResults", "无法读取该文件或页面，未添加"),
}
SOURCE = {  # where a ledger problem comes from
    "inspection": QT_TRANSLATE_NOOP("Labels", "巡察反馈"),
    "visit": QT_TRANSLATE_NOOP("Labels", "走访发现"),
}
WEEKDAY = (  # ISO order: Monday first (the tray's weekly reminder day, domain/reminders.py)
    QT_TRANSLATE_NOOP("Labels", "星期一"),
    QT_TRANSLATE_NOOP("Labels", "星期二"),
    QT_TRANSLATE_NOOP("Labels", "星期三"),
    QT_TRANSLATE_NOOP("Labels", "星期四"),
    QT_TRANSLATE_NOOP("Labels", "星期五"),
    QT_TRANSLATE_NOOP("Labels", "星期六"),
    QT_TRANSLATE_NOOP("Labels", "星期日"),
)
RECORD_KIND = {  # what a record of the cadence is, besides a contact (named by its method)
    "reports": QT_TRANSLATE_NOOP("Labels", "季度汇报"),
    "reviews": QT_TRANSLATE_NOOP("Labels", "年度考评"),
}

HOLIDAY = {  # the statutory holidays, keyed by chinese_calendar's names (domain.holidays)
    "New Year's Day": QT_TRANSLATE_NOOP("Labels", "元旦"),
    "Spring Festival": QT_TRANSLATE_NOOP("Labels", "春节"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP("Labels", "清明节"),
    "Labour Day": QT_TRANSLATE_NOOP("Labels", "劳动节"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP("Labels", "端午节"),
    "National Day": QT_TRANSLATE_NOOP("Labels", "国庆节"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP("Labels", "中秋节"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP("Labels", "抗战胜利纪念日"),
}
HOLIDAY_JOIN = QT_TRANSLATE_NOOP("Labels", "、")  # 国庆节、中秋节: holidays of one closure
# the reason an exemption for a closure is offered with: 2025年春节假期（1月28日—2月4日）
HOLIDAY_REASON = QT_TRANSLATE_NOOP("Labels", "{0}年{1}假期（{2}—{3}）")
HOLIDAY_REASON_DAY = QT_TRANSLATE_NOOP("Labels", "{0}年{1}假期（{2}）")  # a closure of one day
HOLIDAY_OFF = QT_TRANSLATE_NOOP("Labels", "{0}放假：{1}—{2}")  # 春节放假：1月28日—2月4日
HOLIDAY_WORK = QT_TRANSLATE_NOOP("Labels", "调休上班：{0}")  # 1月26日、2月8日


def obligation_label(value: str) -> str:
    return OBLIGATION[value]


def method_label(value: str) -> str:
    """A contact's method; a value this version does not know (from a newer laptop) as it is."""
    return METHOD.get(value, value)


def status_label(value: str) -> str:
    return STATUS[value]


def deadline_warning_label(value: str) -> str:
    return DEADLINE_WARNING[value]


def notice_level_label(value: str) -> str:
    return NOTICE_LEVEL[value]


def measure_status_label(value: str) -> str:
    return MEASURE_STATUS[value]


def request_state_label(value: str) -> str:
    return REQUEST_STATE[value]


def source_label(value: str) -> str:
    return SOURCE[value]


def weekday_label(iso_weekday: int) -> str:
    """星期一 … 星期日 for ISO weekdays 1 … 7."""
    return WEEKDAY[iso_weekday - 1]


def record_kind_label(table: str, method: str | None) -> str:
    """A cadence record as the grid's records list names it: the contact's method, 季度汇报 or 年度考评."""
    if table == "contacts" and method is not None:
        return method_label(method)
    return RECORD_KIND.get(table, RECORD_KIND["reviews"])


# -- invisible characters, as a refusal names them (U+200B 零宽空格) --------------------------------

CHAR_NAMES = {  # the ones people meet in pasted text
    0x0000: QT_TRANSLATE_NOOP("Labels", "空字符 NUL"),
    0x0009: QT_TRANSLATE_NOOP("Labels", "制表符"),
    0x001B: QT_TRANSLATE_NOOP("Labels", "转义字符 ESC"),
    0x007F: QT_TRANSLATE_NOOP("Labels", "删除字符 DEL"),
    0x00AD: QT_TRANSLATE_NOOP("Labels", "软连字符"),
    0x061C: QT_TRANSLATE_NOOP("Labels", "阿拉伯字母标记"),
    0x180E: QT_TRANSLATE_NOOP("Labels", "蒙古文元音分隔符"),
    0x200B: QT_TRANSLATE_NOOP("Labels", "零宽空格"),
    0x200C: QT_TRANSLATE_NOOP("Labels", "零宽不连字"),
    0x200D: QT_TRANSLATE_NOOP("Labels", "零宽连字"),
    0x200E: QT_TRANSLATE_NOOP("Labels", "从左到右标记"),
    0x200F: QT_TRANSLATE_NOOP("Labels", "从右到左标记"),
    0x202A: QT_TRANSLATE_NOOP("Labels", "从左到右嵌入"),
    0x202B: QT_TRANSLATE_NOOP("Labels", "从右到左嵌入"),
    0x202C: QT_TRANSLATE_NOOP("Labels", "方向格式结束"),
    0x202D: QT_TRANSLATE_NOOP("Labels", "从左到右强制"),
    0x202E: QT_TRANSLATE_NOOP("Labels", "从右到左强制"),
    0x2060: QT_TRANSLATE_NOOP("Labels", "字连接符"),
    0x2066: QT_TRANSLATE_NOOP("Labels", "从左到右隔离"),
    0x2067: QT_TRANSLATE_NOOP("Labels", "从右到左隔离"),
    0x2068: QT_TRANSLATE_NOOP("Labels", "首强字符隔离"),
    0x2069: QT_TRANSLATE_NOOP("Labels", "方向隔离结束"),
    0xFEFF: QT_TRANSLATE_NOOP("Labels", "零宽不换行空格（BOM）"),
}
CHAR_KIND = {  # any other, by its Unicode category
    "Cc": QT_TRANSLATE_NOOP("Labels", "控制字符"),
    "Cf": QT_TRANSLATE_NOOP("Labels", "格式字符"),
}
CHAR_INVALID = QT_TRANSLATE_NOOP("Labels", "无效字符")  # a lone surrogate: bytes that were not UTF-8


def char_name(code: int, category: str) -> str:
    """零宽空格: the name of an invisible character by its code point (and Unicode category)."""
    return CHAR_NAMES.get(code) or CHAR_KIND.get(category, CHAR_INVALID)


def holiday_label(name: str) -> str:
    """春节: a statutory holiday by chinese_calendar's name; a name this version does not know as it is."""
    return HOLIDAY.get(name, name)
