"""What the pure core refuses: dates, periods, text, the ledger's rules.

Part of the one catalogue (:mod:`hdrectify.domain.messages`); see its docstring."""

from __future__ import annotations

from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- general ----------------------------------------------------------------------------
    # -- domain: periods, text, ledger -------------------------------------------------------
    "date.bad_format": QT_TRANSLATE_NOOP("InputError", "日期“{text}”格式不对：应为 YYYY-MM-DD，例如 2024-03-05"),
    "date.bad_format_full_width": QT_TRANSLATE_NOOP(
        "InputError", "日期“{text}”格式不对：应为 YYYY-MM-DD，例如 2024-03-05（请用半角数字和符号）"
    ),
    "date.not_a_date": QT_TRANSLATE_NOOP("InputError", "日期“{text}”不存在：请检查月份和日子（例如 2 月没有 30 日）"),
    "period.no_such_week": QT_TRANSLATE_NOOP(
        "InputError", "{year}年没有第{index}周：ISO 周为 1–52（有的年份到 53），例如 {year}-W10"
    ),
    "period.not_a_week": QT_TRANSLATE_NOOP("InputError", "无法识别的周“{text}”：请写成 2024-W10 的形式"),
    "period.not_a_week_full_width": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的周“{text}”：请写成 2024-W10 的形式（请用半角数字和符号）"
    ),
    "period.not_a_month": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的月份“{text}”：请写成 2024-03 的形式（月份 01–12）"
    ),
    "period.not_a_month_full_width": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的月份“{text}”：请写成 2024-03 的形式（月份 01–12）（请用半角数字和符号）"
    ),
    "period.not_a_quarter": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的季度“{text}”：请写成 2024-Q1 的形式（季度 Q1–Q4）"
    ),
    "period.not_a_quarter_full_width": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的季度“{text}”：请写成 2024-Q1 的形式（季度 Q1–Q4）（请用半角数字和符号）"
    ),
    "period.not_a_year": QT_TRANSLATE_NOOP("InputError", "无法识别的年份“{text}”：请写成 2024 的形式"),
    "period.not_a_year_full_width": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的年份“{text}”：请写成 2024 的形式（请用半角数字和符号）"
    ),
    "period.not_a_period": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的期间“{text}”：请写成 2024-W10、2024-03、2024-Q1 或 2024"
    ),
    "period.not_a_period_full_width": QT_TRANSLATE_NOOP(
        "InputError", "无法识别的期间“{text}”：请写成 2024-W10、2024-03、2024-Q1 或 2024（请用半角数字和符号）"
    ),
    "text.invisible": QT_TRANSLATE_NOOP(
        "InputError",
        "{what}中含有不可见字符（{code} {char}，第 {position} 个字符，在“{before}”之后），请删除后重新输入",
    ),
    "text.invisible_at_start": QT_TRANSLATE_NOOP(
        "InputError", "{what}中含有不可见字符（{code} {char}，第 1 个字符，在开头），请删除后重新输入"
    ),
    "text.file_name_invisible": QT_TRANSLATE_NOOP(
        "InputError", "文件名只有不可见字符：请先把文件改成能看清的名称再添加"
    ),
    "number.not_whole": QT_TRANSLATE_NOOP(
        "InputError", "{what}“{text}”不是整数：请填写 {low} 到 {high} 之间的整数（只用半角数字 0–9）"
    ),
    "number.out_of_range": QT_TRANSLATE_NOOP(
        "InputError", "{what} {value} 超出范围：请填写 {low} 到 {high} 之间的整数"
    ),
    "ledger.close_needs_evidence": QT_TRANSLATE_NOOP(
        "InputError", "销号需要佐证材料或书面说明：请先添加佐证材料，或填写销号说明"
    ),
    "holidays.unknown_year": QT_TRANSLATE_NOOP(
        "InputError", "{year}年的法定节假日尚未收录，请更新本软件（本版本收录 {first}—{last} 年）"
    ),
}
