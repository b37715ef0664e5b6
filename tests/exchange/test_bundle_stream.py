"""A bundle's rows stream in batches: memory holds a batch, and a part found damaged at its end undoes all."""

from __future__ import annotations

import gc
import json
import random
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hdrectify.exchange import bundle as bundle_module
from hdrectify.exchange.bundle import MANIFEST
from hdrectify.exchange.bundle_write import write_bundle
from hdrectify.exchange.records import BundleError
from hdrectify.store.people import add_centre, add_member, add_pairing
from tests.cli_runner import run_in_process
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    START,
    TOWN_B,
    Site,
    edit,
    laptop,
    log,
    members,
    pack,
    sign_as,
    trusting_import,
)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> int:
    """Batches of two rows, so that a few rows make several batches."""
    monkeypatch.setattr(bundle_module, "BATCH_ROWS", 2)
    return 2


def logged(chen: Site, n: int) -> Path:
    for day in range(n):
        log(chen, CHEN, CENTRE_A, f"2026-03-{day + 2:02d}", note=f"第{day + 1}次联系")
    return chen.export()


def test_a_part_altered_in_its_last_line_writes_nothing(
    tmp_path: Path, office: Site, chen: Site, small_batches: int, capsys: pytest.CaptureFixture[str]
) -> None:
    parts = members(logged(chen, 7))
    text = parts["rows/contacts.jsonl"]
    *head, last, end = text.split(b"\n")
    note = json.loads(last)["row"]["note"]  # 第1次联系 … 第7次联系
    assert end == b"" and note.encode() in last
    parts["rows/contacts.jsonl"] = b"\n".join([*head, last.replace(note.encode(), "第9次联系".encode()), b""])
    assert len(parts["rows/contacts.jsonl"]) == len(text)  # same size: only the hash can tell
    altered = pack(tmp_path / "altered.hdbundle", parts, resign=False)
    before = office.everything()
    seen: list[int] = []
    with office.store() as store, pytest.raises(BundleError, match=r"contacts\.jsonl 的校验值与清单不符"):
        trusting_import(store, altered, progress=lambda done, total: seen.append(done))
    assert any(0 < done < 7 for done in seen)  # rows of the first batches were merged before the end was read
    assert office.everything() == before
    code, _, err = run_in_process(
        capsys, "--db", office.path, "bundle", "import", altered, "--dry-run", "--trust", chen.fingerprint
    )
    assert code != 0 and err.startswith("错误：") and "校验值与清单不符" in err
    assert office.everything() == before


def test_a_part_with_more_lines_than_its_count_writes_nothing(
    tmp_path: Path, office: Site, chen: Site, small_batches: int
) -> None:
    parts = members(logged(chen, 5))
    manifest = json.loads(parts[MANIFEST])
    altered = pack(tmp_path / "counted.hdbundle", parts, counts={**manifest["counts"], "contacts": 3})
    before = office.everything()
    with pytest.raises(BundleError, match="contacts 的记录数与清单不符"):
        office.take(altered)
    assert office.everything() == before


