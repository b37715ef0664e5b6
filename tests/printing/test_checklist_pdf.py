"""The monthly checklist's PDF of the hand-made January, read back with pypdf and rendered: text, layout, QR code."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from hdrectify.printing.checklist import QR_SIZE, REC_NOTE, WEEK_EDGES, X1, qr_payload
from hdrectify.printing.fonts import register
from hdrectify.printing.formcanvas import _Page
from hdrectify.printing.qr import qr_operators
from hdrectify.store import people
from hdrectify.store.base import Store
from hdrectify.store.checklist import (
    checklist_data,
)
from tests.printing.printing_helpers import (
    CHECKLIST_TODAY,
    FEDERATION,
    JAN,
    LONG_NOTE,
    log_contact_entered,
    pdf_pages,
    write_checklist_pdf,
)

NOTE_X = WEEK_EDGES[3] + 5 + REC_NOTE  # where a logged contact's note starts


def _strings(path: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(x, y, font size, text) of each string drawn on the page itself (not inside a form)."""
    found: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip() and cm == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0] and tm[5] > 0:
            found.append((tm[4], tm[5], size, text.strip()))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


# -- the PDF ------------------------------------------------------------------------------------
def test_the_pdf_says_everything_in_chinese(january: Store, tmp_path: Path) -> None:
    path, pages = write_checklist_pdf(checklist_data(january, JAN, today=CHECKLIST_TODAY), tmp_path)
    assert pages == 3 == len(PdfReader(path).pages)  # one page per pairing
    li, lianghua, pingshan = pdf_pages(path)
    for text in (li, pingshan, lianghua):
        for words in (FEDERATION, "挂钩联系工作月度清单", "2026年1月", "挂钩党员", "康园中心", "所在镇（街道）"):
            assert words in text
        for week in ("2025年12月29日", "至 2026年1月4日", "2026年1月26日", "至 2026年2月1日", "2026-W01", "第5周"):
            assert week in text
        for label in ("二、本月到岗", "到岗日期", "三、中心待整改事项", "打印日期：2026年2月10日", "填表说明"):
            assert label in text
        assert "季度汇报提醒" not in text and "年度考评提醒" not in text
    assert "陈志强" in pingshan and "平山街道康园中心" in pingshan and "平山街道" in pingshan
    assert "黄淑贞" in pingshan and "0752-8812345" in pingshan
    assert "李秀英" in li and "白花镇康园中心" in li and "白花镇" in li
    for logged in ("2025年12月30日", "电话", "电话了解元旦活动安排。", "2026年1月20日", "会议", "参加镇残联工作例会。"):
        assert logged in pingshan
    assert pingshan.count("补录") == 2  # the 1月20日 record's tag, and the note that says what 补录 means
    assert "到中心查看康复训练，会员 12 人。" in pingshan and "灭火器过期未更换" in pingshan
    for label in ("本月已到岗", "查看情况", "发现问题", "党员签名：", "中心负责人签名：", "日期："):
        assert label in pingshan  # the visit form, with lines to sign
    # January is over on 10 February: 白花's missed weeks and visit say so, with nothing to fill in
    assert li.count("未完成：本周没有联系记录") == 4 and "未完成：本月没有到岗记录" in li
    assert "党员签名" not in li and "方式：" not in li and "党员签名" not in lianghua  # 梁化 owes no visit
    assert "问题18：灭火器过期未更换" in pingshan and "措施1：联系镇政府更换过期灭火器" in pingshan
    assert "2026年2月13日" in pingshan and "无障碍坡道扶手松动" not in pingshan
    assert "问题20：白花镇档案缺失" in li and "免：中心闭馆消杀（本周无需联系）" in li
    assert "不在挂钩期内（挂钩自2025年10月1日起，至2026年1月6日止）" in lianghua
    assert "本月不需到岗（挂钩至2026年1月6日止）" in lianghua
    assert "该中心目前没有待整改事项" in lianghua
    for n, text in enumerate((li, lianghua, pingshan), start=1):
        assert f"第 {n} 页" in text and "/ 共 3 页" in text


