"""One record of a bundle (one line of ``rows/<table>.jsonl``): its shape, and the checks it must pass.

A record is untrusted input: every value is checked against the database's own columns and
every version clock against what this computer may take before a row reaches the database.
:func:`parse_record` reads a line twice over when it must: quickly (orjson, checks that say
yes or no), then, for a line the quick reading does not take, with the reading that names the
fault (the standard library's ``json``). The file around the records is ``bundle.py``'s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import orjson

from hdrectify.domain.errors import InputError
from hdrectify.store import sync

MAX_TEXT = 1 << 20  # one text value
MAX_VECTOR = 64  # installations in one version vector


_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # an escaped UTF-16 surrogate: maybe a lone one


def _unicode_ok(values: Iterable[object]) -> bool:
    """No lone surrogate (JSON's \\ud800 alone) in any text: SQLite could not store it."""
    try:
        for value in values:
            if isinstance(value, str):
                value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


ID_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}")
STAMP_RE = re.compile(r"[0-9T:.+Z-]{10,40}")
STAMP_RE = re.compile(r"[0-9T:.+Z-]{10,40}")
_ID_MATCH, _STAMP_MATCH = ID_RE.fullmatch, STAMP_RE.fullmatch  # bound once: called for every record
_new_tuple = tuple.__new__
_RECORD_KEYS = frozenset({"id", "vv", "origin", "changed_at", "deleted", "row"})
_MAX_INT = 1 << 62


class BundleError(InputError):
    """The file is not a bundle this hdrectify can take; its code says why (``exchange.*``)."""


class Version(NamedTuple):
    """One version of one row, as a bundle carries it (a tuple: a bundle holds 100,000 of them)."""

    table: str
    id: str
    vv: dict[str, int]
    vv_text: str  # canonical JSON of vv
    origin: str
    changed_at: str
    deleted: bool
    row: dict[str, Any] | None


def canonical(vv: Mapping[str, int]) -> str:
    """The text ``sync.encode`` gives a vector, made quickly: its keys were checked to need no escaping."""
    if len(vv) == 1:  # most rows were only ever changed on one computer
        ((k, v),) = vv.items()
        return f'{{"{k}":{v}}}'
    return "{" + ",".join(f'"{k}":{vv[k]}' for k in sorted(vv)) + "}"


# A column's declared type (SQLite's PRAGMA table_info) → the one Python type its values may have.
Columns = Mapping[str, type]


def column_kind(declared: str) -> type:
    return int if "INT" in declared.upper() else str


def _values_ok(row: Mapping[str, object], columns: Columns) -> str | None:
    """None if every value fits its column (NULL, or an int in range, or a text of bounded length
    that is valid Unicode), else the first column that does not."""
    for name, value in row.items():
        if value is None:
            continue
        kind = columns[name]
        if type(value) is not kind:
            return name
        if kind is int:
            if not -_MAX_INT <= value <= _MAX_INT:  # type: ignore[operator]
                return name
        elif len(value) > MAX_TEXT:  # type: ignore[arg-type]
            return name
    return None


class ClockLimits(NamedTuple):
    """The greatest clock a bundle may carry here: for this installation's entry, and any other's (store/sync.py)."""

    me: str
    own: int
    other: int

    @classmethod
    def anywhere(cls) -> ClockLimits:
        """The limits that hold on any computer, for a reader that does not know which one it is on."""
        now = sync.wall_ms()
        return cls("", now + sync.ADOPT_AHEAD_MS, now + sync.ACCEPT_AHEAD_MS)


_BAD_VERSION, _BAD_CLOCK = "version", "clock"


def _vector(value: object, limits: ClockLimits) -> dict[str, int] | str:
    """The vector, or what is wrong with it (``_BAD_VERSION`` or ``_BAD_CLOCK``)."""
    if not isinstance(value, dict) or not 0 < len(value) <= MAX_VECTOR:
        return _BAD_VERSION
    out: dict[str, int] = {}
    for k, v in value.items():
        if not (isinstance(k, str) and ID_RE.fullmatch(k)):
            return _BAD_VERSION
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            return _BAD_VERSION
        if v > (limits.own if k == limits.me else limits.other):
            # it could not be counted on from for long: the whole bundle is refused, nothing adopted
            return _BAD_CLOCK
        out[k] = v
    return out


def parse_record(
    table: str,
    line: str | bytes,
    columns: Columns,
    part: str,
    line_no: int,
    limits: ClockLimits | None = None,
    shapes: RowShapes | None = None,
) -> Version:
    """Line ``line_no`` of the part ``part`` (rows/<table>.jsonl) as a Version, or BundleError saying what is wrong.

    Two readings of one definition. The quick one (orjson, and checks that only say yes or no)
    takes the lines of a good bundle; a line it does not take is read again by the reference one
    (the standard library's ``json``, whose checks name what is wrong), which decides. So a line
    the quick reading takes means what JSON says it means, and a refusal names the same fault
    whichever reader met it first: orjson turns integers beyond 64 bits into floats and refuses
    NaN and lone surrogates, all of which the reference reading takes and then judges.
    """
    limits = limits or ClockLimits.anywhere()
    try:
        rec = orjson.loads(line)
    except orjson.JSONDecodeError:
        rec = None
    # a text longer than MAX_TEXT characters needs a line longer than MAX_TEXT bytes
    found = (
        _quick(table, rec, shapes or RowShapes(columns), limits, len(line) > MAX_TEXT) if type(rec) is dict else None
    )
    return found if found is not None else _reference(table, line, columns, part, line_no, limits)


