"""The command line and the app; photos.

Part of the one catalogue (:mod:`hdrectify.domain.messages`); see its docstring."""

from __future__ import annotations

from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- command line and app --------------------------------------------------------------------
    # click's usage errors (the rest are click's own texts, in hdrectify/click_zh.py)
    "cli.missing": QT_TRANSLATE_NOOP("InputError", "缺少 {what}"),
    "cli.no_such_option": QT_TRANSLATE_NOOP("InputError", "没有选项 {name}"),
    "cli.bad_value": QT_TRANSLATE_NOOP("InputError", "{option} 的值无效：{message}"),
    "cli.with_records": QT_TRANSLATE_NOOP("InputError", "{refusal}（命令行加 --with-records）"),
    "cli.missing_command": QT_TRANSLATE_NOOP("InputError", "缺少命令：请在后面写上要做的事"),
    "cli.role_bad": QT_TRANSLATE_NOOP(
        "InputError", "角色“{role}”无效：请用 --role office（办公室）或 --role member（党员电脑）"
    ),
    "cli.feedback_period": QT_TRANSLATE_NOOP(
        "InputError", "请用 --quarter（季度汇报）或 --year（年度考评）指定一项（二者选一）"
    ),
    "cli.feedback_verdict": QT_TRANSLATE_NOOP(
        "InputError", "请用 --accept（已阅）或 --return 意见（退回）指定一项（二者选一）"
    ),
    "cli.resubmit_keeps_date": QT_TRANSLATE_NOOP(
        "InputError", "重新提交只改汇报内容，提交日期和文件不变：请只写 --resubmit --note 修改后的内容"
    ),
    "cli.report_returned": QT_TRANSLATE_NOOP(
        "InputError", "{period}的汇报已被办公室退回：请用 --resubmit --note 修改后的内容 重新提交"
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
    "cli.measure_closed": QT_TRANSLATE_NOOP(
        "InputError", "措施 {ref} 已经销号：如需继续整改，请先用 hdrectify measure reopen {ref} --reason 原因 重新打开"
    ),
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
    # -- photos ------------------------------------------------------------------------------
    # photos dropped on a contact or visit record, or on the grid (exchange/photos.py, store/photos.py)
    "photos.not_image": QT_TRANSLATE_NOOP(
        "InputError", "“{name}”不是照片（只能添加 JPG、PNG 或 HEIC 照片）：请另选文件"
    ),
    "photos.heic_unsupported": QT_TRANSLATE_NOOP(
        "InputError", "“{name}”是 HEIC 照片，本机无法读取：请在手机上导出为 JPG 后再添加"
    ),
    "photos.not_found": QT_TRANSLATE_NOOP("InputError", "找不到照片“{name}”：它可能已被移走，请重新选择"),
    "photos.not_readable": QT_TRANSLATE_NOOP("InputError", "没有权限读取照片“{name}”：请检查文件的权限"),
    "photos.too_big": QT_TRANSLATE_NOOP("InputError", "照片“{name}”超过 {limit} MB，交换包无法携带：请缩小后再添加"),
    "photos.not_saved": QT_TRANSLATE_NOOP(
        "InputError", "无法保存照片“{name}”：照片可能已损坏，或磁盘已满，请检查后重试"
    ),
    "reports.gone": QT_TRANSLATE_NOOP("InputError", "找不到这份季度汇报：可能已被删除，请刷新后重试"),
    "photos.no_record": QT_TRANSLATE_NOOP("InputError", "该记录不存在或已删除：请重新选择记录"),
    "photos.gone": QT_TRANSLATE_NOOP("InputError", "这张照片已被移除：请关闭后重新打开照片列表"),
    "photos.remove_needs_reason": QT_TRANSLATE_NOOP("InputError", "请填写移除这张照片的原因"),
    # -- a quarterly report's files (store/report_files.py) ----------------------------------
    "report_files.gone": QT_TRANSLATE_NOOP("InputError", "这份汇报文件已被移除：请关闭后重新打开汇报文件列表"),
    "report_files.remove_needs_reason": QT_TRANSLATE_NOOP("InputError", "请填写移除这份汇报文件的原因"),
    "report_files.removed_already": QT_TRANSLATE_NOOP(
        "InputError", "“{name}”已被移除，无需再移除：请用 report-file list 查看这份汇报现在的文件"
    ),
    "report_files.no_such_file": QT_TRANSLATE_NOOP(
        "InputError", "这份汇报没有名为“{name}”的文件：请用 report-file list 查看它的文件"
    ),
    "report_files.ambiguous_name": QT_TRANSLATE_NOOP(
        "InputError", "这份汇报有 {count} 个名为“{name}”的文件：请改用 report-file list --json 列出的编号"
    ),
    "report_files.not_own": QT_TRANSLATE_NOOP(
        "InputError", "这是{owner}的季度汇报的文件，本机只能移除本人汇报的文件：请{owner}本人或办公室移除"
    ),
    "report_files.me_not_set": QT_TRANSLATE_NOOP(
        "InputError", "本机还没有选好“我是”哪位党员：请在“设置”中选好后，再移除本人汇报的文件"
    ),
    "app.database_not_writable": QT_TRANSLATE_NOOP(
        "InputError", "无法写入数据库 {path}：文件可能只读，或正被其他程序占用"
    ),
}
