"""The welcome dialog asks who uses this computer: the office, or a Party member from the office's bundle."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hdrectify.app import Launcher
from hdrectify.exchange.export import export_bundle, installation_name
from hdrectify.store.base import Store
from hdrectify.store.ledger import load_seed
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.ui.welcome_dialog import WelcomeDialog


@pytest.fixture
def office_bundle(tmp_path: Path) -> Path:
    """The office's bundle prepared for 黄伟明 (the roster has 陈志强, 张三 and 阿强 too)."""
    db = tmp_path / "office" / "hd.db"
    db.parent.mkdir()
    with Store.open(db, create=True, actor="办公室") as store:
        with store.transaction():
            store.initialise_settings()
            store.set_setting("backfill_days", 5)
            load_seed(store)
            centre = add_centre(store, "安墩镇康园中心", "安墩镇")
            for name in ("张三", "陈志强", "阿强"):
                add_member(store, name)
            huang = add_member(store, "黄伟明")
            add_pairing(store, huang, centre, dt.date(2026, 1, 5))
        out = tmp_path / "为黄伟明准备.hdbundle"
        export_bundle(store, out, for_member=str(huang["id"]))
    return out


def test_the_office_starts_with_the_notice_and_is_called_the_office(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "hdrectify.db"
    dialog = WelcomeDialog(path, demo_path=tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.ui.officeLabel.isVisible() and dialog.ui.memberButton.isVisible()
    assert not dialog.ui.memberBox.isVisible()  # until a bundle is chosen
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.ui.seedButton, Qt.MouseButton.LeftButton)
    window = Launcher().open(chosen.args[0].path, create=True, seed=True)
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.store.setting("role") == "office"
    assert installation_name(window.ctx.store) == "办公室"


def test_a_member_starts_from_the_offices_bundle_and_picks_who_he_is(
    qtbot, tmp_path: Path, office_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "laptop" / "hdrectify.db"
    path.parent.mkdir()
    dialog = WelcomeDialog(path, demo_path=tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.choose_bundle(office_bundle)  # what the file dialog behind 从办公室的交换包开始… hands over
    combo = dialog.ui.memberCombo
    assert dialog.ui.memberBox.isVisible()
    # by pinyin, as every list of members (a, chen, huang, zhang); by code point 张 would come first
    assert [combo.itemText(i) for i in range(combo.count())] == ["阿强", "陈志强", "黄伟明", "张三"]
    assert combo.currentText() == "黄伟明"  # the one the office prepared it for
    combo.setCurrentIndex(combo.findText("黄伟明"))
    with qtbot.waitSignal(dialog.chosen, timeout=20_000) as chosen:
        qtbot.mouseClick(dialog.ui.memberStartButton, Qt.MouseButton.LeftButton)
    choice = chosen.args[0]
    assert (choice.path, choice.create) == (path, False)
    monkeypatch.delenv("HDRECTIFY_USER")  # as on a real laptop: the author is the member, not the login
    with Store.open(path) as store:
        assert store.setting("role") == "member"
        me = store.get("members", store.setting("me_member_id"))
        assert me is not None and me["name"] == "黄伟明"
        assert store.setting("backfill_days") == 5
        assert store.scalar("SELECT count(*) FROM pairings") == 1
        assert store.scalar("SELECT count(*) FROM ledger_problems") == 17
        assert installation_name(store) == "黄伟明的笔记本"
        assert store.actor == "黄伟明" and store.actor != os.environ.get("USER")


def test_a_file_that_is_not_the_offices_bundle_is_said_so(qtbot, tmp_path: Path) -> None:
    junk = tmp_path / "照片.jpg"
    junk.write_bytes(b"\xff\xd8 not a bundle")
    dialog = WelcomeDialog(tmp_path / "hdrectify.db", demo_path=tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.choose_bundle(junk)
    assert "不是有效的交换包" in dialog.ui.errorLabel.text()
    assert not dialog.ui.memberBox.isVisible() and not (tmp_path / "hdrectify.db").exists()
    qtbot.mouseClick(dialog.ui.memberStartButton, Qt.MouseButton.LeftButton)  # hidden: nothing happens
    assert dialog.isVisible()
