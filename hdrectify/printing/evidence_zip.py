"""The evidence of the ledger as one ZIP (佐证材料), organised by problem and measure.

Inside: ``问题01 <problem title, shortened>/措施1/<original file name>`` for every live
evidence file, and ``清单.csv`` (UTF-8 with BOM, so Excel opens it) listing problem,
measure, file name, path in the archive, size and SHA-256 of each. Names are made safe
for Windows (no \\ / : * ? " < > |, no trailing dot or space, not too long); two files
of the same name in one folder become ``名称.pdf`` and ``名称 (2).pdf``. A file missing
from the evidence folder, or whose content no longer matches its recorded hash, is not
packed but listed in the index as 缺失 / 已损坏 — the archive is still written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import PENDING_NO, MeasureStatus, problem_no_text
from hdrectify.domain.scans import ScanFile, SignedMonth
from hdrectify.outputs import atomic_output
from hdrectify.printing.inert import inert_csv
from hdrectify.store.evidence import file_sha256
from hdrectify.store.ledger_report import EvidenceItem, LedgerReport, MeasureItem, ProblemItem

INDEX_NAME = "清单.csv"
INDEX_HEADERS = (
    "问题序号",
    "问题",
    "措施序号",
    "整改措施",
    "文件名",
    "压缩包内路径",
    "大小（字节）",
    "SHA-256",
    "添加时间",
    "状态",
    "销号日期",  # the measure's 销号 with 验收: when, by whom, the opinion (empty while it is open)
    "验收人",
    "验收意见",
)
SIGNED_FOLDER, SIGNED_INDEX = "签字清单", "签字清单.csv"
SIGNED_HEADERS = (
    "党员",
    "康园中心",
    "镇（街道）",
    "月份",
    "签字清单",
    "存档页数",
    "待补登到岗记录的页数",
    "压缩包内文件",
)
OK, MISSING, DAMAGED = "已打包", "缺失（佐证材料文件夹中找不到该文件）", "已损坏（内容与添加时不一致），未打包"
TITLE_CHARS = 20  # of a problem's title in its folder name
NAME_CHARS = 80  # of a file name
_CHUNK = 1 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
# already compressed: storing them as they are is as small and much faster
_STORED = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".zip", ".rar", ".7z", ".gz"}
_STORED |= {".docx", ".xlsx", ".pptx", ".pdf", ".mp3", ".m4a"}


def safe_name(name: str, limit: int = NAME_CHARS, *, folder: bool = False) -> str:
    """A file or folder name Windows accepts: unsafe characters become _, trimmed, a file's extension kept."""
    name = _UNSAFE.sub("_", name).strip().rstrip(". ")
    if not name:
        name = "_"
    stem, dot, ext = name.rpartition(".")
    if folder or not dot or not stem or len(ext) > 10:
        stem, ext = name, ""
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    if len(stem) + len(ext) + 1 > limit:
        stem = stem[: max(limit - len(ext) - 2, 1)].rstrip(". ") + "…"
    return f"{stem}.{ext}" if ext else stem


def problem_folder(problem: ProblemItem) -> str:
    """问题01 学习贯彻习近平重要论述和重要指示…"""
    title = _UNSAFE.sub("_", problem.title).strip()
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS] + "…"
    # a problem still 待编号 is told apart from another by the start of its id
    no = f"{problem.no:02d}" if problem.no is not None else f"{PENDING_NO}-{problem.id[:8]}"
    return safe_name(f"问题{no} {title}", limit=TITLE_CHARS + 8, folder=True)


