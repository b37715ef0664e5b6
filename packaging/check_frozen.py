"""Check a frozen hdrectify (the PyInstaller folder, or the installed .deb) the way a user runs it.

Run: python packaging/check_frozen.py [APP]    (APP defaults to dist/hdrectify/hdrectify)

It runs the program itself, never this source tree: the version matches pyproject.toml;
a new database with the notice's ledger; people, a pairing and a visit through the
command line; a monthly checklist PDF whose text (read back with pypdf) is the Chinese
that went in, set in the bundled Noto Sans SC, embedded; an XLSX and a DOCX export; a
backup, verify, and an exchange bundle exported and imported into a second database; the
demo database; and
the window, started offscreen on that database, saving a picture of itself and exiting 0.
Needs pypdf (the test extra). Exits non-zero with the failing step.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# on Windows the console program: hdrectify.exe is built without a console, so it prints nothing
DEFAULT_APP = ROOT / "dist" / "hdrectify" / ("hdrectify-cli.exe" if sys.platform == "win32" else "hdrectify")
MEMBER, CENTRE, TOWN, NOTE = "陈志强", "安墩镇康园中心", "安墩镇", "查看活动开展情况"


class CheckFailed(Exception):
    pass


def project_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a user with an empty home folder and no display."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HDRECTIFY_", "XDG_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HDRECTIFY_USER="check")
    # a venv's bin first on PATH would hide nothing here, but keep the frozen app honest
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return env


def run(app: Path, args: Sequence[str], env: dict[str, str], cwd: Path, timeout: int = 120) -> str:
    result = subprocess.run(
        [str(app), *args], env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    if result.returncode != 0:
        raise CheckFailed(f"hdrectify {' '.join(args)} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return result.stdout


def check_pdf(pdf: Path) -> str:
    """The PDF's text, after checking it has the Chinese that went in and embeds Noto Sans SC."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    for expected in (MEMBER, CENTRE, "月度清单"):
        if expected not in text:
            raise CheckFailed(f"{pdf.name}: {expected!r} not in the extracted text: {text[:300]!r}")
    embedded = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if descriptor and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                embedded.add(str(font["/BaseFont"]))
    if not any("NotoSansSC" in name for name in embedded):
        raise CheckFailed(f"{pdf.name}: Noto Sans SC is not embedded (embedded fonts: {sorted(embedded)})")
    return text


def check(app: Path, workdir: Path) -> list[str]:
    """Run every step; returns one line per step passed. Raises CheckFailed."""
    if not app.exists():
        raise CheckFailed(f"{app} does not exist: build it with python packaging/build.py")
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = isolated_env(home)
    done = []

    version = run(app, ["--version"], env, workdir).strip()
    if version != f"hdrectify, version {project_version()}":
        raise CheckFailed(f"--version printed {version!r}, pyproject.toml says {project_version()}")
    done.append(version)

    db = workdir / "检查.db"  # a Chinese file name, as users give them
    cli = ["--db", str(db)]
    run(app, [*cli, "init", "--seed"], env, workdir)
    ledger = run(app, [*cli, "ledger", "--json"], env, workdir)

    problems = [p for area in json.loads(ledger)["areas"] for p in area["problems"]]
    if len(problems) != 17:
        raise CheckFailed(f"ledger --json lists {len(problems)} problems, not the notice's 17")
    done.append("init --seed: a database with the notice's 17 problems")

    run(app, [*cli, "centre", "add", CENTRE, "--town", TOWN], env, workdir)
    run(app, [*cli, "member", "add", MEMBER], env, workdir)
    run(app, [*cli, "pair", MEMBER, CENTRE, "--from", "2024-01-01"], env, workdir)
    run(app, [*cli, "log", MEMBER, CENTRE, "--date", "2024-03-05", "--method", "onsite", "--note", NOTE], env, workdir)
    status = run(app, [*cli, "status", "--month", "2024-03", "--as-of", "2024-04-05", "--json"], env, workdir)
    if json.loads(status)["totals"]["done"] < 2:
        raise CheckFailed(f"status after a visit: {status[:300]}")
    done.append("centre, member, pair, log, status --json")

    pdf = workdir / "清单.pdf"
    run(app, [*cli, "checklist", "--month", "2024-03", "-o", str(pdf)], env, workdir)
    check_pdf(pdf)
    done.append(f"checklist PDF ({pdf.stat().st_size:,} bytes): Chinese text read back, Noto Sans SC embedded")

    for args, out in (
        (["summary", "--quarter", "2024-Q1", "-o"], "汇总.xlsx"),
        (["ledger", "-o"], "报告.docx"),
    ):
        run(app, [*cli, *args, str(workdir / out)], env, workdir)
        if (workdir / out).read_bytes()[:2] != b"PK":
            raise CheckFailed(f"{out} is not an Office file")
    done.append("summary XLSX and ledger DOCX")

    saved = workdir / "备份.db"
    run(app, [*cli, "backup", "-o", str(saved)], env, workdir)
    run(app, [*cli, "verify"], env, workdir)
    bundle = workdir / "交换包.hdbundle"
    run(app, [*cli, "bundle", "export", "-o", str(bundle)], env, workdir)
    office = ["--db", str(workdir / "办公室.db")]
    run(app, [*office, "init"], env, workdir)
    # the sender's fingerprint, as a user reads it off the other computer's 设置 (and signing works frozen)
    fingerprint = json.loads(run(app, [*cli, "identity", "--json"], env, workdir))["fingerprint"]
    run(app, [*office, "bundle", "import", str(bundle), "--trust", fingerprint], env, workdir)
    merged = run(app, [*office, "status", "--month", "2024-03", "--as-of", "2024-04-05", "--json"], env, workdir)
    if json.loads(merged)["totals"] != json.loads(status)["totals"]:
        raise CheckFailed(f"the office's status after importing the bundle differs: {merged[:300]}")
    done.append("backup -o, verify, bundle export, and bundle import (signed, sender trusted) into a second database")

    demo = workdir / "hdrectify-demo.db"
    run(app, ["demo", "--path", str(demo)], env, workdir)
    demo_status = run(app, ["--db", str(demo), "status", "--year", str(dt.date.today().year), "--json"], env, workdir)
    if not json.loads(demo_status)["rows"]:
        raise CheckFailed("the demo database has no statuses")
    done.append("demo --path: the demo database, with a year of statuses")

    shot = workdir / "window.png"
    env_window = dict(env, HDRECTIFY_SMOKE_SCREENSHOT=str(shot))
    run(app, cli, env_window, workdir, timeout=120)
    check_screenshot(shot)
    done.append(f"the window started offscreen, showed the ledger's database and exited 0 ({shot.name})")
    return done


def check_screenshot(shot: Path) -> None:
    """The window's picture exists and is not one flat colour (something was drawn)."""
    if not shot.exists() or shot.stat().st_size == 0:
        raise CheckFailed("the window saved no picture of itself")
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        width, height = image.size
    if width < 600 or height < 400 or colours is None or len(colours) < 50:
        raise CheckFailed(f"the window's picture looks empty ({width}×{height}, {len(colours or [])} colours)")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    app = Path(args[0]) if args else DEFAULT_APP
    with tempfile.TemporaryDirectory(prefix="hdrectify-check-") as tmp:
        try:
            for line in check(app, Path(tmp)):
                print(f"ok  {line}")
        except (CheckFailed, subprocess.TimeoutExpired) as e:
            print(f"FAILED  {e}", file=sys.stderr)
            return 1
    print(f"{app}: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
