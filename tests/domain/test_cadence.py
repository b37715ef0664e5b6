"""The cadence engine against SPEC's status table, with worked examples and properties."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from hdrectify.domain.cadence import (
    Cadence,
    Exemption,
    Obligation,
    Pairing,
    Record,
    Settings,
    Status,
    periods_in,
    totals,
)
from hdrectify.domain.periods import Kind, Period

D = dt.date
C, V, R, Y = Obligation.CONTACT, Obligation.VISIT, Obligation.REPORT, Obligation.REVIEW


def contact(day: dt.date, method: str = "phone", pid: str = "p", recorded: dt.date | None = None) -> Record:
    return Record(pid, "contact", day, recorded or day, method)


def report(quarter: str, day: dt.date, pid: str = "p") -> Record:
    return Record(pid, "report", day, day, None, Period.parse(quarter, Kind.QUARTER))


def review(year: int, day: dt.date, pid: str = "p") -> Record:
    return Record(pid, "review", day, day, None, Period(Kind.YEAR, year))


def status_map(cad: Cadence, span: str) -> dict[tuple[Obligation, str], Status]:
    return {(r.obligation, str(r.period)): r.status for r in cad.rows(Period.parse(span))}


PAIRING = Pairing("p", D(2024, 1, 1))


def test_the_six_statuses_in_one_quarter() -> None:
    records = [
        contact(D(2024, 1, 3)),  # W01: done
        contact(D(2024, 1, 10), "onsite"),  # W02 done, January visited
        report("2024-Q1", D(2024, 4, 12)),  # after 10 April: late
    ]
    exemptions = [Exemption(None, V, D(2024, 2, 1), D(2024, 2, 29), "春节")]
    cad = Cadence([PAIRING], records, exemptions, Settings(), as_of=D(2024, 4, 20))
    s = status_map(cad, "2024-Q1")
    assert s[(C, "2024-W01")] is Status.DONE
    assert s[(C, "2024-W02")] is Status.DONE
    assert s[(C, "2024-W03")] is Status.MISSED
    assert s[(V, "2024-01")] is Status.DONE
    assert s[(V, "2024-02")] is Status.EXEMPT
    assert s[(V, "2024-03")] is Status.MISSED
    assert s[(R, "2024-Q1")] is Status.LATE
    # as of 5 April the Q1 report is still due, Q2's weeks after it upcoming
    early = Cadence([PAIRING], records, exemptions, Settings(), as_of=D(2024, 4, 5))
    assert status_map(early, "2024-Q1")[(R, "2024-Q1")] is Status.DUE
    q2 = status_map(early, "2024-Q2")
    assert q2[(C, "2024-W14")] is Status.DUE  # 1–7 April, not over yet
    assert q2[(C, "2024-W15")] is Status.UPCOMING
    assert q2[(V, "2024-04")] is Status.DUE
    assert q2[(R, "2024-Q2")] is Status.DUE


def test_report_deadline_comes_from_settings() -> None:
    records = [report("2024-Q1", D(2024, 4, 12))]
    on_time = Cadence([PAIRING], records, (), Settings(report_deadline_days=15), as_of=D(2024, 5, 1))
    assert status_map(on_time, "2024-Q1")[(R, "2024-Q1")] is Status.DONE
    exactly = Cadence([PAIRING], [report("2024-Q1", D(2024, 4, 10))], (), Settings(), as_of=D(2024, 5, 1))
    assert status_map(exactly, "2024-Q1")[(R, "2024-Q1")] is Status.DONE
    none = Cadence([PAIRING], [], (), Settings(), as_of=D(2024, 4, 10))
    assert status_map(none, "2024-Q1")[(R, "2024-Q1")] is Status.DUE
    none_later = Cadence([PAIRING], [], (), Settings(), as_of=D(2024, 4, 11))
    assert status_map(none_later, "2024-Q1")[(R, "2024-Q1")] is Status.MISSED


def test_review_is_on_time_until_31_january_and_late_after() -> None:
    on_time = Cadence([PAIRING], [review(2024, D(2025, 1, 31))], as_of=D(2025, 3, 1))
    late = Cadence([PAIRING], [review(2024, D(2025, 2, 1))], as_of=D(2025, 3, 1))
    assert status_map(on_time, "2024")[(Y, "2024")] is Status.DONE
    assert status_map(late, "2024")[(Y, "2024")] is Status.LATE
    custom = Cadence([PAIRING], [review(2024, D(2025, 2, 1))], (), Settings(review_deadline_days=45), D(2025, 3, 1))
    assert status_map(custom, "2024")[(Y, "2024")] is Status.DONE


def test_met_beats_exempt_and_exemption_must_cover_the_whole_period() -> None:
    ex = [
        Exemption("p", C, D(2024, 3, 4), D(2024, 3, 17), "维修"),  # W10 and W11 wholly
        Exemption("p", C, D(2024, 3, 19), D(2024, 3, 24), "半周"),  # W12 only partly
    ]
    cad = Cadence([PAIRING], [contact(D(2024, 3, 5))], ex, as_of=D(2024, 4, 1))
    s = status_map(cad, "2024-03")
    assert s[(C, "2024-W10")] is Status.DONE
    assert s[(C, "2024-W11")] is Status.EXEMPT
    assert s[(C, "2024-W12")] is Status.MISSED


def test_an_exemption_for_another_pairing_or_obligation_does_not_apply() -> None:
    ex = [Exemption("other", C, D(2024, 1, 1), D(2024, 12, 31)), Exemption(None, R, D(2024, 1, 1), D(2024, 12, 31))]
    cad = Cadence([PAIRING], [], ex, as_of=D(2024, 4, 1))
    assert status_map(cad, "2024-03")[(C, "2024-W10")] is Status.MISSED


def test_records_after_the_reference_date_are_ignored() -> None:
    records = [contact(D(2024, 3, 6)), report("2024-Q1", D(2024, 4, 2))]
    before = Cadence([PAIRING], records, as_of=D(2024, 3, 5))
    after = Cadence([PAIRING], records, as_of=D(2024, 4, 5))
    assert status_map(before, "2024-03")[(C, "2024-W10")] is Status.DUE
    assert status_map(after, "2024-03")[(C, "2024-W10")] is Status.DONE
    assert status_map(Cadence([PAIRING], records, as_of=D(2024, 4, 1)), "2024-Q1")[(R, "2024-Q1")] is Status.DUE
    assert status_map(after, "2024-Q1")[(R, "2024-Q1")] is Status.DONE


def test_an_onsite_visit_also_meets_the_weeks_contact_but_a_phone_call_is_no_visit() -> None:
    cad = Cadence([PAIRING], [contact(D(2024, 5, 8), "onsite"), contact(D(2024, 6, 5), "phone")], as_of=D(2024, 7, 1))
    s = status_map(cad, "2024-Q2")
    assert s[(C, "2024-W19")] is Status.DONE
    assert s[(V, "2024-05")] is Status.DONE
    assert s[(C, "2024-W23")] is Status.DONE
    assert s[(V, "2024-06")] is Status.MISSED


def test_a_visit_is_by_calendar_month_even_when_its_week_belongs_to_the_next() -> None:
    # 2024-W05 is 29 Jan – 4 Feb; its Thursday (1 Feb) puts the week in February,
    # but an on-site visit on 30 January meets January's visit.
    cad = Cadence([PAIRING], [contact(D(2024, 1, 30), "onsite")], as_of=D(2024, 3, 1))
    assert status_map(cad, "2024-01")[(V, "2024-01")] is Status.DONE
    feb = status_map(cad, "2024-02")
    assert feb[(C, "2024-W05")] is Status.DONE
    assert feb[(V, "2024-02")] is Status.MISSED


def test_backfilled_is_that_of_the_earliest_meeting_record() -> None:
    late_entry = contact(D(2024, 3, 4), recorded=D(2024, 3, 12))  # 8 days later: 补录
    timely = contact(D(2024, 3, 6), recorded=D(2024, 3, 6))
    exactly_seven = contact(D(2024, 3, 11), recorded=D(2024, 3, 18))
    cad = Cadence([PAIRING], [timely, late_entry, exactly_seven], as_of=D(2024, 4, 1))
    rows = {str(r.period): r for r in cad.rows(Period.parse("2024-03")) if r.obligation is C}
    assert rows["2024-W10"].backfilled is True
    assert rows["2024-W10"].met_on == D(2024, 3, 4)
    assert rows["2024-W11"].backfilled is False
    strict = Cadence([PAIRING], [exactly_seven], (), Settings(backfill_days=6), as_of=D(2024, 4, 1))
    assert {str(r.period): r.backfilled for r in strict.rows(Period.parse("2024-03"))}["2024-W11"] is True


def test_pairings_that_start_or_end_mid_period() -> None:
    # starts Wednesday 2024-03-06: owes W10 (active on Sunday 10 March) and March
    starts = Pairing("s", D(2024, 3, 6))
    # ends Wednesday 2024-03-20: does not owe W12, nor March, nor Q1
    ends = Pairing("e", D(2024, 1, 1), D(2024, 3, 20))
    # ends on the last day of the quarter: owes everything through it
    full = Pairing("f", D(2024, 2, 15), D(2024, 3, 31))
    cad = Cadence([starts, ends, full], [], as_of=D(2024, 5, 1))
    owed: dict[str, set[str]] = {}
    for r in cad.rows(Period.parse("2024-Q1")):
        owed.setdefault(r.pairing_id, set()).add(str(r.period))
    assert {"2024-W10", "2024-03", "2024-Q1"} <= owed["s"]
    assert "2024-W09" not in owed["s"] and "2024-02" not in owed["s"]
    assert "2024-W11" in owed["e"] and "2024-W12" not in owed["e"]
    assert "2024-02" in owed["e"] and "2024-03" not in owed["e"] and "2024-Q1" not in owed["e"]
    assert {"2024-W07", "2024-02", "2024-03", "2024-Q1"} <= owed["f"]
    assert "2024-W06" not in owed["f"]  # 5–11 Feb: not yet active on Sunday


def test_span_selection_month_quarter_year() -> None:
    assert {o for o, _ in periods_in(Period.parse("2024-03"))} == {C, V}
    assert {o for o, _ in periods_in(Period.parse("2024-Q1"))} == {C, V, R}
    assert {o for o, _ in periods_in(Period.parse("2024"))} == {C, V, R, Y}
    assert len(periods_in(Period.parse("2024"))) == 52 + 12 + 4 + 1


def test_completion_rate() -> None:
    cad = Cadence([PAIRING], [contact(D(2024, 3, 5)), contact(D(2024, 3, 12))], as_of=D(2024, 3, 20))
    t = totals(cad.rows(Period.parse("2024-03")))
    assert (t.done, t.missed, t.due, t.upcoming) == (2, 0, 2, 1)  # W12 and March due, W13 upcoming
    assert t.completion_rate == 1.0
    nothing = totals(Cadence([PAIRING], [], as_of=D(2023, 12, 1)).rows(Period.parse("2024-03")))
    assert nothing.completion_rate is None
    assert nothing.as_dict()["completion_rate"] is None
    later = totals(Cadence([PAIRING], [contact(D(2024, 3, 5))], as_of=D(2024, 4, 10)).rows(Period.parse("2024-03")))
    assert later.done == 1 and later.missed == 4  # W11–W13 and the visit
    assert later.completion_rate == 1 / 5


# -- properties ---------------------------------------------------------------

days_2023_2025 = st.dates(min_value=D(2023, 1, 1), max_value=D(2025, 12, 31))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[Pairing], list[Record], list[Exemption], Settings, dt.date]:
    n = draw(st.integers(1, 3))
    pairings = []
    for i in range(n):
        start = draw(days_2023_2025)
        end = draw(st.none() | st.dates(min_value=start, max_value=D(2026, 6, 30)))
        pairings.append(Pairing(f"p{i}", start, end))
    records: list[Record] = []
    for _ in range(draw(st.integers(0, 40))):
        p = draw(st.sampled_from(pairings))
        day = draw(st.dates(min_value=p.start, max_value=p.end or D(2026, 6, 30)))
        recorded = day + dt.timedelta(days=draw(st.integers(0, 20)))
        kind = draw(st.sampled_from(["contact", "contact", "report", "review"]))
        if kind == "contact":
            records.append(Record(p.id, kind, day, recorded, draw(st.sampled_from(["phone", "onsite", "wechat"]))))
        elif kind == "report":
            records.append(Record(p.id, kind, day, recorded, None, Period.quarter_of(day)))
        else:
            records.append(Record(p.id, kind, day, recorded, None, Period.year_of(day)))
    exemptions = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(days_2023_2025)
        end = start + dt.timedelta(days=draw(st.integers(0, 120)))
        pid = draw(st.none() | st.sampled_from([p.id for p in pairings]))
        exemptions.append(Exemption(pid, draw(st.sampled_from(list(Obligation))), start, end, "原因"))
    settings = Settings(draw(st.integers(0, 30)), draw(st.integers(0, 60)), draw(st.integers(0, 14)))
    as_of = draw(st.dates(min_value=D(2023, 1, 1), max_value=D(2026, 12, 31)))
    return pairings, records, exemptions, settings, as_of


spans = st.sampled_from(["2024", "2024-Q1", "2025-Q4", "2024-12", "2026-01", "2025"])


@given(scenarios(), spans)
def test_every_owed_period_has_exactly_one_status(scn, span_text: str) -> None:
    pairings, records, exemptions, settings, as_of = scn
    span = Period.parse(span_text)
    rows = Cadence(pairings, records, exemptions, settings, as_of).rows(span)
    keys = [(r.pairing_id, r.obligation, r.period) for r in rows]
    assert len(keys) == len(set(keys))
    owed = {(p.id, ob, period) for p in pairings for ob, period in periods_in(span) if p.active_on(period.last_day)}
    assert set(keys) == owed
    assert all(r.status in Status for r in rows)


@given(scenarios(), spans, st.integers(1, 800))
def test_a_met_period_stays_met_as_the_reference_date_moves_later(scn, span_text: str, later: int) -> None:
    pairings, records, exemptions, settings, as_of = scn
    span = Period.parse(span_text)
    before = Cadence(pairings, records, exemptions, settings, as_of).rows(span)
    after = {
        (r.pairing_id, r.obligation, r.period): r
        for r in Cadence(pairings, records, exemptions, settings, as_of + dt.timedelta(days=later)).rows(span)
    }
    for r in before:
        if r.status in (Status.DONE, Status.LATE):
            assert after[(r.pairing_id, r.obligation, r.period)].status is r.status
        if r.status is Status.MISSED:
            assert after[(r.pairing_id, r.obligation, r.period)].status in (Status.MISSED, Status.DONE, Status.LATE)


@given(scenarios(), spans)
def test_completion_rate_is_within_0_and_1(scn, span_text: str) -> None:
    pairings, records, exemptions, settings, as_of = scn
    t = totals(Cadence(pairings, records, exemptions, settings, as_of).rows(Period.parse(span_text)))
    rate = t.completion_rate
    if t.done + t.late + t.missed == 0:
        assert rate is None
    else:
        assert rate is not None and 0.0 <= rate <= 1.0


@given(scenarios(), spans)
def test_upcoming_exactly_when_the_period_begins_after_the_reference_date(scn, span_text: str) -> None:
    pairings, records, exemptions, settings, as_of = scn
    for r in Cadence(pairings, records, exemptions, settings, as_of).rows(Period.parse(span_text)):
        assert (r.status is Status.UPCOMING) == (r.period.first_day > as_of)
        if r.status in (Status.DONE, Status.LATE):
            assert r.met_on is not None and r.met_on <= as_of
