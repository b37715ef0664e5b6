"""``hdrectify identity``, ``bundle import --trust`` and ``trust list|remove``: whom a computer takes bundles from."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.cli.cli_helpers import CHEN, ok, query


def identity(run: Callable[..., Any], db: Path) -> dict[str, str]:
    code, out, err = run("--db", db, "identity", "--json")
    assert (code, err) == (0, "")
    return dict(json.loads(out))


def test_identity_says_who_this_computer_is(run: Callable[..., Any], db: Path) -> None:
    me = identity(run, db)
    assert set(me) == {"installation", "name", "role", "fingerprint", "encryption_key"}  # the last: sealing.py
    assert (me["name"], me["role"]) == ("办公室", "office")
    code, out, _ = run("--db", db, "identity")
    assert code == 0 and f"指纹：{me['fingerprint']}" in out and "角色：办公室" in out and me["installation"] in out


def test_an_unknown_sender_is_refused_naming_it_then_trusted_with_its_fingerprint(
    tmp_path: Path, run: Callable[..., Any], db: Path, refused: Callable[..., str]
) -> None:
    other = tmp_path / "other.db"
    assert run("--db", other, "init")[0] == 0
    assert run("--db", other, "member", "add", "黄伟明")[0] == 0
    bundle = tmp_path / "other.hdbundle"
    assert run("--db", other, "bundle", "export", "-o", bundle)[0] == 0
    them = identity(run, other)
    message = refused(db, "bundle", "import", bundle)
    assert "尚未信任" in message and them["fingerprint"] in message and them["installation"] in message
    assert f"--trust {them['fingerprint']}" in message
    wrong = identity(run, db)["fingerprint"]
    assert "不一致" in refused(db, "bundle", "import", bundle, "--trust", wrong)
    assert "不是指纹" in refused(db, "bundle", "import", bundle, "--trust", "=1+1")
    code, out, err = run("--db", db, "bundle", "import", bundle, "--trust", them["fingerprint"])
    assert (code, err) == (0, "") and "已把“办公室”加入信任列表" in out and f"指纹 {them['fingerprint']}" in out
    listed = json.loads(run("--db", db, "trust", "list", "--json")[1])
    assert [(t["installation"], t["fingerprint"], t["role"], t["how"]) for t in listed] == [
        (them["installation"], them["fingerprint"], "office", "confirmed")
    ]
    code, out, _ = run("--db", db, "trust", "list")
    assert code == 0 and them["fingerprint"] in out and "已核对指纹" in out
    code, out, _ = run("--db", db, "trust", "remove", them["fingerprint"].lower())
    assert code == 0 and "已从信任列表中移除" in out
    assert json.loads(run("--db", db, "trust", "list", "--json")[1]) == []
    assert "信任列表中没有" in refused(db, "trust", "remove", them["fingerprint"])


def test_a_member_laptop_trusts_the_office_on_its_first_office_bundle(
    tmp_path: Path, run: Callable[..., Any], db: Path
) -> None:
    prepared = tmp_path / "chen.hdbundle"
    assert run("--db", db, "bundle", "export", "--for", CHEN, "-o", prepared)[0] == 0
    laptop = tmp_path / "laptop.db"
    assert run("--db", laptop, "init", "--role", "member")[0] == 0
    assert "信任列表为空" in run("--db", laptop, "trust", "list")[1]
    code, out, err = run("--db", laptop, "bundle", "import", prepared)
    office = identity(run, db)
    assert (code, err) == (0, "")
    assert "已信任办公室电脑“办公室”（首次收到办公室的交换包）" in out
    assert f"签名：办公室（办公室），指纹 {office['fingerprint']}" in out
    listed = json.loads(run("--db", laptop, "trust", "list", "--json")[1])
    assert [(t["fingerprint"], t["how"]) for t in listed] == [(office["fingerprint"], "first_office")]


def test_a_laptop_seals_its_bundle_to_the_office_unless_told_not_to(
    tmp_path: Path, run: Callable[..., Any], db: Path, refused: Callable[..., str]
) -> None:
    prepared = tmp_path / "chen.hdbundle"
    assert run("--db", db, "bundle", "export", "--for", CHEN, "-o", prepared)[0] == 0
    assert not prepared.read_bytes().startswith(b"hdrectify-sealed")  # the office's own bundles are not sealed
    laptop = tmp_path / "laptop.db"
    assert run("--db", laptop, "init", "--role", "member")[0] == 0
    assert run("--db", laptop, "bundle", "import", prepared)[0] == 0
    office = identity(run, db)
    assert run("--db", laptop, "log", CHEN, "平山街道康园中心", "--date", "2024-03-04", "--method", "phone")[0] == 0
    sealed = tmp_path / "sealed.hdbundle"
    code, out, err = run("--db", laptop, "bundle", "export", "-o", sealed)
    assert (code, err) == (0, "")
    assert f"已加密：只有办公室电脑“办公室”（指纹 {office['fingerprint']}）能打开" in out
    assert sealed.read_bytes().startswith(b"hdrectify-sealed")
    plain = tmp_path / "plain.hdbundle"
    code, out, err = run("--db", laptop, "bundle", "export", "--all", "--no-encrypt", "-o", plain)
    assert code == 0 and "已加密" not in out and "未加密（--no-encrypt）" in err
    assert plain.read_bytes().startswith(b"PK")
    # another computer cannot open the sealed one: one message, nothing written
    other = tmp_path / "other.db"
    assert run("--db", other, "init")[0] == 0
    assert "加密发给另一台电脑" in refused(other, "bundle", "import", sealed)
    cut = tmp_path / "cut.hdbundle"
    cut.write_bytes(sealed.read_bytes()[:-10])
    assert "已被改动、截断或损坏" in refused(db, "bundle", "import", cut)
    me = identity(run, laptop)["fingerprint"]
    code, out, err = run("--db", db, "bundle", "import", sealed, "--trust", me)
    assert (code, err) == (0, "") and "交换包是加密发给本机的，已解密并核对签名" in out
    listed = json.loads(run("--db", db, "trust", "list", "--json")[1])
    assert [t["fingerprint"] for t in listed] == [me]


def test_a_laptop_that_has_not_got_the_offices_key_yet_says_its_bundle_is_not_encrypted(
    tmp_path: Path, run: Callable[..., Any], db: Path
) -> None:
    import sqlite3

    prepared = tmp_path / "chen.hdbundle"
    assert run("--db", db, "bundle", "export", "--for", CHEN, "-o", prepared)[0] == 0
    laptop = tmp_path / "laptop.db"
    assert run("--db", laptop, "init", "--role", "member")[0] == 0
    assert run("--db", laptop, "bundle", "import", prepared)[0] == 0
    conn = sqlite3.connect(laptop)  # as a laptop that trusted the office before it had an encryption key
    with conn:
        conn.execute("UPDATE trusted_installations SET encryption_key = NULL")
    conn.close()
    assert run("--db", laptop, "log", CHEN, "平山街道康园中心", "--date", "2024-03-04", "--method", "phone")[0] == 0
    out = tmp_path / "plain.hdbundle"
    code, said, err = run("--db", laptop, "bundle", "export", "-o", out)
    assert code == 0 and "已加密" not in said and out.read_bytes().startswith(b"PK")
    assert "交换包未加密：还没有收到办公室电脑“办公室”的加密公钥" in err


def test_identity_me_chooses_whose_laptop_this_is(run, refused, laptop: Path) -> None:
    """A laptop writes only its 我是's records: `identity --me` chooses it from the command line."""
    for args in (("init", "--role", "office"), ("member", "add", "黄伟明"), ("init", "--role", "member")):
        ok(run("--db", laptop, *args))
    log = ("log", "陈志强", "平山街道康园中心", "--date", "2024-03-05", "--method", "phone")
    assert ok(run("--db", laptop, "identity", "--me", "黄伟明")).startswith("本机使用者：黄伟明\n")
    says = refused(laptop, *log)
    assert "这是陈志强的挂钩" in says and "黄伟明的电脑" in says
    assert "本机使用者：陈志强" in ok(run("--db", laptop, "identity", "--me", "陈志强"))
    ok(run("--db", laptop, *log))
    assert query(laptop, "SELECT count(*) FROM contacts") == [(1,)]
    assert "没有名为" in refused(laptop, "identity", "--me", "不存在的人")
