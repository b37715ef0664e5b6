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
    # reading a bundle (exchange/bundle.py): the file
    "exchange.file_not_found": QT_TRANSLATE_NOOP("InputError", "找不到交换包文件：{path}"),
    "exchange.not_a_file": QT_TRANSLATE_NOOP("InputError", "“{name}”不是文件：请选择交换包文件"),
    "exchange.file_too_big": QT_TRANSLATE_NOOP("InputError", "交换包文件过大（{size} 字节），已拒绝"),
    "exchange.not_a_zip": QT_TRANSLATE_NOOP(
        "InputError", "文件不是有效的交换包（无法作为 ZIP 读取），可能已损坏或被截断"
    ),
    "exchange.read_not_found": QT_TRANSLATE_NOOP("InputError", "无法读取交换包：文件已被移走或删除，请重新选择"),
    "exchange.read_denied": QT_TRANSLATE_NOOP("InputError", "无法读取交换包：没有读取权限，请检查文件的权限"),
    "exchange.damaged": QT_TRANSLATE_NOOP("InputError", "交换包已损坏，无法读取（{kind}）"),
    "exchange.changed_while_read": QT_TRANSLATE_NOOP("InputError", "交换包文件在读取期间被改动：请重新导入"),
    # its members
    "exchange.too_many_members": QT_TRANSLATE_NOOP("InputError", "交换包中的文件数量超过上限，已拒绝"),
    "exchange.duplicate_members": QT_TRANSLATE_NOOP("InputError", "交换包中有重名的内容，已拒绝"),
    "exchange.total_too_big": QT_TRANSLATE_NOOP("InputError", "交换包解压后的总大小超过上限，已拒绝"),
    "exchange.member_folder_or_link": QT_TRANSLATE_NOOP("InputError", "交换包中含有文件夹或链接（{name!r}），已拒绝"),
    "exchange.member_encrypted": QT_TRANSLATE_NOOP("InputError", "交换包中的 {name!r} 已加密，无法读取"),
    "exchange.member_compression": QT_TRANSLATE_NOOP("InputError", "交换包中的 {name!r} 使用了不支持的压缩方式"),
    "exchange.member_unknown": QT_TRANSLATE_NOOP(
        "InputError", "交换包中有不认识的内容 {name!r}（不是 hdrectify 交换包，或来自更新的版本），已拒绝"
    ),
    "exchange.member_over_cap": QT_TRANSLATE_NOOP(
        "InputError", "交换包中的 {name} 超过大小上限（{size} 字节），已拒绝"
    ),
    "exchange.member_bomb": QT_TRANSLATE_NOOP("InputError", "交换包中的 {name} 压缩比异常（疑似压缩炸弹），已拒绝"),
    "exchange.member_too_big": QT_TRANSLATE_NOOP("InputError", "交换包中的 {name} 超过大小上限，已拒绝"),
    "exchange.record_too_long": QT_TRANSLATE_NOOP("InputError", "交换包中 {name} 有一条记录超过大小上限，已拒绝"),
    "exchange.member_size_mismatch": QT_TRANSLATE_NOOP(
        "InputError", "交换包中 {name} 的大小与清单不符：文件被截断或改动"
    ),
    "exchange.member_hash_mismatch": QT_TRANSLATE_NOOP(
        "InputError", "交换包中 {name} 的校验值与清单不符：文件已损坏或被改动"
    ),
    "exchange.not_utf8": QT_TRANSLATE_NOOP("InputError", "交换包中 {name} 不是有效的 UTF-8 文本"),
    "exchange.duplicate_records": QT_TRANSLATE_NOOP("InputError", "交换包中 {name} 有重复的记录，已拒绝"),
    "exchange.evidence_damaged": QT_TRANSLATE_NOOP(
        "InputError", "交换包中的佐证材料 {sha}… 与校验值不符：文件可能已损坏"
    ),
    "exchange.evidence_mismatch": QT_TRANSLATE_NOOP(
        "InputError", "交换包中的佐证材料 {sha}… 与校验值不符：文件已损坏或被改动"
    ),
    "exchange.evidence_count_mismatch": QT_TRANSLATE_NOOP("InputError", "交换包中的佐证材料数量与清单不符：文件不完整"),
    "exchange.table_unknown": QT_TRANSLATE_NOOP("InputError", "交换包中的数据表 {table} 本程序不认识，已拒绝"),
    "exchange.count_mismatch": QT_TRANSLATE_NOOP(
        "InputError", "交换包中 {table} 的记录数与清单不符：文件不完整或被改动"
    ),
    # its manifest
    "exchange.no_manifest": QT_TRANSLATE_NOOP("InputError", "交换包中没有清单（manifest.json）：文件不完整"),
    "exchange.manifest_unreadable": QT_TRANSLATE_NOOP(
        "InputError", "交换包的清单（manifest.json）无法解析：文件已损坏"
    ),
    "exchange.not_a_bundle": QT_TRANSLATE_NOOP("InputError", "这不是 hdrectify 交换包（清单格式不对）"),
    "exchange.format_version_bad": QT_TRANSLATE_NOOP("InputError", "交换包的格式版本无效：文件已损坏"),
    "exchange.format_too_new": QT_TRANSLATE_NOOP(
        "InputError",
        "交换包由更新版本的 hdrectify 生成（格式版本 {version}，本程序支持 {supported}）：请先升级 hdrectify",
    ),
    "exchange.schema_version_bad": QT_TRANSLATE_NOOP("InputError", "交换包的数据结构版本无效：文件已损坏"),
    "exchange.schema_too_new": QT_TRANSLATE_NOOP(
        "InputError",
        "交换包来自更新版本的 hdrectify（结构版本 {version}，本程序支持到 {supported}）：请先升级 hdrectify",
    ),
    "exchange.manifest_incomplete": QT_TRANSLATE_NOOP("InputError", "交换包的清单缺少必需的项目或格式不对：文件已损坏"),
    "exchange.manifest_part_bad": QT_TRANSLATE_NOOP(
        "InputError", "交换包清单中 {name!r} 的校验信息格式不对：文件已损坏"
    ),
    "exchange.parts_mismatch": QT_TRANSLATE_NOOP(
        "InputError", "交换包的内容与清单不一致（{name}）：文件不完整或被改动"
    ),
    "exchange.counted_table_missing": QT_TRANSLATE_NOOP(
        "InputError", "交换包清单中列出的数据表 {table!r} 没有内容：文件不完整"
    ),
    "exchange.settings_bad": QT_TRANSLATE_NOOP("InputError", "交换包清单中的设置（settings）格式不对：文件已损坏"),
    "exchange.for_member_bad": QT_TRANSLATE_NOOP("InputError", "交换包清单中的党员（for_member）格式不对：文件已损坏"),
    # one record: line {line} of the part {name}
    "exchange.record_not_json": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：不是有效的 JSON"),
    "exchange.record_keys": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：记录的项目不对"),
    "exchange.record_id": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：编号无效"),
    "exchange.record_version": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：版本信息无效"),
    "exchange.record_clock": QT_TRANSLATE_NOOP(
        "InputError",
        "交换包 {name} 第 {line} 行：版本时钟超出合理范围（来自时间设置错误的电脑，或交换包被改动）",
    ),
    "exchange.record_origin": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：来源或时间无效"),
    "exchange.record_deleted_flag": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：删除标记无效"),
    "exchange.record_deleted_content": QT_TRANSLATE_NOOP(
        "InputError", "交换包 {name} 第 {line} 行：已删除的记录不应带有内容"
    ),
    "exchange.record_content": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：记录内容缺失或编号不一致"),
    "exchange.record_unknown_column": QT_TRANSLATE_NOOP(
        "InputError", "交换包 {name} 第 {line} 行：有本程序不认识的字段 {column!r}，已拒绝"
    ),
    "exchange.record_value": QT_TRANSLATE_NOOP(
        "InputError", "交换包 {name} 第 {line} 行：字段 {column} 的值类型或长度不对"
    ),
    "exchange.record_encoding": QT_TRANSLATE_NOOP("InputError", "交换包 {name} 第 {line} 行：含有无效的字符编码"),
    # importing (exchange/merge.py, result.py, identity.py)
    "exchange.own_bundle": QT_TRANSLATE_NOOP(
        "InputError", "这是本机自己导出的交换包，无需导入：请选择其他电脑导出的交换包"
    ),
    "exchange.import_cancelled": QT_TRANSLATE_NOOP("InputError", "已取消导入，数据未作改动"),
    "exchange.content_refused": QT_TRANSLATE_NOOP("InputError", "交换包的内容无法导入（{kind}），数据未作改动"),
    "exchange.merge_refused": QT_TRANSLATE_NOOP("InputError", "交换包未导入，数据未作改动：{first}"),
    "exchange.merge_refused_many": QT_TRANSLATE_NOOP("InputError", "交换包未导入，数据未作改动：{first}等 {count} 处"),
    "exchange.member_ambiguous": QT_TRANSLATE_NOOP(
        "InputError",
        "交换包中的党员“{name}”与本机 {count} 位同名党员无法区分（{which}）："
        "请在“中心与党员”中给同名党员的姓名加上区分（如所在单位）后重新导入",
    ),
    "exchange.no_roster": QT_TRANSLATE_NOOP(
        "InputError", "这个交换包里没有党员名单：请让办公室用“为党员准备交换包…”重新导出"
    ),
    "exchange.database_exists": QT_TRANSLATE_NOOP("InputError", "数据库 {path} 已存在：请直接打开它"),
    "exchange.member_not_in_bundle": QT_TRANSLATE_NOOP("InputError", "所选党员不在这个交换包里：请重新选择"),
    # exporting (exchange/export.py)
    "exchange.export_member_unknown": QT_TRANSLATE_NOOP(
        "InputError", "找不到要为其准备交换包的党员：请先在“中心与党员”中添加"
    ),
    "exchange.export_nothing_new": QT_TRANSLATE_NOOP(
        "InputError", "没有新增或改动的记录需要导出：如需导出全部数据，请用 --all"
    ),
    "exchange.export_nothing_new_since": QT_TRANSLATE_NOOP(
        "InputError", "没有新增或改动的记录需要导出（上次导出：{last}）：如需导出全部数据，请用 --all"
    ),
    "exchange.export_cancelled": QT_TRANSLATE_NOOP("InputError", "已取消导出：没有生成交换包"),
    # conflicts (exchange/conflicts.py)
    "exchange.conflict_gone": QT_TRANSLATE_NOOP("InputError", "该冲突已处理（可能已被其他版本取代），请刷新"),
    "exchange.conflict_version_gone": QT_TRANSLATE_NOOP("InputError", "所选版本已不在冲突待办中，请刷新"),
    "exchange.conflict_refused": QT_TRANSLATE_NOOP("InputError", "不能采用这个版本：{reason}"),
    # -- printing and outputs -------------------------------------------------------------------
    # where a file may be written (outputs.py)
    "output.is_database": QT_TRANSLATE_NOOP("InputError", "不能保存到数据库文件本身：请另选文件名"),
    "output.is_companion": QT_TRANSLATE_NOOP("InputError", "不能保存到数据库的{what}（{name}）：请另选文件名"),
    "output.in_evidence": QT_TRANSLATE_NOOP("InputError", "不能保存到佐证材料存档文件夹 {folder} 中：请另选位置"),
    "output.in_backups": QT_TRANSLATE_NOOP("InputError", "不能保存到备份文件夹 {folder} 中：请另选位置"),
    "output.is_folder": QT_TRANSLATE_NOOP("InputError", "“{path}”是文件夹：请给出文件名"),
    "output.cannot_make_folder": QT_TRANSLATE_NOOP("InputError", "无法创建文件夹 {folder}：请检查路径和权限"),
    "output.no_folder": QT_TRANSLATE_NOOP("InputError", "文件夹 {folder} 不存在：请先创建，或换一个位置"),
    "output.exists": QT_TRANSLATE_NOOP("InputError", "文件已存在：{path}，如要覆盖请加 --force"),
    # the system refused to write (the errno said in Chinese; its English text only in the log)
    "output.disk_full": QT_TRANSLATE_NOOP(
        "InputError",
        "磁盘已满（{folder} 所在的磁盘没有剩余空间），本次操作未保存（数据未作改动）：请清理磁盘空间后再试",
    ),
    "output.read_only": QT_TRANSLATE_NOOP(
        "InputError",
        "没有写入权限：{path} 或其所在文件夹 {folder} 是只读的，无法打开或写入（数据未作改动）："
        "请检查权限，或把数据库复制到可写的位置",
    ),
    "output.cannot_write": QT_TRANSLATE_NOOP(
        "InputError", "无法写入 {path}：请检查文件夹是否存在、是否有写权限，或文件是否正被打开"
    ),
    # which file types each document is saved as (documents.py)
    "output.checklist_suffix": QT_TRANSLATE_NOOP("InputError", "月度清单只能保存为 PDF：请把文件名改成以 .pdf 结尾"),
    "output.summary_suffix": QT_TRANSLATE_NOOP(
        "InputError", "汇总只能保存为 PDF、XLSX：请把文件名改成以 .pdf、.xlsx 结尾"
    ),
    "output.ledger_suffix": QT_TRANSLATE_NOOP(
        "InputError", "整改台账只能保存为 PDF、XLSX、DOCX：请把文件名改成以 .pdf、.xlsx、.docx 结尾"
    ),
    "output.evidence_zip_suffix": QT_TRANSLATE_NOOP(
        "InputError", "佐证材料包只能保存为 ZIP：请把文件名改成以 .zip 结尾"
    ),
    "printing.no_evidence": QT_TRANSLATE_NOOP(
        "InputError", "整改台账中还没有佐证材料：请先在“整改台账”中为整改措施添加佐证材料"
    ),
    # -- import: workbooks and CSV -----------------------------------------------------------------
    "import.unknown_suffix": QT_TRANSLATE_NOOP(
        "InputError", "只能导入 Excel 工作簿（.xlsx）或 CSV 文件：“{name}”请先用 Excel 另存为 .xlsx 再导入"
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "InputError", "无法读取“{name}”：文件已损坏或不是 Excel 工作簿，请用 Excel 打开后另存为 .xlsx 再导入"
    ),
    "import.csv_encoding": QT_TRANSLATE_NOOP(
        "InputError", "无法识别“{name}”的文字编码：请用 Excel 另存为“CSV UTF-8（逗号分隔）”后再导入"
    ),
    "import.nothing_found": QT_TRANSLATE_NOOP(
        "InputError",
        "“{name}”中没有能导入的工作表：表头应包含 党员、康园中心、日期、方式 等列名，"
        "可用 hdrectify template 生成导入模板",
    ),
    "import.column_missing": QT_TRANSLATE_NOOP(
        "InputError", "缺少“{field}”列：请在表头加上这一列，或在预览中为它选择一列"
    ),
    "import.required": QT_TRANSLATE_NOOP("InputError", "“{field}”没有填写：请补上"),
    "import.date_bad": QT_TRANSLATE_NOOP(
        "InputError", "{field}“{text}”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日"
    ),
    "import.date_invalid": QT_TRANSLATE_NOOP("InputError", "{field}“{text}”不存在：请检查月份和日子"),
    "import.method_bad": QT_TRANSLATE_NOOP(
        "InputError", "联系方式“{text}”无法识别：请填写 电话、微信、到岗、会议 或 其他"
    ),
    "import.quarter_bad": QT_TRANSLATE_NOOP("InputError", "季度“{text}”无法识别：请写成 2024-Q1 或 2024年第1季度"),
    "import.year_bad": QT_TRANSLATE_NOOP("InputError", "年度“{text}”无法识别：请写成 2024"),
    "import.score_bad": QT_TRANSLATE_NOOP("InputError", "分数“{text}”不是 0 到 100 之间的整数：请改正"),
    "import.no_file": QT_TRANSLATE_NOOP("InputError", "找不到文件：{name}，请检查路径"),
    "import.template_suffix": QT_TRANSLATE_NOOP("InputError", "导入模板只能保存为 XLSX：请把文件名改成以 .xlsx 结尾"),
    "import.row": QT_TRANSLATE_NOOP("InputError", "{sheet} 第{row}行: {reason}"),
    "import.rows_refused": QT_TRANSLATE_NOOP(
        "InputError", "有 {count} 行不能导入，什么也没有写入（{first}）：请改正这些行后重新导入"
    ),
    "import.changed": QT_TRANSLATE_NOOP(
        "InputError", "数据在预览后有了变化，什么也没有写入（{line}）：请重新预览后再导入"
    ),
    # -- command line and app --------------------------------------------------------------------
    # click's usage errors (the rest are click's own texts, in hdrectify/click_zh.py)
    "cli.missing": QT_TRANSLATE_NOOP("InputError", "缺少 {what}"),
    "cli.no_such_option": QT_TRANSLATE_NOOP("InputError", "没有选项 {name}"),
    "cli.bad_value": QT_TRANSLATE_NOOP("InputError", "{option} 的值无效：{message}"),
    "cli.missing_command": QT_TRANSLATE_NOOP("InputError", "缺少命令：请在后面写上要做的事"),
    "cli.role_bad": QT_TRANSLATE_NOOP(
        "InputError", "角色“{role}”无效：请用 --role office（办公室）或 --role member（党员电脑）"
    ),
    "cli.exempt_who": QT_TRANSLATE_NOOP("InputError", "请指定 党员 和 康园中心 两个名称，或使用 --all（二者选一）"),
    "cli.status_span": QT_TRANSLATE_NOOP(
        "InputError", "请在 --month、--quarter、--year 中指定且只指定一个，例如 --month 2024-03"
    ),
    "cli.summary_span": QT_TRANSLATE_NOOP(
        "InputError", "请用 --quarter（如 2024-Q1）或 --year（如 2024）指定汇总的时段，二者选一"
    ),
    "cli.ledger_one_output": QT_TRANSLATE_NOOP("InputError", "--json、-o 和 --evidence-zip 一次只能用一个"),
    "cli.declared_none": QT_TRANSLATE_NOOP(
        "InputError", "请至少给出 --declared-problems、--declared-specific 或 --declared-measures 之一"
    ),
    "cli.no_inspection": QT_TRANSLATE_NOOP(
        "InputError", "还没有巡察：请先用 hdrectify init --seed 导入通报，或用 hdrectify inspection add 添加"
    ),
    "cli.close_extra_args": QT_TRANSLATE_NOOP("InputError", "多余的参数：{args}（佐证材料请写在 --evidence 之后）"),
    "cli.close_needs_basis": QT_TRANSLATE_NOOP(
        "InputError", "销号需要佐证材料或书面说明：请给出 --evidence FILE… 或 --reason TEXT（二者选一）"
    ),
    "cli.measure_closed": QT_TRANSLATE_NOOP("InputError", "措施 {ref} 已经销号：如需继续整改，请在窗口中“重新打开”"),
    "cli.measure_set_which": QT_TRANSLATE_NOOP(
        "InputError", "请用 --problem N（可加 --measure M）或 --all 指定要修改的措施，二者选一"
    ),
    "cli.measure_without_problem": QT_TRANSLATE_NOOP(
        "InputError", "--measure 须与 --problem 一起使用，例如 --problem 3 --measure 2"
    ),
    "cli.option_empty": QT_TRANSLATE_NOOP("InputError", "{option} 不能为空：请写上名称"),
    "cli.measure_set_nothing": QT_TRANSLATE_NOOP(
        "InputError", "请至少给出一项要修改的内容：--leader、--unit、--owner 或 --deadline"
    ),
    "cli.restore_fails_verify": QT_TRANSLATE_NOOP("InputError", "{problem}。确认仍要恢复这个备份，请加 --force"),
    # what the database or the disk said, in the store's words (hdrectify.store.faults.describe)
    "cli.database_fault": QT_TRANSLATE_NOOP("InputError", "{reason}"),
    "cli.file_not_found": QT_TRANSLATE_NOOP("InputError", "找不到文件或文件夹：{path}：请检查路径"),
    "cli.file_not_found_anywhere": QT_TRANSLATE_NOOP("InputError", "找不到文件或文件夹：请检查路径"),
    "cli.file_error": QT_TRANSLATE_NOOP("InputError", "无法读写文件：{path}：请检查路径、权限和磁盘"),
    "cli.file_error_anywhere": QT_TRANSLATE_NOOP("InputError", "无法读写文件：请检查路径、权限和磁盘"),
    "cli.disk_full": QT_TRANSLATE_NOOP("InputError", "磁盘已满，本次操作未保存（数据未作改动）：请清理磁盘空间后再试"),
    "cli.read_only": QT_TRANSLATE_NOOP(
        "InputError",
        "没有写入权限：数据库或其所在文件夹是只读的，无法打开或写入（数据未作改动）："
        "请检查权限，或把数据库复制到可写的位置",
    ),
    "app.database_not_writable": QT_TRANSLATE_NOOP(
        "InputError", "无法写入数据库 {path}：文件可能只读，或正被其他程序占用"
    ),
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
