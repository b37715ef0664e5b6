"""A bundle is untrusted input: every damaged or hostile file ends in a clean error, the database unchanged."""

from __future__ import annotations

import json
import shutil
import stat
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hdrectify.domain.errors import InputError
from hdrectify.exchange.records import BundleError
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site, attach, edit, log, members, pack


@pytest.fixture
def bundle(tmp_path: Path, office: Site, chen: Site) -> Path:
    """A good bundle from Chen's laptop: a contact and an evidence file; not encrypted, so that the ZIP's
    own checks are reached (a sealed bundle changed in any byte is refused before: test_sealed_bundles)."""

    log(chen, CHEN, CENTRE_A, "2026-03-02", "onsite", note="到岗查看")
    attach(chen, tmp_path, "scan.pdf", b"%PDF scan " * 64)
    return chen.export(encrypt=False)


def refused(office: Site, path: Path, match: str) -> None:
    before = office.everything()
    with pytest.raises(BundleError, match=match):
        office.take(path)
    assert office.everything() == before


def test_the_good_bundle_imports(office: Site, bundle: Path) -> None:
    result = office.take(bundle)
    assert result.tables["contacts"].added == 1 and result.evidence_stored == 1


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "../outside.txt",
        "rows/../../x.jsonl",
        "evidence/../../x",
        "C:\\temp\\x",
        "rows/secrets.jsonl",
        "x",
    ],
)
def test_member_names_outside_the_format_are_refused(tmp_path: Path, office: Site, bundle: Path, name: str) -> None:
    parts = members(bundle)
    parts[name] = b"{}"
    refused(office, pack(tmp_path / "bad.hdbundle", parts), "不认识的内容")


def test_a_link_inside_the_bundle_is_refused(tmp_path: Path, office: Site, bundle: Path) -> None:
    out = tmp_path / "link.hdbundle"
    shutil.copy(bundle, out)
    with zipfile.ZipFile(out, "a") as zf:
        info = zipfile.ZipInfo("evidence/" + "0" * 64)
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    refused(office, out, "链接")


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path, office: Site, bundle: Path) -> None:
    parts = members(bundle)
    parts["rows/contacts.jsonl"] = b" " * (8 << 20)
    refused(office, pack(tmp_path / "bomb.hdbundle", parts), "压缩比异常")


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"format_version": 3}, "更新版本"),
        ({"schema_version": 99}, "更新版本"),
        ({"format": "other"}, "不是 hdrectify 交换包"),
        ({"installation": {"id": "../x", "name": "x"}}, "缺少必需的项目"),
    ],
)
def test_a_manifest_from_elsewhere_is_refused(
    tmp_path: Path, office: Site, bundle: Path, change: dict[str, Any], match: str
) -> None:
    refused(office, pack(tmp_path / "m.hdbundle", members(bundle), **change), match)


def test_a_changed_part_no_longer_matches_its_hash(tmp_path: Path, office: Site, bundle: Path) -> None:
    parts = members(bundle)
    parts["rows/contacts.jsonl"] = parts["rows/contacts.jsonl"].replace("到岗查看".encode(), "代签".encode())
    refused(office, pack(tmp_path / "h.hdbundle", parts, resign=False), "校验值与清单不符|大小与清单不符")


def test_unknown_columns_are_refused(tmp_path: Path, office: Site, bundle: Path) -> None:
    parts = members(bundle)
    rec = json.loads(parts["rows/contacts.jsonl"])
    rec["row"]["secret"] = "x"
    parts["rows/contacts.jsonl"] = json.dumps(rec).encode()
    refused(office, pack(tmp_path / "c.hdbundle", parts), "不认识的字段")


def test_text_that_looks_like_sql_is_kept_as_text(tmp_path: Path, office: Site, bundle: Path) -> None:
    parts = members(bundle)
    rec = json.loads(parts["rows/contacts.jsonl"])
    rec["row"]["note"] = "x'); DROP TABLE contacts; --"
    parts["rows/contacts.jsonl"] = json.dumps(rec).encode()
    office.take(pack(tmp_path / "sql.hdbundle", parts))
    assert office.rows("SELECT note FROM contacts") == [{"note": "x'); DROP TABLE contacts; --"}]


