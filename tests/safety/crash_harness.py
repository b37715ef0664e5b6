"""The crash harness: a writer process making small commits is killed with SIGKILL at random moments.

After every kill the database must open, pass ``PRAGMA integrity_check`` and the
quick check on open, hold every commit the writer reported (at most one more, the
commit that landed just before the kill, whose report was not yet written), and pass
``hdrectify verify`` (the audit chain and the rows agree).

``tests/safety/test_crash.py`` runs a short round in the suite; the full round is
``python tests/safety/crash_harness.py [--kills 250] [--seed N]``, which prints the figures.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from hdrectify.store.base import Store

WRITER = Path(__file__).resolve().parent / "crash_writer.py"


@dataclass
class Figures:
    kills: int = 0
    reported: int = 0
    found: int = 0
    # committed but killed before its report: SIGKILL keeps what reached the OS, so a commit
    # whose WAL frame was written counts even if the kill came during COMMIT's fsync
    unreported_found: int = 0
    failures: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.kills} kills, {self.reported} commits reported, {self.found} found "
            f"({self.unreported_found} more committed just before a kill, unreported), "
            f"{self.failures} failures, {self.seconds:.1f} s"
        )


def check(path: Path, reported: set[str], *, chain: bool = True) -> tuple[int, int]:
    """Open as the app does and check it; returns (found, found but unreported).

    ``chain``: also ``verify`` the audit chain against the rows (it reads everything, so
    the harness does it every few kills and after the last one).
    """
    from hdrectify.store.verify import verify

    with Store.open(path, check=True) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        names = {r[0] for r in store.conn.execute("SELECT name FROM members WHERE name LIKE 'crash-%'")}
        missing = reported - names
        assert not missing, f"reported commits lost: {sorted(missing)[:5]}"
        if chain:
            report = verify(store)
            assert report.ok, report.first_break
        return len(names), len(names - reported)


def run(path: Path, kills: int, seed: int = 0, max_wait: float = 0.06, verify_every: int = 10) -> Figures:
    """Kill the writer ``kills`` times on the database at ``path`` (initialised by the caller)."""
    rng = random.Random(seed)
    figures = Figures()
    reported: set[str] = set()
    started = time.monotonic()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for n in range(kills):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(n)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # it is writing: now kill it at a random moment
        time.sleep(rng.uniform(0, max_wait))
        writer.send_signal(signal.SIGKILL)
        rest = writer.stdout.read()
        writer.wait()
        writer.stdout.close()
        assert writer.returncode == -signal.SIGKILL, f"the writer ended by itself: {writer.returncode}"
        reported.update(line for line in (first + rest).splitlines() if line)
        figures.kills += 1
        try:
            found, extra = check(path, reported, chain=(n + 1) % verify_every == 0 or n + 1 == kills)
        except (AssertionError, sqlite3.Error) as e:
            figures.failures += 1
            raise AssertionError(f"after kill {n + 1}: {e}") from e
        figures.found, figures.unreported_found = found, extra
    figures.reported = len(reported)
    figures.seconds = time.monotonic() - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=250)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="database to use (default: a new one in a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "crash.db"
        with Store.open(path, create=True) as store, store.transaction():
            store.initialise_settings()
        figures = run(path, args.kills, args.seed)
    print(figures.line())
    return 0 if figures.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