class RowShapes:
    """Which shapes of row (its columns and the kinds of their values) fit a table's columns.

    A table's rows come in a handful of shapes (a text or NULL here and there), so a shape is
    judged once and its verdict looked up for every row of it.
    """

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        self.known: dict[tuple[tuple[str, ...], tuple[type, ...]], tuple[str, ...] | None] = {}
        # installation ids (origins, vector keys) found good: a bundle names a handful, in every record
        self.good_ids: set[str] = set()

    def id_ok(self, name: str) -> bool:
        """``name`` (a text) is an installation id as :data:`ID_RE` says, asked of the pattern once per name."""
        if name in self.good_ids:
            return True
        if not _ID_MATCH(name):
            return False
        if len(self.good_ids) < 1000:  # a hostile bundle could name a new one in every record
            self.good_ids.add(name)
        return True

    def ints(self, row: dict[str, Any]) -> tuple[str, ...] | None:
        """The columns of ``row`` that hold integers (their range is still to check), or None if a column
        is unknown or a value is not of its column's kind. orjson took only valid Unicode: no lone surrogate."""
        shape = (tuple(row), tuple(map(type, row.values())))
        try:
            return self.known[shape]
        except KeyError:
            pass
        ints: tuple[str, ...] | None = ()
        for name, kind in zip(*shape, strict=True):
            if name not in self.columns or (kind is not type(None) and kind is not self.columns[name]):
                ints = None
                break
            if kind is int:
                ints = (*ints, name)  # type: ignore[misc]
        if len(self.known) < 1000:  # a hostile bundle could make every row a new shape
            self.known[shape] = ints
        return ints


def _quick(table: str, rec: dict[str, Any], shapes: RowShapes, limits: ClockLimits, long_line: bool) -> Version | None:
    """The record as a Version if every check holds, else None (then the reference reading says why)."""
    if rec.keys() != _RECORD_KEYS:
        return None
    rid, vv, origin, changed_at, deleted, row = (
        rec["id"], rec["vv"], rec["origin"], rec["changed_at"], rec["deleted"], rec["row"]
    )  # fmt: skip
    id_ok = shapes.id_ok
    if not (
        type(rid) is str
        and _ID_MATCH(rid)
        and type(vv) is dict
        and 0 < len(vv) <= MAX_VECTOR
        and type(origin) is str
        and id_ok(origin)
        and type(changed_at) is str
        and _STAMP_MATCH(changed_at)
    ):
        return None
    me, own, other = limits
    for k, v in vv.items():  # keys of a JSON object are always text
        if not (type(v) is int and 0 < v <= (own if k == me else other) and id_ok(k)):
            return None
    if deleted is True:
        if row is not None:
            return None
    elif deleted is not False or type(row) is not dict or row.get("id") != rid:
        return None
    else:
        ints = shapes.ints(row)
        if ints is None:
            return None
        for name in ints:
            if not -_MAX_INT <= row[name] <= _MAX_INT:
                return None
        if long_line:
            for value in row.values():
                if type(value) is str and len(value) > MAX_TEXT:
                    return None
    # Version's own __new__ is Python code: made as the tuple it is, 100,000 times
    return _new_tuple(Version, (table, rid, vv, canonical(vv), origin, changed_at, deleted, row))


def _reference(
    table: str, line: str | bytes, columns: Columns, part: str, line_no: int, limits: ClockLimits
) -> Version:
    """The reading that names what is wrong with a record (the standard library's ``json``)."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            raise BundleError("exchange.not_utf8", None, name=part) from None
    try:
        rec = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        raise BundleError("exchange.record_not_json", None, name=part, line=line_no) from None
    if not isinstance(rec, dict) or set(rec) != _RECORD_KEYS:
        raise BundleError("exchange.record_keys", None, name=part, line=line_no)
    rid, origin, changed_at, deleted, row = rec["id"], rec["origin"], rec["changed_at"], rec["deleted"], rec["row"]
    if not (isinstance(rid, str) and ID_RE.fullmatch(rid)):
        raise BundleError("exchange.record_id", None, name=part, line=line_no)
    vv = _vector(rec["vv"], limits)
    if vv == _BAD_VERSION:
        raise BundleError("exchange.record_version", None, name=part, line=line_no)
    if vv == _BAD_CLOCK:
        raise BundleError("exchange.record_clock", None, name=part, line=line_no)
    assert isinstance(vv, dict)
    if not (isinstance(origin, str) and ID_RE.fullmatch(origin)) or not (
        isinstance(changed_at, str) and STAMP_RE.fullmatch(changed_at)
    ):
        raise BundleError("exchange.record_origin", None, name=part, line=line_no)
    if not isinstance(deleted, bool):
        raise BundleError("exchange.record_deleted_flag", None, name=part, line=line_no)
    if deleted:
        if row is not None:
            raise BundleError("exchange.record_deleted_content", None, name=part, line=line_no)
    else:
        if not isinstance(row, dict) or row.get("id") != rid:
            raise BundleError("exchange.record_content", None, name=part, line=line_no)
        unknown = set(row) - set(columns)
        if unknown:
            raise BundleError(
                "exchange.record_unknown_column", None, name=part, line=line_no, column=sorted(unknown)[0][:40]
            )
        bad = _values_ok(row, columns)
        if bad is not None:
            raise BundleError("exchange.record_value", None, name=part, line=line_no, column=bad)
        if _SURROGATE.search(line) and not _unicode_ok(row.values()):
            raise BundleError("exchange.record_encoding", None, name=part, line=line_no)
    return Version(table, rid, vv, canonical(vv), origin, changed_at, deleted, row)
