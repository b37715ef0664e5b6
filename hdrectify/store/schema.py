"""The database schema as append-only migrations.

Never edit a migration that has shipped: add a new one at the end. The schema
version is the number of migrations applied, kept in ``PRAGMA user_version`` so
that a database written by a newer hdrectify can be recognised and refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only when a schema is created or upgraded: start-up time
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# The ISO week of a ``date`` column, as whole weeks since Monday 1970-01-05 (julianday
# 2440591.5). Queries must spell it exactly so to use the index built on it.
WEEK_SQL = "CAST((julianday(date) - 2440591.5) / 7 AS INTEGER)"

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
_SOFT_DELETE = "deleted_at TEXT, delete_reason TEXT"

_V1 = [
    f"""CREATE TABLE settings (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        value TEXT NOT NULL,
        {_STAMPS})""",
    f"""CREATE TABLE centres (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
        town TEXT NOT NULL CHECK (trim(town) <> ''),
        address TEXT NOT NULL DEFAULT '',
        contact_person TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        closed_on TEXT,
        note TEXT NOT NULL DEFAULT '',
        {_STAMPS})""",
    f"""CREATE TABLE members (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        phone TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        {_STAMPS})""",
    "CREATE INDEX members_name ON members(name)",
    f"""CREATE TABLE pairings (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id),
        centre_id TEXT NOT NULL REFERENCES centres(id),
        start_on TEXT NOT NULL,
        end_on TEXT CHECK (end_on IS NULL OR end_on >= start_on),
        {_STAMPS})""",
    "CREATE INDEX pairings_member ON pairings(member_id)",
    "CREATE INDEX pairings_centre ON pairings(centre_id)",
    f"""CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        pairing_id TEXT NOT NULL REFERENCES pairings(id),
        date TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('phone', 'wechat', 'onsite', 'meeting', 'other')),
        note TEXT NOT NULL DEFAULT '',
        problems TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX contacts_date ON contacts(date, pairing_id, method, recorded_at) WHERE deleted_at IS NULL",
    # The cadence reads, per week and per on-site month, the earliest live record of each
    # pairing: these indexes hold those groups in order, so no sort is needed.
    f"CREATE INDEX contacts_week ON contacts({WEEK_SQL}, pairing_id, date, recorded_at) WHERE deleted_at IS NULL",
    "CREATE INDEX contacts_onsite ON contacts(substr(date, 1, 7), pairing_id, date, recorded_at)"
    " WHERE deleted_at IS NULL AND method = 'onsite'",
    "CREATE INDEX contacts_pairing ON contacts(pairing_id, date)",
    f"""CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        pairing_id TEXT NOT NULL REFERENCES pairings(id),
        quarter TEXT NOT NULL,
        submitted_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX reports_pairing ON reports(pairing_id, quarter)",
    f"""CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        pairing_id TEXT NOT NULL REFERENCES pairings(id),
        year INTEGER NOT NULL,
        submitted_on TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        criteria_notes TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX reviews_pairing ON reviews(pairing_id, year)",
    f"""CREATE TABLE exemptions (
        id TEXT PRIMARY KEY,
        pairing_id TEXT REFERENCES pairings(id),
        obligation TEXT NOT NULL CHECK (obligation IN ('contact', 'visit', 'report', 'review')),
        start_on TEXT NOT NULL,
        end_on TEXT NOT NULL CHECK (end_on >= start_on),
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    f"""CREATE TABLE ledger_sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        issuer TEXT NOT NULL DEFAULT '',
        inspected_by TEXT NOT NULL DEFAULT '',
        inspection_from TEXT,
        inspection_to TEXT,
        feedback_on TEXT,
        notice_on TEXT,
        summary TEXT NOT NULL DEFAULT '',
        {_STAMPS})""",
    f"""CREATE TABLE ledger_areas (
        id TEXT PRIMARY KEY,
        source_id TEXT REFERENCES ledger_sources(id),
        no INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL,
        {_STAMPS})""",
    f"""CREATE TABLE ledger_problems (
        id TEXT PRIMARY KEY,
        area_id TEXT NOT NULL REFERENCES ledger_areas(id),
        no INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        source TEXT NOT NULL CHECK (source IN ('inspection', 'visit')),
        detail TEXT NOT NULL DEFAULT '',
        centre_id TEXT REFERENCES centres(id),
        contact_id TEXT REFERENCES contacts(id),
        found_on TEXT,
        {_STAMPS})""",
    "CREATE INDEX ledger_problems_area ON ledger_problems(area_id, no)",
    f"""CREATE TABLE ledger_measures (
        id TEXT PRIMARY KEY,
        problem_id TEXT NOT NULL REFERENCES ledger_problems(id),
        no INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        leader TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        person TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
        closed_at TEXT,
        close_reason TEXT NOT NULL DEFAULT '',
        {_STAMPS},
        UNIQUE (problem_id, no))""",
    f"""CREATE TABLE ledger_progress (
        id TEXT PRIMARY KEY,
        measure_id TEXT NOT NULL REFERENCES ledger_measures(id),
        date TEXT NOT NULL,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        author TEXT NOT NULL,
        {_STAMPS})""",
    "CREATE INDEX ledger_progress_measure ON ledger_progress(measure_id, date)",
    f"""CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        measure_id TEXT NOT NULL REFERENCES ledger_measures(id),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX evidence_measure ON evidence(measure_id)",
    """CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        before TEXT,
        after TEXT,
        reason TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX audit_log_row ON audit_log(table_name, row_id)",
]


# Exchange between installations (hdrectify/exchange): each synced row's version vector,
# the versions a merge found in conflict, and every bundle exported or imported.
_V2_EXCHANGE = [
    # vv: JSON {installation id: clock} of the row's current version; local_seq: this
    # installation's clock at its last own change of the row (NULL once another's version
    # replaced it), which is what "changed since the last export" reads.
    """CREATE TABLE sync_rows (
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        vv TEXT NOT NULL,
        local_seq INTEGER,
        origin TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        received_from TEXT,
        received_at TEXT,
        bundle_id TEXT,
        PRIMARY KEY (table_name, row_id)) WITHOUT ROWID""",
    "CREATE INDEX sync_rows_local ON sync_rows(local_seq) WHERE local_seq IS NOT NULL",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    # A version of a row that was concurrent with the one the table holds; content is the
    # row as JSON (NULL for a deletion). Open while resolved_at is NULL.
    """CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        vv TEXT NOT NULL,
        content TEXT,
        origin TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        found_at TEXT NOT NULL,
        bundle_id TEXT,
        resolved_at TEXT,
        resolved_by TEXT,
        resolution TEXT CHECK (resolution IN ('kept', 'taken', 'superseded')))""",
    "CREATE INDEX sync_conflicts_row ON sync_conflicts(table_name, row_id) WHERE resolved_at IS NULL",
    """CREATE TABLE exchange_log (
        id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        bundle_id TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        installation_name TEXT NOT NULL,
        bundle_created_at TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        whole INTEGER NOT NULL,
        clock INTEGER,
        counts TEXT NOT NULL)""",
    "CREATE INDEX exchange_log_bundle ON exchange_log(bundle_id, direction)",
]


def _initial(db: Database) -> None:
    for statement in _V1:
        db.execute(statement)


def _exchange(db: Database) -> None:
    for statement in _V2_EXCHANGE:
        db.execute(statement)


def _audit_chain(db: Database) -> None:
    """Tamper evidence (store/audit.py): each audit entry's hash and its predecessor's, existing ones included."""
    from hdrectify.store.audit import chain_existing

    db.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT")
    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    chain_existing(db.conn)


# The same real thing (a centre, a member, a pairing) created on two computers under two ids:
# the id a bundle brought is an alias of the row here, and every reference to it follows
# (hdrectify/exchange/identity.py). Each computer keeps its own row; the ids map both ways.
_V4_ALIASES = [
    f"""CREATE TABLE sync_aliases (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        alias_id TEXT NOT NULL,
        canonical_id TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        {_STAMPS},
        UNIQUE (table_name, alias_id))""",
]


def _aliases(db: Database) -> None:
    for statement in _V4_ALIASES:
        db.execute(statement)


def _pending_problem_numbers(db: Database) -> None:
    """A problem made on a member's laptop has no number until the office gives it one: ``no`` may be NULL.

    The table is rebuilt (SQLite cannot drop a NOT NULL in place) with its ids, rows and
    index as they were. Foreign keys stay on: deferred to the commit, the measures that
    point at the problems are matched again once the rows are back under the same name.
    """
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute("CREATE TEMP TABLE ledger_problems_v3 AS SELECT * FROM ledger_problems")
    db.execute("DROP TABLE ledger_problems")
    db.execute(
        f"""CREATE TABLE ledger_problems (
        id TEXT PRIMARY KEY,
        area_id TEXT NOT NULL REFERENCES ledger_areas(id),
        no INTEGER UNIQUE,
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        source TEXT NOT NULL CHECK (source IN ('inspection', 'visit')),
        detail TEXT NOT NULL DEFAULT '',
        centre_id TEXT REFERENCES centres(id),
        contact_id TEXT REFERENCES contacts(id),
        found_on TEXT,
        {_STAMPS})"""
    )
    db.execute("CREATE INDEX ledger_problems_area ON ledger_problems(area_id, no)")
    columns = "id, area_id, no, title, source, detail, centre_id, contact_id, found_on, created_at, updated_at"
    db.execute(f"INSERT INTO ledger_problems ({columns}) SELECT {columns} FROM ledger_problems_v3")
    db.execute("DROP TABLE ledger_problems_v3")


# The notice's own totals (resources/seed/ledger.json, "declared"), as of this migration: a
# migration never changes, whatever the seed file says later.
_NOTICE_DECLARED = (13, 51, 72)
_DECLARED_COLUMNS = ("declared_problems", "declared_specific", "declared_measures")


def _declared_totals(db: Database) -> None:
    """What an inspection's notice declares (问题数, 具体问题数, 整改措施数), beside what its ledger itemises.

    The notice says "三大方面13个问题51个具体问题，制定了72条整改措施" while itemising 17
    problems and 66 measures; the report quotes the first as the notice's and counts the second.
    A database that already holds the notice's row gets the notice's figures, as an audited
    change (every installation makes the same one, so the row's version stays the notice's).
    """
    from hdrectify.store import audit
    from hdrectify.store.audit import audit_json, now_stamp
    from hdrectify.store.seed import seed_id

    for column in _DECLARED_COLUMNS:
        db.execute(f"ALTER TABLE ledger_sources ADD COLUMN {column} INTEGER CHECK ({column} IS NULL OR {column} >= 0)")
    row_id = seed_id("source", "2024-08-20")
    cur = db.conn.execute("SELECT * FROM ledger_sources WHERE id = ?", [row_id])
    names = [d[0] for d in cur.description]
    found = cur.fetchone()
    if found is None:
        return
    before = dict(zip(names, found, strict=True))
    # updated_at stays: every installation makes this same change, so the row stays the same everywhere
    after = {**before, **dict(zip(_DECLARED_COLUMNS, _NOTICE_DECLARED, strict=True))}
    db.execute(
        "UPDATE ledger_sources SET declared_problems = ?, declared_specific = ?, declared_measures = ? WHERE id = ?",
        [*_NOTICE_DECLARED, row_id],
    )
    stamp = now_stamp()
    prev = audit.head(db.conn)
    entry = [
        audit.entry_id(),
        stamp,
        "hdrectify",
        "ledger_sources",
        row_id,
        "update",
        audit_json(before),
        audit_json(after),
        "数据库升级：填入通报所说的问题数、具体问题数和整改措施数",
    ]
    db.execute(
        "INSERT INTO audit_log (id, at, actor, table_name, row_id, action, before, after, reason, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*entry, prev, audit.entry_hash(prev, entry)],
    )


# The on-site items the monthly checklist asks about (设施设备及维护, 会员档案更新, …), as the office
# edits them in 设置: each save is a new version, never changed afterwards, in force from the day it
# was saved. A month's checklist prints the version in force on the month's first day
# (store/checklist.py), so a month printed before an edit prints the same list again.
_V7_CHECKLIST_ITEMS = [
    f"""CREATE TABLE checklist_item_lists (
        id TEXT PRIMARY KEY,
        valid_from TEXT NOT NULL,
        items TEXT NOT NULL,
        {_STAMPS})""",
    "CREATE INDEX checklist_item_lists_from ON checklist_item_lists(valid_from)",
]


def _checklist_items(db: Database) -> None:
    for statement in _V7_CHECKLIST_ITEMS:
        db.execute(statement)


class _Later:
    """A step kept in its own module (schema_files, schema_signing, …), imported only when a database
    is created or upgraded: opening a current one, as every start of the window does, needs none."""

    def __init__(self, module: str, function: str) -> None:
        self.module, self.function = module, function

    def __call__(self, db: Database) -> None:
        import importlib

        getattr(importlib.import_module(f"hdrectify.store.{self.module}"), self.function)(db)


# Append only: (name, step). The schema version is how many of them a database has.
STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_initial", _initial),
    ("0002_exchange", _exchange),
    ("0003_audit_chain", _audit_chain),
    ("0004_sync_aliases", _aliases),
    ("0005_pending_problem_numbers", _pending_problem_numbers),
    ("0006_declared_totals", _declared_totals),
    ("0007_checklist_items", _checklist_items),
    ("0008_checklist_scans", _Later("schema_files", "checklist_scans")),
    ("0009_contact_photos", _Later("schema_files", "contact_photos")),
    ("0010_report_files", _Later("schema_reports", "report_files")),
    ("0011_rubric", _Later("schema_rubric", "rubric_tables")),
    ("0012_signing", _Later("schema_signing", "signing")),
    ("0013_close_requests", _Later("schema_requests", "close_requests")),
    ("0014_feedback", _Later("schema_feedback", "feedback")),
    ("0015_encryption_key", _Later("schema_signing", "encryption")),
    ("0016_acceptance", _Later("schema_acceptance", "acceptance")),
]
SCHEMA_VERSION = len(STEPS)


def migrations() -> Migrations:
    """The steps as a sqlite-utils migration set."""
    from sqlite_utils.migrations import Migrations

    found = Migrations("hdrectify")
    for name, step in STEPS:
        found(name=name)(step)
    return found


# Tables whose rows users create; every one has a UUID ``id``. audit_log is written
# by the store itself.
DATA_TABLES = (
    "settings",
    "centres",
    "members",
    "pairings",
    "contacts",
    "reports",
    "reviews",
    "exemptions",
    "ledger_sources",
    "ledger_areas",
    "ledger_problems",
    "ledger_measures",
    "ledger_progress",
    "evidence",
    "measure_extensions",
    "checklist_scans",
    "contact_photos",
    "report_files",
    "rubrics",
    "review_items",
    "close_requests",
    "close_request_files",
    "close_request_answers",
    "report_feedback",
)

# The tables whose rows name a file kept by content hash in the evidence folder (their ``sha256``
# and ``file_name`` columns): bundles carry those files, ``verify`` checks them.
FILE_TABLES = ("evidence", "checklist_scans", "contact_photos", "report_files", "close_request_files")

# What bundles carry between installations: every user table but the settings, which
# belong to one computer (its language, who "me" is, its installation id). Parents
# before children, so that a merge inserts rows in an order the foreign keys accept.
SYNC_TABLES = tuple(t for t in DATA_TABLES if t != "settings")
