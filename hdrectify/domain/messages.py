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
    # -- scans ------------------------------------------------------------------------------------
    "scans.no_files": QT_TRANSLATE_NOOP(CONTEXT, "请选择要导入的签字清单扫描件（PDF、JPEG 或 PNG）"),
    "scans.missing_file": QT_TRANSLATE_NOOP(CONTEXT, "找不到文件：{path}，请检查路径"),
    "scans.bad_kind": QT_TRANSLATE_NOOP(CONTEXT, "“{name}”不是 PDF、JPEG 或 PNG 文件：请选择扫描件或照片"),
    "scans.unreadable": QT_TRANSLATE_NOOP(CONTEXT, "无法读取“{name}”（{reason}）：请重新扫描或另存后再导入"),
    "scans.cancelled": QT_TRANSLATE_NOOP(CONTEXT, "已取消导入扫描件，未添加任何内容"),
    "scans.store_failed": QT_TRANSLATE_NOOP(CONTEXT, "无法保存“{name}”：{reason}，请检查磁盘空间和权限"),
    "scans.not_found": QT_TRANSLATE_NOOP(CONTEXT, "该扫描件不存在或已移除：请刷新后重试"),
    "scans.already_visit": QT_TRANSLATE_NOOP(CONTEXT, "该扫描件已附在到岗记录上，无需再登记"),
    "scans.visit_outside_month": QT_TRANSLATE_NOOP(
        CONTEXT, "到岗日期 {date} 不在扫描件所属的 {month} 月内：请填写该月的日期"
    ),
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
