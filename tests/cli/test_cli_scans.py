"""``hdrectify scans import``: signed checklists scanned or photographed back, found by their QR code.

The pages are the real checklist PDF rendered (pypdfium2) at 150 and 300 dpi, turned, with noise
and a perspective warp (Pillow), saved as PNG, JPEG, and a multi-page PDF made of such images.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops

from tests.cli.cli_helpers import query
from tests.cli.conftest import CENTRE_A, CENTRE_B, MEMBER_A, MEMBER_B


def checklist(run: Any, db: Path, month: str, out: Path, *member: str) -> Path:
    who = ("--member", member[0]) if member else ()
    code, _out, err = run("--db", db, "checklist", "--month", month, *who, "-o", out)
    assert (code, err) == (0, ""), err
    return out


def render(pdf: Path, dpi: int, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def noisy(image: Image.Image, seed: int = 7) -> Image.Image:
    """Scanner grain: Gaussian noise blended in, and a grey cast."""
    random.seed(seed)
    grain = Image.effect_noise(image.size, 40).convert("RGB")
    return ImageChops.multiply(Image.blend(image, grain, 0.18), Image.new("RGB", image.size, (235, 232, 228)))


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination for the 8 perspective coefficients (no numpy in the test dependencies)."""
    n = len(b)
    m = [[*row, v] for row, v in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def warped(image: Image.Image) -> Image.Image:
    """A photo taken at an angle: the sheet's corners pulled to a skewed quadrilateral (Pillow's PERSPECTIVE)."""
    w, h = image.size
    out = (int(w * 1.1), int(h * 1.06))
    quad = [(0.06 * w, 0.02 * h), (1.04 * w, 0.05 * h), (1.07 * w, 1.04 * h), (0.02 * w, 0.99 * h)]
    page = [(0, 0), (w, 0), (w, h), (0, h)]
    rows: list[list[float]] = []
    values: list[float] = []
    for (x, y), (u, v) in zip(quad, page, strict=True):  # output point -> page point
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        values += [u, v]
    coeffs = tuple(solve(rows, values))
    return image.transform(out, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor="gray")


def scans(run: Any, db: Path, *files: Path) -> list[dict[str, Any]]:
    code, out, err = run("--db", db, "scans", "import", *files, "--json")
    assert (code, err) == (0, ""), err
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def march(run: Any, db: Path, tmp_path: Path) -> Path:
    return checklist(run, db, "2024-03", tmp_path / "清单-2024-03.pdf")


def test_pages_at_150_and_300_dpi_turned_noisy_and_warped_are_filed(run, db: Path, march: Path, tmp_path: Path) -> None:
    files = []
    for dpi in (150, 300):
        page = render(march, dpi)
        for turn in (0, 90, 180):
            path = tmp_path / f"scan-{dpi}-{turn}.png"
            page.rotate(turn, expand=True).save(path)
            files.append(path)
    photo = tmp_path / "photo.jpg"
    warped(noisy(render(march, 200))).save(photo, quality=80)
    files.append(photo)

    rows = scans(run, db, *files)

    assert [r["file"] for r in rows] == [f.name for f in files]
    expected = {"page": 1, "pairing": {"member": MEMBER_A, "centre": CENTRE_A}, "month": "2024-03"}
    first, *rest = rows
    assert first == {"file": files[0].name, **expected, "result": "pending"}
    # every other page is a picture of the same sheet: a different file, filed too (each its own content)
    assert [r["result"] for r in rest] == ["pending"] * len(rest)
    assert all({k: r[k] for k in expected} == expected for r in rest)
    stored = query(db, "SELECT sha256, contact_id, source_file FROM checklist_scans ORDER BY source_file")
    assert len(stored) == len(files) and all(contact is None for _sha, contact, _f in stored)
    evidence = db.parent / f"{db.stem}-evidence"
    assert all((evidence / sha[:2] / sha).is_file() for sha, _c, _f in stored)


def test_a_multi_page_scanned_pdf_with_a_visit_a_blank_page_and_a_stranger(
    run, db: Path, march: Path, tmp_path: Path
) -> None:
    code, _out, err = run("--db", db, "log", MEMBER_A, CENTRE_A, "--date", "2024-03-05", "--method", "onsite")
    assert (code, err) == (0, "")
    other_db = tmp_path / "other.db"
    for args in (
        ("init",),
        ("centre", "add", CENTRE_A, "--town", "平山街道"),
        ("member", "add", MEMBER_A),
        ("pair", MEMBER_A, CENTRE_A, "--from", "2024-01-01"),
    ):
        assert run("--db", other_db, *args)[0] == 0
    stranger = checklist(run, other_db, "2024-03", tmp_path / "其他.pdf")
    pages = [
        noisy(render(march, 200)).rotate(180),
        Image.new("RGB", (1654, 2339), "white"),  # a page with no QR code
        warped(render(stranger, 200)),
        render(march, 150).rotate(90, expand=True),
    ]
    bundle = tmp_path / "扫描件.pdf"
    pages[0].save(bundle, save_all=True, append_images=pages[1:], resolution=200)

    rows = scans(run, db, bundle)

    pairing = {"member": MEMBER_A, "centre": CENTRE_A}
    assert rows == [
        {"file": "扫描件.pdf", "page": 1, "pairing": pairing, "month": "2024-03", "result": "attached"},
        {"file": "扫描件.pdf", "page": 2, "pairing": None, "month": None, "result": "no_qr"},
        {"file": "扫描件.pdf", "page": 3, "pairing": None, "month": "2024-03", "result": "unknown_pairing"},
        {"file": "扫描件.pdf", "page": 4, "pairing": pairing, "month": "2024-03", "result": "attached"},
    ]
    visit = query(db, "SELECT id FROM contacts WHERE method = 'onsite'")[0][0]
    filed = query(db, "SELECT contact_id, source_page, file_name FROM checklist_scans ORDER BY source_page")
    assert [(c, p) for c, p, _n in filed] == [(visit, 1), (visit, 4)]
    assert filed[0][2].endswith(".jpg")  # a scanned page is kept as its own image, not re-encoded


def test_the_same_scans_twice_add_nothing(run, db: Path, march: Path, tmp_path: Path, snapshot) -> None:
    scan = tmp_path / "scan.png"
    render(march, 200).save(scan)
    assert [r["result"] for r in scans(run, db, scan, march)] == ["pending", "pending"]
    before = snapshot(db)

    again = scans(run, db, scan, march)

    assert [r["result"] for r in again] == ["duplicate", "duplicate"]
    assert snapshot(db) == before


def test_a_month_the_pairing_does_not_owe_is_listed_not_filed(run, db: Path, tmp_path: Path) -> None:
    code, _out, err = run("--db", db, "pair", MEMBER_B, CENTRE_B, "--from", "2024-01-01", "--to", "2024-03-20")
    assert (code, err) == (0, ""), err
    sheet = checklist(run, db, "2024-03", tmp_path / "黄.pdf", MEMBER_B)

    rows = scans(run, db, sheet)

    assert rows == [
        {
            "file": "黄.pdf",
            "page": 1,
            "pairing": {"member": MEMBER_B, "centre": CENTRE_B},
            "month": "2024-03",
            "result": "not_owed",
        }
    ]
    assert query(db, "SELECT count(*) FROM checklist_scans") == [(0,)]


def test_the_plain_listing_and_files_that_cannot_be_scans(run, db: Path, march: Path, tmp_path: Path, refused) -> None:
    code, out, err = run("--db", db, "scans", "import", march)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"清单-2024-03.pdf 第 1 页：{MEMBER_A} — {CENTRE_A}，2024-03：已收到扫描件，待补登到岗记录",
        "共 1 页，归档 1 页",
    ]
    text = tmp_path / "notes.txt"
    text.write_text("x")
    assert "不是 PDF、JPEG 或 PNG" in refused(db, "scans", "import", march, text)
    assert "找不到文件" in refused(db, "scans", "import", tmp_path / "missing.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    rows = scans(run, db, broken)
    assert rows == [{"file": "broken.pdf", "page": None, "pairing": None, "month": None, "result": "unreadable"}]


def test_the_summaries_and_the_evidence_zip_say_which_signed_checklists_are_on_file(
    run, db: Path, march: Path, tmp_path: Path
) -> None:
    import csv
    import io
    import zipfile

    import openpyxl
    from pypdf import PdfReader

    scan = tmp_path / "扫描.png"
    render(march, 200).save(scan)
    assert [r["result"] for r in scans(run, db, scan)] == ["pending"]
    for out in ("汇总.pdf", "汇总.xlsx"):
        code, _out, err = run("--db", db, "summary", "--quarter", "2024-Q1", "-o", tmp_path / out)
        assert (code, err) == (0, ""), err

    text = "".join(page.extract_text() or "" for page in PdfReader(tmp_path / "汇总.pdf").pages)
    assert "签字清单存档情况" in text
    assert "已存档，待补登到岗记录" in text and text.count("未收到") == 2  # January and February
    sheet = openpyxl.load_workbook(tmp_path / "汇总.xlsx")["签字清单"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[0], r[1], r[3], r[4], r[5], r[6]) for r in values] == [
        (MEMBER_A, CENTRE_A, "2024-01", "未收到", 0, 0),
        (MEMBER_A, CENTRE_A, "2024-02", "未收到", 0, 0),
        (MEMBER_A, CENTRE_A, "2024-03", "已存档", 1, 1),
    ]

    code, _out, err = run("--db", db, "ledger", "--evidence-zip", tmp_path / "佐证.zip")
    assert (code, err) == (0, ""), err
    with zipfile.ZipFile(tmp_path / "佐证.zip") as zf:
        packed = [n for n in zf.namelist() if n.startswith("签字清单/")]
        assert len(packed) == 1 and "/2024-03/" in packed[0] and packed[0].endswith(".png")
        assert zf.read(packed[0]) == scan.read_bytes()
        index = list(csv.reader(io.StringIO(zf.read("签字清单.csv").decode("utf-8-sig"))))
    march_row = next(r for r in index if r[3] == "2024-03")
    assert march_row[:7] == [MEMBER_A, CENTRE_A, "平山街道", "2024-03", "已存档", "1", "1"]
    assert march_row[7] == packed[0]
    assert next(r for r in index if r[3] == "2024-01")[4] == "未收到"


