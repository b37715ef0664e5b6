"""The catalogue of what the core can refuse: one code per message, its Simplified Chinese text.

Marked for extraction with the labels and formats of :mod:`hdrectify.domain.wording`: nothing here
imports Qt. ``QT_TRANSLATE_NOOP`` below is a plain function under the name Qt's ``lupdate`` looks
for, so every text lands in ``hdrectify_en.ts`` (context ``InputError``) and the window shows it
in the user's language; the command line and the documents show the Chinese.

A text names its values as ``{name}`` (``str.format``). A value is a plain name, number or date
text; the window translates a value that is itself a label (context ``Labels``) and leaves names.
Codes are ``area.what`` in ASCII; sections below keep each area's codes together.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "InputError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


MESSAGES: dict[str, str] = {
    # -- general ----------------------------------------------------------------------------
    # -- domain: periods, text, ledger -------------------------------------------------------
    # -- store: people, pairings, records, evidence, ledger, settings -------------------------
    # -- store: database, backups, safety --------------------------------------------------------
    # -- exchange: bundles, merge, identity, conflicts ----------------------------------------
    # -- printing and outputs -------------------------------------------------------------------
    # -- import: workbooks and CSV -----------------------------------------------------------------
    "import.unknown_suffix": QT_TRANSLATE_NOOP(
        CONTEXT, "只能导入 Excel 工作簿（.xlsx）或 CSV 文件：“{name}”请先用 Excel 另存为 .xlsx 再导入"
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        CONTEXT, "无法读取“{name}”：文件已损坏或不是 Excel 工作簿，请用 Excel 打开后另存为 .xlsx 再导入"
    ),
    "import.csv_encoding": QT_TRANSLATE_NOOP(
        CONTEXT, "无法识别“{name}”的文字编码：请用 Excel 另存为“CSV UTF-8（逗号分隔）”后再导入"
    ),
    "import.nothing_found": QT_TRANSLATE_NOOP(
        CONTEXT,
        "“{name}”中没有能导入的工作表：表头应包含 党员、康园中心、日期、方式 等列名，"
        "可用 hdrectify template 生成导入模板",
    ),
    "import.column_missing": QT_TRANSLATE_NOOP(CONTEXT, "缺少“{field}”列：请在表头加上这一列，或在预览中为它选择一列"),
    "import.required": QT_TRANSLATE_NOOP(CONTEXT, "“{field}”没有填写：请补上"),
    "import.date_bad": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}“{text}”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日"
    ),
    "import.date_invalid": QT_TRANSLATE_NOOP(CONTEXT, "{field}“{text}”不存在：请检查月份和日子"),
    "import.method_bad": QT_TRANSLATE_NOOP(CONTEXT, "联系方式“{text}”无法识别：请填写 电话、微信、到岗、会议 或 其他"),
    "import.quarter_bad": QT_TRANSLATE_NOOP(CONTEXT, "季度“{text}”无法识别：请写成 2024-Q1 或 2024年第1季度"),
    "import.year_bad": QT_TRANSLATE_NOOP(CONTEXT, "年度“{text}”无法识别：请写成 2024"),
    "import.score_bad": QT_TRANSLATE_NOOP(CONTEXT, "分数“{text}”不是 0 到 100 之间的整数：请改正"),
    "import.no_file": QT_TRANSLATE_NOOP(CONTEXT, "找不到文件：{name}，请检查路径"),
    "import.template_suffix": QT_TRANSLATE_NOOP(CONTEXT, "导入模板只能保存为 XLSX：请把文件名改成以 .xlsx 结尾"),
    "import.row": QT_TRANSLATE_NOOP(CONTEXT, "{sheet} 第{row}行: {reason}"),
    "import.rows_refused": QT_TRANSLATE_NOOP(
        CONTEXT, "有 {count} 行不能导入，什么也没有写入（{first}）：请改正这些行后重新导入"
    ),
    "import.changed": QT_TRANSLATE_NOOP(CONTEXT, "数据在预览后有了变化，什么也没有写入（{line}）：请重新预览后再导入"),
    # -- command line and app --------------------------------------------------------------------
}


def render(code: str, params: Mapping[str, Any]) -> str:
    """The Chinese text of ``code`` with ``params`` filled in.

    An unknown code is a programming error and says so (the test of the catalogue finds every
    code raised); a code that is a whole sentence (legacy, being converted) is shown as is.
    """
    template = MESSAGES.get(code)
    if template is None:
        if code.isascii():
            raise KeyError(f"unknown message code {code!r}")
        return code  # legacy: InputError("整句话"), to be given a code
    return template.format(**params)
