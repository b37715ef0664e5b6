"""The window as a screen reader on Linux finds it: over AT-SPI, from another process.

A private desktop is started for the module: Xvfb, a D-Bus session, the AT-SPI bus
(at-spi-bus-launcher, which starts the registry), then hdrectify on a copy of the demo database
(``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, as Orca's presence would turn it on). The system's python3
walks the application's accessible tree with pyatspi (tests/ui/atspi_walk.py) and prints it as
JSON. Keys are typed with xdotool, as a user does: Ctrl+2 for 挂钩联系, Ctrl+N for 登记联系, Esc.

Each test fails on any focusable object without a name, and checks that objects a user needs are
there by the name a screen reader says. Skipped (with the reason) where Xvfb, D-Bus, the AT-SPI
bus, pyatspi or xdotool is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hdrectify.domain import wording
from tests.ui.x_session import x_session

ROOT = Path(__file__).resolve().parents[2]
WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
WAIT = 90.0  # seconds: the machine is shared, a cold start under load is slow
pytestmark = pytest.mark.slow  # a desktop of its own: about a minute, more under load

Node = dict[str, Any]


def _missing() -> str | None:
    """Why this machine cannot run the test, or None."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        return "the AT-SPI bus (at-spi2-core's at-spi-bus-launcher) is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return "no system python3"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode:
        return "pyatspi (python3-pyatspi) is not installed for the system python3"
    return None


@dataclass
class Desktop:
    env: dict[str, str]
    app: subprocess.Popen[bytes]
    log: Path

    def walk(self) -> list[Node]:
        """The application's windows (main window, dialogs) with their accessible objects."""
        out = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), "hdrectify", str(WAIT)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=WAIT + 60,
            check=False,
        )
        assert out.returncode == 0, out.stdout + out.stderr + self.log.read_text(errors="replace")
        windows: list[Node] = json.loads(out.stdout)["windows"]
        return windows

    def walk_until(self, found: Callable[[list[Node]], bool]) -> list[Node]:
        end = time.monotonic() + WAIT
        windows = self.walk()
        while not found(windows):
            assert time.monotonic() < end, json.dumps(windows, ensure_ascii=False)[:4000]
            time.sleep(0.5)
            windows = self.walk()
        return windows

    def keys(self, *keys: str) -> None:
        """Type ``keys`` (xdotool's names: ctrl+n, Escape) into the application's window."""
        if shutil.which("xdotool") is None:
            pytest.skip("xdotool is not installed (apt-get install xdotool)")
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=WAIT,
            check=True,
        ).stdout.split()
        subprocess.run(["xdotool", "windowfocus", "--sync", window[-1]], env=self.env, timeout=30, check=True)
        subprocess.run(["xdotool", "key", "--delay", "100", *keys], env=self.env, timeout=30, check=True)


@pytest.fixture(scope="module")
def desktop(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    why = _missing()
    if why is not None:
        pytest.skip(why)
    home = tmp_path_factory.mktemp("atspi-home")
    db = home / "demo.db"
    shutil.copy(demo_template, db)
    started: list[subprocess.Popen[bytes]] = []
    with x_session(home, started) as env:
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
        a11y_bus = subprocess.Popen(
            [launcher, "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(a11y_bus)
        try:
            a11y_bus.wait(timeout=1)
            pytest.skip(f"the AT-SPI bus launcher exited at once ({a11y_bus.returncode})")
        except subprocess.TimeoutExpired:
            pass  # running, as it should
        log = home / "app.log"
        app_env = env | {
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "PYTHONPATH": str(ROOT),
        }
        with log.open("wb") as sink:
            app = subprocess.Popen(
                [sys.executable, "-m", "hdrectify", "--db", str(db)],
                env=app_env,
                cwd=ROOT,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        started.append(app)
        yield Desktop(env, app, log)


def nameless(window: Node) -> list[str]:
    """Focusable objects of ``window`` a screen reader can only call by their role."""
    return [f"{n['role']} {n['path']}" for n in window["nodes"] if n["focusable"] and not n["name"].strip()]


def window_named(windows: list[Node], role: str, name: str) -> Node | None:
    return next((w for w in windows if w["role"] == role and name in w["name"]), None)


def has(window: Node, role: str, name: str) -> bool:
    return any(n["role"] == role and n["name"] == name and n["showing"] for n in window["nodes"])


def test_the_first_page_names_every_focusable_object(desktop: Desktop) -> None:
    windows = desktop.walk_until(lambda ws: window_named(ws, "frame", "整改台账与挂钩联系") is not None)
    main = window_named(windows, "frame", "整改台账与挂钩联系")
    assert main is not None
    assert nameless(main) == []
    assert has(main, "list", "页面")  # the sidebar, and its pages by name
    for page in ("工作台", "挂钩联系", "走访记录", "整改台账", "中心与党员"):
        assert has(main, "list item", page), page
    for table in ("本周、本月待办", "上次打开以来未完成", "整改措施时限", "按党员的完成情况", "本月尚未到岗的中心"):
        assert has(main, "table", table), table
    assert has(main, "push button", "登记联系…")
    headers = {n["name"] for n in main["nodes"] if n["role"] == "table column header"}
    assert {"挂钩", "事项", "期间", "截止"} <= headers
    assert any(n["role"] == "menu item" and n["name"] == "登记联系(C)…" for n in main["nodes"])


def test_the_grid_says_member_centre_period_and_status_in_each_cell(desktop: Desktop) -> None:
    desktop.walk_until(lambda ws: window_named(ws, "frame", "整改台账与挂钩联系") is not None)
    desktop.keys("ctrl+2")

    def grid_shown(windows: list[Node]) -> bool:
        main = window_named(windows, "frame", "整改台账与挂钩联系")
        return main is not None and has(main, "table", "各期完成情况")

    main = window_named(desktop.walk_until(grid_shown), "frame", "整改台账与挂钩联系")
    assert main is not None
    assert nameless(main) == []
    words = [wording.status_label(s) for s in wording.STATUS]
    grid = next(n["path"] for n in main["nodes"] if n["role"] == "table" and n["name"] == "各期完成情况")
    cells = [n["name"] for n in main["nodes"] if n["role"] == "table cell" and n["path"].startswith(grid + "/")]
    said = [c for c in cells if any(c.endswith(w) for w in words)]
    assert said, cells
    member, centre, period, *_ = said[0].split(" ")
    assert member and centre.endswith("康园中心") and period.startswith("20"), said[0]


def test_the_log_dialog_opened_by_its_shortcut_names_every_field(desktop: Desktop) -> None:
    desktop.walk_until(lambda ws: window_named(ws, "frame", "整改台账与挂钩联系") is not None)
    desktop.keys("ctrl+n")
    windows = desktop.walk_until(lambda ws: window_named(ws, "dialog", "登记联系") is not None)
    dialog = window_named(windows, "dialog", "登记联系")
    assert dialog is not None
    assert nameless(dialog) == []
    roles = {n["role"] for n in dialog["nodes"] if n["focusable"]}
    assert {"combo box", "push button"} <= roles, roles
    assert any(n["role"] == "push button" and n["name"] == "保存" for n in dialog["nodes"]), dialog["nodes"]

    desktop.keys("Escape")
    desktop.walk_until(lambda ws: window_named(ws, "dialog", "登记联系") is None)
