"""Gather the licence texts of what the app ships into resources/licenses/, and their index.

Run: python packaging/collect_licenses.py   (from the project's venv; offline)

Texts come from the installed packages' own licence files, the Python installation,
Debian's /usr/share/common-licenses (the GNU licences Qt is under; PySide6's wheels carry
no licence file) and resources/fonts/OFL.txt. Writes one <slug>.txt per component,
licenses.json (read by the About dialog) and README.md. The output is committed.
"""

from __future__ import annotations

import json
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")
PDFIUM_PARTS = [
    "pdfium.txt", "pdfium-binaries.txt", "freetype.txt", "harfbuzz.txt", "icu.txt", "lcms.txt",
    "libjpeg_turbo.md", "libjpeg_turbo.ijg", "libopenjpeg.txt", "libpng.txt", "libtiff.txt", "zlib.txt",
    "abseil.txt", "agg23.txt", "fast_float.txt", "highway.txt", "simdutf.txt",
    "dragonbox-Apache2-LLVM.txt", "dragonbox-Boost.txt",
]  # fmt: skip


# Where the source of the LGPL components is (the LGPL asks that users can get it and relink).
SOURCES = {
    "qt": "Source code: https://download.qt.io/official_releases/qt/ (the Qt release PySide6 {version} is built on); "
    "the libraries are the separate files under _internal/PySide6/Qt/lib and can be replaced.",
    "pyside6": "Source code: https://download.qt.io/official_releases/QtForPython/pyside6/ (PySide6 {version}), "
    "and https://code.qt.io/cgit/pyside/pyside-setup.git/",
}


def dist_file(dist: str, *suffixes: str) -> list[Path]:
    """Licence files of an installed distribution whose names end with one of ``suffixes``."""
    files = metadata.distribution(dist).files or []
    return [Path(str(f.locate())) for f in files if any(str(f).endswith(s) for s in suffixes)]


def python_licence() -> list[Path]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    return [stdlib / "LICENSE.txt"]


# (slug, name, version source, SPDX licence, what it is, where the text comes from)
COMPONENTS: list[tuple[str, str, str | None, str, str, list[Path] | None]] = [
    ("qt", "Qt 6", "PySide6-Essentials", "LGPL-3.0-only", "窗口、打印与界面框架（The Qt Company）",
     [COMMON / "LGPL-3", COMMON / "GPL-3"]),
    ("pyside6", "PySide6 / Shiboken6", "PySide6-Essentials", "LGPL-3.0-only", "Qt 的 Python 绑定（Qt for Python）",
     [COMMON / "LGPL-3"]),
    ("noto-sans-sc", "Noto Sans SC", None, "OFL-1.1", "随软件附带的中文字体（Adobe / Google）",
     [ROOT / "resources" / "fonts" / "OFL.txt"]),
    ("python", "Python", None, "PSF-2.0", "Python 解释器与标准库（含 SQLite，公有领域）", None),
    ("reportlab", "ReportLab", "reportlab", "BSD-3-Clause", "PDF 生成", None),
    ("sqlite-utils", "sqlite-utils", "sqlite-utils", "Apache-2.0", "SQLite 数据库访问", None),
    ("sqlite-fts4", "sqlite-fts4", "sqlite-fts4", "Apache-2.0", "sqlite-utils 的依赖", None),
    ("click", "Click", "click", "BSD-3-Clause", "命令行", None),
    ("click-default-group", "click-default-group", "click-default-group", "Public Domain",
     "sqlite-utils 的依赖", None),
    ("openpyxl", "openpyxl", "openpyxl", "MIT", "Excel（XLSX）导出", None),
    ("et-xmlfile", "et_xmlfile", "et_xmlfile", "MIT", "openpyxl 的依赖", None),
    ("xlsxwriter", "XlsxWriter", "xlsxwriter", "BSD-2-Clause", "汇总表（XLSX）导出：逐行写出，大表也快", None),
    ("python-calamine", "python-calamine (calamine)", "python-calamine", "MIT", "读取导入的 Excel 工作簿", None),
    ("python-docx", "python-docx", "python-docx", "MIT", "Word（DOCX）报告", None),
    ("lxml", "lxml (libxml2, libxslt)", "lxml", "BSD-3-Clause", "python-docx 的依赖", None),
    ("pypdfium2", "pypdfium2 / PDFium", "pypdfium2", "Apache-2.0 OR BSD-3-Clause",
     "打印预览中的 PDF 渲染；读取扫描件的页面", None),
    ("pillow", "Pillow", "pillow", "MIT-CMU", "图片处理：读取扫描件和照片（也是 ReportLab 的依赖）", None),
    ("zxing-cpp", "zxing-cpp", "zxing-cpp", "Apache-2.0", "识别签字清单扫描件上的二维码", None),
    ("platformdirs", "platformdirs", "platformdirs", "MIT", "用户数据目录", None),
    ("pypinyin", "pypinyin", "pypinyin", "MIT", "按拼音排列镇街、中心和党员", None),
    ("segno", "Segno", "segno", "BSD-3-Clause", "月度清单上的二维码", None),
    ("uuid-utils", "uuid-utils", "uuid_utils", "BSD-3-Clause", "审计记录的编号（UUID 第 7 版）", None),
    ("wcwidth", "wcwidth", "wcwidth", "MIT", "中文文字的显示宽度（命令行表格、XLSX、DOCX）", None),
    # its wheel carries no licence file: the text is its repository's LICENSE (github.com/LKI/chinese-calendar)
    ("chinesecalendar", "chinesecalendar", "chinesecalendar", "MIT", "中国大陆法定节假日与调休安排",
     [ROOT / "packaging" / "licence_texts" / "chinesecalendar-LICENSE"]),
    ("orjson", "orjson", "orjson", "MPL-2.0 AND (Apache-2.0 OR MIT)", "交换包和审计记录的 JSON 读写", None),
    ("cryptography", "cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause",
     "交换包的签名（Ed25519）和本机身份的密钥", None),
    ("cffi", "cffi", "cffi", "MIT", "cryptography 的依赖", None),
    # pysqlite's code (zlib), SQLCipher (BSD-3-Clause; its wheel carries no text of it: the repository's
    # LICENSE.md) and the OpenSSL 3 built into the module (Apache-2.0)
    ("sqlcipher3", "sqlcipher3-wheels (SQLCipher 4, OpenSSL 3)", "sqlcipher3-wheels",
     "Zlib AND BSD-3-Clause AND Apache-2.0", "数据库密码：加密保存数据库文件和它的备份", None),
    ("pycparser", "pycparser", "pycparser", "BSD-3-Clause", "cffi 的依赖", None),
    ("pluggy", "pluggy", "pluggy", "MIT", "sqlite-utils 的依赖", None),
    ("tabulate", "tabulate", "tabulate", "MIT", "sqlite-utils 的依赖", None),
    ("python-dateutil", "python-dateutil", "python-dateutil", "Apache-2.0 OR BSD-3-Clause", "sqlite-utils 的依赖",
     None),
    ("charset-normalizer", "charset-normalizer", "charset-normalizer", "MIT", "ReportLab 的依赖", None),
    ("typing-extensions", "typing_extensions", "typing_extensions", "PSF-2.0", "依赖库", None),
    ("pyinstaller", "PyInstaller bootloader", "pyinstaller", "GPL-2.0-or-later WITH Bootloader-exception",
     "打包后程序的启动器（仅安装包）", None),
]  # fmt: skip


