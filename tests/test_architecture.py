"""The arrows between the layers go one way, and no package's modules import one another in a circle.

The contracts are in pyproject.toml ([tool.importlinter]); import-linter's ``lint-imports`` checks
them, as a developer runs it, against the sources of this checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUTF8": "1"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", *(str(a) for a in args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_every_contract_is_kept() -> None:
    done = lint_imports()

    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    assert "No import circles" in done.stdout  # the contracts were read from pyproject.toml


def test_a_broken_contract_fails(tmp_path: Path) -> None:
    # the window reads the database through store/: a contract that forbids it must be reported broken
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "hdrectify"\n\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "ui never imports store"\ntype = "forbidden"\n'
        'source_modules = ["hdrectify.ui"]\nforbidden_modules = ["hdrectify.store"]\n',
        encoding="utf-8",
    )

    done = lint_imports(config)

    assert done.returncode != 0
    assert "1 broken" in done.stdout
    assert "hdrectify.ui" in done.stdout and "hdrectify.store" in done.stdout
