"""A writable copy of the fixture package per test (tests never write into the working tree)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture
def pkg_root(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    shutil.copytree(FIXTURE, root)
    return root