def test_not_a_zip_and_truncated_files_are_refused(tmp_path: Path, office: Site, bundle: Path) -> None:
    junk = tmp_path / "junk.hdbundle"
    junk.write_bytes(b"PK\x03\x04 not really")
    refused(office, junk, "无法作为 ZIP 读取|已损坏")
    cut = tmp_path / "cut.hdbundle"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    refused(office, cut, "无法作为 ZIP 读取|已损坏")


# -- fuzzing ------------------------------------------------------------------------------------------

OUTCOMES: Counter[str] = Counter()
HOSTILE_NAMES = ["../x", "/abs", "rows/x.jsonl", "evidence/zz", "manifest.json", "rows/contacts.jsonl", "a\\b"]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def mutations(draw: st.DrawFn, good: dict[str, bytes]) -> tuple[str, list[tuple[str, bytes]], bool]:
    """A description, the members of a mutated bundle, and whether to re-sign its manifest."""
    names = sorted(good)
    parts = list(good.items())
    kind = draw(st.sampled_from(["rename", "duplicate", "drop", "garbage", "oversize", "row", "json", "flip"]))
    i = draw(st.integers(0, len(parts) - 1))
    name, data = parts[i]
    if kind == "rename":
        parts[i] = (draw(st.sampled_from(HOSTILE_NAMES)), data)
    elif kind == "duplicate":
        parts.append(parts[i])
    elif kind == "drop":
        parts.pop(i)
    elif kind == "garbage":
        parts[i] = (name, draw(st.binary(max_size=200)))
    elif kind == "oversize":
        parts[i] = (name, data + draw(st.binary(min_size=1, max_size=50)) * draw(st.integers(1, 2000)))
    elif kind == "flip":
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            if raw:
                raw[draw(st.integers(0, len(raw) - 1))] ^= draw(st.integers(1, 255))
        parts[i] = (name, bytes(raw))
    else:  # a row (or the manifest) with one value changed to any JSON at all
        target = draw(st.sampled_from([n for n in names if n.endswith((".jsonl", ".json"))]))
        j = next(k for k, (n, _) in enumerate(parts) if n == target)
        text = parts[j][1].decode()
        lines = text.splitlines() if target.endswith(".jsonl") else [json.dumps(json.loads(text))]
        line = draw(st.integers(0, len(lines) - 1))
        rec = json.loads(lines[line])
        path = [rec]
        while isinstance(path[-1], dict) and path[-1] and draw(st.booleans()):
            path.append(path[-1][draw(st.sampled_from(sorted(path[-1])))])
        holder = path[-2] if len(path) > 1 else rec
        if isinstance(holder, dict) and holder:
            key = draw(st.sampled_from(sorted(holder)))
            if kind == "row":
                holder[key] = draw(JSON_VALUES)
            else:
                del holder[key]
        lines[line] = json.dumps(rec)
        parts[j] = (target, ("\n".join(lines) + "\n").encode())
    return kind, parts, draw(st.booleans())


@pytest.mark.filterwarnings("ignore:Duplicate name")  # duplicated members are one of the mutations
def test_fuzzed_bundles_end_in_a_clean_error_or_a_good_import(tmp_path: Path, office: Site, bundle: Path) -> None:
    good = members(bundle)
    pristine = tmp_path / "pristine.db"
    shutil.copy(office.path, pristine)
    before = office.everything()

    @settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None, database=None, derandomize=True)
    @given(mutations(good))
    def case(mutation: tuple[str, list[tuple[str, bytes]], bool]) -> None:
        kind, parts, resign = mutation
        shutil.copy(pristine, office.path)
        path = pack(tmp_path / "fuzz.hdbundle", parts, resign=resign)
        try:
            office.take(path)
        except InputError as e:  # BundleError, or MergeRefused for rows that break the rules
            assert str(e) and "\n" not in str(e)
            assert office.everything() == before
            OUTCOMES[f"refused:{kind}"] += 1
        else:
            with office.store() as store:
                assert store.scalar("PRAGMA integrity_check") == "ok"
                assert store.execute("PRAGMA foreign_key_check").fetchall() == []
            OUTCOMES[f"imported:{kind}"] += 1

    case()
    total = sum(OUTCOMES.values())
    print(f"\nfuzzed bundles: {total} cases, {dict(sorted(OUTCOMES.items()))}")
    assert total >= 300
    assert sum(v for k, v in OUTCOMES.items() if k.startswith("refused")) > total // 2


