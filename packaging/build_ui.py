"""Compile forms/*.ui into hdrectify/ui/forms/ui_<name>.py, and the translations into .qm.

Run: python packaging/build_ui.py [--check]
--check compiles into a temporary folder and fails if anything committed differs.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "hdrectify" / "ui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def used_imports_only(source: str) -> str:
    """uic imports some 40 Qt classes into every form whatever it uses; keep only the used ones.

    Touching a PySide6 class creates its Python enums, and a form's unused QGradient, QPalette,
    QFont, QLocale... cost the window's start-up several milliseconds for nothing
    (tests/benchmarks/bench_startup.py)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):  # bottom up: earlier line numbers stay right
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        keep = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        assert node.end_lineno is not None
        start, end = node.lineno - 1, node.end_lineno
        lines[start:end] = [f"from {node.module} import {', '.join(keep)}\n"] if keep else []
    return "".join(lines)


def compile_forms(out: Path) -> list[Path]:
    made = []
    for ui in sorted(FORMS.glob("*.ui")):
        target = out / f"ui_{ui.stem}.py"
        subprocess.run([tool("pyside6-uic"), "--from-imports", str(ui), "-o", str(target)], check=True)
        # keep the generated file stable across runs: drop uic's trailing whitespace
        text = "\n".join(line.rstrip() for line in target.read_text(encoding="utf-8").splitlines()) + "\n"
        target.write_text(used_imports_only(text), encoding="utf-8")
        made.append(target)
    return made


def update_translations() -> None:
    """Refresh the English .ts from the sources (keeping translations) and build the .qm."""
    sources = [str(p) for p in sorted((ROOT / "hdrectify" / "ui").rglob("*.py")) if "/forms/" not in str(p)]
    sources.append(str(ROOT / "hdrectify" / "app.py"))
    # the core's catalogue of messages and its labels (no Qt there: QT_TRANSLATE_NOOP is a plain function)
    core = sorted((ROOT / "hdrectify" / "domain" / "messages").glob("*.py"))
    core.append(ROOT / "hdrectify" / "domain" / "wording.py")
    core.append(ROOT / "hdrectify" / "exchange" / "rules.py")  # the names of tables a bundle's breach names
    sources += [str(p) for p in core if p.exists()]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    ts = TRANSLATIONS / "hdrectify_en.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--translations", action="store_true", help="also refresh the .ts and build the .qm")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            made = compile_forms(Path(tmp))
            stale = [
                p.name for p in made if not (OUT / p.name).exists() or not filecmp.cmp(p, OUT / p.name, shallow=False)
            ]
            extra = sorted({p.name for p in OUT.glob("ui_*.py")} - {p.name for p in made})
        if stale or extra:
            print(f"forms out of date: {stale}; compiled forms without a .ui: {extra}")
            return 1
        return 0
    compile_forms(OUT)
    if args.translations:
        update_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
