"""Plain helpers shared by the document tests; their fixtures live in conftest.py.

- ``DEMO_TODAY``: the day the shared demo database (the ``demo`` fixture) is built for;
- ``pdf_pages`` / ``pdf_text``: a PDF's text, per page or all of it;
- ``squash``: text without whitespace (PDF extraction breaks wrapped cell text into lines);
- ``write_file``: a file with the given bytes, its folder made;
- ``docx_paragraphs``: a DOCX's paragraphs that hold text;
- ``SEED``, ``SEED_PROBLEMS``, ``ISSUER``: the notice's ledger as the seed file has it;
- ``log_contact_entered``: a contact entered days after its date (补录);
- the summary's quarter (``Q1``, ``Q1_AS_OF``) and the checklist's month (``JAN``, ``CHECKLIST_TODAY``,
  ``write_checklist_pdf``), whose databases are the ``quarter_db`` and ``january`` fixtures.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.checklist import write_checklist
from hdrectify.store import records
from hdrectify.store.base import Row, Store
from hdrectify.store.checklist import ChecklistData
from hdrectify.store.ledger import read_seed

DEMO_TODAY = dt.date(2026, 11, 25)
SEED = read_seed()
SEED_PROBLEMS = [p for a in SEED["areas"] for p in a["problems"]]
ISSUER = SEED["issuer"]


def pdf_pages(path: Path) -> list[str]:
    """The extracted text of each page, in page order."""
    return [page.extract_text() for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The extracted text of every page, one page after the other."""
    return "\n".join(pdf_pages(path))


def squash(text: str) -> str:
    """Text without whitespace: PDF extraction breaks wrapped cell text into lines."""
    return re.sub(r"\s+", "", text)


def write_file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def docx_paragraphs(path: Path) -> list[Paragraph]:
    return [p for p in docx.Document(str(path)).paragraphs if p.text.strip()]


# -- contacts entered on a given day (补录 when more than 7 days late) -----------------------------


def evening(day: dt.date) -> str:
    """A ``recorded_at`` stamp for the evening of ``day``."""
    return f"{day.isoformat()}T19:00:00+08:00"


def log_contact_entered(
    store: Store,
    member: Row,
    centre: Row,
    day: dt.date,
    method: str,
    note: str = "",
    *,
    late: int = 0,
    problems: str = "",
) -> Row:
    """A contact entered ``late`` days after its date (more than 7 is 补录)."""
    row = records.log_contact(store, member, centre, day, method, note, problems)
    return store.update("contacts", row["id"], {"recorded_at": evening(day + dt.timedelta(days=late))})


# -- the summary's hand-made quarter and the checklist's hand-made January (fixtures in conftest) --

Q1 = Period(Kind.QUARTER, 2024, 1)
Q1_AS_OF = dt.date(2024, 4, 20)
JAN = Period(Kind.MONTH, 2026, 1)
CHECKLIST_TODAY = dt.date(2026, 2, 10)
FEDERATION = "惠东县残疾人联合会"
LONG_NOTE = (
    "电话联系中心负责人，了解本周康复训练和手工课开展情况：本周共有十二名会员参加康复训练，"
    "其中三名新入会员由社工一对一指导；手工课完成中国结二十个，准备在元旦义卖。负责人反映"
    "中心的电动轮椅充电器老化，需要更换，已建议向镇残联提出申请；另外提醒中心做好冬季防寒保暖，"
    "检查取暖设备用电安全，并把会员健康观察记录补充完整，下次到岗时一并查看台账和记录。"
)


def write_checklist_pdf(data: ChecklistData, tmp_path: Path, name: str = "checklist.pdf") -> tuple[Path, int]:
    """The checklist written into ``tmp_path`` as of ``CHECKLIST_TODAY``: its path and page count."""
    path = tmp_path / name
    return path, write_checklist(data, path, FEDERATION, CHECKLIST_TODAY)
