"""The audit chain: every change audited and linked by hash; `verify` names the first break of each edit
made to the SQLite file behind the app's back."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.store.audit import GENESIS, entry_hash
from hdrectify.store.base import Store
from hdrectify.store.people import add_member
from hdrectify.store.record_list import correct_contact, delete_contact
from hdrectify.store.verify import verify
from tests.before_the_lock import before_the_lock


def chain(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, prev_hash, hash FROM audit_log ORDER BY rowid").fetchall()
    finally:
        conn.close()


def tamper(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Edit the file directly with sqlite3, as someone with a database browser would."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def test_every_entry_links_to_the_one_before(full_db: Path) -> None:
    entries = chain(full_db)
    assert len(entries) > 100
    assert entries[0][1] == GENESIS
    assert all(b[1] == a[2] for a, b in itertools.pairwise(entries))
    with Store.open(full_db) as store:
        row = store.rows("SELECT * FROM audit_log ORDER BY rowid DESC LIMIT 1")[0]
        fields = [row[f] for f in ("id", "at", "actor", "table_name", "row_id", "action", "before", "after", "reason")]
        assert row["hash"] == entry_hash(row["prev_hash"], fields)
        report = verify(store)
    assert report.ok and report.entries == len(entries) and report.rows > 100


def test_correction_and_deletion_need_a_reason_and_are_audited(full_db: Path) -> None:
    with Store.open(full_db) as store:
        contact = store.rows("SELECT * FROM contacts ORDER BY date LIMIT 1")[0]
        with pytest.raises(InputError), store.transaction():
            correct_contact(store, contact["id"], {"note": "改"}, "  ")
        with pytest.raises(InputError), store.transaction():
            delete_contact(store, contact["id"], "")
        with store.transaction():
            correct_contact(store, contact["id"], {"note": "改正后的记录"}, "笔误")
        with store.transaction():
            delete_contact(store, contact["id"], "重复录入")
        history = store.rows(
            "SELECT * FROM audit_log WHERE table_name = 'contacts' AND row_id = ? ORDER BY rowid", [contact["id"]]
        )
        assert store.get("contacts", contact["id"]) is not None  # soft: the row stays
        assert verify(store).ok
    assert [h["action"] for h in history] == ["insert", "update", "update"]
    assert [h["reason"] for h in history] == ["", "笔误", "重复录入"]
    assert json.loads(history[1]["before"])["note"] == "情况良好"
    assert json.loads(history[1]["after"])["note"] == "改正后的记录"
    assert json.loads(history[2]["after"])["deleted_at"] is not None
    assert all(h["actor"] == "tester" and h["at"] for h in history)


def test_a_rolled_back_savepoint_leaves_the_chain_whole(full_db: Path) -> None:
    with Store.open(full_db) as store:
        with store.transaction():
            add_member(store, "甲")
            with pytest.raises(InputError), store.transaction():
                add_member(store, "乙")
                raise InputError("放弃这一步")
            add_member(store, "丙")
        with pytest.raises(RuntimeError), store.transaction():
            add_member(store, "丁")
            raise RuntimeError("整个操作失败")
        assert verify(store).ok
        assert {r["name"] for r in store.rows("SELECT name FROM members")} >= {"甲", "丙"}


def test_two_writers_interleaving_keep_one_chain(full_db: Path) -> None:
    with Store.open(full_db, actor="一号") as one, Store.open(full_db, actor="二号") as two:
        for n in range(10):
            for store in (one, two):
                with store.transaction():
                    add_member(store, f"{store.actor}-{n}")
        assert verify(one).ok


# -- tamper evidence: each edit behind the app's back is caught, and the first break named ---------


def _verify(run, db: Path) -> tuple[int, str]:
    code, out, err = run("--db", db, "verify")
    return code, out + err


def test_verify_passes_an_untouched_database(run, full_db: Path) -> None:
    code, text = _verify(run, full_db)
    assert code == 0 and "校验通过" in text


def test_verify_catches_an_edited_date(run, full_db: Path) -> None:
    tamper(full_db, "UPDATE contacts SET date = '2024-03-04' WHERE date = '2024-03-05'")
    code, text = _verify(run, full_db)
    assert code == 3 and "contacts" in text and "date" in text and "2024-03-04" in text and "2024-03-05" in text


def test_verify_catches_an_edited_score(run, full_db: Path) -> None:
    tamper(full_db, "UPDATE reviews SET score = 100")
    code, text = _verify(run, full_db)
    assert code == 3 and "reviews" in text and "score" in text and "100" in text and "90" in text


def test_verify_catches_a_deleted_row(run, full_db: Path) -> None:
    conn = sqlite3.connect(full_db)
    (victim,) = conn.execute("SELECT id FROM contacts ORDER BY date DESC LIMIT 1").fetchone()
    conn.close()
    tamper(full_db, "DELETE FROM contacts WHERE id = ?", (victim,))
    code, text = _verify(run, full_db)
    assert code == 3 and victim in text and "不见了" in text


def test_verify_catches_a_deleted_audit_entry(run, full_db: Path) -> None:
    entries = chain(full_db)
    victim = entries[len(entries) // 2][0]
    tamper(full_db, "DELETE FROM audit_log WHERE id = ?", (victim,))
    code, text = _verify(run, full_db)
    n = len(entries) // 2 + 1  # the entry after the deleted one is now at its place
    assert code == 3 and f"第 {n} 条审计记录" in text and "衔接不上" in text


def test_verify_catches_an_edited_audit_entry_even_with_the_row(run, full_db: Path) -> None:
    """A careful forger edits the row and its audit entry together: the entry's hash gives it away."""
    conn = sqlite3.connect(full_db)
    rowid, after = conn.execute(
        "SELECT rowid, after FROM audit_log WHERE table_name = 'reviews' ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    conn.close()
    forged = json.dumps({**json.loads(after), "score": 100}, ensure_ascii=False, sort_keys=True)
    tamper(full_db, "UPDATE audit_log SET after = ? WHERE rowid = ?", (forged, rowid))
    tamper(full_db, "UPDATE reviews SET score = 100")
    code, text = _verify(run, full_db)
    assert code == 3 and "被改动过" in text and "reviews" in text


def test_verify_catches_a_row_added_behind_the_apps_back(run, full_db: Path) -> None:
    tamper(
        full_db,
        "INSERT INTO members (id, name, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000000',"
        " '代签', '2024-01-01', '2024-01-01')",
    )
    code, text = _verify(run, full_db)
    assert code == 3 and "00000000-0000-4000-8000-000000000000" in text and "没有审计记录" in text


def _attach(full_db: Path, tmp_path: Path, name: str = "会议纪要.pdf") -> Path:
    """Attach a scan to the first measure; returns its stored copy beside the database."""
    from hdrectify.store.evidence import add_evidence, evidence_file

    scan = tmp_path / name
    scan.write_bytes(b"%PDF-1.4 minutes of " + name.encode())
    with Store.open(full_db) as store:
        measure = store.scalar("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")
        with store.transaction(), before_the_lock(store, measure):  # a measure closed in the seed
            row = add_evidence(store, measure, scan)
        return evidence_file(store, row)


def test_verify_fails_on_a_missing_evidence_file(run, full_db: Path, tmp_path: Path) -> None:
    _attach(full_db, tmp_path).unlink()
    code, out, err = run("--db", full_db, "verify")
    assert code == 5 and "校验通过" not in out + err
    assert "校验未通过" in err and "佐证材料缺失" in err and "会议纪要.pdf" in err and "找不到" in err
    assert "佐证材料文件夹" in err and "重新添加" in err  # what to do


def test_verify_fails_on_an_altered_evidence_file(run, full_db: Path, tmp_path: Path) -> None:
    stored = _attach(full_db, tmp_path)
    stored.chmod(0o644)
    stored.write_bytes(b"%PDF-1.4 someone else's minutes")
    code, out, err = run("--db", full_db, "verify")
    assert code == 4 and "校验通过" not in out + err
    assert "佐证材料被改动" in err and "会议纪要.pdf" in err and "已被改动" in err


def test_verify_names_every_class_and_exits_with_the_lowest_code(run, full_db: Path, tmp_path: Path) -> None:
    _attach(full_db, tmp_path, "甲.pdf").unlink()
    altered = _attach(full_db, tmp_path, "乙.pdf")
    altered.chmod(0o644)
    altered.write_bytes(b"changed")
    tamper(full_db, "UPDATE reviews SET score = 100")
    code, _out, err = run("--db", full_db, "verify")
    assert code == 3
    assert "reviews" in err and "佐证材料缺失" in err and "甲.pdf" in err
    assert "佐证材料被改动" in err and "乙.pdf" in err


def test_verify_help_lists_its_exit_codes(run) -> None:
    code, out, _err = run("verify", "--help")
    assert code == 0
    for line in ("0", "3", "4", "5"):
        assert f"{line}：" in out or f"{line} " in out
    assert "审计" in out and "佐证材料被改动" in out and "佐证材料缺失" in out


def test_the_report_sorts_evidence_findings_by_class(full_db: Path, tmp_path: Path) -> None:
    _attach(full_db, tmp_path, "甲.pdf").unlink()
    with Store.open(full_db) as store:
        report = verify(store)
    assert not report.ok and report.untampered
    assert len(report.evidence_missing) == 1 and "甲.pdf" in str(report.evidence_missing[0])
    assert report.evidence_altered == []


def _forge(path: Path) -> None:
    """A forger who knows the code: the score, its audit entry and every hash after it, all rewritten."""
    from hdrectify.store.audit import FIELDS

    conn = sqlite3.connect(path)
    rowid, after = conn.execute(
        "SELECT rowid, after FROM audit_log WHERE table_name = 'reviews' ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    forged = json.dumps({**json.loads(after), "score": 100}, ensure_ascii=False, sort_keys=True)
    conn.execute("UPDATE audit_log SET after = ? WHERE rowid = ?", (forged, rowid))
    conn.execute("UPDATE reviews SET score = 100")
    (prev,) = conn.execute("SELECT prev_hash FROM audit_log WHERE rowid = ?", (rowid,)).fetchone()
    for r, *entry in conn.execute(
        f"SELECT rowid, {', '.join(FIELDS)} FROM audit_log WHERE rowid >= ? ORDER BY rowid", (rowid,)
    ).fetchall():
        digest = entry_hash(prev, entry)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE rowid = ?", (prev, digest, r))
        prev = digest
    conn.commit()
    conn.close()


def test_a_recomputed_chain_is_caught_against_a_backup_kept_elsewhere(run, full_db: Path, tmp_path: Path) -> None:
    kept = tmp_path / "u盘" / "备份.db"
    assert run("--db", full_db, "backup", "-o", kept)[0] == 0
    assert run("--db", full_db, "member", "add", "备份之后")[0] == 0  # the log grows after the backup: fine
    code, out, _err = run("--db", full_db, "verify", "--against", kept)
    assert code == 0 and "比对通过" in out
    _forge(full_db)
    code, out, err = run("--db", full_db, "verify")
    assert code == 0, "the chain alone cannot see a forger who recomputes it"
    code, out, err = run("--db", full_db, "verify", "--against", kept)
    assert code == 3 and "比对未通过" in err and "reviews" in err and "改写" in err


def test_a_cut_off_tail_is_caught_against_a_backup(run, full_db: Path, tmp_path: Path) -> None:
    kept = tmp_path / "备份.db"
    assert run("--db", full_db, "backup", "-o", kept)[0] == 0
    tamper(full_db, "DELETE FROM audit_log WHERE rowid = (SELECT max(rowid) FROM audit_log)")
    code, _out, err = run("--db", full_db, "verify", "--against", kept)
    assert code == 3 and "不见了" in err
