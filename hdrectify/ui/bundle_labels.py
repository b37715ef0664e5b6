"""The words of the exchange dialogs: what a table, a carried setting and an import's roster facts are
called in the window; and what the export dialog says about sealing (exchange/sealing.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hdrectify.exchange.result import MergeResult
from hdrectify.exchange.sealing import office
from hdrectify.store.base import Store
from hdrectify.ui import labels


def sealing_text(store: Store, *, chosen: bool = True) -> tuple[str, bool]:
    """What the export dialog says about encryption (``chosen``: the user left 加密 ticked), and whether
    the bundle can be sealed: to the office a member laptop trusts, when its key is known."""
    recipient, keyless = office(store)
    if recipient is not None and chosen:
        text = QCoreApplication.translate(
            "Exchange", "将加密发给办公室电脑“{0}”（指纹 {1}）：只有它能打开，U 盘丢失也不会泄露内容。"
        )
        return text.format(recipient.name, recipient.fingerprint), True
    if recipient is not None:
        return QCoreApplication.translate("Exchange", "不加密：任何拿到文件的人都能读到其中的记录，请妥善保管。"), True
    if keyless is not None:
        text = QCoreApplication.translate(
            "Exchange", "不加密：还没有收到办公室电脑“{0}”的加密公钥，导入一次办公室的新交换包后会自动加密。"
        )
        return text.format(keyless), False
    if store.setting("role") == "member":
        return QCoreApplication.translate("Exchange", "不加密：本机还没有信任办公室电脑。"), False
    return QCoreApplication.translate("Exchange", "不加密：办公室导出的交换包供各台电脑导入。"), False


def table_label(table: str) -> str:
    labels = {
        "centres": QCoreApplication.translate("Exchange", "康园中心"),
        "members": QCoreApplication.translate("Exchange", "党员"),
        "pairings": QCoreApplication.translate("Exchange", "挂钩"),
        "contacts": QCoreApplication.translate("Exchange", "联系记录"),
        "reports": QCoreApplication.translate("Exchange", "季度汇报"),
        "reviews": QCoreApplication.translate("Exchange", "年度考评"),
        "exemptions": QCoreApplication.translate("Exchange", "免除"),
        "ledger_sources": QCoreApplication.translate("Exchange", "通报"),
        "ledger_areas": QCoreApplication.translate("Exchange", "方面"),
        "ledger_problems": QCoreApplication.translate("Exchange", "问题"),
        "ledger_measures": QCoreApplication.translate("Exchange", "整改措施"),
        "ledger_progress": QCoreApplication.translate("Exchange", "整改进展"),
        "evidence": QCoreApplication.translate("Exchange", "佐证材料"),
        "measure_extensions": QCoreApplication.translate("Exchange", "延期"),
        "rubrics": QCoreApplication.translate("Exchange", "考评细则"),
        "review_items": QCoreApplication.translate("Exchange", "考评分项得分"),
        "report_feedback": QCoreApplication.translate("Exchange", "汇报审阅意见"),
        "close_requests": QCoreApplication.translate("Exchange", "销号申请"),
        "close_request_files": QCoreApplication.translate("Exchange", "销号申请材料"),
        "close_request_answers": QCoreApplication.translate("Exchange", "销号申请审核"),
    }
    return labels.get(table, table)


def setting_label(key: str) -> str:
    labels = {
        "federation_name": QCoreApplication.translate("Exchange", "单位名称"),
        "report_deadline_days": QCoreApplication.translate("Exchange", "季度汇报期限"),
        "review_deadline_days": QCoreApplication.translate("Exchange", "年度考评期限"),
        "backfill_days": QCoreApplication.translate("Exchange", "补录天数"),
    }
    return labels.get(key, key)


def identity_notes(result: MergeResult) -> list[str]:
    """The roster's facts of an import, one line each: rows recognised as the same real thing,
    the office's settings taken, and the member this computer becomes the laptop of."""
    merged = QCoreApplication.translate("Exchange", "合并为同一{0}：{1}")
    lines = [merged.format(table_label(table), name) for table, name in result.merged]
    if result.settings_taken:
        taken = labels.join_list(setting_label(k) for k in result.settings_taken)
        lines.append(QCoreApplication.translate("Exchange", "采用办公室的设置：{0}").format(taken))
    if result.me and result.dry_run:
        lines.append(QCoreApplication.translate("Exchange", "本机将设为 {0} 的笔记本").format(result.me))
    elif result.me:
        lines.append(QCoreApplication.translate("Exchange", "本机已设为 {0} 的笔记本").format(result.me))
    return lines
