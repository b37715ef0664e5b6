"""Running the command line from the tests: in-process (as the ``hdrectify`` script does) or as a child process.

Importable from every test folder (pytest puts ``tests/`` on the path for its conftest).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from hdrectify.cli import main

Result = tuple[int, str, str]


def run_in_process(capsys: pytest.CaptureFixture[str], *args: object) -> Result:
    """``hdrectify ARGS`` through ``hdrectify.cli.main``: (exit code, stdout, stderr)."""
    capsys.readouterr()  # drop anything printed before this command
    try:
        main([str(a) for a in args])
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    out, err = capsys.readouterr()
    return code, out, err


def run_subprocess(*args: object, **kwargs: Any) -> Result:
    """``python -m hdrectify ARGS`` in a child process (its own connection, as a real second program)."""
    env = {**os.environ, "PYTHONUTF8": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "hdrectify", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        **kwargs,
    )
    return done.returncode, done.stdout, done.stderr


_TRUST = re.compile(r"--trust ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){5})")


def run_trusting(run: Callable[..., Result], *args: object) -> Result:
    """``run(*ARGS)`` (a ``bundle import``) as a user runs it on a computer that does not trust the
    sender yet: refused with the sender's fingerprint, compared with the sender's screen, run again
    with ``--trust`` and that fingerprint. A refusal for any other reason is returned as it is."""
    code, out, err = run(*args)
    found = _TRUST.search(err) if code != 0 and "尚未信任" in err else None
    if found is None:
        return code, out, err
    return run(*args, "--trust", found.group(1))
