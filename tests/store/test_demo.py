"""The demo database: what it holds, how it is labelled, and that it never replaces real data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.domain.cadence import Status, totals
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view
from hdrectify.store.demo import build_demo, default_demo_path

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "hdrectify-demo.db"
    assert build_demo(path, TODAY) is True
    return path


def test_demo_is_labelled(demo: Path) -> None:
    with Store.open(demo) as store:
        assert store.setting("demo") is True
        assert "演示" in store.setting("federation_name")
        assert "DEMO" in store.setting("installation_name")
    assert "demo" in default_demo_path().name


def test_demo_has_the_countys_centres_and_a_dozen_members(demo: Path) -> None:
    with Store.open(demo) as store:
        active = store.rows("SELECT name, town FROM centres WHERE closed_on IS NULL")
        closed = store.rows("SELECT name, town, closed_on FROM centres WHERE closed_on IS NOT NULL")
        assert len(active) == 17
        assert len({c["town"] for c in active}) == 17
        for town in ("安墩镇", "吉隆镇", "铁涌镇", "白花镇", "平山街道"):
            assert any(c["town"] == town for c in active)
        assert [(c["name"], c["town"], c["closed_on"][:4]) for c in closed] == [
            ("平山街道碧山康园中心", "平山街道", "2023")
        ]
        assert store.scalar("SELECT count(*) FROM members") == 12
        # one centre was handed over mid-year: the old pairing ends the day before the new one starts
        handover = store.rows(
            "SELECT start_on, end_on FROM pairings WHERE centre_id IN"
            " (SELECT centre_id FROM pairings GROUP BY centre_id HAVING count(*) > 1) ORDER BY start_on"
        )
        assert len(handover) == 2
        assert dt.date.fromisoformat(handover[0]["end_on"]) + dt.timedelta(days=1) == dt.date.fromisoformat(
            handover[1]["start_on"]
        )


def test_demo_year_is_realistic(demo: Path) -> None:
    with Store.open(demo) as store:
        view = cadence_view(store, Period(Kind.YEAR, 2026), TODAY)
        rows = view.rows()
        t = totals(rows)
        assert t.done > 800 and t.missed > 10 and t.exempt >= 17 and t.late >= 1
        assert t.completion_rate is not None and 0.85 < t.completion_rate < 0.99
        assert any(r.backfilled for r in rows)
        # Spring Festival: the whole of February's visit is exempt for every pairing
        feb = [r for r in rows if str(r.period) == "2026-02"]
        assert feb and all(r.status is Status.EXEMPT for r in feb)
        reasons = [r["reason"] for r in store.rows("SELECT reason FROM exemptions")]
        assert any("春节" in reason for reason in reasons)
        visit = store.rows("SELECT * FROM ledger_problems WHERE source = 'visit'")
        assert len(visit) == 3 and all(p["contact_id"] and p["centre_id"] for p in visit)
        assert store.scalar("SELECT count(*) FROM ledger_problems WHERE source = 'inspection'") == 17


def test_demo_is_not_rebuilt_unless_forced_and_never_replaces_a_real_database(tmp_path: Path, demo: Path) -> None:
    assert build_demo(demo, TODAY) is False
    real = tmp_path / "real.db"
    with Store.open(real, create=True) as store, store.transaction():
        store.initialise_settings()
    before = real.read_bytes()
    with pytest.raises(InputError, match="不是演示数据库"):
        build_demo(real, TODAY, force=True)
    assert real.read_bytes() == before
    assert not list(tmp_path.glob("*.building*"))
