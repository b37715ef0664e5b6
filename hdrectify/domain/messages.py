"""The catalogue of what the core can refuse: one code per message, its Simplified Chinese text.

Marked for extraction with the labels and formats of :mod:`hdrectify.domain.wording`: nothing here
imports Qt. ``QT_TRANSLATE_NOOP`` below is a plain function under the name Qt's ``lupdate`` looks
for, so every text lands in ``hdrectify_en.ts`` (context ``InputError``) and the window shows it
in the user's language; the command line and the documents show the Chinese.

A text names its values as ``{name}`` (``str.format``). A value is a plain name, number, date or
:class:`~hdrectify.domain.periods.Period` (said as its label); the window translates a value that is
itself a label (context ``Labels``), says a period in the user's language and leaves names.
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
    # -- store: people, pairings, records, evidence, ledger, settings -------------------------
    "ledger.bad_role": QT_TRANSLATE_NOOP("InputError", "角色“{value}”无效：可选 office（办公室）、member（党员）"),
    "ledger.bad_area_ref": QT_TRANSLATE_NOOP("InputError", "方面编号“{ref}”无效：请写数字，例如 --area 1"),
    "ledger.no_such_area": QT_TRANSLATE_NOOP("InputError", "整改台账中没有第 {no} 个方面：请用 hdrectify ledger 查看"),
    "ledger.bad_problem_ref": QT_TRANSLATE_NOOP(
        "InputError", "问题编号“{ref}”无效：请写问题的编号，例如 18（待编号的问题写它的 id）"
    ),
    "ledger.no_such_problem": QT_TRANSLATE_NOOP(
        "InputError", "整改台账中没有问题 {ref}：请用 hdrectify ledger 查看编号"
    ),
    "ledger.bad_measure_ref": QT_TRANSLATE_NOOP("InputError", "措施编号“{ref}”无效：请写 问题编号.措施序号，例如 3.2"),
    "ledger.no_such_measure": QT_TRANSLATE_NOOP(
        "InputError", "{problem}没有第 {no} 项整改措施：请用 hdrectify ledger 查看"
    ),
    "ledger.office_only": QT_TRANSLATE_NOOP(
        "InputError", "{what}只能在办公室的电脑上进行：本机是党员电脑（role=member）"
    ),
    "ledger.empty": QT_TRANSLATE_NOOP("InputError", "{what}不能为空"),
    "ledger.inspection_ends_before_start": QT_TRANSLATE_NOOP("InputError", "巡察结束日期早于开始日期：请检查日期"),
    "ledger.inspection_title_taken": QT_TRANSLATE_NOOP("InputError", "已有标题为“{title}”的巡察：请换一个标题"),
    "ledger.no_such_inspection": QT_TRANSLATE_NOOP(
        "InputError", "没有标题为“{title}”的巡察：请先用 hdrectify inspection add 添加"
    ),
    "ledger.area_gone": QT_TRANSLATE_NOOP("InputError", "找不到该方面"),
    "ledger.notice_area_title": QT_TRANSLATE_NOOP("InputError", "通报中的方面标题是通报原文，不能修改"),
    "ledger.notice_area_kept": QT_TRANSLATE_NOOP("InputError", "“{title}”是通报中的方面（或走访问题的方面），不能删除"),
    "ledger.area_has_problems": QT_TRANSLATE_NOOP(
        "InputError", "该方面下还有 {count} 个问题：请先删除这些问题，再删除方面"
    ),
    "ledger.bad_source": QT_TRANSLATE_NOOP(
        "InputError", "问题来源“{value}”无效：可选 inspection（巡察）、visit（走访）"
    ),
    "ledger.problem_gone": QT_TRANSLATE_NOOP("InputError", "找不到该问题"),
    "ledger.notice_problem_title": QT_TRANSLATE_NOOP("InputError", "通报中的问题是通报原文，不能修改"),
    "ledger.delete_needs_reason": QT_TRANSLATE_NOOP("InputError", "删除必须写明原因：请说明为什么删除"),
    "ledger.notice_problem_kept": QT_TRANSLATE_NOOP("InputError", "{problem}是通报中的问题，是通报原文，不能删除"),
    "ledger.problem_has_records": QT_TRANSLATE_NOOP(
        "InputError", "{problem}的措施有 {notes} 条整改进展、{files} 份佐证材料：确需删除请同时删除这些记录"
    ),
    "ledger.name_too_long": QT_TRANSLATE_NOOP("InputError", "{what}不能超过{most}个字"),
    "ledger.measure_empty": QT_TRANSLATE_NOOP("InputError", "整改措施不能为空"),
    "ledger.deadline_before_found_iso": QT_TRANSLATE_NOOP("InputError", "整改时限不能早于问题发现日期（{found}）"),
    "ledger.measure_gone": QT_TRANSLATE_NOOP("InputError", "找不到该整改措施"),
    "ledger.notice_measure_kept": QT_TRANSLATE_NOOP(
        "InputError", "这是通报中的整改措施，是通报原文，不能删除（可登记进展或销号）"
    ),
    "ledger.measure_has_records": QT_TRANSLATE_NOOP(
        "InputError", "该措施有 {notes} 条整改进展、{files} 份佐证材料：确需删除请同时删除这些记录"
    ),
    "ledger.bulk_nothing_to_change": QT_TRANSLATE_NOOP(
        "InputError", "请至少给出一项要修改的内容：--leader、--unit、--owner 或 --deadline"
    ),
    "ledger.bulk_none_chosen": QT_TRANSLATE_NOOP("InputError", "没有选中整改措施：请先选择要修改的措施"),
    "ledger.bulk_refused": QT_TRANSLATE_NOOP("InputError", "措施 {problem}.{no}：{error}"),
    "ledger.bulk_refused_pending": QT_TRANSLATE_NOOP("InputError", "待编号问题的措施 {no}：{error}"),
    "ledger.no_measures_yet": QT_TRANSLATE_NOOP(
        "InputError", "{problem}还没有整改措施：请先用 hdrectify measure add 添加"
    ),
    "ledger.problem_empty": QT_TRANSLATE_NOOP("InputError", "问题描述不能为空"),
    "ledger.progress_empty": QT_TRANSLATE_NOOP("InputError", "进展说明不能为空"),
    "ledger.notice_measure_text": QT_TRANSLATE_NOOP("InputError", "巡察反馈的整改措施是通报原文，不能修改"),
    "ledger.deadline_before_found": QT_TRANSLATE_NOOP(
        "InputError", "整改时限不能早于问题发现日期（{year}年{month}月{day}日）"
    ),
    "ledger.bad_status": QT_TRANSLATE_NOOP("InputError", "状态“{value}”无效：可选 未开始、整改中"),
    "ledger.done_only_by_closing": QT_TRANSLATE_NOOP(
        "InputError", "“已完成”只能通过销号：请点击“销号…”并附佐证材料或书面说明"
    ),
    "ledger.closed_reopen_first": QT_TRANSLATE_NOOP("InputError", "该措施已销号：如需继续整改，请先“重新打开”"),
    "ledger.not_closed": QT_TRANSLATE_NOOP("InputError", "该措施尚未销号，无需重新打开"),
    "ledger.reopen_needs_reason": QT_TRANSLATE_NOOP("InputError", "重新打开必须写明原因"),
    "ledger.declared_office_only": QT_TRANSLATE_NOOP(
        "InputError", "修改巡察通报的数字只能在办公室的电脑上进行：本机是党员电脑（role=member）"
    ),
    "ledger.inspection_gone": QT_TRANSLATE_NOOP("InputError", "找不到该巡察：请先用 hdrectify inspection add 添加"),
    "ledger.declared_out_of_range": QT_TRANSLATE_NOOP("InputError", "通报的{what}应为 0 到 {most} 的整数"),
    "people.no_such_member": QT_TRANSLATE_NOOP(
        "InputError", "没有名为“{name}”的党员：请检查姓名，或先用 hdrectify member add 添加"
    ),
    "people.member_name_shared": QT_TRANSLATE_NOOP(
        "InputError", "有 {count} 名党员都叫“{name}”：请改用编号指定（{ids}）"
    ),
    "people.no_such_centre": QT_TRANSLATE_NOOP(
        "InputError", "没有名为“{name}”的康园中心：请检查名称，或先用 hdrectify centre add 添加"
    ),
    "people.centre_name_shared": QT_TRANSLATE_NOOP("InputError", "名称“{name}”对应多个康园中心：请改用编号指定"),
    "people.town_missing_cli": QT_TRANSLATE_NOOP("InputError", "请填写所在镇（街道），例如 --town 平山街道"),
    "people.member_name_empty": QT_TRANSLATE_NOOP("InputError", "党员姓名不能为空"),
    "pairing.ends_before_start": QT_TRANSLATE_NOOP(
        "InputError", "结束日期 {end} 早于开始日期 {start}：请检查 --to 和 --from"
    ),
    "pairing.after_closing": QT_TRANSLATE_NOOP("InputError", "康园中心“{centre}”已于 {closed} 撤销，不能在此之后挂钩"),
    "pairing.past_closing": QT_TRANSLATE_NOOP(
        "InputError", "康园中心“{centre}”已于 {closed} 撤销：挂钩最晚到这一天，请把结束日期定在 {closed} 或之前"
    ),
    "pairing.overlaps": QT_TRANSLATE_NOOP(
        "InputError",
        "康园中心“{centre}”在 {start} 至 {end} 已与 {member} 挂钩，同一天只能有一个挂钩党员：请调整日期，或先结束原挂钩",  # noqa: E501
    ),
    "pairing.overlaps_open": QT_TRANSLATE_NOOP(
        "InputError",
        "康园中心“{centre}”在 {start} 至今 已与 {member} 挂钩，同一天只能有一个挂钩党员：请调整日期，或先结束原挂钩",
    ),
    "people.centre_name_empty": QT_TRANSLATE_NOOP("InputError", "康园中心名称不能为空"),
    "people.centre_exists": QT_TRANSLATE_NOOP("InputError", "康园中心“{name}”已存在：名称不能重复"),
    "people.centre_looks_taken": QT_TRANSLATE_NOOP(
        "InputError", "康园中心“{name}”已存在（与“{other}”看起来相同）：名称不能重复"
    ),
    "people.town_missing": QT_TRANSLATE_NOOP("InputError", "请填写所在镇（街道）"),
    "people.centre_gone": QT_TRANSLATE_NOOP("InputError", "找不到该康园中心：可能已被其他电脑的数据更新，请刷新后重试"),
    "people.member_gone": QT_TRANSLATE_NOOP("InputError", "找不到该党员：可能已被其他电脑的数据更新，请刷新后重试"),
    "pairing.gone": QT_TRANSLATE_NOOP("InputError", "找不到该挂钩：可能已被其他电脑的数据更新，请刷新后重试"),
    "pairing.contacts_after_end": QT_TRANSLATE_NOOP(
        "InputError",
        "{subject}在 {end} 之后还有 {count} 条联系记录（最晚 {last}）：{what}不能早于 {last}，如记录有误请先删除这些记录",  # noqa: E501
    ),
    "pairing.report_after_end": QT_TRANSLATE_NOOP(
        "InputError", "{subject}已登记{year}年第{quarter}季度汇报，须挂钩到 {last}：{what}不能早于 {last}"
    ),
    "pairing.review_after_end": QT_TRANSLATE_NOOP(
        "InputError", "{subject}已登记{year}年考评，须挂钩到 {last}：{what}不能早于 {last}"
    ),
    "pairing.end_before_its_start": QT_TRANSLATE_NOOP(
        "InputError", "结束日期 {end} 早于挂钩开始日期 {start}：请选择 {start} 或之后的日期"
    ),
    "pairing.end_after_closing": QT_TRANSLATE_NOOP(
        "InputError", "康园中心“{centre}”已于 {closed} 撤销：结束日期不能晚于撤销日期"
    ),
    "people.close_before_pairing": QT_TRANSLATE_NOOP(
        "InputError",
        "康园中心“{centre}”有 {start} 才开始的挂钩（{member}），晚于撤销日期 {closed}：请选择更晚的撤销日期",
    ),
    "pairing.none_to_reassign": QT_TRANSLATE_NOOP(
        "InputError", "康园中心“{centre}”在 {start} 没有挂钩党员：请用“新建挂钩”"
    ),
    "pairing.already_paired": QT_TRANSLATE_NOOP(
        "InputError", "{member} 在 {start} 已是“{centre}”的挂钩党员：请选择另一名党员"
    ),
    "pairing.reassign_too_early": QT_TRANSLATE_NOOP(
        "InputError", "改派日期 {start} 不晚于原挂钩开始日期 {old}：请选择 {first} 或之后的日期"
    ),
    "evidence.bad_hash": QT_TRANSLATE_NOOP("InputError", "佐证材料的校验值无效：{value}"),
    "evidence.cancelled": QT_TRANSLATE_NOOP("InputError", "已取消添加“{name}”"),
    "evidence.copy_differs": QT_TRANSLATE_NOOP("InputError", "复制“{name}”时校验不一致，请重试"),
    "evidence.no_such_file": QT_TRANSLATE_NOOP("InputError", "找不到文件：{path}"),
    "evidence.not_a_file": QT_TRANSLATE_NOOP("InputError", "“{name}”不是文件：请选择文件（文件夹可先压缩成 zip）"),
    "evidence.empty_file": QT_TRANSLATE_NOOP("InputError", "“{name}”是空文件，不能作为佐证材料"),
    "evidence.no_permission": QT_TRANSLATE_NOOP("InputError", "没有权限读取“{name}”或写入佐证材料目录"),
    "evidence.disk_full": QT_TRANSLATE_NOOP("InputError", "无法保存“{name}”：磁盘已满，请清理磁盘空间后再试"),
    "evidence.cannot_store": QT_TRANSLATE_NOOP(
        "InputError", "无法保存“{name}”：读写磁盘时出错，请检查磁盘或存储设备后再试"
    ),
    "evidence.duplicate": QT_TRANSLATE_NOOP("InputError", "“{name}”与已添加的“{other}”内容相同，无需重复添加"),
    "evidence.too_big": QT_TRANSLATE_NOOP(
        "InputError", "“{name}”超过 {limit} MB，交换包无法携带：请压缩或拆分后再添加"
    ),
    "evidence.gone": QT_TRANSLATE_NOOP("InputError", "该佐证材料不存在或已移除"),
    "evidence.remove_needs_reason": QT_TRANSLATE_NOOP("InputError", "移除佐证材料必须写明原因"),
    "evidence.last_of_closed_measure": QT_TRANSLATE_NOOP(
        "InputError", "该措施已销号，这是它唯一的佐证材料：请先补充其他佐证材料，或重新打开该措施后再移除"
    ),
    "evidence.stored_copy_missing": QT_TRANSLATE_NOOP(
        "InputError", "找不到“{name}”的存档文件（{path}）：数据库旁的佐证材料文件夹可能没有一起复制"
    ),
    "evidence.stored_copy_altered": QT_TRANSLATE_NOOP("InputError", "“{name}”的存档文件已被改动，与添加时不一致"),
    "records.in_the_future": QT_TRANSLATE_NOOP("InputError", "{what}日期 {day} 晚于今天：只能登记已经发生的事"),
    "records.not_paired_on": QT_TRANSLATE_NOOP("InputError", "{member} 与 {centre} 在 {day} 没有挂钩关系（{spans}）"),
    "records.not_owed": QT_TRANSLATE_NOOP(
        "InputError", "{member} 与 {centre} 的挂钩不需要提交{period}的材料（须在 {last} 仍在挂钩；{spans}）"
    ),
    "records.bad_method": QT_TRANSLATE_NOOP(
        "InputError", "联系方式“{value}”无效：可选 phone、wechat、onsite、meeting、other"
    ),
    "records.before_period": QT_TRANSLATE_NOOP("InputError", "提交日期 {day} 早于{period}开始（{first}）：请检查日期"),
    "records.already_filed": QT_TRANSLATE_NOOP(
        "InputError", "该挂钩已有{period}的记录：不能重复登记，如需更正请在窗口中修改"
    ),
    "records.score_out_of_range": QT_TRANSLATE_NOOP(
        "InputError", "考评分数 {score} 超出范围：请填写 0 到 100 之间的整数"
    ),
    "records.bad_obligation": QT_TRANSLATE_NOOP("InputError", "义务“{value}”无效：可选 contact、visit、report、review"),
    "records.exemption_needs_reason": QT_TRANSLATE_NOOP(
        "InputError", "免除必须写明原因：请用 --reason 说明，例如“春节放假，中心闭馆”"
    ),
    "records.not_paired_between": QT_TRANSLATE_NOOP(
        "InputError", "{member} 与 {centre} 在 {start} 至 {end} 没有挂钩关系（{spans}）"
    ),
    "records.contact_gone": QT_TRANSLATE_NOOP("InputError", "找不到这条记录：可能已被删除，请刷新列表"),
    "records.contact_deleted": QT_TRANSLATE_NOOP("InputError", "这条记录已删除，不能再修改"),
    "records.correction_needs_reason": QT_TRANSLATE_NOOP(
        "InputError", "更正必须写明原因，例如“日期录错，应为 3 月 5 日”"
    ),
    "records.deletion_needs_reason": QT_TRANSLATE_NOOP("InputError", "删除必须写明原因，例如“重复录入”"),
    "records.not_editable": QT_TRANSLATE_NOOP(
        "InputError", "不能修改 {fields}：只能更正日期、方式、情况记录和发现的问题"
    ),
    "records.bad_method_choice": QT_TRANSLATE_NOOP("InputError", "联系方式“{value}”无效：请从列表中选择"),
    "records.bad_date": QT_TRANSLATE_NOOP("InputError", "日期“{text}”无效：请按 2024-03-05 的格式填写"),
    "records.date_in_the_future": QT_TRANSLATE_NOOP("InputError", "日期 {day} 晚于今天：只能登记已经发生的事"),
    "records.nothing_changed": QT_TRANSLATE_NOOP("InputError", "没有修改任何内容：请改动要更正的项目，或按“取消”"),
    "checklist.not_a_month": QT_TRANSLATE_NOOP(
        "InputError", "月度清单按月份打印：请写成 2024-03 的形式，而不是“{text}”"
    ),
    "checklist.member_unpaired": QT_TRANSLATE_NOOP(
        "InputError", "党员“{member}”{month}没有需要完成的挂钩：请检查月份和党员，或先用 hdrectify pair 建立挂钩关系"
    ),
    "checklist.nobody_paired": QT_TRANSLATE_NOOP(
        "InputError", "{month}没有需要完成的挂钩：请检查月份，或先用 hdrectify pair 建立挂钩关系"
    ),
    "checklist.no_items": QT_TRANSLATE_NOOP("InputError", "月度清单至少要有一项到岗检查事项：请添加一项"),
    "checklist.item_empty": QT_TRANSLATE_NOOP("InputError", "第{n}项检查事项是空的：请填写或删除这一项"),
    "checklist.item_too_long": QT_TRANSLATE_NOOP(
        "InputError", "第{n}项检查事项超过 40 个字：请写得简短些，细节写在清单的“发现情况”栏"
    ),
    "checklist.item_twice": QT_TRANSLATE_NOOP("InputError", "检查事项“{item}”重复了：请删除其中一项"),
    # the annual review's rubric (domain/rubric.py, store/rubric.py)
    "rubric.no_items": QT_TRANSLATE_NOOP("InputError", "考评细则至少要有一个考评项目：请添加一项"),
    "rubric.item_empty": QT_TRANSLATE_NOOP("InputError", "第{n}个考评项目没有名称：请填写或删除这一项"),
    "rubric.item_bad_name": QT_TRANSLATE_NOOP(
        "InputError", "第{n}个考评项目的名称太长或含有“=”：请写不超过 {limit} 个字的名称，不要用“=”"
    ),
    "rubric.item_twice": QT_TRANSLATE_NOOP("InputError", "考评项目“{item}”重复了：请删除其中一项或改名"),
    "rubric.item_max_range": QT_TRANSLATE_NOOP(
        "InputError", "考评项目“{item}”的满分 {value} 无效：请填写 1 到 100 之间的整数"
    ),
    "rubric.guidance_too_long": QT_TRANSLATE_NOOP(
        "InputError", "考评项目“{item}”的评分要点超过 {limit} 个字：请写得简短些"
    ),
    "rubric.total_not_100": QT_TRANSLATE_NOOP(
        "InputError", "各考评项目的满分合计为 {total} 分：请调整满分，使合计正好 100 分"
    ),
    "rubric.bad_item_arg": QT_TRANSLATE_NOOP(
        "InputError", "“{text}”格式不对：请写成 项目=分数，例如 --item 组织管理=18"
    ),
    "rubric.item_scored_twice": QT_TRANSLATE_NOOP("InputError", "考评项目“{item}”打了两次分：每个项目只写一次"),
    "rubric.unknown_item": QT_TRANSLATE_NOOP("InputError", "没有名为“{item}”的考评项目：现行考评细则的项目为 {items}"),
    "rubric.item_missing": QT_TRANSLATE_NOOP("InputError", "还有考评项目没有打分：{items}（每一项都要打分）"),
    "rubric.points_not_whole": QT_TRANSLATE_NOOP(
        "InputError", "考评项目“{item}”的得分“{text}”不是整数：请填写 0 到 {most} 之间的整数"
    ),
    "rubric.points_out_of_range": QT_TRANSLATE_NOOP(
        "InputError", "考评项目“{item}”的得分 {value} 超出范围：请填写 0 到 {most} 之间的整数（该项满分 {most} 分）"
    ),
    "rubric.score_and_items": QT_TRANSLATE_NOOP(
        "InputError", "总分和分项得分只能填一种：用 --score 登记总分，或用 --item 逐项打分（总分为各项之和）"
    ),
    "rubric.score_or_items": QT_TRANSLATE_NOOP(
        "InputError", "请填写考评分数：用 --score 登记总分，或用 --item 项目=分数 逐项打分"
    ),
    "summary.not_quarter_or_year": QT_TRANSLATE_NOOP(
        "InputError", "“{text}”不是季度或年度：请写成 2024-Q1 或 2024 的形式"
    ),
    "summary.nobody_paired": QT_TRANSLATE_NOOP(
        "InputError", "{period}没有挂钩关系，无可汇总：请先添加挂钩（hdrectify pair 或“人员”页），或换一个时段"
    ),
    "ledger.no_problems_yet": QT_TRANSLATE_NOOP(
        "InputError", "整改台账还没有问题：请先导入巡察反馈问题（hdrectify init --seed），或登记走访发现的问题"
    ),
    "records.wrong_period_kind": QT_TRANSLATE_NOOP("InputError", "{obligation}按{kind}计，不能查询{period}"),
    "records.delete_needs_reason": QT_TRANSLATE_NOOP("InputError", "删除必须写明原因"),
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
    "backup.damaged": QT_TRANSLATE_NOOP("InputError", "数据库 {path} 已损坏，为保护数据不再写入"),
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
    # -- exchange: bundles, merge, identity, conflicts ----------------------------------------
    # reading a bundle (exchange/bundle.py): the file
    # -- exchange: the rules a merge keeps (exchange/rules.py), one row each ------------------------------
    "rules.closed_without_evidence": QT_TRANSLATE_NOOP(
        "InputError", "整改措施“{title}”已销号，却既没有佐证材料也没有书面说明：销号须有其一"
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
    # the trust list (exchange/trust.py; hdrectify trust)
    "trust.fingerprint_bad": QT_TRANSLATE_NOOP(
        "InputError", "“{given}”不是指纹：指纹是 6 组、每组 4 个字母或数字，例如 ABCD-EFGH-2345-6723-JKLM-NPQR"
    ),
    "trust.not_listed": QT_TRANSLATE_NOOP(
        "InputError", "信任列表中没有指纹为 {fingerprint} 的电脑：用 hdrectify trust list 查看"
    ),
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
    "scans.unreadable": QT_TRANSLATE_NOOP("InputError", "无法读取“{name}”（{reason}）：请重新扫描或另存后再导入"),
    "scans.cancelled": QT_TRANSLATE_NOOP("InputError", "已取消导入扫描件，未添加任何内容"),
    "scans.store_failed": QT_TRANSLATE_NOOP("InputError", "无法保存“{name}”：{reason}，请检查磁盘空间和权限"),
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
    "cli.with_records": QT_TRANSLATE_NOOP("InputError", "{refusal}（命令行加 --with-records）"),
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
    "app.database_not_writable": QT_TRANSLATE_NOOP(
        "InputError", "无法写入数据库 {path}：文件可能只读，或正被其他程序占用"
    ),
}


# The names of fields and actions that the refusals of domain/ and store/ pass as values (``what``,
# ``subject``, ``kind``): the window says them in the user's language (context ``Labels``).
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Labels", "名称"),
    QT_TRANSLATE_NOOP("Labels", "内容"),
    QT_TRANSLATE_NOOP("Labels", "党员姓名"),
    QT_TRANSLATE_NOOP("Labels", "康园中心名称"),
    QT_TRANSLATE_NOOP("Labels", "所在镇（街道）"),
    QT_TRANSLATE_NOOP("Labels", "地址"),
    QT_TRANSLATE_NOOP("Labels", "联系人"),
    QT_TRANSLATE_NOOP("Labels", "联系电话"),
    QT_TRANSLATE_NOOP("Labels", "备注"),
    QT_TRANSLATE_NOOP("Labels", "免除原因"),
    QT_TRANSLATE_NOOP("Labels", "情况记录"),
    QT_TRANSLATE_NOOP("Labels", "发现的问题"),
    QT_TRANSLATE_NOOP("Labels", "汇报内容"),
    QT_TRANSLATE_NOOP("Labels", "考评分数"),
    QT_TRANSLATE_NOOP("Labels", "考评意见"),
    QT_TRANSLATE_NOOP("Labels", "考评标准说明"),
    QT_TRANSLATE_NOOP("Labels", "问题描述"),
    QT_TRANSLATE_NOOP("Labels", "问题详情"),
    QT_TRANSLATE_NOOP("Labels", "整改措施"),
    QT_TRANSLATE_NOOP("Labels", "进展说明"),
    QT_TRANSLATE_NOOP("Labels", "重新打开的原因"),
    QT_TRANSLATE_NOOP("Labels", "销号说明"),
    QT_TRANSLATE_NOOP("Labels", "说明"),
    QT_TRANSLATE_NOOP("Labels", "检查事项"),
    QT_TRANSLATE_NOOP("Labels", "考评项目"),
    QT_TRANSLATE_NOOP("Labels", "评分要点"),
    QT_TRANSLATE_NOOP("Labels", "巡察（通报）标题"),
    QT_TRANSLATE_NOOP("Labels", "方面标题"),
    QT_TRANSLATE_NOOP("Labels", "责任领导"),
    QT_TRANSLATE_NOOP("Labels", "责任单位"),
    QT_TRANSLATE_NOOP("Labels", "责任人"),
    QT_TRANSLATE_NOOP("Labels", "问题数"),
    QT_TRANSLATE_NOOP("Labels", "具体问题数"),
    QT_TRANSLATE_NOOP("Labels", "整改措施数"),
    QT_TRANSLATE_NOOP("Labels", "联系"),
    QT_TRANSLATE_NOOP("Labels", "提交"),
    QT_TRANSLATE_NOOP("Labels", "添加巡察"),
    QT_TRANSLATE_NOOP("Labels", "添加方面"),
    QT_TRANSLATE_NOOP("Labels", "该挂钩"),
    QT_TRANSLATE_NOOP("Labels", "结束日期"),
    QT_TRANSLATE_NOOP("Labels", "撤销日期"),
    QT_TRANSLATE_NOOP("Labels", "周"),
    QT_TRANSLATE_NOOP("Labels", "月"),
    QT_TRANSLATE_NOOP("Labels", "季度"),
    QT_TRANSLATE_NOOP("Labels", "年"),
)


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
    return template.format(**{name: _chinese(value) for name, value in params.items()})


def _chinese(value: Any) -> Any:
    """A value as the Chinese text says it: a period by its label (2024年第1季度), the rest as they are."""
    label = getattr(value, "label_zh", None)  # a Period (not imported: periods raises through this module)
    return label() if callable(label) else value
