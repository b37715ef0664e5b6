"""Where files may be written, printing, scans and the workbook/CSV import.

Part of the one catalogue (:mod:`hdrectify.domain.messages`); see its docstring."""

from __future__ import annotations

from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
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
    "output.review_sheet_suffix": QT_TRANSLATE_NOOP("InputError", "考评表只能保存为 PDF：请把文件名改成以 .pdf 结尾"),
    "output.summary_suffix": QT_TRANSLATE_NOOP(
        "InputError", "汇总只能保存为 PDF、XLSX：请把文件名改成以 .pdf、.xlsx 结尾"
    ),
    "output.ledger_suffix": QT_TRANSLATE_NOOP(
        "InputError", "整改台账只能保存为 PDF、XLSX、DOCX：请把文件名改成以 .pdf、.xlsx、.docx 结尾"
    ),
    "output.draft_suffix": QT_TRANSLATE_NOOP("InputError", "季度汇报草稿只能保存为 DOCX：请把文件名改成以 .docx 结尾"),
    "output.evidence_zip_suffix": QT_TRANSLATE_NOOP(
        "InputError", "佐证材料包只能保存为 ZIP：请把文件名改成以 .zip 结尾"
    ),
    "printing.no_evidence": QT_TRANSLATE_NOOP(
        "InputError", "整改台账中还没有佐证材料：请先在“整改台账”中为整改措施添加佐证材料"
    ),
    # -- scans ------------------------------------------------------------------------------------
    "scans.no_files": QT_TRANSLATE_NOOP("InputError", "请选择要导入的签字清单扫描件（PDF、JPEG 或 PNG）"),
    "scans.missing_file": QT_TRANSLATE_NOOP("InputError", "找不到文件：{path}，请检查路径"),
    "scans.bad_kind": QT_TRANSLATE_NOOP("InputError", "“{name}”不是 PDF、JPEG 或 PNG 文件：请选择扫描件或照片"),
    "scans.unreadable": QT_TRANSLATE_NOOP(
        "InputError", "无法读取“{name}”：文件已损坏或不是扫描件，请重新扫描或另存后再导入"
    ),
    "scans.cancelled": QT_TRANSLATE_NOOP("InputError", "已取消导入扫描件，未添加任何内容"),
    "scans.not_found": QT_TRANSLATE_NOOP("InputError", "该扫描件不存在或已移除：请刷新后重试"),
    "scans.already_visit": QT_TRANSLATE_NOOP("InputError", "该扫描件已附在到岗记录上，无需再登记"),
    "scans.visit_outside_month": QT_TRANSLATE_NOOP(
        "InputError", "到岗日期 {date} 不在扫描件所属的 {month} 月内：请填写该月的日期"
    ),
    "scans.unknown_ref": QT_TRANSLATE_NOOP(
        "InputError", "找不到编号为 {ref} 的扫描件：请用 hdrectify scans list 查看扫描件的编号"
    ),
    "scans.ambiguous_ref": QT_TRANSLATE_NOOP("InputError", "编号 {ref} 对应不止一份扫描件：请多写几位编号"),
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
    "import.own_report": QT_TRANSLATE_NOOP(
        "InputError",
        "“{name}”是本软件导出的“{title}”，不是导入表，什么也没有导入：请用 hdrectify template 生成导入模板，填好后再导入",  # noqa: E501
    ),
    "input.is_folder": QT_TRANSLATE_NOOP("InputError", "“{path}”是文件夹，不是文件：请选择其中的文件"),
    "import.no_file": QT_TRANSLATE_NOOP("InputError", "找不到文件：{name}，请检查路径"),
    "import.template_suffix": QT_TRANSLATE_NOOP("InputError", "导入模板只能保存为 XLSX：请把文件名改成以 .xlsx 结尾"),
    "import.row": QT_TRANSLATE_NOOP("InputError", "{sheet} 第{row}行: {reason}"),
    "import.rows_refused": QT_TRANSLATE_NOOP(
        "InputError", "有 {count} 行不能导入，什么也没有写入（{first}）：请改正这些行后重新导入"
    ),
    "import.changed": QT_TRANSLATE_NOOP(
        "InputError", "数据在预览后有了变化，什么也没有写入（{line}）：请重新预览后再导入"
    ),
    # the 督办提醒单 (hdrectify notice; domain/notice.py)
    "notice.levels_order": QT_TRANSLATE_NOOP(
        "InputError",
        "督办等级的天数须满足 1 ≤ 提醒（{remind}）≤ 督办（{urge}）≤ 告诫（{warn}）≤ 3650：请改正后再保存",
    ),
    "notice.reply_days": QT_TRANSLATE_NOOP("InputError", "反馈期限 {days} 天不在 1 到 90 天之间：请改正后再保存"),
    "notice.nothing_to_chase": QT_TRANSLATE_NOOP(
        "InputError", "截至{day}，{who}没有逾期或临近时限的事项，无需督办：未生成文件"
    ),
    "notice.unit_unknown": QT_TRANSLATE_NOOP(
        "InputError", "整改台账中没有责任单位“{name}”：请按台账中的写法填写（名称须完全一致）"
    ),
    "notice.scope": QT_TRANSLATE_NOOP("InputError", "请只选一项：--unit 责任单位、--member 党员，或 --all 全部"),
    "notice.suffix": QT_TRANSLATE_NOOP("InputError", "督办提醒单只能保存为 PDF：请把文件名改成以 .pdf 结尾"),
}
