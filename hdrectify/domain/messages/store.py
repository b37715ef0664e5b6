"""What the store refuses: people, pairings, records, evidence, ledger, settings, the rubric.

Part of the one catalogue (:mod:`hdrectify.domain.messages`); see its docstring."""

from __future__ import annotations

from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
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
    # -- store: what only the office may change, refused on a member's laptop (store/roles.py) ----
    "roles.local_not_own": QT_TRANSLATE_NOOP(
        "InputError",
        "这是{owner}的挂钩：本机是{me}的电脑，只能登记和修改{me}本人的记录（办公室不会收下其他党员的记录），请由{owner}本人或办公室登记",
    ),
    "roles.local_me_not_set": QT_TRANSLATE_NOOP(
        "InputError", "本机还没有选好“我是”哪位党员：请在“设置”中选好后，再登记本人的记录"
    ),
    "office.close": QT_TRANSLATE_NOOP("InputError", "党员电脑不能销号：请用“申请销号”，由办公室验收销号"),
    "office.reopen": QT_TRANSLATE_NOOP(
        "InputError", "党员电脑不能重新打开已销号的措施：请告知办公室，由办公室写明原因后重新打开"
    ),
    "office.extend": QT_TRANSLATE_NOOP("InputError", "党员电脑不能延期：请告知办公室，由办公室批准延期"),
    "office.deadline": QT_TRANSLATE_NOOP("InputError", "整改期限由办公室设定：党员电脑不能设定或改动，请告知办公室"),
    "office.measure": QT_TRANSLATE_NOOP(
        "InputError", "党员电脑只能改措施的进度状态：措施内容和责任领导、单位、人由办公室维护，请告知办公室"
    ),
    "office.roster": QT_TRANSLATE_NOOP(
        "InputError", "名单由办公室维护：党员电脑不能增改康园中心、党员和挂钩，请告知办公室，收到其交换包后即更新"
    ),
    "office.exemption": QT_TRANSLATE_NOOP("InputError", "免除由办公室登记：党员电脑不能登记免除，请告知办公室"),
    "office.ledger": QT_TRANSLATE_NOOP(
        "InputError", "巡察、方面和通报中的问题由办公室维护：党员电脑只能添加走访发现的问题，其余请告知办公室"
    ),
    "office.rubric": QT_TRANSLATE_NOOP("InputError", "考评细则由办公室维护：党员电脑不能修改，请告知办公室"),
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
        "InputError",
        "{problem}的措施有 {notes} 条整改进展、{files} 份佐证材料、{acts} 条延期或销号申请：确需删除请同时删除这些记录",
    ),
    "ledger.name_too_long": QT_TRANSLATE_NOOP("InputError", "{what}不能超过{most}个字"),
    "ledger.measure_empty": QT_TRANSLATE_NOOP("InputError", "整改措施不能为空"),
    "ledger.deadline_before_found_iso": QT_TRANSLATE_NOOP("InputError", "整改时限不能早于问题发现日期（{found}）"),
    "ledger.measure_gone": QT_TRANSLATE_NOOP("InputError", "找不到该整改措施"),
    "ledger.notice_measure_kept": QT_TRANSLATE_NOOP(
        "InputError", "这是通报中的整改措施，是通报原文，不能删除（可登记进展或销号）"
    ),
    "ledger.measure_has_records": QT_TRANSLATE_NOOP(
        "InputError",
        "该措施有 {notes} 条整改进展、{files} 份佐证材料、{acts} 条延期或销号申请：确需删除请同时删除这些记录",
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
    "ledger.closed_reopen_first": QT_TRANSLATE_NOOP(
        "InputError", "该措施已销号：如需继续整改，请先重新打开（窗口中“重新打开…”，或 hdrectify measure reopen）"
    ),
    "ledger.closed_locked": QT_TRANSLATE_NOOP(
        "InputError",
        "该措施已销号，状态、整改进展和佐证材料已锁定：如需修改，请先重新打开（窗口中“重新打开…”，"
        "或 hdrectify measure reopen N.M --reason 原因）",
    ),
    "ledger.acceptor_empty": QT_TRANSLATE_NOOP("InputError", "请填写验收人"),
    "ledger.deadline_moves_by_extension": QT_TRANSLATE_NOOP(
        "InputError",
        "整改时限一经确定，只能通过延期变更：请用“延期…”（或 hdrectify measure extend N.M --to 日期"
        " --reason 原因 --approved-by 批准人）写明原因和批准人",
    ),
    "ledger.closed_no_extension": QT_TRANSLATE_NOOP(
        "InputError", "该措施已销号，不能延期：如需继续整改，请先重新打开（hdrectify measure reopen）"
    ),
    "ledger.extend_without_deadline": QT_TRANSLATE_NOOP(
        "InputError", "该措施还没有整改时限，无需延期：请直接设置整改时限（hdrectify measure set --deadline）"
    ),
    "ledger.extend_not_later": QT_TRANSLATE_NOOP(
        "InputError", "延期后的时限必须晚于当前整改时限（{year}年{month}月{day}日）"
    ),
    "ledger.extend_needs_reason": QT_TRANSLATE_NOOP("InputError", "延期必须写明原因"),
    "ledger.extend_needs_approver": QT_TRANSLATE_NOOP("InputError", "延期必须写明批准人"),
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
    "evidence.app_file": QT_TRANSLATE_NOOP(
        "InputError",
        "“{name}”是本软件的数据库或其备份，不能作为佐证材料（其中有全部记录和本机的密钥）：请选择扫描件、照片、会议记录等材料本身",
    ),
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
    "records.exemption_exists": QT_TRANSLATE_NOOP(
        "InputError", "已登记过相同的免除（{obligation}，{start} 至 {end}）：无需重复登记"
    ),
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
    "feedback.no_submission": QT_TRANSLATE_NOOP(
        "InputError", "{member} 与 {centre} 还没有{period}的汇报或考评：请先登记，再审阅"
    ),
    "feedback.submission_gone": QT_TRANSLATE_NOOP("InputError", "找不到这份汇报或考评：可能已被删除，请刷新"),
    "feedback.return_needs_comment": QT_TRANSLATE_NOOP("InputError", "退回必须写明意见：请说明需要修改什么"),
    "feedback.not_returned": QT_TRANSLATE_NOOP(
        "InputError", "{period}的这份材料没有被办公室退回：只有退回的汇报或考评才能重新提交"
    ),
    "feedback.resubmit_unchanged": QT_TRANSLATE_NOOP(
        "InputError", "重新提交的内容与退回的相同：请按退回意见修改后再提交"
    ),
    "records.delete_needs_reason": QT_TRANSLATE_NOOP("InputError", "删除必须写明原因"),
    # -- 申请销号 (store/close_requests.py) --------------------------------------------------------
    "requests.office_closes": QT_TRANSLATE_NOOP(
        "InputError", "本机是办公室的电脑，不用申请销号：请用 hdrectify measure close 直接销号"
    ),
    "requests.measure_done": QT_TRANSLATE_NOOP("InputError", "该措施已经销号，无需再申请销号"),
    "requests.needs_basis": QT_TRANSLATE_NOOP("InputError", "申请销号需要佐证材料或书面说明：请附上文件，或写明理由"),
    "requests.no_such_request": QT_TRANSLATE_NOOP(
        "InputError", "措施 {ref} 没有编号以“{id}”开头的销号申请：请用 hdrectify measure requests 查看"
    ),
    "requests.none_pending": QT_TRANSLATE_NOOP(
        "InputError", "措施 {ref} 没有待审核的销号申请：请用 hdrectify measure requests 查看"
    ),
    "requests.which": QT_TRANSLATE_NOOP(
        "InputError", "措施 {ref} 有多份待审核的销号申请（{ids}）：请用 --request 指明审核哪一份"
    ),
    "requests.office_answers": QT_TRANSLATE_NOOP(
        "InputError", "销号申请只能由办公室审核：本机是党员电脑（role=member）"
    ),
    "requests.gone": QT_TRANSLATE_NOOP("InputError", "找不到这份销号申请：请刷新后重试"),
    "requests.sent_already": QT_TRANSLATE_NOOP(
        "InputError",
        "同样的销号申请已经提交过（编号 {id}，{day}），正在等待办公室审核：不要重复申请，请导出交换包送办公室",
    ),
    "requests.answered": QT_TRANSLATE_NOOP("InputError", "这份销号申请已经审核过了：请刷新后查看"),
    "requests.measure_closed": QT_TRANSLATE_NOOP("InputError", "措施 {ref} 已经销号：请退回这份申请，并在意见中说明"),
    "requests.comment_needed": QT_TRANSLATE_NOOP("InputError", "退回销号申请须写明意见：请说明还缺什么"),
}
