"""The database, backups and safety, and what ``verify`` finds.

Part of the one catalogue (:mod:`hdrectify.domain.messages`); see its docstring."""

from __future__ import annotations

from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- store: database, backups, safety --------------------------------------------------------
    # what verify finds (store/audit.py): the window and the command line say it each in its language
    "audit.entry": QT_TRANSLATE_NOOP("InputError", "第 {n} 条审计记录（{at}，{actor}，{table} {row}）"),
    "audit.chain_gap": QT_TRANSLATE_NOOP("InputError", "{entry}与前一条衔接不上：它之前的审计记录被删除、插入或改动过"),
    "audit.entry_altered": QT_TRANSLATE_NOOP("InputError", "{entry}的内容与其校验值不符：这条审计记录被改动过"),
    "audit.row_unaudited": QT_TRANSLATE_NOOP("InputError", "{table} 表的记录 {row} 没有审计记录：它是绕过本程序写入的"),
    "audit.row_gone": QT_TRANSLATE_NOOP(
        "InputError", "{table} 表的记录 {row} 不见了，但审计记录中它没有被删除：它是绕过本程序删除的"
    ),
    "audit.row_deleted_yet_there": QT_TRANSLATE_NOOP(
        "InputError", "{table} 表的记录 {row} 在审计记录中已被删除，却仍在表中"
    ),
    "audit.row_differs": QT_TRANSLATE_NOOP(
        "InputError", "{table} 表的记录 {row} 与审计记录不符：{column} 现为“{now}”，审计记录为“{audited}”"
    ),
    "audit.backup_entry_gone": QT_TRANSLATE_NOOP(
        "InputError", "备份中的第 {n} 条审计记录在当前数据库中不见了：之后的审计记录被删除过"
    ),
    "audit.backup_entry_differs": QT_TRANSLATE_NOOP(
        "InputError",
        "{entry}与当前数据库中的第 {n} 条不同：从这里起审计记录被改写过（或当前数据库是从更早的备份恢复的）",
    ),
    "audit.summary_tampered": QT_TRANSLATE_NOOP("InputError", "审计记录或数据被绕过本程序改动（{first}）"),
    "audit.summary_tampered_more": QT_TRANSLATE_NOOP(
        "InputError", "审计记录或数据被绕过本程序改动（{first}，另有 {others} 处不符）"
    ),
    # an evidence finding: what the file belongs to (a measure's evidence says none), then what is wrong
    "audit.scan_finding": QT_TRANSLATE_NOOP("InputError", "签字清单扫描件：{problem}"),
    "audit.photo_finding": QT_TRANSLATE_NOOP("InputError", "记录照片：{problem}"),
    "audit.report_file_finding": QT_TRANSLATE_NOOP("InputError", "汇报文件：{problem}"),
    "audit.request_file_finding": QT_TRANSLATE_NOOP("InputError", "销号申请材料：{problem}"),
    "audit.evidence_unchecked": QT_TRANSLATE_NOOP("InputError", "“{name}”无法校验：{problem}"),
    "audit.evidence_unreadable": QT_TRANSLATE_NOOP("InputError", "无法读取“{name}”的存档文件"),
    "audit.summary_altered": QT_TRANSLATE_NOOP("InputError", "佐证材料被改动 {count} 个（{first}）"),
    "audit.summary_missing": QT_TRANSLATE_NOOP("InputError", "佐证材料缺失 {count} 个（{first}）"),
    "fault.full_at": QT_TRANSLATE_NOOP(
        "InputError",
        "磁盘已满（{folder} 所在的磁盘没有剩余空间），本次操作未保存（数据未作改动）：请清理磁盘空间后再试",
    ),
    "fault.full": QT_TRANSLATE_NOOP("InputError", "磁盘已满，本次操作未保存（数据未作改动）：请清理磁盘空间后再试"),
    "fault.read_only_at": QT_TRANSLATE_NOOP(
        "InputError",
        "没有写入权限：{path} 或其所在文件夹 {folder} 是只读的，无法打开或写入（数据未作改动）：请检查权限，或把数据库复制到可写的位置",  # noqa: E501
    ),
    "fault.read_only": QT_TRANSLATE_NOOP(
        "InputError",
        "没有写入权限：数据库或其所在文件夹是只读的，无法打开或写入（数据未作改动）：请检查权限，或把数据库复制到可写的位置",
    ),
    "fault.busy": QT_TRANSLATE_NOOP("InputError", "数据库正被其他程序占用，请稍后再试"),
    "fault.damaged_at": QT_TRANSLATE_NOOP(
        "InputError", "数据库 {path} 已损坏（数据未作改动）：请用 hdrectify restore 从备份恢复"
    ),
    "fault.damaged": QT_TRANSLATE_NOOP("InputError", "数据库已损坏（数据未作改动）：请用 hdrectify restore 从备份恢复"),
    "fault.cant_open_at": QT_TRANSLATE_NOOP(
        "InputError", "无法打开数据库 {path} （文件夹可能只读或不存在）：请检查路径和权限"
    ),
    "fault.cant_open": QT_TRANSLATE_NOOP("InputError", "无法打开数据库（文件夹可能只读或不存在）：请检查路径和权限"),
    "fault.io_at": QT_TRANSLATE_NOOP(
        "InputError", "读写 {path} 时磁盘出错，数据未作改动：请检查磁盘或存储设备，必要时从备份恢复"
    ),
    "fault.io": QT_TRANSLATE_NOOP(
        "InputError", "读写文件时磁盘出错，数据未作改动：请检查磁盘或存储设备，必要时从备份恢复"
    ),
    "fault.other": QT_TRANSLATE_NOOP("InputError", "数据库操作失败，数据未作改动：详情见日志"),
    "db.missing": QT_TRANSLATE_NOOP(
        "InputError", "数据库 {path} 不存在：请先运行 hdrectify init 创建（或用 --db 指定已有文件）"
    ),
    "db.cannot_make_folder": QT_TRANSLATE_NOOP("InputError", "无法在 {folder} 创建数据库：请换一个文件夹"),
    "db.not_sqlite": QT_TRANSLATE_NOOP("InputError", "{path} 不是 hdrectify 数据库（无法作为 SQLite 文件打开）"),
    "db.too_new": QT_TRANSLATE_NOOP(
        "InputError",
        "数据库 {path} 由更新版本的 hdrectify 创建（结构版本 {version}，本程序支持到 {supported}）：请升级 hdrectify 后再打开",  # noqa: E501
    ),
    "db.not_ours": QT_TRANSLATE_NOOP("InputError", "{path} 不是 hdrectify 数据库：请用 --db 指定正确的文件"),
    "db.not_initialised": QT_TRANSLATE_NOOP("InputError", "数据库 {path} 尚未初始化：请先运行 hdrectify init"),
    "db.missing_read_only": QT_TRANSLATE_NOOP("InputError", "数据库 {path} 不存在"),
    "db.too_new_read_only": QT_TRANSLATE_NOOP(
        "InputError", "数据库 {path} 由更新版本的 hdrectify 创建：请升级 hdrectify 后再打开"
    ),
    "db.needs_upgrade_read_only": QT_TRANSLATE_NOOP(
        "InputError", "数据库 {path} 需要先升级结构才能打开，只读方式不能升级：请关闭其他窗口后再打开"
    ),
    "db.copied_without_wal": QT_TRANSLATE_NOOP(
        "InputError",
        "数据库 {path} 复制得不完整：它的数据还在原来位置旁边的 {wal} 文件里，这里没有。请把 {wal} 和它一起复制过来（复制前先关闭程序），或在原来的电脑上用“备份”生成备份文件，再在这里“恢复备份”",  # noqa: E501
    ),
    "backup.damaged_with_backup": QT_TRANSLATE_NOOP(
        "InputError",
        "数据库 {path} 已损坏，为保护数据不再写入；最新的完好备份是 {backup}（{when}），可用 hdrectify restore 恢复",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "InputError",
        "数据库 {path} 已损坏，为保护数据不再写入，也没有找到完好的备份：请不要删除它，先把它和旁边同名的文件、文件夹（-wal、佐证材料）一起复制保存，再联系技术人员；在别处保存过备份的，可用 hdrectify restore 恢复",  # noqa: E501
    ),
    "backup.fails_verify": QT_TRANSLATE_NOOP("InputError", "备份 {path} 校验未通过，未作恢复：{summary}"),
    "backup.new_one_damaged": QT_TRANSLATE_NOOP("InputError", "备份校验未通过，未保存备份"),
    "backup.missing": QT_TRANSLATE_NOOP("InputError", "找不到备份文件 {path}"),
    "backup.not_sqlite": QT_TRANSLATE_NOOP("InputError", "{path} 不是 hdrectify 备份（无法作为 SQLite 文件打开）"),
    "backup.damaged_backup": QT_TRANSLATE_NOOP("InputError", "备份 {path} 已损坏，不能用于恢复"),
    "backup.not_ours": QT_TRANSLATE_NOOP("InputError", "{path} 不是 hdrectify 备份"),
    "backup.too_new": QT_TRANSLATE_NOOP(
        "InputError",
        "备份 {path} 由更新版本的 hdrectify 创建（结构版本 {version}，本程序支持到 {supported}）：请升级 hdrectify 后再恢复",  # noqa: E501
    ),
    "backup.is_the_database": QT_TRANSLATE_NOOP("InputError", "不能用数据库文件自身恢复：请选择一个备份文件"),
    "sync.clock_too_far": QT_TRANSLATE_NOOP(
        "InputError", "记录的版本时钟超出合理范围（可能来自被改动的交换包）：请用“校验数据”检查数据库，或从备份恢复"
    ),
    "db.demo_over_real": QT_TRANSLATE_NOOP(
        "InputError", "{path} 已存在且不是演示数据库：演示数据不会写入正式数据库，请换一个文件名"
    ),
    "fault.window_full": QT_TRANSLATE_NOOP(
        "InputError", "磁盘已满，本次操作未保存（数据未作改动）。请清理磁盘空间后再试。"
    ),
    "fault.window_read_only": QT_TRANSLATE_NOOP(
        "InputError",
        "数据库或其所在文件夹是只读的，本次操作未保存（数据未作改动）。请检查权限，或把数据库复制到可写的位置。",
    ),
    "fault.window_busy": QT_TRANSLATE_NOOP("InputError", "数据库正被其他程序占用，本次操作未保存。请稍后再试。"),
    "fault.window_damaged": QT_TRANSLATE_NOOP(
        "InputError", "数据库文件已损坏，本次操作未保存。请用“文件 → 恢复备份”从备份恢复。"
    ),
    "fault.window_io": QT_TRANSLATE_NOOP(
        "InputError", "读写磁盘时出错，本次操作未保存（数据未作改动）。请检查磁盘或存储设备，必要时从备份恢复。"
    ),
    "fault.window_other": QT_TRANSLATE_NOOP("InputError", "数据库操作失败，本次操作未保存（数据未作改动）。"),
    "db.read_only_window": QT_TRANSLATE_NOOP("InputError", "数据库以只读方式打开（另一个窗口正在使用它），不能修改"),
    "db.still_checking": QT_TRANSLATE_NOOP("InputError", "正在检查数据库文件是否完好，请稍候几秒再保存"),
    "db.damaged_window": QT_TRANSLATE_NOOP(
        "InputError", "数据库文件 {path} 已损坏，为保护数据不能修改：请从备份恢复（文件 → 恢复备份…）"
    ),
    # -- the database's password (store/dbapi.py, store/password.py) ---------------------------------
    "db.password_needed": QT_TRANSLATE_NOOP(
        "InputError",
        "数据库 {path} 设有密码：请输入密码（命令行会提示输入，或用环境变量 HDRECTIFY_PASSWORD 提供）；没有设过密码的话，它不是 hdrectify 数据库",  # noqa: E501
    ),
    "db.wrong_password": QT_TRANSLATE_NOOP(
        "InputError", "密码不对（或 {path} 不是 hdrectify 数据库），没有打开：请重新输入密码"
    ),
    "password.too_short": QT_TRANSLATE_NOOP("InputError", "密码太短：至少 {length} 个字符"),
    "password.bad_characters": QT_TRANSLATE_NOOP(
        "InputError", "密码首尾不能有空格，也不能含控制字符或看不见的字符：请重新输入"
    ),
    "password.mismatch": QT_TRANSLATE_NOOP("InputError", "两次输入的新密码不一样：请重新输入"),
    "password.none_set": QT_TRANSLATE_NOOP("InputError", "数据库 {path} 没有设置密码，无需取消"),
    "password.already_set": QT_TRANSLATE_NOOP(
        "InputError", "数据库 {path} 已经设有密码：要换密码请用 hdrectify password change"
    ),
    "password.in_use": QT_TRANSLATE_NOOP(
        "InputError", "数据库 {path} 正被另一个窗口或命令使用：请先关闭它们，再设置密码（数据未作改动）"
    ),
    "password.copy_differs": QT_TRANSLATE_NOOP(
        "InputError", "加密后的副本与原数据库核对不一致，已放弃，数据库未作改动：详情见日志"
    ),
    "password.no_file": QT_TRANSLATE_NOOP("InputError", "找不到密码文件 {path}：请检查路径"),
    "password.unreadable_file": QT_TRANSLATE_NOOP(
        "InputError",
        "无法读取密码文件 {path}：请确认它是 UTF-8 编码的文本文件（记事本另存为时选 UTF-8），并且有读取权限",
    ),
    "password.empty_file": QT_TRANSLATE_NOOP("InputError", "密码文件 {path} 是空的：请在第一行写上密码"),
}
