"""Signed paper checklists coming back: what a checklist's QR code says, and what became of each page.

The monthly checklist prints on every page a QR code holding
``hdrectify:checklist:<pairing id>:<YYYY-MM>`` (printing/checklist.py ``qr_payload``). A scan of
the signed page is found by that code; this module reads it back and names the outcomes of one
page's import. Pure Python: the decoding is in :mod:`hdrectify.exchange.scans`, the rows in
:mod:`hdrectify.store.scans`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from hdrectify.domain import wording

_PAYLOAD = re.compile(r"hdrectify:checklist:([0-9A-Za-z-]{1,64}):(\d{4})-(0[1-9]|1[0-2])")


@dataclass(frozen=True)
class ChecklistCode:
    """What one checklist page's QR code holds."""

    pairing_id: str
    month: str  # YYYY-MM


def parse_checklist_code(text: str) -> ChecklistCode | None:
    """The pairing and month of a checklist QR code, or None when the text is not one of ours."""
    found = _PAYLOAD.fullmatch(text.strip())
    if found is None:
        return None
    return ChecklistCode(found.group(1), f"{found.group(2)}-{found.group(3)}")


class ScanResult(StrEnum):
    """What became of one scanned page (the ``result`` of ``scans import --json``)."""

    ATTACHED = "attached"  # filed with that month's visit record
    PENDING = "pending"  # filed as "scan received": no visit record of that month yet
    DUPLICATE = "duplicate"  # the same content is already on file for that pairing and month
    NO_QR = "no_qr"  # no readable checklist QR code on the page
    UNKNOWN_PAIRING = "unknown_pairing"  # the code names a pairing this database does not have
    NOT_OWED = "not_owed"  # the pairing does not owe a visit that month
    UNREADABLE = "unreadable"  # the file or page could not be read as an image


FILED = frozenset({ScanResult.ATTACHED, ScanResult.PENDING})

# Chinese labels (the command line); the window translates the same texts (domain.wording, context ScanResults).
RESULT_LABELS: dict[ScanResult, str] = {result: wording.SCAN_RESULT[result.value] for result in ScanResult}


@dataclass(frozen=True)
class SignedMonth:
    """Whether a pairing's signed checklist of one owed month is on file (the summaries and the evidence ZIP)."""

    member: str
    centre: str
    town: str
    month: str  # YYYY-MM
    pages: int  # pages on file
    pending: int  # of which not yet with a visit record ("scan received")

    @property
    def on_file_zh(self) -> str:
        """已存档 / 已存档（2页） / 未收到; 待补登 when no visit record is on file for the scans."""
        if not self.pages:
            return "未收到"
        text = "已存档" if self.pages == 1 else f"已存档（{self.pages}页）"
        return text + ("，待补登到岗记录" if self.pending else "")


@dataclass(frozen=True)
class ScanFile:
    """One signed checklist page on file, as the evidence ZIP packs it."""

    member: str
    centre: str
    town: str
    month: str
    file_name: str
    sha256: str
    size: int
    added_at: str