def test_raw_bytes_truncated_or_flipped_never_crash(tmp_path: Path, office: Site, bundle: Path) -> None:
    raw = bundle.read_bytes()
    pristine = tmp_path / "pristine.db"
    shutil.copy(office.path, pristine)
    before = office.everything()

    @settings(max_examples=200, suppress_health_check=list(HealthCheck), deadline=None, database=None, derandomize=True)
    @given(st.integers(0, len(raw)), st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), max_size=6))
    def case(cut: int, flips: list[tuple[int, int]]) -> None:
        data = bytearray(raw[:cut] if cut < len(raw) // 3 else raw)
        for pos, bits in flips:
            if pos < len(data):
                data[pos] ^= bits
        shutil.copy(pristine, office.path)
        path = tmp_path / "raw.hdbundle"
        path.write_bytes(bytes(data))
        try:
            office.take(path)
        except InputError:
            assert office.everything() == before
        else:  # a flip in what no check covers (a zip comment, say) can leave a good bundle
            with office.store() as store:
                assert store.scalar("PRAGMA integrity_check") == "ok"

    case()


@given(
    st.dictionaries(
        st.from_regex(r"[0-9A-Za-z][0-9A-Za-z._-]{0,20}", fullmatch=True), st.integers(1, 2**62), min_size=1, max_size=5
    )
)
def test_the_quick_vector_text_equals_the_stores(vv: dict[str, int]) -> None:
    """Bundles compare vectors by text: the reader's quick form must be the store's canonical one."""
    from hdrectify.exchange.records import canonical
    from hdrectify.store.sync import encode

    assert canonical(vv) == encode(vv)


def test_texts_with_line_separators_travel_intact(office: Site, chen: Site) -> None:
    """Text pasted from Word or WeChat can hold U+2028, U+2029 or NEL: the record must not be cut there."""
    note = "第一行\u2028第二行\u2029第三行\x85完"
    log(chen, CHEN, CENTRE_A, "2026-03-09", note=note)
    office.take(chen.export())
    assert office.rows("SELECT note FROM contacts WHERE date = '2026-03-09'") == [{"note": note}]


@pytest.mark.parametrize(
    ("table", "column", "value", "match"),
    [
        ("contacts", "note", "\ud800", "无效的字符编码"),  # a lone surrogate: SQLite could not store it
        ("contacts", "date", 20260302, "值类型或长度不对"),  # a number where the column holds text
        ("evidence", "size", "640", "值类型或长度不对"),  # text where the column holds a number
        ("evidence", "size", 6.4, "值类型或长度不对"),
        ("contacts", "note", True, "值类型或长度不对"),
    ],
)
def test_values_of_the_wrong_kind_are_refused(
    tmp_path: Path, office: Site, bundle: Path, table: str, column: str, value: object, match: str
) -> None:
    parts = members(bundle)
    rec = json.loads(parts[f"rows/{table}.jsonl"])
    rec["row"][column] = value
    parts[f"rows/{table}.jsonl"] = json.dumps(rec).encode()
    refused(office, pack(tmp_path / "kind.hdbundle", parts), match)


NOTE = '"note": "到岗查看"'.encode()


def _raw_contact(bundle: Path, edit: Any) -> dict[str, bytes]:
    """The bundle's parts with its one contact record rewritten as text by ``edit``."""
    parts = members(bundle)
    rec = json.loads(parts["rows/contacts.jsonl"])
    parts["rows/contacts.jsonl"] = edit(json.dumps(rec, ensure_ascii=False).encode())
    return parts


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        # numbers beyond 64 bits: read exactly, as integers, never rounded to a float
        (lambda b: b.replace(b'"vv": {', b'"vv": {"far": 1180591620717411303424, '), "版本时钟超出合理范围"),
        (lambda b: b.replace(b'"vv": {', b'"vv": {"far": 1e3, '), "版本信息无效"),
        (lambda b: b.replace(NOTE, b'"note": 1180591620717411303424'), "值类型或长度不对"),
        (lambda b: b.replace(NOTE, b'"note": NaN'), "值类型或长度不对"),
        (lambda b: b.replace(b'"note": "', b'"note": "\\udc00'), "无效的字符编码"),  # an escaped lone surrogate
        (lambda b: b.replace(b'"note": "', b'"note": "\xff'), "不是有效的 UTF-8"),
        (lambda b: b.replace(b'"note": "', b'"note": "\xed\xa0\x80'), "不是有效的 UTF-8"),  # a surrogate as UTF-8
        (lambda b: b.replace(NOTE, NOTE + b', "secret": null'), "不认识的字段"),  # unknown, even when empty
        (lambda b: b"null", "记录的项目不对"),
        (lambda b: b + b" x", "不是有效的 JSON"),
    ],
)
def test_a_record_is_read_exactly_as_json_says(
    tmp_path: Path, office: Site, bundle: Path, edit: Any, match: str
) -> None:
    """Whatever reads the lines quickly, each reads as JSON defines it and is refused for what is wrong with it."""
    refused(office, pack(tmp_path / "raw.hdbundle", _raw_contact(bundle, edit)), match)


