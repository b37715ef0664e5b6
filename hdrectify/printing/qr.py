"""QR codes drawn as raw PDF operators, fast enough for one on every page of a thousand forms.

The symbol is reportlab's ``barcode.qr`` (segments, version, blocks, placement, format);
what is replaced is the slow part: the Reed–Solomon codewords are computed with its log
tables instead of polynomial objects, the mask is fixed instead of searched, and the
modules are written as one dashed stroke per row instead of a rectangle per module.
"""

from __future__ import annotations

import re
from itertools import zip_longest
from operator import xor

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget

_GENERATORS: dict[int, list[list[int]]] = {}
_POSITIONS: dict[int, list[tuple[int, int]]] = {}  # where a version's codeword bits go, in order
_RUNS = re.compile(b"\x01+|\x00+")  # a row's runs of dark and light modules


class _Bits:
    """A bit buffer with reportlab's ``put(num, length)``, kept as one integer."""

    def __init__(self) -> None:
        self.value, self.length = 0, 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | num
        self.length += length


def _generator(n_ec: int) -> list[list[int]]:
    """The multiples, by each byte value, of reportlab's Reed–Solomon generator polynomial of degree ``n_ec``."""
    if n_ec not in _GENERATORS:
        exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
        gen = [log[g] for g in qrencoder.QRUtil.getErrorCorrectPolynomial(n_ec).num[1:]]
        _GENERATORS[n_ec] = [[0] * n_ec] + [[exp[(log[f] + g) % 255] for g in gen] for f in range(1, 256)]
    return _GENERATORS[n_ec]


def qr_codewords(qr: qrencoder.QRCode) -> list[int]:
    """The data and error-correction codewords of ``qr``, interleaved: what ``QRCode.createData`` returns.

    reportlab's own divides with polynomial objects, about a millisecond a code in pure
    Python; this divides with its log tables in a tenth of that. The segments, the
    version's blocks, the padding and the generator polynomial are reportlab's; a test
    checks the result against ``createData``.
    """
    bits = _Bits()
    for segment in qr.dataList:
        segment.write(bits, qr.version)
    blocks = qrencoder.QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if bits.length + 4 <= capacity:
        bits.put(0, 4)
    bits.put(0, -bits.length % 8)
    data = list(bits.value.to_bytes(bits.length // 8, "big"))
    data += [(0xEC, 0x11)[i % 2] for i in range(capacity // 8 - len(data))]
    dc, ec, offset = [], [], 0
    for block in blocks:
        multiples = _generator(block.totalCount - block.dataCount)
        chunk = data[offset : offset + block.dataCount]
        offset += block.dataCount
        rem = [0] * (block.totalCount - block.dataCount)
        for byte in chunk:  # long division by the generator, a codeword at a time
            multiple = multiples[byte ^ rem[0]]
            rem = [*map(xor, rem[1:], multiple), multiple[-1]]
        dc.append(chunk)
        ec.append(rem)
    return [b for group in (dc, ec) for column in zip_longest(*group) for b in column if b is not None]


def qr_operators(payload: str, x: float, y: float, size: float) -> str:
    """PDF operators that draw the payload's QR code (level M) in the square at (x, y).

    The symbol is reportlab's ``barcode.qr`` (version, placement, mask, format), with the
    mask fixed rather than searched: every mask gives a valid code, and the search (eight
    trial symbols scored in pure Python) would cost more than the page. Each row of
    modules is one stroke dashed by its dark runs, in module units under a scaling
    ``cm``, a little thicker than a module so that rows leave no seams.
    """
    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.version = qr.calculate_version()
    qr.dataCache = qr_codewords(qr)
    if _POSITIONS.get(qr.version):  # where the bits go is the same for every code of a version
        qr._dataPosList = _POSITIONS[qr.version]
    qr.makeImpl(False, 0)
    _POSITIONS[qr.version] = qr._dataPosList
    n = len(qr.modules)
    ops = [f"q 0 G 0 J 1.04 w {size / n:.4f} 0 0 {size / n:.4f} {x:.2f} {y:.2f} cm"]
    for r, row in enumerate(qr.modules):
        line = bytes(row)
        first, last = line.find(1), line.rfind(1) + 1
        if first >= 0:
            dashes = " ".join(str(len(run)) for run in _RUNS.findall(line, first, last))
            ops.append(f"[{dashes} {n}] 0 d {first} {n - r - 0.5} m {last} {n - r - 0.5} l S")
    return " ".join([*ops, "Q"])