def test_small_batches_merge_as_one(tmp_path: Path, office: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """Conflicts, deletions, edits and the roster made twice end alike whatever the batch size."""
    setup = office.export(whole=True)
    chen = laptop(tmp_path, office, "陈", role="office")  # a centre changed: office rights (exchange/roles.py)
    gone = log(chen, CHEN, CENTRE_A, "2026-05-11", note="记错了")
    kept = log(chen, CHEN, CENTRE_A, "2026-05-04", note="第一次")
    centre_a = office.rows("SELECT id FROM centres WHERE name = ?", [CENTRE_A])[0]["id"]
    edit(chen, "centres", centre_a, address="平山街道 1 号（陈）")
    edit(office, "centres", centre_a, contact_person="李主任")
    chen.do(lambda s: s.soft_delete("contacts", gone["id"], "日期记错"))
    edit(chen, "contacts", kept["id"], note="第一次（补充）")
    # a new laptop that made the roster itself before the office's bundle came: its rows are aliases
    own = Site(tmp_path / "own", "自建")

    def roster(store: Any) -> None:
        add_pairing(store, add_member(store, HUANG), add_centre(store, CENTRE_B, TOWN_B), START)

    own.do(roster)
    log(own, HUANG, CENTRE_B, "2026-05-06", "onsite", note="自建的记录")
    # taken by computers that are not the office: the laptop's bundle not sealed to the office (--no-encrypt)
    bundles = [chen.export(encrypt=False), office.export(), own.export(whole=True)]

    def merged(name: str) -> tuple[dict[str, list[tuple[Any, ...]]], list[Any]]:
        site = Site(tmp_path / name, name)
        site.take(setup)
        results = [site.take(b).as_dict() for b in bundles]
        return site.data(), results

    whole = merged("whole")
    monkeypatch.setattr(bundle_module, "BATCH_ROWS", 1)
    assert merged("one-by-one") == whole
    data = whole[0]
    assert len(data["members"]) == 2 and len(data["centres"]) == 2  # the roster made twice is one roster
    assert centre_a in {c[1] for c in data["conflicts"]}  # the centre changed apart waits for a choice


def big_bundle(out: Path, template: Path, rows: int, note_bytes: int) -> int:
    """``template`` (a laptop's bundle) with ``rows`` more contact records with long notes; their bytes."""
    with zipfile.ZipFile(template) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        tables = {
            name[5:-6]: [json.loads(line) for line in zf.read(name).splitlines()]
            for name in zf.namelist()
            if name.startswith("rows/")
        }
    model = tables["contacts"][0]
    rng = random.Random(7)

    def contacts() -> Iterator[dict[str, Any]]:
        yield from tables["contacts"]
        for n in range(rows):
            rid = f"{model['id'][:20]}-{n:08d}"
            row = {**model["row"], "id": rid, "note": rng.randbytes(note_bytes // 2).hex()}
            yield {**model, "id": rid, "row": row}

    del manifest["parts"], manifest["counts"]
    write_bundle(out, manifest, {**tables, "contacts": contacts()}, {}, sign_as(manifest["installation"]["public_key"]))
    return rows * note_bytes


def test_memory_holds_a_batch_not_the_bundle(tmp_path: Path, office: Site, chen: Site, small_batches: int) -> None:
    log(chen, CHEN, CENTRE_A, "2026-03-02", note="样板")
    unpacked = big_bundle(tmp_path / "big.hdbundle", chen.export(encrypt=False), rows=300, note_bytes=64 << 10)
    assert unpacked > 18 << 20
    with office.store() as store:
        tracemalloc.start()
        try:
            result = trusting_import(store, tmp_path / "big.hdbundle", dry_run=True)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert result.tables["contacts"].added == 301 and not result.violations
    assert peak < 8 << 20, f"{peak / 2**20:.1f} MiB held for {unpacked / 2**20:.0f} MiB of rows"


def test_two_versions_of_a_row_end_alike_in_one_batch_or_two(
    tmp_path: Path, office: Site, chen: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first import inserts a batch of rows never met in one go; a row met again (a version waiting in the
    sender's queue) in a later batch still goes through the merge, as it does within one batch."""
    row = log(chen, CHEN, CENTRE_A, "2026-04-06", note="第一次")
    parts = members(chen.export())
    first = json.loads(parts["rows/contacts.jsonl"])
    second = json.loads(json.dumps(first))
    second["vv"] = {"0f0f0f0f-0000-4000-8000-000000000001": 1}  # made apart, and later: the winner
    second["origin"], second["changed_at"] = "0f0f0f0f-0000-4000-8000-000000000001", "2099-01-01T00:00:00.000Z"
    second["row"]["note"] = "第一次（另一台电脑改过）"
    parts["rows/contacts.jsonl"] = (json.dumps(first) + "\n" + json.dumps(second) + "\n").encode()
    manifest = json.loads(parts[MANIFEST])
    manifest["counts"]["contacts"] = 2
    bundle = pack(tmp_path / "two-versions.hdbundle", {**parts, MANIFEST: json.dumps(manifest).encode()})

    def merged(name: str) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, Any]]:
        site = Site(tmp_path / name, name)
        site.take(office.export(whole=True))
        result = site.take(bundle).as_dict()
        return site.data(), result

    together = merged("one-batch")
    monkeypatch.setattr(bundle_module, "BATCH_ROWS", 1)
    apart = merged("two-batches")
    assert apart == together
    data, result = together
    assert [c[1] for c in data["conflicts"]] == [row["id"]]  # both versions kept, one waits for a choice
    assert result["contacts"]["conflicts"] == 1


def test_the_collector_rests_while_rows_stream_in_and_wakes_after(
    tmp_path: Path, office: Site, chen: Site, small_batches: int
) -> None:
    """Python's cyclic garbage collector would walk every object of the process again and again while a
    bundle's 100,000 rows are read (none of them in a cycle): it is paused for the import, and is as the
    caller left it afterwards, also when the import fails."""
    good = logged(chen, 5)
    parts = members(good)
    altered = pack(
        tmp_path / "counted.hdbundle", parts, counts={**json.loads(parts[MANIFEST])["counts"], "contacts": 3}
    )
    seen: list[bool] = []
    assert gc.isenabled()
    with office.store() as store:
        with pytest.raises(BundleError):
            trusting_import(store, altered, progress=lambda done, total: seen.append(gc.isenabled()))
        assert gc.isenabled()
        result = trusting_import(store, good, progress=lambda done, total: seen.append(gc.isenabled()))
    assert result.tables["contacts"].added == 5 and seen and not any(seen)
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself keeps it paused
    try:
        with office.store() as store:
            trusting_import(store, logged(chen, 2))
        assert not gc.isenabled()
    finally:
        gc.enable()