def test_a_key_given_twice_in_a_record_counts_once_as_its_last_value(
    tmp_path: Path, office: Site, bundle: Path
) -> None:
    parts = _raw_contact(bundle, lambda b: b.replace(b'"note": "', b'"note": "\\u4e00\\u6b21", "note": "'))
    office.take(pack(tmp_path / "twice.hdbundle", parts))
    assert office.rows("SELECT note FROM contacts") == [{"note": "到岗查看"}]


def test_a_cancelled_import_or_export_leaves_nothing(tmp_path: Path, office: Site, chen: Site) -> None:
    from hdrectify.exchange.export import export_bundle
    from tests.exchange.exchange_helpers import trusting_import

    log(chen, CHEN, CENTRE_A, "2026-03-16")
    out = tmp_path / "cancelled.hdbundle"
    with chen.store() as store, pytest.raises(InputError, match="已取消导出"):
        export_bundle(store, out, progress=lambda done, total: done < total)  # cancel once it is written
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".bundle-")]
    bundle = chen.export()  # the rows were not counted as sent: the next export still has them
    before = office.everything()
    with office.store() as store, pytest.raises(InputError, match="已取消导入"):
        trusting_import(store, bundle, progress=lambda done, total: done < total)
    assert office.everything() == before
    assert office.take(bundle).tables["contacts"].added == 1


def test_a_refusal_is_one_line_whatever_the_bundle_holds(tmp_path: Path, office: Site, bundle: Path) -> None:
    from hdrectify.exchange.result import MergeRefused

    parts = members(bundle)
    rec = json.loads(parts["rows/contacts.jsonl"])
    rec["row"]["date"] = "2026-\n03-02"
    parts["rows/contacts.jsonl"] = json.dumps(rec).encode()
    with pytest.raises(MergeRefused) as refused:
        office.take(pack(tmp_path / "newline.hdbundle", parts))
    assert "\n" not in str(refused.value) and "日期" in str(refused.value)


# -- evidence a bundle cannot carry --------------------------------------------------------------------


def test_evidence_a_bundle_cannot_carry_is_refused_when_attached(tmp_path: Path, chen: Site) -> None:
    """A file over the bundle's limit would export and then be refused by the office: refuse it at once."""
    from hdrectify.exchange import bundle as bundle_format
    from hdrectify.paths import evidence_dir
    from hdrectify.store.evidence import MAX_EVIDENCE_BYTES, add_evidence

    assert bundle_format.MAX_EVIDENCE == MAX_EVIDENCE_BYTES  # one limit for both ends
    big = tmp_path / "会议录像.mp4"
    with open(big, "wb") as f:
        f.truncate(300_000_000)  # sparse: 300 MB without writing them
    measure = chen.rows("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")[0]["id"]
    before = chen.everything()
    with pytest.raises(InputError, match=f"{MAX_EVIDENCE_BYTES >> 20} MB") as refused:
        chen.do(lambda s: add_evidence(s, measure, big))
    assert "\n" not in str(refused.value) and "会议录像.mp4" in str(refused.value)
    assert chen.everything() == before
    folder = evidence_dir(chen.path)  # nothing copied either
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]