def test_only_one_members_pairings(january: Store, tmp_path: Path) -> None:
    path, pages = write_checklist_pdf(checklist_data(january, JAN, "陈志强", CHECKLIST_TODAY), tmp_path)
    text = "\n".join(pdf_pages(path))
    assert pages == 2 and "陈志强" in text and "李秀英" not in text and "白花镇康园中心" not in text


def test_a_long_note_wraps_inside_its_column(january: Store, tmp_path: Path) -> None:
    path, _ = write_checklist_pdf(checklist_data(january, JAN, "陈志强", CHECKLIST_TODAY), tmp_path)
    register()
    lines = _lines(path, 1, NOTE_X)  # 梁化 (liang) comes before 平山 (ping)
    start = next(i for i, (_x, _y, _size, text) in enumerate(lines) if LONG_NOTE.startswith(text))
    note: list[tuple[float, float, float, str]] = []
    for line in lines[start:]:
        if not LONG_NOTE.startswith("".join(text for *_, text in note) + line[3]):
            break
        note.append(line)
    assert "".join(text for *_, text in note) == LONG_NOTE and len(note) >= 5  # all of it, on lines one under another
    assert [y for _x, y, _size, _text in note] == sorted({y for _x, y, _size, _text in note}, reverse=True)
    for x, _y, size, text in note:
        assert x + stringWidth(text, "NotoSansSC", size) <= X1 - 20, f"“{text}” runs past its column"


def _lines(path: Path, page: int, x: float) -> list[tuple[float, float, float, str]]:
    """The lines of text that start at ``x`` on the page, top to bottom (pieces on one baseline joined)."""
    lines: list[tuple[float, float, float, str]] = []
    for sx, y, size, text in _strings(path, page):
        if lines and lines[-1][1] == y and (abs(sx - x) < 0.5 or sx == lines[-1][0]):
            lines[-1] = (lines[-1][0], y, size, lines[-1][3] + text)
        elif abs(sx - x) < 0.5:
            lines.append((sx, y, size, text))
    return lines


def test_a_week_too_long_for_one_page_flows_on_under_the_tables_header(january: Store, tmp_path: Path) -> None:
    chen, pingshan = people.find_member(january, "陈志强"), people.find_centre(january, "平山街道康园中心")
    with january.transaction():
        for day in (5, 7, 8, 9, 10, 11):
            log_contact_entered(january, chen, pingshan, dt.date(2026, 1, day), "phone", f"{day}日：{LONG_NOTE}")
    path, pages = write_checklist_pdf(checklist_data(january, JAN, "陈志强", CHECKLIST_TODAY), tmp_path)
    texts = pdf_pages(path)
    assert pages == len(texts) == 3  # 平山 takes two pages now, 梁化 still one
    assert "挂钩联系工作月度清单（续）" in texts[2] and "陈志强 · 平山街道康园中心 · 2026年1月" in texts[2]
    assert "周次" in texts[2] and "联系情况" in texts[2]  # the table's header again
    assert "第 3 页" in texts[2] and "/ 共 3 页" in texts[2]
    notes = "".join(text for page in range(1, 3) for *_, text in _lines(path, page, NOTE_X))
    for day in (5, 7, 8, 9, 10, 11):
        assert f"{day}日：{LONG_NOTE}" in notes  # whole, across the page break too
    for page in range(1, 3):
        for x, _y, size, text in _lines(path, page, NOTE_X):
            assert x + stringWidth(text, "NotoSansSC", size) <= X1 - 20, text


