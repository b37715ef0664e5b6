"""A private X11 desktop for tests that run the window in another process: Xvfb and a D-Bus session.

:func:`x_session` starts both (``Xvfb -displayfd`` picks a free display) and yields the environment
to give the processes started on it; everything started is ended on exit (each leads its own
process group, so what it started goes too). Skips the test (with the reason) when Xvfb or
dbus-daemon is missing or does not start.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def stop(process: subprocess.Popen[bytes]) -> None:
    """End ``process`` and what it started (it leads its own process group)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@contextmanager
def x_session(home: Path, started: list[subprocess.Popen[bytes]]) -> Iterator[dict[str, str]]:
    """Xvfb (1366×768) and a D-Bus session bus; the environment naming them, with HOME and the XDG
    folders under ``home``. Processes the caller starts and appends to ``started`` are ended too."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    try:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(xvfb)
        os.close(write)
        with os.fdopen(read) as display:
            number = display.readline().strip()
        if not number:
            pytest.skip("Xvfb did not start")
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            pytest.skip("the D-Bus session bus (dbus-daemon --session) did not start")
        yield {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home),
            "DISPLAY": f":{number}",
            "DBUS_SESSION_BUS_ADDRESS": address,
            "LANG": "C.UTF-8",
        }
    finally:
        for process in reversed(started):
            stop(process)