# -- version clocks a bundle may carry -----------------------------------------------------------------


def with_clock(tmp_path: Path, bundle: Path, installation: str, value: object, name: str = "clock") -> Path:
    """``bundle`` with its contact's version vector also naming ``installation`` at ``value``."""
    parts = members(bundle)
    rec = json.loads(parts["rows/contacts.jsonl"])
    rec["vv"][installation] = value
    parts["rows/contacts.jsonl"] = json.dumps(rec).encode()
    return pack(tmp_path / f"{name}.hdbundle", parts)


def installation_of(site: Site) -> str:
    with site.store() as store:
        return store.installation_id()


def exchange_both_ways(office: Site, chen: Site, day: str) -> None:
    """A contact logged on the laptop reaches the office, and an edit of it at the office comes back."""
    row = log(chen, CHEN, CENTRE_A, day)
    assert office.take(chen.export()).tables["contacts"].added == 1
    edit(office, "contacts", row["id"], note=f"办公室核对 {day}")
    assert chen.take(office.export()).tables["contacts"].updated == 1
    assert chen.rows("SELECT note FROM contacts WHERE id = ?", [row["id"]]) == [{"note": f"办公室核对 {day}"}]


@pytest.mark.parametrize("value", [2**62, 2**63 - 1, 2**64, -5, 0, 1.5, True, "12"])
@pytest.mark.parametrize("whose", ["office", "other"])
def test_a_poisoned_clock_is_refused_and_later_bundles_still_flow(
    tmp_path: Path, office: Site, chen: Site, bundle: Path, value: object, whose: str
) -> None:
    """One bundle with a clock near 2**62 must not push the office's counter to where its bundles are refused."""
    installation = installation_of(office) if whose == "office" else "0f0f0f0f-0000-4000-8000-00000000000f"
    refused(office, with_clock(tmp_path, bundle, installation, value), "版本")
    exchange_both_ways(office, chen, "2026-03-09")


def test_a_clock_years_ahead_of_now_is_refused(tmp_path: Path, office: Site, chen: Site, bundle: Path) -> None:
    from hdrectify.store.sync import ACCEPT_AHEAD_MS, wall_ms

    far = wall_ms() + ACCEPT_AHEAD_MS + 3_600_000
    refused(office, with_clock(tmp_path, bundle, "0f0f0f0f-0000-4000-8000-00000000000f", far), "版本时钟")
    exchange_both_ways(office, chen, "2026-03-09")


def test_a_million_edits_after_the_largest_accepted_clock_still_travel(
    tmp_path: Path, office: Site, chen: Site, bundle: Path
) -> None:
    """The office takes its own clock pushed as far as it may be, edits a million times: its bundles still go."""
    from hdrectify.store import sync

    me = installation_of(office)
    largest = sync.wall_ms() + sync.ADOPT_AHEAD_MS - 60_000  # a minute of slack for the test's own run time
    refused(office, with_clock(tmp_path, bundle, me, largest + 120_000, "too-far"), "版本时钟")
    office.take(with_clock(tmp_path, bundle, me, largest))
    contact = office.rows("SELECT id FROM contacts")[0]["id"]
    edit(office, "contacts", contact, note="办公室修改")  # next_clock adopts the pushed value
    with office.store() as store, store.transaction():
        assert sync.current_clock(store.conn) == largest + 1
        sync.next_clock(store.conn, largest + 1_000_000)  # a million edits later
    edit(office, "contacts", contact, note="一百万次修改之后")
    (vv,) = office.rows("SELECT vv FROM sync_rows WHERE row_id = ?", [contact])
    assert sync.decode(vv["vv"])[me] == largest + 1_000_002
    result = chen.take(office.export())
    assert result.tables["contacts"].updated == 1
    assert chen.rows("SELECT note FROM contacts WHERE id = ?", [contact]) == [{"note": "一百万次修改之后"}]
    edit(chen, "contacts", contact, note="陈确认")  # and back: the laptop's version carries the office's clock
    assert office.take(chen.export()).tables["contacts"].updated == 1
    exchange_both_ways(office, chen, "2026-03-16")