def _unique(folder: str, name: str, taken: set[str]) -> str:
    """``name`` in ``folder``, with " (2)", " (3)" … if taken (compared as Windows does, ignoring case)."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    n = 1
    candidate = name
    while f"{folder}/{candidate}".casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
    taken.add(f"{folder}/{candidate}".casefold())
    return candidate


@dataclass
class _Entry:
    problem: ProblemItem
    measure: MeasureItem
    item: EvidenceItem
    arcname: str
    status: str = OK


def _source(root: Path, item: EvidenceItem) -> Path | None:
    """The stored copy (``<root>/<sha[:2]>/<sha>``, as hdrectify.store.evidence.stored_path), if sound."""
    if not _SHA256.fullmatch(item.sha256):
        return None
    path = root / item.sha256[:2] / item.sha256
    return path if path.is_file() else None


def _date_time(added_at: str) -> tuple[int, int, int, int, int, int]:
    try:
        t = dt.datetime.fromisoformat(added_at[:19])
    except ValueError:
        t = dt.datetime.now()
    t = max(t, dt.datetime(1980, 1, 1))  # the earliest a ZIP can say
    return (t.year, t.month, t.day, t.hour, t.minute, t.second)


def _entries(report: LedgerReport) -> list[_Entry]:
    entries: list[_Entry] = []
    taken: set[str] = set()
    for problem in report.problems:
        for measure in problem.measures:
            folder = f"{problem_folder(problem)}/措施{measure.no}"
            for item in measure.evidence:
                name = _unique(folder, safe_name(PurePosixPath(item.file_name.replace("\\", "/")).name), taken)
                entries.append(_Entry(problem, measure, item, f"{folder}/{name}"))
    return entries


def _index(entries: list[_Entry]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(INDEX_HEADERS)
    for e in entries:
        row = [
            problem_no_text(e.problem.no),
            e.problem.title,
            e.measure.no,
            e.measure.text,
            e.item.file_name,
            e.arcname if e.status == OK else "",
            e.item.size,
            e.item.sha256,
            e.item.added_at[:19].replace("T", " "),
            e.status,
            e.measure.closed_at.isoformat() if e.measure.closed_at and e.measure.status is MeasureStatus.DONE else "",
            e.measure.accepted_by,
            e.measure.accepted_opinion,
        ]
        writer.writerow([inert_csv(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def _pack_scans(zf: zipfile.ZipFile, root: Path, scans: Sequence[ScanFile], signed: Sequence[SignedMonth]) -> int:
    """The signed checklist pages under ``签字清单/<town>-<centre>-<member>/<month>/``, and their index."""
    taken: set[str] = set()
    files: dict[tuple[str, str, str], list[str]] = {}
    packed = 0
    for scan in scans:
        folder = f"{SIGNED_FOLDER}/{safe_name(f'{scan.town}-{scan.centre}-{scan.member}', folder=True)}/{scan.month}"
        arcname = f"{folder}/{_unique(folder, safe_name(scan.file_name), taken)}"
        source = root / scan.sha256[:2] / scan.sha256 if _SHA256.fullmatch(scan.sha256) else None
        listed = files.setdefault((scan.member, scan.centre, scan.month), [])
        try:
            intact = source is not None and source.is_file() and file_sha256(source) == scan.sha256
        except OSError:
            intact = False
        if not intact or source is None:
            listed.append(f"{scan.file_name}（缺失或已损坏，未打包）")
            continue
        info = zipfile.ZipInfo(arcname, date_time=_date_time(scan.added_at))
        info.compress_type = (
            zipfile.ZIP_STORED if PurePosixPath(arcname).suffix.lower() in _STORED else zipfile.ZIP_DEFLATED
        )
        with open(source, "rb") as src, zf.open(info, "w") as dst:
            while chunk := src.read(_CHUNK):
                dst.write(chunk)
        listed.append(arcname)
        packed += 1
    index = zipfile.ZipInfo(SIGNED_INDEX, date_time=_date_time(dt.datetime.now().isoformat()))
    index.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(index, _signed_index(signed, files))
    return packed


def _signed_index(signed: Sequence[SignedMonth], packed: dict[tuple[str, str, str], list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(SIGNED_HEADERS)
    for m in signed:
        files = packed.get((m.member, m.centre, m.month), [])
        row = [
            m.member,
            m.centre,
            m.town,
            m.month,
            "已存档" if m.pages else "未收到",
            m.pages,
            m.pending,
            "；".join(files),
        ]
        writer.writerow([inert_csv(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def write_evidence_zip(
    report: LedgerReport,
    evidence_root: Path,
    path: Path,
    scans: Sequence[ScanFile] = (),
    signed: Sequence[SignedMonth] = (),
) -> int:
    """Pack the ledger's evidence into the ZIP ``path``; returns how many files were packed.

    ``evidence_root`` is the database's evidence folder (``report.evidence_root``, i.e.
    hdrectify.paths.evidence_dir(store.path)). ``scans``: the signed checklist pages on file, packed
    under ``签字清单/``; ``signed``: every pairing's owed months, listed in ``签字清单.csv`` with
    whether the signed checklist is on file. Raises InputError if there is nothing to pack.
    """
    entries = _entries(report)
    if not entries and not scans:
        raise InputError("printing.no_evidence")
    packed = 0

    with atomic_output(Path(path)) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for e in entries:
            source = _source(Path(evidence_root), e.item)
            if source is None:
                e.status = MISSING
                continue
            try:
                intact = file_sha256(source) == e.item.sha256
            except OSError:  # unreadable: as good as missing
                e.status = MISSING
                continue
            if not intact:
                e.status = DAMAGED
                continue
            info = zipfile.ZipInfo(e.arcname, date_time=_date_time(e.item.added_at))
            info.compress_type = (
                zipfile.ZIP_STORED if PurePosixPath(e.arcname).suffix.lower() in _STORED else zipfile.ZIP_DEFLATED
            )
            with open(source, "rb") as src, zf.open(info, "w") as dst:
                while chunk := src.read(_CHUNK):
                    dst.write(chunk)
            packed += 1
        index = zipfile.ZipInfo(INDEX_NAME, date_time=_date_time(dt.datetime.now().isoformat()))
        index.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(index, _index(entries))
        if scans or signed:
            packed += _pack_scans(zf, Path(evidence_root), scans, signed)

    return packed
