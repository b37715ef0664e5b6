"""Import PySide6 before the rest of the window, with its import hook's source scan skipped.

Once PySide6.QtCore is imported, every later import in the process goes through PySide's
``__feature__`` hook (shibokensupport.feature.feature_imported), which reads the new module's
whole source file (inspect.getsource) to see whether it might import ``__feature__`` (PySide's
snake_case and true_property). hdrectify uses no such feature (tests/ui/test_launch.py checks the
sources), and neither does anything it imports, so the scan only costs: about 20 ms of a start-up
that imports some 90 modules after Qt (measured with tests/benchmarks/bench_startup.py; the same
cost is reported against napari, napari/napari#8584). The answer "does not use features" is what
the scan finds for every such module anyway; a PySide6 without the hook leaves this a no-op.
"""

from __future__ import annotations

from types import ModuleType


def _uses_no_features(module: ModuleType) -> bool:
    return False


def import_qt() -> bool:
    """Import PySide6.QtCore and skip the hook's scan; True when the hook was found and skipped."""
    import PySide6.QtCore  # noqa: F401  (first: the hook is installed by this import)

    try:
        from shibokensupport import feature
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_features
    return True
