"""Fixtures for the packaging tests: the frozen app, built once per session (and only when its inputs changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.packaging_helpers import packaging_script


@pytest.fixture(scope="session")
def frozen_app_dir() -> Path:
    """build/frozen/<fingerprint>/hdrectify/: PyInstaller's folder of exactly this checkout, built once."""
    return packaging_script("build").build_for_tests()
