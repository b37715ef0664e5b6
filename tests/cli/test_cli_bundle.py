"""``hdrectify bundle export`` and ``bundle import``: a laptop's visits reach the office by file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hdrectify.store.base import Store
from hdrectify.store.people import end_pairing
from tests.cli.cli_helpers import CHEN as MEMBER_A
from tests.cli.cli_helpers import A as CENTRE_A
from tests.cli_runner import run_trusting


def laptop_from(tmp_path: Path, run: Callable[..., Any], office: Path) -> Path:
    """A laptop set up from the office's whole bundle."""
    setup = tmp_path / "setup.hdbundle"
    assert run("--db", office, "bundle", "export", "-o", setup, "--all")[0] == 0
    laptop = tmp_path / "laptop.db"
    assert run("--db", laptop, "init")[0] == 0
    code, out, err = run_trusting(run, "--db", laptop, "bundle", "import", setup)
    assert (code, err) == (0, ""), err
    assert "康园中心" in out and "新增" in out
    return laptop


def test_a_visit_logged_on_a_laptop_reaches_the_office(tmp_path: Path, run: Callable[..., Any], db: Path) -> None:
    laptop = laptop_from(tmp_path, run, db)
    assert run("--db", laptop, "log", MEMBER_A, CENTRE_A, "--date", "2024-03-05", "--method", "onsite")[0] == 0
    bundle = tmp_path / "陈志强-2024-03.hdbundle"
    code, out, err = run("--db", laptop, "bundle", "export", "-o", bundle)
    assert (code, err) == (0, "") and "新增和改动的记录 1 条" in out
    code, out, err = run_trusting(run, "--db", db, "bundle", "import", bundle, "--dry-run")
    assert code == 0 and out.startswith("试运行（数据库未作改动）") and "联系记录" in out
    code, out, err = run_trusting(run, "--db", db, "bundle", "import", bundle)
    assert code == 0 and out.startswith("已导入")
    status = run("--db", db, "status", "--month", "2024-03", "--as-of", "2024-04-01", "--json")[1]
    assert '"obligation":"visit","period":"2024-03","status":"done"' in status
    code, out, _ = run("--db", db, "bundle", "import", bundle)
    assert code == 0 and "导入过，没有新的变化" in out


def test_nothing_new_to_export_is_one_line(
    tmp_path: Path, run: Callable[..., Any], db: Path, refused: Callable[..., str]
) -> None:
    assert run("--db", db, "bundle", "export", "-o", tmp_path / "a.hdbundle")[0] == 0
    message = refused(db, "bundle", "export", "-o", tmp_path / "b.hdbundle")
    assert "没有新增或改动的记录" in message and "--all" in message
    assert not (tmp_path / "b.hdbundle").exists()


def test_a_file_that_is_not_a_bundle_is_refused(tmp_path: Path, db: Path, refused: Callable[..., str]) -> None:
    junk = tmp_path / "照片.jpg"
    junk.write_bytes(b"\xff\xd8\xff not a bundle")
    assert "不是有效的交换包" in refused(db, "bundle", "import", junk)
    assert "找不到交换包文件" in refused(db, "bundle", "import", tmp_path / "missing.hdbundle")


def test_a_refused_merge_lists_each_row_then_one_error_line(
    tmp_path: Path, run: Callable[..., Any], db: Path, snapshot: Callable[[Path], object]
) -> None:
    laptop = laptop_from(tmp_path, run, db)
    assert run("--db", laptop, "log", MEMBER_A, CENTRE_A, "--date", "2024-06-10", "--method", "phone")[0] == 0
    bundle = tmp_path / "late.hdbundle"
    assert run("--db", laptop, "bundle", "export", "-o", bundle)[0] == 0
    # meanwhile the office ended the pairing in May: the June contact no longer fits
    with Store.open(db) as store, store.transaction():
        end_pairing(store, store.scalar("SELECT id FROM pairings"), dt.date(2024, 5, 31))
    before = snapshot(db)
    code, out, err = run_trusting(run, "--db", db, "bundle", "import", bundle)
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[-1].startswith("错误：交换包未导入，数据未作改动")
    assert any("2024-06-10" in line and "不在挂钩" in line for line in lines[:-1])
    assert snapshot(db) == before