def texts(slug: str, dist: str | None, given: list[Path] | None) -> list[Path]:
    if given is not None:
        return given
    if slug == "python":
        return python_licence()
    if slug == "pypdfium2":
        base = dist_file("pypdfium2", "LICENSES/Apache-2.0.txt", "LICENSES/BSD-3-Clause.txt")
        parts = {p.name: p for p in dist_file("pypdfium2", *PDFIUM_PARTS)}
        return base + [parts[n] for n in PDFIUM_PARTS if n in parts]
    if slug == "orjson":  # its own code under either licence, and parts it builds in under the MPL
        return dist_file("orjson", "LICENSE-APACHE", "LICENSE-MIT", "LICENSE-MPL-2.0")
    if slug == "sqlcipher3":
        apache = dist_file("cryptography", "LICENSE.APACHE")  # the Apache-2.0 text, for OpenSSL
        return [
            *dist_file("sqlcipher3-wheels", "LICENSE"),
            ROOT / "packaging" / "licence_texts" / "sqlcipher-LICENSE",
            *apache,
        ]
    if slug == "cryptography":  # either licence, at the user's choice
        return dist_file("cryptography", "licenses/LICENSE", "LICENSE.APACHE", "LICENSE.BSD")
    assert dist is not None
    found = dist_file(
        dist, "LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE.rst", "LICENSES.txt", "COPYING.txt", "LICENCE.python"
    )
    if not found:
        raise SystemExit(f"no licence file in the installed {dist}")
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    index = []
    for slug, name, dist, spdx, role, given in COMPONENTS:
        sources = texts(slug, dist, given)
        version = metadata.version(dist) if dist else (sys.version.split()[0] if slug == "python" else "2.004")
        body = [f"{name} {version} — {spdx}\n"]
        if slug in SOURCES:
            body.append(f"\n{SOURCES[slug].format(version=version)}\n")
        for source in sources:
            body.append(f"\n===== {source.name} =====\n\n{source.read_text(encoding='utf-8', errors='replace')}")
        (OUT / f"{slug}.txt").write_text("".join(body), encoding="utf-8")
        index.append({"name": name, "version": version, "license": spdx, "role": role, "file": f"{slug}.txt"})
    (OUT / "licenses.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rows = "\n".join(f"| {c['name']} | {c['version']} | {c['license']} | {c['role']} | `{c['file']}` |" for c in index)
    (OUT / "README.md").write_text(
        "# Third-party licences\n\nWhat the app and its installers ship, with the licence texts in this folder "
        "(made by `packaging/collect_licenses.py`). The About dialog (帮助 → 关于) lists them too.\n\n"
        "| component | version | licence | what for | text |\n| --- | --- | --- | --- | --- |\n"
        f"{rows}\n\n"
        "Qt and PySide6 are used under the LGPL-3.0 as shared libraries that the user can replace: in the\n"
        "installed folder they are the separate files under `_internal/PySide6/`. The Linux bundle also carries\n"
        "system libraries from the Debian build machine (GLib, FreeType, HarfBuzz, fontconfig, …) under their own\n"
        "free licences, see `/usr/share/doc/<package>/copyright` on Debian.\n",
        encoding="utf-8",
    )
    print(f"wrote {len(index)} licence texts to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
