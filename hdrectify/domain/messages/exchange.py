"""Bundles: reading, the rules a merge keeps, signatures, trust, importing, exporting, conflicts.

Part of the one catalogue (:mod:`hdrectify.domain.messages`); see its docstring."""

from __future__ import annotations

from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- exchange: bundles, merge, identity, conflicts ----------------------------------------
    # reading a bundle (exchange/bundle.py): the file
    # -- exchange: the rules a merge keeps (exchange/rules.py), one row each ------------------------------
    "rules.closed_without_evidence": QT_TRANSLATE_NOOP(
        "InputError", "整改措施“{title}”已销号，却既没有佐证材料也没有书面说明：销号须有其一"
    ),
    "rules.feedback_from_member": QT_TRANSLATE_NOOP(
        "InputError", "汇报的审阅意见（已阅、退回）只能由办公室给出：党员电脑的交换包不能带来或修改"
    ),
    "rules.bad_date": QT_TRANSLATE_NOOP("InputError", "日期“{value}”无效（{column}）"),
    "rules.pairings_overlap": QT_TRANSLATE_NOOP(
        "InputError", "挂钩 {pairing} 与挂钩 {other} 时间重叠：同一中心同一天只能有一个挂钩党员"
    ),
    "rules.pairing_after_closing": QT_TRANSLATE_NOOP("InputError", "挂钩 {pairing} 晚于康园中心的撤销日期 {closed}"),
    "rules.contact_outside_pairing": QT_TRANSLATE_NOOP("InputError", "{day} 的联系记录不在挂钩 {pairing} 期间内"),
    "rules.report_period_bad": QT_TRANSLATE_NOOP("InputError", "季度汇报的期间“{period}”无效"),
    "rules.review_period_bad": QT_TRANSLATE_NOOP("InputError", "年度考评的期间“{period}”无效"),
    "rules.report_not_owed": QT_TRANSLATE_NOOP(
        "InputError", "挂钩 {pairing} 不需要提交{period}的季度汇报（须在 {last} 仍在挂钩）"
    ),
    "rules.review_not_owed": QT_TRANSLATE_NOOP(
        "InputError", "挂钩 {pairing} 不需要提交{period}的年度考评（须在 {last} 仍在挂钩）"
    ),
    "rules.missing_parent": QT_TRANSLATE_NOOP("InputError", "引用的{parent}不存在（交换包不完整，或已被删除）"),
    "rules.duplicate": QT_TRANSLATE_NOOP("InputError", "与本机已有的记录重复（{what}）"),
    "rules.duplicate_centre_name": QT_TRANSLATE_NOOP("InputError", "与本机已有的记录重复（本机已有同名的康园中心）"),
    "rules.duplicate_problem_no": QT_TRANSLATE_NOOP("InputError", "与本机已有的记录重复（本机已有相同编号的问题）"),
    "rules.duplicate_area_no": QT_TRANSLATE_NOOP("InputError", "与本机已有的记录重复（本机已有相同编号的方面）"),
    "rules.duplicate_measure_no": QT_TRANSLATE_NOOP("InputError", "与本机已有的记录重复（该问题下已有相同编号的措施）"),
    "rules.check_failed": QT_TRANSLATE_NOOP("InputError", "内容不符合要求（{what}）"),
    "rules.missing_value": QT_TRANSLATE_NOOP("InputError", "缺少必填内容（{what}）"),
    "rules.cannot_write": QT_TRANSLATE_NOOP("InputError", "这条记录无法写入：详情见日志"),
    "rules.delete_notice_row": QT_TRANSLATE_NOOP("InputError", "交换包不能删除通报台账中的记录"),
    "rules.delete_not_maker": QT_TRANSLATE_NOOP(
        "InputError", "交换包中的删除来自既未创建也未修改过该记录的电脑，已拒绝"
    ),
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
    # who may change what (exchange/roles.py): a member's bundle, row by row
    "roles.member_bad": QT_TRANSLATE_NOOP("InputError", "交换包清单中的党员（member）格式不对：文件已损坏"),
    "roles.member_settings": QT_TRANSLATE_NOOP(
        "InputError", "“{name}”是党员的电脑，它的交换包不能带设置，也不能为党员建立数据库：只有办公室的交换包可以"
    ),
    "roles.member_changed": QT_TRANSLATE_NOOP(
        "InputError",
        "“{name}”此前的交换包是党员{before}的记录，这个交换包却说是{member}的电脑，未导入：如确已改由{member}使用，"
        "请先用 hdrectify trust remove {fingerprint} 移除后再信任它",
    ),
    "roles.office_row_added": QT_TRANSLATE_NOOP("InputError", "党员的电脑不能新增“{title}”：这类记录只能由办公室录入"),
    "roles.office_row_changed": QT_TRANSLATE_NOOP(
        "InputError", "党员的电脑不能修改“{title}”：这类记录只能由办公室修改"
    ),
    "roles.office_row_deleted": QT_TRANSLATE_NOOP(
        "InputError", "党员的电脑不能删除“{title}”：这类记录只能由办公室删除"
    ),
    "roles.measure_closed": QT_TRANSLATE_NOOP(
        "InputError", "党员的电脑不能为整改措施“{title}”销号或撤销销号：只有办公室可以"
    ),
    "roles.deadline_moved": QT_TRANSLATE_NOOP(
        "InputError", "党员的电脑不能改动整改措施“{title}”的完成时限：只有办公室可以"
    ),
    "roles.fixed_column": QT_TRANSLATE_NOOP("InputError", "“{title}”的{what}在记录创建后不能改动，交换包却改动了它"),
    "roles.not_visit_problem": QT_TRANSLATE_NOOP(
        "InputError", "党员的电脑只能新增和修改走访发现的问题，不能改动问题“{title}”"
    ),
    "roles.not_made_by_sender": QT_TRANSLATE_NOOP(
        "InputError", "“{title}”不是这台党员电脑录入的：党员的电脑只能修改或删除自己录入的记录"
    ),
    "roles.member_not_said": QT_TRANSLATE_NOOP(
        "InputError", "交换包没有说明是哪位党员的电脑，不能带“{title}”：请在那台电脑的“设置”中选好“我是”后重新导出"
    ),
    "roles.not_own_member": QT_TRANSLATE_NOOP(
        "InputError", "“{title}”是党员{owner}的记录，交换包却来自{member}的电脑：党员只能录入和修改自己的记录"
    ),
    # its signature (exchange/signing.py) and its sender (exchange/trust.py)
    "exchange.signature_bad": QT_TRANSLATE_NOOP(
        "InputError", "交换包已被改动或损坏（签名不符），未导入：请让对方重新导出交换包"
    ),
    "exchange.unsigned": QT_TRANSLATE_NOOP(
        "InputError", "交换包没有签名（由旧版本导出），未导入：请对方把 hdrectify 更新到最新版本后重新导出"
    ),
    "exchange.sender_unknown": QT_TRANSLATE_NOOP(
        "InputError",
        "交换包来自本机尚未信任的电脑“{name}”（编号 {installation}，指纹 {fingerprint}），未导入："
        "请与对方电脑“设置”中显示的指纹核对，一致后用 --trust {fingerprint} 再次导入",
    ),
    "exchange.sender_key_changed": QT_TRANSLATE_NOOP(
        "InputError",
        "警告：交换包自称来自已信任的电脑“{name}”（编号 {installation}），但签名密钥不同"
        "（指纹 {fingerprint}，本机记录的是 {trusted}），可能是复制的数据库或伪造的交换包，未导入："
        "请与对方核对指纹；确认对方确实换了电脑或重装后，先执行 hdrectify trust remove {trusted} 再导入",
    ),
    "exchange.trust_mismatch": QT_TRANSLATE_NOOP(
        "InputError",
        "给出的指纹 {given} 与交换包签名者“{name}”的指纹 {fingerprint} 不一致，未导入：请重新核对对方电脑上的指纹",
    ),
    # encrypted bundles (exchange/sealing.py)
    "exchange.sealed_for_other": QT_TRANSLATE_NOOP(
        "InputError",
        "这个交换包是加密发给另一台电脑（指纹 {fingerprint}）的，本机（指纹 {own}）无法解密，未导入："
        "请在那台电脑上导入，或让对方重新导出",
    ),
    "exchange.sealed_elsewhere": QT_TRANSLATE_NOOP(
        "InputError", "这个交换包已加密，只能在指纹为 {fingerprint} 的电脑上用“导入交换包”打开"
    ),
    "exchange.sealed_damaged": QT_TRANSLATE_NOOP(
        "InputError", "加密的交换包已被改动、截断或损坏，无法解密，未导入：请让对方重新导出交换包"
    ),
    "exchange.sealed_too_new": QT_TRANSLATE_NOOP(
        "InputError", "加密交换包的格式（版本 {version}）比本程序新（支持 {supported}）：请更新 hdrectify"
    ),
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
    "exchange.export_for_member_office_only": QT_TRANSLATE_NOOP(
        "InputError",
        "为党员的笔记本准备交换包只能在办公室电脑上做，党员电脑做的这种交换包任何电脑都不会接受：要把本机的记录交给办公室，请用 hdrectify bundle export -o 文件名（不加 --for）",  # noqa: E501
    ),
    "exchange.export_member_unknown": QT_TRANSLATE_NOOP(
        "InputError", "找不到要为其准备交换包的党员：请先在“中心与党员”中添加"
    ),
    "exchange.export_nothing_new": QT_TRANSLATE_NOOP(
        "InputError", "没有新增或改动的记录需要导出：如需导出全部数据，请用 --all"
    ),
    "exchange.export_nothing_new_since": QT_TRANSLATE_NOOP(
        "InputError", "没有新增或改动的记录需要导出（上次导出：{last}）：如需导出全部数据，请用 --all"
    ),
    # the same, in the window: its box to tick rather than the command line's --all
    "export_window.nothing_new": QT_TRANSLATE_NOOP(
        "InputError", "没有新增或改动的记录需要导出：如需导出全部数据，请勾选“导出全部数据”后再导出"
    ),
    "export_window.nothing_new_since": QT_TRANSLATE_NOOP(
        "InputError", "没有新增或改动的记录需要导出（上次导出：{last}）：如需导出全部数据，请勾选“导出全部数据”后再导出"
    ),
    "exchange.export_cancelled": QT_TRANSLATE_NOOP("InputError", "已取消导出：没有生成交换包"),
    # conflicts (exchange/conflicts.py)
    "exchange.conflict_gone": QT_TRANSLATE_NOOP("InputError", "该冲突已处理（可能已被其他版本取代），请刷新"),
    "exchange.conflict_version_gone": QT_TRANSLATE_NOOP("InputError", "所选版本已不在冲突待办中，请刷新"),
    "exchange.conflict_refused": QT_TRANSLATE_NOOP("InputError", "不能采用这个版本：{reason}"),
    # the trust list (exchange/trust.py; hdrectify trust)
    "trust.fingerprint_bad": QT_TRANSLATE_NOOP(
        "InputError", "“{given}”不是指纹：指纹是 6 组、每组 4 个字母或数字，例如 ABCD-EFGH-2345-6723-JKLM-NPQR"
    ),
    "trust.not_listed": QT_TRANSLATE_NOOP(
        "InputError", "信任列表中没有指纹为 {fingerprint} 的电脑：用 hdrectify trust list 查看"
    ),
    "rules.answer_from_member": QT_TRANSLATE_NOOP(
        "InputError", "党员电脑的交换包不能带有销号申请的审核结果：只有办公室能审核"
    ),
    "rules.request_not_own": QT_TRANSLATE_NOOP("InputError", "党员电脑的交换包只能带有本机提出的销号申请及其材料"),
}
