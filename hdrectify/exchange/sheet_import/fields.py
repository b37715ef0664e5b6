"""What an import workbook may hold: the six kinds of sheet, their columns, and the words people use for them.

Each :class:`Kind` has its :class:`Field` s in the order of our template; each field has the
header of the template and the synonyms met in workbooks that are not ours (``姓名`` for
``党员``, ``中心名称`` for ``康园中心``, ``联系日期`` for ``日期``…). Headers are compared after
:func:`header_key` (full-width folded, spaces, ``*`` and bracketed hints such as ``（必填）``
dropped), so ``日期（YYYY-MM-DD）`` and ``* 日 期`` are both ``日期``. No Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """A sheet's kind; the value is the key of ``import --json``'s counts."""

    CENTRE = "centre"
    MEMBER = "member"
    PAIRING = "pairing"
    CONTACT = "contact"
    REPORT = "report"
    REVIEW = "review"

    @property
    def label_zh(self) -> str:
        """The sheet's name in our template: 康园中心, 党员, 挂钩, 联系记录, 季度汇报, 年度考评."""
        return _KIND_ZH[self]


_KIND_ZH = {
    Kind.CENTRE: "康园中心",
    Kind.MEMBER: "党员",
    Kind.PAIRING: "挂钩",
    Kind.CONTACT: "联系记录",
    Kind.REPORT: "季度汇报",
    Kind.REVIEW: "年度考评",
}

# the order rows are written in: what a later kind refers to exists first
KIND_ORDER = (Kind.CENTRE, Kind.MEMBER, Kind.PAIRING, Kind.CONTACT, Kind.REPORT, Kind.REVIEW)


class Value(StrEnum):
    """How a cell is read."""

    NAME = "name"  # one line of text (a name, a phone number)
    NOTE = "note"  # free text
    DATE = "date"
    METHOD = "method"  # 电话/微信/到岗/会议/其他 → phone/wechat/onsite/meeting/other
    QUARTER = "quarter"
    YEAR = "year"
    SCORE = "score"


@dataclass(frozen=True)
class Field:
    """One column a kind can use: ``key`` (stable, ASCII), the template's ``header``, how it is read."""

    key: str
    header: str
    value: Value
    required: bool = False
    synonyms: tuple[str, ...] = ()
    comment: str = ""  # the template's note on the header cell

    def matches(self, key: str) -> bool:
        return key == header_key(self.header) or key in {header_key(s) for s in self.synonyms}


_MEMBER_WORDS = ("党员", "姓名", "党员姓名", "挂钩党员", "联系人姓名", "党员名称")
_CENTRE_WORDS = ("康园中心", "中心", "中心名称", "康园中心名称", "挂钩中心", "挂钩康园中心", "康园中心名")


def _member() -> Field:
    return Field("member", "党员", Value.NAME, True, _MEMBER_WORDS, "党员姓名，须与“党员”表或数据库中的姓名一致")


def _centre() -> Field:
    return Field("centre", "康园中心", Value.NAME, True, _CENTRE_WORDS, "康园中心名称，须与“康园中心”表或数据库中一致")