def test_qr_code_on_every_page_holds_the_pairing_and_month(january: Store, tmp_path: Path, render_pages: Any) -> None:
    """Each page's QR code is read back from the rendered page by a real decoder (zxing-cpp)."""
    data = checklist_data(january, JAN, today=CHECKLIST_TODAY)
    path, _ = write_checklist_pdf(data, tmp_path)
    pid = data.pairings[0].pairing_id
    assert qr_payload(pid, "2026-01") == f"hdrectify:checklist:{pid}:2026-01"
    dpi = 150
    pngs = render_pages(path, dpi)
    assert len(pngs) == len(data.pairings)
    for png, pairing in zip(pngs, data.pairings, strict=True):
        with Image.open(png) as page:
            grey = page.convert("L")
        # zxing-cpp's stub wants BarcodeFormats; one BarcodeFormat is what its documentation passes, and works
        found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
        assert [code.text for code in found] == [qr_payload(pairing.pairing_id, "2026-01")], png.name
        code = found[0]
        assert code.ec_level == "M"
        corners = [code.position.top_left, code.position.top_right, code.position.bottom_right]
        corners += [code.position.bottom_left]
        xs, ys = [c.x for c in corners], [c.y for c in corners]
        size = QR_SIZE * dpi / 72  # 16 mm wide, in pixels
        assert abs(max(xs) - min(xs) - size) < 4 and abs(max(ys) - min(ys) - size) < 4
        assert abs(max(xs) - X1 * dpi / 72) < 4  # its right edge on the text's right margin
        quiet = round(4 * size / 37)  # four modules of a version-5 code (37 modules) stay white around it
        left, top, right, bottom = min(xs) - quiet, min(ys) - quiet, max(xs) + quiet, max(ys) + quiet
        luma = grey.tobytes()  # one byte a pixel ("L"), row by row
        ring = [
            luma[y * grey.width + x]
            for x in range(left, right + 1)
            for y in range(top, bottom + 1)
            if not (left + quiet - 1 <= x <= right - quiet + 1 and top + quiet - 1 <= y <= bottom - quiet + 1)
        ]
        assert min(ring) > 200, f"something drawn in the quiet zone of the QR code on {png.name}"


def test_an_unreadable_qr_code_is_caught(tmp_path: Path) -> None:
    """The decoder does fail on a damaged code, so the test above cannot pass by reading nothing."""
    from reportlab.pdfgen.canvas import Canvas

    payload = qr_payload("8d6f1c3e-2b1a-4c5d-9e8f-7a6b5c4d3e2f", "2026-01")
    for damaged in (False, True):
        pdf = tmp_path / f"qr-{damaged}.pdf"
        c = Canvas(str(pdf), pagesize=(200, 200))
        c.addLiteral(qr_operators(payload, 50, 50, 100))
        if damaged:  # a white band over a third of the symbol
            c.setFillGray(1)
            c.rect(50, 80, 100, 35, stroke=0, fill=1)
        c.save()
        png = tmp_path / f"qr-{damaged}"
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(png)], check=True)
        with Image.open(png.with_suffix(".png")) as image:
            texts = [code.text for code in zxingcpp.read_barcodes(image.convert("L"))]
        assert texts == ([] if damaged else [payload])


def test_every_page_renders_with_ink(january: Store, tmp_path: Path, assert_not_blank: Any) -> None:
    path, pages = write_checklist_pdf(checklist_data(january, JAN, today=CHECKLIST_TODAY), tmp_path)
    assert len(assert_not_blank(path)) == pages


def test_wrapping_keeps_latin_words_and_punctuation(tmp_path: Path) -> None:
    fonts = _Page()
    lines = fonts.wrap("会员 Wang Xiaoming 参加了 rehabilitation 训练，效果良好。" * 3, fonts.r, 9, 120)
    assert "".join(lines).replace(" ", "") == ("会员WangXiaoming参加了rehabilitation训练，效果良好。" * 3)
    assert all(fonts.width(line, fonts.r, 9) <= 120 for line in lines)
    assert not any(line[:1] in "，。" for line in lines)
    for word in ("Wang", "Xiaoming", "rehabilitation"):
        assert all(word in line or word not in line.replace(" ", "") for line in lines)
