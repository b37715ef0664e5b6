"""The compiled forms match forms/*.ui: recompile every form and compare."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_compiled_forms_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_ui.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_form_is_held_by_a_module() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "hdrectify" / "ui").glob("*.py"))
    for ui in (ROOT / "forms").glob("*.ui"):
        assert f"ui_{ui.stem} import" in sources, f"forms/{ui.name} is not used by any screen"
