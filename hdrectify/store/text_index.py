"""An in-memory index of the contact records' text, for the records list's search.

The notes and problems of every record are case-folded into one string in memory, built off
the UI thread once per window; it turns a search for a rare word into a list of candidate
rowids, which SQL (``store/record_list.contact_query``) then checks against the real rows; a
common word finds a page quickly along the date index anyway. Writes after the build do not
rebuild it: :meth:`TextIndex.catch_up` reads the audit log's new entries and notes the records
they changed, which every search then takes from SQL. (SQLite's FTS5 with the trigram
tokenizer was measured against it at 1.16M records and lost: it cannot help words of one or
two characters, most Chinese words, and it made every inserted record several times slower to
write; see the README's "For developers".)
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable

from hdrectify.store.base import Store

# Below this many records a plain LIKE scan takes a few milliseconds: no index is built.
TEXT_INDEX_MIN_ROWS = 50_000
# A word found in more records than this is common: the index-ordered scan finds a page fast.
CANDIDATE_LIMIT = 20_000
# Restricting to candidates means fetching and sorting them all: worth it only up to this many.
RESTRICT_LIMIT = 30_000

StopCheck = Callable[[], bool]


class TextIndex:
    """The note and problems of every record, case-folded, in one string held in memory.

    Rows follow each other separated by control characters that no search word
    holds, so a match never spans two records. ``starts[i]`` is where row ``rowids[i]``
    begins. Rows added after the build have a larger rowid than :attr:`max_rowid`;
    the query takes those from SQL, and so the rows :meth:`catch_up` found changed
    (:attr:`changed`). The same pass notes the rowids of deleted records (a few in a
    thousand), which no index of the schema finds without reading them all.
    """

    def __init__(
        self,
        text: str,
        starts: array[int],
        rowids: array[int],
        max_rowid: int,
        deleted: array[int],
        audit_mark: int = 0,
    ) -> None:
        self.text = text
        self.starts = starts
        self.rowids = rowids
        self.max_rowid = max_rowid
        self.deleted = deleted
        self.audit_mark = audit_mark  # the audit log's last rowid that the index has seen
        self.changed: set[int] = set()  # rowids up to max_rowid written since the build

    @classmethod
    def build(cls, store: Store, should_stop: StopCheck | None = None) -> TextIndex | None:
        """Read every record's text (None if ``should_stop`` says so on the way)."""
        conn = store.db.conn
        conn.execute("BEGIN")  # one snapshot: the audit log's mark matches the rows read
        try:
            audit_mark = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM audit_log").fetchone()[0])
            max_rowid = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM contacts").fetchone()[0])
            starts: array[int] = array("q")
            rowids: array[int] = array("q")
            deleted: array[int] = array("q")
            chunks: list[str] = []
            parts: list[str] = []
            pos = 0
            cur = conn.execute(
                "SELECT rowid, note, problems, deleted_at IS NOT NULL FROM contacts WHERE rowid <= ?", [max_rowid]
            )
            while batch := cur.fetchmany(20_000):
                if should_stop is not None and should_stop():
                    return None
                for rowid, note, problems, gone in batch:
                    if gone:
                        deleted.append(rowid)
                    if not (note or problems):
                        continue
                    piece = f"{note}\x1f{problems}\x1e".casefold()
                    rowids.append(rowid)
                    starts.append(pos)
                    parts.append(piece)
                    pos += len(piece)
                # joined chunk by chunk, so the millions of small strings never live at once
                chunks.append("".join(parts))
                parts.clear()
        finally:
            conn.execute("COMMIT")
        return cls("".join(chunks), starts, rowids, max_rowid, deleted, audit_mark)

    def catch_up(self, store: Store) -> bool:
        """Note the records written since the build (every write is audited); False if too many to note.

        Reads only the audit log's entries after :attr:`audit_mark`: nothing when nothing
        was written. A record the index holds that was corrected or deleted since is
        taken from SQL from then on, like the records added after the build.
        """
        mark = int(store.scalar("SELECT coalesce(max(rowid), 0) FROM audit_log"))
        if mark > self.audit_mark:  # up to the mark read first: an entry written meanwhile comes next time
            found = store.db.execute(
                "SELECT c.rowid FROM audit_log a JOIN contacts c ON c.id = a.row_id AND c.rowid <= ?"
                " WHERE a.rowid > ? AND a.rowid <= ? AND a.table_name = 'contacts'",
                [self.max_rowid, self.audit_mark, mark],
            )
            self.changed.update(rowid for (rowid,) in found)
            self.audit_mark = mark
        return len(self.changed) <= RESTRICT_LIMIT

    def rowids_matching(self, word: str, limit: int = CANDIDATE_LIMIT) -> list[int] | None:
        """Rowids of the records whose text holds ``word`` (case-folded), or None if over ``limit``."""
        text, starts, found = self.text, self.starts, []
        pos = text.find(word)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            found.append(self.rowids[i])
            if len(found) > limit:
                return None
            pos = text.find(word, starts[i + 1]) if i + 1 < len(starts) else -1
        return found