FIELDS: dict[Kind, tuple[Field, ...]] = {
    Kind.CENTRE: (
        Field("name", "名称", Value.NAME, True, (*_CENTRE_WORDS, "名称"), "康园中心全称，不能重复"),
        Field(
            "town",
            "所在镇街",
            Value.NAME,
            True,
            ("镇街", "所在镇", "所在镇（街道）", "镇（街道）", "街道", "镇"),
            "例如 平山街道",
        ),
        Field("address", "地址", Value.NAME, False, ("中心地址", "详细地址")),
        Field("contact_person", "负责人", Value.NAME, False, ("联系人", "中心负责人")),
        Field("contact_phone", "联系电话", Value.NAME, False, ("电话", "手机", "手机号", "联系方式")),
        Field(
            "opened_on", "启用日期", Value.DATE, False, ("成立日期", "开办日期"), "日期，例如 2024-03-05（记入备注）"
        ),
        Field("closed_on", "撤销日期", Value.DATE, False, ("关闭日期", "停用日期"), "中心撤销时填写；不填表示仍在运行"),
    ),
    Kind.MEMBER: (
        Field("name", "姓名", Value.NAME, True, ("党员姓名", "党员", "名字"), "党员姓名"),
        Field("branch", "所在支部", Value.NAME, False, ("支部", "党支部", "所属支部"), "记入备注"),
        Field("phone", "联系电话", Value.NAME, False, ("电话", "手机", "手机号", "联系方式")),
    ),
    Kind.PAIRING: (
        _member(),
        _centre(),
        Field(
            "start",
            "开始日期",
            Value.DATE,
            True,
            ("起始日期", "挂钩日期", "开始时间", "挂钩开始日期", "开始"),
            "挂钩开始日期",
        ),
        Field("end", "结束日期", Value.DATE, False, ("截止日期", "结束时间", "挂钩结束日期", "结束"), "不填表示至今"),
    ),
    Kind.CONTACT: (
        _member(),
        _centre(),
        Field("date", "日期", Value.DATE, True, ("联系日期", "联系时间", "走访日期", "时间", "日期时间"), "联系日期"),
        Field("method", "方式", Value.METHOD, True, ("联系方式", "联系形式", "形式"), "电话、微信、到岗、会议或其他"),
        Field("note", "情况", Value.NOTE, False, ("联系情况", "情况记录", "内容", "联系内容", "备注", "主要内容")),
        Field(
            "problems", "发现问题", Value.NOTE, False, ("问题", "发现的问题", "存在问题"), "每行一个问题，记入整改台账"
        ),
    ),
    Kind.REPORT: (
        _member(),
        _centre(),
        Field("quarter", "季度", Value.QUARTER, True, ("汇报季度", "所属季度"), "例如 2024-Q1 或 2024年第1季度"),
        Field("date", "提交日期", Value.DATE, True, ("汇报日期", "日期", "提交时间"), "汇报提交日期"),
        Field("note", "汇报内容", Value.NOTE, False, ("内容", "情况", "摘要", "备注")),
    ),
    Kind.REVIEW: (
        _member(),
        _centre(),
        Field("year", "年度", Value.YEAR, True, ("年份", "考评年度", "年"), "例如 2024"),
        Field("date", "考评日期", Value.DATE, True, ("日期", "提交日期", "考评时间"), "考评提交日期"),
        Field("score", "分数", Value.SCORE, True, ("得分", "考评分数", "考评得分", "总分"), "0 到 100 的整数"),
        Field("note", "考评意见", Value.NOTE, False, ("意见", "备注", "评语")),
    ),
}

# a sheet's kind from its name: the template's names first, then words a name may hold
_NAME_WORDS = (
    (Kind.CONTACT, ("联系记录", "联系", "走访")),
    (Kind.REPORT, ("季度汇报", "汇报")),
    (Kind.REVIEW, ("年度考评", "考评")),
    (Kind.PAIRING, ("挂钩",)),
    (Kind.MEMBER, ("党员",)),
    (Kind.CENTRE, ("康园中心", "中心")),
)

_BRACKETS = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
_DROP = re.compile(r"[\s*:：]+")


def header_key(text: object) -> str:
    """A header as compared: NFKC, bracketed hints, spaces, ``*`` and colons dropped."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text))
    return _DROP.sub("", _BRACKETS.sub("", folded))


def field(kind: Kind, key: str) -> Field:
    """The field ``key`` of ``kind``."""
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(f"{kind}.{key}")


def match_columns(kind: Kind, headers: list[str]) -> dict[int, str]:
    """Column index → field key for the headers ``kind`` knows (each field used once, first column wins)."""
    found: dict[int, str] = {}
    used: set[str] = set()
    keys = [header_key(h) for h in headers]
    # the template's own header first, then synonyms: 联系方式 is 方式, not a phone number
    for exact in (True, False):
        for i, key in enumerate(keys):
            if not key or i in found:
                continue
            for f in FIELDS[kind]:
                if f.key in used:
                    continue
                hit = key == header_key(f.header) if exact else f.matches(key)
                if hit:
                    found[i] = f.key
                    used.add(f.key)
                    break
    return dict(sorted(found.items()))


def known_header(text: object) -> bool:
    """``text`` is a header some kind knows."""
    key = header_key(text)
    return bool(key) and any(f.matches(key) for fields in FIELDS.values() for f in fields)


def missing_required(kind: Kind, columns: dict[int, str]) -> list[Field]:
    """The required fields of ``kind`` no column is mapped to."""
    have = set(columns.values())
    return [f for f in FIELDS[kind] if f.required and f.key not in have]


def guess_kind(sheet_name: str, headers: list[str]) -> Kind | None:
    """A sheet's kind: from its name when its headers have that kind's required columns, else from the headers."""
    name = header_key(sheet_name)
    for kind, words in _NAME_WORDS:
        if any(w in name for w in words) and not missing_required(kind, match_columns(kind, headers)):
            return kind
    best: tuple[int, int, int] | None = None
    chosen: Kind | None = None
    for i, kind in enumerate(KIND_ORDER):
        columns = match_columns(kind, headers)
        if missing_required(kind, columns):
            continue
        # the kind with the most required columns met wins (a contact sheet also has a pairing's 党员 and 中心)
        score = (sum(f.required for f in FIELDS[kind]), len(columns), -i)
        if best is None or score > best:
            best, chosen = score, kind
    return chosen
