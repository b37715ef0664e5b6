"""Which Qt input method (``QT_IM_MODULE``) the window asks for on Linux, before QApplication exists.

The PySide6 wheels (and so the frozen app) carry Qt's input-context plugins ``ibus`` and
``compose`` only. Desktops with fcitx (UOS, Kylin) set ``QT_IM_MODULE=fcitx`` and
``XMODIFIERS=@im=fcitx``; Qt has no such plugin, falls back to ``compose`` and Chinese cannot be
typed. A distribution's fcitx5-qt6 plugin does not load into this Qt (it is built against the
distribution's Qt and uses Qt's private API, which changes between minor versions; README,
"Typing Chinese").

fcitx5 serves IBus clients too (its ``ibusfrontend`` addon, on by default): it owns
``org.freedesktop.portal.IBus`` on the session bus. Qt's ibus plugin talks to that portal when
``IBUS_USE_PORTAL=1``, and then needs neither ``ibus-daemon`` on PATH (without the portal the
plugin gives up when the program is missing, which it is on a desktop with fcitx only) nor IBus's
address file. So when the environment names fcitx and Qt has no fcitx plugin, the window asks for
``ibus`` through the portal (and a ``QT_IM_MODULE=ibus`` set by hand there gets the portal too).
Where nothing answers there (fcitx 4, no daemon running) Qt falls back
to ``compose``, as it would have anyway.

:func:`choose` is the decision (pure, tested in tests/ui/test_input_method.py); :func:`apply`
looks at the process and changes ``os.environ``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

log = logging.getLogger(__name__)

_FCITX = {"fcitx", "fcitx5"}


def _names(value: str | None, wanted: str) -> bool:
    return bool(value) and wanted in (value or "").lower()


def choose(env: Mapping[str, str], plugins: Iterable[str]) -> dict[str, str]:
    """The variables to set (none when Qt can already do what the environment asks).

    ``env``: the process environment. ``plugins``: the keys of the input-context plugins this Qt
    has (``ibus``, ``compose``, ...; a fcitx5 plugin gives ``fcitx`` and ``fcitx5``).
    """
    have = set(plugins)
    if env.get("QT_IM_MODULES"):  # Qt 6.8's list of modules to try in turn: the user chose
        return {}
    requested = env.get("QT_IM_MODULE", "")
    fcitx = (
        requested.lower() in _FCITX
        or _names(env.get("XMODIFIERS"), "@im=fcitx")
        or env.get("GTK_IM_MODULE", "").lower() in _FCITX
    )
    portal = {} if "IBUS_USE_PORTAL" in env else {"IBUS_USE_PORTAL": "1"}
    if requested == "ibus" and "ibus" in have and fcitx:
        return portal  # ibus chosen by hand on a fcitx desktop (there may be no ibus-daemon)
    if requested == "none" or requested in have:  # what the user set, and Qt can do it
        return {}
    if fcitx and not have & _FCITX and "ibus" in have:
        return {"QT_IM_MODULE": "ibus"} | portal
    ibus = _names(env.get("XMODIFIERS"), "@im=ibus") or env.get("GTK_IM_MODULE", "").lower() == "ibus"
    if ibus and "ibus" in have:
        return {"QT_IM_MODULE": "ibus"}
    return {}


def plugin_keys(folder: Path) -> set[str]:
    """The keys of the input-context plugins in Qt's ``platforminputcontexts`` folder, by file name
    (``libibusplatforminputcontextplugin.so`` is ``ibus``; a ``fcitx5`` one answers to ``fcitx`` too)."""
    keys: set[str] = set()
    if not folder.is_dir():
        return keys
    for path in folder.iterdir():
        stem = path.name.split(".")[0].removeprefix("lib")
        key = stem.removesuffix("platforminputcontextplugin")
        if key == stem:
            continue  # not an input context plugin by name (qtvirtualkeyboard)
        keys.add(key)
        if key in _FCITX:
            keys |= _FCITX
    return keys


def apply() -> dict[str, str]:
    """Set the variables :func:`choose` gives (Linux only); what was set."""
    if not sys.platform.startswith("linux"):
        return {}
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    # Only this Qt's own plugins (as Qt says, and in the PySide6 folder, which is where the frozen
    # app has them): a system's plugin on QT_PLUGIN_PATH is built for another Qt and does not load
    # (fcitx5-qt6 of Debian 12 into Qt 6.11: an undefined Qt_6_PRIVATE_API symbol).
    folders = {
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)),
        Path(PySide6.__file__).parent / "Qt" / "plugins",
    }
    keys: set[str] = set()
    for folder in folders:
        keys |= plugin_keys(folder / "platforminputcontexts")
    changes = choose(os.environ, keys)
    if changes:
        log.info("input method: %s (Qt has %s)", changes, sorted(keys))
        os.environ.update(changes)
    return changes
