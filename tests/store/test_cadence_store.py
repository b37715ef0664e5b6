"""Statuses computed from the database equal the engine's on every record, and stay cheap."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hdrectify.domain.cadence import Cadence, Record
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view, load_exemptions, load_pairings, span_bounds
from hdrectify.store.people import add_centre, add_member, add_pairing

D = dt.date
_counter = itertools.count()


def _all_records(store: Store) -> list[Record]:
    """Every live record, the slow obvious way."""
    out = [
        Record(
            r["pairing_id"], "contact", D.fromisoformat(r["date"]), D.fromisoformat(r["recorded_at"][:10]), r["method"]
        )
        for r in store.rows("SELECT * FROM contacts WHERE deleted_at IS NULL")
    ]
    out += [
        Record(
            r["pairing_id"],
            "report",
            D.fromisoformat(r["submitted_on"]),
            D.fromisoformat(r["recorded_at"][:10]),
            None,
            Period.parse(r["quarter"]),
        )
        for r in store.rows("SELECT * FROM reports WHERE deleted_at IS NULL")
    ]
    return out


contact_rows = st.lists(
    st.tuples(
        st.integers(0, 1),  # which pairing
        st.dates(min_value=D(2024, 1, 1), max_value=D(2026, 1, 20)),
        st.sampled_from(["phone", "onsite", "wechat"]),
        st.integers(0, 12),  # days late
        st.booleans(),  # soft-deleted
    ),
    max_size=60,
)


@settings(max_examples=25)
@given(contact_rows, st.sampled_from(["2024", "2025", "2025-Q4", "2026-01", "2024-02"]), st.integers(0, 800))
def test_sql_reduction_gives_the_same_statuses_as_every_record(
    tmp_path_factory, rows, span_text: str, as_of_offset: int
) -> None:
    path: Path = tmp_path_factory.mktemp(f"c{next(_counter)}") / "hd.db"
    with Store.open(path, create=True) as store:
        with store.transaction():
            store.initialise_settings()
            m = add_member(store, "陈志强")
            pairings = [
                add_pairing(store, m, add_centre(store, "安墩镇康园中心", "安墩镇"), D(2024, 1, 3)),
                add_pairing(store, m, add_centre(store, "白花镇康园中心", "白花镇"), D(2024, 2, 1), D(2025, 11, 30)),
            ]
            for which, day, method, late, deleted in rows:
                store.insert(
                    "contacts",
                    {
                        "pairing_id": pairings[which]["id"],
                        "date": day.isoformat(),
                        "method": method,
                        "recorded_at": f"{day + dt.timedelta(days=late)}T09:00:00+08:00",
                        "author": "t",
                        "deleted_at": "2026-01-01T00:00:00+08:00" if deleted else None,
                    },
                )
        span = Period.parse(span_text)
        as_of = D(2024, 1, 1) + dt.timedelta(days=as_of_offset)
        view = cadence_view(store, span, as_of)
        first, last = span_bounds(span)
        reference = Cadence(
            [p.pairing for p in load_pairings(store, first, last)],
            _all_records(store),
            load_exemptions(store, first, last),
            store.cadence_settings(),
            as_of,
        )
        assert view.rows() == reference.rows(span)


def test_loading_a_year_does_not_query_per_period(store: Store) -> None:
    with store.transaction():
        m = add_member(store, "陈志强")
        for i in range(30):
            c = add_centre(store, f"中心{i}", "平山街道")
            add_pairing(store, m, c, D(2024, 1, 1))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    view = cadence_view(store, Period(Kind.YEAR, 2024), D(2024, 12, 31))
    store.db.conn.set_trace_callback(None)
    assert len(view.rows()) == 30 * (52 + 12 + 4 + 1)
    assert len(statements) <= 8, statements


def test_one_members_view_gives_their_rows_of_the_whole_view(store: Store) -> None:
    """The weeks are read per pairing of the view: a member's view holds exactly their rows."""
    with store.transaction():
        chen, li = add_member(store, "陈志强"), add_member(store, "李秀英")
        mine = add_pairing(store, chen, add_centre(store, "安墩镇康园中心", "安墩镇"), D(2024, 1, 3))
        theirs = add_pairing(store, li, add_centre(store, "白花镇康园中心", "白花镇"), D(2024, 1, 3))
        for pairing, day, late in ((mine, D(2024, 3, 4), 0), (mine, D(2024, 3, 4), 9), (theirs, D(2024, 3, 5), 12)):
            store.insert(
                "contacts",
                {
                    "pairing_id": pairing["id"],
                    "date": day.isoformat(),
                    "method": "onsite",
                    "recorded_at": f"{day + dt.timedelta(days=late)}T09:00:00+08:00",
                    "author": "t",
                },
            )
    span, as_of = Period(Kind.YEAR, 2024), D(2024, 12, 31)
    whole = cadence_view(store, span, as_of).rows()
    member = cadence_view(store, span, as_of, str(chen["id"])).rows()
    assert member == [r for r in whole if r.pairing_id == mine["id"]]
    week = next(r for r in member if r.period == Period.week_of(D(2024, 3, 4)))
    assert (week.status.value, week.backfilled, week.met_on) == ("done", False, D(2024, 3, 4))  # the earlier entry


def test_each_pairing_of_a_week_gets_its_own_earliest_record(store: Store) -> None:
    """A week's records of many pairings are read together: none is given another's record."""
    with store.transaction():
        pairings = []
        for i in range(12):  # ids (uuid7, in order of creation) and names sort differently
            member = add_member(store, f"{'陈李黄张刘叶'[i % 6]}{'志强秀英伟明'[i // 2]}{i}")
            pairings.append(add_pairing(store, member, add_centre(store, f"中心{i}", "平山街道"), D(2024, 1, 1)))
        expected = {}
        for i, pairing in enumerate(pairings):
            if i % 4 == 3:
                continue  # no record this week: missed
            day = D(2024, 3, 4) + dt.timedelta(days=i % 7)
            late = 9 if i % 3 == 0 else 0  # 补录 for some
            for date, entered in ((day, day + dt.timedelta(days=late)), (day + dt.timedelta(days=1), day)):
                store.insert(
                    "contacts",
                    {
                        "pairing_id": pairing["id"],
                        "date": date.isoformat(),
                        "method": "onsite" if i % 2 else "phone",
                        "recorded_at": f"{entered}T09:00:00+08:00",
                        "author": "t",
                    },
                )
            expected[pairing["id"]] = (day, late > 7, bool(i % 2))
    rows = cadence_view(store, Period.parse("2024-03"), D(2024, 4, 1)).rows()
    week, month = Period.week_of(D(2024, 3, 4)), Period.parse("2024-03")
    for pairing in pairings:
        mine = {(r.obligation.value, r.period): r for r in rows if r.pairing_id == pairing["id"]}
        met_on, backfilled, visited = expected.get(pairing["id"], (None, False, False))
        contact, visit = mine[("contact", week)], mine[("visit", month)]
        assert (contact.status.value, contact.met_on, contact.backfilled) == (
            ("done", met_on, backfilled) if met_on else ("missed", None, False)
        )
        assert (visit.status.value, visit.met_on) == (("done", met_on) if visited else ("missed", None))
