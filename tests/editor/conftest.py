"""Fixtures shared by the editor tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import resources
from models import load, save

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """A copy of the sample as a ``.podium`` file, so tests never touch the bundled one."""
    path = tmp_path / "sample.podium"
    save(load(SAMPLE), path)
    return path
