"""Benchmark hdrectify's core on a city-scale database.

Generates (once; cached in tests/benchmarks/out/) a database of 1,000 members, centres and
pairings with three complete years of records — about 700,000 contact records, quarterly
reports, annual reviews and a few exemptions — and prints, side by side in one run:

(a) one year's statuses for every pairing (``cadence_view`` + ``rows()`` + ``totals``), best
    of 5, vs one SQL GROUP BY counting the same contact records, best of 5.
    Goal: under 1 s and at most 3x the SQL.
(b) the console command ``hdrectify --db DB status --month YYYY-MM --json`` as a subprocess,
    best of 7 after a warm-up, vs ``sqlite-utils --version`` timed the same way.
    Goal: at most 1.5x. ``status --year`` and ``hdrectify --version`` are timed for information.

Run: python tests/benchmarks/bench_core.py [--as-of 2026-01-31] [--rebuild]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hdrectify.domain.cadence import totals
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view, span_bounds
from hdrectify.store.demo import CENTRES

DATA_VERSION = 2  # bump when the generated data changes, so cached databases are rebuilt
SEED = 20240310
N = 1000  # members, centres and pairings
OUT = Path(__file__).resolve().parent / "out"
BIN = Path(sys.executable).parent
TOWNS = [town for _, town, _ in CENTRES]  # the county's 17 towns
SURNAMES = "陈李黄张刘叶林钟罗曾邓温王吴蔡郑何杨许赖古朱彭严卢梁江廖邱徐周"
GIVEN = "志强秀英伟明丽华建国平燕海涛晓东美玲少峰文辉碧云远秋萍永康娟家豪凤生金雄月振春琳"
NOTES = ["电话了解本周活动安排，会员出勤正常。", "微信群收到活动照片，手工课 8 人参加。", "与社工沟通康复训练计划。"]
ROUTINE = ["phone", "phone", "wechat", "wechat", "wechat", "meeting"]
FESTIVALS = {2023: dt.date(2023, 1, 22), 2024: dt.date(2024, 2, 10), 2025: dt.date(2025, 1, 29)}
COUNT_SQL = (
    "SELECT pairing_id, count(*) FROM contacts WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY pairing_id"
)


def build(path: Path, first_year: int, last_year: int, n: int = N) -> None:
    """Write the database with the real schema, bulk-inserting rows (not audited user actions).

    ``n`` members, centres and pairings, about 233 contact records per pairing and year.
    """
    rng = random.Random(SEED)

    def uid() -> str:  # a version-4 UUID, like uuid.uuid4(), but from the seeded generator
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    start, end = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
    made = f"{start}T09:00:00+08:00"
    names: set[str] = set()
    while len(names) < n:
        names.add(rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))))
    members = [(uid(), name, f"138{rng.randrange(10**7, 10**8)}", "", made, made) for name in sorted(names)]
    centres = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        name = f"{town}第{i // len(TOWNS) + 1}康园中心"
        centres.append((uid(), name, town, f"{town}（基准测试地址）", "", "", None, "", made, made))
    rng.shuffle(centres)
    pairings = [(uid(), m[0], c[0], start.isoformat(), None, made, made) for m, c in zip(members, centres, strict=True)]
    author = {p[0]: m[1] for p, m in zip(pairings, members, strict=True)}
    lazy = {p[0] for p in pairings[::10]}  # every tenth member misses more

    with Store.open(path, create=True, actor="基准测试") as store:
        store.db.execute("PRAGMA cache_size = -262144")
        with store.transaction():
            store.initialise_settings()
            conn = store.db.conn
            conn.executemany("INSERT INTO members VALUES (?, ?, ?, ?, ?, ?)", members)
            conn.executemany("INSERT INTO centres VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", centres)
            conn.executemany("INSERT INTO pairings VALUES (?, ?, ?, ?, ?, ?, ?)", pairings)
            conn.executemany(
                "INSERT INTO contacts VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)",
                _contacts(rng, uid, [p[0] for p in pairings], lazy, author, start, end),
            )
            reports, reviews = [], []
            exemptions: list[tuple[str, str | None, str, str, str, str, str, str]] = []
            for pid in author:
                q = Period(Kind.QUARTER, first_year, 1)
                while q.year <= last_year:
                    if rng.random() < 0.93:
                        day = (q.last_day + dt.timedelta(days=rng.choice((2, 4, 6, 8, 9, 10, 14, 20)))).isoformat()
                        at = f"{day}T17:00:00+08:00"
                        reports.append((uid(), pid, str(q), day, "本季度挂钩联系工作汇报。", at, author[pid], at, at))
                    q = q.next()
                for year in range(first_year, last_year + 1):
                    if rng.random() < 0.95:
                        reviewed = dt.date(year + 1, 1, rng.choice((12, 18, 25, 28, 30))) + dt.timedelta(
                            days=rng.choice((0, 0, 0, 9))
                        )
                        at = f"{reviewed}T17:00:00+08:00"
                        reviews.append(
                            (uid(), pid, year, reviewed.isoformat(), rng.randrange(72, 98), at, author[pid], at, at)
                        )
            for year in range(first_year, last_year + 1):
                fest = FESTIVALS.get(year, dt.date(year, 2, 10))
                month, week = Period.month_of(fest), Period.week_of(fest)
                for ob, p, reason in (("visit", month, "春节放假，各康园中心闭馆"), ("contact", week, "春节假期")):
                    exemptions.append((uid(), None, ob, str(p.first_day), str(p.last_day), reason, made, made))
            exemptions.append(
                (uid(), pairings[3][0], "visit", f"{last_year}-05-01", f"{last_year}-07-31", "中心维修", made, made)
            )
            conn.executemany("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)", reports)
            conn.executemany(
                "INSERT INTO reviews VALUES (?, ?, ?, ?, ?, '', '全年联系和到岗基本到位。', ?, ?, NULL, NULL, ?, ?)",
                reviews,
            )
            conn.executemany(
                "INSERT INTO exemptions VALUES (?, ?, ?, ?, ?, ?, '基准测试', NULL, NULL, ?, ?)", exemptions
            )
        store.db.execute("ANALYZE")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _contacts(
    rng: random.Random,
    uid: Callable[[], str],
    pids: list[str],
    lazy: set[str],
    author: dict[str, str],
    start: dt.date,
    end: dt.date,
) -> Iterator[tuple[Any, ...]]:
    """Day by day, as they would be entered: most weekdays a phone/WeChat record, one on-site
    visit a month, some weekend extras, a few weeks missed, some backfilled, a few deleted."""
    skipped: set[str] = set()
    onsite: dict[str, dt.date] = {}
    day = start
    while day <= end:
        if day.day == 1:
            month = Period.month_of(day)
            weekdays = [d for d in (month.first_day + dt.timedelta(days=i) for i in range(31)) if d.month == day.month]
            weekdays = [d for d in weekdays if d.weekday() < 5]
            onsite = {pid: rng.choice(weekdays) for pid in pids if rng.random() < 0.95}
        if day.weekday() == 0 or day == start:
            skipped = {pid for pid in pids if rng.random() < (0.12 if pid in lazy else 0.03)}
        iso = day.isoformat()
        for pid in pids:
            if onsite.get(pid) == day:
                method = "onsite"
            elif day.weekday() < 5 and pid not in skipped and rng.random() < (0.7 if pid in lazy else 0.92):
                method = rng.choice(ROUTINE)
            elif day.weekday() >= 5 and rng.random() < 0.05:
                method = "other"
            else:
                continue
            late = 10 if rng.random() < 0.02 else 0
            at = f"{day + dt.timedelta(days=late)}T{rng.choice(('09', '12', '18', '21'))}:30:00+08:00"
            gone = rng.random() < 0.002
            yield (uid(), pid, iso, method, rng.choice(NOTES), at, author[pid], at if gone else None,
                   "录入错误" if gone else None, at, at)  # fmt: skip
        day += dt.timedelta(days=1)


def best_of(n: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(n):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def best_cpu(n: int, fn: Callable[[], Any]) -> float:
    """Best CPU time of this process over ``n`` calls: what a loaded, shared machine disturbs least."""
    best = float("inf")
    for _ in range(n):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def best_of_cmds(n: int, commands: dict[str, list[str]]) -> dict[str, float]:
    """Best wall time of each command, run round-robin (so background load hits all alike)."""
    # .pyc files are cached (outside the source tree) even where PYTHONDONTWRITEBYTECODE is set,
    # as they are on an installed system; the warm-up round writes them and fills the file cache.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    best = dict.fromkeys(commands, float("inf"))
    for warm_up in [True] + [False] * n:
        for name, argv in commands.items():
            t0 = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True, env=env)
            if not warm_up:
                best[name] = min(best[name], time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as-of", default="2026-01-31", help="reference date; the three years before its year")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached database")
    args = parser.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)
    year = as_of.year - 1
    db = OUT / f"bench-v{DATA_VERSION}-{year - 2}-{year}.db"
    if args.rebuild or not db.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = db.with_name(db.name + ".building")
        for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            stale.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(tmp, year - 2, year)
        os.replace(tmp, db)
        print(f"generated {db.name} in {time.perf_counter() - t0:.1f} s")
    with Store.open(db) as store:
        count = store.scalar("SELECT count(*) FROM contacts")
        print(f"database {db} — {db.stat().st_size / 2**20:.0f} MiB, {count:,} contact records, as of {as_of}")

        span = Period(Kind.YEAR, year)
        first, last = span_bounds(span)
        bounds = [first.isoformat(), min(last, as_of).isoformat()]

        def engine() -> tuple[list[Any], Any]:
            rows = cadence_view(store, span, as_of).rows()
            return rows, totals(rows)

        t_engine, (rows, tot) = best_of(5, engine)
        t_sql, groups = best_of(5, lambda: store.db.execute(COUNT_SQL, bounds).fetchall())
        forced = COUNT_SQL.replace("FROM contacts", "FROM contacts INDEXED BY contacts_date")
        t_forced = best_of(5, lambda: store.db.execute(forced, bounds).fetchall())[0]
        by_pairing = COUNT_SQL.replace("FROM contacts", "FROM contacts INDEXED BY contacts_pairing")
        t_by_pairing = best_of(5, lambda: store.db.execute(by_pairing, bounds).fetchall())[0]
        best_plan = min((t_sql, COUNT_SQL), (t_forced, forced), (t_by_pairing, by_pairing))[1]
        cpu_engine = best_cpu(5, engine)
        cpu_sql = best_cpu(5, lambda: store.db.execute(best_plan, bounds).fetchall())
        plan = "; ".join(r[3] for r in store.db.execute(f"EXPLAIN QUERY PLAN {COUNT_SQL}", bounds))
    print(f"(a) {year}: {len(rows):,} status rows {tot.as_dict()}")
    print(f"    SQL: {len(groups)} groups, {sum(n for _, n in groups):,} records; plan: {plan}")

    month, ref = f"{year}-12", ["--as-of", str(as_of), "--json"]
    hd, su = [str(BIN / "hdrectify"), "--db", str(db)], [str(BIN / "sqlite-utils"), "--version"]
    cmds = {"month": [*hd, "status", "--month", month, *ref], "year": [*hd, "status", "--year", str(year), *ref]}
    t = best_of_cmds(7, {**cmds, "version": [str(BIN / "hdrectify"), "--version"], "sqlite-utils": su})
    t_month, t_su = t["month"], t["sqlite-utils"]

    # The SQL is judged by its fastest plan: the planner's own choice, or any index that serves it.
    t_best_sql = min(t_sql, t_forced, t_by_pairing)
    a_ok = t_engine < 1.0 and t_engine <= 3 * t_best_sql
    b_ok = t_month <= 1.5 * t_su
    body = [
        (f"(a) year {year} statuses vs SQL GROUP BY (best plan)", t_engine, t_best_sql, "< 1 s, ≤ 3×", a_ok),
        ("    the same in CPU time (info: least disturbed by load)", cpu_engine, cpu_sql, "", None),
        ("    same vs SQL GROUP BY, the planner's plan (info)", t_engine, t_sql, "", None),
        ("    same vs SQL GROUP BY INDEXED BY contacts_date (info)", t_engine, t_forced, "", None),
        ("    same vs SQL GROUP BY INDEXED BY contacts_pairing (info)", t_engine, t_by_pairing, "", None),
        (f"(b) status --month {month} --json vs sqlite-utils --version", t_month, t_su, "≤ 1.5×", b_ok),
        (f"    status --year {year} --json (info)", t["year"], t_su, "", None),
        ("    hdrectify --version (info)", t["version"], t_su, "", None),
    ]
    print(f"\n{'measure':<62} {'hdrectify':>10} {'baseline':>10} {'ratio':>7}  {'goal':<12} result")
    for label, mine, base, goal, ok in body:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{label:<62} {mine * 1000:>7.0f} ms {base * 1000:>7.0f} ms {mine / base:>6.2f}×  {goal:<12} {verdict}")


if __name__ == "__main__":
    main()
