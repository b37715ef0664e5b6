"""Phone photos in the window: dropped on a record (its 更正 dialog, the 走访记录 screen) or on the grid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QWidget

from hdrectify.paths import evidence_dir
from hdrectify.store.evidence import stored_path
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.photos import list_photos
from hdrectify.store.records import log_contact
from hdrectify.ui.context import AppContext
from hdrectify.ui.models.cadence_model import FIRST_PERIOD, PAIRING_ROLE
from hdrectify.ui.models.records_model import ROW_ROLE
from hdrectify.ui.photo_suggestions import PhotoSuggestionDialog
from hdrectify.ui.record_edit_dialog import RecordEditDialog
from hdrectify.ui.records import RecordsPage
from tests.photo_helpers import GPS_IFD, ORIENTATION, exif_of, make_photo
from tests.ui.ui_helpers import cell, drop, grid_at

VISIT_DAY, PHONE_DAY, BARE_DAY = dt.date(2024, 3, 5), dt.date(2024, 3, 12), dt.date(2024, 3, 20)


@pytest.fixture
def ctx(empty_ctx: AppContext) -> AppContext:
    """One pairing with a visit on 3月5日 and a phone call on 3月12日."""
    with empty_ctx.write() as store:
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        member = add_member(store, "陈志强")
        add_pairing(store, member, centre, dt.date(2024, 1, 1))
        log_contact(store, member, centre, VISIT_DAY, "onsite", "到岗检查")
        log_contact(store, member, centre, PHONE_DAY, "phone", "电话了解")
    return empty_ctx


def contact_on(ctx: AppContext, day: dt.date) -> str:
    return str(ctx.store.scalar("SELECT id FROM contacts WHERE date = ? AND deleted_at IS NULL", [day.isoformat()]))


def result_box(qtbot, widget: QWidget) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in widget.window().findChildren(QMessageBox, "photoResult") if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[-1]


def phone_photo(tmp_path: Path, name: str, day: dt.date, colour: tuple[int, int, int] = (200, 30, 30)) -> Path:
    return make_photo(tmp_path / "相册" / name, taken=dt.datetime.combine(day, dt.time(10, 21)), colour=colour)


@pytest.fixture
def dialog(qtbot, ctx: AppContext) -> Iterator[RecordEditDialog]:
    widget = RecordEditDialog(ctx, contact_on(ctx, VISIT_DAY))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0)


def test_photos_dropped_on_the_record_dialog_are_attached_without_gps(
    qtbot, ctx: AppContext, dialog: RecordEditDialog, tmp_path: Path
) -> None:
    photos = [phone_photo(tmp_path, "现场1.jpg", VISIT_DAY), phone_photo(tmp_path, "现场2.png", VISIT_DAY, (0, 90, 0))]
    assert drop(dialog, photos)
    box = result_box(qtbot, dialog)
    assert "已添加 2 张照片" in box.text()
    attached = list_photos(ctx.store, contact_on(ctx, VISIT_DAY))
    assert sorted(r["file_name"] for r in attached) == ["现场1.jpg", "现场2.png"]
    for row in attached:
        tags, gps = exif_of(stored_path(ctx.store, row["sha256"]))
        assert gps == {} and GPS_IFD not in tags and tags[ORIENTATION] == 6
    # the dialog says how many photos the record has, and offers the keyboard's way in
    assert "2" in dialog.photos_label.text()
    button = dialog.findChild(QPushButton, "addPhotosButton")
    assert button is not None and button.text() == "添加照片…" and button.accessibleName()


def test_the_same_photo_twice_is_stored_once(qtbot, ctx: AppContext, dialog: RecordEditDialog, tmp_path: Path) -> None:
    photo = phone_photo(tmp_path, "现场.jpg", VISIT_DAY)
    assert drop(dialog, [photo])
    result_box(qtbot, dialog).close()
    assert drop(dialog, [photo])
    qtbot.waitUntil(lambda: "已在记录中" in result_box(qtbot, dialog).text(), timeout=10000)
    assert len(list_photos(ctx.store, contact_on(ctx, VISIT_DAY))) == 1
    assert len([p for p in evidence_dir(ctx.path).rglob("*") if p.is_file()]) == 1


def test_a_file_that_is_not_a_photo_is_said_and_nothing_is_attached(
    qtbot, ctx: AppContext, dialog: RecordEditDialog, tmp_path: Path
) -> None:
    notes = tmp_path / "会议纪要.docx"
    notes.write_bytes(b"PK\x03\x04 not a photo")
    assert drop(dialog, [notes])
    box = result_box(qtbot, dialog)
    assert "“会议纪要.docx”不是照片" in box.text() and "已添加 0 张照片" in box.text()
    assert list_photos(ctx.store, contact_on(ctx, VISIT_DAY)) == []


def test_photos_dropped_on_the_records_screen_go_to_the_selected_record(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    page = RecordsPage(ctx)
    qtbot.addWidget(page)
    page.ui.fromCheck.setChecked(False)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 2 and not page.model.busy())
    photo = phone_photo(tmp_path, "电话截图.png", PHONE_DAY)
    assert not drop(page, [photo])  # no record selected: the drop is refused
    phone = contact_on(ctx, PHONE_DAY)
    page.select_row(
        next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 0), ROW_ROLE).id == phone)
    )
    button = page.findChild(QPushButton, "addPhotosButton")
    assert button is not None and button.isEnabled() and button.accessibleName()
    assert drop(page, [photo])
    assert "已添加 1 张照片" in result_box(qtbot, page).text()
    assert [r["file_name"] for r in list_photos(ctx.store, phone)] == ["电话截图.png"]
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0)


def test_a_folder_dropped_on_the_grid_is_matched_to_the_records_of_each_day(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "相册"
    phone_photo(tmp_path, "a-到岗.jpg", VISIT_DAY)
    phone_photo(tmp_path, "b-电话.jpg", PHONE_DAY, (0, 0, 200))
    phone_photo(tmp_path, "c-无记录.jpg", BARE_DAY, (0, 200, 0))
    (folder / "说明.txt").write_text("不是照片", encoding="utf-8")
    grid = grid_at(qtbot, ctx, 2024, height=700)
    view = grid.ui.periodsView
    index = grid.model.index(0, FIRST_PERIOD + 3)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    assert index.data(PAIRING_ROLE)
    assert drop(view.viewport(), [folder], pos)

    found: list[PhotoSuggestionDialog] = []

    def suggested() -> bool:
        found.extend(grid.findChildren(PhotoSuggestionDialog))
        return bool(found)

    qtbot.waitUntil(suggested, timeout=10000)
    dialog = found[0]
    table = dialog.table
    rows = {cell(table, r, 0).text(): r for r in range(table.rowCount())}
    assert list(rows) == ["a-到岗.jpg", "b-电话.jpg", "c-无记录.jpg"]
    assert cell(table, rows["a-到岗.jpg"], 1).text() == "2024年3月5日（拍摄时间）"

    def target(name: str) -> QComboBox:
        combo = table.cellWidget(rows[name], 2)
        assert isinstance(combo, QComboBox) and combo.accessibleName()
        return combo

    assert target("a-到岗.jpg").currentData() == contact_on(ctx, VISIT_DAY)
    assert target("b-电话.jpg").currentData() == contact_on(ctx, PHONE_DAY)
    assert target("c-无记录.jpg").currentText() == "新建到岗记录（2024年3月20日）"
    assert all(cell(table, r, 0).checkState() == Qt.CheckState.Checked for r in rows.values())
    cell(table, rows["b-电话.jpg"], 0).setCheckState(Qt.CheckState.Unchecked)  # the user leaves one out
    dialog.buttons.accepted.emit()

    assert "已添加 2 张照片" in result_box(qtbot, grid).text()
    assert [r["file_name"] for r in list_photos(ctx.store, contact_on(ctx, VISIT_DAY))] == ["a-到岗.jpg"]
    assert list_photos(ctx.store, contact_on(ctx, PHONE_DAY)) == []
    created = ctx.store.rows("SELECT * FROM contacts WHERE date = ?", [BARE_DAY.isoformat()])
    assert [r["method"] for r in created] == ["onsite"]
    (photo,) = list_photos(ctx.store, created[0]["id"])
    assert exif_of(stored_path(ctx.store, photo["sha256"]))[1] == {}
    assert grid.findChild(QPushButton, "addPhotosButton") is not None
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and not grid.is_busy(), timeout=15000)


def test_with_location_removal_off_in_settings_the_photo_keeps_its_gps(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QCheckBox

    from hdrectify.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    check = settings.findChild(QCheckBox, "stripGpsCheck")
    assert check is not None and check.text() == "去除照片中的位置信息" and check.isChecked()  # on by default
    check.setChecked(False)
    settings.accept()
    assert ctx.store.setting("strip_photo_gps") is False

    dialog = RecordEditDialog(ctx, contact_on(ctx, VISIT_DAY))
    qtbot.addWidget(dialog)
    assert drop(dialog, [phone_photo(tmp_path, "现场.jpg", VISIT_DAY)])
    assert "已添加 1 张照片" in result_box(qtbot, dialog).text()
    (row,) = list_photos(ctx.store, contact_on(ctx, VISIT_DAY))
    assert row["gps_removed"] == 0 and exif_of(stored_path(ctx.store, row["sha256"]))[1]
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0)


def test_a_record_s_photos_are_listed_opened_and_removed_with_a_reason(
    qtbot, ctx: AppContext, dialog: RecordEditDialog, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from hdrectify.ui.photos import RecordPhotosDialog

    view = dialog.findChild(QPushButton, "viewPhotosButton")
    assert view is not None and not view.isEnabled()  # no photos yet
    photos = [phone_photo(tmp_path, "现场1.jpg", VISIT_DAY), phone_photo(tmp_path, "现场2.png", VISIT_DAY, (0, 90, 0))]
    assert drop(dialog, photos)
    result_box(qtbot, dialog).close()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0)
    assert view.isEnabled() and view.text() == "查看照片…"

    view.click()
    qtbot.waitUntil(lambda: dialog.findChild(RecordPhotosDialog, "recordPhotos") is not None)
    listing = dialog.findChild(RecordPhotosDialog, "recordPhotos")
    assert listing is not None and listing.isVisible()
    assert [listing.list.item(i).text() for i in range(listing.list.count())] == [
        "现场1.jpg　2024年3月5日",
        "现场2.png　2024年3月5日",
    ]
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    listing.list.setCurrentRow(1)
    listing.open_button.click()
    record = contact_on(ctx, VISIT_DAY)
    second = list_photos(ctx.store, record)[1]
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == stored_path(ctx.store, second["sha256"]).read_bytes()
    assert Path(opened[0]).name == "现场2.png"

    listing.remove_button.click()  # no reason given: said, nothing removed
    assert "原因" in listing.error.text() and listing.error.isVisible()
    assert len(list_photos(ctx.store, record)) == 2

    listing.reason_edit.setText("拍错了中心")
    listing.remove_button.click()

    left = list_photos(ctx.store, record)
    assert [r["file_name"] for r in left] == ["现场1.jpg"]
    gone = ctx.store.get("contact_photos", second["id"])
    assert gone is not None and gone["deleted_at"] is not None and gone["delete_reason"] == "拍错了中心"
    assert stored_path(ctx.store, second["sha256"]).is_file()  # the file is kept for the record
    assert listing.list.count() == 1 and not listing.error.isVisible()
    assert "1" in dialog.photos_label.text()