def test_a_pending_scan_is_listed_and_becomes_the_month_s_visit(run, db: Path, march: Path, refused, snapshot) -> None:
    assert [r["result"] for r in scans(run, db, march)] == ["pending"]

    code, out, err = run("--db", db, "scans", "list", "--pending", "--json")
    assert (code, err) == (0, "")
    (listed,) = [json.loads(line) for line in out.splitlines()]
    scan_id = query(db, "SELECT id FROM checklist_scans")[0][0]
    assert listed == {
        "id": scan_id,
        "member": MEMBER_A,
        "centre": CENTRE_A,
        "month": "2024-03",
        "file": "清单-2024-03.pdf",
        "page": 1,
        "visit": None,
        "result": "pending",
    }
    code, out, err = run("--db", db, "scans", "list")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{scan_id[:8]}  2024-03  {MEMBER_A} — {CENTRE_A}  清单-2024-03.pdf 第 1 页：待补登到岗记录",
        "共 1 页，其中 1 页待补登到岗记录",
    ]

    before = snapshot(db)
    assert "不在扫描件所属的 2024-03" in refused(db, "scans", "visit", scan_id[:8], "--date", "2024-04-02")
    assert "找不到" in refused(db, "scans", "visit", "ffffffff", "--date", "2024-03-12")
    assert "YYYY-MM-DD" in refused(db, "scans", "visit", scan_id, "--date", "3月12日")
    assert snapshot(db) == before

    code, out, err = run("--db", db, "scans", "visit", scan_id[:8], "--date", "2024-03-12", "--note", "据签字清单补登")
    assert (code, err) == (0, ""), err
    assert out.splitlines() == [f"已据签字清单登记到岗：{MEMBER_A} — {CENTRE_A}，2024-03-12，附扫描件 1 页"]
    visit = query(db, "SELECT id, date, method, note FROM contacts")
    assert [v[1:] for v in visit] == [("2024-03-12", "onsite", "据签字清单补登")]
    assert query(db, "SELECT contact_id FROM checklist_scans") == [(visit[0][0],)]

    code, out, err = run("--db", db, "scans", "list", "--pending", "--json")
    assert (code, out, err) == (0, "", "")
    code, out, err = run("--db", db, "scans", "list", "--json")
    (listed,) = [json.loads(line) for line in out.splitlines()]
    assert (listed["visit"], listed["result"]) == ({"id": visit[0][0], "date": "2024-03-12"}, "attached")
    assert "已附在到岗记录上" in refused(db, "scans", "visit", scan_id, "--date", "2024-03-13")
