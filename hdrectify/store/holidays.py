"""The year's suggested holiday exemptions, each said accepted or not, and accepting one.

The suggestions themselves are :func:`hdrectify.domain.holidays.suggestions`; here they meet
the database: a suggestion is *accepted* once a live exemption of every pairing for its
obligation covers its period (whoever wrote it), and accepting writes that exemption through
:func:`hdrectify.store.records.add_exemptions`, the path every exemption takes.
"""

from __future__ import annotations

from dataclasses import dataclass

from hdrectify.domain.holidays import Suggestion, suggestions
from hdrectify.store.base import Row, Store
from hdrectify.store.records import add_exemptions


@dataclass(frozen=True)
class Offered:
    suggestion: Suggestion
    accepted: bool  # an exemption of every pairing already covers it


def offered_exemptions(store: Store, year: int) -> list[Offered]:
    """The year's suggestions (an unknown year is an InputError), each with whether it is already in force."""
    found = suggestions(year)
    if not found:
        return []
    rows = store.rows(
        "SELECT obligation, start_on, end_on FROM exemptions"
        " WHERE deleted_at IS NULL AND pairing_id IS NULL AND start_on <= ? AND end_on >= ?",
        [found[-1].end.isoformat(), found[0].start.isoformat()],
    )
    spans = [(r["obligation"], r["start_on"][:10], r["end_on"][:10]) for r in rows]
    return [
        Offered(
            s,
            any(
                ob == s.obligation.value and start <= s.start.isoformat() and end >= s.end.isoformat()
                for ob, start, end in spans
            ),
        )
        for s in found
    ]


def accept_suggestion(store: Store, suggestion: Suggestion) -> list[Row]:
    """The suggestion as an exemption of every pairing, in the caller's transaction."""
    return add_exemptions(
        store, None, None, suggestion.obligation.value, suggestion.start, suggestion.end, suggestion.reason
    )
