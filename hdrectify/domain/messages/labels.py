"""The names of fields and actions the refusals pass as values.

Part of the one catalogue (:mod:`hdrectify.domain.messages`)."""

from __future__ import annotations

from hdrectify.domain.messages._noop import QT_TRANSLATE_NOOP

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
    QT_TRANSLATE_NOOP("Labels", "验收人"),
    QT_TRANSLATE_NOOP("Labels", "批准人"),
    QT_TRANSLATE_NOOP("Labels", "审阅汇报和考评"),
    QT_TRANSLATE_NOOP("Labels", "各责任单位和党员"),
    QT_TRANSLATE_NOOP("Labels", "添加巡察"),
    QT_TRANSLATE_NOOP("Labels", "添加方面"),
    QT_TRANSLATE_NOOP("Labels", "该挂钩"),
    QT_TRANSLATE_NOOP("Labels", "结束日期"),
    QT_TRANSLATE_NOOP("Labels", "撤销日期"),
    QT_TRANSLATE_NOOP("Labels", "周"),
    QT_TRANSLATE_NOOP("Labels", "月"),
    QT_TRANSLATE_NOOP("Labels", "季度"),
    QT_TRANSLATE_NOOP("Labels", "年"),
    QT_TRANSLATE_NOOP("Labels", "录入时间"),  # the columns a record keeps (exchange/roles.py)
    QT_TRANSLATE_NOOP("Labels", "录入人"),
)
